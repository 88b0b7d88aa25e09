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
  article names (`context_countries` plus the countries found here), else
  countries before cities before regions, then the larger population.
- A city after a province word (`محافظة`, `ريف`, `ولاية`, `إقليم`; English
  `X province`) becomes a region; a country after a compass word (`شمال
  سوريا`, `northern Syria`) becomes a region of that country.
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from events.model import PlaceMention, PlacePrecision
from events.text.matching import Match, PhraseMatcher
from events.text.normalize import FoldedText, fold_str, is_arabic

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "gazetteer.json"

_KIND_RANK = {"country": 0, "city": 1, "region": 2}
_GUARDED = 1
_NEEDS_ARTICLE = 2
_STRICT = 4


_NISBA_SEEN_MAX = 50_000  # words whose nisba lookup is remembered (they repeat across articles)
_WORD = re.compile(r"\w+(?:[.'’-]\w+)*\.?", re.UNICODE)
_PROCLITIC_STRIP = re.compile(r"^(?:[وف]?[بكل]?(?:ال)?|[وف]?لل)")


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
    province_ar_ends: frozenset[str] = frozenset()  # last letters of province_ar
    compass_ends: frozenset[str] = frozenset()  # last letters of compass_ar and compass_en

    def __post_init__(self) -> None:
        object.__setattr__(self, "province_ar_ends", frozenset(w[-1:] for w in self.province_ar))
        object.__setattr__(self, "compass_ends", frozenset(w[-1:] for w in (*self.compass_ar, *self.compass_en)))

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
        )

    def strip_clitics(self, word: str) -> str:
        """A folded Arabic word without its proclitics, unless the word itself is a cue (`ولاية`, `في`)."""
        if word in self.strong_ar or word in self.weak_ar or word in self.province_ar or word in self.compass_ar:
            return word
        return _PROCLITIC_STRIP.sub("", word, count=1)


class GazetteerEntry(NamedTuple):
    """One place the gazetteer knows."""

    name: str
    country: str
    lat: float
    lon: float
    precision: PlacePrecision
    population: int = 0


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
        self.blocker_keys = frozenset(key for _spelling, key, _flags in data["blockers"])
        self.matcher: PhraseMatcher[_Name] = PhraseMatcher.from_keys(payloads)
        self.cues = Cues.from_data(data["cues"])

    def __len__(self) -> int:
        return len(self.entries)

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


class _Context:
    """The words around one match, read only as far as the checks ask for them
    (most need only the nearest word on either side)."""

    __slots__ = ("_after", "_after_raw", "_before", "_before_raw", "_end", "_start", "_text", "_wanted", "prefix")

    def __init__(self, text: str, m: Match[Any]) -> None:
        self._text = text
        self._start = m.start
        self._end = m.end
        self._before_raw: list[str] = []
        self._before: list[str] = []
        self._wanted = 0
        self._after_raw: str | None = None
        self._after: str | None = None
        folded_surface = fold_str(m.text)
        self.prefix = folded_surface[: max(0, len(folded_surface) - len(m.key))]  # folded proclitics (Arabic)

    def before_raw(self, n: int = 1) -> list[str]:
        """Up to `n` (at most 3) words right before the match as written, nearest last."""
        if n > self._wanted:
            self._before_raw = _last_words(self._text, self._start, n)
            self._before = [fold_str(w) for w in self._before_raw]
            self._wanted = n
        return self._before_raw[-n:]

    def before(self, n: int = 1) -> list[str]:
        """The same words folded."""
        self.before_raw(n)
        return self._before[-n:]

    def word_before_may_end_in(self, ends: frozenset[str]) -> bool:
        """False when the word right before the match (spaces aside) cannot end in
        one of the folded letters `ends`: a cheap test before reading that word."""
        text = self._text
        i = self._start - 1
        while i >= 0 and text[i].isspace():
            i -= 1
        if i < 0:
            return False
        last = fold_str(text[i])
        return not last or last in ends  # a letter folding drops tells nothing

    def after_raw(self) -> str | None:
        """The word right after the match as written (None: none within reach)."""
        if self._after_raw is None:
            word = _WORD.search(self._text, self._end, self._end + _REACH)
            self._after_raw = word.group() if word else ""
            self._after = fold_str(self._after_raw)
        return self._after_raw or None

    def after(self) -> str | None:
        """The same word folded."""
        self.after_raw()
        return self._after or None


def _has_article(prefix: str) -> bool:
    return prefix.endswith("ال") or prefix.endswith("لل")


