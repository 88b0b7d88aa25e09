"""The reference-event catalog: well-known events and their real dates.

News often names a past event without dating it ("after the boycott of
Qatar", "the ceasefire agreed by the 5+5 committee in Geneva"). The catalog
(data/reference_events.json) lists such events with their dates, participants
and the words the press uses for them, and answers two questions:

- `find_references`: which catalogued events does the text name outright, by
  an alias (`حصار قطر`, `اتفاق الصخيرات`, `the Abraham Accords`)? Aliases are
  names that mean one event only, whenever they are written, or events of one
  name and kind in different years (the Minya attacks of 2017 and 2018), of
  which the latest before the publication is meant.
- `match_reference`: an event of a known type and countries was read from a
  sentence that gives no date; is it one of the catalogued events? A wrong
  answer is worse than none (the event then keeps the publication date), so
  an entry must pass every gate and its evidence must be distinctive:

  1. same event type; its date not after publication (no upper bound on age:
     the press retells Oslo and Camp David decades later);
  2. when both sides name countries, at least one participant in common;
  3. the sentence holds an alias, or at least `min_hits` of the entry's
     keywords (folded, clitic-aware; a keyword written twice counts once),
     none of them next to a novelty cue
     ("a new batch", "another round", "extended"), which marks a fresh
     instance of a recurring event rather than the catalogued one;
  4. keywords that only name a kind of event ("a second term", "re-elected",
     "sworn in": the catalog's `kind_keywords`), with no alias and no name of
     a person, place or body among them, name an entry of a kind held again
     and again in the same countries (elections, appointments, summits) more
     than `keyword_only_age` years before publication only when the sentence
     places its deed in the past: a year, or a past-time word ("آنذاك", "at
     the time", "former"). Years after the entry, the same words without a
     time anchor tell a later event of that kind, not the old one; a name
     ("Mubarak", "Tahrir Square") and a treaty made once stay named however old.
  5. when the caller gives the event word, an entry won by keywords that only name
     its participants (a country, its capital, a bloc: "قطر", "الدوحة", "the Arab
     Quartet"), in an article published after its day, must have that word among
     the words of its name or aliases ("قطعت", "cut" for the cutting of ties with
     Qatar): the same states do other deeds on other days (a terror listing, a
     border closed to pilgrims a year later).

  Candidates are then scored: each keyword counts 1/n when n candidates share
  it (so a name common to several entries weighs little), an alias counts
  more; country overlap and recency before publication add a little. The best
  wins when its keyword evidence is at least half a distinctive keyword and
  no candidate with another date scores within `TIE_MARGIN` of it, and,
  named by keywords alone, it took place in a year the sentence writes when it
  writes any (a name recalls the vote of 2012, but "Sisi, who removed Morsi in
  2013, thanked voters" tells no deed of 2012). An
  election that best fits but took place fewer than `FRESH_NEWS_DAYS` before
  publication gives None too: days after a vote, its count and results are
  the article's own news, dated by the article.
- `match_references`: the same, and also the other entries of one episode
  that the sentence lists with the first (the states that joined a boycott on
  later days), so that each is dated on its own day.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import ahocorasick

from events.actors import ActorEntry, build_entries
from events.alias_years import aliases_of_another_year
from events.failed_names import FailedCues, failed_mention
from events.indefinite_names import indefinite_mention
from events.model import EVENT_TYPES, ReferenceMention, TriggerMention
from events.person_titles import person_names
from events.reference_forms import (
    NameGroups,
    head_variants,
    noun_readings,
    spelling_variants,
    verbal_forms,
    without_given_names,
)
from events.resource_cache import pickled_as_tuple
from events.shared_heads import shared_head_names, shared_lead_names, whole_matches
from events.temporal import load_calendar
from events.text.gates import gated_compile
from events.text.headed import matches_at_heads
from events.text.lazy import LazyPattern
from events.text.matching import Match, PhraseMatcher, phrase_key
from events.text.normalize import FoldedText, fold, fold_str

DATA_DIR = Path(__file__).resolve().parent / "data"
CATALOG_PATH = DATA_DIR / "reference_events.json"

PRECISION_BY_LENGTH = {4: "year", 7: "month", 10: "day"}
# Nisba and plural endings a keyword may carry inside one Arabic word (folded).
KEYWORD_SUFFIXES = ("ي", "يه", "يين", "يون")

ALIAS_WEIGHT = 2.0
COUNTRY_WEIGHT = 0.5
RECENCY_WEIGHT = 0.25
CONTEXT_WEIGHT = 0.3
MIN_EVIDENCE = 0.5
TIE_MARGIN = 0.05
NOVELTY_WINDOW = 3  # words between a novelty cue and a keyword
# Days after an entry during which an article is taken to report fresh news of
# its own: in the days after polling, "the election results" are the count
# and its announcement (an election event dated by the article), not the vote.
FRESH_NEWS_DAYS: dict[str, int] = {"election": 5}
# Days between the catalogued events one sentence can list together (the states
# that joined a boycott over the following days).
EPISODE_DAYS = 31

_TOKEN = LazyPattern(r"\S+")


@dataclass(frozen=True)
class ReferenceEntry:
    """One well-known event of the catalog."""

    id: str
    event_type: str
    name_en: str
    name_ar: str
    date: str  # YYYY / YYYY-MM / YYYY-MM-DD
    precision: str  # day|month|year
    end_date: str | None
    countries: tuple[str, ...]
    location_country: str | None
    aliases_ar: tuple[str, ...]
    aliases_en: tuple[str, ...]
    keywords_ar: tuple[str, ...]
    keywords_en: tuple[str, ...]
    source: str  # e.g. 'Wikipedia: 2017 Qatar diplomatic crisis'
    # why a catalogued happening is no event of the taxonomy (an accident, a disaster, a
    # deed of none of the types); its `event_type` is the type its words would be read as
    no_event: str | None = None


@pickled_as_tuple
class _Key(NamedTuple):
    """What a matched phrase says about one entry."""

    entry: int
    language: str
    alias: bool


class ReferenceCatalog:
    """The catalog entries with their alias, keyword and novelty matchers built once."""

    def __init__(
        self,
        entries: Iterable[ReferenceEntry],
        min_hits: Mapping[str, int] | None = None,
        novelty_cues: Mapping[str, Iterable[str]] | None = None,
        country_keywords: Iterable[str] = (),
        titles: Iterable[str] = (),
        given_names: Mapping[str, Iterable[str]] | None = None,
        keyword_only_years: float | None = None,
        past_time_cues: Mapping[str, Iterable[str]] | None = None,
        recurring_types: Iterable[str] = (),
        kind_keywords: Iterable[str] = (),
        given_kept_not: Iterable[str] = (),
        participant_keywords: Iterable[str] = (),
        descriptive_keywords: Iterable[str] = (),
        place_keywords: Iterable[str] = (),
        holder_novelty: Mapping[str, Iterable[str]] | None = None,
        timeless_no_events: Iterable[str] = (),
        novelty_not: Mapping[str, Iterable[str]] | None = None,
        failed_cues: Mapping[str, Iterable[str]] | None = None,
        alias_year_joiners: Iterable[str] = (),
        country_of_key: Mapping[str, str] | None = None,
    ) -> None:
        # words that join a year written after an alias to the alias's phrase (`alias_years`)
        self._alias_year_joiners = frozenset(fold_str(w.lower()) for w in alias_year_joiners)
        # the `no_event` reasons that hold for the name however it is dated: a deed of no type
        # of the taxonomy is of none before it was done too (its plan, its announcement)
        self._timeless_no_events = frozenset(timeless_no_events)
        # novelty cues that only describe an office's new holder, for the types of `holder_novelty`
        self._holder_types = frozenset((holder_novelty or {}).get("types", ()))
        self._holder_cues = frozenset(phrase_key(c) for c in (holder_novelty or {}).get("cues", ()))
        # years after which keywords alone, without a time anchor, no longer name an entry
        # of a recurring type
        self._keyword_only_days = None if keyword_only_years is None else keyword_only_years * 365.25
        self._recurring_types = frozenset(recurring_types)
        # keywords that name a kind of event, not one instance of it (folded keys)
        self._kind_keys = frozenset(phrase_key(k) for k in kind_keywords)
        self._past_time: PhraseMatcher[str] = PhraseMatcher(
            [(c, lang) for lang, items in (past_time_cues or {}).items() for c in items]
        )
        # the titles and given names an alias leaves out before a surname (see `without_titles`)
        self._titles = frozenset(titles)
        self._given_kept_not = frozenset(given_kept_not)
        self._given = {s: frozenset(n) for s, n in (given_names or {}).items()}
        self._title_words = max((len(t.split()) for t in self._titles), default=0)
        # a search for the surnames: a text naming none of them has no run to leave out
        self._surnames = _surnames_pattern(self._given)
        # the first words of the surnames: the search is tried only where one of them begins
        self._surname_heads = _first_words(self._given)
        # the texts `without_titles` made last: a sentence is looked at for several types
        self._compact: dict[tuple[str, str, bool], FoldedText | None] = {}
        # the surnames found in those texts, which both of a text's compact forms start from
        self._surnames_in: dict[str, list[tuple[int, str]]] = {}
        # what `match_references` found in a sentence for a type, by the type and the sentence:
        # the steps that ask about one candidate's sentence share one search
        self._found_in: dict[tuple[str, str], list] = {}
        self._entries: tuple[ReferenceEntry, ...] = tuple(entries)
        # keywords that only name a participant country ("Russian", "المالديف"), and the country
        # each names, where the actor dictionary tells it
        self._country_of_key: Mapping[str, str] = country_of_key or {}
        self._country_keys = frozenset(country_keywords) | frozenset(self._country_of_key)
        # keywords that only name participants: those and capitals, blocs ("الدوحة", "the Arab Quartet")
        self._participant_keys = self._country_keys | {phrase_key(k) for k in participant_keywords}
        # keywords that describe a deed by its kind ("the failed coup attempt", "الحصار الإسرائيلي"):
        # they name an entry only for an event of one of its countries
        self._descriptive_keys = frozenset(phrase_key(k) for k in descriptive_keywords)
        # keywords that only name the place of a deed (a palace, a hotel), where other deeds happen too
        self._place_keys = frozenset(phrase_key(k) for k in place_keywords)
        # the word beginnings of each entry's name and aliases (see `_told_deed`), made when first asked
        self._deed_stems: dict[int, set[str]] = {}
        # the dates of the entries, by type, and every prefix of them (see `dates_on`)
        self._date_prefixes: frozenset[tuple[str, str]] | None = None
        self._dates: frozenset[tuple[str, str]] = frozenset()
        self._by_id = {e.id: e for e in self._entries}
        self._index = {e.id: i for i, e in enumerate(self._entries)}
        if len(self._by_id) != len(self._entries):
            raise ValueError("reference catalog: duplicate entry ids")
        self._min_hits = tuple(max(1, (min_hits or {}).get(e.id, 1)) for e in self._entries)
        self._starts = tuple(_start_date(e.date) for e in self._entries)
        by_type: dict[str, list[int]] = {}
        for i, e in enumerate(self._entries):
            by_type.setdefault(e.event_type, []).append(i)
        self._by_type = {t: frozenset(ix) for t, ix in by_type.items()}

        keys: dict[str, str] = {}  # phrase -> folded key, each phrase folded once
        alias_keys: dict[str, list[int]] = {}
        word_keys: dict[str, list[_Key]] = {}
        for i, e in enumerate(self._entries):
            for lang, alias_list, keyword_list in (
                ("ar", e.aliases_ar, e.keywords_ar),
                ("en", e.aliases_en, e.keywords_en),
            ):
                for phrase, is_alias in [*((a, True) for a in alias_list), *((k, False) for k in keyword_list)]:
                    key = keys.get(phrase)
                    if key is None:
                        key = keys[phrase] = phrase_key(phrase)
                    if len(key) < 2:
                        continue
                    word_keys.setdefault(key, []).append(_Key(i, lang, is_alias))
                    if is_alias:
                        alias_keys.setdefault(key, []).append(i)
        self._aliases: PhraseMatcher[int] = PhraseMatcher.from_keys(alias_keys)
        self._keywords: PhraseMatcher[_Key] = PhraseMatcher.from_keys(word_keys, suffixes=KEYWORD_SUFFIXES)
        self._word_keys = word_keys
        self._keywords_by_type: dict[str, PhraseMatcher[_Key]] = {}
        self._keys_by_type: dict[str, dict[str, list[_Key]]] | None = None
        cues = [(c, lang) for lang, items in (novelty_cues or {}).items() for c in items]
        self._novelty: PhraseMatcher[str] = PhraseMatcher(cues)
        # phrases in which a cue's word means something else ("وشدد على", "and stressed")
        unlike = [(c, lang) for lang, items in (novelty_not or {}).items() for c in items]
        self._novelty_not: PhraseMatcher[str] = PhraseMatcher(unlike)
        # words that tell a catalogued coup's name as a failed one ("the failed 2023 coup in Niger")
        self.failed_cues = FailedCues.from_json(failed_cues)

    def novelty_cues(self, folded: FoldedText) -> list[Match[str]]:
        """The novelty cues of `folded`, but for those inside a phrase of `novelty_not` (a verb of
        saying written like a cue: "شدد على", stressed, not "شدد العقوبات", tightened)."""
        cues = self._novelty.find_all(folded)
        if not cues:
            return cues
        unlike = self._novelty_not.find_all(folded)
        return [m for m in cues if not any(u.start <= m.start and m.end <= u.end for u in unlike)]

    def keywords_of_type(self, event_type: str) -> PhraseMatcher[_Key]:
        """The keyword and alias matcher of the entries of one event type, built on first use.

        A sentence is matched against one type's entries only; most of the
        phrases the full matcher finds belong to entries of other types.
        """
        matcher = self._keywords_by_type.get(event_type)
        if matcher is None:
            if self._keys_by_type is None:
                self._keys_by_type = {}
                for key, items in self._word_keys.items():
                    for k in items:
                        mine = self._keys_by_type.setdefault(self._entries[k.entry].event_type, {})
                        mine.setdefault(key, []).append(k)
            keys = self._keys_by_type.get(event_type, {})
            matcher = self._keywords_by_type[event_type] = PhraseMatcher.from_keys(keys, suffixes=KEYWORD_SUFFIXES)
        return matcher

    def names_any(self, event_type: str, folded: FoldedText) -> bool:
        """Whether the sentence holds a keyword or alias of an entry of `event_type`:
        without one, `match_references` finds nothing for that type."""
        if event_type not in self._by_type:
            return False
        matcher = self.keywords_of_type(event_type)
        if matcher.find_spans(folded, overlapping=True):
            return True
        return any(
            compact is not None and bool(matcher.find_spans(compact, overlapping=True))
            for compact in _compact_texts(self, event_type, folded)
        )

    def dates_on(self, event_type: str, value: str) -> bool:
        """Whether an entry of `event_type` falls on the date `value` (a day, month or
        year): its date begins with `value`, or `value` begins with its date."""
        if self._date_prefixes is None:
            prefixes: set[tuple[str, str]] = set()
            exact: set[tuple[str, str]] = set()
            for e in self._entries:
                exact.add((e.event_type, e.date))
                prefixes.update((e.event_type, e.date[:n]) for n in (4, 7, 10) if n <= len(e.date))
            self._date_prefixes, self._dates = frozenset(prefixes), frozenset(exact)
        return (event_type, value) in self._date_prefixes or any(
            (event_type, value[:n]) in self._dates for n in (4, 7) if n < len(value)
        )

    def get(self, ref_id: str) -> ReferenceEntry | None:
        return self._by_id.get(ref_id)

    def entries(self) -> tuple[ReferenceEntry, ...]:
        return self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def min_hits(self, ref_id: str) -> int:
        """Keyword matches a sentence needs for this entry when no alias names it."""
        return self._min_hits[self._index[ref_id]]


def _start_date(value: str) -> date:
    """The first day of a YYYY / YYYY-MM / YYYY-MM-DD period."""
    parts = [int(p) for p in value.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(parts[0], parts[1], parts[2])


@lru_cache(maxsize=256)
def _published_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return _start_date(published.strip()[:10])
    except ValueError:
        return None


def _entry_from_json(raw: dict) -> ReferenceEntry:
    event_type = raw["event_type"]
    if event_type not in EVENT_TYPES:
        raise ValueError(f"reference catalog: {raw['id']}: unknown event type {event_type!r}")
    precision = PRECISION_BY_LENGTH.get(len(raw["date"]))
    if precision != raw["precision"]:
        raise ValueError(f"reference catalog: {raw['id']}: date {raw['date']!r} is not of precision {raw['precision']}")
    return ReferenceEntry(
        id=raw["id"],
        event_type=event_type,
        name_en=raw["name_en"],
        name_ar=raw["name_ar"],
        date=raw["date"],
        precision=precision,
        end_date=raw.get("end_date"),
        countries=tuple(raw["countries"]),
        location_country=raw.get("location_country"),
        aliases_ar=tuple(raw.get("aliases_ar", ())),
        aliases_en=tuple(raw.get("aliases_en", ())),
        keywords_ar=tuple(raw.get("keywords_ar", ())),
        keywords_en=tuple(raw.get("keywords_en", ())),
        source=raw["source"],
        no_event=raw.get("no_event"),
    )


def _with_verbal_forms(raw: dict, forms: Mapping[str, Mapping], openers: Iterable[str]) -> dict:
    """The entry with the verbal forms of its aliases among them, and its aliases read as nouns
    only after the `openers` (see `events.reference_forms`)."""
    extra = {
        f"aliases_{lang}": verbal_forms(raw.get(f"aliases_{lang}", ()), lang, forms.get(lang, {})) for lang in ("ar", "en")
    }
    extra["aliases_ar"] += noun_readings(raw.get("aliases_ar_as_noun", ()), openers)
    if not any(extra.values()):
        return raw
    return {**raw, **{k: [*raw.get(k, ()), *v] for k, v in extra.items()}}


def _with_head_variants(
    raws: list[dict],
    heads: Mapping[str, Mapping[str, Iterable[str]]],
    spellings: Mapping[str, Iterable[Sequence[str]]] | None = None,
    names: Mapping[str, NameGroups] | None = None,
    given: Mapping[str, Collection[str]] | None = None,
    given_kept_for: Collection[str] = (),
) -> list[dict]:
    """The entries with the head-noun variants of their aliases among them ("اتفاقيات مينسك" for
    "اتفاق مينسك", "Taif Accord" for "Taif Agreement"; see `events.reference_forms.head_variants`),
    and with the other spelling of a stem the press writes both ways (`spellings`: "الأميركية"
    for "الأمريكية"), of the aliases and of those variants.

    A variant that is an alias of any entry as written, or that aliases of different entries
    give ("اتفاقيات الرياض" from "اتفاق الرياض" of one year and "اتفاقية الرياض" of another), is
    left out: the catalog's own aliases say which event such a name is.

    `names`, by language: the names of one organisation (see `NameGroups`); an alias, or a
    variant of it, that holds one of them names the entry under each of the others too, under
    the same rules ("سيطرة تنظيم الدولة الإسلامية على الموصل" for "سيطرة داعش على الموصل").

    `given`: the given names of each surname (folded); an alias, or a variant of it, that writes
    one right before its surname names the entry with the surname alone too ("killing of Kuntar"
    for "killing of Samir Kuntar"), but for the types of `given_kept_for`, whose name by the
    surname alone fits the person's other events of that type (his elections, his appointments)."""
    spellings = spellings or {}
    names = names or {}
    given = given or {}
    if not heads and not spellings and not names and not given:
        return raws
    holders: dict[str, set[str]] = {}  # each alias as written, and the entries that hold it
    for r in raws:
        for lang in ("ar", "en"):
            for a in r.get(f"aliases_{lang}", ()):
                holders.setdefault(phrase_key(a), set()).add(r["id"])
    made: list[dict[str, list[str]]] = []
    sources: dict[str, set[frozenset[str]]] = {}
    for r in raws:
        mine: dict[str, list[str]] = {}
        for lang in ("ar", "en"):
            table = heads.get(lang, {})
            pairs = spellings.get(lang, ())
            for alias in r.get(f"aliases_{lang}", ()):
                heads_made = head_variants([alias], lang, table)
                spelt = [*heads_made, *spelling_variants([alias, *heads_made], pairs)]
                named = [v for a in (alias, *spelt) for v in names[lang].variants(a)] if lang in names else []
                bare = (
                    [v for a in (alias, *spelt, *named) for v in without_given_names(a, given)]
                    if r.get("event_type") not in given_kept_for
                    else []
                )
                for variant in [*spelt, *named, *bare]:
                    key = phrase_key(variant)
                    if key not in holders:
                        sources.setdefault(key, set()).add(frozenset(holders[phrase_key(alias)]))
                        mine.setdefault(f"aliases_{lang}", []).append(variant)
        made.append(mine)
    out: list[dict] = []
    for r, mine in zip(raws, made, strict=True):
        extra = {k: [v for v in vs if len(sources[phrase_key(v)]) == 1] for k, vs in mine.items()}
        extra = {k: list(dict.fromkeys(v)) for k, v in extra.items() if v}
        out.append({**r, **{k: [*r.get(k, ()), *v] for k, v in extra.items()}} if extra else r)
    return out


