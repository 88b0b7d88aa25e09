"""Two deeds told by one event word: its second object joined by و, each with a place of
its own ("اغتيال هنية في طهران ونصر الله في بيروت"), is a second event; so is each place
taken after the first in a series of captures, each with a time of its own ("captured Aleppo,
took Hama on Thursday and entered Homs on Saturday night").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _location, _stable_id, on_its_own_time
from events.model import ActorMention, Event, PlaceMention, TimeMention, TriggerMention
from events.reference import ReferenceCatalog, match_references
from events.text.lazy import LazyPattern

# the words between the first object's place and the second's: perhaps the first one's
# date (في 31 يوليو), then و, the second object in a few words, and في/ب before its place
_SECOND_OBJECT = LazyPattern(
    r"(?:\s+في\s+[^\s،,.;؛]+(?:\s+[^\s،,.;؛]+){0,3})?\s*[،,]?\s+و(?!في\s)[^\s،,.;؛]+(?:\s+[^\s،,.;؛]+){0,4}\s+(?:في|ب)\s*"
)
_CLAUSE_END = re.compile(r"[،,.;؛:!?؟\n]")
_NEAR_DATE = 12  # the most characters between a place taken and its time ("Hama on Thursday", "حماة في الخامس")


@lru_cache(maxsize=4)
def load_conjunct_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The event types whose word may take two objects, each with its own place (data/assembly.json `conjunct_types`)."""
    return frozenset(load_assembly_rules(path).get("conjunct_types", ()))


class _Conjunct(NamedTuple):
    start: int  # of the و that joins it
    end: int  # of its clause
    place: PlaceMention


def _second_conjunct(text: str, trigger: tuple[int, int], places: list[PlaceMention], end: int) -> _Conjunct | None:
    """The second object of the event word, joined by و after the first object's place,
    with a place in another country: "اغتيال هنية في طهران ونصر الله في بيروت"."""
    after = sorted((p for p in places if p.start >= trigger[1]), key=lambda p: p.start)
    for first, second in itertools.pairwise(after):
        if first.country == second.country or (first.precision == "country" and second.precision == "country"):
            continue
        m = _SECOND_OBJECT.fullmatch(text, first.end, second.start)
        if m is None or _CLAUSE_END.search(text, trigger[1], first.start):
            continue
        stop = _CLAUSE_END.search(text, second.end, end)
        return _Conjunct(text.index("و", first.end, second.start), stop.start() if stop else end, second)
    return None


def _second_deed(
    event: Event,
    text: str,
    trigger: tuple[int, int],
    sentence_end: int,
    places: list[PlaceMention],
    actors: list[ActorMention],
    doers: list[ActorMention],
    dates: list[TimeMention],
    catalog: ReferenceCatalog,
    published: str | None,
) -> Event | None:
    """The event of the second object of `event`'s word, each with its place (`_second_conjunct`),
    done by the same `doers` (the initiator), dated by a date of its own clause or by the
    catalog, else none; its place and its object leave `event`."""
    if event.event_type not in load_conjunct_types():
        return None
    conj = _second_conjunct(text, trigger, places, sentence_end)
    if conj is None:
        return None
    own = [a for a in actors if conj.start <= a.start < conj.end]
    doers = [a for a in doers if not conj.start <= a.start < conj.end]
    country = conj.place.country
    countries = list(dict.fromkeys(c for a in [*doers, *own] for c in (a.members or (a.country,)) if c))
    countries = list(dict.fromkeys([*countries, country]))
    date = next((d for d in dates if conj.start <= d.start < conj.end and not d.recurring), None)
    split = replace(
        event,
        event_id=_stable_id(event.event_id, conj.start),
        countries=countries,
        actors=list(dict.fromkeys([*(a.actor_id for a in doers), *(a.actor_id for a in own)])),
        location=_location(conj.place),
        spans={**event.spans, "location": [conj.place.start, conj.place.end], "date": None},
        sources=[],
        reference_id=None,
    )
    if date is not None:
        split.date, split.date_precision, split.date_basis = date.value, date.precision, date.basis
        split.spans["date"] = [date.start, date.end]
    else:
        told = text[trigger[0] : trigger[1]] + " " + text[conj.start : conj.end]
        entries = [
            e
            for e in match_references(catalog, event.event_type, countries, told, published, event.language)
            if country in e.countries and e.id != event.reference_id
        ]
        if not entries:
            return None  # no date of its own: not the first one's, nor the publication's
        entry = entries[0]
        split.countries = list(dict.fromkeys([*split.countries, *entry.countries]))
        split.date, split.date_precision, split.date_basis = entry.date, entry.precision, "reference"  # type: ignore[assignment]
        split.end_date, split.reference_id = entry.end_date, entry.id
    split.actor1 = next((a.actor_id for a in doers), None)
    split.actor2 = next((a.actor_id for a in own), None)
    _leave_first(event, conj, own, doers)
    return split


