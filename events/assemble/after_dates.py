"""A deed told by a verb in the past with no date of its own and followed in its clause by a word of after and a
deed dated in a month before the publication's ("protested in villages around the capital after
the deal was announced in September", "telephoned him to congratulate him after his victory on
May 28", "تظاهر العشرات بعد إعلان الاتفاق في سبتمبر"): it came soon after that deed, in its
month, not on the publication's day (`after_dates` of data/assembly.json). Not after a span counted between the
event word and the word of after ("two years after the war in March", "its second visit in a
month, after the first on June 11"), which puts it later than that month."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _RELATIVE_WORDS, _Candidate
from events.model import Event, TimeMention
from events.text.lazy import LazyPattern

# what ends the clause of the event word before the word of after: a semicolon, a colon, or a
# comma before a new clause ("..., and", "، و")
_CLAUSE_END = re.compile(r"[;:؛]|[,،]\s*(?:and|but|while|as|whereas|و|ف|بينما|فيما)(?!\w)", re.IGNORECASE)

# a relative word opening a clause ("the talks that began on Monday", "المفاوضات التي بدأت الاثنين")
_RELATIVE_AFTER = LazyPattern(r"(?<![\w-])(?:" + _RELATIVE_WORDS + r")(?![\w-])", re.IGNORECASE)

# an English verb in the past written out whole in the trigger list ("telephoned", "protested")
_EN_PAST = LazyPattern(r"[A-Za-z]+ed")


def _past_verb(cand: _Candidate) -> bool:
    """Whether the event word is a verb in the past, not a noun."""
    return cand.tense == "past" or (not cand.tense and _EN_PAST.fullmatch(cand.trigger_text.strip()) is not None)


@lru_cache(maxsize=4)
def load_after_dates(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A search for a word of after (with و/ف or not), and searches for a word of a counted span
    (between the event word and it, or right after it: بعد أيام من) (`after_dates`)."""
    rules = load_assembly_rules(path).get("after_dates", {})
    words = alternation(rules.get("words", ()), spaced=True)
    inner = re.compile(r"(?<![\w-])[وف]?(?:" + words + r")(?![\w-])", re.IGNORECASE)
    spans = alternation(rules.get("spans", ()), spaced=True)
    span = re.compile(r"(?<![\w-])(?:" + spans + r")(?![\w-])", re.IGNORECASE)
    span_after = re.compile(r"\s+(?:" + spans + r")(?![\w-])", re.IGNORECASE)
    return inner, span, span_after


@lru_cache(maxsize=4)
def load_cause_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word of after that opens the clause of a cause (`after_dates.cause_words`:
    after, following, عقب، إثر), with و/ف or not."""
    words = alternation(load_assembly_rules(path).get("after_dates", {}).get("cause_words", ()), spaced=True)
    return re.compile(r"(?<![\w-])[وف]?(?:" + words + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_after_relatives(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a relative of after (`after_dates.relatives`: after which, على إثره)."""
    words = alternation(load_assembly_rules(path).get("after_dates", {}).get("relatives", ()), spaced=True)
    return re.compile(r"(?<![\w-])[وف]?(?:" + words + r")(?![\w-])", re.IGNORECASE)


def date_after_which(event: Event, text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict) -> None:
    """Date a publication-dated event by the month of the thing a relative of after before its
    word takes up ("since the February 6 earthquake that struck Turkey and Syria, after which Arab
    states flew aid"): the one time told between the sentence's start and that relative, with
    no clause end between them and the event word (`dates`: all the sentence's times, those
    inside a catalogued name too)."""
    if event.date_basis != "publication" or event.published is None or cand.tense not in ("past", ""):
        return
    s = cand.sentence[0]
    found = None
    for m in load_after_relatives().finditer(text, s, cand.trigger[0]):
        found = m
    if found is None or re.search(r"[;؛:.]", text[found.end() : cand.trigger[0]]):
        return
    before = [d for d in dates if s <= d.start and d.end <= found.start()]
    if not before or any(found.end() <= d.start < cand.trigger[0] for d in dates):
        return
    _take_month(event, before[-1], spans)


_JUST_BEFORE_DAYS = 3  # a day at most this many days before the publication is just before it
# deeds of a day that a later deed of the same day follows: "Erdogan announced on March 17, after
# hosting Niinisto in Ankara, that ...": the visit was that day's, however far back the day lies
_DAY_LONG_TYPES = frozenset({"visit"})