@lru_cache(maxsize=4)
def load_catalog(path: Path | None = None) -> ReferenceCatalog:
    """Load the catalog (data/reference_events.json unless `path` is given), once per path."""
    with open(path or CATALOG_PATH, encoding="utf-8") as f:
        data = json.load(f)
    forms = data.get("verb_forms", {})
    openers = data.get("noun_openers", {}).get("ar", ())
    raws = data["entries"]
    names = data.get("names_before_surnames", {})
    persons = person_names(
        (path or CATALOG_PATH).parent / "actors.json",
        [[*r.get(f"aliases_{lang}", ()), *r.get(f"keywords_{lang}", ())] for r in raws for lang in ("ar", "en")],
        names.get("titles", ()),
        names.get("given_names", {}),
    )
    organisations = organisation_names((path or CATALOG_PATH).parent / "actors.json")
    varied = _with_head_variants(
        raws,
        data.get("head_variants", {}),
        data.get("spelling_variants", {}),
        organisations,
        persons.given,
        frozenset(names.get("given_name_needed_for", ())),
    )
    entries = [_entry_from_json(_with_verbal_forms(r, forms, openers)) for r in varied]
    min_hits = {r["id"]: int(r["min_hits"]) for r in raws if "min_hits" in r}
    aged = data.get("keyword_only_age", {})
    return ReferenceCatalog(
        entries,
        min_hits,
        data.get("novelty_cues", {}),
        data.get("country_keywords", ()),
        persons.titles,
        persons.given,
        aged.get("years"),
        aged.get("past_time_cues", {}),
        aged.get("types", ()),
        [k for items in aged.get("kind_keywords", {}).values() for k in items],
        names.get("given_name_kept_not_for", ()),
        data.get("participant_keywords", {}).get("keywords", ()),
        [k for lang in ("ar", "en") for k in data.get("descriptive_keywords", {}).get(lang, ())],
        [k for lang in ("ar", "en") for k in data.get("place_keywords", {}).get(lang, ())],
        data.get("holder_novelty", {}),
        data.get("timeless_no_events", {}).get("reasons", ()),
        data.get("novelty_not", {}),
        data.get("failed_cues", {}),
        data.get("alias_year_joiners", {}).get("words", ()),
        # every keyword that is a country's name in the actor dictionary only names that participant
        {k: c for k, c in country_name_keys((path or CATALOG_PATH).parent / "actors.json").items() if k in _keyword_keys(raws)},
    )


