"""A deed told as so many days after a deed its clause dates to a day ("Erdogan flew to Moscow a
week after 34 Turkish soldiers were killed in an air strike in Idlib on Feb. 27", "وجاءت
الاحتجاجات غداة تعديل وزاري أجراه السلطان يوم السبت", "اندلعت الاحتجاجات بعد يومين من رفع
الحكومة أسعار الوقود يوم الاثنين"): that day is the other deed's, and the deed took place that
many days after it, neither on it nor on the publication's day. The count is the one of
`date_counted_back` read the other way ("on Tuesday, a day after jihadists launched attacks":
the day named before the count is the main deed's). The other deed may be a catalogued one named
with no day of the text's own ("Israel launched air strikes on Gaza a day after the October 7
attack", «تظاهر آلاف في طهران بعد يومين من مقتل قاسم سليماني»): counted from the catalog's day."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from events.assemble.text import _DAY_COUNTS, _Candidate
from events.model import Event, ReferenceMention, TimeMention, TriggerMention
from events.text.lazy import LazyPattern

# a count of days or weeks and a word of after ("a week after", "two days following", "the day
# after", "بعد يومين من", "بعد أسبوع على أن"), or غداة, the morrow of, or the day following
# («في اليوم التالي للتفجير», its ل joined to the noun)
_COUNTED_AFTER = LazyPattern(
    r"(?<!\S)(?:(?:(?P<en>a|one|two|three|four|five|six|seven|\d{1,2})\s+(?:days?|(?P<weeks>weeks?))|the\s+(?P<next>day))"
    r"\s+(?:after|following)"
    r"|[وف]?بعد\s+(?P<ar>يوم|يومين|أسبوع|اسبوع|أسبوعين|اسبوعين)(?:\s+واحد)?\s+(?:من|على)(?:\s+(?:أن|ان))?"
    r"|[وف]?(?P<morrow>غداة)"
    r"|[وف]?(?:في\s+)?(?:(?:صباح|مساء|ظهر)\s+)?(?P<following>اليوم\s+التالي))(?=\s)",
    re.IGNORECASE,
)

_BREAK = LazyPattern(r"[,،;:؛()]")
_COMMA_BEFORE = LazyPattern(r"[,،]\s*\Z")

_WORDS_BEFORE = 8  # words at most between the event word and the count
_WORDS_AFTER = 15  # words at most between the count and the other deed's day


def _days(m: re.Match[str]) -> int | None:
    if m.group("next") or m.group("morrow") or m.group("following"):
        return 1
    count = (m.group("en") or m.group("ar") or "").lower()
    days = int(count) if count.isdigit() else _DAY_COUNTS.get(count)
    return days * 7 if days is not None and m.group("weeks") else days


def _counted_after(text: str, cand: _Candidate) -> re.Match[str] | None:
    """The count of days after a few words past the event word, in its clause."""
    m = _COUNTED_AFTER.search(text, cand.trigger[1], cand.sentence[1])
    if m is None:
        return None
    # (a comma right before the count sets off that count alone: "was sworn in, a day after ...")
    comma = _COMMA_BEFORE.search(text, cand.trigger[1], m.start())
    if _BREAK.search(text, cand.trigger[1], comma.start() if comma else m.start()) is not None:
        return None
    return m if len(text[cand.trigger[1] : m.start()].split()) <= _WORDS_BEFORE else None


def _date_days_after(event: Event, base: str, days: int, basis: str, span: list[int], spans: dict) -> None:
    """Date the event `days` after the day `base` (ISO), by `basis`, the date's span `span`, unless
    that day is later than the publication."""
    later = (date.fromisoformat(base[:10]) + timedelta(days=days)).isoformat()
    if event.published is not None and later > event.published[:10]:
        return
    event.date, event.date_precision, event.date_basis = later, "day", basis  # type: ignore[assignment]
    event.end_date = None
    spans["date"] = span


def date_counted_forward(event: Event, text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict) -> None:
    """Date an event whose word stands a few words before a count of days after, in its clause,
    by the day the clause after the count names, plus the days counted; when the event has no
    date of its own, or has that day itself (`dates`: the sentence's)."""
    e = cand.sentence[1]
    m = _counted_after(text, cand)
    if m is None:
        return
    days = _days(m)
    day = next((d for d in dates if m.end() <= d.start < e), None)
    if days is None or day is None or day.precision != "day" or day.recurring or day.end_value or not day.value:
        return
    if len(text[m.end() : day.start].split()) > _WORDS_AFTER:
        return
    own = spans.get("date")
    if event.date_basis != "publication" and list(own or ()) != [day.start, day.end]:
        return  # a day of its own
    _date_days_after(event, day.value, days, "relative", [m.start(), day.end], spans)


# the most days counted from a deed dated to a month only that still name that month (calendar.json
# `days_later`: a count of up to two weeks after a month told without its day names that month)
_DAYS_IN_ITS_MONTH = 14
# a month told as its end ("in late June 2017", «أواخر يونيو»): days after it may be the next month's
_LATE = LazyPattern(r"(?<!\w)(?:late|end of|أواخر|نهاية|آخر)\s", re.IGNORECASE)

_WORDS_TO_NAME = 2  # words at most between the count and a catalogued name ("two days after the killing of ...")


def date_counted_after_catalogued(
    event: Event, text: str, cand: _Candidate, references: Sequence[ReferenceMention], spans: dict
) -> None:
    """Date a publication-dated event whose word stands a few words before a count of days after,
    in its clause, by the day of the catalogued event named right after the count, plus the days
    counted, when that day is no later than the publication."""
    if event.date_basis != "publication":
        return
    m = _counted_after(text, cand)
    days = _days(m) if m is not None else None
    if m is None or days is None:
        return
    r = next((r for r in references if m.end() <= r.start < cand.sentence[1]), None)
    if r is None or r.precision != "day" or r.end_date or len(text[m.end() : r.start].split()) > _WORDS_TO_NAME:
        return
    if _BREAK.search(text, m.end(), r.start) is not None:
        return
    _date_days_after(event, r.date, days, "reference", [m.start(), r.end], spans)


# what may open the noun of a deed told before right after the count: "the", "that", or ال on it
_DEFINITE = LazyPattern(r"\s*(?:(?:the|that|this)\s+)?\Z", re.IGNORECASE)


def _definite_noun(text: str, t: TriggerMention) -> bool:
    """Whether the event word is a noun made definite: "the strike", "the bombing" (a word in -ing
    after "the" is a noun, whatever its form), «الغارة», «للتفجير» (ل with the article)."""
    if re.search(r"(?:the|that|this)\s+\Z", text[max(0, t.start - 6) : t.start], re.I) is not None:
        return True
    return not t.tense and text[t.start : t.end].startswith(("ال", "وال", "لل", "ولل"))


def date_counted_after_told(
    event: Event, text: str, cand: _Candidate, triggers: Sequence[TriggerMention], told: Sequence[Event], spans: dict
) -> None:
    """Date an event whose word stands a few words before a count of days after, right after
    which a definite noun names a deed of a type told before, in an earlier sentence, with a day
    of its own ("Israeli jets struck Beirut on Monday. Thousands protested two days after the
    strike", «شنت طائرات غارة على بيروت يوم الاثنين. وتظاهر الآلاف بعد يومين من الغارة»): that
    day plus the days counted, when the event has no time of its own sentence (`triggers`: the
    event words of its sentence; `told`: the events made before it). A deed dated to a month only
    gives that month, for a count of up to two weeks."""
    own = spans.get("date")
    if event.date_basis != "publication" and own is not None and cand.sentence[0] <= own[0] < cand.sentence[1]:
        return  # a time of its own sentence
    m = _counted_after(text, cand)
    days = _days(m) if m is not None else None
    if m is None or days is None:
        return
    t = next((t for t in triggers if t.start >= m.end()), None)
    if t is None or _DEFINITE.fullmatch(text, m.end(), t.start) is None or not _definite_noun(text, t):
        return
    told_before = [
        ev
        for ev in reversed(told)
        if ev.event_type == t.event_type
        and ev.spans.get("quote", [cand.sentence[0]])[0] < cand.sentence[0]
        and ev.date_basis in ("explicit", "relative")
        and ev.date
    ]
    # a deed of a day told before; only with none, one of a month (of a count within it)
    before = next((ev for ev in told_before if ev.date_precision == "day"), None) or next(
        (ev for ev in told_before if ev.date_precision == "month" and days <= _DAYS_IN_ITS_MONTH and not _LATE.search(ev.quote)),
        None,
    )
    if before is None or before.date is None:
        return
    if before.date_precision == "month":
        # «قطعت علاقاتها مع قطر في يونيو 2017 ... زار جدة في اليوم التالي للقطيعة»: that month, as
        # far as the text tells (a count of days from a month told without its day)
        event.date, event.date_precision, event.date_basis = before.date, "month", "relative"
        event.end_date = None
        spans["date"] = [m.start(), t.end]
        return
    _date_days_after(event, before.date, days, "relative", [m.start(), t.end], spans)
