"""Actors named in an article: countries, organisations, people and groups of states.

The dictionary has two data files. `actor_countries.json` is generated from
CLDR and ISO 3166 (scripts/build_actor_countries.py): every country, its
names and a regular nisba. `actors.json` is curated: press variants,
capitals used for governments (طلبت واشنطن من أنقرة), nisba forms and
demonyms, institutions generated from templates (الجيش التركي, the Qatari
foreign ministry), organisations, people and groups of states.

All names go into one `PhraseMatcher` automaton. Matching rules, in order:

- An English name needs its capitals in the original text (`Turkey`, not
  `turkey`; `US`, not `us`), which keeps Turkey, Chad and Jordan safe.
- An Arabic name written with the article needs the article in the text
  (`الرياض` the capital, not `رياض` the given name).
- The longest name wins (`مجلس النواب الليبي` over `مجلس النواب`); a person's
  name is measured without its opening titles (`Mohammed bin Zayed` over an
  overlapping `Crown Prince Mohammed`), and a forefather after `bin`/`بن`
  gives way to the name whose lineage he is; blockers
  are names of nothing that hide what is inside them (`أمريكا اللاتينية`).
- A context name (`عمان`, `مالي`, `عباس`, `مجلس الشورى`) counts only when the
  same article names one of its candidates unambiguously elsewhere: the same
  actor, or for a country or an institution (not a news outlet) its country.
- A person absorbs the country or institution right before it when only
  titles stand between them (`وزير الخارجية التركي مولود جاويش أوغلو`
  yields the person alone, from the nisba on), so that one participant is
  one actor.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

from events.model import ActorMention
from events.qualified_bodies import qualifying_country
from events.resource_cache import pickled_as_tuple
from events.spoken_languages import SpokenLanguages
from events.surnames import FamilyName, Surnames, add_family_names, after_a_title, place_keys
from events.text.lazy import LazyPattern
from events.text.matching import PhraseMatcher, phrase_key
from events.text.normalize import FoldedText, fold_str, is_arabic

DATA_DIR = Path(__file__).resolve().parent / "data"
ACTORS_FILE = DATA_DIR / "actors.json"
KINDS = ("country", "organisation", "person", "group")

_ARTICLE_PREFIX = LazyPattern(r"(?:.*ال|[وف]?لل)")
_GAP_TOKEN = LazyPattern(r"\w+|[^\w\s]")
_GAP_PUNCT = frozenset(",،-–—(")
_POSSESSIVE = re.compile(r"['’]s\b")
_MAX_GAP = 60
# "in" right before a country: a place ("المحتجز في البحرين نبيل رجب", held in Bahrain), not a
# descriptor of the person after it
_LOCATIVE_BEFORE = LazyPattern(r"(?<![^\W\d_])(?:في|in)\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class ActorEntry:
    """One actor of the dictionary.

    `country` is the ISO alpha-3 code the actor belongs to (a country's own
    code; None for international bodies and groups), `members` the member
    countries of a group. `context_ar`/`context_en` are ambiguous names that
    count only when the article also names the actor unambiguously.
    """

    id: str
    kind: str  # country|organisation|person|group
    country: str | None
    members: tuple[str, ...]
    name_en: str
    name_ar: str
    aliases_ar: tuple[str, ...]
    aliases_en: tuple[str, ...]
    context_ar: tuple[str, ...] = ()
    context_en: tuple[str, ...] = ()
    role: str | None = None
    # a group's counterparts: a counted name of the group ("أربع دول عربية") names it in an
    # article that names one of them (the Arab Quartet's is Qatar)
    counted_with: tuple[str, ...] = ()
    # a person whose name is written family name first ("Kim Jong Un", "Xi Jinping"): that name,
    # which names the person alone once the article has named them in full ("Kim flew in")
    family_names: tuple[str, ...] = ()


@pickled_as_tuple
class _Alias(NamedTuple):
    """What one dictionary name stands for, and the checks its matches need."""

    actor_id: str  # "" for a blocker
    context: bool
    capitals: tuple[str, ...] | None  # Latin names: per word "A" acronym, "C" capitalised, "" free
    article: bool  # Arabic name written with the article, which the text must show too
    surname: bool = False  # a family name of a person, counted only by `events.surnames`


class ActorDictionary:
    """The actors, with one automaton over all their names (built once)."""

    def __init__(
        self,
        entries: Iterable[ActorEntry],
        blockers: Iterable[str] = (),
        honorifics: Iterable[str] = (),
        block_original_ar: Iterable[str] = (),
        state_words: Iterable[str] = (),
        surnames: Surnames | None = None,
        state_words_after: Iterable[str] = (),
        indefinites: Iterable[str] = (),
        places_before: Iterable[str] = (),
        given_names: Iterable[str] = (),
        places_after: Iterable[str] = (),
        free_after_given: Iterable[str] = (),
        venues_before: Iterable[str] = (),
        venues_after: Iterable[str] = (),
        languages: SpokenLanguages | None = None,
        bare_legislatures: dict[str, Iterable[str]] | None = None,
    ) -> None:
        self._languages = languages
        # a bare name of a legislature, folded, and the countries with a body of their own so called
        self._bare_legislatures = {fold_str(k).lower(): frozenset(v) for k, v in (bare_legislatures or {}).items()}
        self._entries: dict[str, ActorEntry] = {}
        self._state_words = frozenset(fold_str(w) for w in state_words)
        self._state_words_after = frozenset(w.lower() for w in state_words_after)
        self._indefinites = frozenset(w.lower() for w in indefinites)
        self._given_names = frozenset(given_names)
        self._free_after_given = frozenset(free_after_given)
        words = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in places_before), key=len, reverse=True)
        self._places_before = re.compile(r"(?<!\w)[وف]?(?:" + "|".join(words) + r")\s+$", re.IGNORECASE) if words else None
        after = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in places_after), key=len, reverse=True)
        self._places_after = re.compile(r"\s+(?:" + "|".join(after) + r")(?!\w)", re.IGNORECASE) if after else None
        venues = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in venues_before), key=len, reverse=True))
        self._venues_before = re.compile(r"(?<![^\W\d_])[وبلف]?(?:" + venues + r")\s+$") if venues else None
        venues = "|".join(sorted((re.escape(w) for w in venues_after), key=len, reverse=True))
        self._venues_after = (
            re.compile(r"\s+(?:International\s+)?(?:" + venues + r")(?![^\W\d_])", re.IGNORECASE) if venues else None
        )
        phrases: list[tuple[str, _Alias]] = []

        def add(actor_id: str, name: str, context: bool) -> None:
            phrases.append((name, _make_alias(actor_id, name, context)))

        for entry in entries:
            if entry.id in self._entries:
                raise ValueError(f"duplicate actor id {entry.id!r}")
            self._entries[entry.id] = entry
            for name in (*entry.aliases_ar, *entry.aliases_en):
                add(entry.id, name, False)
            for name in (*entry.context_ar, *entry.context_en):
                add(entry.id, name, True)
        for name in blockers:
            add("", name, False)
        self._surnames = surnames or Surnames()
        # a name only read in context («الحريري» for Saad Hariri, when the article names him in
        # full) may still be the family name of another person the article names in full
        taken = {phrase_key(name) for name, alias in phrases if not alias.context}
        for name, actor_id in self._surnames.family_names(self._entries.values(), taken):
            phrases.append((name, _make_alias(actor_id, name, False)._replace(surname=True)))
        self._matcher: PhraseMatcher[_Alias] = PhraseMatcher(phrases)
        words: set[str] = set()
        for h in honorifics:
            words.update(_GAP_TOKEN.findall(fold_str(h)))
        self._honorifics = frozenset(words)
        self._block_original = tuple(block_original_ar)
        self._keys: dict[str, _Key] = {}  # filled as keys are first matched
        self._readings: dict[tuple[_Alias, ...], _Reading] = {}

    def get(self, actor_id: str) -> ActorEntry | None:
        return self._entries.get(actor_id)

    def entries(self) -> Iterable[ActorEntry]:
        return tuple(self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._entries

    @property
    def matcher(self) -> PhraseMatcher[_Alias]:
        return self._matcher

    def key(self, key: str, aliases: tuple[_Alias, ...]) -> _Key:
        """What the matches of one matcher key need checked (worked out at its first match)."""
        found = self._keys.get(key)
        if found is None:
            family_of = tuple(_unique(a.actor_id for a in aliases if a.surname))
            named = tuple(a for a in aliases if not a.surname)
            if not named:
                found = _Key(None, False, None, None, (), family_of)
            else:
                # a family name that is also another actor's name read in context has both readings
                latin = any(a.capitals is not None for a in named)
                bare = tuple(a for a in named if not a.article)
                with_article = self._reading(named)
                blocks = tuple(b for b in self._block_original if _may_spell(key, b))
                if len(bare) == len(named):
                    fixed = None if latin or blocks else with_article
                    found = _Key(fixed, latin, with_article, with_article, blocks, family_of)
                else:
                    found = _Key(None, latin, self._reading(bare) if bare else None, with_article, blocks, family_of)
            self._keys[key] = found
        return found

    @property
    def keys_seen(self) -> dict[str, _Key]:
        """The keys `key` has worked out so far (read it, never write it)."""
        return self._keys

    def reading(self, aliases: tuple[_Alias, ...]) -> _Reading:
        """What some of a key's aliases say, when the text bears out only those."""
        found = self._readings.get(aliases)
        if found is None:
            found = self._readings[aliases] = self._reading(aliases)
        return found

    def _reading(self, aliases: tuple[_Alias, ...]) -> _Reading:
        blocked = any(not a.actor_id for a in aliases)
        firm_ids = _unique(a.actor_id for a in aliases if not a.context)
        sure = self._entries.get(firm_ids[0]) if len(firm_ids) == 1 and not blocked else None
        pool = tuple(e for e in map(self._entries.get, firm_ids or _unique(a.actor_id for a in aliases)) if e)
        return _Reading(aliases, blocked, blocked or bool(firm_ids), sure, pool)

    @property
    def state_words(self) -> frozenset[str]:
        """Folded words of a state's office or body, and of a person's role or trade (الصحفي, رجل
        الأعمال), after which a context nisba names its country."""
        return self._state_words

    @property
    def state_words_after(self) -> frozenset[str]:
        """English words of a state's office or body (lower case) before which a context
        adjective names its country ("Turkmen President", "Georgian government")."""
        return self._state_words_after

    @property
    def places_before(self) -> re.Pattern[str] | None:
        """A search for words of place right before a shared name ("near parliament", "أمام
        وزارة الداخلية"): the name is then the body's building, no actor."""
        return self._places_before

    @property
    def places_after(self) -> re.Pattern[str] | None:
        """A match for English words of a building right after a shared name ("the parliament
        building", "the ministry compound"): the name is then the body's building, no actor."""
        return self._places_after

    @property
    def venues(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        """A search for an Arabic noun of a venue right before a name (فندق كابيلا), and a match
        for an English one right after it (the Kabila Hotel): the venue's name, no person."""
        return self._venues_before, self._venues_after

    @property
    def bare_legislatures(self) -> dict[str, frozenset[str]]:
        """Bare names of a legislature (folded) and the countries whose own body bears each."""
        return self._bare_legislatures

    @property
    def languages(self) -> SpokenLanguages | None:
        """The words that make a country's adjective a language ("spoke Spanish")."""
        return self._languages

    @property
    def given_names(self) -> frozenset[str]:
        """English country names that are also given names (`Chad`), as written."""
        return self._given_names

    @property
    def free_after_given(self) -> frozenset[str]:
        """Capitalised words after which such a name stays the country (days, months: `in Jordan Tuesday`)."""
        return self._free_after_given

    @property
    def indefinites(self) -> frozenset[str]:
        """English words before a context name that make it a new thing of its kind ("a coalition")."""
        return self._indefinites

    @property
    def honorifics(self) -> frozenset[str]:
        """Folded words that may stand between a country and a person it describes."""
        return self._honorifics

    @property
    def surnames(self) -> Surnames:
        """The rules under which a family name alone names a person of the article."""
        return self._surnames

    @property
    def block_original_ar(self) -> tuple[str, ...]:
        return self._block_original


def _make_alias(actor_id: str, name: str, context: bool) -> _Alias:
    if not name or not is_arabic(name[0]):
        return _Alias(actor_id, context, tuple(map(_capitals, name.split())), False)
    # The condition under which phrase_key stores a name without its article
    # (dictionary names carry no diacritics before their third letter).
    article = name[0] in _ALEF and name[1:2] == "ل" and len(name) > 4 and is_arabic(name[2])
    return _Alias(actor_id, context, None, article)


def _may_spell(key: str, spelling: str) -> bool:
    """Whether a match of `key` (proclitics + key, folded) may end with `spelling`."""
    folded = fold_str(spelling)
    return key.endswith(folded) or folded.endswith(key)


def _capitals(word: str) -> str:
    if word.isupper() and sum(ch.isalpha() for ch in word) > 1:
        return "A"
    return "C" if word[:1].isupper() else ""


_ALEF = frozenset("اأإآٱ")


# ---------------------------------------------------------------- matching


class _Reading(NamedTuple):
    """What a set of accepted aliases at one span says, worked out once per set."""

    aliases: tuple[_Alias, ...]
    blocked: bool  # a blocker names this span: no actor here
    firm: bool  # blocked, or some alias names its actor without needing context
    sure: ActorEntry | None  # the one actor the non-context aliases name, if exactly one (unblocked)
    pool: tuple[ActorEntry, ...]  # otherwise the actors it may name, if the article supports one


@pickled_as_tuple
class _Key(NamedTuple):
    """A matcher key's aliases and what its matches say, as far as that is known before the text."""

    fixed: _Reading | None  # what every match says, when nothing needs checking in the text
    latin: bool  # some alias needs its capitals checked in each match
    bare: _Reading | None  # a match without the article in the text (None: no alias accepts one;
    # the very `with_article` object when no alias needs the article)
    with_article: _Reading | None  # a match with it
    blocks: tuple[str, ...]  # spellings of `block_original_ar` that a match of this key may be
    surname_of: tuple[str, ...] = ()  # a family name only: the persons whose family name it is


# (start, end, reading, start - end): offsets into the original text
_Candidate = tuple[int, int, _Reading, int]


def find_actors(
    text: str, folded: FoldedText, actors: ActorDictionary, filed: tuple[str, int] | None = None
) -> list[ActorMention]:
    """Every actor named in `text` (offsets into `text`), in text order. `filed`: the country of
    the dateline's city and where the dateline ends, for the bodies a story names bare."""
    family: list[FamilyName] = []
    candidates = _candidates(folded, actors, family)
    chosen = _select(candidates, text, actors.honorifics)
    named: list[_Named] = []
    kept: list[_Candidate] = []  # the candidate of each name of `named`
    pending: list[int] = []  # names whose actor depends on the rest of the article
    for c in chosen:
        start, end, r, _ = c
        if r.blocked or _indefinite_context(text, start, r, actors.indefinites, actors.places_before):
            continue
        if _a_building(text, end, r, actors.places_after) or _a_named_venue(text, start, end, r, actors.venues):
            continue
        if _a_given_name(text, start, end, actors) or _a_language(text, start, end, r, actors.languages):
            continue
        if r.sure is None:
            pending.append(len(named))
        named.append((start, end, r.sure))
        kept.append(c)
    if pending:
        _resolve_pending(text, named, pending, candidates, chosen, kept, actors.honorifics, filed)
        _resolve_by_office(text, named, pending, kept, actors.state_words, actors.state_words_after)
    _drop_foreign_legislatures(text, named)
    _drop_bare_legislatures_of_the_filing(text, named, filed, actors.bare_legislatures)
    if family:
        # a name read only in context that the article did not bear out («الحريري» when Saad
        # Hariri is not named in full) leaves its span to a family name
        unread = {(start, end) for start, end, entry in named if entry is None}
        # though not after a title: "Prime Minister Hariri" is the office holder the context
        # name is kept for, not a dead father of the family named in full before
        family = [f for f in family if (f[0], f[1]) not in unread or not after_a_title(text, f[0], actors.surnames)]
        named = add_family_names(text, named, family, [c for c in chosen if (c[0], c[1]) not in unread], actors.surnames)
    return [
        ActorMention(start, end, text[start:end], e.id, e.kind, e.country, e.members)
        for start, end, e in _absorb_descriptors(text, named, actors.honorifics)
    ]


def _indefinite_context(
    text: str, start: int, reading: _Reading, indefinites: frozenset[str], places: re.Pattern[str] | None = None
) -> bool:
    """Whether a name read only as a context name stands after an English indefinite article
    ("a coalition of Shi'ite parties"): a new thing of its kind, not the one named elsewhere; or
    after a word of place ("near parliament", "أمام البرلمان"): the body's building."""
    if reading.sure is not None or not reading.aliases or not all(a.context for a in reading.aliases):
        return False
    if (
        places is not None
        and all(e.kind == "organisation" for e in reading.pool)
        and places.search(text, max(0, start - 20), start)
    ):
        return True  # a body's building (a city named so, "في عمان", stays a place of its country)
    m = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return m is not None and m.group(1).lower() in indefinites


_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")


def _a_named_venue(
    text: str, start: int, end: int, reading: _Reading, venues: tuple[re.Pattern[str] | None, re.Pattern[str] | None]
) -> bool:
    """Whether a name that can only be a person's stands right after an Arabic noun of a venue
    or right before an English one (`named_venues`: فندق كابيلا, the Kabila Hotel): the venue
    named so, no person of the event."""
    if not reading.pool or not all(e.kind == "person" for e in reading.pool):
        return False
    before, after = venues
    # the Arabic noun may carry its short vowels (فندقِ كابيلا)
    window = _ARABIC_MARKS.sub("", text[max(0, start - 20) : start])
    return bool((before is not None and before.search(window)) or (after is not None and after.match(text, end)))


def _a_building(text: str, end: int, reading: _Reading, places: re.Pattern[str] | None) -> bool:
    """Whether a name read only as a context name of a body stands right before an English word of
    a building ("stormed the parliament building in Yerevan"): the building, as "مبنى البرلمان"
    is, no actor of the event, so no country whose body is known by the name."""
    if places is None or reading.sure is not None or not reading.aliases or not all(a.context for a in reading.aliases):
        return False
    return all(e.kind == "organisation" for e in reading.pool) and places.match(text, end) is not None


def _a_language(text: str, start: int, end: int, reading: _Reading, languages: SpokenLanguages | None) -> bool:
    """Whether a name that can only be a country's is its adjective told as a language
    ("spoke English and Spanish", «الناطقة بالفرنسية»): a tongue, no actor of the event."""
    if languages is None:
        return False
    pool = (reading.sure,) if reading.sure is not None else reading.pool
    if not pool or not all(e.kind == "country" for e in pool):
        return False
    return languages.names_a_language(text, start, end)


_NEXT_NAME = LazyPattern(r" ([A-Z][a-z]+)\b")


def _a_given_name(text: str, start: int, end: int, actors: ActorDictionary) -> bool:
    """Whether a country name that is also a given name stands right before a capitalised word that
    is no title or office word (`Chad Miller`, `Georgia Governor`): a person or another place."""
    if text[start:end] not in actors.given_names:
        return False
    m = _NEXT_NAME.match(text, end)
    return (
        m is not None
        and fold_str(m.group(1)) not in actors.honorifics
        and m.group(1) not in actors.free_after_given
    )


_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+)\s+$")