# between the first object's date and the second object's: و, the second object in a few words,
# and في before its own date ("اغتيال المعارضين شكري بلعيد في 6 فيفري 2013 ومحمد البراهمي في 25 جويلية")
_SECOND_DATED_OBJECT = LazyPattern(r"\s*[،,]?\s+و(?!في\s)[^\s،,.;؛\d]+(?:\s+[^\s،,.;؛\d]+){0,4}\s+في\s*")
_FIRST_DATE_WORDS = 6  # the most words between the event word and its first object's date
# a definite plural or dual noun right after the word, its objects (اغتيال المعارضين, اعتقال الناشطين)
_PLURAL_OBJECT = LazyPattern(r"\s+ال[^\W\d_]{2,}ين(?![^\W\d_])")
# the English counterparts: a plural event noun before "of" (the assassinations of), the second
# object after "and" with its date after "on" or "in", the objects told again by a pronoun
_EN_PLURAL_OF = LazyPattern(r"\s+of\s")
_EN_SECOND_DATED_OBJECT = LazyPattern(r"\s*,?\s+and\s+(?!on\s|in\s)[^\s,.;\d]+(?:\s+[^\s,.;\d]+){0,4}\s+(?:on|in)\s+", re.IGNORECASE)
_EN_BACK_PRONOUN = LazyPattern(r"\b(?:them|their|him|her|his|its)\b", re.IGNORECASE)
_EN_FIRST_DATE_WORDS = 9
# a pronoun of the plural or dual object told again (وأفرج عنهم, وإطلاق سراحهما)
_BACK_PRONOUN = LazyPattern(r"[^\W\d_](?:هم|هما|هن)(?![^\W\d_])")


@lru_cache(maxsize=1)
def _counted_heads() -> re.Pattern[str]:
    """A search, anchored at the end, for a noun counting deeds right before an Arabic event word
    (data/assembly.json `counted_deed_heads`: عمليتا، عمليات)."""
    words = load_assembly_rules().get("counted_deed_heads", {}).get("words", ())
    return re.compile(r"(?<!\S)[وف]?(?:" + alternation(words) + r")\s+$")


