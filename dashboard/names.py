"""Display names of actors and countries in English and Arabic.

Actors come from the pipeline's actor dictionary (`events.actors.load_actors`);
any ISO alpha-3 country code it lacks is named from CLDR (Babel) through
ISO 3166 (pycountry). An unknown id is shown as itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry
from babel import Locale


@dataclass(frozen=True)
class NameBook:
    """Names by id: `names[id] = (english, arabic)`; `countries` is every known ISO alpha-3 code."""

    names: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    countries: frozenset[str] = frozenset()

    def name(self, code: str, lang: str = "en") -> str:
        pair = self.names.get(code)
        if not pair:
            return code
        return (pair[1] if lang == "ar" else pair[0]) or pair[0] or code

    def label(self, code: str, lang: str = "en") -> str:
        """Both names, the interface language first, so either can be typed into a searchable list."""
        pair = self.names.get(code)
        if not pair:
            return code
        first, second = (pair[1], pair[0]) if lang == "ar" else pair
        parts = [p for p in dict.fromkeys((first, second)) if p]
        return " · ".join(parts) or code

    def is_country(self, code: str) -> bool:
        return code in self.countries

    def knows(self, code: str) -> bool:
        return code in self.names


def country_names() -> dict[str, tuple[str, str]]:
    """ISO alpha-3 code to (English, Arabic) CLDR names."""
    en, ar = Locale("en").territories, Locale("ar").territories
    out: dict[str, tuple[str, str]] = {}
    for country in pycountry.countries:
        a2 = country.alpha_2
        out[country.alpha_3] = (en.get(a2) or country.name, ar.get(a2) or "")
    return out


@lru_cache(maxsize=1)
def load_names() -> NameBook:
    """Country names from CLDR, then every actor of the actor dictionary (cached per process)."""
    names = country_names()
    countries = frozenset(names)
    try:
        from events.actors import load_actors

        actors = load_actors()
    except Exception:  # the dashboard still names countries without the actor dictionary
        actors = None
    if actors is not None:
        for entry in actors.entries():
            en, ar = entry.name_en or entry.id, entry.name_ar or ""
            old = names.get(entry.id)
            names[entry.id] = (en or (old[0] if old else entry.id), ar or (old[1] if old else ""))
    return NameBook(names=names, countries=countries)