# (start, end, actor): an actor named in the text (None: not known yet, or unresolved)
_Named = tuple[int, int, ActorEntry | None]


# roles of a state's government and forces, named bare by a context word (النظام، قوات النظام)
_REGIME_ROLES = frozenset({"government", "military"})


def _resolve_pending(
    text: str,
    named: list[_Named],
    pending: list[int],
    candidates: list[_Candidate],
    chosen: list[_Candidate],
    kept: list[_Candidate],
    honorifics: frozenset[str] = frozenset(),
    filed: tuple[str, int] | None = None,
) -> None:
    """Fill in the names that count only with support from a firm name elsewhere in the article.
    A name several supported actors share (مجلس النواب, حكومة الوفاق, الجيش الوطني) is the one
    of the country its sentence names nearest it, else of the country the story is filed from
    when its body names that country too (`filed`: "BUDAPEST (Reuters) - Hungary's parliament
    ratified Sweden's bid ... parliament elected Tamas Sulyok": Hungary's, though Sweden comes up
    more often), else of the country the article names most."""
    firm = [c for c in candidates if c[2].firm]
    firm_ids: set[str] = set()
    firm_countries: dict[str, int] = {}  # how often each country's firm names come
    spots: list[tuple[int, str]] = []  # where each firm name of a country comes
    for c in chosen if len(firm) == len(candidates) else _select(firm, text, honorifics):
        sure = c[2].sure
        if sure is not None:
            firm_ids.add(sure.id)
            if sure.country:
                firm_countries[sure.country] = firm_countries.get(sure.country, 0) + 1
                spots.append((c[0], sure.country))
    most = max(firm_countries.values(), default=0)

    def supported(entry: ActorEntry) -> bool:
        if entry.id in firm_ids:
            return True
        # A state institution is supported by its country; a news outlet's
        # short name (الجزيرة, قنا) also names other things in its country.
        if not (entry.kind in ("country", "organisation") and entry.role != "media" and entry.country in firm_countries):
            return False
        # a bare "النظام", "قوات النظام" is the regime of a country the article is about, not
        # of one it names in passing ("حملات للنظام ضد المعارضة" in a story about Turkey)
        return entry.role not in _REGIME_ROLES or firm_countries[entry.country] * 3 >= most

    for i in pending:
        start, end, r, _ = kept[i]
        own = qualifying_country(text, start, end, named)
        if own is not None and all(e.country != own for e in r.pool):
            continue  # "البرلمان المجري", "the Hungarian parliament": that country's body, no other's
        hits = (
            [e for e in r.pool if supported(e)]
            or [e for e in r.pool if _members_named(e, firm_countries)]
            or [e for e in r.pool if any(c in firm_countries for c in e.counted_with)]
        )
        if len(hits) > 1:
            hits = _nearest_or_dominant(text, start, end, hits, spots, firm_countries, filed)
        elif len(hits) == 1 and (
            _foreign_to_the_filing(text, start, end, hits[0], spots, filed)
            or (filed is None and _foreign_to_the_story(text, start, end, hits[0], spots, firm_countries))
        ):
            continue
        if len(hits) == 1:
            named[i] = (start, end, hits[0])


