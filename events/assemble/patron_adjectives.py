"""A nationality adjective set right after the name of an armed group or a body of another
country ("ميليشيات الحوثي الإيرانية", the Houthi militias called Iranian) names the state
that backs the group, not a side of the deed nor its place."""

from __future__ import annotations

from events.assemble.text import _NISBA_ENDINGS
from events.model import ActorMention, PlaceMention
from events.text.normalize import fold_str


def _definite_nisba(mention: ActorMention) -> bool:
    """An Arabic country adjective with the article, one word ("الإيرانية", "الإيراني")."""
    word = fold_str(mention.text)
    return mention.kind == "country" and word.startswith("ال") and " " not in word and word.endswith(_NISBA_ENDINGS)


def _patron_of(text: str, mention: ActorMention, actors: list[ActorMention]) -> bool:
    """Whether the adjective follows, with nothing but a space between, the name of a
    group or body that belongs to another country."""
    return any(
        a.kind != "country"
        and a.country is not None
        and a.country != mention.country
        and a.end <= mention.start
        and text[a.end : mention.start].isspace()
        for a in actors
    )


def _drop_patron_adjectives(
    text: str, actors: list[ActorMention], places: list[PlaceMention]
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """The actors and places of a sentence without the adjectives that name a group's patron."""
    patrons = [a for a in actors if _definite_nisba(a) and _patron_of(text, a, actors)]
    if not patrons:
        return actors, places
    kept = [a for a in actors if a not in patrons]
    spans = [(a.start, a.end) for a in patrons]
    return kept, [p for p in places if not any(s < p.end and p.start < e for s, e in spans)]
