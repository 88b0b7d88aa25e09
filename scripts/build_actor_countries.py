"""Generate events/data/actor_countries.json: every ISO 3166-1 country as an actor.

Names come from CLDR through Babel (`Locale('ar').territories`,
`Locale('en').territories`) and from pycountry (ISO 3166-1 names, common and
official names). Arabic nisba stems (تركيا -> تركي) and English adjectives
(Albania -> Albanian) are derived by conservative spelling rules; a name whose
derived form would be an everyday word is left without one. The curated part
of the dictionary (events/data/actors.json, "countries") adds the press
variants, capitals used as metonyms and hand-checked nisbas, and overrides
what is generated here.

The runtime reads only the JSON this script writes, so neither Babel nor
pycountry is imported at start-up.

    .venv/bin/python scripts/build_actor_countries.py [--out PATH] [--check]

`--check` exits with status 1 when the committed file differs from what
the installed Babel and pycountry would generate.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import pycountry
from babel import Locale

OUT = Path(__file__).resolve().parents[1] / "events" / "data" / "actor_countries.json"

_ARTICLE = "ال"
_PAREN = re.compile(r"\s*\(([^)]*)\)")

# Babel names whose derived nisba would be an everyday Arabic word or
# collide with a more common name: no generated nisba for these.
_NO_NISBA_AR = {
    "BEN",  # بنين: "sons"; بنيني
    "NER",  # نيجري is also used for Nigeria
    "GEO",  # جورجي: the given name George
    "CUW",
    "GUM",
}

# English names that are everyday words or ambiguous between countries.
# English needs a capital letter in the text, which keeps Turkey, Chad and
# Jordan safe; Georgia is also a US state and Congo names two countries.
_NO_ALIAS_EN = {"Georgia", "Congo"}


def _strip_article(word: str) -> str:
    return word[2:] if word.startswith(_ARTICLE) and len(word) > 4 else word


def nisba_stem_ar(name: str) -> str | None:
    """The masculine nisba of a one-word Arabic country name, or None.

    تركيا -> تركي, فرنسا -> فرنسي, إيران -> إيراني, قطر -> قطري; names ending
    in ي (مالي, جيبوتي), و or ة are irregular and get none.
    """
    if " " in name or "-" in name:
        return None
    base = _strip_article(name)
    if len(base) < 3:
        return None
    last = base[-1]
    if last in "يىوةه":
        return None
    if base.endswith("يا"):
        return base[:-1]
    if last == "ا":
        return base[:-1] + "ي"
    return base + "ي"


def adjective_en(name: str) -> str | None:
    """A regular English adjective of a one-word country name, or None.

    Only the regular pattern -ia -> -ian (Albania -> Albanian, Tunisia ->
    Tunisian); other endings are too irregular (Ghana -> Ghanaian) and are
    curated where they matter.
    """
    if re.fullmatch(r"[A-Z][a-z]+ia", name):
        return name + "n"
    return None


def _variants(name: str) -> list[str]:
    """`Myanmar (Burma)` -> [Myanmar, Burma]; `Cocos (Keeling) Islands` -> [Cocos Islands].

    A bracketed part is another name only after a one-word name.
    """
    out = []
    inner = _PAREN.findall(name)
    outer = " ".join(_PAREN.sub(" ", name).split())
    for n in (outer, *(inner if " " not in outer else ())):
        n = n.replace("’", "'").strip()
        if n and n not in out:
            out.append(n)
    return out


def build() -> dict:
    ar = Locale("ar").territories
    en = Locale("en").territories
    countries = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        name_ar_raw = ar.get(c.alpha_2, "")
        name_en_raw = en.get(c.alpha_2, c.name)
        names_ar = [n for n in _variants(name_ar_raw) if " - " not in n and "منطقة" not in n]
        names_en: list[str] = []
        iso_names = (c.name, getattr(c, "common_name", None))
        for raw in (*_variants(name_en_raw), *(v for iso in iso_names if iso for v in _variants(iso))):
            if "," in raw or " - " in raw:
                continue
            n = raw.removesuffix(" SAR China")
            n = n.replace("&", "and").replace("St. ", "Saint ").replace("’", "'")
            if n.lower().startswith("the "):
                n = n[4:]
            if n not in names_en and n not in _NO_ALIAS_EN:
                names_en.append(n)
        nisba = None if c.alpha_3 in _NO_NISBA_AR else (nisba_stem_ar(names_ar[0]) if names_ar else None)
        adjective = adjective_en(name_en_raw)
        countries.append(
            {
                "id": c.alpha_3,
                "alpha2": c.alpha_2,
                "name_en": _variants(name_en_raw)[0].removesuffix(" SAR China"),
                "name_ar": names_ar[0] if names_ar else name_ar_raw,
                "aliases_ar": names_ar,
                "aliases_en": names_en,
                "nisba_ar": [nisba] if nisba else [],
                "adj_en": [adjective] if adjective else [],
            }
        )
    _drop_shared(countries)
    return {
        "_source": (
            "Generated by scripts/build_actor_countries.py from CLDR territory names "
            f"(Babel {importlib.metadata.version('babel')}) and ISO 3166-1 "
            f"(pycountry {importlib.metadata.version('pycountry')}); do not edit by hand, "
            "curated additions live in actors.json"
        ),
        "codes": [c["id"] for c in countries],
        "countries": countries,
    }


def _drop_shared(countries: list[dict]) -> None:
    """An alias generated for two countries (`Congo`) names neither."""
    owners: dict[str, set[str]] = defaultdict(set)
    for c in countries:
        for field in ("aliases_ar", "aliases_en"):
            for a in c[field]:
                owners[a.lower()].add(c["id"])
    for c in countries:
        for field in ("aliases_ar", "aliases_en"):
            c[field] = [a for a in c[field] if len(owners[a.lower()]) == 1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="compare with the committed file instead of writing")
    args = parser.parse_args(argv)
    text = json.dumps(build(), ensure_ascii=False, indent=1) + "\n"
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date; run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text.encode())} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