def _just_before(day: str, published: str) -> bool:
    """Whether `day` lies one to `_JUST_BEFORE_DAYS` days before the publication."""
    gap = (date.fromisoformat(published[:10]) - date.fromisoformat(day[:10])).days
    return 0 < gap <= _JUST_BEFORE_DAYS


def _month_before(d: TimeMention, published: str, recent_day: bool = False) -> tuple[str, str] | None:
    """The month `d` gives and its precision, when it lies before the publication's month; with
    `recent_day`, a day just before the publication (`_just_before`), at its day."""
    if d.recurring or not d.value or d.basis not in ("explicit", "relative") or d.precision not in ("day", "month"):
        return None
    value = d.value[:7]
    if value < published[:7]:
        return (value, "month")
    if recent_day and d.precision == "day" and _just_before(d.value, published):
        return (d.value[:10], "day")
    return None


def date_after_dated_deed(event: Event, text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict) -> None:
    """Date a publication-dated event by the month of the deed its clause says it came after
    (`dates`: the sentence's)."""
    if event.date_basis != "publication" or event.published is None or not _past_verb(cand):
        return  # a noun's deed may be other than what the clause after it tells ("the deal stalled after ...")
    inner, span, span_after = load_after_dates()
    e = cand.sentence[1]
    found = inner.search(text, cand.trigger[1], e)
    if found is None or _CLAUSE_END.search(text, cand.trigger[1], found.start()) is not None:
        return  # no word of after in the event word's clause
    if span.search(text, cand.trigger[1], found.start()) is not None or span_after.match(text, found.end()) is not None:
        return  # "two years after ...", "in just over a month, after ...": later than that month
    later = [d for d in dates if d.start >= found.end()]
    if len(later) != 1:
        return  # none, or several: which one the deed came after is not plain
    # a day within a relative clause describing what the deed came after ("after talks that began
    # on Monday") dates that clause's verb: when the deed came is not told
    recent_day = _RELATIVE_AFTER.search(text, found.end(), later[0].start) is None
    _take_month(event, later[0], spans, recent_day=recent_day)


def _take_month(event: Event, mention: TimeMention, spans: dict, recent_day: bool = False) -> None:
    """Date `event` by the month `mention` tells, when it lies before the publication's (with
    `recent_day`, by a recent day of the publication's month, see `_month_before`)."""
    told = _month_before(mention, event.published, recent_day)
    if told is None:
        return
    event.date, event.date_precision = told  # type: ignore[assignment]
    event.date_basis = mention.basis
    event.end_date = None
    spans["date"] = [mention.start, mention.end]


# a sentence's opening before a fronted word of after: nothing, or و/ف, a quotation mark or a bullet
_OPENING = LazyPattern(r"[\s\"'“«\-–—•]*")
# a comma, not one inside a number (50,000)
_COMMA = LazyPattern(r"(?<!\d)[,،]|[,،](?!\d)")
# a break between the phrase of after and the event word's clause: a semicolon, a colon, or a
# comma that opens no clause joined by "and" (", and sent", "، وأرسلت")
_OTHER_BREAK = LazyPattern(r"[;؛:]|(?:(?<!\d)[,،]|[,،](?!\d))(?!\s*(?:and\s|و))")
# what opens a clause that explains the one before it after a comma ("..., إذ أجرى ...")
_EXPLAINING = LazyPattern(r"\s*(?:إذ|as)(?!\w)", re.IGNORECASE)


def date_after_fronted_deed(event: Event, text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict) -> None:
    """Date a publication-dated event by the month of the deed a phrase of after before it says
    it came after: a phrase that opens the sentence ("After the February earthquake that killed
    ..., the UAE sent planeloads of relief", "وبعد إعلان الاتفاق في سبتمبر، تظاهر ...") or one
    that closes the clause before the event word's, which explains it ("وتسارعت الاتصالات بعد
    الزلزال الذي ضرب تركيا في فبراير الماضي، إذ أجرى السيسي اتصالا هاتفيا"), set off by a comma
    and naming one time, a month before the publication's (`dates`: the sentence's). Not after
    a counted span ("two years after ...", "بعد أيام من ...")."""
    if event.date_basis != "publication" or event.published is None or cand.tense not in ("past", ""):
        return  # a noun's deed goes by the clause's verb, set after the phrase
    inner, span, span_after = load_after_dates()
    s = cand.sentence[0]
    found = None
    for m in inner.finditer(text, s, cand.trigger[0]):
        found = m
    if found is None:
        return
    comma = _COMMA.search(text, found.end(), cand.trigger[0])
    if comma is None or any(m.start() < cand.trigger[0] for m in _OTHER_BREAK.finditer(text, comma.end(), cand.trigger[1])):
        return  # the phrase of after is not the one set off just before the event word's clause
    fronted = _OPENING.fullmatch(text, s, found.start()) is not None
    if not fronted and _EXPLAINING.match(text, comma.end()) is None:
        return
    if span.search(text, max(s, found.start() - 12), found.start()) is not None or span_after.match(text, found.end()):
        return  # "two years after ...", "بعد أيام من ...": later than that month
    inside = [d for d in dates if found.end() <= d.start and d.end <= comma.start()]
    if len(inside) != 1 or any(d.start >= comma.end() and d.start < cand.trigger[0] for d in dates):
        return
    _take_month(event, inside[0], spans)


