"""A deed told in passing in a relative clause with a date of its own ("وحدات مقاومة سنجار،
التي تصدت لتنظيم داعش الذي اجتاح المنطقة عام 2014"; "the alliance fighting the Houthi movement,
which seized the capital in September 2014"): the clause tells another event than its
sentence's main one, though the sentence has no second date to split it by. The relative word
(Arabic, or English "which" or "who": "that" may open what is said) opens a part of its own,
unless it follows an event word in the same noun phrase ("الهجوم الذي شنه التنظيم عام 2015",
"the attack which the group launched in 2015" tell of that attack), or it follows a noun of an
occurrence after في or "in" in the event word's own clause ("داهمت الشرطة مخبأ في العملية
التي قتل فيها شرطي، الأربعاء"; "the army raided a cell in the operation in which a soldier was
killed on Wednesday"): that operation is the event word's own, and so is its day
(data/assembly.json `occurrence_nouns`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.assemble.text import _CLAUSE_BREAK, _RELATIVE_WORDS, _same_noun_phrase, occurrence_before
from events.model import TimeMention, TriggerMention
from events.text.lazy import LazyPattern
from events.text.normalize import is_arabic

_RELATIVE = LazyPattern(r"(?<!\S)(?:" + _RELATIVE_WORDS + r"|who)(?=\s)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _relative_before(text: str, start: int, date: TimeMention) -> re.Match[str] | None:
    """The last relative word (Arabic, or English "which" or "who") between `start` and the
    date with no clause break between it and the date."""
    found = None
    for m in _RELATIVE.finditer(text, start, date.start):
        if (is_arabic(m.group()[-1]) or m.group().lower() != "that") and _CLAUSE_BREAK.search(text, m.end(), date.start) is None:
            found = m
    return found


def _clause_end(text: str, after: int, end: int) -> int:
    stop = _CLAUSE_BREAK.search(text, after, end) or _SENTENCE_END.search(text, after, end)
    return stop.start() if stop is not None else end


def dated_relative_cuts(
    text: str, sentence: tuple[int, int], dates: Sequence[TimeMention], triggers: Sequence[TriggerMention]
) -> list[int]:
    """Where relative clauses with a date of their own and an event word in them begin, in a
    sentence with an event word of the same type outside them."""
    s, e = sentence
    inside = [t for t in triggers if s <= t.start < e and t.modality == "asserted"]
    cuts: list[int] = []
    for d in dates:
        if not (s <= d.start and d.end <= e) or d.recurring or d.basis == "publication":
            continue
        rel = _relative_before(text, s, d)
        if rel is None:
            continue
        end = _clause_end(text, d.end, e)
        told = {t.event_type for t in inside if rel.end() <= t.start < end}
        described = [t for t in inside if t.end <= rel.start() and _same_noun_phrase(text[t.end : rel.start()].strip(" ،,"))]
        if described and told and described[-1].event_type not in told:
            # "air base near Homs, which ... had been used to stage Tuesday's attack": the clause
            # tells no more of the noun before it, but a deed of another type, on a day of its own
            described = []
        if described:
            # the clause tells of the event word before it, dated apart from a deed of its type told
            # before that word by a verb in the past with a day of its own ("أضرب عمال يوم الاثنين ... في موجة الاحتجاجات التي تعصف بإيران منذ
            # منتصف سبتمبر"): the word begins a part of its own
            noun = described[-1]
            if not any(
                u.event_type == noun.event_type
                and u.end <= noun.start
                and u.tense == "past"
                # (a day of the verb's own between them: "فاز في الانتخابات التي جرت في أبريل" is one vote)
                and any(u.end <= x.start and x.end <= noun.start and x.precision == "day" and not x.recurring for x in dates)
                for u in inside
            ):
                continue
            cuts.append(noun.start)
            continue
        if occurrence_before().search(text, s, rel.start()) and any(
            t.end <= rel.start() and _CLAUSE_BREAK.search(text, t.end, rel.start()) is None for t in inside
        ):
            continue  # "داهمت ... في العملية التي": the operation is the event word's own
        if any(t.event_type in told for t in inside if not rel.start() <= t.start < end):
            cuts.append(rel.start())
    return cuts


# a relative word right before an event verb, perhaps past one word ("الذين احتشدوا", "who had gathered")
_RELATIVE_RIGHT_BEFORE = LazyPattern(
    r"(?<!\S)(?:" + _RELATIVE_WORDS + r"|who)\s+(?:(?:had|have|has|قد)\s+)?\Z", re.IGNORECASE
)


def deed_of_a_dated_relative(
    text: str, word: tuple[int, int], tense: str, main: tuple[int, int], dates: Sequence[TimeMention]
) -> bool:
    """Whether the event verb `word`, in the past right after a relative word ("أنصاره الذين
    احتشدوا أمس", "supporters who rallied on Monday"), tells a deed of its own: its clause has a
    time of its own, and the sentence's main event word (`main`) stands outside it."""
    rel = _RELATIVE_RIGHT_BEFORE.search(text, max(0, word[0] - 16), word[0])
    if rel is None or (rel.group().split()[0].lower() == "that" and not is_arabic(text[word[0]])):
        return False
    if tense != "past" and rel.group().split()[-1].lower() not in ("had", "has", "have"):
        return False  # ("who had rallied": a verb in the past after its auxiliary)
    end = _clause_end(text, word[1], len(text))
    if rel.start() <= main[0] < end:
        return False
    return any(word[1] <= d.start and d.end <= end and not d.recurring and d.basis != "publication" for d in dates)


# before a crowd that a relative clause tells gathered at a time, by a verb of gathering (not
# "before the judges who were appointed on ...", nor "resigned before lawmakers who had summoned him"): "أمام عشرات الآلاف من أنصاره
# الذين احتشدوا أمس", "before a huge crowd of supporters who gathered in Caracas on Wednesday"
_AUDIENCE = LazyPattern(
    r"(?<![^\W\d_])(?:أمام|before|in\s+front\s+of)\s+(?:[^\s،,.;؛:()]+\s+){1,7}?(?:الذين|اللواتي|اللاتي|who)\s+"
    r"(?:had\s+)?(?:احتشدوا|تجمعوا|تجمهروا|احتشدن|تجمعن|توافدوا|تقاطروا|gathered|rallied|assembled|thronged|massed|flocked|packed)\s+"
    r"(?:[^\s،,.;؛:()]+\s+){0,4}?(?:في|on|يوم)?\s*$",
    re.IGNORECASE,
)


def day_of_its_audience(text: str, word: tuple[int, int], dates: Sequence[TimeMention]) -> TimeMention | None:
    """The day of a crowd a deed with no time of its own was done before, when a relative clause
    tells the crowd gathered then ("أدى اليمين ... أمام عشرات الآلاف من أنصاره الذين احتشدوا
    أمس"): the deed was done while they stood there. None when no such clause follows it."""
    for d in dates:
        if d.start < word[1] or d.precision != "day" or d.recurring or d.end_value or d.basis == "publication":
            continue
        between = text[word[1] : d.start]
        if _SENTENCE_END.search(between) is None and _AUDIENCE.search(between) is not None:
            return d
        return None  # the first time after the word is the one the clause could give
    return None