def _drop_foreign_legislatures(text: str, named: list[_Named]) -> None:
    """A legislature's name qualified by another country ("Peru's Congress voted to remove
    President Pedro Castillo", "Brazil's Senate", «الكونغرس البيروفي») is that country's own
    body, which the dictionary does not know by the name: not the body the name is an alias of
    (the United States Congress)."""
    for i, (start, end, entry) in enumerate(named):
        if entry is None or entry.role != "legislature" or not entry.country:
            continue
        own = qualifying_country(text, start, end, named)
        if own is not None and own != entry.country:
            named[i] = (start, end, None)


def _drop_bare_legislatures_of_the_filing(
    text: str, named: list[_Named], filed: tuple[str, int] | None, namesakes: dict[str, frozenset[str]]
) -> None:
    """A legislature named by one bare word ("Congress") in a story filed from a country whose own
    body bears that name (`namesakes`) and that the story names past its dateline, in a sentence
    that names nothing of the dictionary body's country: "TEGUCIGALPA, Honduras (AP) — ... Congress
    swore in its speaker as interim leader" is Honduras' congress, which the dictionary does not
    know, not the United States'; the name is left unread, as `_foreign_to_the_filing` leaves a
    bare name read only in context. Filed from a country with no such body ("CAIRO (Reuters) -
    Congress voted to impose sanctions") it stays the body the name is an alias of."""
    if filed is None:
        return
    spots = [(start, entry.country) for start, _, entry in named if entry is not None and entry.country]
    for i, (start, end, entry) in enumerate(named):
        if entry is None or entry.role != "legislature" or not entry.country:
            continue
        if filed[0] not in namesakes.get(fold_str(text[start:end].strip()).lower(), ()):
            continue
        others = [spot for spot in spots if spot[0] != start]  # the body's own name tells nothing of it
        if _foreign_to_the_filing(text, start, end, entry, others, filed):
            named[i] = (start, end, None)


