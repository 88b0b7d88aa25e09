"""An Arabic event word that names the decision a sentence's measure carries out («وإنفاذا
لقرار قطع العلاقات، تمنع ...», «تنفيذا للقرار الذي اتخذته بقطع علاقاتها»), or the decision
it came after («قررت السلطات غلق مكتب القناة إثر القرار الذي اتخذته المملكة بقطع علاقاتها»,
"decided to close the office of the channel, following the decision taken by the kingdom to cut
its relations", `decision_followers` of data/assembly.json): the deed of that earlier decision, another event
than the measure its sentence tells, even of the same type."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import Event
from events.text.gates import gated_compile
from events.text.lazy import LazyPattern

# "إنفاذا لقرار", "تنفيذا للقرار الذي اتخذته المملكة": the decision carried out, with its
# relative clause of up to three words, right before the word
_DECIDED_BEFORE = LazyPattern(
    r"(?<![^\W\d_])[وف]?(?:إنفاذا|انفاذا|تنفيذا|تطبيقا)\s+(?:لل|ل)قرار"
    r"(?:\s+(?:الذي|اللذين)(?:\s+[^\s،,.؛:\"«»]+){1,3})?\s+$",
    compiler=gated_compile,
)
_DECIDED_REACH = 70  # characters before the event word searched


@lru_cache(maxsize=4)
def load_decision_followers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word of right after and a decision (`decision_followers`), then up to
    three words of one clause (its relative clause or its maker: الذي اتخذته المملكة، الرياض;
    the kingdom to), ending, with a space, where the matched text ends."""
    rules = load_assembly_rules(path).get("decision_followers", {})
    words = alternation(rules.get("words", ()), spaced=True)
    decisions = alternation(rules.get("decisions", ()), spaced=True)
    return gated_compile(
        r"(?<![^\W\d_])[وف]?(?:" + words + r")\s+(?:" + decisions + r")"
        r"(?:\s+[^\s،,.؛:\"«»]+){0,3}\s+$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def load_decision_mentions(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word of right after and a decision (`decision_followers`) anywhere: "إثر
    القرار", "following the decision"."""
    rules = load_assembly_rules(path).get("decision_followers", {})
    words = alternation(rules.get("words", ()), spaced=True)
    decisions = alternation(rules.get("decisions", ()), spaced=True)
    return gated_compile(r"(?<![^\W\d_])[وف]?(?:" + words + r")\s+(?:" + decisions + r")(?![^\W\d_])", re.IGNORECASE)


def decided_before(text: str, start: int) -> bool:
    """Whether the event word at `start` names the deed of a decision the sentence's
    own measure carries out (`_DECIDED_BEFORE`) or came after (`load_decision_followers`)."""
    window = max(0, start - _DECIDED_REACH)
    return (
        _DECIDED_BEFORE.search(text, window, start) is not None
        or load_decision_followers().search(text, window, start) is not None
    )


def measures_after_decisions(events: list[Event]) -> set[int]:
    """The ids of the events told, in one sentence, beside the deed of the decision they carried
    out or came after, or before the words of the decision they came after (`_decision_after`) (`decided_before`: «غلق مكتب القناة إثر القرار ... بقطع علاقاتها»): each a
    measure of its own, another deed than that decision's and than its other tellings."""
    deciding = [e for e in events if _names_the_decision(e)]
    return {
        id(e)
        for e in events
        if not _names_the_decision(e)
        and (
            any(
                d.event_type == e.event_type and d.quote == e.quote and d.spans.get("trigger") != e.spans.get("trigger")
                for d in deciding
            )
            or _decision_after(e)
        )
    }


def _decision_after(event: Event) -> bool:
    """Whether the event's sentence names, after its word, a decision it came after ("decided to
    close the office of the channel, following the decision taken by the kingdom to cut ..."),
    whose deed the text may tell in a way read as no event of its own there: the measure is
    still another deed than that decision's."""
    quote, trigger = event.spans.get("quote"), event.spans.get("trigger")
    if not quote or not trigger:
        return False
    return load_decision_mentions().search(event.quote, trigger[1] - quote[0]) is not None


def _names_the_decision(event: Event) -> bool:
    """Whether the event's word is the deed of a decision its sentence names (`decided_before`)."""
    quote, trigger = event.spans.get("quote"), event.spans.get("trigger")
    if not quote or not trigger:
        return False
    return decided_before(event.quote, trigger[0] - quote[0])
