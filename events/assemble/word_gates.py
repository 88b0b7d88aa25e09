"""Whether an article can hold the phrases a step looks for at all: all the words of one
of them occur in its text. A step that finds none of them leaves every event as it is,
so it is skipped for the whole article (asked once per article, kept for the last few)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.text.gates import anchor_words, case_blind_text, may_hold


@lru_cache(maxsize=4)
def _border_anchors(path: Path = ASSEMBLY_RULES) -> tuple[tuple[str, ...], ...]:
    """The words of each phrase before a neighbour country (`border_neighbour_markers`)."""
    return anchor_words(load_assembly_rules(path).get("border_neighbour_markers", ()))


@lru_cache(maxsize=8)
def names_a_border(text: str) -> bool:
    """Whether `text` holds all the words of a phrase before a neighbour country ("قرب
    الحدود مع", "near the border with"): only then can a name in it be a neighbour."""
    return may_hold(case_blind_text(text), _border_anchors())


@lru_cache(maxsize=64)
def may_name(text: str, anchors: tuple[tuple[str, ...], ...]) -> bool:
    """Whether `text` holds all the words of one of `anchors` (from `anchor_words`): when it
    does not, a search for their phrases finds nothing anywhere in it. Asked once for each
    text and set of phrases, so that a step searched near every name or event word of an
    article is skipped in the articles that cannot hold its words."""
    return may_hold(case_blind_text(text), anchors)