_BEFORE_REACH = 6  # words at most between a word of after and the event word it opens the clause of
# a mark that ends a clause: a sentence's inner stop, or a comma ("Biden announced it on Tuesday,
# and after the cabinet approved ...": the day may be another clause's)
_ANY_BREAK = LazyPattern(r"[,،;:؛]")


# what may stand before a day that opens a sentence: a word of setting ("On", "وفي") or nothing
_FRONTED = LazyPattern(r"[\s\"'“«\-–—]*(?:[^\W\d_]+\s+)?")


def _past_closing_comma(text: str, at: int) -> int:
    """`at` moved past a comma (and spaces) right after it."""
    m = re.match(r"\s*[,،]", text[at:])
    return at + m.end() if m is not None else at


def date_before_dated_deed(event: Event, text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict) -> None:
    """Date a publication-dated event whose word stands a few words after a word of after that
    closes a clause dated by a day before the publication ("Biden announced it on Tuesday after
    Israel's security cabinet approved the agreement", "أعلنت الحكومة، الاثنين، حظر التجول عقب
    تفجير استهدف سوقا"): the deed came before that day's deed and is told as its cause, so on
    that day or shortly before it, not on the publication's day, which lies after it (`dates`:
    the sentence's). A visit, the deed of a day, takes a day further back too ("announced on March
    17, after hosting Niinisto in Ankara"). Not after a counted span ("two days after ...":
    counted back elsewhere)."""
    if event.date_basis != "publication" or event.published is None or event.event_type == "meeting":
        return  # (talks told after a word of after are those an outcome came out of: events/assemble/talks_before.py)
    _, span, span_after = load_after_dates()
    s = cand.sentence[0]
    found = None
    for m in load_cause_words().finditer(text, s, cand.trigger[0]):
        found = m
    if found is None or len(text[found.end() : cand.trigger[0]].split()) > _BEFORE_REACH:
        return
    if _ANY_BREAK.search(text, found.end(), cand.trigger[0]) is not None:
        return  # the event word is past the phrase of after, in a clause of its own
    if span.search(text, max(s, found.start() - 12), found.start()) is not None or span_after.match(text, found.end()):
        return  # "two days after ...", "بعد أيام من ...": counted back from that day
    before = [d for d in dates if s <= d.start and d.end <= found.start()]
    if not before or any(d.end > found.start() and d.start < cand.sentence[1] for d in dates):
        return  # no day before the word of after, or a time of the deed's own after it
    d = before[-1]
    # (the comma that closes a day set off by commas after the verb, "أعلنت الحكومة، الاثنين، حظر",
    # is no break; the one after a day that opens the sentence, "On Monday, authorities removed
    # the mayor after he was arrested", is: that day is the main clause's, not its cause's)
    fronted = _FRONTED.fullmatch(text, s, d.start) is not None
    after_day = d.end if fronted else _past_closing_comma(text, d.end)
    if _ANY_BREAK.search(text, after_day, found.start()) is not None:
        return  # the day is another clause's
    if d.recurring or not d.value or d.basis not in ("explicit", "relative") or d.precision != "day" or d.end_value:
        return
    if not _just_before(d.value, event.published) and not (
        event.event_type in _DAY_LONG_TYPES and d.value[:10] < event.published[:10]
    ):
        return  # a day further back: the cause may lie days or weeks before it ("sworn in on September 13 after his win")
    event.date, event.date_precision, event.date_basis = d.value[:10], "day", d.basis  # type: ignore[assignment]
    event.end_date = None
    spans["date"] = [d.start, d.end]