def _nearest_or_dominant(
    text: str,
    start: int,
    end: int,
    hits: list[ActorEntry],
    spots: list[tuple[int, str]],
    counts: dict[str, int],
    filed: tuple[str, int] | None = None,
) -> list[ActorEntry]:
    """Of the actors a shared name may be, the one whose country is named nearest the name in its
    sentence ("وافق مجلس النواب الليبي ... وقال مجلس النواب"), else the one of the country the story
    is filed from (`filed`, named past the dateline too; none when that country has no such body
    in the dictionary), else the one whose country the article names most often, strictly: the
    body of the country the article is about."""
    by_country = {e.country: e for e in hits if e.country}
    if len(by_country) != len(hits):
        return hits
    left = max(text.rfind(ch, 0, start) for ch in _SENTENCE_ENDS) + 1
    right = min((k for k in (text.find(ch, end) for ch in _SENTENCE_ENDS) if k != -1), default=len(text))
    near = sorted((abs(p - start), c) for p, c in spots if left <= p < right and c in by_country)
    if near and (len(near) == 1 or near[0][0] < near[1][0] or near[0][1] == near[1][1]):
        return [by_country[near[0][1]]]
    if filed is not None and any(c == filed[0] and p >= filed[1] for p, c in spots):
        # ("YANGON (Reuters) - ... a newly elected parliament", with no body of Myanmar's known: none)
        return [by_country[filed[0]]] if filed[0] in by_country else []
    ranked = sorted(((counts.get(c, 0), c) for c in by_country), reverse=True)
    if ranked[0][0] > ranked[1][0]:
        return [by_country[ranked[0][1]]]
    return hits