def _keyword_keys(raws: Iterable[dict]) -> set[str]:
    """The folded keys of the keywords of every entry, in both languages."""
    return {phrase_key(k) for r in raws for lang in ("ar", "en") for k in r.get(f"keywords_{lang}", ())}


# Organisations whose names no catalogued deed holds (newspapers, agencies): left out.
_NAMELESS_ROLES = frozenset({"media"})


@lru_cache(maxsize=4)
def _actor_dictionary(actors_path: Path) -> tuple[dict, tuple[ActorEntry, ...]]:
    """The actor dictionary's data and its entries, read once for the catalog's loader."""
    if not actors_path.exists():
        return {}, ()
    data = json.loads(actors_path.read_text(encoding="utf-8"))
    countries = json.loads((actors_path.parent / data["countries_file"]).read_text(encoding="utf-8"))
    return data, tuple(build_entries(data, countries))


def country_name_keys(actors_path: Path) -> dict[str, str]:
    """The folded keys of every country's names in the actor dictionary, and the country each
    names: its names, nisba forms, adjectives and demonyms ("Saudi Arabia", "السعودية", "Russian");
    not its capital, which also names a place where deeds happen, nor a name of two countries."""
    data, entries = _actor_dictionary(actors_path)
    capitals = {
        phrase_key(c) for o in data.get("countries", {}).values() for c in (*o.get("capitals_ar", ()), *o.get("capitals_en", ()))
    }
    named: dict[str, set[str]] = {}
    for e in entries:
        if e.kind == "country" and e.country:
            for a in (e.name_ar, e.name_en, *e.aliases_ar, *e.aliases_en):
                named.setdefault(phrase_key(a), set()).add(e.country)
    return {k: next(iter(cs)) for k, cs in named.items() if len(cs) == 1 and k not in capitals}