def second_dated_deed(
    event: Event,
    text: str,
    trigger: tuple[int, int],
    sentence_end: int,
    dates: Sequence[TimeMention],
    words: Sequence[TriggerMention],
) -> Event | None:
    """The event of the second object of `event`'s word, counted as several deeds by the noun
    before it (`counted_deed_heads`: عمليتا اغتيال), by a plural object right after it
    (`_PLURAL_OBJECT`: اغتيال المعارضين) or by the English word's own plural before "of" (the
    assassinations of), joined by و or "and", each object with a date of its own written after it
    (`_SECOND_DATED_OBJECT`, "X on Feb. 6 and Y on July 25"): the deed done to the second on its own date, in the first
    one's places and by its doers. `event`, dated by the year told before its word, takes its
    first object's day. None when the word takes no such pair, or
    an event word of `words` stands in the second conjunct (a second deed, told by its own word)."""
    if event.event_type not in load_conjunct_types() or not event.date or event.date_basis not in ("explicit", "relative"):
        return None
    english = text[trigger[0] : trigger[1]].isascii()
    counted = not english and _counted_heads().search(text, max(0, trigger[0] - 16), trigger[0]) is not None
    if english:  # "the assassinations of ... Belaid on Feb. 6 and Brahmi on July 25"
        word = text[trigger[0] : trigger[1]].lower()
        # a plural noun ("killings"), not a singular one in -s ("crisis", "talks" of one round may be either)
        plural = _EN_PLURAL_OF.match(text, trigger[1]) if word.endswith("s") and not word.endswith(("ss", "is", "us")) else None
    else:
        plural = None if counted else _PLURAL_OBJECT.match(text, trigger[1])
    if not counted and plural is None:
        return None  # (no count of deeds before the word: "وأطلقت سراحه في 25 جويلية" is no second arrest)
    after = sorted((d for d in dates if trigger[1] <= d.start < sentence_end and not d.recurring), key=lambda d: d.start)
    if len(after) < 2:
        return None
    first, second = after[0], after[1]
    if plural is not None and (
        len(text[plural.end() : first.start].split()) < 2
        or (_EN_BACK_PRONOUN if english else _BACK_PRONOUN).search(text, first.end, second.start)
    ):
        return None  # a plural object with no name of its own before its day, or a second deed done to it again
    # the year told before the word, which both days fall in ("هز البلاد عام 2013 اغتيال المعارضين ...")
    in_its_year = event.date_precision == "year" and first.precision == "day" and first.value.startswith(event.date)
    reach = _EN_FIRST_DATE_WORDS if english else _FIRST_DATE_WORDS
    if (first.value != event.date and not in_its_year) or second.value == first.value or len(text[trigger[1] : first.start].split()) > reach:
        return None
    joint = _EN_SECOND_DATED_OBJECT if english else _SECOND_DATED_OBJECT
    if _CLAUSE_END.search(text, trigger[1], first.start) or (joined := joint.fullmatch(text, first.end, second.start)) is None:
        return None
    if any(first.end <= w.start < second.start for w in words):
        return None  # "هاجم الحوثيون صنعاء في سبتمبر واعتقلوا هادي في يناير": a second deed's own word
    if in_its_year:  # the first object's own day, finer than the year
        event.date, event.date_precision, event.date_basis = first.value, first.precision, first.basis
        event.spans = {**event.spans, "date": [first.start, first.end]}
    return on_its_own_time(
        event,
        second,
        event_id=_stable_id(event.event_id, text.index("and" if english else "و", joined.start(), joined.end())),
        countries=list(event.countries),
        actors=list(event.actors),
        location=dict(event.location) if event.location else None,
    )


def _leave_first(event: Event, conj: _Conjunct, own: list[ActorMention], doers: list[ActorMention]) -> None:
    """The second object's place and names leave the first event, unless a doer's."""
    kept = {c for a in doers for c in (a.members or (a.country,)) if c}
    leaving = ({conj.place.country} | {a.country for a in own if a.country}) - kept
    event.countries = [c for c in event.countries if c not in leaving]
    ids = {a.actor_id for a in own} - {a.actor_id for a in doers}
    event.actors = [a for a in event.actors if a not in ids]
    if event.actor2 in ids:
        event.actor2 = next((a for a in event.actors if a != event.actor1), None)


@lru_cache(maxsize=4)
def _series_links(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], int]:
    """The CAMEO codes of a capture (of a first word whose verb a later place leaves out), the searches (English, Arabic), anchored at the end of the
    text between two places, for the words that go on to the next place taken, and the most words
    the first place's own phrase may hold before them (data/assembly.json `captured_series`)."""
    rules = load_assembly_rules(path).get("captured_series", {})
    links = alternation(rules.get("en_links", ()), spaced=True)
    objects = alternation(rules.get("en_objects", ()), spaced=True)
    # "the southern city of": a qualifier of `en_qualifiers` after the article of a place noun
    objects = objects.replace(r"the\s+", r"the\s+(?:(?:" + alternation(rules.get("en_qualifiers", ())) + r")\s+)?")
    en = re.compile(
        r"(?:[,]\s*(?:(?:" + links + r")\s+)?(?P<verb>" + alternation(rules.get("en_verbs", ())) + r")\s+"
        r"|\s(?:" + links + r")\s+(?:(?P<verb_>" + alternation(rules.get("en_verbs", ())) + r")\s+)?)"
        r"(?:(?:" + objects + r")\s+)?$",
        re.IGNORECASE,
    )
    verbs, objects = alternation(rules.get("ar_verbs", ())), alternation(rules.get("ar_objects", ()), spaced=True)
    ar_links = alternation(rules.get("ar_links", ()), spaced=True)
    ar = re.compile(
        r"(?:(?:[،,]\s*(?:(?:" + ar_links + r")\s+)?|\s(?:" + ar_links + r")\s+)"
        r"(?:(?P<verb>و?(?:" + verbs + r"))\s+(?:على\s+)?|على\s+)"
        # "استعادت الرمادي في ديسمبر 2015، ثم الفلوجة في يونيو": the object itself after a link word
        r"|(?:[،,]\s*|\s)(?:" + ar_links + r")\s+)(?:(?:" + objects + r")\s+)?$"
        # "مدينتي الرمادي في كانون الأول 2015 والفلوجة في حزيران 2016": و on the place's own name
        r"|(?<=\S)\sو$"
    )
    return frozenset(rules.get("cameos", ())), en, ar, int(rules.get("words", 0))


