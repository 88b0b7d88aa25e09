"""A government's open act reported with no time of its own ("Kurdish officials said peshmerga
forces had been sent to reinforce positions", "Al Arabiya reported that the kingdom had deployed
150,000 soldiers", "Yildirim said that General Dundar had been appointed acting chief";
"وذكرت قناة العربية أن المملكة نشرت 150 ألف جندي"، "وقال رئيس الوزراء إن الجنرال عين قائدا
للأركان"): forces sent or an office filled are done in the open by a state, and its officials or
the press tell them as done, so with no date of their own they are the news of the day they are
reported, not a claim of unknown time, which reported speech with no date otherwise makes a
deed. Only when the source is one the actor dictionary knows (an unnamed adviser stays hearsay),
a verb told in the past (a past perfect, a passive), the types of data/assembly.json
`reported_state_acts.types`, and not when a word of denial follows in the sentence ("said Iran
had sent troops, which Tehran denied"): a contested charge stays a claim. A plan ("will
deploy", "سيرسل") or a noun ("the deployment of troops") is left as it was."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.arming_claims import load_arming_denials
from events.assemble.past_perfect import told_in_the_past_perfect
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _Candidate
from events.attribution import Attribution
from events.model import ActorMention

# an English passive of the (present or past) perfect inside the event word ("forces had been sent")
_EN_PASSIVE = re.compile(r"\b(?:had|has|have)\s+been\s+\w+", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_reported_act_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The event types of a state's open act (data/assembly.json `reported_state_acts.types`)."""
    return frozenset(load_assembly_rules(path).get("reported_state_acts", {}).get("types", ()))


def told_as_done(text: str, cand: _Candidate) -> bool:
    """Whether the event word is a verb in the past, a past perfect or a passive of the past
    ("forces had been sent": the lexicon reads the whole passive as the event word)."""
    if cand.tense == "past" or told_in_the_past_perfect(text, cand):
        return True
    return _EN_PASSIVE.search(text, cand.trigger[0], cand.trigger[1]) is not None


def reported_state_act(
    text: str, cand: _Candidate, attribution: Attribution, actors: Sequence[ActorMention]
) -> bool:
    """Whether the candidate is a state's open act (`load_reported_act_types`) told as done by a
    source the actor dictionary knows (a named official, a government, an outlet: one of `actors`
    inside the speaker's words), which reported speech with no date leaves standing as the news
    of its day. An unnamed speaker ("an adviser said Jordan had nominated an ambassador") stays
    hearsay."""
    if cand.event_type not in load_reported_act_types() or cand.background:
        return False
    if not any(a.start < attribution.speaker_end and attribution.speaker_start < a.end for a in actors):
        return False
    if not told_as_done(text, cand):
        return False
    return load_arming_denials().search(text, cand.trigger[1], cand.sentence[1]) is None