def organisation_names(actors_path: Path) -> dict[str, NameGroups]:
    """The names of each organisation of the actor dictionary, by language (see `NameGroups`):
    its own entries and the institutions it makes for each country ("القوات التركية", "الجيش
    التركي", "the Turkish army")."""
    if not actors_path.exists():
        return {}
    groups: dict[str, list[list[str]]] = {"ar": [], "en": []}
    for entry in _actor_dictionary(actors_path)[1]:
        if entry.kind != "organisation" or entry.role in _NAMELESS_ROLES:
            continue
        groups["ar"].append([entry.name_ar, *entry.aliases_ar])
        groups["en"].append([entry.name_en, *entry.aliases_en])
    return {lang: NameGroups(group, lang) for lang, group in groups.items()}


def find_references(
    text: str, folded: FoldedText, catalog: ReferenceCatalog, published: str | None = None
) -> list[ReferenceMention]:
    """Catalogued events named in `text` by one of their aliases (offsets into `text`).

    An alias that names several entries alike ("هجوم المنيا", "Trump's visit to Saudi
    Arabia": events of one name in different years) names the latest of them before
    `published`, when it is given."""
    del text  # `folded` carries the original text and the map back to it
    out: list[ReferenceMention] = []
    pub = _published_date(published)
    found = catalog._aliases.find_all(folded)
    for single in _single_month_texts(folded):
        # "ثورة كانون الثاني/يناير 2011": the alias "ثورة يناير" names one of the month's names
        spans = [(m.start, m.end) for m in found]
        found += [m for m in catalog._aliases.find_all(single) if not any(s < m.end and m.start < e for s, e in spans)]
    unquoted = _unquoted_text(folded)
    if unquoted is not None:
        # 'العملية الشاملة "سيناء 2018"', 'Operation "Olive Branch"': a name with its quoted part
        spans = [(m.start, m.end) for m in found]
        found += [m for m in catalog._aliases.find_all(unquoted) if not any(s < m.end and m.start < e for s, e in spans)]
    matches = [
        (m.start, m.end, m.text, m.payload)
        for m in sorted(found, key=lambda m: m.start)
        # "imposed a travel ban on Venezuelan officials": a deed of the kind, not the catalogued one
        if not indefinite_mention(folded.original, m.start, m.end)
    ]
    taken = [(s, e) for s, e, *_ in matches]
    for start, _, name, _ in list(matches):
        # "the Camp David and Oslo accords": the first name with the second's head noun
        for s, e, found_ids in shared_head_names(folded.original, start, name, lambda p: whole_matches(catalog._aliases, p)):
            if not any(s < te and ts < e for ts, te in taken):
                matches.append((s, e, folded.original[s:e], tuple(found_ids)))
    for _, end, name, payload in list(matches):
        # "Euphrates Shield and Olive Branch": the second name with the words the first one's
        # aliases write before it ("Operation Olive Branch")
        leads = _leads(catalog, payload, name)
        for s, e, found_ids in shared_lead_names(folded.original, end, leads, lambda p: whole_matches(catalog._aliases, p)):
            if not any(s < te and ts < e for ts, te in taken):
                taken.append((s, e))
                matches.append((s, e, folded.original[s:e], tuple(found_ids)))
    for start, end, name, payload in matches:
        for i in _latest_namesake(catalog, dict.fromkeys(payload), pub):
            entry = catalog._entries[i]
            if failed_mention(folded.original, start, end, entry.event_type, catalog.failed_cues):
                continue  # "the failed 2023 coup in Niger": an attempt, not the catalogued coup
            if _aliases_of_another_year(catalog, i, folded.original, [(start, end)]):
                continue  # "الحرب بين إسرائيل وحزب الله في صيف 2006": the 2023 war's name, for 2006's
            out.append(_mention(catalog, entry, start, end, name, pub))
    return out


def _mention(catalog: ReferenceCatalog, e: ReferenceEntry, start: int, end: int, name: str, pub: date | None) -> ReferenceMention:
    """The mention of entry `e` named at [start, end) of the text by `name`."""
    return ReferenceMention(
        start=start,
        end=end,
        text=name,
        ref_id=e.id,
        event_type=e.event_type,
        date=e.date,
        precision=e.precision,  # type: ignore[arg-type]
        countries=e.countries,
        end_date=e.end_date,
        location_country=e.location_country,
        # (a name the press gave a happening only later names another deed before it,
        # unless the name tells a kind of deed of no type, whenever it is told)
        no_event=e.no_event is not None
        and (pub is None or _start_date(e.date) <= pub or e.no_event in catalog._timeless_no_events),
    )


def titled_references(
    folded: FoldedText,
    catalog: ReferenceCatalog,
    published: str | None,
    triggers: Sequence[TriggerMention],
    found: list[ReferenceMention],
) -> list[ReferenceMention]:
    """`found` with the catalogued names read only once the titles and given name written before
    a surname inside them are left out ("إعلان الرئيس الأمريكي، دونالد ترامب الانسحاب من الاتفاق
    النووي" names "إعلان ترامب الانسحاب من الاتفاق النووي"), when no event word of the entry's
    type stands inside the name: such a word lets its sentence's event find the entry itself
    (`match_references`), and the name then tells nothing more. A name so read takes the place
    of the shorter names it overlaps ("الاتفاق النووي" inside the withdrawal from it)."""
    compact = without_titles(catalog, folded)
    if compact is None:
        return found
    pub = _published_date(published)
    out = list(found)
    # then with the given name kept ("the killing of Hezbollah leader Hassan Nasrallah" names
    # "killing of Hassan Nasrallah"), but for the types whose name by a given name and surname
    # also fits the person's later events of that type
    kept = without_titles(catalog, folded, keep_given=True)
    for text, given in ((compact, False), (kept, True)):
        if text is None:
            continue
        for m in catalog._aliases.find_all(text):
            overlapping = [r for r in out if r.start < m.end and m.start < r.end]
            if any(r.end - r.start >= m.end - m.start for r in overlapping):
                continue
            named = [
                catalog._entries[i]
                for i in _latest_namesake(catalog, dict.fromkeys(m.payload), pub)
                if not any(t.event_type == catalog._entries[i].event_type and m.start <= t.start < m.end for t in triggers)
                and not (given and catalog._entries[i].event_type in catalog._given_kept_not)
            ]
            if named:
                out = [r for r in out if r not in overlapping]
                out += [_mention(catalog, e, m.start, m.end, m.text, pub) for e in named]
    return sorted(out, key=lambda r: r.start)


def _leads(catalog: ReferenceCatalog, payload: Iterable[int], name: str) -> list[str]:
    """The words that the English aliases of the entries `payload` write before `name`, the
    text of their match ("Operation" of "Operation Euphrates Shield"), at most two of them."""
    lowered = name.lower()
    leads = []
    for i in dict.fromkeys(payload):
        for alias in catalog._entries[i].aliases_en:
            lead = alias[: -len(name)].strip() if alias.lower().endswith(" " + lowered) else ""
            if lead and len(lead.split()) <= 2 and lead not in leads:
                leads.append(lead)
    return leads


def _aliases_without_titles(
    catalog: ReferenceCatalog,
    event_type: str,
    folded: FoldedText,
    matches: list[tuple[int, int, str, tuple[_Key, ...]]],
) -> list[tuple[int, int, str, tuple[_Key, ...]]]:
    """The aliases of `event_type` entries found only once the titles and given names before
    a surname are left out ("زيارة الرئيس الأمريكي دونالد ترامب للسعودية" names "زيارة ترامب
    للسعودية"), as `match_references` holds its matches: offsets in the sentence."""
    seen = {(s, e) for s, e, *_ in matches}
    found = []
    for compact in _compact_texts(catalog, event_type, folded):
        if compact is None:
            continue
        index = compact.index
        for fs, fe, key, payloads in catalog.keywords_of_type(event_type).find_spans(compact, overlapping=True):
            aliases = tuple(k for k in payloads if k.alias)
            span = (index[fs], index[fe - 1] + 1)
            if aliases and span not in seen:
                seen.add(span)
                found.append((*span, key, aliases))
    return found


def _compact_texts(catalog: ReferenceCatalog, event_type: str, folded: FoldedText) -> Iterator[FoldedText | None]:
    """The sentence with the titles and given names before a surname left out, then with
    the titles alone left out, but for a type whose aliases by a given name and surname
    name every instance of the person's event ("انتخاب حسن روحاني", re-elected later)."""
    yield without_titles(catalog, folded)
    if event_type not in catalog._given_kept_not:
        yield without_titles(catalog, folded, keep_given=True)


def _latest_namesake(catalog: ReferenceCatalog, named: Iterable[int], pub: date | None) -> list[int]:
    """Of the entries one alias names, the latest before the publication (all of them when
    there is no publication date, or none of them lies before it)."""
    named = list(named)
    if pub is None or len(named) < 2:
        return named
    before = [i for i in named if catalog._starts[i] <= pub]
    if not before:
        return named
    return [max(before, key=lambda i: (catalog._starts[i], catalog._entries[i].id))]


