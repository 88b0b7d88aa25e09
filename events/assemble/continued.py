"""An Arabic sentence that goes on with the news of the sentence right before it, opened by a
verb joined to و ("وعقد الرئيسان، أمس الخميس 5 من آذار، اجتماعا في الكرملين. ووقع وزيرا
الخارجية البروتوكول الإضافي"): its event, with no date of its own, took place on the day the
text gives the events of that sentence, when they share one day in the week before the
publication. So does a deed opened by وقد or a phrase of the same time ("وبالتزامن مع ذلك،
سقط ...") and a deed in the past told in a clause of simultaneity after a comma ("...، فيما
أطلقت قوات الأمن الرصاص"); a sentence opened by its own verb in the past tells one more deed of
its kind, not the one before told again. Not a sentence further back, not one that names a date, not
one that turns to another piece of news (وفي سياق متصل: `undated_retellings.other_news`), not a verb of saying
(data/assembly.json `continued_news`), not a topic after a verb of discussion, and not an
event of a type the article told before on another day or in the sentence before, whose
retelling the merge of one article's tellings decides, nor the talks of a visit."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path

from events.assemble.deciders import _BREAK, load_deciders
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules, load_discussion_verbs
from events.assemble.text import _Candidate
from events.model import Event, TimeMention
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

_OPENING = LazyPattern(r"[\W_]*")
_FIRST_WORD = LazyPattern(r"[\W_]*و(?!ال|ي)([^\W\d_]+)(?=\s)")
RECENT_DAYS = 7  # the day carried is at most this many days before the publication


@lru_cache(maxsize=4)
def load_not_openers(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Verbs that, after و at a sentence's start, open no deed of the news told before: verbs of
    saying, كان of a deed told as done before (`continued_news.not_openers`) and verbs of a
    reaction to a deed (`reaction_verbs`: وأدان الاتحاد الأوروبي الهجوم), folded."""
    rules = load_assembly_rules(path)
    words = [*rules.get("continued_news", {}).get("not_openers", ()), *rules.get("reaction_verbs", ())]
    return frozenset(fold_str(w) for w in words)


