"""The land an invasion, an occupation or an aggression is of: the place governed by the event
word's own preposition ("الغزو العراقي للكويت", "العدوان السعودي على اليمن", "the Iraqi invasion
of Kuwait", "Israel's occupation of the Golan"). The deed happened there, not in the invader's
country, which a nisba or a possessive before the object names. So is the land an attack is
made on ("Hamas's attack on southern Israel", "هجوم على جنوب إسرائيل"), though not one named
with ل alone ("غارات للتحالف"), nor a name that qualifies a noun after it ("strikes on
Iran-backed militias", "an attack on US forces")."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import PlaceMention
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str, is_arabic

_WORDS_BETWEEN = 2  # words between the noun and its object: a nisba ("العراقي"), "US-led"
_ATTACK_WORDS_BETWEEN = 4  # words between an attack's noun and its object: its doer, a nisba, an adjective
_COMMA = LazyPattern(r"[,،;؛]")
_REACH = 60  # characters after the event word within which its object is looked for


@lru_cache(maxsize=4)
def load_invaded_words(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], frozenset[str]]:
    """A match for a noun of invading (data/assembly.json `invaded_places.nouns`) or of
    attacking (`invaded_places.attack_nouns`), perhaps with the article or a proclitic on an
    Arabic one, and the prepositions of its object (`invaded_places.prepositions`), folded
    and lower-cased."""
    rules = load_assembly_rules(path).get("invaded_places", {})
    nouns = alternation(fold_str(w).lower() for w in (*rules.get("nouns", ()), *rules.get("attack_nouns", ())))
    pattern = re.compile(r"(?:[وفب]?(?:ال|لل)?)(?:" + nouns + r")\Z")
    return pattern, frozenset(fold_str(w).lower() for w in rules.get("prepositions", ()))


@lru_cache(maxsize=4)
def load_attack_nouns(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match for a noun of attacking (data/assembly.json `invaded_places.attack_nouns`)."""
    rules = load_assembly_rules(path).get("invaded_places", {})
    nouns = alternation(fold_str(w).lower() for w in rules.get("attack_nouns", ()))
    return re.compile(r"(?:[وفب]?(?:ال|لل)?)(?:" + nouns + r")\Z")


_QUALIFIED_NOUN = LazyPattern(r"-|\s+[a-z]")


def _qualifies_a_noun(text: str, place: PlaceMention) -> bool:
    """Whether a Latin name is joined to a word after it or stands before a lower-case word
    that is no preposition or conjunction ("Iran-backed militias", "US forces")."""
    if is_arabic(place.text[:1]) or not _QUALIFIED_NOUN.match(text, place.end):
        return False
    after = text[place.end :].split(None, 1)
    word = after[0].strip(",.;:").lower() if after else ""
    return text[place.end : place.end + 1] == "-" or word not in _NOT_NOUNS


_NOT_NOUNS = frozenset(
    (
        "on", "in", "at", "and", "or", "to", "from", "with", "by", "for", "of", "after", "before", "since",
        "during", "as", "while", "but", "where", "when", "which", "who", "that", "said", "says", "was", "were",
        "is", "are", "has", "have", "had", "will", "would", "could", "earlier", "last", "this", "killing",
        "through", "via", "into", "across", "near", "over", "under", "along", "amid", "against", "toward",
        "towards", "between", "until", "within", "around", "despite", "overnight", "late", "early", "yesterday",
    )
)


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
    attack = load_attack_nouns().match(words[at]) is not None
    if attack and _qualifies_a_noun(text, place):
        return False
    if between and between[-1] in prepositions:
        if attack:  # "هجوم حماس غير المسبوق على جنوب إسرائيل", "a raid by militants on southern Israel"
            return len(between) - 1 <= _ATTACK_WORDS_BETWEEN and not _COMMA.search(text, trigger[0], place.start)
        return len(between) - 1 <= _WORDS_BETWEEN
    return not attack and is_arabic(place.text[:1]) and fold_str(place.text).startswith("ل") and len(between) <= _WORDS_BETWEEN
