"""A person the actor dictionary does not know, introduced once with a country.

English news introduces a person by a country's adjective or possessive, a
title and the full name ("Malian President Ibrahim Boubacar Keita", "Mali's
opposition leader Soumaila Cisse"), then names that person again by the family
name alone ("Keita, who won a second five-year term in 2018, had faced mass
protests"). Such a later name stands for the country the introduction gave, as
the adjective itself does: the deed of a sentence that names only the person
then has its country.

A family name is followed only when:

- the dictionary named nobody over the full name (a known person is matched by
  the dictionary and `events.surnames` already);
- no other introduced person, of another country, bears the same family name;
- the later name is capitalised, stands alone (no capitalised word right before
  or after it: "Keita Street", "Ibrahim Keita" of another introduction) and
  comes after the introduction.

The titles and the words that may stand before them are data
(actors.json `introduced_persons`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.actors import ACTORS_FILE, load_actors_data
from events.model import ActorMention

# the most capitalised words of a full name after the title
_NAME_WORDS = (2, 4)
# a name particle that may stand inside a full name ("Abd-Rabbu Mansour Hadi", "Ould Abdel Aziz")
_PARTICLES = r"(?:al-|el-|bin|ben|ibn|ould|de|da|dos|van|von|del)"


@lru_cache(maxsize=4)
def load_introductions(path: Path = ACTORS_FILE) -> re.Pattern[str]:
    """A match, right after a country's mention, of its possessive, perhaps modifiers, a title
    and a full name of capitalised words whose last word (group `family`) is the family name."""
    rules = load_actors_data(path).get("introduced_persons", {})
    titles = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(rules.get("titles", ()), key=len, reverse=True))
    modifiers = "|".join(
        re.escape(m).replace(r"\ ", r"\s+") for m in sorted(rules.get("modifiers", ()), key=len, reverse=True)
    )
    word = r"[A-Z][\w'’.-]*[\w]"
    low, high = _NAME_WORDS
    return re.compile(
        r"(?:['’]s)?\s+(?:(?:" + modifiers + r")\s+){0,2}(?:" + titles + r")\s+"
        r"(?P<name>(?:(?:" + word + r"|" + _PARTICLES + r")\s+){" + str(low - 1) + "," + str(high - 1) + r"}"
        r"(?P<family>" + word + r"))(?![\w'’-])(?!\s+[A-Z])"
    )


def introduced_persons(text: str, actors: Sequence[ActorMention]) -> list[ActorMention]:
    """The actors of `text` with, added in text order, each later mention of the family name
    of a person introduced with a country (see the module's docstring)."""
    if not actors or re.search(r"[A-Z]", text) is None:
        return list(actors)
    pattern = load_introductions()
    found: dict[str, tuple[str, int]] = {}  # family name -> (country, where its introduction ends)
    clashing: set[str] = set()
    taken = [(a.start, a.end) for a in actors]
    for a in actors:
        if a.kind != "country" or not a.country or not a.text[:1].isupper():
            continue
        m = pattern.match(text, a.end)
        if m is None or any(s < m.end("name") and m.start("name") < e for s, e in taken):
            continue
        family = m.group("family")
        if family in found and found[family][0] != a.country:
            clashing.add(family)
        found.setdefault(family, (a.country, m.end()))
    if not found:
        return list(actors)
    added: list[ActorMention] = []
    for family, (country, after) in found.items():
        if family in clashing:
            continue
        for m in re.finditer(r"(?<![\w'’-])" + re.escape(family) + r"(?![\w-])", text):
            if m.start() < after or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if _inside_another_name(text, m.start(), m.end()):
                continue  # part of another name: "Ibrahim Keita", "Keita Street"
            added.append(ActorMention(m.start(), m.end(), m.group(), country, "country", country))
    if not added:
        return list(actors)
    return sorted([*actors, *added], key=lambda a: (a.start, a.end))


_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")
_WORD_BEFORE = re.compile(r"(\S+)(\s+)$")
# what ends the sentence before a word
_SENTENCE_END = ".!?\"”:;\n"


@lru_cache(maxsize=4)
def _title_words(path: Path = ACTORS_FILE) -> frozenset[str]:
    """The one-word titles that may stand right before a family name ("President Keita")."""
    titles = load_actors_data(path).get("introduced_persons", {}).get("titles", ())
    return frozenset(t.split()[-1] for t in titles) | {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr."}


def _inside_another_name(text: str, start: int, end: int) -> bool:
    """Whether the family name at `start`-`end` is a part of a longer name: a capitalised word
    right after it, or one right before it that is neither a title nor a sentence's first word."""
    if _CAPITAL_AFTER.match(text, end):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or "\n" in before.group(2):
        return False
    word = before.group(1)
    if not word[:1].isupper() or word in _title_words() or word[-1] in _SENTENCE_END:
        return False  # a title, or the last word of the sentence before
    lead = text[: before.start()].rstrip()
    return bool(lead) and lead[-1] not in _SENTENCE_END  # not the first word of its sentence ("Then Keita")

