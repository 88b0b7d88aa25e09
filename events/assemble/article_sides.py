"""A two-sided deed told with no side in its own sentence ("Israel and Hamas fought for weeks
... A seven-day truce took effect on November 24", «دخلت هدنة لمدة سبعة أيام حيز التنفيذ يوم 24
نوفمبر»), when nothing told before it gives its sides (a pair, a truce of the same series, the
fighting of the sentence just before), is between the countries the article is about: those its
names point to at least twice and at least half as often as the one named most
(`_article_countries`, the fallback by which a change of office takes the state spoken of), most
named first, when they are two or more. Only a deed told as done, by a verb in the past or with a time of its own in its
sentence: a bare noun ("a truce would help") tells no deed."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from events.assemble.parties import _article_countries, _named_counts
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import Mentions, _Candidate, _country_counts
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_article_side_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types of a deed made between sides that, named by none, takes the article's countries
    (data/assembly.json `article_sides.types`)."""
    return frozenset(load_assembly_rules(path).get("article_sides", {}).get("types", ()))


@lru_cache(maxsize=4)
def load_two_sided_fighting(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Words of an attack that tell fighting between two sides ("Fighting erupted on September
    27", «اندلعت المعارك في 27 سبتمبر»), folded (data/assembly.json `article_sides.fighting`)."""
    return frozenset(fold_str(w) for w in load_assembly_rules(path).get("article_sides", {}).get("fighting", ()))


def _of_a_side_type(cand: _Candidate) -> bool:
    """Whether `cand` is a two-sided deed: of one of `load_article_side_types`, or an attack told
    by a word of fighting between sides (`load_two_sided_fighting`), not a one-sided strike."""
    if cand.event_type in load_article_side_types():
        return True
    words = load_two_sided_fighting()
    if cand.event_type != "attack" or not cand.trigger_text:
        return False
    word = fold_str(cand.trigger_text.strip()).lower()
    return word in words or (len(word) > 2 and word[0] == "و" and word[1:] in words)


def sides_of_the_article(cand: _Candidate, mentions: Mentions, dated: bool) -> list[str] | None:
    """The countries the article is about, most named first, as the sides of `cand`, a two-sided
    deed (`_of_a_side_type`) whose sentence names no country; `dated` whether its sentence gives
    it a time. None for another deed, a deed not told as done, or an article about no country."""
    if not _of_a_side_type(cand) or not (dated or cand.tense == "past"):
        return None
    counts, named = _country_counts(mentions), _named_counts(mentions)
    # each side named by two names at least: a name read both as an actor and as a place ("met in
    # Tunis") counts once, so a venue named once is no side
    sides = sorted((c for c in _article_countries(mentions) if named.get(c, 0) >= 2), key=lambda c: (-counts[c], c))
    # one country alone is no pair of sides ("The war began with Hamas's attack on southern Israel.
    # A week-long truce in November 2023 ...": Israel named twice, the other side once)
    return sides if len(sides) >= 2 else None