def _cue(ctx: _Context, arabic: bool, cues: Cues) -> str | None:
    """'strong', 'weak' or None: the place cue right before the match."""
    if arabic:
        before = ctx.before()
        prev = cues.strip_clitics(before[-1]) if before else ""
        if prev in cues.strong_ar:
            return "strong"
        if prev in cues.weak_ar:
            return "weak"
        # a proclitic ب / ل on the name itself ("بجدة", "لجدة") reads "in" / "to"
        clitics = ctx.prefix[:-2] if ctx.prefix.endswith("ال") else ctx.prefix
        return "weak" if any(ch in "بل" for ch in clitics) else None
    before = ctx.before()
    if not before:
        return None
    prev = before[-1].rstrip(".")
    if prev in cues.strong_en or (prev == "of" and len(two := ctx.before(2)) == 2 and two[0] in cues.strong_en):
        return "strong"  # "the capital Doha", "the city of Reading"
    return "weak" if prev in cues.weak_en else None


def _case_ok(surface: str, spelling: str) -> bool:
    """Every letter the gazetteer capitalises is capitalised in the text."""
    if len(surface) != len(spelling):
        return surface[:1].isupper()
    return all(not b.isupper() or a.isupper() for a, b in zip(surface, spelling, strict=True))


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘(«":
        i -= 1
    return i < 0 or text[i] in ".!?\n:;؟"


def _part_of_longer_name(text: str, m: Match[Any], ctx: _Context, cues: Cues) -> bool:
    """An English name glued to a capitalised non-place word (`Michael Jordan`, `Jordan Peterson`)."""
    before_raw = ctx.before_raw()
    if before_raw:
        prev = before_raw[-1]
        gap = text[m.start - len(prev) - 1 : m.start]
        if (
            prev[:1].isupper()
            and prev not in cues.place_words_en
            and gap.endswith(prev + " ")
            and not _sentence_initial(text, m.start - len(prev) - 1)
        ):
            return True
    nxt = ctx.after_raw() or ""
    return nxt[:1].isupper() and nxt not in cues.place_words_en and text[m.end : m.end + 1] == " "


def find_places(
    text: str,
    folded: FoldedText,
    gazetteer: Gazetteer,
    context_countries: Collection[str] = (),
) -> list[PlaceMention]:
    """Every place named in `text`, resolved to one gazetteer entry each.

    `folded` is `fold(text)`; `context_countries` are ISO alpha-3 codes of the
    countries the article names (from the actors stage). Offsets are into `text`.
    """
    checked: list[tuple[Match[Any], _Context, list[_Name]]] = []
    blocked = gazetteer.blocker_keys
    for m in gazetteer.matcher.find_all(folded):
        if m.key in blocked:
            continue
        ctx = _Context(text, m)
        names = _forms_ok(text, m, ctx, gazetteer.cues)
        if names:
            checked.append((m, ctx, names))

    entries = gazetteer.entries
    context = set(context_countries)
    # countries the text itself names without doubt enrich the context
    for _m, _ctx, names in checked:
        e = _sure_entry(entries, names)
        if e is not None and e.precision == "country":
            context.add(e.country)

    out: list[PlaceMention] = []
    for i, (m, ctx, names) in enumerate(checked):
        arabic = is_arabic(m.key[0])
        local: set[str] | None = None
        kept = names
        if any(n.guarded for n in names):
            local = _local_countries(gazetteer, ctx)
            cue = _cue(ctx, arabic, gazetteer.cues)
            kept = [n for n in names if not n.guarded or _guard_passes(n, entries[n.entry], cue, local, context)]
            if not kept:
                continue
        first = kept[0].entry
        if all(n.entry == first for n in kept):
            entry = entries[first]  # one meaning: nothing to weigh
        else:
            if local is None:
                local = _local_countries(gazetteer, ctx)
            if len({entries[n.entry].country for n in kept}) > 1:
                local |= _neighbour_countries(text, checked, i, gazetteer)
            entry = _resolve(gazetteer, kept, local, context)
        out.append(_mention(text, m, ctx, entry, gazetteer, arabic))
    return out


def _sure_entry(entries: list[GazetteerEntry], names: list[_Name]) -> GazetteerEntry | None:
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


def _guard_passes(name: _Name, entry: GazetteerEntry, cue: str | None, local: set[str], context: set[str]) -> bool:
    """Whether a guarded name is a place here: a strong cue (`مدينة حجة`), its own country's nisba
    right after it (`درنة الليبية`), or, unless the name is strict (`بحجة أن` "on the pretext
    that"), a weak cue (`في جدة`) in an article that names its country."""
    if cue == "strong" or entry.country in local:
        return True
    return cue == "weak" and not name.guarded & _STRICT and entry.country in context


def _forms_ok(text: str, m: Match[Any], ctx: _Context, cues: Cues) -> list[_Name]:
    """The names of a match whose form the text bears out (all names of one key share its script)."""
    names: tuple[_Name, ...] = m.payload
    if names[0].latin is not None:
        if _part_of_longer_name(text, m, ctx, cues):
            return []
        return [n for n in names if n.latin is not None and _case_ok(m.text, n.latin)]
    # with the article exactly when the dictionary form has it: الرمادي but not رمادي "grey";
    # سورية but not السورية "the Syrian"
    article = _has_article(ctx.prefix)
    return [n for n in names if bool(n.needs_article) == article]


def _local_countries(gazetteer: Gazetteer, ctx: _Context) -> set[str]:
    """Countries a nisba or demonym right next to the name points to (`طرابلس اللبنانية`,
    `العاصمة الليبية طرابلس`, `the Lebanese city of Tripoli`)."""
    local: set[str] = set()
    after = ctx.after()
    if after is not None:
        iso3 = gazetteer.nisba_country(after)
        if iso3:
            local.add(iso3)
    for n in (1, 2, 3):  # the nearest word that is not a skipped one (مدينة, the)
        before = ctx.before(n)
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


def _neighbour_countries(
    text: str, checked: list[tuple[Match[Any], _Context, list[_Name]]], i: int, gazetteer: Gazetteer
) -> set[str]:
    """Countries of unambiguous place names written right beside match `i` (`Tripoli, Lebanon`)."""
    out: set[str] = set()
    m = checked[i][0]
    for j in (i - 1, i + 1):
        if not 0 <= j < len(checked):
            continue
        other = checked[j][0]
        gap = text[other.end : m.start] if j < i else text[m.end : other.start]
        if len(gap) > 4 or gap.strip(" ,'’s،") != "":
            continue
        countries = {gazetteer.entries[n.entry].country for n in checked[j][2] if not n.guarded}
        if len(countries) == 1:
            out |= countries
    return out


def _resolve(gazetteer: Gazetteer, names: Iterable[_Name], local: set[str], context: set[str]) -> GazetteerEntry:
    entries = {n.entry: gazetteer.entries[n.entry] for n in names}

    def rank(e: GazetteerEntry) -> tuple[int, int, int, int]:
        return (
            0 if e.country in local else 1,
            0 if e.country in context else 1,
            _KIND_RANK[e.precision],
            -e.population,
        )

    return min(entries.values(), key=rank)


def _mention(
    text: str, m: Match[Any], ctx: _Context, e: GazetteerEntry, gazetteer: Gazetteer, arabic: bool
) -> PlaceMention:
    start, end = m.start, m.end
    name, lat, lon, precision = e.name, e.lat, e.lon, e.precision
    if e.precision == "city":
        province = _province_word(text, m, ctx, arabic, gazetteer.cues)
        if province is not None:
            start, end = min(start, province[0]), max(end, province[1])
            name, precision = f"{e.name} province", "region"
    elif e.precision == "country":
        compass = _compass_word(text, m, ctx, arabic, gazetteer.cues)
        if compass is not None:
            direction, c_start = compass
            point = gazetteer.region_point(e.country, direction)
            if point is not None:
                lat, lon = round(point[0], 4), round(point[1], 4)
            start = c_start
            label = "Central" if direction == "central" else f"{direction.capitalize()}ern"
            name, precision = f"{label} {e.name}", "region"
    return PlaceMention(start, end, text[start:end], name, e.country, lat, lon, precision, e.population)


def _province_word(text: str, m: Match[Any], ctx: _Context, arabic: bool, cues: Cues) -> tuple[int, int] | None:
    """Span of the province word that makes a city name a region (`محافظة إدلب`, `Idlib province`)."""
    if arabic:
        if not ctx.word_before_may_end_in(cues.province_ar_ends):
            return None
        before = ctx.before()
        if not before or cues.strip_clitics(before[-1]) not in cues.province_ar:
            return None
        raw = ctx.before_raw()[-1]
        pos = m.start - len(raw) - 1
        if pos >= 0 and text[pos : pos + len(raw)] == raw and not text[pos + len(raw) : m.start].strip():
            return pos, pos + len(raw)
        return None
    after = ctx.after()
    if after is not None and after in cues.province_en:
        raw = ctx.after_raw() or ""
        pos = text.find(raw, m.end)
        if pos >= 0 and not text[m.end : pos].strip():
            return pos, pos + len(raw)
    return None


def _compass_word(text: str, m: Match[Any], ctx: _Context, arabic: bool, cues: Cues) -> tuple[str, int] | None:
    """(direction, start) of a compass word right before a country name (`شمال سوريا`, `northern Syria`)."""
    if not ctx.word_before_may_end_in(cues.compass_ends):
        return None
    before = ctx.before()
    if not before:
        return None
    word = before[-1]
    direction = cues.compass_ar.get(cues.strip_clitics(word)) if arabic else cues.compass_en.get(word)
    if direction is None:
        return None
    raw = ctx.before_raw()[-1]
    pos = text.rfind(raw, 0, m.start)
    if pos < 0 or text[pos + len(raw) : m.start].strip():
        return None
    return direction, pos
