"""A deed's subject of sides joined by a conjunction ("The United States and Britain carried out
dozens of air and missile strikes", "The United States, Britain and France launched more than 100
missiles", "شنت السعودية والإمارات غارات"): all are its doers, though the sentence's initiator is
one of them. Another telling that names only one of them as the doer ("US fighter jets ... hit
more than 60 targets", "a claim Washington dismissed") tells the same deed again, not a deed of
another doer. None of them is the attack's target ("air strikes by Syrian and Russian warplanes",
"الضربات الجوية من قبل الطائرات الحربية السورية والروسية"), unless they fight each other
("Israeli and Palestinian forces clashed")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.mutual import load_mutual_fighting
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.model import ActorMention
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

# what stands between two sides joined as one subject: "and" (perhaps "the"), or و written on the
# next name, or the comma of a list of them ("The United States, Britain and France")
_JOINED = LazyPattern(r"\s*(?:(?:,\s*)?(?:and|&)(?:\s+the)?|و|[,،])\s*", re.IGNORECASE)


def joint_doers(text: str, initiator: Sequence[ActorMention], others: Sequence[ActorMention]) -> list[ActorMention]:
    """The sides joined to the initiator by a conjunction with nothing else between, before it
    or after it, one after another; sides joined by a comma only as items of a list that a
    conjunction closes ("The United States, Britain and France"), not a name set off by commas."""
    if not initiator:
        return []
    lead = initiator[0]
    after = sorted((a for a in others if a.start >= lead.end), key=lambda a: a.start)
    before = sorted((a for a in others if a.end <= lead.start), key=lambda a: -a.end)
    return [*_chain(text, lead, after, forward=True), *_chain(text, lead, before, forward=False)]


def _chain(text: str, lead: ActorMention, sides: Sequence[ActorMention], forward: bool) -> list[ActorMention]:
    """The sides next to one another from `lead` on, as far as a conjunction makes them a list:
    after the lead, up to the last side a conjunction joins ("the United States, Britain and
    France", from the first); before it, all those past the conjunction that joins the lead's
    list (from the last)."""
    chain: list[ActorMention] = []
    closed = 0  # how many of the chain are items of a list a conjunction joins
    joined = False
    edge = lead
    for a in sides:
        lo, hi = (edge.end, a.start) if forward else (a.end, edge.start)
        m = _JOINED.fullmatch(text, lo, hi)
        # "الولايات المتحدة وبريطانيا": the Arabic conjunction is written on the later name
        written_on = not text[lo:hi].strip() and text[hi : hi + 1] == "و"
        if m is None and not written_on:
            break
        conjunction = written_on or bool(m and m.group().strip(" ,،"))
        chain.append(a)
        joined = joined or conjunction
        if joined and (not forward or conjunction):
            closed = len(chain)
        edge = a
    return chain[:closed]


@lru_cache(maxsize=4)
def load_fighting_verbs(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Verbs of fighting each other (data/assembly.json `fighting_verbs`), folded, lower-cased."""
    words = load_assembly_rules(path).get("fighting_verbs", {}).get("words", ())
    return frozenset(fold_str(w).lower() for w in words)


def fighting_each_other(trigger_text: str) -> bool:
    """Whether an attack's event word is a noun of fighting between sides (`mutual_fighting`) or
    opens on a verb of fighting each other (`fighting_verbs`: "clashed", "exchanged fire", with
    و or ف on the Arabic verb)."""
    folded = fold_str(trigger_text)
    if load_mutual_fighting().match(folded):
        return True
    first = folded.split()[0].lower() if folded.split() else ""
    verbs = load_fighting_verbs()
    return first in verbs or (first[:1] in ("و", "ف") and first[1:] in verbs)


# the doer named after the word of a deed: after a word of agency ("air strikes by Syrian and Russian
# warplanes", "الضربات الجوية من قبل الطائرات الحربية السورية والروسية"), a few words of its noun between,
# perhaps past the quote mark closing the event word ('"hundreds of air strikes" by Syrian ...')
_AGENT_AFTER = LazyPattern(
    r"[\"'”»)]*(?:\s+[^\s,،.;]+){0,2}?\s+(?:by|من\s+قبل|من\s+جانب|على\s+يد)(?:\s+[^\s,،.;]+){0,3}?\s+",
    re.IGNORECASE,
)


def _in_the_doer_s_place(text: str, trigger: tuple[int, int], verb: bool, lead: ActorMention) -> bool:
    """Whether the initiator stands where a doer is told: before the event word, after a word of
    agency after it (`_AGENT_AFTER`), or right after an Arabic verb ("شنت السعودية والإمارات"); not
    as the object of a noun of a deed ("اغتيال هنية في طهران ونصر الله في بيروت": two killings)."""
    if lead.end <= trigger[0]:
        return True
    between = text[trigger[1] : lead.start]
    return (verb and not between.strip()) or _AGENT_AFTER.fullmatch(between) is not None


def co_doers_first(
    text: str,
    event_type: str,
    trigger: tuple[tuple[int, int], str, bool],
    initiator: list[ActorMention],
    others: list[ActorMention],
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The sides joined to the initiator of an attack by a conjunction (`joint_doers`) as doers
    beside it, no longer its target: "hundreds of air strikes by Syrian and Russian warplanes"
    is struck by Syria and Russia, as "من قبل الطائرات الحربية السورية والروسية" is, and "the
    coalition led by Saudi Arabia and the United Arab Emirates began its offensive" by both. Not
    a noun or verb of fighting between sides (`fighting_each_other`: "Israeli and Palestinian
    forces clashed"), whose joined sides fight each other, nor names in an object's place
    (`_in_the_doer_s_place`). A group whose member states are all among the doers (the Saudi-led
    coalition, beside Saudi Arabia and the UAE) strikes with them too. `trigger`: the event word's
    span, its text, and whether it is a verb."""
    span, trigger_text, verb = trigger
    if event_type != "attack" or not initiator or fighting_each_other(trigger_text):
        return initiator, others
    if not _in_the_doer_s_place(text, span, verb, initiator[0]):
        return initiator, others
    joined = joint_doers(text, initiator, others)
    if not joined:
        return initiator, others
    doers = [*initiator, *joined]
    states = {a.country for a in doers if a.country}
    # "the coalition led by Saudi Arabia and the United Arab Emirates": a group of those states strikes with them
    joined += [a for a in others if a.members and set(a.members) <= states and all(a is not j for j in joined)]
    return [*initiator, *joined], [a for a in others if all(a is not j for j in joined)]
