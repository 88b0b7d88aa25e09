"""Whether a catalogued event the sentence's words name fits the event the sentence tells:
its sides, the kind of office change, and the year written with the event word.

- Sides: an event between two countries is not a catalogued event between one of them and
  a third one (Algeria closing its airspace to Morocco is not Morocco cutting ties with Iran);
  nor is an event that shares a side with a catalogued one among three or more countries,
  but names another country and not the one the catalogued event took place in, that event
  (a truce in Syria brokered by Russia and Turkey is not their truce in Libya).
- Office: an office left (استقالة، resigned) is not a catalogued taking of office whose name
  tells no leaving (`leaving_office_words`, `catalog_office_names` of data/assembly.json).
- Year: an event word written with its year (انتخابات 2018، the 2018 election) is an event
  of that year, never a catalogued one of another year the other words name: the year
  dates it, at the precision the text gives.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _CLAUSE_BREAK, _Candidate
from events.merge import is_country
from events.model import Event, TimeMention
from events.reference import ReferenceCatalog, ReferenceEntry
from events.temporal import load_calendar
from events.text.gates import gated_compile
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str


def _sides_differ(countries: list[str], entry: ReferenceEntry) -> bool:
    """Whether an event between two countries is a catalogued one between one of them and a
    third country (the country where the catalogued event was held is no side of it: "talks
    with Pyongyang after the Hanoi summit")."""
    catalogued = set(entry.countries)
    own = set(countries) - ({entry.location_country} - catalogued)
    if len(own) == 2 and len(catalogued) == 2 and len(own & catalogued) == 1:
        return True
    # "a ceasefire in Idlib brokered by Russia and Turkey" is not the catalogued Russian-Turkish
    # truce in Libya: the same brokers, but the country the entry took place in is not a side
    # of the sentence, and another country stands in its stead
    return (
        entry.location_country in catalogued - own
        and len(catalogued) >= 3
        and bool(own & catalogued)
        and bool(own - catalogued)
    )


@lru_cache(maxsize=4)
def load_leaving_office_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, over a folded event word, of a word of leaving an office at its start (after
    و، ف، ب، ل)."""
    words = (fold_str(w).lower() for w in load_assembly_rules(path).get("leaving_office_words", ()))
    return re.compile(r"(?:[وفبل]|وب|ول)?(?:" + alternation(words) + ")")


@lru_cache(maxsize=4)
def load_catalog_office_names(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Searches, over a catalog entry's English name, for the words of an office taken and
    for those of an office left."""
    names = load_assembly_rules(path).get("catalog_office_names", {})

    def search(words: list[str]) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + alternation(words) + ")", re.IGNORECASE)

    return search(names.get("taken", [])), search(names.get("left", []))


def _leaving_told_as_taking(event: Event, entry: ReferenceEntry) -> bool:
    """Whether an appointment told by a word of leaving office is matched to a catalogued
    taking of office whose name tells no leaving."""
    if event.event_type != "appointment" or not load_leaving_office_words().match(fold_str(event.trigger).lower()):
        return False
    taken, left = load_catalog_office_names()
    return taken.search(entry.name_en) is not None and left.search(entry.name_en) is None


# the year ends the event word's phrase: punctuation, the end, or a definite word, a
# preposition or a conjunction after it ("انتخابات 2018 البرلمانية", "ثورة 2011 ضد بن علي",
# "حرب 2006 بين إسرائيل وحزب الله", "election of 2018,"), never a counted noun ("اعتقال 2000
# شخص", "arrest of 2000 people")
_YEAR_AFTER = LazyPattern(
    r"\s+(?:(?:ال[^\W\d_]+\s+(?:في\s+)?)?(?:عام|لعام|العام|للعام|سنة|لسنة)\s+|of\s+)?(?P<year>(?:19|20)\d\d)(?!\d|[/.-]\d)"
    r"(?=\s*(?:\Z|[^\w\s]|(?:[وف]?ال|في\s|على\s|من\s|مع\s|ضد\s|بين\s|إلى\s|الى\s|عن\s|حين|عندما"
    r"|in\s|when\s|and\s|which\s|that\s|against\s|between\s|with\s)))",
    re.IGNORECASE,
)
# "the 2018 election", "the 2018 parliamentary vote", "whose 1979 peace treaty", "Egypt's 2011
# revolution", "the January 2011 revolution": a determiner or a possessive before the year (a
# month between them), never a count ("some 2000 protesters")
_YEAR_BEFORE = LazyPattern(
    r"(?:(?<!\S)(?:the|its|their|his|her|whose)|(?<=\w)['’]s)\s+(?:(?P<month>[a-z]{3,9})\s+)?(?P<year>(?:19|20)\d\d)"
    r"\s+(?:[a-z-]+\s+)?\Z",
    re.IGNORECASE,
    compiler=gated_compile,
)