_SENTENCE_ENDS = ".!?؟\n"


def _foreign_to_the_filing(
    text: str, start: int, end: int, entry: ActorEntry, spots: list[tuple[int, str]], filed: tuple[str, int] | None
) -> bool:
    """Whether the one legislature a bare name may be ("parliament", "the Senate") is of another
    country than the one the story is filed from and names past its dateline, in a sentence that
    names no country of its own: "HARARE (Reuters) - ... read out to parliament by Speaker Jacob
    Mudenda" is Zimbabwe's parliament, which the dictionary does not know, not Britain's named
    elsewhere; so the name is left unread, as it is when several bodies share it."""
    if entry.role != "legislature" or filed is None or entry.country == filed[0]:
        return False
    if not any(c == filed[0] and p >= filed[1] for p, c in spots):
        return False
    left = max(text.rfind(ch, 0, start) for ch in _SENTENCE_ENDS) + 1
    right = min((k for k in (text.find(ch, end) for ch in _SENTENCE_ENDS) if k != -1), default=len(text))
    return not any(left <= p < right and c == entry.country for p, c in spots)


def _foreign_to_the_story(
    text: str, start: int, end: int, entry: ActorEntry, spots: list[tuple[int, str]], counts: dict[str, int]
) -> bool:
    """Whether the one legislature a bare name may be («البرلمان», "parliament") is of a country
    the article names less than half as often as the country it is about, in a sentence that
    names nothing of that body's country: «وقد انتخبه البرلمان لهذا المنصب» in a story about
    Armenia that names Russia in passing is Armenia's parliament, which the dictionary does not
    know, not the Duma; so the name is left unread, as `_foreign_to_the_filing` leaves it."""
    if entry.role != "legislature" or not entry.country:
        return False
    top = max(counts.values(), default=0)
    if counts.get(entry.country, 0) * 2 >= top:
        return False
    left = max(text.rfind(ch, 0, start) for ch in _SENTENCE_ENDS) + 1
    right = min((k for k in (text.find(ch, end) for ch in _SENTENCE_ENDS) if k != -1), default=len(text))
    return not any(left <= p < right and c == entry.country for p, c in spots)


def _members_named(entry: ActorEntry, firm_countries: dict[str, int]) -> bool:
    """Whether a group of states counted by its name (three or more: "أربع دول عربية") has
    every member named firmly in the article: after the four states are named, it is that group."""
    return entry.kind == "group" and len(entry.members) >= 3 and all(m in firm_countries for m in entry.members)


def _resolve_by_office(
    text: str,
    named: list[_Named],
    pending: list[int],
    kept: list[_Candidate],
    state_words: frozenset[str],
    state_words_after: frozenset[str] = frozenset(),
) -> None:
    """A context nisba still unresolved right after a word of a state's office or body
    ("وزير الخارجية التونسي", "الجيش السوداني"), or of a person's role or trade ("الصحفي
    المغربي", "رجل الأعمال الجزائري": a nationality, where "محمد الجزائري" is a family name),
    names that country; so does a context adjective in English right before such a word
    ("Turkmen President", "the Turkmen foreign minister": a state's, where "Iraqi Turkmen"
    are a people)."""
    if not state_words and not state_words_after:
        return
    for i in pending:
        start, end, entry = named[i]
        if entry is not None:
            continue
        countries = [e for e in kept[i][2].pool if e.kind == "country"]
        if len(countries) != 1:
            continue
        before = text[max(0, start - 30) : start].split()
        after = text[end : end + 30].split()
        if (before and fold_str(before[-1]).strip(_EDGE) in state_words) or (
            after and text[end : end + 1] == " " and after[0].strip(_EDGE).lower() in state_words_after
        ):
            named[i] = (start, end, countries[0])


_EDGE = ".,،;؛:!?؟\"'()«»“”"


def _candidates(folded: FoldedText, actors: ActorDictionary, family: list[FamilyName]) -> list[_Candidate]:
    """Every match whose aliases the text bears out, overlapping ones included; family names
    alone go to `family` instead."""
    index = folded.index
    text = folded.text
    article = _ARTICLE_PREFIX.fullmatch
    seen = actors.keys_seen
    out: list[_Candidate] = []
    for f_start, f_end, key_text, aliases in actors.matcher.find_spans(folded, overlapping=True):
        key = seen.get(key_text) or actors.key(key_text, aliases)
        start = index[f_start]
        end = index[f_end - 1] + 1
        if key.surname_of:
            # a family name written with the article needs it in the text too
            family_alias = next(a for a in aliases if a.surname)
            if not family_alias.article or article(text, f_start, f_end - len(key_text)) is not None:
                family.append((start, end, key.surname_of))
            if all(a.surname for a in aliases):
                continue
            aliases = tuple(a for a in aliases if not a.surname)
        reading = key.fixed
        if reading is None:
            # an Arabic name written with the article needs the article in the text
            key_start = f_end - len(key_text)
            has_article = key_start > f_start and article(text, f_start, key_start) is not None
            if key.latin or key.blocks:
                reading = _checked_reading(actors, key, aliases, folded.original[start:end], has_article)
            else:
                reading = key.with_article if has_article else key.bare
            if reading is None:
                continue
        out.append((start, end, reading, start - end))
    return out


