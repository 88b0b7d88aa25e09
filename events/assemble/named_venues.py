"""A deal or a truce named after a city was made in that city: "اتفاق الدوحة", "the Algiers
agreement", "معاهدة لوزان". When the event word is a noun of a document (data/assembly.json
`document_names`: اتفاق، معاهدة؛ Agreement, Treaty) and a city stands right after it in Arabic
or right before it in English, capitalised as a name is, that city is where the deal was made,
not a party's country nor the city the article is filed from. A place the sentence states for
the deed itself ("signed in Paris") is kept (`named_venue_types` of data/assembly.json: the
types so named)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from events.assemble.rules import load_assembly_rules
from events.assemble.text import _QUOTE_MARKS, _placed_in
from events.model import PlaceMention
from events.text.normalize import fold_str, is_arabic

_GAP = " " + _QUOTE_MARKS  # what may stand between the noun and the city: spaces, a quotation mark


@lru_cache(maxsize=1)
def _rules() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    rules = load_assembly_rules()
    names = rules.get("document_names", {})
    ar = frozenset(fold_str(w) for w in names.get("ar_before", ()))
    en = frozenset(w.lower() for w in names.get("en_after", ()))
    venue = rules.get("named_venues", {})
    return frozenset(venue.get("types", ())), frozenset(venue.get("precisions", ())), ar, en


def _document_word(word: str) -> bool:
    _, _, ar, en = _rules()
    if is_arabic(word[:1]):
        folded = fold_str(word)
        return folded in ar or (folded[:1] in ("و", "ب", "ل") and folded[1:] in ar)
    return word.lower() in en


def accord_name(text: str, trigger: tuple[int, int]) -> str:
    """The event word with the word that names it beside it ("اتفاق" → "اتفاق الدوحة",
    "agreement" → "Algiers agreement"), for a noun of a document; else the word alone."""
    word = text[trigger[0] : trigger[1]]
    if not word or not _document_word(word.split()[0] if is_arabic(word[:1]) else word.split()[-1]):
        return word
    if is_arabic(word[:1]):
        rest = text[trigger[1] : trigger[1] + 40].lstrip(_GAP).split(None, 1)
        return f"{word} {rest[0].strip(_QUOTE_MARKS + '.,،;؛:()')}" if rest else word
    before = text[max(0, trigger[0] - 40) : trigger[0]].rstrip(_GAP).rsplit(None, 1)
    return f"{before[-1].strip(_QUOTE_MARKS + '.,;:()')} {word}" if before else word


def venue_in_its_name(
    text: str, event_type: str, trigger: tuple[int, int], places: Sequence[PlaceMention], place: PlaceMention | None
) -> PlaceMention | None:
    """The city that names the deal or truce whose word is at `trigger` (see the module), unless
    `place`, the sentence's place of the deed, is a city or region stated after "in"."""
    types, precisions, _, _ = _rules()
    if event_type not in types:
        return None
    if place is not None and place.precision != "country" and _placed_in(text, place):
        return None  # "the Algiers agreement, signed in Paris": its own place
    word = text[trigger[0] : trigger[1]]
    if not word:
        return None
    arabic = is_arabic(word[:1])
    if not _document_word(word.split()[0] if arabic else word.split()[-1]):
        return None
    for p in places:
        if p.precision not in precisions:
            continue
        if arabic and p.start >= trigger[1] and not text[trigger[1] : p.start].strip(_GAP):
            return p
        if not arabic and p.end <= trigger[0] and not text[p.end : trigger[0]].strip(_GAP) and p.text[:1].isupper():
            return p
    return None