def _year_with_the_word(text: str, trigger: tuple[int, int]) -> str | None:
    """The year written right after the event word (انتخابات 2018، الاتفاق النووي لعام 2015, after
    one definite word: الاتفاق المبرم عام 2015; the election of 2018) or,
    in English, right before it (the 2018 election, the 2018 parliamentary vote)."""
    after = _YEAR_AFTER.match(text, trigger[1])
    if after is not None:
        return after.group("year")
    before = _YEAR_BEFORE.search(text, max(0, trigger[0] - 40), trigger[0])
    if before is not None and before.group("month") and _month_number(before.group("month")) is None:
        before = None  # "the final 2018 vote" is no month's
    if before is None and _THE_BEFORE.search(text, max(0, trigger[0] - 8), trigger[0]):
        # a catalogued name that opens on its year ("the 2015 nuclear deal" as one name)
        inside = _YEAR_OPENS.match(text, trigger[0], trigger[1])
        return inside.group("year") if inside is not None else None
    return before.group("year") if before is not None and text[trigger[0] : trigger[0] + 1].isascii() else None


def _month_number(word: str) -> int | None:
    """The number of the month a word names (calendar.json `gregorian_months`), if it names one."""
    return load_calendar().months.get(fold_str(word).lower())


# "the", a possessive or a name's 's before a catalogued name that opens on its year
# ("Iran's 2015 nuclear deal", "its 2015 nuclear deal")
_THE_BEFORE = LazyPattern(r"(?:(?<!\S)(?:the|its|their|his|her|whose)|(?<=\w)['’]s)\s+\Z", re.IGNORECASE)
_YEAR_OPENS = LazyPattern(r"(?P<year>(?:19|20)\d\d)\s+[a-z]", re.IGNORECASE)


def _unfit(event: Event, entry: ReferenceEntry) -> bool:
    """Whether the catalogued event the sentence's words name is not the event told (above)."""
    return _sides_differ(event.countries, entry) or _leaving_told_as_taking(event, entry)


def _dated_by_its_year(event: Event, text: str, trigger: tuple[int, int]) -> bool:
    """Date an event left undated by its sentence and the catalog by the year written with
    its word, when that year is not after the publication; whether it was."""
    year = _year_with_the_word(text, trigger)
    if year is None or (event.published is not None and year > event.published[:4]):
        return False
    event.date, event.date_precision, event.date_basis = year, "year", "explicit"  # type: ignore[assignment]
    event.end_date = None
    return True


# an English event word's complement of up to four words ("the resignation of Adil
# Abdul-Mahdi's government in December") before the preposition of time; a name in
# quotation marks closes them first (عملية "درع الربيع" في الأول من آذار)
_ATTACHED_LEAD = LazyPattern(
    r"(?:(?:'s|’s|\s+of)(?:\s+[^\s,;:.()\"]+){0,4})?[\"”»]?\s*(?:(?:في|يوم|خلال|on|in|during)\s+)?", re.IGNORECASE
)


def _date_of_the_word(text: str, trigger: tuple[int, int], told: TimeMention, catalogued: str) -> bool:
    """Whether a date stands right after the event word, perhaps after a preposition of time
    (استقالة الحكومة في كانون الأول، the resignation in December), and within
    `_SAME_NEWS_DAYS` of the catalogued date it disagrees with: it is that event's own date,
    which the catalog's does not override. Farther from it, it is another deed's ("withdrew
    from the 2015 deal in May 2018")."""
    return (
        told.start >= trigger[1]
        and _ATTACHED_LEAD.fullmatch(text, trigger[1], told.start) is not None
        and _days_apart(told.value, catalogued) <= _SAME_NEWS_DAYS
    )


def date_of_another_entry(
    text: str, trigger: tuple[int, int], told: TimeMention, entry: ReferenceEntry, catalog: ReferenceCatalog
) -> bool:
    """Whether a day stands right after the event word (as in `_date_of_the_word`), however
    far from `entry`'s date, on which the catalog holds another event of its type in one of
    its countries: the name recalls one stage of a longer matter and the day told is another
    ("أطلقت القوات عملية استعادة الموصل في 17 أكتوبر 2016": the battle's start, not the
    city's recapture the name recalls)."""
    if told.precision != "day" or told.start < trigger[1]:
        return False
    if _ATTACHED_LEAD.fullmatch(text, trigger[1], told.start) is None:
        return False
    if not catalog.dates_on(entry.event_type, told.value):
        return False
    shared = set(entry.countries)
    return any(
        e.id != entry.id and e.event_type == entry.event_type and e.date == told.value and shared.intersection(e.countries)
        for e in catalog.entries()
    )


