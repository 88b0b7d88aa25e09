"""A person's name taken for a far place: "Hassan replaces Khasawneh as prime minister" names
a man, not the Indian town of Hassan. A city or region whose country no other name of the
article points to, written as the subject of a verb of a person (assembly.json
`person_name_places.verbs`: replaces, said, met, قال، أكد) or followed by a capitalised English
word (a family name) other than one that may stand beside a place name ("Garissa University",
the gazetteer's `place_words_en`), is a person's name: neither the event's place nor a party. So
is an English name the article writes after a given name ("Cuban Foreign Minister Bruno
Rodriguez ... Rodriguez later held talks") when no other name of it points to that country."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from events.assemble.rules import alternation, load_assembly_rules
from events.model import PlaceMention
from events.text.lazy import LazyPattern

_NEXT_WORD = LazyPattern(r"\s+([^\W\d_][\w'-]*)")


@lru_cache(maxsize=1)
def _person_verbs() -> re.Pattern[str]:
    words = load_assembly_rules()["person_name_places"]["verbs"]
    return re.compile(rf"\s+(?:{alternation(words, spaced=True)})(?!\w)")


def _named_like_a_person(text: str, place: PlaceMention, place_words: Collection[str]) -> bool:
    """Whether a verb of a person or an English family name follows the place's name."""
    if _person_verbs().match(text, place.end):
        return True
    if not place.text[:1].isascii():
        return False
    nxt = _NEXT_WORD.match(text, place.end)
    return (
        nxt is not None
        and nxt.group(1)[:1].isupper()
        and nxt.group(1) not in place_words
        and text[place.end : nxt.start(1)].strip() == ""
    )


def _after_a_given_name(text: str, name: str, place_words: Collection[str]) -> bool:
    """Whether `name` stands somewhere in `text` right after a capitalised word that is no word
    beside a place's name (`place_words`: New, Greater, East), inside a sentence: a given name
    before a family name ("Bruno Rodriguez")."""
    for m in re.finditer(r"(?<=[a-z,] )([A-Z][a-z]+) " + re.escape(name) + r"(?![\w-])", text):
        if m.group(1) not in place_words:
            return True
    return False


def without_person_places(
    text: str, places: list[PlaceMention], counts: dict[str, int], place_words: Collection[str] = ()
) -> list[PlaceMention]:
    """The sentence's places less those that are a person's name: a city or region whose country
    the article names nowhere else, named like a person."""
    return [
        p
        for p in places
        if not (
            p.precision in ("city", "region")
            and (
                (counts.get(p.country, 0) <= 1 and _named_like_a_person(text, p, place_words))
                # every name of the article pointing to its country is this one, written once after a given name
                or (counts.get(p.country, 0) <= text.count(p.text) and _after_a_given_name(text, p.text, place_words))
            )
        )
    ]
