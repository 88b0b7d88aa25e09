"""An event word of a type another word of its sentence would absorb ("a truce" absorbs
"talks", a ratification the deal it ratifies) keeps its own event when it stands in a clause of
its own, on a day of its own: "the two sides have observed a truce since April 2022, and a
delegation held talks in Sanaa in April 2023" tells the talks as well; «وقع الرئيسان يوم 27
نوفمبر مذكرتي تفاهم، وقد صادق عليهما البرلمان في ديسمبر» the signing as well."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _CLAUSE_BREAK, _Candidate, _clause
from events.text.lazy import LazyPattern
from events.text.normalize import is_arabic


@lru_cache(maxsize=4)
def load_own_day_absorbers(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The absorbing types that yield to a clause with a day of its own (data/assembly.json `own_day_absorbers`)."""
    return frozenset(load_assembly_rules(path).get("own_day_absorbers", ()))


def _on_a_day_of_its_own(text: str, cand: _Candidate, absorbing: Sequence[_Candidate], cuts: Sequence[int]) -> bool:
    """Whether the candidate stands in another clause and another dated part of its
    sentence (`cuts`: where the sentence's days change) than every absorbing candidate, of a
    type that yields so."""
    if not cuts or not absorbing:
        return False
    if any(a.event_type not in load_own_day_absorbers() for a in absorbing):
        return False
    part = bisect.bisect_right(cuts, cand.trigger[0])
    clause = _clause(text, cand.sentence, cand.trigger)
    return all(
        bisect.bisect_right(cuts, a.trigger[0]) != part and _clause(text, a.sentence, a.trigger) != clause
        for a in absorbing
    )


# ", and" opening a clause with a subject of its own: a capitalised word, "the" or a personal
# pronoun next, perhaps after a day of its own fronted (", and on Thursday the two leaders
# signed"; "elected Rashid president on Thursday, and he tasked Sudani")
_NEW_SUBJECT = LazyPattern(
    r"[,;]\s+and\s+(?:(?:(?:late|early)\s+)?(?:on|in)\s+[A-Z][a-z]+(?:\s+\d{1,4})?(?:\s+(?:morning|night|evening))?\s*,?\s+)?"
    r"(?:the\s+|[A-Z]|(?:he|she|they|we)\s)"
)


def _done_before_another_subject(text: str, cand: _Candidate, absorbing: Sequence[_Candidate]) -> bool:
    """Whether the English candidate is a verb in the past whose clause ends before every
    absorbing candidate, past ", and" and another subject: "Erdogan received al-Sharaa in
    Ankara in February, and Kalin was the first official to visit Damascus" tells the
    reception too, though a visit would take in a meeting of its own clause."""
    if cand.tense != "past" or not text[cand.trigger[0] : cand.trigger[0] + 1].isascii() or not absorbing:
        return False
    return all(
        a.trigger[0] > cand.trigger[1]
        and (_NEW_SUBJECT.search(text, cand.trigger[1], a.trigger[0]) is not None or _noun_subject_of_onset(text, cand, a))
        for a in absorbing
    )


