"""An Arabic deed told by its noun with no doer of its own after a clause that names the other side: in
"وكانت الإمارات قد أعلنت منح الحوثيين مهلة ...، لكنها قوبلت بالرفض فبدأت العمليات العسكرية", the
operations are the Emirates' (the subject the sentence began with), not the Houthis' (named as
the object of the clause before). A verb of the deed carries its own subject (ثم أطلقوا: they),
so only a noun is read so. When the doer is taken from before the event word and a
connector that opens a new clause (`unstated_subjects` of data/assembly.json: لكن، ثم، فبدأت)
stands between them, the doer is the first name of the sentence that no preposition marks,
standing before that name; the name nearest the word joins the others."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _is_target
from events.model import ActorMention
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_unstated_subjects(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a connector that opens a new clause (`connectors`), a whole word."""
    words = load_assembly_rules(path).get("unstated_subjects", {}).get("connectors", ())
    return re.compile(r"(?<!\w)(?:" + alternation(fold_str(w) for w in words) + r")(?!\w)")


def subject_of_the_sentence(
    text: str,
    sentence_start: int,
    trigger: tuple[int, int],
    initiator: list[ActorMention],
    others: list[ActorMention],
    actors: list[ActorMention],
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The initiator and the others, the doer taken from the sentence's first free name when the
    one nearest before the Arabic event word lies beyond a connector opening its clause."""
    if not initiator or initiator[0].end > trigger[0] or text[trigger[0] : trigger[1]].isascii():
        return initiator, others
    near = initiator[0]
    if load_unstated_subjects().search(fold_str(text[near.end : trigger[0]])) is None:
        return initiator, others
    first = next(
        (a for a in actors if sentence_start <= a.start < near.start and a.country and not _is_target(text, a)), None
    )
    if first is None or first.country == near.country:
        return initiator, others
    return [first], [near, *(a for a in others if a is not first)]
