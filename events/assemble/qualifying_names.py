"""A name that qualifies the noun next to it names a side, the owner or the nationality of what
that noun names, not where a deed took place: an English name in the possessive ("to curb
Tehran's nuclear programme", "talks between Yemen's government and the Houthis opened in
Kuwait"), and a country's name that is also its adjective (data/assembly.json `adjective_names`),
in English before the noun ("protesters stormed Saudi diplomatic missions in Iran"), in Arabic
after a definite one ("اقتحم محتجون البعثات الدبلوماسية السعودية في إيران"). A preposition or a
noun of places before the name makes it a place again ("in Tehran's Evin prison", "في السعودية")."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.possessive_hosts import named_in_the_possessive
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _locative, _span_before
from events.model import PlaceMention
from events.text.normalize import fold_str, is_arabic

# the English noun or adjective right after the name ("Saudi diplomatic", "Saudi-led")
_WORD_AFTER = re.compile(r"(?:\s+|-)[^\W\d_]")


@lru_cache(maxsize=4)
def load_adjective_names(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Country names that are also the country's adjective (`adjective_names`), folded, lower-cased."""
    return frozenset(fold_str(w).lower() for w in load_assembly_rules(path).get("adjective_names", {}).get("names", ()))


def _as_adjective(text: str, place: PlaceMention) -> bool:
    """Whether a name that is also its country's adjective stands as one: in Arabic right after a
    definite word, with no clitic on the name ("البعثات الدبلوماسية السعودية", not "والسعودية");
    in English right before a word ("Saudi diplomatic missions", "Saudi-led")."""
    if fold_str(place.text).lower() not in load_adjective_names():
        return False
    if is_arabic(place.text[:1]):
        if place.start == 0 or not text[place.start - 1].isspace():
            return False
        i, j = _span_before(text, place.start)
        word = fold_str(text[i:j])
        return word.startswith("ال") or word.startswith(("وال", "فال"))
    return _WORD_AFTER.match(text, place.end) is not None


def qualifies_a_noun(text: str, place: PlaceMention) -> bool:
    """Whether the name qualifies the noun next to it (see the module's doc), with no preposition
    or noun of places making it a place."""
    if _locative(text, place):
        return False
    return (not is_arabic(place.text[:1]) and named_in_the_possessive(text, place)) or _as_adjective(text, place)
