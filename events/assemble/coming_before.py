"""An occasion that a deed of the present "comes before" is still to come ("ويأتي القرار
قبل ساعات من قمة تستضيفها إسطنبول", "the move comes days before a summit in Istanbul"):
the sentence tells when the deed falls against an occasion ahead, not one that was held.

data/assembly.json `coming_before`: an event word within `after_words`
words after one of `before` (قبل، before), itself perhaps followed by a span of time
(`spans`: ساعات، أيام، days) and من, is planned when one of `verbs` (يأتي، تأتي، comes),
a verb of coming in the present, stands before that word in its sentence within `reach`
words with no punctuation of a clause between. In the past ("جاء القرار قبل أيام من
القمة", "came days before the summit") the occasion may have been held since, and the
word keeps its own reading."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.word_gates import may_name
from events.model import Event, TriggerMention
from events.text.gates import anchor_words


def _coming_pattern(rules: dict, marks: str) -> re.Pattern[str] | None:
    """A search for one of `verbs`, a verb of coming, then within `reach` words one of the words
    of `rules[marks]` (before, after) and perhaps its span of time (`spans`) and من or of, ending
    `after_words` words at most right before an event word; None when the rules name no verb or
    no such word."""
    if not rules.get("verbs") or not rules.get(marks):
        return None
    verbs = alternation(rules["verbs"], spaced=True)
    words_of = alternation(rules[marks], spaced=True)
    spans = alternation(rules.get("spans", ()), spaced=True)
    reach = int(rules.get("reach", 10))
    after_words = int(rules.get("after_words", 1))
    word = r"[^\s,،;؛:!?؟()\"«»]+"  # (an abbreviation's dots are in its word: "after U.S. air strikes")
    return re.compile(
        r"(?<![^\W\d_])[وف]?(?:" + verbs + r")(?![^\W\d_])"
        r"(?:\s+" + word + r"){0," + str(reach) + r"}?"
        r"\s+(?:" + words_of + r")(?![^\W\d_])"
        r"(?:\s+(?:" + spans + r")(?![^\W\d_]))?"
        r"(?:\s+(?:من|of))?"
        r"(?:\s+" + word + r"){0," + str(after_words) + r"}\s+$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def load_coming_before(path: Path = ASSEMBLY_RULES) -> re.Pattern[str] | None:
    """A search for a verb of coming, then a word of before and its span of time, ending
    right before an event word (data/assembly.json `coming_before`)."""
    return _coming_pattern(load_assembly_rules(path).get("coming_before", {}), "before")


@lru_cache(maxsize=4)
def _coming_anchors(path: Path = ASSEMBLY_RULES) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The words of each verb of coming and of each word of before (`coming_before`): a match
    holds all the words of one of each."""
    rules = load_assembly_rules(path).get("coming_before", {})
    return anchor_words(rules.get("verbs", ())), anchor_words(rules.get("before", ()))


def coming_occasions(
    text: str, triggers: Sequence[TriggerMention], sentences: Sequence[tuple[int, int]]
) -> list[TriggerMention]:
    """`triggers`, an occasion that a deed of the present comes before told planned."""
    search = load_coming_before()
    if search is None or not all(may_name(text, anchors) for anchors in _coming_anchors()):
        return list(triggers)  # (an article with no verb of coming, or no word of before, tells none)
    out = []
    for t in triggers:
        if t.modality == "asserted":
            sentence = next(((s, e) for s, e in sentences if s <= t.start < e), None)
            if sentence is not None:
                cue = search.search(text[sentence[0] : t.start] + " ")
                if cue is not None:
                    t = replace(t, modality="planned", cue=cue.group(0).strip())
        out.append(t)
    return out


@lru_cache(maxsize=4)
def load_coming_after(path: Path = ASSEMBLY_RULES) -> re.Pattern[str] | None:
    """A search for a verb of coming, then a word of after and perhaps its span of time, ending
    right before an event word (data/assembly.json `coming_after`)."""
    return _coming_pattern(load_assembly_rules(path).get("coming_after", {}), "after")


@lru_cache(maxsize=4)
def _longer_spans(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Words of a span of weeks or more (`coming_after.longer_spans`)."""
    return frozenset(w.lower() for w in load_assembly_rules(path).get("coming_after", {}).get("longer_spans", ()))


def comes_after(text: str, sentence_start: int, trigger_start: int, spanned: bool = False) -> bool:
    """Whether the event word at `trigger_start` is an occasion a deed of its sentence comes
    after ("ويأتي ذلك بعد لقاء", "The decision comes hours after a meeting"), with no span of
    weeks or more between ("The visit comes weeks after a tour", "بعد أسابيع من"), which may
    reach into another month. With `spanned`, only one told with its span of hours or days
    ("بعد ساعات من", "days after"): a bare "after" may reach far back."""
    search = load_coming_after()
    if search is None:
        return False
    cue = search.search(text[sentence_start:trigger_start] + " ")
    if cue is None:
        return False
    words = {w.strip(".,،").lower() for w in cue.group(0).split()}
    if spanned and not words & _short_spans():
        return False
    return not words & _longer_spans()


@lru_cache(maxsize=4)
def _short_spans(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Words of a span of hours or days (the one-word `coming_after.spans`; the longer ones hold one)."""
    return frozenset(s.lower() for s in load_assembly_rules(path).get("coming_after", {}).get("spans", ()) if " " not in s)


def dated_as_come_after(events: Sequence[Event], come_after: set[int]) -> None:
    """Date each publication-dated event of `come_after` (ids of events `comes_after` found)
    that no catalog entry dates ("ويأتي ذلك بعد لقاء بين ليبرمان وشويغو في موسكو", "The
    decision comes hours after a meeting of Arab foreign ministers") by the month of the day
    before the publication: it was held before the news, on a day the text does not give."""
    for event in events:
        if id(event) not in come_after or event.date_basis != "publication" or event.published is None:
            continue
        if event.reference_id is not None:
            continue
        before = date.fromisoformat(event.published) - timedelta(days=1)
        event.date, event.date_precision, event.date_basis = before.isoformat()[:7], "month", "relative"  # type: ignore[assignment]
        event.end_date = None
        event.spans["date"] = None