def _recent_day_beats(entry: ReferenceEntry | None, day: TimeMention | None, verb_s_own: bool = False) -> bool:
    """Whether a day counted from the publication (أمس، الأربعاء، yesterday) in the event's
    sentence, in no clause of another event, dates the event rather than a catalogued event
    its words name more than `_SAME_NEWS_DAYS` away: that day's news is not the old event.
    A day told right after the event's own verb and its subject (`verb_s_own`: منح مجلس النواب،
    أمس الأربعاء، الثقة; أدى البرهان، مساء أمس الجمعة، اليمين) is the deed's, and a catalogued day
    more than `_SAME_VERB_DAYS` off is another event."""
    return (
        entry is not None
        and day is not None
        and day.basis == "relative"
        and day.precision == "day"
        and _days_apart(day.value, entry.date) > (_SAME_VERB_DAYS if verb_s_own else _SAME_NEWS_DAYS)
    )


# words that set a day after a verb apart from it: a preposition or a relative pronoun opens a phrase
# whose day is its own («قررت الحكومة، في جلسة عقدتها الثلاثاء، ...»: the session's day)
_APART_FROM_THE_VERB = LazyPattern(r"(?<![^\W\d_])(?:[وف]?(?:في|خلال|عقب|بعد|قبل|منذ|التي|الذي|اللذين|اللتين|الذين)|in|at|during|after|before|since|which|that|who)(?![^\W\d_])", re.IGNORECASE)
_VERB_REACH = 8  # the most words (the verb's subject) between the verb and its day


def right_after_its_verb(text: str, cand: _Candidate, day: TimeMention) -> bool:
    """Whether the day stands right after the event's verb in the past, in its clause: at most
    `_VERB_REACH` words between (its subject, perhaps its object), no mark of another clause but
    the comma that opens the day's aside, and none of the prepositions or relative words that
    open a phrase of its own (`_APART_FROM_THE_VERB`): the day of the deed."""
    if cand.tense != "past" or day.start < cand.trigger[1]:
        return False
    between = text[cand.trigger[1] : day.start].rstrip().rstrip(",،").rstrip()
    # no break of a clause but the comma that opens the day's aside («أدى البرهان، مساء أمس الجمعة، اليمين»)
    if _CLAUSE_BREAK.search(between) is not None:
        return False
    return len(between.split()) <= _VERB_REACH and _APART_FROM_THE_VERB.search(between) is None


_SAME_NEWS_DAYS = 45  # a catalogued day this close to the text's is the same event, told a day off
_SAME_VERB_DAYS = 0  # told as the day of the event's own verb: a catalogued event of any other day is another


def _first_day(value: str) -> date:
    parts = [int(p) for p in value[:10].split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _days_apart(value: str, catalogued: str) -> int:
    """The days between the first days of two dates (YYYY, YYYY-MM or YYYY-MM-DD)."""
    return abs((_first_day(value) - _first_day(catalogued)).days)


def without_sides_of_the_story(event: Event, entry: ReferenceEntry | None, spans: dict) -> None:
    """A well-known event of a year before the article's, recalled in a story of another
    ("منعت سلطات منغوليا الجمعة طائرة ... مخطوف تركي ... بجماعة فتح الله غولن التي تتهمها
    بالوقوف وراء محاولة الانقلاب في 2016"; "Mongolian authorities ... the movement of Fethullah
    Gulen, which it blames for the 2016 coup attempt"), has the sides the catalog gives it: a
    state the sentence names that is none of the entry's countries, nor its place, is a side of
    the story, not of the recalled event: no target of it, nor one of its countries. Its doer
    stays (a state that joined a catalogued measure is told by its doer, see
    `_outside_their_entry`), and so do the other states listed with its sides ("وإثر ذلك قطعت
    اليمن وجزر المالديف وليبيا علاقاتها مع قطر": the states of one episode)."""
    if entry is None or not event.published or not entry.countries:
        return
    if entry.date[:4] >= event.published[:4]:
        return  # an event of the story's own year may still have the story's sides
    target = event.actor2
    if target is None or not is_country(target) or target in {*entry.countries, entry.location_country} or target == event.actor1:
        return
    event.actors = [a for a in event.actors if a != target]
    spans.get("actors", {}).pop(target, None)
    event.actor2 = next((a for a in event.actors if a != event.actor1), None)
    if target != (event.location or {}).get("country"):
        event.countries = [c for c in event.countries if c != target]