def _checked_reading(
    actors: ActorDictionary, key: _Key, aliases: tuple[_Alias, ...], original: str, has_article: bool
) -> _Reading | None:
    """What a match says once its spelling and capitals are checked (`original`: the match as written)."""
    if key.blocks and _blocked_spelling(original, key.blocks):
        return None
    if key.latin:
        return _latin_reading(actors, aliases, original, has_article)
    return key.with_article if has_article else key.bare


def _latin_reading(
    actors: ActorDictionary, aliases: tuple[_Alias, ...], original: str, has_article: bool
) -> _Reading | None:
    """What a match of Latin names says: the names whose capitals the text shows."""
    accepted = tuple(
        a
        for a in aliases
        if (_capitals_agree(a.capitals, original) if a.capitals is not None else has_article or not a.article)
    )
    return actors.reading(accepted) if accepted else None


def _capitals_agree(capitals: tuple[str, ...], original: str) -> bool:
    """The text capitalises every word the name capitalises (acronyms in full)."""
    written = original.split()
    if len(written) != len(capitals):
        return original[:1].isupper() or capitals[:1] == ("",)
    for want, got in zip(capitals, written, strict=True):
        if want == "A" and not got.isupper():
            return False
        if want == "C" and not got[:1].isupper():
            return False
    return True


def _blocked_spelling(original: str, block: tuple[str, ...]) -> bool:
    """Folding merges ى and ي: `اليمنى` (the right hand) must not read as `اليمني`."""
    plain = original.rstrip(_DIACRITICS)
    if not plain or not any(plain.endswith(b[-1]) for b in block):
        return False
    plain = "".join(ch for ch in plain if ch not in _DIACRITICS)
    return any(plain.endswith(b) for b in block)


_DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0640"


def _select(candidates: list[_Candidate], text: str = "", honorifics: frozenset[str] = frozenset()) -> list[_Candidate]:
    """Longest first, then leftmost; no two chosen candidates overlap. Returned in text order.

    Only candidates that overlap others need choosing among: in text order the
    candidates fall into clusters of ones that overlap, a lone candidate is
    taken as it is, and the choice within a cluster affects no other.

    With the text and the honorifics, persons are ranked by `_person_rank`: a
    name is measured without the titles it opens with ("Crown Prince Mohammed"
    names less of a person than "Mohammed bin Zayed" overlapping it, and
    «ولي العهد الشيخ محمد» less than «محمد بن زايد»), and a forefather after
    "bin" gives way to the person whose lineage he is."""
    order = sorted(candidates, key=_START)
    chosen: list[_Candidate] = []
    first = 0  # where the current cluster begins in `order`
    reach = 0  # and where it ends in the text

    def choose(cluster: list[_Candidate]) -> None:
        if text and honorifics:
            _choose(cluster, chosen, lambda c: _person_rank(text, c, honorifics))
        else:
            _choose(cluster, chosen, _LONGEST_LEFTMOST)

    for i, c in enumerate(order):
        if c[0] >= reach:
            if i - first == 1:
                chosen.append(order[first])
            elif i > first:
                choose(order[first:i])
            first = i
        if c[1] > reach:
            reach = c[1]
    if len(order) - first == 1:
        chosen.append(order[first])
    elif order:
        choose(order[first:])
    return chosen


def _person_rank(text: str, c: _Candidate, honorifics: frozenset[str]) -> tuple[bool, int, int, int]:
    """The rank of a candidate among those it overlaps, best first. A person's name is measured
    from where it begins once the titles it opens with are set aside, and a person named after
    "bin"/«بن» is a forefather in a longer name's lineage ("Tamim bin Hamad bin Khalifa" names
    Tamim, not Hamad bin Khalifa), ranked after the rest."""
    start, end, r, shorter = c  # shorter: start - end, the smaller the longer
    if r.blocked or not r.pool or any(e.kind != "person" for e in r.pool):
        return (False, shorter, shorter, start)
    forefather = _LINEAGE_BEFORE.search(text, max(0, start - 8), start) is not None
    for m in _NAME_WORD.finditer(text, start, end):
        if fold_str(m.group()) not in honorifics:
            return (forefather, m.start() - end, shorter, start)
    return (forefather, shorter, shorter, start)


def _choose(cluster: list[_Candidate], chosen: list[_Candidate], rank: Callable[[_Candidate], Any]) -> None:
    """Add to `chosen` the best-ranked first (longest, then leftmost), non-overlapping candidates of one cluster."""
    picked: list[_Candidate] = []
    if len(cluster) > _SMALL_CLUSTER:  # mark taken offsets instead of comparing pairs
        base = cluster[0][0]
        taken = bytearray(max(c[1] for c in cluster) - base)
        for c in sorted(cluster, key=rank):
            start, end = c[0] - base, c[1] - base
            if taken.find(1, start, end) == -1:
                taken[start:end] = b"\x01" * (end - start)
                picked.append(c)
    else:
        for c in sorted(cluster, key=rank):
            start, end = c[0], c[1]
            for p in picked:
                if p[0] < end and start < p[1]:
                    break
            else:
                picked.append(c)
    picked.sort(key=_START)
    chosen.extend(picked)


_START = itemgetter(0)
_LONGEST_LEFTMOST = itemgetter(3, 0)
_SMALL_CLUSTER = 16
_NAME_WORD = re.compile(r"\w+")
_LINEAGE_BEFORE = LazyPattern(r"(?<!\w)(?:bin|ibn|bint|بن|ابن|بنت)\s+$", re.IGNORECASE)


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _absorb_descriptors(
    text: str, named: list[_Named], honorifics: frozenset[str]
) -> list[tuple[int, int, ActorEntry]]:
    """Merge `country/institution + titles + person` into the person (and drop unresolved names);
    a country after "in" is a place, not merged."""
    out: list[tuple[int, int, ActorEntry]] = []
    for start, end, entry in named:
        if entry is None:
            continue
        if out and entry.kind == "person":
            prev_start, prev_end, prev = out[-1]
            if (
                prev.kind in ("country", "organisation")
                and _same_side(prev, entry)
                and _title_gap(text[prev_end:start], honorifics)
                and not (prev.kind == "country" and _LOCATIVE_BEFORE.search(text, max(0, prev_start - 8), prev_start))
            ):
                out[-1] = (prev_start, end, entry)
                continue
        out.append((start, end, entry))
    return out


