"""A deed whose clause names its parties only by a pronoun of the two ("وكانت العلاقات بينهما قد
قطعت عام 1988", "relations between them were cut in 1988") was done by the pair told before it:
the names of another clause of its sentence (the lands of a rivalry, "تنافس بين البلدين في سوريا
واليمن") are not its parties nor its place. So is one whose clause names its doers only as "the
two countries" ("اتفاقية التعاون الدفاعي التي وقعها البلدان عام 2014، بعد وصول القوات التركية إلى
الدوحة"), when an event told before has such a pair."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules, load_pair_anaphors
from events.assemble.text import _Candidate, _clause, _pair_told_before
from events.model import ActorMention, Event, PlaceMention


@lru_cache(maxsize=4)
def load_pair_pronouns(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a pronoun of two parties told before (data/assembly.json `pair_pronouns`)."""
    words = load_assembly_rules(path).get("pair_pronouns", ())
    return re.compile(r"(?<!\w)(?:" + alternation(words) + r")(?!\w)", re.IGNORECASE)


def names_of_a_pair_clause(
    text: str, actors: list[ActorMention], places: list[PlaceMention], cand: _Candidate, events: list[Event]
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """`actors` and `places` less those outside the candidate's clause, when that clause names
    the deed's parties by a pronoun of the two, or as "the two countries", an event told before
    (`events`) has a pair, and the clause names no country of its own."""
    lo, hi = _clause(text, cand.sentence, cand.trigger)
    if cand.reference_id is not None:
        return actors, places
    if load_pair_pronouns().search(text, lo, hi) is None and (
        load_pair_anaphors().search(text, lo, hi) is None or _pair_told_before(text[lo:hi], events) is None
    ):
        return actors, places
    if _pair_told_before(text[lo:hi], events, named=True) is None:
        # "أعلنت السعودية وإيران، أمس الجمعة، اتفاقهما على استئناف العلاقات بينهما": no pair told
        # before, so the pronoun takes up the sentence's own pair, named before its clause
        return actors, places
    if any(lo <= a.start < hi and (a.country or a.members) for a in actors) or any(lo <= p.start < hi for p in places):
        return actors, places
    return [a for a in actors if lo <= a.start < hi], []


def pair_of_the_pronoun(text: str, cand: _Candidate, events: list[Event]) -> list[str] | None:
    """The two countries of the event told just before, when the candidate's clause names its
    parties by a pronoun of the two ("وكانت العلاقات بينهما قد قطعت") and its sentence names none."""
    lo, hi = _clause(text, cand.sentence, cand.trigger)
    if load_pair_pronouns().search(text, lo, hi) is None:
        return None
    return _pair_told_before(text[lo:hi], events, named=True)