@lru_cache(maxsize=4)
def load_after_subject(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, anchored at the end of the searched text, for ", and" (or a relative word of the
    occasion before a name: ", at which Bahrain", ", where Iranian artillery") opening a clause with a subject of its own (a capitalised word, a figure, or one of data/assembly.json
    `subject_after_and.openers`), then words up to the event verb, none of them one of
    `subject_after_and.stops` (a relative word, a verb of saying) and at most
    `subject_after_and.words` of them."""
    rules = load_assembly_rules(path).get("subject_after_and", {})
    openers = "|".join(re.escape(w) for w in sorted(rules.get("openers", ()), key=len, reverse=True))
    stops = "|".join(re.escape(w) for w in rules.get("stops", ()))
    adjectives = alternation(rules.get("title_adjectives", ()), spaced=True)
    return re.compile(
        r"[,;]\s+(?:and\s+(?:(?:(?:" + adjectives + r")\s+)?[A-Z0-9]|(?:" + openers + r")\s)"
        r"|(?:at which|during which|in which|where)\s+[A-Z0-9])"
        r"(?:(?!\b(?:" + stops + r")\b)(?:[^.;:!?]|" + ABBREVIATION_DOT + r"))*$"
    )


# the dot of an abbreviation of capitals ("U.S.", "U.N."), which ends no clause
ABBREVIATION_DOT = r"(?<=(?<![\w.])[A-Z])\.|(?<=(?<![\w])[A-Z]\.[A-Z])\."


def _done_after_another_subject(text: str, cand: _Candidate, first: _Candidate) -> bool:
    """Whether the English candidate is a verb in the past of a clause of its own after the
    sentence's main event word, past ", and" and another subject: "Judge Sawan was appointed
    on Thursday to lead the inquiry, and at least 20 people, including the port's manager,
    have been detained" tells the detention too, which the appointment's clause does not
    take in."""
    start = cand.trigger[0]
    if cand.tense != "past" or not text[start : start + 1].isascii() or first.trigger[1] > start:
        return False
    words = int(load_assembly_rules().get("subject_after_and", {}).get("words", 0))
    lo = max(first.trigger[1], start - 12 * words)
    found = load_after_subject().search(text, lo, start)
    return found is not None and len(text[found.start() : start].split()) - 1 <= words


# a comma, and و opening the later verb (written on it, or as a word of its own)
_JOINED_BY_WA = LazyPattern(r"[،,]\s*(?:و\s*)?$")


def _joined_past_deeds(text: str, cand: _Candidate, first: _Candidate) -> bool:
    """Whether the Arabic candidate and the sentence's main event word are verbs in the past of
    two clauses, the later one opened by a comma and و ("وصل وزير الخارجية الأردني إلى بغداد
    أمس، وشن الجيش العراقي غارات على ..."): each clause tells a deed of its own, so the one of
    the other type stays beside it. So does, in either language, a clause that adds a further
    deed (see `_opened_by_an_addition`)."""
    earlier, later = sorted((cand, first), key=lambda c: c.trigger[0])
    if earlier.tense != "past" or earlier.trigger[1] > later.trigger[0]:
        return False
    if _clause(text, earlier.sentence, earlier.trigger) == _clause(text, later.sentence, later.trigger):
        return False
    if _opened_by_an_addition(text, earlier, later):
        return True  # "، كما أصدر الملك أمرا بإعفاء": a further deed, added to the one before
    if not is_arabic(cand.trigger_text) or not is_arabic(first.trigger_text):
        return False
    if later.tense != "past":
        # "، واندلعت اشتباكات": a noun right after a verb of its occurring opening the clause
        return later.tense == "" and load_joined_onsets()[0].search(text, earlier.trigger[1], later.trigger[0]) is not None
    head = later.trigger[0] + 1 if later.trigger_text.startswith("و") else later.trigger[0]
    return _JOINED_BY_WA.search(text, max(earlier.trigger[1], head - 6), head) is not None


@lru_cache(maxsize=4)
def load_addition_openers(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], int]:
    """A search for a word of addition opening a clause of its own (data/assembly.json
    `addition_openers`: Arabic كما after a comma; English also, a few words into a clause
    opened by a semicolon or by a comma and `and`), and the most words (`addition_openers.words`)
    from it to the event word of that clause."""
    rules = load_assembly_rules(path).get("addition_openers", {})

    def alts(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(rules.get(key, ()), key=len, reverse=True)) or "(?!)"

    return (
        re.compile(
            r"[،,]\s*[وف]?(?:" + alts("ar") + r")\s+"
            r"|(?:;|,\s+and)\s+(?:[^\s,;.:]+\s+){0,3}?(?:" + alts("en") + r")\s+",
            re.IGNORECASE,
        ),
        int(rules.get("words", 0)),
    )


def _opened_by_an_addition(text: str, earlier: _Candidate, later: _Candidate) -> bool:
    """Whether the later event word stands in a clause opened by a comma and a word of
    addition after the earlier verb ("احتجزت السلطات عشرات الأمراء، كما أصدر الملك أمرا
    بإعفاء وزير الحرس"), its verb, subject and object at most a few words before it."""
    opener, words = load_addition_openers()
    opened = list(opener.finditer(text, earlier.trigger[1], later.trigger[0]))
    if not opened:
        return False
    found = opened[-1]  # the last, nearest the event word
    between = text[found.end() : later.trigger[0]]
    return _CLAUSE_BREAK.search(between) is None and len(between.split()) <= words


@lru_cache(maxsize=4)
def load_joined_onsets(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Searches for a clause told by a noun and a verb of its occurring (data/assembly.json
    `joined_onsets`): Arabic, anchored at the end, a comma, و and the verb right before the noun
    ("، واندلعت "); English, anchored at the start, the verb right after the noun ("broke out")."""
    rules = load_assembly_rules(path).get("joined_onsets", {})

    def alts(key: str) -> str:
        words = sorted(rules.get(key, ()), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"

    return (
        re.compile(r"[،,]\s*و\s*(?:" + alts("ar") + r")\s+$"),
        re.compile(r"\s+(?:" + alts("en") + r")(?!\w)", re.IGNORECASE),
    )


def _noun_subject_of_onset(text: str, cand: _Candidate, later: _Candidate) -> bool:
    """Whether the English noun `later` opens a clause of its own after ", and" and before a
    verb of its occurring ("arrived in Beirut on Wednesday, and clashes broke out in Tripoli")."""
    if later.tense == "past" or not re.search(r"[,;]\s+and\s+(?:(?:the|a|an)\s+)?$", text[cand.trigger[1] : later.trigger[0]]):
        return False
    return load_joined_onsets()[1].match(text, later.trigger[1]) is not None