def without_titles(catalog: ReferenceCatalog, folded: FoldedText, keep_given: bool = False) -> FoldedText | None:
    """The folded text with the titles and given names written before a surname the
    catalog knows left out ("الرئيس الأمريكي دونالد ترامب" -> "ترامب", "US President
    Donald Trump's" -> "Trump's"), each kept character still mapped to its offset in the
    original; None when there are none. An alias names a person by the surname alone, or
    by the given name and the surname ("assassination of Yitzhak Rabin"): with
    `keep_given`, the given name before the surname stays."""
    if catalog._surnames is None:
        return None
    key = (folded.original, folded.text, keep_given)
    if key not in catalog._compact:
        if len(catalog._compact) >= _COMPACT_CACHE:
            catalog._compact.clear()
        catalog._compact[key] = _without_titles(catalog, folded, keep_given)
    return catalog._compact[key]


def _without_titles(catalog: ReferenceCatalog, folded: FoldedText, keep_given: bool) -> FoldedText | None:
    assert catalog._surnames is not None
    text = folded.text
    cuts: list[tuple[int, int]] = []
    for start, surname in _surnames_in(catalog, text):
        # a run may hold the surname before it, once that surname's own run is left
        # out: a surname that is also a given name ("الرئيس محمد مرسي", "باراك أوباما")
        lo = max(cuts[-1][1] if cuts else 0, start - _RUN_REACH)
        cut = _run_before(catalog, text, lo, start, catalog._given[surname], keep_given)
        if cut is not None:
            if cuts and cut[0] == cuts[-1][1]:
                cut = (cuts.pop()[0], cut[1])
            cuts.append(cut)
    if not cuts:
        return None
    return _with_cuts(folded, cuts)


def _surnames_in(catalog: ReferenceCatalog, text: str) -> list[tuple[int, str]]:
    """(start, surname with its words apart by one space) of each surname the catalog knows
    after a space in the folded `text`: found once for both of its compact forms."""
    found = catalog._surnames_in.get(text)
    if found is None:
        assert catalog._surnames is not None
        if len(catalog._surnames_in) >= _COMPACT_CACHE:
            catalog._surnames_in.clear()
        found = catalog._surnames_in[text] = [
            (m.start(), " ".join(m.group().split()))
            for m in _surname_matches(catalog._surnames, catalog._surname_heads, text)
            if m.start() and text[m.start() - 1].isspace()
        ]
    return found


_QUOTE_MARKS = re.compile('["\u201c\u201d\u00ab\u00bb]')


def _unquoted_text(folded: FoldedText) -> FoldedText | None:
    """The folded text without its double quotation marks (None: it has none), each kept
    character still mapped to its offset in the original: a catalogued name written with a
    part of it in quotes ('العملية الشاملة "سيناء 2018"') reads as the name."""
    cuts = [(m.start(), m.end()) for m in _QUOTE_MARKS.finditer(folded.text)]
    return _with_cuts(folded, cuts) if cuts else None


def _with_cuts(folded: FoldedText, cuts: Iterable[tuple[int, int]]) -> FoldedText:
    """The folded text with the spans `cuts` (in order, apart) left out, each kept character
    still mapped to its offset in the original."""
    text = folded.text
    kept, index, prev = [], [], 0
    for start, end in cuts:
        kept.append(text[prev:start])
        index.extend(folded.index[prev:start])
        prev = end
    kept.append(text[prev:])
    index.extend(folded.index[prev:])
    return FoldedText(folded.original, "".join(kept), tuple(index))


@lru_cache(maxsize=1)
def _month_pairs() -> tuple[re.Pattern[str], Mapping[str, int]]:
    """A search for a month written under two of its Arabic names, joined by a slash
    ("كانون الثاني/يناير", "وتموز/يوليو") or the second in brackets ("يونيو (حزيران)"), and the
    month of each folded name."""
    months = {k: n for k, n in load_calendar().months.items() if re.search(r"[\u0600-\u06ff]", k)}
    names = "|".join(re.escape(k) for k in sorted(months, key=len, reverse=True))
    pattern = gated_compile(
        rf"(?:(?<!\w)|(?<=(?<!\w)[وبل]))(?P<a>{names})\s*(?:/\s*(?P<b>{names})(?!\w)|\(\s*(?P<c>{names})\s*\))"
    )
    return pattern, months


def _single_month_texts(folded: FoldedText) -> list[FoldedText]:
    """The text with each month written under two names ("ثورة كانون الثاني/يناير 2011", "حرب
    يونيو (حزيران) 1967") cut to the first of them, then to the second: an alias writes one
    ("ثورة يناير", "حرب يونيو 1967")."""
    if "/" not in folded.text and "(" not in folded.text:
        return []
    pattern, months = _month_pairs()
    pairs = [m for m in pattern.finditer(folded.text) if months.get(m["a"]) == months.get(m["b"] or m["c"])]
    if not pairs:
        return []
    firsts = [(m.end("a"), m.end()) for m in pairs]
    seconds = [
        cut
        for m in pairs
        for cut in (
            ((m.start("a"), m.start("b")),) if m["b"] is not None else ((m.start("a"), m.start("c")), (m.end("c"), m.end()))
        )
    ]
    return [_with_cuts(folded, firsts), _with_cuts(folded, seconds)]


def _run_before(
    catalog: ReferenceCatalog, text: str, lo: int, end: int, given: frozenset[str], keep_given: bool = False
) -> tuple[int, int] | None:
    """Where the run of titles (each with the comma that may follow it) and at most one
    given name of the surname at `end` begins and ends (before the given name, when it is
    kept); None when no word is left out. A run
    after the conjunction و ("والرئيس الإيراني حسن روحاني") or the preposition ب or ل written on
    its first title ("أطاحت بالرئيس الأسبق حسني مبارك") leaves that letter, on the name that
    follows ("بحسني مبارك", as an alias writes it)."""
    tokens = [(m.start(), m.group().rstrip("،,")) for m in _RUN_TOKEN.finditer(text, lo, end)]
    if not tokens:
        return None
    if lo > 0 and not text[lo - 1].isspace() and tokens[0][0] == lo:
        tokens = tokens[1:]  # a word cut by the reach
    n = len(tokens)
    cut = None
    last = end  # where the titles end: the given name's start when it is kept
    for names, widths in ((given, range(_MAX_GIVEN, 0, -1)), (catalog._titles, range(catalog._title_words, 0, -1))):
        while n > 0:
            for k in widths:
                if k > n:
                    continue
                phrase = " ".join(w for _, w in tokens[n - k : n])
                if phrase in names:
                    n, cut = n - k, tokens[n - k][0]
                    break
                if phrase[:1] in _RUN_PROCLITICS and phrase[1:] in names:
                    # "والرئيس الإيراني حسن روحاني", "أطاحت بالرئيس الأسبق حسني مبارك": the
                    # conjunction or the preposition stays, on the name ("بحسني مبارك")
                    return _cut(tokens[n - k][0] + 1, last)
            else:
                break
            if names is given:
                if keep_given:
                    last, cut = cut, None
                break  # one given name
    return _cut(cut, last)


def _cut(start: int | None, end: int) -> tuple[int, int] | None:
    return (start, end) if start is not None and start < end else None


_RUN_TOKEN = LazyPattern(r"\S+")
# the one-letter words written on the first title of a run: the conjunction, the prepositions
_RUN_PROCLITICS = frozenset("وبل")
_COMPACT_CACHE = 64
_RUN_REACH = 160
_MAX_GIVEN = 3


def _surnames_pattern(given_names: Mapping[str, Iterable[str]]) -> LazyPattern | None:
    """A search for any of the surnames `without_titles` looks for a run before (compiled
    only when the first word of one first stands in an article)."""
    surnames = sorted({_words_pattern(s) for s in given_names if s.strip()}, key=len, reverse=True)
    # after a space: a run of words before it is what is looked for
    return LazyPattern(f"(?<=\\s)(?:{'|'.join(surnames)})(?![^\\W_])") if surnames else None


def _first_words(given_names: Mapping[str, Iterable[str]]) -> ahocorasick.Automaton:
    """An automaton of the first word of each surname, as `_words_pattern` writes it."""
    heads = ahocorasick.Automaton()
    for surname in given_names:
        words = fold_str(surname).lower().split()
        if words:
            heads.add_word(words[0], len(words[0]))
    if len(heads):
        heads.make_automaton()
    return heads


def _surname_matches(pattern: re.Pattern[str] | LazyPattern, heads: ahocorasick.Automaton, text: str) -> Iterator[re.Match[str]]:
    """The matches `pattern.finditer(text)` gives: a surname can begin only where the
    first word of one begins, so the search is tried only there (`matches_at_heads`)."""
    return matches_at_heads(pattern, heads, text)


