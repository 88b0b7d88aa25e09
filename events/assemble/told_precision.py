"""A catalogued event keeps the precision its article dates it at.

GUIDELINES: an event is dated "at the precision the text supports"; the catalog
dates an event only when the text names it without a date. So "the 2018 killing of
Jamal Khashoggi" or "In 2019, Saudi oil facilities were hit" is dated 2018 or 2019
(explicit), not the catalog's day, while the event keeps the entry's id and
countries: it is still known to be that event.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.catalog_fit import _YEAR_BEFORE, _month_number, _year_with_the_word
from events.assemble.own_deed_clauses import own_deed_right_after
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _RELATIVE_WORDS
from events.model import Event, TimeMention
from events.reference import ReferenceEntry
from events.temporal import CALENDAR_PATH
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

_RANK = {"year": 0, "month": 1, "day": 2}


def told_coarser(
    entry: ReferenceEntry, text: str, trigger: tuple[int, int], told: TimeMention | None = None
) -> tuple[str, str, str] | None:
    """(value, precision, basis) of the date the text gives the catalogued event, when it
    agrees with `entry` but is coarser: the year written with its word ("the 2015
    nuclear deal", "انتخابات 2018") or `told`, a date the caller read as this event's
    own ("In 2019, ..."). None when the text says nothing coarser."""
    if told is not None and _anaphoric(told):
        told = None  # "لعدم وجود برلمان في ذلك الوقت": the year of another sentence's deed
    named = date_in_the_name(text, trigger)
    if (
        named is not None
        and entry.date.startswith(named[0])
        and entry.precision in _RANK
        and _RANK[named[1]] <= _RANK[entry.precision]
        and entry.date[: len(named[0])] == named[0]
    ):
        return named[0], named[1], "explicit"
    if (
        told is not None
        and told.precision == "year"
        and entry.precision == "day"
        and entry.date.startswith(told.value)
        and _month_in_the_name(text[trigger[0] : trigger[1]]) == entry.date[5:7]
    ):
        # "حرب أكتوبر التي اندلعت عام 1973": the name tells the month, the clause its year
        return entry.date[:7], "month", told.basis
    if (
        told is not None
        and told.precision in _RANK
        and entry.precision in _RANK
        and _RANK[told.precision] < _RANK[entry.precision]
        and entry.date.startswith(told.value)
    ):
        return told.value, told.precision, told.basis
    return None


def _anaphoric(told: TimeMention) -> bool:
    """Whether a date the text gives is a time word that refers back to the time of another
    sentence ("في ذلك الوقت", "آنذاك", "at the time"): a year read as written (`explicit`) that
    writes no number (a month name without its year is no such word: "in September"). It dates what it refers back to, at that telling's precision, and tells no
    coarser date of a catalogued deed than the catalog's own ("وأقسم السيسي اليمين في الولاية
    الأولى ...، لعدم وجود برلمان في ذلك الوقت": his first oath, on the catalog's day)."""
    return told.basis == "explicit" and told.precision == "year" and not any(c.isdigit() for c in told.text)


@lru_cache(maxsize=1)
def _month_names() -> tuple[re.Pattern[str], dict[str, int]]:
    """A search for the Gregorian month names of data/calendar.json, not the weak ones (May,
    ماي, آب: also common words), as whole words with the proclitics of a noun, and each name's
    month (by its folded, lower-cased form)."""
    with CALENDAR_PATH.open(encoding="utf-8") as f:
        raw = json.load(f)
    weak = set(raw.get("weak_months", ()))
    names = {name: int(number) for number, forms in raw["gregorian_months"].items() for name in forms if name not in weak}
    pattern = re.compile(r"(?<!\w)(?:[وفبل]|ال)?(" + alternation(names) + r")(?!\w)", re.IGNORECASE)
    return pattern, {fold_str(n).lower(): m for n, m in names.items()}


def _month_in_the_name(name: str) -> str | None:
    """The month (two digits) a catalogued event's name holds ("حرب أكتوبر", "the October War")."""
    pattern, months = _month_names()
    found = pattern.search(name)
    month = months.get(fold_str(found.group(1)).lower()) if found is not None else None
    return f"{month:02d}" if month else None


# a year told as a year inside a name (لعام 2015، the 2015 deal), not the year of a day in it
# ("هجمات 11 سبتمبر 2001")
_YEAR = LazyPattern(r"(?:(?<!\S)(?:عام|لعام|العام|للعام|سنة|لسنة)\s+|(?<!\S)(?:the|a|in|of)\s+)(?P<year>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)


@lru_cache(maxsize=32)
def date_in_the_name(text: str, trigger: tuple[int, int]) -> tuple[str, str] | None:
    """(value, precision) of the year, or the month and year, written in the event word's name,
    in either language: after the Arabic noun or inside the catalogued name («انقلاب 2013»، «ثورة
    يناير 2011»، «حرب تموز 2006»، «الاتفاق النووي لعام 2015») or before the English noun ("the
    2013 coup", "whose 1979 peace treaty", "the January 2011 revolution"). None when the name
    writes a day ("هجمات 11 سبتمبر 2001": that day is a date of its own) or no year. Kept for
    the last few asked: a catalogued event's date is weighed against several of the text's in turn."""
    inside = _DATE_ENDS_THE_NAME.match(text[trigger[0] : trigger[1]])
    if inside is not None:
        return _with_month(inside.group("year"), inside.group("month"))
    after = _MONTH_YEAR_AFTER.match(text, trigger[1])
    if after is not None and _month_number(after.group("month")) is not None:
        return _with_month(after.group("year"), after.group("month"))
    before = _YEAR_BEFORE.search(text, max(0, trigger[0] - 40), trigger[0])
    if before is not None and before.group("month") and _month_number(before.group("month")) is not None:
        return _with_month(before.group("year"), before.group("month"))
    year = _year_with_the_word(text, trigger) or _year_in_the_name(text, trigger)
    return (year, "year") if year is not None else None


def _with_month(year: str, month: str | None) -> tuple[str, str]:
    """The year, or the month of it when `month` names one."""
    number = _month_number(month) if month else None
    return (f"{year}-{number:02d}", "month") if number is not None else (year, "year")


# a year right after the first word of a catalogued name, or past one word (a month, a place),
# that ends it («انقلاب 2013»، «حرب تموز 2006»، «حرب لبنان 2006»); not the code name of an
# operation it holds («العملية الشاملة "سيناء 2018"»), whose year tells no more than its name
_DATE_ENDS_THE_NAME = LazyPattern(r"\A[^\W\d_]+\s+(?:(?P<month>[^\W\d_]+)\s+)?(?P<year>(?:19|20)\d\d)\Z")
# a month and a year right after the event word («ثورة يناير 2011»، «حرب يونيو/حزيران 1967»)
_MONTH_YEAR_AFTER = LazyPattern(
    r"\s+(?P<month>[^\W\d_]+)(?:\s*/\s*[^\W\d_]+)?\s+(?P<year>(?:19|20)\d\d)(?!\d|[/.-]\d)"
)


def _year_in_the_name(text: str, trigger: tuple[int, int]) -> str | None:
    """The year written inside the catalogued name the text uses ("الاتفاق النووي لعام 2015",
    "the 2015 nuclear deal" as one alias, "military coup in 1989", "انقلاب في 1989")."""
    found = _YEAR.search(text, max(0, trigger[0] - 5), trigger[1])  # "the " before the name
    return found.group("year") if found is not None and found.start("year") >= trigger[0] else None


def month_of_the_entry(entry: ReferenceEntry, text: str, dates: Sequence[TimeMention]) -> TimeMention | None:
    """The month the sentence names that holds the catalogued day, when the sentence tells no day
    of that month ("Sinjar was retaken ..., in November 2015", "named Bashagha prime minister in
    February", "الحراك الذي انطلق في تشرين الأول 2019"): the text dates the event to that month
    only. So does a month after a word of since, the month the event has gone on from
    ("العملية الشاملة التي ينفذها منذ فبراير الماضي", "the war waged since March 2015"): the
    catalogued day is in it, and the text tells no finer one. None for an entry not dated to a
    day, or when a day of that month is told."""
    if entry.precision != "day":
        return None
    month = entry.date[:7]
    if any(d.precision == "day" and d.value[:7] == month for d in dates):
        return None
    week_words = load_month_told()[1]
    return next((d for d in dates if d.precision == "month" and d.value == month and not week_words.search(d.text)), None)


def year_of_the_entry(
    entry: ReferenceEntry, text: str, trigger: tuple[int, int], dates: Sequence[TimeMention], clause: tuple[int, int]
) -> TimeMention | None:
    """The year the event word's clause names that holds the catalogued date, when the
    sentence tells no month or day of that year ("the army ousted Mursi, an ally of Ankara,
    in 2013", "مقاطعة قطر، منذ العام الماضي"): the text dates the event to that year only.
    `clause` is the event word's clause read across commas, up to its subordinators; a
    year right after it behind a word of since (`month_told.not_after`) is the year the
    event began, and so its own. A year behind a relative after the event word is the
    relative clause's ("the ouster of Morsi, which Ankara condemned in 2013"), unless that
    clause, right after the event word's own, tells the event's own onset, holding or signing
    (`own_deed_right_after`: "نزاع دارفور الذي اندلع عام 2003", "اتفاق القاهرة الموقع عام 2011")."""
    if entry.precision == "year":
        return None
    year = entry.date[:4]
    if any(d.precision != "year" and d.value[:4] == year for d in dates):
        return None
    return next(
        (
            d
            for d in dates
            if d.precision == "year"
            and d.value == year
            and clause[0] <= d.start
            and (
                (
                    (d.end <= clause[1] or _since_right_after(text, clause[1], d.start) or _since_opens_right_after(text, clause[1], d))
                    and not (trigger[1] <= d.start and _RELATIVE_WORD.search(text, trigger[1], d.start))
                )
                or own_deed_right_after(text, clause[1], d.start)
                or own_deed_right_after(text, trigger[1], d.start)
            )
        ),
        None,
    )


def year_of_the_head(
    entry: ReferenceEntry, text: str, clause: tuple[int, int], dates: Sequence[TimeMention]
) -> TimeMention | None:
    """The year that closes the noun phrase a relative clause hangs on, when the event word
    is told in that relative clause ("last summer's war in Gaza, in which 2,200 people were
    killed", "الحرب على غزة صيف 2014، التي أسفرت عن استشهاد"): the clause tells what the war
    did, and the war is dated as the text dates it, to that year, when it holds the catalogued
    date. `clause` is the event word's clause, which opens after the relative word; only
    the rest of the noun phrase (a few words, no punctuation), commas and that word may
    stand between the year and it, and no finer date of that year may follow."""
    if entry.precision == "year":
        return None
    year = entry.date[:4]
    head = next((d for d in reversed(dates) if d.end <= clause[0]), None)
    if head is None or head.precision != "year" or head.value != year:
        return None
    if not _RELATIVE_OPENER.fullmatch(text, head.end, clause[0]):
        return None
    if any(d.precision != "year" and d.value[:4] == year and d.start >= head.end for d in dates):
        return None
    return head


# the rest of the noun phrase the year qualifies, up to six words with no punctuation ("'s 50-day
# war in Gaza"), then commas and a relative word, with the preposition an English one may take
# ("in which")
_RELATIVE_OPENER = LazyPattern(
    rf"(?:['’]s)?(?:\s+[^\W_][\w-]*){{0,6}}[\s,،]*(?:(?:in|during|of|from)\s+(?:which|whom)|(?<!\w)(?:{_RELATIVE_WORDS})(?!\w))\s*",
    re.IGNORECASE,
)


_RELATIVE_WORD = LazyPattern(rf"(?<!\w)(?:{_RELATIVE_WORDS}|who|whom)(?!\w)", re.IGNORECASE)


def _since_opens_right_after(text: str, end: int, d: TimeMention) -> bool:
    """Whether `d` opens with a word of since ("منذ ثلاث سنوات", "since 2015") right after `end`,
    past commas only: the clause ended at that word, and the count back is its own."""
    if d.start < end or text[end : d.start].strip(" ,،"):
        return False
    return load_month_told()[0].search(text, d.start, d.start + (len(d.text.split()[0]) if d.text.split() else 0)) is not None


def _since_right_after(text: str, end: int, start: int) -> bool:
    """Whether the stretch from `end` to `start` holds only a word of since, with commas."""
    if start < end:
        return False
    since = load_month_told()[0].search(text, end, start)
    return since is not None and not text[end : since.start()].strip(" ,،")


@lru_cache(maxsize=4)
def load_month_told(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words of since right before a time (`month_told.not_after`: منذ, since), which make it
    the start of what has gone on from it, and words of a week (`month_told.week_words`) that
    make a time no month the text names."""
    rules = load_assembly_rules(path).get("month_told", {})

    def words(key: str, tail: str) -> re.Pattern[str]:
        alts = "|".join(re.escape(w) for w in sorted(rules.get(key, ()), key=len, reverse=True)) or "(?!)"
        return re.compile(rf"(?<!\w)(?:{alts})(?!\w){tail}", re.IGNORECASE)

    return words("not_after", r"\W*$"), words("week_words", "")


def keep_told_precision(event: Event, told: tuple[str, str, str]) -> None:
    """Date `event` as its text does (its catalog id and countries stay)."""
    event.date, event.date_precision, event.date_basis = told  # type: ignore[assignment]
    event.end_date = None
