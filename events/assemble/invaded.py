"""The land an invasion, an occupation or an aggression is of: the place governed by the event
word's own preposition ("الغزو العراقي للكويت", "العدوان السعودي على اليمن", "the Iraqi invasion
of Kuwait", "Israel's occupation of the Golan"). The deed happened there, not in the invader's
country, which a nisba or a possessive before the object names."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import PlaceMention
from events.text.normalize import fold_str, is_arabic

_WORDS_BETWEEN = 2  # words between the noun and its object: a nisba ("العراقي"), "US-led"
_REACH = 60  # characters after the event word within which its object is looked for


@lru_cache(maxsize=4)
def load_invaded_words(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], frozenset[str]]:
    """A match for a noun of invading (data/assembly.json `invaded_places.nouns`), perhaps with
    the article or a proclitic on an Arabic one, and the prepositions of its object
    (`invaded_places.prepositions`), folded and lower-cased."""
    rules = load_assembly_rules(path).get("invaded_places", {})
    nouns = alternation(fold_str(w).lower() for w in rules.get("nouns", ()))
    pattern = re.compile(r"(?:[وفب]?(?:ال|لل)?)(?:" + nouns + r")\Z")
    return pattern, frozenset(fold_str(w).lower() for w in rules.get("prepositions", ()))


def _invaded_at(text: str, trigger: tuple[int, int], place: PlaceMention) -> bool:
    """Whether the place is the object of an event word of invading (the noun is one of the event
    word's own, "اجتماع ضم ممثلين للسعودية" is no annexation): after its noun, with at
    most two words between, governed by one of the object's prepositions (على, of, against) or
    by the proclitic ل on the name itself ("للكويت")."""
    if not trigger[0] <= place.start <= trigger[1] + _REACH:
        return False
    nouns, prepositions = load_invaded_words()
    words = [fold_str(w).lower().strip(",،'’s") for w in text[trigger[0] : place.start].split()]
    own = len(text[trigger[0] : min(trigger[1], place.start)].split())  # the event word's own words
    at = next((i for i in range(min(own, len(words)) - 1, -1, -1) if nouns.match(words[i])), None)
    if at is None:
        return False
    between = [w for w in words[at + 1 :] if w != "the"]
    if between and between[-1] in prepositions:
        return len(between) - 1 <= _WORDS_BETWEEN
    return is_arabic(place.text[:1]) and fold_str(place.text).startswith("ل") and len(between) <= _WORDS_BETWEEN