@lru_cache(maxsize=4)
def load_other_news_opener(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match of an opener that turns a sentence to another piece of news (`other_news` of
    `undated_retellings`: وفي سياق متصل، في غضون ذلك، Separately, Meanwhile) at its start."""
    words = alternation(load_assembly_rules(path).get("undated_retellings", {}).get("other_news", ()), spaced=True)
    return re.compile(r"[\W_]*(?:" + words + r")(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_parts_of(path: Path = ASSEMBLY_RULES) -> dict[str, tuple[str, ...]]:
    """By event type, the types of which an event of it is a part when the article told one
    before (`continued_news.parts_of`: the talks of a visit)."""
    parts = load_assembly_rules(path).get("continued_news", {}).get("parts_of", {})
    return {k: tuple(v) for k, v in parts.items()}


def _opened_by_a_verb(text: str, cand: _Candidate) -> bool:
    """Whether the event's sentence opens with a verb joined to و: the event word itself, in
    the past, or a verb (not in the present, not definite, not one of `load_not_openers`)
    before the event's noun; or whether the event word, a verb in the past, opens a clause of
    simultaneity in a sentence so opened (`_in_a_while_clause`)."""
    start = cand.trigger[0]
    if cand.tense == "past" and cand.trigger_text.startswith("و") and _OPENING.fullmatch(text, cand.sentence[0], start):
        return True
    if cand.tense in ("past", "") and load_same_time_openers().fullmatch(text, cand.sentence[0], start):
        return True  # "وقد قتلت قوات الأمن أحدهما", "وبالتزامن مع هذا التقدم سقط صاروخان"
    after = load_sequence_opener().match(text, cand.sentence[0], cand.sentence[1])
    if after is not None:
        # "عقب ذلك، شهد الجانبان توقيع اتفاقيات": the deed right after the news before
        if fold_str(after.group(1)) in load_not_openers() or after.group(1).startswith("ال"):
            return False
        return (not cand.tense and after.end(1) <= start) or (cand.tense == "past" and after.start(1) == start)
    first = _FIRST_WORD.match(text, cand.sentence[0], start)
    if first is None or fold_str(first.group(1)) in load_not_openers():
        return False
    return not cand.tense or _in_a_while_clause(text, cand) or _object_of_a_decision(text, first, cand)


def _object_of_a_decision(text: str, first: re.Match[str], cand: _Candidate) -> bool:
    """Whether the event word, read as a verb in the past, is the verbal noun a verb of deciding
    or announcing opening the sentence takes as its object, a few words after it ("وقررت
    الإمارات خفض مستوى تمثيلها": خفض is the decision's object, not a verb of its own; see
    `deciders`)."""
    verbs, reach = load_deciders()
    if fold_str(first.group(1)) not in verbs or cand.trigger_text.startswith(("و", "ف")):
        return False
    between = text[first.end(1) : cand.trigger[0]]
    return not _BREAK.search(between) and len(between.split()) <= reach + 1


@lru_cache(maxsize=4)
def load_sequence_opener(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match of a phrase of what came right after (`continued_news.sequence_openers`), or of
    a word of right after and a definite noun (`continued_news.sequence_heads`: وعقب التصويت),
    opening a sentence, a comma right after it, and the word after the comma (group 1)."""
    rules = load_assembly_rules(path).get("continued_news", {})
    words = alternation(rules.get("sequence_openers", ()), spaced=True)
    # "وعقب التصويت،": a word of right after and a definite noun of the event told before
    heads = alternation(rules.get("sequence_heads", ()), spaced=True)
    return re.compile(
        r"[\W_]*(?:" + words + r"|(?:" + heads + r")\s+(?:ال|لل)[^\W\d_]+)\s*[،,]\s*([^\W\d_]+)(?=\s)"
    )


@lru_cache(maxsize=4)
def load_same_time_openers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match of what may open a sentence before its verb in the past and tell its deed as
    more of the news before: و and a particle of the past (وقد), or a phrase of the same time
    with a demonstrative and perhaps a noun after it (وبالتزامن مع ذلك، في الوقت نفسه), or a word
    of addition (كما اعتقلت: `continued_news.added_openers`) (`continued_news.past_particles`,
    `continued_news.same_time`), and perhaps a comma."""
    rules = load_assembly_rules(path).get("continued_news", {})
    particles = alternation(rules.get("past_particles", ()), spaced=True)
    same = alternation(rules.get("same_time", ()), spaced=True)
    added = alternation(rules.get("added_openers", ()), spaced=True) or "(?!)"
    demonstrative = r"(?:\s+(?:ذلك|هذا|هذه|تلك)(?:\s+[^\W\d_]+)?)?"
    return re.compile(
        r"[\W_]*(?:و(?:" + particles + r")|[وف]?(?:" + same + r")" + demonstrative + r"|(?:" + added + r")\s)\s*[،,]?\s*"
    )


@lru_cache(maxsize=4)
def load_while_opener(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a comma and a word of simultaneity (`continued_news.while_words`) ending,
    with a space, where the searched text ends."""
    words = alternation(load_assembly_rules(path).get("continued_news", {}).get("while_words", ()), spaced=True)
    return re.compile(r"[،,]\s*(?:" + words + r")\s+$")


def _in_a_while_clause(text: str, cand: _Candidate) -> bool:
    """Whether the event word, a verb in the past, opens a clause that a comma and a word of
    simultaneity open ("وخرج الآلاف إلى الشوارع، فيما أطلقت قوات الأمن الرصاص"): a deed
    told as done at the same time as the news of its sentence."""
    start = cand.trigger[0]
    return cand.tense == "past" and load_while_opener().search(text, max(cand.sentence[0], start - 20), start) is not None


def _recent(day: str, published: str | None) -> bool:
    if not published:
        return False
    gap = (date.fromisoformat(published[:10]) - date.fromisoformat(day[:10])).days
    return 0 <= gap <= RECENT_DAYS


def _day_of_the_sentence(
    told: Sequence[Event], before: tuple[int, int], published: str | None, days: Sequence[TimeMention] = ()
) -> tuple[str, str, list[int]] | None:
    """The day (its value, basis and span) of the events of the sentence `before` dated to a day
    by a date of that sentence, if they all share it and it is a recent one. An event the
    catalog dates to a day that sentence names itself (`days`: its dates) counts as dated by it
    ("أعلن الرئيس اليمني، أمس الخميس، نقل صلاحياته", a transfer of power the catalog knows)."""
    named = {d.value: d for d in days if before[0] <= d.start < before[1] and d.precision == "day"}
    dated: list[tuple[str, str, list[int]]] = []
    for ev in told:
        if not before[0] <= ev.spans["quote"][0] < before[1] or ev.date_precision != "day":
            continue
        span = ev.spans.get("date")
        if ev.date_basis in ("explicit", "relative") and span and before[0] <= span[0] < before[1]:
            dated.append((ev.date or "", ev.date_basis, list(span)))
        elif ev.date_basis == "reference" and (d := named.get(ev.date or "")) is not None:
            dated.append((d.value, d.basis, [d.start, d.end]))
    if not dated or len({day for day, _, _ in dated}) != 1 or not _recent(dated[-1][0], published):
        return None
    return dated[-1]


@lru_cache(maxsize=4)
def load_also_words(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Words of addition that tell a deed as one more of the news before (`continued_news.also`:
    أيضا، كذلك), folded."""
    return frozenset(fold_str(w) for w in load_assembly_rules(path).get("continued_news", {}).get("also", ()))


_WORD_AR = LazyPattern(r"[^\W\d_]+")


def _a_new_deed(text: str, cand: _Candidate) -> bool:
    """Whether the sentence opens with its event's own verb in the past, joined to و ("وعين
    أمس وزيرا للمالية. وعين الفريق قائدا للقوات البرية"), or with a phrase of the same time:
    one more deed, told next, not the one before told again, which a noun names ("وتهدف
    الاتفاقية إلى"); or with a word of addition before its event word (أيضا): one more deed
    of the news told before."""
    start = cand.trigger[0]
    if cand.tense in ("past", "") and load_same_time_openers().fullmatch(text, cand.sentence[0], start):
        return True  # "وبالتزامن مع ذلك، سقط صاروخان": another deed at the same time
    also = load_also_words()
    if any(fold_str(w.group()) in also for w in _WORD_AR.finditer(text, cand.sentence[0], start)):
        return True  # "وتضمن الإعلان الرئاسي أيضا إعفاء نائب الرئيس": one more deed of that news
    return cand.tense == "past" and cand.trigger_text.startswith("و") and _OPENING.fullmatch(text, cand.sentence[0], start) is not None


def _retold(
    told: Event,
    day: str,
    before: tuple[int, int],
    new_deed: bool = False,
    doers: tuple[frozenset[str], dict[int, set[str]]] = (frozenset(), {}),
) -> bool:
    """Whether an event of the type told before may be the one the sentence tells again: one
    of the sentence right before ("وقعت الدولتان أمس اتفاقية. وتهدف الاتفاقية إلى"), unless
    the sentence opens with a `new_deed` of that kind, or one on another day than the one
    carried; never one done by another state, none of whose countries is a doer of the
    sentence's own (`doers`: the sentence's doers, and those of each event told, by id):
    "وأعلنت البحرين اليوم قطع علاقاتها مع إيران. وقررت الإمارات خفض تمثيلها" tells the UAE's
    own decision, no retelling of the Bahraini one."""
    own, of = doers
    theirs = of.get(id(told), set())
    if (
        own
        and theirs
        and not own & theirs
        and not own & set(told.countries)
        # (not an attack, whose other doer is often the side the first one struck)
        and told.event_type not in load_assembly_rules().get("own_clause_doers", {}).get("not_types", ())
    ):
        return False
    return told.date != day or (not new_deed and before[0] <= told.spans["quote"][0] < before[1])


def date_as_continued(
    event: Event,
    text: str,
    cand: _Candidate,
    before: tuple[int, int],
    told: Sequence[Event],
    spans: dict,
    doers: tuple[frozenset[str], dict[int, set[str]]] = (frozenset(), {}),
    days: Sequence[TimeMention] = (),
) -> None:
    """Date a publication-dated Arabic event of a sentence that goes on with the news of the
    sentence right before it (`before`, its start and end) by that sentence's day. Dates of the
    sentence after the publication are of a plan (على أن تبدأ الدوريات اعتبارا من 15 آذار) and
    do not stop it. `doers`: the countries of the event's initiator, and by id those of each
    event told (see `_retold`); `days`: the dates of the sentence before (`_day_of_the_sentence`)."""
    if event.date_basis != "publication" or event.date_precision != "day" or before[0] >= before[1]:
        return  # an ongoing flow (aid) is dated by no one day
    if not _opened_by_a_verb(text, cand) or load_other_news_opener().match(text, cand.sentence[0]):
        return  # "وفي سياق متصل، وصلت ... طائرات تحمل مساعدات": another piece of news, on a day of its own
    except_types, discussion = load_discussion_verbs()
    if event.event_type not in except_types and discussion.search(text, cand.sentence[0], cand.trigger[0]):
        return  # "وناقش الوزيران تطبيع العلاقات": a topic talked about takes no day that is not its own
    source = _day_of_the_sentence(told, before, event.published, days)
    if source is None:
        return
    parts = load_parts_of().get(event.event_type, ())
    new_deed = _a_new_deed(text, cand)
    if any(
        ev.event_type in parts or (ev.event_type == event.event_type and _retold(ev, source[0], before, new_deed, doers))
        for ev in told
    ):
        return  # a retelling of an event of its type, or a part of a visit told before
    event.date, event.date_precision, event.date_basis = source[0], "day", source[1]  # type: ignore[assignment]
    spans["date"] = source[2]