_SERIES_BREAK = re.compile(r"[.;:؛!?؟\n]")
# a short aside after a place taken, before its time: "Kandahar, their former stronghold, on Friday"
_ASIDE = re.compile(r"\s*[,،]\s*[^\s,،.;:؛!?؟\n\d]+(?:\s+[^\s,،.;:؛!?؟\n\d]+){0,4}\s*[,،]")


def _own_time(text: str, end: int, dates: list[TimeMention]) -> tuple[TimeMention | None, int]:
    """The time of a place taken ending at `end`, with where it may start: right after the place
    ("Hama on Thursday"), else after a short aside of at most five words set off by commas
    ("Kandahar, their former stronghold, on Friday")."""
    starts = [end]
    if m := _ASIDE.match(text, end):
        starts.append(m.end())
    for after in starts:
        date = next((d for d in dates if after <= d.start <= after + _NEAR_DATE and not d.recurring), None)
        if date is not None and not _CLAUSE_END.search(text, after, date.start):
            return date, after
    return None, end


def captured_series(
    event: Event, cameo: str | None, text: str, trigger: tuple[int, int], places: list[PlaceMention], dates: list[TimeMention]
) -> list[Event]:
    """The places taken after the one `event`'s word of capture takes, each told with a time of
    its own right after it, one after another in its sentence: "captured Aleppo within days,
    took Hama on Thursday and entered Homs on Saturday night", "وسيطرت على مدينة حلب خلال أيام،
    ثم على حماة في الخامس من ديسمبر، قبل أن تدخل حمص مساء السبت": a capture of each on its day,
    as many deeds as places (a list of places with one time is one deed). `cameo` is the word's."""
    cameos, en, ar, words = _series_links()
    if event.event_type != "attack":
        return []
    link = ar if event.language == "ar" else en
    named = sorted((p for p in places if p.start >= trigger[0] and p.precision != "country"), key=lambda p: p.start)
    out: list[Event] = []
    told = {event.date}
    for first, second in itertools.pairwise(named):
        # a place named with و on it ("والفلوجة") holds its link word
        glued = event.language == "ar" and text.startswith("و", second.start)
        between = text[first.end : second.start + glued]
        m = link.search(between)
        if m is None or _SERIES_BREAK.search(between) or len(between[: m.start()].split()) > words:
            break
        verb = m.groupdict().get("verb") or m.groupdict().get("verb_")
        if not verb and cameo not in cameos:
            break  # "ثم على حماة", "and the city of Kandahar": the verb left out is the first one's, which must be one of taking
        date, after = _own_time(text, second.end, dates)
        if (
            date is None
            or date.end_value
            or date.value in told
            or _CLAUSE_END.search(text, after, date.start)
            or (event.published is not None and date.value > event.published[: len(date.value)])
        ):
            break
        told.add(date.value)
        split = replace(
            event,
            event_id=_stable_id(event.event_id, second.start),
            countries=list(dict.fromkeys([*event.countries, second.country])),
            location=_location(second),
            date=date.value,
            date_precision=date.precision,
            date_basis=date.basis,
            end_date=None,
            trigger=verb or event.trigger,
            spans={**event.spans, "location": [second.start, second.end], "date": [date.start, date.end]},
            sources=[],
            reference_id=None,
        )
        out.append(split)
    return out
