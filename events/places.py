"""The places stage: cities, regions and countries named in an article.

One `PhraseMatcher` (one Aho-Corasick pass) finds every gazetteer name in the
folded text; each match is then checked and resolved:

- An Arabic name carries the article in the text exactly when its dictionary
  form does (`الموصل`, `بالموصل`, but not `موصل` "conductor"; `سورية` but
  not `السورية` "the Syrian"; `مالي` but not `المالي` "the financial"): the
  matcher strips the article from its keys, so this is checked here.
- English names count only when the original text capitalises them as the
  gazetteer does (`Nice`, `US`, never `nice` or `us`), and not when a
  capitalised word right before or after makes them part of a longer name
  (`Michael Jordan`, `Jordan Peterson`) unless that word is a place word.
- Guarded names are places that are also common words or personal names
  (`صور` pictures, `جدة` grandmother, `حماة` protectors, `مأرب`/`مآرب` aims,
  `عدن` Eden, `الخليل`, `سرت` "spread", `Reading`, `Mobile`, and the small
  towns and single-word Arabic names of the automatic gazetteer). One is
  accepted only after a strong place cue (`مدينة`, `بلدة`, `محافظة`,
  `العاصمة`, `city of` ...), before a nisba of its own country (`درنة
  الليبية`), or after a weak cue (`في`, `إلى`, `من`, `قرب`, the proclitics
  `ب`/`ل`, `in`, `at` ...) when its country is among the countries the
  article names. Strict names (`صور`, `حجة` "pretext", `الخبر` "the news",
  `مشهد` "scene") never pass on a weak cue.
- Blocker phrases (`المغرب العربي`, `مسقط رأسه`, `Washington Post`) are names
  that contain a place name without naming that place; the longest match wins,
  so they silence the place inside.
- A name with several meanings (`طرابلس`: Libya or Lebanon; `عمان`: Oman or
  Amman) resolves to the meaning whose country a neighbouring word names
  (`طرابلس اللبنانية`, `Tripoli, Lebanon`), else to one whose country the
  article names (`context_countries` plus the countries found here), the
  country it names most often first (a Jordanian article that names the Gulf
  states in passing reads `بعمان` as Amman, not the Sultanate), else
  countries before cities before regions, then the larger population. Written
  with the vowel marks of one meaning (`عمّان`, `عُمان`), the name is that one.
- A city of a country the article never names, said to lie in another country
  right after it (`the town of Palma in northern Mozambique`, `Palma,
  Mozambique`, `بيرث في بريطانيا`), is a namesake the gazetteer does not hold: a
  place of that country (its point, or its region after a compass word).
- A place the gazetteer does not know, named after a noun of a settlement or an
  area and before the nisba of its country (`منطقة سيلوبي التركية`, `the Turkish
  town of Silopi`), is a place of that country (its country's point: no city
  is invented), not a known place named beside it; so is a country's side of a
  border (`الجانب التركي من الحدود`, `the Turkish side of the border`). A country's
  land or air named by its nisba or demonym (`على الأراضي السورية`, `في الأجواء
  السعودية`, `on Syrian territory`) is that country, as a place.
- A city after a province word (`محافظة`, `ريف`, `ولاية`, `إقليم`; English
  `X province`) becomes a region; a country after a compass word (`شمال
  سوريا`, `northern Syria`) becomes a region of that country.
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any, NamedTuple

from events.model import PlaceMention, PlacePrecision
from events.resource_cache import pickled_as_tuple
from events.text.gates import WordSet, gated_compile
from events.text.lazy import LazyPattern
from events.text.matching import PhraseMatcher
from events.text.normalize import FoldedText, fold_str, is_arabic

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "gazetteer.json"

_KIND_RANK = {"country": 0, "city": 1, "region": 2}
_GUARDED = 1
_NEEDS_ARTICLE = 2
_STRICT = 4


_NISBA_SEEN_MAX = 50_000  # words whose nisba lookup is remembered (they repeat across articles)
_WORD = re.compile(r"\w+(?:[.'’-]\w+)*\.?", re.UNICODE)
_PROCLITIC_STRIP = LazyPattern(r"^(?:[وف]?[بكل]?(?:ال)?|[وف]?لل)")


@dataclass(frozen=True)
class CountryPlace:
    """A country and a representative point (its capital: for zooming, never drawn as an event)."""

    iso3: str
    name_en: str
    name_ar: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Cues:
    """The words around a name that tell a place from a common word (data: the gazetteer's "cues").

    Arabic words are folded (`normalize.fold_str`); English ones lower-cased,
    except `place_words_en`, which are compared as written.
    """

    strong_ar: frozenset[str]  # مدينة بلدة محافظة العاصمة ...
    weak_ar: frozenset[str]  # في إلى من قرب ...
    province_ar: frozenset[str]  # محافظة ولاية ريف إقليم: a city after one is a region
    compass_ar: dict[str, str]  # شمال -> north: a country after one is a region
    strong_en: frozenset[str]
    weak_en: frozenset[str]
    province_en: frozenset[str]  # "Idlib province"
    compass_en: dict[str, str]
    place_words_en: frozenset[str]  # capitalised words that may stand beside a place name
    skip_before: frozenset[str]  # words passed over when looking for a nisba before a name
    # nouns of a settlement or an area before a name its country's nisba follows (منطقة سيلوبي التركية),
    # and English ones after a demonym (the Turkish town of Silopi), as written
    settlements_ar: frozenset[str] = frozenset()
    settlements_en: frozenset[str] = frozenset()
    # a country's side of a border, named by its nisba between these words (الجانب التركي من الحدود,
    # the Turkish side of the border)
    sides_ar: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    sides_en: frozenset[str] = frozenset()
    # a country's land, air or waters, named by its nisba after one of these nouns (الأراضي
    # السورية) or its demonym before one (Syrian territory)
    territories_ar: frozenset[str] = frozenset()
    territories_en: frozenset[str] = frozenset()
    # words before a guarded country name that make it the country in any article: a preposition of
    # place, a compass word or a noun of the state in construct (في مالي، شمال مالي، حكومة مالي, in
    # Chad), after which the common word (مالي "financial", an adjective) never stands
    country_ar: frozenset[str] = frozenset()
    country_en: frozenset[str] = frozenset()
    # a name of several meanings written with the marks of one of them (عمّان: Amman; عُمان: Oman),
    # with the gazetteer name of that meaning
    vocalised: tuple[tuple[str, str], ...] = ()
    # English nouns of a part of a city after "the" and a name ("the Medina district"), and the
    # lower-case particles inside a longer name before it ("Mocimboa da Praia"): the name is a
    # district's or a longer name's, no town of its own
    districts_en: frozenset[str] = frozenset()
    name_particles_en: frozenset[str] = frozenset()
    # the same words as endings to test the folded text with (`_Hit.word_before_may_end_with`)
    province_ar_ends: tuple[str, ...] = ()
    compass_ar_ends: tuple[str, ...] = ()
    compass_en_ends: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "province_ar_ends", tuple(self.province_ar))
        object.__setattr__(self, "compass_ar_ends", tuple(self.compass_ar))
        object.__setattr__(self, "compass_en_ends", tuple(self.compass_en))

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Cues:
        def folded(key: str) -> frozenset[str]:
            return frozenset(fold_str(w) for w in data[key])

        return cls(
            strong_ar=folded("strong_ar"),
            weak_ar=folded("weak_ar"),
            province_ar=folded("province_ar"),
            compass_ar={fold_str(w): d for w, d in data["compass_ar"].items()},
            strong_en=folded("strong_en"),
            weak_en=folded("weak_en"),
            province_en=folded("province_en"),
            compass_en={w.lower(): d for w, d in data["compass_en"].items()},
            place_words_en=frozenset(data["place_words_en"]),
            skip_before=folded("skip_before"),
            settlements_ar=frozenset(data.get("settlements_ar", ())),
            settlements_en=frozenset(data.get("settlements_en", ())),
            sides_ar=(frozenset(data.get("sides_ar_before", ())), frozenset(data.get("sides_ar_after", ()))),
            sides_en=frozenset(data.get("sides_en_after", ())),
            territories_ar=frozenset(data.get("territories_ar", ())),
            territories_en=frozenset(data.get("territories_en", ())),
            country_ar=frozenset(fold_str(w) for w in data.get("country_ar", ())),
            country_en=frozenset(w.lower() for w in data.get("country_en", ())),
            vocalised=tuple(data.get("vocalised", {}).items()),
            districts_en=frozenset(w.lower() for w in data.get("districts_en", ())),
            name_particles_en=frozenset(data.get("name_particles_en", ())),
        )

    def strip_clitics(self, word: str) -> str:
        """A folded Arabic word without its proclitics, unless the word itself is a cue (`ولاية`, `في`)."""
        if (
            word in self.strong_ar
            or word in self.weak_ar
            or word in self.province_ar
            or word in self.compass_ar
            or word in self.country_ar
        ):
            return word
        return _PROCLITIC_STRIP.sub("", word, count=1)


@pickled_as_tuple
class GazetteerEntry(NamedTuple):
    """One place the gazetteer knows."""

    name: str
    country: str
    lat: float
    lon: float
    precision: PlacePrecision
    population: int = 0


@pickled_as_tuple
class _Name(NamedTuple):
    """Payload of one dictionary name: which entry it names and how it must be checked."""

    entry: int  # index into Gazetteer.entries; -1 for a blocker
    guarded: int  # 0, or _GUARDED (a common word too), with _STRICT when a weak cue never suffices
    needs_article: int  # non-zero: an Arabic name written with ال that the matcher's key dropped
    latin: str | None  # the English spelling, for the capitalisation check


class Gazetteer:
    """Countries, regions and cities with their names, and the matcher built over them.

    Each name in the data is `[spelling, key, flags]`: `key` is the matcher key
    (`matching.phrase_key(spelling)`), computed by the build script so that
    loading folds nothing; flags: 1 guarded, 2 needs the Arabic article, 4 strict.
    """

    def __init__(self, data: dict[str, Any]) -> None:
        self.entries: list[GazetteerEntry] = []
        self._countries: dict[str, CountryPlace] = {}
        self._bbox: dict[str, tuple[float, float, float, float]] = {}
        self._nisba_ar: dict[str, str] = {}
        self._nisba_en: dict[str, str] = {}
        self._nisba_seen: dict[str, str] = {}  # folded word -> nisba_country's answer ("" for None)
        payloads: dict[str, list[_Name]] = {}
        new = tuple.__new__  # NamedTuple's own __new__ is several times slower, and there are 20k names

        def add(entry: GazetteerEntry, names: list[list[Any]]) -> None:
            idx = len(self.entries)
            self.entries.append(entry)
            for spelling, key, flags in names:
                latin = None if "\u0600" <= key[0] <= "\u06ff" else spelling
                item = new(_Name, (idx, flags & (_GUARDED | _STRICT), flags & _NEEDS_ARTICLE, latin))
                same_key = payloads.get(key)
                if same_key is None:
                    payloads[key] = [item]
                else:
                    same_key.append(item)

        for c in data["countries"]:
            place = CountryPlace(c["iso3"], c["name_en"], c["name_ar"], c["lat"], c["lon"])
            self._countries[place.iso3] = place
            if c.get("bbox"):
                self._bbox[place.iso3] = tuple(c["bbox"])
            add(GazetteerEntry(c["name_en"], c["iso3"], c["lat"], c["lon"], "country"), c["names"])
        for r in data["regions"]:
            add(GazetteerEntry(r["name"], r["country"], r["lat"], r["lon"], "region"), r["names"])
        col = {f: i for i, f in enumerate(data["city_fields"])}
        name_i, country_i, lat_i, lon_i = col["name"], col["country"], col["lat"], col["lon"]
        pop_i, names_i = col["population"], col["names"]
        for row in data["cities"]:
            entry = new(GazetteerEntry, (row[name_i], row[country_i], row[lat_i], row[lon_i], "city", row[pop_i]))
            add(entry, row[names_i])
        for iso3, forms in data.get("nisba", {}).items():
            for stem in forms["ar"]:
                self._nisba_ar[fold_str(stem)] = iso3
            for demonym in forms["en"]:
                self._nisba_en[demonym.lower()] = iso3
        for _spelling, key, _flags in data["blockers"]:
            payloads.setdefault(key, []).append(_Name(-1, 0, 0, None))
        self._blocker_keys = frozenset(key for _spelling, key, _flags in data["blockers"])
        self._keys: dict[str, _Key | None] = {}  # filled as keys are first matched
        self._readings: dict[tuple[_Name, ...], _Reading] = {}
        self.matcher: PhraseMatcher[_Name] = PhraseMatcher.from_keys(payloads)
        self.cues = Cues.from_data(data["cues"])

    def __len__(self) -> int:
        return len(self.entries)

    def key(self, key: str, names: tuple[_Name, ...]) -> _Key | None:
        """What the matches of one matcher key say (None: a blocker), worked out at its first match."""
        if key in self._keys:
            return self._keys[key]
        found = None
        if key not in self._blocker_keys:
            bare = tuple(n for n in names if not n.needs_article)
            with_article = tuple(n for n in names if n.needs_article)
            found = _Key(
                names,
                names[0].latin is not None,
                is_arabic(key[0]),
                self.reading(bare) if bare else None,
                self.reading(with_article) if with_article else None,
            )
        self._keys[key] = found
        return found

    def reading(self, names: tuple[_Name, ...]) -> _Reading:
        """What a set of names accepted at one match says."""
        found = self._readings.get(names)
        if found is None:
            first = names[0].entry
            single = self.entries[first] if all(n.entry == first for n in names) else None
            found = _Reading(names, any(n.guarded for n in names), single, _sure_entry(self.entries, names))
            self._readings[names] = found
        return found

    def country(self, iso3: str) -> CountryPlace | None:
        """The country with ISO alpha-3 code `iso3`, or None."""
        return self._countries.get(iso3)

    def countries(self) -> list[CountryPlace]:
        return list(self._countries.values())

    def nisba_country(self, folded_word: str) -> str | None:
        """The country an Arabic nisba adjective or English demonym names (`اللبنانية`, `Lebanese`)."""
        seen = self._nisba_seen.get(folded_word)
        if seen is None:
            seen = self._nisba_lookup(folded_word) or ""
            if len(self._nisba_seen) < _NISBA_SEEN_MAX:
                self._nisba_seen[folded_word] = seen
        return seen or None

    def _nisba_lookup(self, folded_word: str) -> str | None:
        w = folded_word
        if w.isascii():
            return self._nisba_en.get(w.lower())
        w = _PROCLITIC_STRIP.sub("", w, count=1) if len(w) > 4 else w
        for suffix in ("يين", "يون", "يه", "ين", "ون", ""):
            stem = w[: len(w) - len(suffix)] if suffix else w
            if suffix and not w.endswith(suffix):
                continue
            for cand in (stem, stem + "ي"):
                iso3 = self._nisba_ar.get(cand)
                if iso3 is not None:
                    return iso3
        return None

    def region_point(self, iso3: str, direction: str) -> tuple[float, float] | None:
        """An approximate point for `direction` (north, south, east, west, central) of a country."""
        box = self._bbox.get(iso3)
        place = self._countries.get(iso3)
        if box is None or place is None:
            return None
        lat0, lat1, lon0, lon1 = box
        mid_lat, mid_lon = (lat0 + lat1) / 2, (lon0 + lon1) / 2
        return {
            "north": (lat1 - (lat1 - lat0) * 0.2, mid_lon),
            "south": (lat0 + (lat1 - lat0) * 0.2, mid_lon),
            "east": (mid_lat, lon1 - (lon1 - lon0) * 0.2),
            "west": (mid_lat, lon0 + (lon1 - lon0) * 0.2),
            "central": (mid_lat, mid_lon),
        }[direction]




@lru_cache(maxsize=4)
def _load(path: Path) -> Gazetteer:
    # Tens of thousands of small objects are made and all kept: the cyclic
    # collector's passes over them would only add a third to the load time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        with path.open(encoding="utf-8") as f:
            return Gazetteer(json.load(f))
    finally:
        if collecting:
            gc.enable()


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """The gazetteer in `path` (default: events/data/gazetteer.json), loaded once per path."""
    return _load((path or DEFAULT_PATH).resolve())


# ---------------------------------------------------------------------------


_REACH = 80  # characters before and after a name in which its neighbouring words are read


def _last_words(text: str, start: int, n: int) -> list[str]:
    """The last `n` words of `text[start - _REACH : start]`, as `_WORD.findall` over that window reads them.

    The window is read from its end in growing steps: a scan that begins
    later finds the same words as the full one once past its first word, so
    when a shorter window holds more than `n` words its last `n` are exact.
    """
    floor = max(0, start - _REACH)
    width = 16 * n
    while start - width > floor:
        words = _WORD.findall(text, start - width, start)
        if len(words) > n:
            return words[-n:]
        width *= 2
    return _WORD.findall(text, floor, start)[-n:]


class _Reading(NamedTuple):
    """What the names of one key say at a match whose form the text bears out (worked out once per key)."""

    names: tuple[_Name, ...]
    guarded: bool  # some name is a place only with a cue
    single: GazetteerEntry | None  # the one entry all the names stand for, if they stand for one
    sure: GazetteerEntry | None  # the one entry the unguarded names stand for, if exactly one


@pickled_as_tuple
class _Key(NamedTuple):
    """A matcher key's names, and what its matches say before the text is consulted."""

    names: tuple[_Name, ...]
    latin: bool  # English spellings: their capitals are checked in each match
    arabic: bool
    bare: _Reading | None  # an Arabic match without the article in the text (None: no name fits)
    with_article: _Reading | None  # one with it


class _Hit:
    """One accepted match and the words around it, read only as far as the checks
    ask for them (most need only the nearest word on either side)."""

    __slots__ = (
        "_after",
        "_after_raw",
        "_before",
        "_before_raw",
        "_wanted",
        "arabic",
        "end",
        "f_start",
        "folded",
        "prefix",
        "start",
        "text",
    )

    def __init__(self, text: str, folded: FoldedText, f_start: int, f_end: int, key: str, arabic: bool) -> None:
        self.text = text
        self.folded = ftext = folded.text
        self.f_start = f_start
        index = folded.index
        self.start = index[f_start]
        self.end = index[f_end - 1] + 1
        self.prefix = ftext[f_start : f_end - len(key)]  # folded proclitics attached to the match (Arabic)
        self.arabic = arabic
        # the words around are read on demand: `_before_raw`, `_before` once `_wanted`
        # is set, `_after` once `_after_raw` is
        self._wanted = 0
        self._after_raw: str | None = None

    def before_raw(self, n: int = 1) -> list[str]:
        """Up to `n` (at most 3) words right before the match as written, nearest last."""
        if n > self._wanted:
            self._before_raw: list[str] = _last_words(self.text, self.start, n)
            self._before: list[str] = [fold_str(w) for w in self._before_raw]
            self._wanted = n
        return self._before_raw[-n:]

    def before(self, n: int = 1) -> list[str]:
        """The same words folded."""
        self.before_raw(n)
        return self._before[-n:]

    def word_before_may_end_with(self, endings: tuple[str, ...]) -> bool:
        """False when the word right before the match (spaces aside) cannot fold to a
        word ending with one of `endings`: a cheap test, on the folded text, before
        reading that word. (Folding keeps spaces spaces and makes no others.)"""
        folded = self.folded
        i = self.f_start
        while i > 0 and folded[i - 1].isspace():
            i -= 1
        return folded.endswith(endings, 0, i)

    def after_raw(self) -> str | None:
        """The word right after the match as written (None: none within reach)."""
        if self._after_raw is None:
            word = _WORD.search(self.text, self.end, self.end + _REACH)
            self._after_raw = word.group() if word else ""
            self._after: str = fold_str(self._after_raw)
        return self._after_raw or None

    def after(self) -> str | None:
        """The same word folded."""
        self.after_raw()
        return self._after or None


def _has_article(prefix: str) -> bool:
    return prefix.endswith("ال") or prefix.endswith("لل")


def _cue(hit: _Hit, cues: Cues) -> str | None:
    """'strong', 'weak' or None: the place cue right before the match."""
    if hit.arabic:
        before = hit.before()
        prev = cues.strip_clitics(before[-1]) if before else ""
        if prev in cues.strong_ar:
            return "strong"
        if prev in cues.weak_ar:
            return "weak"
        # a proclitic ب / ل on the name itself ("بجدة", "لجدة") reads "in" / "to"
        clitics = hit.prefix[:-2] if hit.prefix.endswith("ال") else hit.prefix
        return "weak" if any(ch in "بل" for ch in clitics) else None
    before = hit.before()
    if not before:
        return None
    prev = before[-1].rstrip(".")
    if prev in cues.strong_en or (prev == "of" and len(two := hit.before(2)) == 2 and two[0] in cues.strong_en):
        return "strong"  # "the capital Doha", "the city of Reading"
    return "weak" if prev in cues.weak_en else None


_ARTICLE_HYPHEN = LazyPattern(r"^(?:Al|El|Ad|Ar|As|Ash|At|Az|An|Adh|Ath)-")


def _country_cue(hit: _Hit, cues: Cues) -> bool:
    """Whether the word right before the name is one that makes a guarded country name the
    country (`في مالي`, `حكومة مالي`, `in Chad`), or the name carries the proclitic ب "in"."""
    before = hit.before()
    if hit.arabic:
        if before and cues.strip_clitics(before[-1]) in cues.country_ar:
            return True
        clitics = hit.prefix[:-2] if hit.prefix.endswith("ال") else hit.prefix
        return "ب" in clitics
    return bool(before) and before[-1].rstrip(".") in cues.country_en


def _case_ok(surface: str, spelling: str) -> bool:
    """Every letter the gazetteer capitalises is capitalised in the text, but for the Arabic article
    before a hyphen, which English writes in either case (`al-Qaim`, `Al-Qaim`)."""
    if _ARTICLE_HYPHEN.match(spelling) and surface[:1].islower():
        cut = spelling.index("-")
        surface, spelling = surface[cut:], spelling[cut:]
    if len(surface) != len(spelling):
        return surface[:1].isupper()
    return all(not b.isupper() or a.isupper() for a, b in zip(surface, spelling, strict=True))


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘(«":
        i -= 1
    return i < 0 or text[i] in ".!?\n:;؟"


def _part_of_longer_name(hit: _Hit, cues: Cues) -> bool:
    """An English name glued to a capitalised non-place word (`Michael Jordan`, `Jordan Peterson`).
    A possessive before it owns the place, no longer name ("Iraq's Mosul", "Russia's Hmeimim base")."""
    text = hit.text
    before_raw = hit.before_raw()
    if before_raw:
        prev = before_raw[-1]
        gap = text[hit.start - len(prev) - 1 : hit.start]
        if (
            prev[:1].isupper()
            and prev not in cues.place_words_en
            and not prev.endswith(("'s", "’s"))
            and gap.endswith(prev + " ")
            and not _sentence_initial(text, hit.start - len(prev) - 1)
        ):
            return True
    nxt = hit.after_raw() or ""
    # the next word right after one space: "DOHA (Reuters)" is a dateline's city, not a longer name
    return nxt[:1].isupper() and nxt not in cues.place_words_en and text.startswith(" " + nxt, hit.end)


# a noun counted by a number, in the indefinite accusative, right before the name: "78 جندياً"
_COUNTED_NOUN_BEFORE = LazyPattern(r"(?<!\S)\d+\s+[\u0621-\u064a]+(?:ا\u064b?|\u064bا)\s+$")


def _a_counted_nisba(hit: _Hit) -> bool:
    """Whether an Arabic country name in `يا` is the indefinite accusative of its nisba, an
    adjective ("بينهم 78 جندياً تركيا", "ضابطاً روسياً": Turkish, Russian): it follows a noun a
    number counts, or carries its tanween itself, and is no place ("زار أيضاً تركيا" still is)."""
    if not hit.arabic or hit.prefix or not fold_str(hit.text[hit.start : hit.end]).endswith("يا"):
        return False
    if hit.text[hit.end : hit.end + 1] == "\u064b":
        return True
    return _COUNTED_NOUN_BEFORE.search(hit.text, max(0, hit.start - 40), hit.start) is not None


def _after_an_opening_name(hit: _Hit, cues: Cues) -> bool:
    """An English name right after the capitalised word that opens its sentence, that word no
    place word of the cues ("Bagheri Kani also met ..."): most often a person's two names."""
    if not hit.text[hit.start : hit.start + 1].isascii():
        return False
    before_raw = hit.before_raw()
    if not before_raw:
        return False
    prev = before_raw[-1]
    return (
        prev[:1].isupper()
        and prev not in cues.place_words_en
        and hit.text[hit.start - len(prev) - 1 : hit.start] == prev + " "
        and _sentence_initial(hit.text, hit.start - len(prev) - 1)
    )


# a town at least this large lends its name to districts and longer names elsewhere; a smaller
# entry named so is most often the district itself (the Gemmayze district of Beirut)
_NAMESAKE_TOWN = 100_000


def _inside_a_longer_name(hit: _Hit, cues: Cues) -> bool:
    """An English name that names part of a longer one: a district's, after "the" and before a
    noun of a part of a city ("the Medina district"), or a name whose capitalised first word and a
    lower-case particle stand before it ("Mocimboa da Praia", "Santa Cruz de la Sierra")."""
    if not hit.text[hit.start : hit.start + 1].isascii():
        return False
    before = hit.before_raw(2)
    after = hit.after_raw()
    if after is not None and after.lower() in cues.districts_en and before and before[-1].lower() == "the":
        return True
    return len(before) == 2 and before[-1] in cues.name_particles_en and before[-2][:1].isupper()


def find_places(
    text: str,
    folded: FoldedText,
    gazetteer: Gazetteer,
    context_countries: Collection[str] = (),
    spans: Sequence[tuple[int, int]] | None = None,
) -> list[PlaceMention]:
    """Every place named in `text`, resolved to one gazetteer entry each.

    `folded` is `fold(text)`; `context_countries` are ISO alpha-3 codes of the
    countries the article names (from the actors stage); a mapping gives how
    often it names each one itself (a member of a named group of states counts
    nought). Offsets are into `text`.
    `spans` (sorted, disjoint, in folded offsets, with only blanks between
    them) are the stretches of `folded` that hold any text: the rest is not searched.
    """
    hits = _hits(text, folded, gazetteer, spans)
    entries = gazetteer.entries
    context = set(context_countries)
    named: dict[str, int] = dict(context_countries) if isinstance(context_countries, Mapping) else {}
    # countries the text itself names without doubt enrich the context
    for _hit, r in hits:
        if r.sure is not None and r.sure.precision == "country":
            context.add(r.sure.country)
            named[r.sure.country] = named.get(r.sure.country, 0) + 1

    out: list[PlaceMention] = []
    namesake = -2  # the last city name read as a namesake elsewhere (none yet)
    for i, (hit, r) in enumerate(hits):
        if _a_counted_nisba(hit):
            continue  # "بينهم 78 جندياً تركيا": Turkish soldiers, not Turkey
        local: set[str] | None = None
        kept: Sequence[_Name] = r.names
        entry = r.single
        if r.guarded:
            local = _local_countries(gazetteer, hit)
            cue = _cue(hit, gazetteer.cues)
            country_cue = _country_cue(hit, gazetteer.cues)
            kept = [
                n
                for n in kept
                if not n.guarded or _guard_passes(n, entries[n.entry], cue, local, context, country_cue=country_cue)
            ]
            if not kept:
                continue
            first = kept[0].entry
            entry = entries[first] if all(n.entry == first for n in kept) else None
        if entry is None and hit.arabic and gazetteer.cues.vocalised:
            entry = _vocalised_meaning(hit, kept, entries, gazetteer.cues)
        if entry is None:  # several meanings to weigh
            if local is None:
                local = _local_countries(gazetteer, hit)
            if len({entries[n.entry].country for n in kept}) > 1:
                local |= _neighbour_countries(text, hits, i, gazetteer)
            entry = _resolve(gazetteer, kept, local, context, named)
        if entry.precision == "city" and entry.country not in context and _after_an_opening_name(hit, gazetteer.cues):
            continue  # "Bagheri Kani also met ...": a surname, not a town of a country the article never names
        if namesake == i - 1:  # "Alexandria, Virginia": the state, not a town of its name elsewhere
            entry = next((entries[n.entry] for n in kept if entries[n.entry].precision == "region"), entry)
        elif entry.precision == "city" and _namesake_of(text, hits, i, entry, gazetteer):
            namesake = i
            continue
        elif entry.precision == "city" and entry.country not in context:
            if entry.population >= _NAMESAKE_TOWN and _inside_a_longer_name(hit, gazetteer.cues):
                continue  # "in the Medina district" of Mogadishu, "Mocimboa da Praia": no town of that name
            within = _placed_within(text, hits, i, gazetteer)
            if within is not None and within.country != entry.country:
                # "the town of Palma in northern Mozambique": a namesake the gazetteer does not hold
                out.append(replace(within, start=hit.start, end=hit.end, text=text[hit.start : hit.end], precision="region"))
                continue
        out.append(_mention(hit, entry, gazetteer))
    named = _nisba_named(text, gazetteer, [(h.start, h.end) for h, _ in hits])
    return sorted(out + named, key=lambda p: p.start) if named else out


_AR_NAME_WORD = r"[\u0621-\u064a\u0671-\u06d3][\u0621-\u064a\u0671-\u06d3\u064b-\u0652\u0670\u0640]*"
_AR_WORD_AT = LazyPattern(_AR_NAME_WORD)
_NISBA_ENDS = ("يه", "ي")  # folded: التركية, العراقي
_PARTICLES = frozenset(fold_str(w) for w in ("في", "من", "على", "إلى", "الى", "عن", "مع", "قرب", "بين", "أو", "و"))
_EN_NAME_WORD = r"(?:(?:al|el|as|ad|ash|ar)-)?[A-Z][\w'’-]*"


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"


class _WordGated:
    """A search whose every match holds, as written, one of `words` (the search reads no case
    as another): a text that holds none of them is not searched at all."""

    __slots__ = ("_pattern", "_words")

    def __init__(self, pattern: re.Pattern[str], words: Iterable[str]) -> None:
        self._pattern = pattern
        self._words = WordSet(words)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._pattern.finditer(text) if self._words.found_in(text) else iter(())


_NISBA_PATTERNS: dict[int, tuple[Cues, tuple[_WordGated, ...]]] = {}


def _nisba_patterns(cues: Cues) -> tuple[_WordGated, ...]:
    """The searches of `_nisba_searches`, made once per gazetteer's cues."""
    made = _NISBA_PATTERNS.get(id(cues))
    if made is None or made[0] is not cues:
        made = _NISBA_PATTERNS[id(cues)] = (cues, _nisba_searches(cues))
    return made[1]


def _nisba_searches(cues: Cues) -> tuple[_WordGated, ...]:
    """Searches for a noun of a settlement, one or two name words and a definite nisba
    (`بمنطقة سيلوبي التركية`), for `the` + demonym + such a noun + `of` + a name, for
    a country's side of a border (`الجانب التركي من الحدود`, `the Turkish side of the border`),
    and for a country's land, air or waters (`على الأراضي السورية`, `on Syrian territory`)."""
    w = _AR_NAME_WORD
    arabic = gated_compile(
        rf"(?<![\w\u064b-\u0652])[وفب]{{0,2}}(?:{_alternation(cues.settlements_ar)})\s+({w})\s+({w})(?:\s+({w}))?"
    )
    english = gated_compile(
        rf"\b[Tt]he\s+([A-Z][a-z]+)\s+(?:[a-z]+\s+)?(?:{_alternation(cues.settlements_en)})\s+of\s+"
        rf"({_EN_NAME_WORD}(?:\s+{_EN_NAME_WORD})?)"
    )
    before, after = cues.sides_ar
    side_ar = gated_compile(rf"(?<![\w\u064b-\u0652])[وفب]{{0,2}}(?:{_alternation(before)})\s+({w})\s+(?:{_alternation(after)})")
    side_en = gated_compile(rf"\b[Tt]he\s+([A-Z][a-z]+)\s+(?:{_alternation(cues.sides_en)})\b")
    land_ar = re.compile(rf"(?<![\w\u064b-\u0652])[وفبل]{{0,2}}(?:{_alternation(cues.territories_ar)})\s+({w})(?![\w\u064b-\u0652])")
    land_en = re.compile(rf"\b([A-Z][a-z]+)\s+(?:{_alternation(cues.territories_en)})\b")
    return (
        _WordGated(arabic, cues.settlements_ar),
        _WordGated(english, cues.settlements_en),
        _WordGated(side_ar, before),
        _WordGated(side_en, cues.sides_en),
        _WordGated(land_ar, cues.territories_ar),
        _WordGated(land_en, cues.territories_en),
    )


def _nisba_named(text: str, gazetteer: Gazetteer, known: list[tuple[int, int]]) -> list[PlaceMention]:
    """Places the gazetteer does not know, named with the nisba of their country."""
    cues = gazetteer.cues
    if not cues.settlements_ar and not cues.settlements_en:
        return []
    arabic, english, side_ar, side_en, land_ar, land_en = _nisba_patterns(cues)
    out: list[PlaceMention] = []
    for m in chain(land_ar.finditer(text) if cues.territories_ar else (), land_en.finditer(text) if cues.territories_en else ()):
        nisba = fold_str(m.group(1)) if is_arabic(m.group(1)[:1]) else m.group(1)
        if is_arabic(nisba[:1]) and not (nisba.startswith("ال") and nisba.endswith(_NISBA_ENDS)):
            continue
        iso3 = gazetteer.nisba_country(nisba)
        country = gazetteer.country(iso3) if iso3 else None
        if country is not None and not any(s < m.end(1) and m.start(1) < e for s, e in known):
            # the country itself, as a place: no finer than its name would be
            out.append(PlaceMention(m.start(), m.end(), m.group(), country.name_en, iso3, country.lat, country.lon, "country"))
    for m in chain(side_ar.finditer(text), side_en.finditer(text)):
        nisba = fold_str(m.group(1)) if is_arabic(m.group(1)[:1]) else m.group(1)
        if is_arabic(nisba[:1]) and not (nisba.startswith("ال") and nisba.endswith(_NISBA_ENDS)):
            continue
        _add_named(out, text, gazetteer, [], m.start(), m.end(), m.start(1), m.end(1), gazetteer.nisba_country(nisba))
    for m in arabic.finditer(text) if cues.settlements_ar else ():
        words = [fold_str(w) if w else "" for w in m.groups()]
        for k in (1, 2):  # a name of one word or of two, then the nisba
            nisba = words[k]
            if any(w.startswith("ال") or w in _PARTICLES or gazetteer.nisba_country(w) for w in words[:k]):
                break
            if not (nisba.startswith("ال") and nisba.endswith(_NISBA_ENDS)) or (iso3 := gazetteer.nisba_country(nisba)) is None:
                continue  # (an adjective of the country, not its name: `مدينة رئيسية في اليمن`)
            # (not one nisba of two countries, `منطقة حدود التركية السورية`)
            end = m.end(k + 1)
            after = _AR_WORD_AT.match(text, end + 1) if text[end : end + 1] == " " else None
            if after is None or not gazetteer.nisba_country(fold_str(after.group())):
                _add_named(out, text, gazetteer, known, m.start(), end, m.start(1), m.end(k), iso3)
            break
    for m in english.finditer(text) if cues.settlements_en else ():
        iso3 = gazetteer.nisba_country(m.group(1))
        _add_named(out, text, gazetteer, known, m.start(), m.end(), m.start(2), m.end(2), iso3)
    return out


def _add_named(
    out: list[PlaceMention],
    text: str,
    gazetteer: Gazetteer,
    known: list[tuple[int, int]],
    start: int,
    end: int,
    name_start: int,
    name_end: int,
    iso3: str | None,
) -> None:
    country = gazetteer.country(iso3) if iso3 else None
    if country is None or any(s < name_end and name_start < e for s, e in known):
        return  # (a name the gazetteer knows is read as it reads it)
    # a place within the country, at its point: no city is invented
    out.append(PlaceMention(start, end, text[start:end], country.name_en, iso3, country.lat, country.lon, "region"))


# the words of a state or province that join it to the city before it ("الإسكندرية بولاية فيرجينيا")
_STATE_WORDS = ("بولاية ", "في ولاية ", "ولاية ")


def _after_a_namesake(text: str, before: _Hit, hit: _Hit) -> bool:
    """Whether a name of a state follows a city name right after ", " (`Alexandria,
    Virginia`) or, in Arabic, with a word of states (`الإسكندرية بولاية فيرجينيا`)."""
    gap = text[before.end : hit.start]
    if not hit.arabic:
        return gap == ", "
    return (gap in (" ", "، ") and text.startswith(_STATE_WORDS, hit.start)) or gap in (" بولاية ", " في ولاية ")


def _namesake_of(text: str, hits: list[tuple[_Hit, _Reading]], i: int, entry: GazetteerEntry, gazetteer: Gazetteer) -> bool:
    """Whether an English city name is followed by ", " and a name that can be a
    state or province of another country only (`Alexandria, Virginia`), not in a
    list of names (`Mosul, Raqqa and Aleppo`): a namesake the gazetteer does not
    hold, not the city it knows; the region names the place."""
    if i + 1 >= len(hits) or not _after_a_namesake(text, hits[i][0], hits[i + 1][0]):
        return False
    if i + 2 < len(hits) and text[hits[i + 1][0].end : hits[i + 2][0].start] in (", ", " and ", ", and "):
        return False
    readings = [gazetteer.entries[n.entry] for n in hits[i + 1][1].names if not n.guarded]
    return any(e.precision == "region" for e in readings) and all(e.country != entry.country for e in readings)


# what may stand between a city and the country it is said to lie in: a comma, "in" or في,
# and a compass word the country's own mention takes in ("Palma in northern Mozambique")
_WITHIN_WORDS = frozenset({",", "،", "in", "في"})


def _placed_within(text: str, hits: list[tuple[_Hit, _Reading]], i: int, gazetteer: Gazetteer) -> PlaceMention | None:
    """The country a city name is said to lie in, right after it (`Palma, Mozambique`, `Palma in
    northern Mozambique`, `بالما في شمال موزمبيق`): that country's place (its region when a compass
    word names one), or None when no single country follows so."""
    if i + 1 >= len(hits):
        return None
    hit, (after, reading) = hits[i][0], hits[i + 1]
    if reading.sure is None or reading.sure.precision != "country":
        return None
    cues = gazetteer.cues
    words = text[hit.end : after.start].replace(",", " , ").replace("،", " ، ").split()
    if not words or any(w.lower() not in _WITHIN_WORDS and w.lower() not in cues.compass_en for w in words if w.isascii()):
        return None
    if any(w not in _WITHIN_WORDS and cues.strip_clitics(fold_str(w)) not in cues.compass_ar for w in words if not w.isascii()):
        return None
    if not any(w in _WITHIN_WORDS for w in words[:1]):
        return None  # "Palma northern Mozambique" says nothing of where Palma is
    if words == [","] and not hit.arabic and _a_clause_after_a_fronted_place(text, hit, after):
        return None
    return _mention(after, reading.sure, gazetteer)


_OFFICE_WORD = re.compile(
    r"\b(?:president|prime minister|premier|minister|foreign minister|leader|king|emir|envoy|ambassador"
    r"|spokesman|spokeswoman|chancellor|chief|commander)\b",
    re.IGNORECASE,
)
_APPOSITION_END = re.compile(r"(?:['\u2019]s)?(?:\s+[^\s,.;]+){1,5}\s*,")


def _a_clause_after_a_fronted_place(text: str, city: _Hit, country: _Hit) -> bool:
    """Whether the comma after an English city closes a place put before its clause, the
    country after it that clause's subject (or its subject's owner), not the country the
    city lies in: the city opens its sentence after "In" and the country is no aside set
    off by a second comma, right after it or a few words on (`In Brussels, Ukraine's prime
    minister signed`, unlike `In Palma, Mozambique, insurgents ...` or `In Palma, Mozambique's
    northernmost town, insurgents ...`)."""
    rest = text[country.end : country.end + 1]
    opening = text[max(0, city.start - 3) : city.start]
    if opening != "In " or not _sentence_initial(text, city.start - 3):
        return False
    if not rest or rest in ",.;)":
        return False
    # a second comma a few words on closes an aside ("In Palma, Mozambique's northernmost town,
    # insurgents ...", "In Palma, Mozambique on Wednesday, insurgents ..."), unless those words
    # name an office, the subject's title before its name ("Ukraine's prime minister, Denys Shmyhal,")
    aside = _APPOSITION_END.match(text, country.end)
    return aside is None or _OFFICE_WORD.search(aside.group()) is not None


def _hits(
    text: str, folded: FoldedText, gazetteer: Gazetteer, spans: Sequence[tuple[int, int]] | None = None
) -> list[tuple[_Hit, _Reading]]:
    """The matches whose form the text bears out, with what their names say."""
    out: list[tuple[_Hit, _Reading]] = []
    find = gazetteer.matcher.find_spans
    # no match reaches across the blanks between spans, so each is searched on its own
    found = find(folded) if spans is None else chain.from_iterable(find(folded, within=span) for span in spans)
    for f_start, f_end, key_text, names in found:
        key = gazetteer.key(key_text, names)
        if key is None:
            continue
        hit = _Hit(text, folded, f_start, f_end, key_text, key.arabic)
        if key.latin:
            reading = None if _part_of_longer_name(hit, gazetteer.cues) else _latin_reading(gazetteer, key, hit)
        else:
            # with the article exactly when the dictionary form has it: الرمادي but not
            # رمادي "grey"; سورية but not السورية "the Syrian"
            reading = key.with_article if _has_article(hit.prefix) else key.bare
        if reading is not None:
            out.append((hit, reading))
    return out


def _latin_reading(gazetteer: Gazetteer, key: _Key, hit: _Hit) -> _Reading | None:
    """The English spellings of a key whose capitals the text shows."""
    surface = hit.text[hit.start : hit.end]
    names = tuple(n for n in key.names if n.latin is not None and _case_ok(surface, n.latin))
    return gazetteer.reading(names) if names else None


def _sure_entry(entries: list[GazetteerEntry], names: Sequence[_Name]) -> GazetteerEntry | None:
    """The one place the unguarded names of a match stand for, if there is exactly one."""
    sure: GazetteerEntry | None = None
    for n in names:
        if n.guarded:
            continue
        e = entries[n.entry]
        if sure is None:
            sure = e
        elif e is not sure and e != sure:
            return None
    return sure


def _guard_passes(
    name: _Name, entry: GazetteerEntry, cue: str | None, local: set[str], context: set[str], *, country_cue: bool = False
) -> bool:
    """Whether a guarded name is a place here: a strong cue (`مدينة حجة`), its own country's nisba
    right after it (`درنة الليبية`), or, unless the name is strict (`بحجة أن` "on the pretext
    that"), a weak cue (`في جدة`) in an article that names its country; a country's own name
    needs no such article after a country cue (`في مالي`, `حكومة مالي`, `in Chad`)."""
    if cue == "strong" or entry.country in local:
        return True
    if country_cue and entry.precision == "country" and not name.guarded & _STRICT:
        return True
    return cue == "weak" and not name.guarded & _STRICT and entry.country in context


def _local_countries(gazetteer: Gazetteer, hit: _Hit) -> set[str]:
    """Countries a nisba or demonym right next to the name points to (`طرابلس اللبنانية`,
    `العاصمة الليبية طرابلس`, `the Lebanese city of Tripoli`)."""
    local: set[str] = set()
    after = hit.after()
    if after is not None:
        iso3 = gazetteer.nisba_country(after)
        if iso3:
            local.add(iso3)
    for n in (1, 2, 3):  # the nearest word that is not a skipped one (مدينة, the)
        before = hit.before(n)
        if len(before) < n:
            break
        word = before[-n]
        if word in gazetteer.cues.skip_before:
            continue
        iso3 = gazetteer.nisba_country(word)
        if iso3:
            local.add(iso3)
        break
    return local


def _neighbour_countries(text: str, hits: list[tuple[_Hit, _Reading]], i: int, gazetteer: Gazetteer) -> set[str]:
    """Countries of unambiguous place names written right beside match `i` (`Tripoli, Lebanon`)."""
    out: set[str] = set()
    m = hits[i][0]
    for j in (i - 1, i + 1):
        if not 0 <= j < len(hits):
            continue
        other = hits[j][0]
        gap = text[other.end : m.start] if j < i else text[m.end : other.start]
        if len(gap) > 4 or gap.strip(" ,'’s،") != "":
            continue
        countries = {gazetteer.entries[n.entry].country for n in hits[j][1].names if not n.guarded}
        if len(countries) == 1:
            out |= countries
    return out


_MARKS = re.compile("[\u064b-\u0652]")


def _vocalised_meaning(
    hit: _Hit, kept: Sequence[_Name], entries: Sequence[GazetteerEntry], cues: Cues
) -> GazetteerEntry | None:
    """The meaning the marks of the name as written pick (عمّان: the city), if any."""
    surface = hit.text[hit.start : hit.end]
    if not _MARKS.search(surface):
        return None
    for form, name in cues.vocalised:
        own = set(_MARKS.findall(form))
        if "".join(c for c in surface if c in own or not _MARKS.match(c)).endswith(form):
            return next((entries[n.entry] for n in kept if entries[n.entry].name == name), None)
    return None


def _resolve(
    gazetteer: Gazetteer,
    names: Iterable[_Name],
    local: set[str],
    context: set[str],
    named: Mapping[str, int] | None = None,
) -> GazetteerEntry:
    entries = {n.entry: gazetteer.entries[n.entry] for n in names}
    named = named or {}

    def rank(e: GazetteerEntry) -> tuple[int, int, int, int, int]:
        return (
            0 if e.country in local else 1,
            0 if e.country in context else 1,
            -named.get(e.country, 0),
            _KIND_RANK[e.precision],
            -e.population,
        )

    return min(entries.values(), key=rank)


def _mention(hit: _Hit, e: GazetteerEntry, gazetteer: Gazetteer) -> PlaceMention:
    text = hit.text
    start, end = hit.start, hit.end
    name, lat, lon, precision = e.name, e.lat, e.lon, e.precision
    if e.precision == "city":
        province = _province_word(hit, gazetteer.cues)
        if province is not None:
            start, end = min(start, province[0]), max(end, province[1])
            name, precision = f"{e.name} province", "region"
    elif e.precision == "country":
        compass = _compass_word(hit, gazetteer.cues)
        if compass is not None:
            direction, c_start = compass
            point = gazetteer.region_point(e.country, direction)
            if point is not None:
                lat, lon = round(point[0], 4), round(point[1], 4)
            start = c_start
            label = "Central" if direction == "central" else f"{direction.capitalize()}ern"
            name, precision = f"{label} {e.name}", "region"
    return PlaceMention(start, end, text[start:end], name, e.country, lat, lon, precision, e.population)


def _province_word(hit: _Hit, cues: Cues) -> tuple[int, int] | None:
    """Span of the province word that makes a city name a region (`محافظة إدلب`, `Idlib province`)."""
    text = hit.text
    if hit.arabic:
        if not hit.word_before_may_end_with(cues.province_ar_ends):
            return None
        before = hit.before()
        if not before or cues.strip_clitics(before[-1]) not in cues.province_ar:
            return None
        raw = hit.before_raw()[-1]
        pos = hit.start - len(raw) - 1
        if pos >= 0 and text[pos : pos + len(raw)] == raw and not text[pos + len(raw) : hit.start].strip():
            return pos, pos + len(raw)
        return None
    after = hit.after()
    if after is not None and after in cues.province_en:
        raw = hit.after_raw() or ""
        pos = text.find(raw, hit.end)
        if pos >= 0 and not text[hit.end : pos].strip():
            return pos, pos + len(raw)
    return None


def _compass_word(hit: _Hit, cues: Cues) -> tuple[str, int] | None:
    """(direction, start) of a compass word right before a country name (`شمال سوريا`, `northern Syria`)."""
    if not hit.word_before_may_end_with(cues.compass_ar_ends if hit.arabic else cues.compass_en_ends):
        return None
    before = hit.before()
    if not before:
        return None
    word = before[-1]
    direction = cues.compass_ar.get(cues.strip_clitics(word)) if hit.arabic else cues.compass_en.get(word)
    if direction is None:
        return None
    raw = hit.before_raw()[-1]
    text = hit.text
    pos = text.rfind(raw, 0, hit.start)
    if pos < 0 or text[pos + len(raw) : hit.start].strip():
        return None
    return direction, pos