def _same_side(describer: ActorEntry, person: ActorEntry) -> bool:
    if describer.country is not None:
        return describer.country == person.country
    return person.country is None and describer.kind == "organisation"


def _title_gap(gap: str, honorifics: frozenset[str]) -> bool:
    if len(gap) > _MAX_GAP:
        return False
    for token in _GAP_TOKEN.findall(fold_str(_POSSESSIVE.sub(" ", gap))):
        if token not in honorifics and token not in _GAP_PUNCT:
            return False
    return True


# ---------------------------------------------------------------- loading


@lru_cache(maxsize=4)
def load_actors_data(path: Path = ACTORS_FILE) -> dict[str, Any]:
    """The parsed `actors.json`, read once for every reader of it (read only: it is shared)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


@lru_cache(maxsize=8)
def load_actors(path: Path | None = None) -> ActorDictionary:
    """The actor dictionary from `actors.json` and the country file it names (cached)."""
    path = Path(path) if path is not None else ACTORS_FILE
    data = load_actors_data(path)
    countries = json.loads((path.parent / data["countries_file"]).read_text(encoding="utf-8"))
    return ActorDictionary(
        build_entries(data, countries),
        blockers=[*data.get("blockers", {}).get("ar", ()), *data.get("blockers", {}).get("en", ())],
        honorifics=[*data.get("honorifics", {}).get("ar", ()), *data.get("honorifics", {}).get("en", ())],
        block_original_ar=data.get("block_original_ar", ()),
        state_words=[*data.get("state_words", {}).get("ar", ()), *data.get("role_words", {}).get("ar", ())],
        state_words_after=data.get("state_words", {}).get("en_after", ()),
        indefinites=data.get("indefinites", {}).get("en", ()),
        places_before=[*data.get("places_before", {}).get("ar", ()), *data.get("places_before", {}).get("en", ())],
        places_after=data.get("places_after", {}).get("en", ()),
        given_names=data.get("given_names", {}).get("en", ()),
        free_after_given=data.get("given_names", {}).get("free_after_en", ()),
        venues_before=data.get("named_venues", {}).get("ar", ()),
        venues_after=data.get("named_venues", {}).get("en", ()),
        languages=SpokenLanguages(data.get("languages", {})),
        bare_legislatures={**data.get("bare_legislatures", {}).get("en", {}), **data.get("bare_legislatures", {}).get("ar", {})},
        surnames=Surnames.from_data(
            data.get("surnames", {}),
            place_keys(path),
            common=[
                *data.get("honorifics", {}).get("ar", ()),
                *data.get("honorifics", {}).get("en", ()),
                *data.get("state_words", {}).get("ar", ()),
                *data.get("role_words", {}).get("ar", ()),
            ],
        ),
    )


def build_entries(data: dict[str, Any], countries: dict[str, Any]) -> list[ActorEntry]:
    """Countries (generated + curated), templated institutions and curated entries."""
    country_entries: list[ActorEntry] = []
    templated: dict[str, dict[str, Any]] = {}
    curated_countries: dict[str, dict[str, Any]] = data.get("countries", {})
    for generated in countries["countries"]:
        override = curated_countries.get(generated["id"], {})
        entry, names = _country_entry(generated, override)
        country_entries.append(entry)
        if "slug" in override:
            for t in data.get("templates", ()):
                item = _fill_template(t, entry, override, names)
                templated[item["id"]] = item
    heads = tuple(data.get("quoted_name_heads", ()))
    curated = [_entry_from_json(d, heads) for d in data.get("entries", ())]
    return country_entries + _merge_templates(curated, templated, data.get("drop_aliases", ()))


def nisba_forms(stems: Iterable[str]) -> list[str]:
    """A masculine nisba and its feminine, dual and plural forms: تركي تركية تركيان
    تركيتان تركيين تركيون; and its indefinite accusative, the form of people counted by a
    number (قتلت القوات نحو 60 فلسطينيا, صيادا إيرانيا): they are of that country.

    A stem that itself starts with `ال` (ألماني) is also given with the
    article (الألماني): the matcher reads a leading `ال` as the article, so
    `الألماني` would otherwise look like two articles.
    """
    out: list[str] = []
    for s in stems:
        forms = (s, s + "ة", s + "ين", s + "ون", s + "ان", s + "تان", s + "تين", s + "ا")
        out.extend(forms)
        if s[:1] in _ALEF and s[1:2] == "ل":
            out.extend("ال" + f for f in forms)
    return out


def english_demonyms(adjectives: Iterable[str]) -> list[str]:
    """The plural nouns of a people from their English adjectives: Chilean -> Chileans,
    Pakistani -> Pakistanis, Filipino -> Filipinos. Wire copy names a crowd by them ("More
    than a million Chileans marched"), and they tell its country as the adjective does.

    Only adjectives in -an, -i and -ino make their noun with -s; those in -ese, -ish or -ch
    (Lebanese, Turkish, French) are their own plural or make it otherwise, and a short
    form or a name used as an adjective (U.S., New Zealand) has no such plural.
    """
    return [a + "s" for a in adjectives if a[-1:].islower() and a.endswith(("an", "i", "ino"))]


def _country_entry(generated: dict[str, Any], override: dict[str, Any]) -> tuple[ActorEntry, dict[str, list[str]]]:
    """A country from its generated record and its curated override, and the
    names its templates are filled with."""
    cid = generated["id"]
    nisba = override.get("nisba_ar", generated.get("nisba_ar", []))
    names_ar = _unique([*generated["aliases_ar"], *override.get("aliases_ar", ())])
    names_en = _unique([*generated["aliases_en"], *override.get("aliases_en", ())])
    adjectives = override.get("adj_en", generated.get("adj_en", []))
    context_ar = tuple(override.get("context_ar", ()))
    context_en = tuple(override.get("context_en", ()))
    drop_ar = {phrase_key(a) for a in (*override.get("drop_ar", ()), *context_ar)}
    drop_en = {phrase_key(a) for a in (*override.get("drop_en", ()), *context_en)}

    def keep(names: Iterable[str], drop: set[str]) -> list[str]:
        return [a for a in _unique(names) if not drop or phrase_key(a) not in drop]

    aliases_ar = keep(
        [*names_ar, *override.get("capitals_ar", ()), *nisba_forms(nisba), *override.get("plural_ar", ())], drop_ar
    )
    aliases_en = keep(
        [*names_en, *override.get("capitals_en", ()), *adjectives, *override.get("demonyms_en", ()), *english_demonyms(adjectives)],
        drop_en,
    )
    names_ar = keep(names_ar, drop_ar)
    name_en = override.get("name_en", generated["name_en"])
    entry = ActorEntry(
        id=cid,
        kind="country",
        country=cid,
        members=(),
        name_en=name_en,
        name_ar=override.get("name_ar", names_ar[0] if names_ar else generated["name_ar"]),
        aliases_ar=tuple(aliases_ar),
        aliases_en=tuple(aliases_en),
        context_ar=context_ar,
        context_en=context_en,
    )
    names = {
        "m": ["ال" + s for s in nisba],
        "f": ["ال" + s + "ة" for s in nisba],
        "n": names_ar[:3],
        "adj": list(adjectives),
        "name": keep([name_en, *names_en], drop_en),
    }
    return entry, names


_PLACEHOLDER = LazyPattern(r"\{(\w+)\}")


def _expand(pattern: str, names: dict[str, list[str]]) -> list[str]:
    """`الجيش {m}` -> one phrase per masculine nisba; no phrase when a value is missing."""
    if "{" not in pattern:
        return [pattern]
    out = [pattern]
    for slot in _PLACEHOLDER.findall(pattern):
        out = [p.replace("{" + slot + "}", v, 1) for p in out for v in names.get(slot, [])]
    return out


def _fill_template(
    template: dict[str, Any], country: ActorEntry, override: dict[str, Any], names: dict[str, list[str]]
) -> dict[str, Any]:
    aliases_ar = _unique(a for p in template["aliases_ar"] for a in _expand(p, names))
    aliases_en = _unique(a for p in template["aliases_en"] for a in _expand(p, names))
    name_en = (_expand(template["name_en"], {"name": [country.name_en]}) or aliases_en or [country.name_en])[0]
    name_ar = (_expand(template["name_ar"], names) or aliases_ar or [country.name_ar])[0]
    return {
        "id": template["id"].replace("{slug}", override["slug"]),
        "kind": template["kind"],
        "country": country.id,
        "name_en": name_en,
        "name_ar": name_ar,
        "aliases_ar": aliases_ar,
        "aliases_en": aliases_en,
        "context_ar": list(template.get("context_ar", ())),
        "context_en": list(template.get("context_en", ())),
        "role": template.get("role"),
    }


def _merge_templates(
    curated: list[ActorEntry], templated: dict[str, dict[str, Any]], drop: Iterable[str]
) -> list[ActorEntry]:
    """Curated entries win: a templated name another entry already has is removed.

    Names are compared as written (templates are filled from the curated
    spellings); tests check that no two actors share a folded name.
    """
    taken = {a for e in curated for a in (*e.aliases_ar, *e.aliases_en, *e.context_ar, *e.context_en)}
    taken.update(drop)
    by_id = {e.id: e for e in curated}
    out: list[ActorEntry] = []
    for e in curated:
        t = templated.get(e.id)
        if t is not None:
            others = taken.difference(e.aliases_ar, e.aliases_en)
            e = ActorEntry(
                e.id, e.kind, e.country, e.members, e.name_en, e.name_ar,
                tuple(_unique([*e.aliases_ar, *(a for a in t["aliases_ar"] if a not in others)])),
                tuple(_unique([*e.aliases_en, *(a for a in t["aliases_en"] if a not in others)])),
                tuple(_unique([*e.context_ar, *t["context_ar"]])), tuple(_unique([*e.context_en, *t["context_en"]])),
                e.role or t["role"], e.counted_with,
            )  # fmt: skip
        out.append(e)
    for tid, t in templated.items():
        if tid in by_id:
            continue
        aliases_ar = tuple(a for a in t["aliases_ar"] if a not in taken)
        aliases_en = tuple(a for a in t["aliases_en"] if a not in taken)
        if aliases_ar or aliases_en:
            out.append(
                ActorEntry(
                    tid,
                    t["kind"],
                    t["country"],
                    (),
                    t["name_en"],
                    t["name_ar"],
                    aliases_ar,
                    aliases_en,
                    tuple(t["context_ar"]),
                    tuple(t["context_en"]),
                    role=t["role"],
                )
            )
    return out


def _entry_from_json(d: dict[str, Any], quoted_heads: tuple[str, ...] = ()) -> ActorEntry:
    return ActorEntry(
        id=d["id"],
        kind=d["kind"],
        country=d.get("country"),
        members=tuple(d.get("members", ())),
        name_en=d["name_en"],
        name_ar=d["name_ar"],
        aliases_ar=tuple(
            _unique(q for a in d.get("aliases_ar", ()) for v in arabic_name_variants(a) for q in quoted_name_variants(v, quoted_heads))
        ),
        aliases_en=tuple(d.get("aliases_en", ())),
        context_ar=tuple(d.get("context_ar", ())),
        context_en=tuple(d.get("context_en", ())),
        role=d.get("role"),
        counted_with=tuple(d.get("counted_with", ())),
        family_names=tuple(d.get("family_names", ())),
    )


_ABD_SPACED = LazyPattern(r"(?<!\w)عبد (?=\w)")
_ABD_JOINED = LazyPattern(r"(?<!\w)عبد(?=ال)")


def quoted_name_variants(name: str, heads: tuple[str, ...]) -> list[str]:
    """A name and, when it opens with a generic head of `heads` and goes on, the same name with
    the rest in guillemets (قناة العربية -> قناة «العربية»), as Arabic news often writes it."""
    head, _, rest = name.partition(" ")
    if not rest or head not in heads or "«" in rest:
        return [name]
    return [name, f"{head} «{rest}»"]


def arabic_name_variants(name: str) -> list[str]:
    """A name and its other common spelling of `عبد`: عبد الله <-> عبدالله."""
    out = [name]
    if "عبد" not in name:
        return out
    if _ABD_SPACED.search(name):
        out.append(_ABD_SPACED.sub("عبد", name))
    if _ABD_JOINED.search(name):
        out.append(_ABD_JOINED.sub("عبد ", name))
    return out