def _words_pattern(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in fold_str(phrase).lower().split())


@dataclass(slots=True)
class _Evidence:
    spans: list[tuple[int, int, str]]  # (start, end, folded key) of keyword matches
    alias: bool = False
    alias_spans: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of alias matches


def _token_index(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _novelty_test(
    catalog: ReferenceCatalog,
    sentence: str,
    folded: FoldedText,
    holder: bool = False,
    cues: list[Match[tuple[str, ...]]] | None = None,
) -> Callable[[tuple[int, int, str]], bool]:
    """A test telling whether a keyword span stands within a few words of a novelty cue; with
    `holder`, of one that does not only describe an office's new holder (`holder_novelty`).
    `cues`: the novelty cues of `folded`, when already found."""
    if cues is None:
        cues = catalog.novelty_cues(folded)
    if holder:
        cues = [m for m in cues if m.key not in catalog._holder_cues]
    if not cues:
        return lambda span: False
    starts = [m.start() for m in _TOKEN.finditer(sentence)]
    cue_tokens = [_token_index(starts, m.start) for m in cues]

    def near(span: tuple[int, int, str]) -> bool:
        first, last = _token_index(starts, span[0]), _token_index(starts, max(span[0], span[1] - 1))
        return any(first - NOVELTY_WINDOW <= t <= last + NOVELTY_WINDOW for t in cue_tokens)

    return near


_YEAR = LazyPattern(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)", compiler=gated_compile)


def _too_old_for_keywords(catalog: ReferenceCatalog, i: int, pub: date | None, groups: list[list[str]]) -> bool:
    """Whether entry `i`, of a kind held again and again, lies more than the catalog's
    `keyword_only_age` years before the publication and its matched keywords (`groups`)
    only name a kind of event ("a second term"), no person, place or body."""
    limit = catalog._keyword_only_days
    if limit is None or pub is None or catalog._entries[i].event_type not in catalog._recurring_types:
        return False
    if any(k not in catalog._kind_keys for g in groups for k in g):
        return False
    return (pub - catalog._starts[i]).days > limit


def _time_anchor_test(catalog: ReferenceCatalog, folded: FoldedText) -> Callable[[], bool]:
    """A test, run at most once, telling whether the sentence places what it tells in the
    past: it writes a year, or a past-time word of the catalog ("آنذاك", "at the time")."""
    answer: list[bool] = []

    def anchored() -> bool:
        if not answer:
            answer.append(bool(_YEAR.search(folded.text)) or bool(catalog._past_time.find_all(folded)))
        return answer[0]

    return anchored


def _written_years(folded: FoldedText) -> frozenset[int]:
    """The years the sentence writes."""
    return frozenset(int(y) for y in _YEAR.findall(folded.text))


def _of_another_year(catalog: ReferenceCatalog, i: int, years: frozenset[int]) -> bool:
    """Whether the sentence writes years, none of them one the entry `i` took place in: its
    keywords then name a deed of another year ("Sisi, who removed Morsi in July 2013, thanked
    voters" tells no vote of 2012 that Morsi's name recalls; "في 2018 ... اعتقل" no arrest of
    2015). Only years after the entry tell that: an earlier one is of another deed the sentence
    recalls beside it ("since the attack of October 2023 ... killed in an air strike on 27
    September", the strike's year left unwritten). An alias names its event whatever the year
    written beside it."""
    if not years:
        return False
    entry = catalog._entries[i]
    first = catalog._starts[i].year
    last = int(entry.end_date[:4]) if entry.end_date else first
    return not any(first <= y <= last for y in years) and max(years) > last


def _aliases_of_another_year(catalog: ReferenceCatalog, i: int, text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether each alias of the entry `i` the sentence writes is written with a year of its own
    outside the entry's years: the alias describes another instance of its deed."""
    first = catalog._starts[i].year
    end_date = catalog._entries[i].end_date
    last = int(end_date[:4]) if end_date else first
    return aliases_of_another_year(text, spans, first, last, catalog._alias_year_joiners)


def _clusters(spans: list[tuple[int, int, str]]) -> list[list[str]]:
    """Keys grouped by overlapping spans: nested keywords count as one hit, and a
    keyword written twice ("محافظة السويداء ... شبكة السويداء 24") counts once: a group
    whose keys another group holds as well adds no second hit."""
    groups: list[list[str]] = []
    end = -1
    for s, e, key in sorted(spans):
        if groups and s < end:
            groups[-1].append(key)
            end = max(end, e)
        else:
            groups.append([key])
            end = e
    keys = [set(g) for g in groups]
    return [
        g
        for i, g in enumerate(groups)
        if not any(keys[i] < other or (keys[i] == other and j < i) for j, other in enumerate(keys) if j != i)
    ]


_YEAR_KEY = LazyPattern(r"\d{4}")


def _country_keys_ok(catalog: ReferenceCatalog, i: int, groups: list[list[str]], event_countries: set[str]) -> bool:
    """Keywords that only name a country ("Russian") or a year ("2015") support an
    entry only when two of the entry's countries (both sides of it) are the event's
    or named by those keywords: otherwise any Russian attack would be the 2015
    downing of a Russian jet by Turkey, and any visit to Saudi Arabia told with a year
    Trump's of 2017. The speaker named by his country («وزير الخارجية المغربي») beside
    Morocco's cutting of ties with Iran names its other side."""
    if any(k not in catalog._country_keys and not _YEAR_KEY.fullmatch(k) for g in groups for k in g):
        return True
    entry_countries = set(catalog._entries[i].countries)
    # (with a year among the keywords, the countries they name do not count: "Turkish jets struck in
    # 2015, the Russian ministry said" is no Russian jet downed in 2015)
    years = any(_YEAR_KEY.fullmatch(k) for g in groups for k in g)
    named = set() if years else {c for g in groups for k in g if (c := catalog._country_of_key.get(k)) is not None}
    return len(entry_countries & (event_countries | named)) >= min(2, len(entry_countries))


def _only_keys_of(kind: frozenset[str], groups: list[list[str]]) -> bool:
    """Whether the matched keywords are all of one `kind` of the catalog's keys, a year beside
    them at most: keys that only describe a deed by its kind (`_descriptive_keys`: "the failed
    coup attempt", which tells its entry only with the country of the deed), only name the
    entry's participants (`_participant_keys`: "الدوحة", "the Arab Quartet") or only name the
    place of the deed (`_place_keys`: "سعد آباد", "the Yamamah Palace")."""
    keys = {k for g in groups for k in g}
    named = keys & kind
    return bool(named) and all(k in named or _YEAR_KEY.fullmatch(k) for k in keys)


def _other_deed_at_place(
    catalog: ReferenceCatalog, i: int, groups: list[list[str]], trigger: str | None, years: frozenset[int]
) -> bool:
    """Whether keywords that only name the place of entry `i` stand beside no word of its
    deed and no year of it: other talks are held in the same palace, other guests attacked in
    the same hotel, so the place alone does not tell the catalogued deed ("signed at Saadabad
    in 2003" still does); with no event word, nothing tells it."""
    if not _only_keys_of(catalog._place_keys, groups) or catalog._starts[i].year in years:
        return False
    return not (trigger and _told_deed(catalog, i, trigger))


def _later_deed_of_participants(
    catalog: ReferenceCatalog, i: int, pub: date | None, groups: list[list[str]], trigger: str
) -> bool:
    """Whether keywords that only name the participants of entry `i` stand beside an event
    word that is not its deed, in an article published after its day: another deed of the
    same states. On the entry's own day, their measures of its type are parts of it ("the
    Saudi airline suspended its flights to Qatar", the day ties were cut)."""
    after = pub is None or pub > catalog._starts[i]
    return after and _only_keys_of(catalog._participant_keys, groups) and not _told_deed(catalog, i, trigger)


_ARABIC_LETTER = LazyPattern(r"[\u0600-\u06ff]")
_CLITIC = LazyPattern(r"^(?:[وف]?(?:ال|لل|[بلك]ال|[بلك])|[وف])(?=\w{3})")
_STEM = 3  # letters an event word shares with a word naming the entry's deed
_REACH = 5  # within how many first letters of the other word (a prefix of tense: "تقطع", "يغلق")
_ARABIC_LEAD = 2  # letters of an Arabic prefix of tense or derivation before the shared ones ("تقطع", "انقطع")


def _stems(text: str) -> set[str]:
    """The first letters of each word of `text`, folded, its Arabic clitics left out."""
    return {_CLITIC.sub("", w)[:_REACH] for w in fold_str(text).lower().split() if len(w) >= _STEM}


def _told_deed(catalog: ReferenceCatalog, i: int, trigger: str) -> bool:
    """Whether the event word names the deed of entry `i`: it and a word of the entry's name
    or aliases begin alike ("قطعت", "تقطع", "cut" for "cut ties with Qatar"). The same
    participants do other deeds on other days ("the Arab Quartet listed ... as terrorists",
    "Saudi Arabia closed its border to Qatari pilgrims" a year later): their names alone
    do not tell the catalogued one."""
    entry = catalog._entries[i]
    named = catalog._deed_stems.get(i)
    if named is None:
        named = catalog._deed_stems[i] = _stems(" ".join([entry.name_en, entry.name_ar, *entry.aliases_en, *entry.aliases_ar]))
    head = trigger.split()[:1]  # the event word itself, not the words it governs ("closing the land border")
    return any(_begin_alike(w, n) for w in (_stems(head[0]) if head else ()) for n in named)


def _begin_alike(word: str, other: str) -> bool:
    """Whether the first letters of one word begin the other, after a short Arabic prefix
    ("قطعت", "تقطع"); a Latin word only from its first letter ("cutting", "cut"), so that
    "shot" is no word of "hotel"."""
    lead = _ARABIC_LEAD if _ARABIC_LETTER.match(word) else 0
    return 0 <= other.find(word[:_STEM]) <= lead or 0 <= word.find(other[:_STEM]) <= lead


def match_reference(
    catalog: ReferenceCatalog,
    event_type: str,
    countries: Collection[str],
    sentence: str,
    published: str | None,
    language: str | None = None,
    *,
    folded: FoldedText | None = None,
) -> ReferenceEntry | None:
    """The catalogued event that the `event_type` event read from `sentence` most likely is.

    `countries` are the event's countries (ISO alpha-3), `published` the
    article's publication date (YYYY-MM-DD) and `language` its language: when
    it is `ar` or `en`, only that language's aliases and keywords count.
    Returns None unless one entry is clearly supported (see the module doc).
    `folded` is the sentence already folded, when at hand.
    """
    found = match_references(catalog, event_type, countries, sentence, published, language, folded=folded)
    return found[0] if found else None


_FOUND_IN_LIMIT = 256


def _found_in(catalog: ReferenceCatalog, event_type: str, folded: FoldedText) -> list:
    """[fold, matches, adjectival, novelty cues]: the keyword and alias matches of `event_type`
    entries in the folded sentence (offsets in the sentence), those of them that are
    adjectives of a name, and the novelty cues of the sentence (None until asked for, see
    `_novelty_cues`); found once for each sentence and type (callers must not change them).

    The memo is keyed by the sentence itself, not by its fold: callers that fold the same
    sentence again each time (most do) share one search. A fold is a function of its text,
    so an equal sentence gives equal matches."""
    key = (event_type, folded.original)
    memo = catalog._found_in
    found = memo.get(key)
    if found is not None:
        return found
    spans = catalog.keywords_of_type(event_type).find_spans(folded, overlapping=True)
    index = folded.index  # (start, end, key, payloads) with offsets in `sentence`, as `find_all` would give them
    matches = [(index[fs], index[fe - 1] + 1, key, payloads) for fs, fe, key, payloads in spans]
    # "passed a nationality law": a common-noun alias after an indefinite determiner is no name of
    # its entry, only a keyword of it
    matches = [
        (s, e, key, tuple(p for p in payloads if not p.alias))
        if any(p.alias for p in payloads) and indefinite_mention(folded.original, s, e)
        else (s, e, key, payloads)
        for s, e, key, payloads in matches
    ]
    matches = [m for m in matches if m[3]]
    # a name with a nisba ending is the adjective of the name: "الغزو العراقي" is the invasion by
    # Iraq, not "غزو العراق"; it counts as a keyword of the entry, not as its name
    adjectival = {
        (index[fs], index[fe - 1] + 1, key) for fs, fe, key, _ in spans if not folded.text[fs:fe].endswith(key)
    }
    matches += _aliases_without_titles(catalog, event_type, folded, matches)
    if len(memo) >= _FOUND_IN_LIMIT:
        memo.clear()
    found = memo[key] = [folded, matches, adjectival, None]
    return found


def entry_named(
    catalog: ReferenceCatalog,
    event_type: str,
    sentence: str,
    published: str | None,
    language: str | None = None,
    word: int | None = None,
) -> ReferenceEntry | None:
    """The one catalogued `event_type` event, before the publication, that the sentence names by
    an alias, its titles and given names left out or not ("بعد مقتل زعيمه أبو بكر البغدادي" names
    "مقتل البغدادي"), with the event word at offset `word` inside the name when it is given (another
    deed's word beside the name tells another deed); None when it names none, or several events of
    different names. Of namesakes, the latest before the publication."""
    if event_type not in catalog._by_type or not sentence:
        return None
    found = _found_in(catalog, event_type, fold(sentence))
    pub = _published_date(published)
    named: dict[str, list[int]] = {}
    for start, end, key, payloads in found[1]:
        if (start, end, key) in found[2] or (word is not None and not start <= word < end):
            continue  # "الغزو العراقي": the adjective of a name, no name
        for k in payloads:
            of_language = language not in ("ar", "en") or k.language == language
            if k.alias and of_language and (pub is None or catalog._starts[k.entry] <= pub):
                named.setdefault(key, []).append(k.entry)
    entries = {i for ids in named.values() for i in _latest_namesake(catalog, dict.fromkeys(ids), pub)}
    return catalog._entries[entries.pop()] if len(entries) == 1 else None


def _novelty_cues(catalog: ReferenceCatalog, found: list) -> list[Match[tuple[str, ...]]]:
    """The novelty cues of the fold that `found` (see `_found_in`) was found in, found once."""
    if found[3] is None:
        found[3] = catalog.novelty_cues(found[0])
    return found[3]


def match_references(
    catalog: ReferenceCatalog,
    event_type: str,
    countries: Collection[str],
    sentence: str,
    published: str | None,
    language: str | None = None,
    *,
    folded: FoldedText | None = None,
    context: frozenset[str] = frozenset(),
    trigger: str | None = None,
) -> list[ReferenceEntry]:
    """The catalogued events the sentence tells, the one it is mainly about first.

    `context`: the countries the article as a whole is about, which favour the
    entries of those countries among entries the sentence supports alike.
    `trigger`: the event word, when known: keywords that only name the entry's
    participants support it only when that word is one of the entry's deed (see
    `_told_deed`).

    Usually none or one. A sentence that lists the countries of several
    catalogued events of one episode, each on its own day, tells all of them
    ("seven states cut ties with Qatar: Saudi Arabia, ..., Mauritania and the
    Comoros"; "Jordan and Djibouti downgraded their representation"). Those
    entries come as well when every country of each is named in the sentence,
    each names a country the others do not, and they lie within
    `EPISODE_DAYS` of the first.
    """
    indices = catalog._by_type.get(event_type)
    if not indices or not sentence:
        return []
    if folded is None:
        folded = fold(sentence)
    found_in = _found_in(catalog, event_type, folded)
    matches, adjectival = found_in[1], found_in[2]
    if not matches:
        return []
    named = {key.entry for *_, payloads in matches for key in payloads}
    pub = _published_date(published)
    event_countries = {c.upper() for c in countries if c}
    fresh_days = FRESH_NEWS_DAYS.get(event_type, 0)
    eligible: set[int] = set()
    fresh: set[int] = set()
    for i in indices & named:
        if pub is not None:
            age_days = (pub - catalog._starts[i]).days
            if age_days < 0:
                continue
            if age_days < fresh_days:
                fresh.add(i)
        entry_countries = catalog._entries[i].countries
        if event_countries and entry_countries and not event_countries.intersection(entry_countries):
            continue
        eligible.add(i)
    if not eligible:
        return []

    evidence: dict[int, _Evidence] = {}
    for start, end, folded_key, payloads in matches:
        for key in dict.fromkeys(payloads):
            if key.entry not in eligible or (language in ("ar", "en") and key.language != language):
                continue
            ev = evidence.setdefault(key.entry, _Evidence([]))
            if key.alias and (start, end, folded_key) not in adjectival:
                ev.alias = True
                ev.alias_spans.append((start, end))
            else:
                ev.spans.append((start, end, folded_key))
    if not evidence:
        return []

    novelty = _novelty_cues(catalog, found_in)
    near_cue = _novelty_test(catalog, sentence, folded, cues=novelty)
    near_other_cue = _novelty_test(catalog, sentence, folded, holder=True, cues=novelty)
    anchored = _time_anchor_test(catalog, folded)
    supported: dict[int, list[list[str]]] = {}
    for i, ev in evidence.items():
        near = near_other_cue if catalog._entries[i].event_type in catalog._holder_types else near_cue
        if not ev.alias and any(near(s) for s in ev.spans):
            continue
        groups = _clusters(ev.spans)
        if not ev.alias and _too_old_for_keywords(catalog, i, pub, groups) and not anchored():
            continue
        if not ev.alias and not _country_keys_ok(catalog, i, groups, event_countries):
            continue
        if not ev.alias and not event_countries and _only_keys_of(catalog._descriptive_keys, groups):
            continue
        if ev.alias or len(groups) >= catalog._min_hits[i]:
            supported[i] = groups
    if not supported:
        return []

    sharing: dict[str, int] = {}
    for groups in supported.values():
        for key in {k for g in groups for k in g}:
            sharing[key] = sharing.get(key, 0) + 1

    scored: list[tuple[float, float, int]] = []
    for i, groups in supported.items():
        entry = catalog._entries[i]
        strength = sum(max(1.0 / sharing[k] for k in g) for g in groups)
        if evidence[i].alias:
            strength += ALIAS_WEIGHT
        score = strength
        if event_countries:
            entry_set = set(entry.countries)
            if entry.location_country:
                entry_set.add(entry.location_country)
            score += COUNTRY_WEIGHT * len(event_countries & entry_set) / len(event_countries | entry_set)
        if context:
            # the countries the whole article is about: "the agreement came into force
            # after the Turkish parliament ratified it", in an article about Turkey and Qatar
            score += CONTEXT_WEIGHT * len(context.intersection(entry.countries)) / len(entry.countries or ("",))
        if pub is not None:
            age_years = (pub - catalog._starts[i]).days / 365.25
            score += RECENCY_WEIGHT / (1.0 + age_years)
        scored.append((score, strength, i))
    scored.sort(key=lambda s: (-s[0], -catalog._starts[s[2]].toordinal(), catalog._entries[s[2]].id))

    best_score, best_strength, best = scored[0]
    if best_strength < MIN_EVIDENCE or best in fresh:
        return []
    if not evidence[best].alias and _of_another_year(catalog, best, _written_years(folded)):
        return []
    if evidence[best].alias and _aliases_of_another_year(catalog, best, folded.original, evidence[best].alias_spans):
        return []  # "الحرب بين إسرائيل وحزب الله في صيف 2006": the name of the 2023 war, for the one of 2006
    if not evidence[best].alias and trigger and _later_deed_of_participants(catalog, best, pub, supported[best], trigger):
        return []
    if not evidence[best].alias and _other_deed_at_place(catalog, best, supported[best], trigger, _written_years(folded)):
        return []
    if any(i in fresh and strength >= MIN_EVIDENCE for _, strength, i in scored[1:]):
        # "Tebboune has been re-elected", told the day after the 2024 vote: the fresh news the
        # sentence may tell, not the 2019 election its name also recalls
        return []
    best_entry = catalog._entries[best]
    episode = _episode(catalog, best, [i for _, strength, i in scored[1:] if strength >= MIN_EVIDENCE], event_countries)
    listed = {best, *episode}
    namesakes = [best]
    for score, _, i in scored[1:]:
        if best_score - score >= TIE_MARGIN:
            break
        other = catalog._entries[i]
        if (other.date, other.end_date) != (best_entry.date, best_entry.end_date) and i not in listed:
            if pub is None or not _namesakes(supported[best], supported[i], evidence[best].alias, evidence[i].alias):
                return []
            namesakes.append(i)
    latest = max(namesakes, key=lambda i: (catalog._starts[i], catalog._entries[i].id))
    if latest != best:
        # "هجوم المنيا", the Minya attack: two attacks of one name (2017, 2018), named alike;
        # the latest before the publication is the one the article means
        return [catalog._entries[latest]]
    return [best_entry, *(catalog._entries[i] for i in episode)]


def _namesakes(groups: list[list[str]], other_groups: list[list[str]], alias: bool, other_alias: bool) -> bool:
    """Whether two catalogued events are supported by the same words of the sentence (and
    both, or neither, by an alias): events of one name, which the sentence cannot tell apart
    (without a publication date, nothing tells which one is meant)."""
    return alias == other_alias and {k for g in groups for k in g} == {k for g in other_groups for k in g}


# How far ahead of the publication a catalogued event the article names may lie
# for the article to be speaking of it before it happened (an election next week).
UPCOMING_DAYS = 45
# Events held on a day set in advance: in the weeks before the catalogued one, any
# mention of that type in its countries speaks of it, named or not ("the elections").
SCHEDULED_TYPES = frozenset({"election"})
# How far ahead such an event may lie: a vote is called and campaigned for months before
# its day ("وعد أردوغان أنصاره بالفوز في الانتخابات", told eight weeks before the vote).
SCHEDULED_DAYS = 90


def upcoming_reference(
    catalog: ReferenceCatalog,
    event_type: str,
    countries: Collection[str],
    sentence: str,
    published: str | None,
    language: str | None = None,
    *,
    folded: FoldedText | None = None,
    context: frozenset[str] = frozenset(),
) -> ReferenceEntry | None:
    """The catalogued event the sentence names that had not yet happened when the
    article was published (within `UPCOMING_DAYS`; an election of its countries, named
    or not, within `SCHEDULED_DAYS`): "the Iraqi elections", told three days before the
    vote, speak of a coming event, not of the day's news."""
    pub = _published_date(published)
    if pub is None or event_type not in catalog._by_type:
        return None

    def ahead(i: int, days: int = UPCOMING_DAYS) -> bool:
        return 0 < (catalog._starts[i] - pub).days <= days

    if event_type in SCHEDULED_TYPES and not _held_just_before(catalog, event_type, countries, pub):
        for i in _of_countries(catalog, event_type, countries):
            if ahead(i, SCHEDULED_DAYS):
                return catalog._entries[i]
    for entry in match_references(
        catalog, event_type, countries, sentence, None, language, folded=folded, context=context
    ):
        i = catalog._index[entry.id]
        if ahead(i):
            return entry
    return None


def scheduled_a_week_later(
    catalog: ReferenceCatalog, event_type: str, countries: Collection[str], day: str, published: str | None
) -> ReferenceEntry | None:
    """The catalogued event of a `SCHEDULED_TYPES` type in one of `countries` held
    seven days after `day` and after the publication: an event dated by a bare
    weekday read as the past one ("تشهد تركيا، الأحد، انتخابات", told on a
    Friday) is that coming event, on the weekday ahead."""
    pub, when = _published_date(published), _published_date(day)
    if event_type not in SCHEDULED_TYPES or pub is None or when is None or event_type not in catalog._by_type:
        return None
    if _held_just_before(catalog, event_type, countries, when, days=0):
        return None  # a first round on that very weekday: the vote told is that one, not the runoff
    for i in _of_countries(catalog, event_type, countries):
        start = catalog._starts[i]
        if (start - when).days == 7 and start > pub:
            return catalog._entries[i]
    return None


# how many days after a scheduled event the article's own mention of its type is still of it
HELD_DAYS = 3


def _held_just_before(
    catalog: ReferenceCatalog, event_type: str, countries: Collection[str], day: date, days: int = HELD_DAYS
) -> bool:
    """Whether the catalog holds an event of `event_type` in one of `countries` on `day` or in the
    `days` before it (the first round of an election whose runoff comes a week later): a vote
    told on that day is the one just held, not the one ahead."""
    return any(0 <= (day - catalog._starts[i]).days <= days for i in _of_countries(catalog, event_type, countries))


def _of_countries(catalog: ReferenceCatalog, event_type: str, countries: Collection[str]) -> Iterator[int]:
    """The entries of `event_type` that share a country with `countries`, in catalog order."""
    shared = {c.upper() for c in countries}
    for i in sorted(catalog._by_type[event_type]):
        if shared.intersection(catalog._entries[i].countries):
            yield i


def _episode(catalog: ReferenceCatalog, best: int, others: list[int], event_countries: set[str]) -> list[int]:
    """The other supported entries the sentence also tells: each on another day
    than `best` but within `EPISODE_DAYS` of it, all its countries named in the
    sentence, and one of them named by no other chosen entry."""
    if not event_countries:
        return []
    first = catalog._starts[best]
    chosen: list[int] = []
    taken = set(catalog._entries[best].countries)
    for i in sorted(others, key=lambda i: (catalog._starts[i], catalog._entries[i].id)):
        entry = catalog._entries[i]
        own = set(entry.countries)
        if entry.date == catalog._entries[best].date or not own <= event_countries:
            continue
        if abs((catalog._starts[i] - first).days) > EPISODE_DAYS or not own - taken:
            continue
        chosen.append(i)
        taken |= own
    return chosen
