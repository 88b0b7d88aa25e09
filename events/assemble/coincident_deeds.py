"""A deed told as coinciding with a deed told before: «وتزامنت المراسم مع إطلاق صاروخين من قطاع
غزة», «وتزامن القرار مع وصول رايس إلى إسرائيل», "The ceremony coincided with rocket fire from
Gaza". The subject of the verb of coinciding takes up the deed the sentence before told (the
ceremony, the decision); the deed after مع or with happened at that deed's time. With no time
of its own it takes the time of the first deed dated by the text in the sentence before, or, when
that sentence tells none (a saying), of the last deed so dated before it; not the publication's
day (data/assembly.json `coincident_deeds`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event


@lru_cache(maxsize=4)
def load_coincident_openers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, from the start of a sentence, for a verb of coinciding, at most `words` words of
    its subject, and the word of with, ending right before the deed's words (`coincident_deeds`)."""
    rules = load_assembly_rules(path).get("coincident_deeds", {})
    verbs = alternation(rules.get("verbs", ()), spaced=True)
    withs = alternation(rules.get("with", ()), spaced=True)
    words = int(rules.get("words", 3))
    return re.compile(
        r"\s*(?:(?:[وف]?(?:" + verbs + r"))(?:\s+[^\s,،.;:؛]+){1," + str(words) + r"}"
        r"|(?:The|This|That)(?:\s+[^\s,،.;:؛]+){0," + str(words) + r"}\s+(?:" + verbs + r"))"
        r"\s+(?:" + withs + r")\s"
    )


def _at(event: Event) -> int:
    """Where the event's word (else its sentence) begins."""
    return (event.spans.get("trigger") or event.spans["quote"])[0]


def date_as_coincident(
    event: Event, text: str, cand: _Candidate, before: tuple[int, int], told: Sequence[Event], spans: dict
) -> None:
    """Date a publication-dated event told after the opening verb of coinciding of its sentence
    by the first deed the sentence `before` told with a time of the text."""
    if event.date_basis != "publication" or before[0] >= before[1]:
        return
    opener = load_coincident_openers().match(text, cand.sentence[0])
    if opener is None or cand.trigger[0] < opener.end() - 1:
        return
    dated = [ev for ev in told if ev.date_basis in ("explicit", "relative") and ev.date]
    if any(before[0] <= _at(ev) < before[1] for ev in told):
        dated = [ev for ev in dated if before[0] <= _at(ev) < before[1]]
    else:  # a sentence of sayings before: the last deed told before it
        earlier = [ev for ev in dated if _at(ev) < before[0]]
        dated = [max(earlier, key=_at)] if earlier else []
    if not dated:
        return
    # the sentence's first deed, that of its main clause, which its subject takes up (not a deed
    # its clause of after or since tells: "a month after Israel and the UAE agreed on August 13")
    prior = min(dated, key=_at)
    event.date, event.date_precision, event.date_basis = prior.date, prior.date_precision, prior.date_basis
    event.end_date = None
    spans["date"] = prior.spans.get("date")
