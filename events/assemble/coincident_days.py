"""A deed told with no time of its own as done at the same time as a deed the article has told
with its day («وأعلن بوش أن طائرات النقل الأمريكية ألقت بالتزامن مع الضربات آلاف الحصص
الغذائية», "dropped food rations in tandem with the strikes"): the phrase of coincidence
(data/assembly.json `coincidence`) and the definite noun of that deed's type after it in the
deed's sentence date it by that deed's day, not the publication's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from events.assemble.candidates import _is_definite
from events.assemble.rules import alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event, TriggerMention

# a preposition right after the noun: a phrase that says which deed it is ("the negotiations
# in Abuja"), perhaps another than the one of its type told before
_QUALIFIED = re.compile(r"\s+(?:in|at|on|near|between|with|of|في|فى|بين|مع|ب\S+)(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _phrase() -> re.Pattern[str]:
    """A search for a phrase of coincidence followed by at most one word (an English article)."""
    words = load_assembly_rules().get("coincidence", {}).get("phrases", ())
    return re.compile(r"(?<!\S)[وف]?(?:" + alternation(words, spaced=True) + r")\s+(?:the\s+)?", re.IGNORECASE)


def date_by_the_coincident_deed(
    event: Event, text: str, cand: _Candidate, words: Sequence[TriggerMention], events: Sequence[Event], spans: dict
) -> None:
    """Date a publication-dated event whose sentence tells it done at the same time as the
    bare definite noun of a deed the article told before it with a day of its own (a noun with a
    phrase of its own after it, "the negotiations in Abuja", may name another deed)."""
    if event.date_basis != "publication" or cand.reference_id is not None:
        return
    s, e = cand.sentence
    for m in _phrase().finditer(text, s, e):
        noun = next((w for w in words if w.start == m.end()), None)
        if noun is None or noun.event_type == event.event_type or not _is_definite(text, noun) or _QUALIFIED.match(text, noun.end):
            continue
        told = next(
            (
                ev
                for ev in reversed(events)
                if ev.event_type == noun.event_type
                and ev.date_basis in ("explicit", "relative")
                and ev.date_precision == "day"
                and (ev.spans.get("quote") or [e])[0] < s
            ),
            None,
        )
        if told is None or not told.date or told.date > (event.published or ""):
            continue
        event.date, event.date_precision, event.date_basis = told.date, "day", told.date_basis
        spans["date"] = list(told.spans["date"]) if told.spans.get("date") else None
        return
