"""A sentence opened by a word of right after, right before or during and a definite event word
set off by a comma, perhaps after its verb ("وعقب المظاهرة، أعلن ثلاثة وزراء استقالاتهم",
"Following the protest, three ministers resigned", "During the visit, the ministers signed a
memorandum", "About an hour before the ceasefire began, a mortar bomb killed"): its event, with no date of its own, came on the day of that event as told
before in the article, the latest of its type dated to a day by the text (`wake_openers`
of data/assembly.json). A clause closed by a word of right after and a definite noun of an event
("اتصالا هاتفيا مع الرئيس التركي عقب التوقيع،") is dated the same way (`wake_closers`), whatever
dates the clauses after it give."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event, TimeMention, TriggerMention
from events.text.lazy import LazyPattern


@lru_cache(maxsize=4)
def load_wake_openers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, at a sentence's start, of a word of right after, with و/ف or not, and the
    space after it."""
    words = alternation(load_assembly_rules(path).get("wake_openers", ()), spaced=True)
    return re.compile(r"\W*[وف]?(?:" + words + r")\s+(?:the\s+)?", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_wake_closers(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], dict[str, str]]:
    """A search for a word of right after and a definite noun of an event closing a clause, and
    the event type of each noun, folded to lower case (data/assembly.json `wake_closers`)."""
    rules = load_assembly_rules(path).get("wake_closers", {})
    types = {n.lower(): t for t, nouns in rules.get("nouns", {}).items() for n in nouns}
    words, nouns = alternation(rules.get("words", ()), spaced=True), alternation(types, spaced=True)
    pattern = r"(?<!\w)[وف]?(?:" + words + r")\s+(" + nouns + r")\s*[،,.]"
    return re.compile(pattern, re.IGNORECASE), types


def _closing_type(text: str, cand: _Candidate) -> str | None:
    """The type of the event a word of right after names at the end of the event's clause."""
    pattern, types = load_wake_closers()
    found = pattern.search(text, cand.trigger[1], min(len(text), cand.sentence[1] + 1))
    return None if found is None else types.get(re.sub(r"\s+", " ", found.group(1)).lower())


def dates_after_the_closer(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> bool:
    """Whether the sentence's dates all come after the word of right after that closes the event's
    clause ("أجرى اتصالا هاتفيا عقب التوقيع، وجدد تعازيه في ضحايا الزلزال الذي ضرب في السادس من
    فبراير"): they date the clauses after it, not the event, which the closer dates."""
    pattern, _ = load_wake_closers()
    found = pattern.search(text, cand.trigger[1], min(len(text), cand.sentence[1] + 1))
    return found is not None and all(d.start >= found.end() for d in dates)


# the comma closing the opening phrase, perhaps after the verb of its event ("before the ceasefire began,")
_CLOSED_AFTER = LazyPattern(r"(?:\s+[^\W\d_]+)?\s*[،,]")
_DEFINITE = LazyPattern(r"(?:[وف]?[بل]?ال|[وف]?لل)\w|[a-z]", re.IGNORECASE)


def _date_in_the_wake(
    event: Event, text: str, cand: _Candidate, triggers: Sequence[TriggerMention], events: Sequence[Event], spans: dict
) -> None:
    """Date the event by the day of the event its sentence opens after (above)."""
    event_type = _opening_type(text, cand, triggers) or _closing_type(text, cand)
    if event_type is None:
        return
    told = next(
        (
            ev
            for ev in reversed(events)
            if ev.event_type == event_type and ev.date_precision == "day" and ev.date_basis in ("explicit", "relative")
        ),
        None,
    )
    if told is not None and (event.published is None or told.date <= event.published):
        event.date, event.date_precision, event.date_basis = told.date, "day", told.date_basis
        event.end_date = None


def _opening_type(text: str, cand: _Candidate, triggers: Sequence[TriggerMention]) -> str | None:
    """The type of the definite event word the sentence opens with after a word of right after."""
    opener = load_wake_openers().match(text, cand.sentence[0])
    if opener is None:
        return None
    after = next((t for t in triggers if t.start == opener.end() and t.start < cand.trigger[0]), None)
    if after is None or not _DEFINITE.match(text, after.start) or not _CLOSED_AFTER.match(text, after.end):
        return None
    return after.event_type


# a word of right after, a definite noun, a relative word, up to six words and then a time:
# "إثر الانقلاب الذي نفذه البرهان في 25 أكتوبر", "shortly after the coup that Burhan staged on Oct. 25"
@lru_cache(maxsize=4)
def _dated_wake_noun(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word of right after (the words of `wake_closers`), a definite noun, a
    relative word and up to six words, ending where a time begins."""
    words = alternation(load_assembly_rules(path).get("wake_closers", {}).get("words", ()), spaced=True)
    return re.compile(
        r"(?<![^\W\d_])[وف]?(?:" + words + r")\s+"
        r"(?:the\s+[^\W\d_]+|(?:[وف]?[بل]?ال|لل)[^\W\d_]+)(?:\s+[^\W\d_]+)?\s*[،,]?\s+"
        r"(?:الذي|التي|that|which)\s+(?:[^\s،,.;؛:()]+\s+){0,6}?(?:في|on|يوم)?\s*$",
        re.IGNORECASE,
    )


# the noun after the word of right after, its article or clitics stripped
_WAKE_NOUN = re.compile(r"(?:\bthe\s+|(?<!\S)[وف]?[بل]?(?:ال|لل))([^\W\d_]+)", re.IGNORECASE)


@lru_cache(maxsize=4)
def _non_deeds(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Nouns of things said or decided, not deeds done, after a word of right after
    (data/assembly.json `wake_non_deeds`), lower case, Arabic without its article."""
    return frozenset(w.lower() for w in load_assembly_rules(path).get("wake_non_deeds", {}).get("words", ()))


def day_of_the_dated_wake(text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict, event: Event) -> None:
    """Date an event with no time of its own by the day of the deed its clause says it came
    right after, told by a definite noun of a deed (not a thing said or decided: `_non_deeds`)
    whose relative clause writes that day ("وضع قيد الإقامة الجبرية إثر الانقلاب الذي
    نفذه البرهان في 25 أكتوبر الماضي"; "placed under house arrest shortly after the coup that
    Burhan staged on Oct. 25"); not a decision or a law."""
    for d in dates:
        if d.start < cand.trigger[1] or d.precision != "day" or d.recurring or d.end_value:
            continue
        wake = _dated_wake_noun().search(text[cand.trigger[1] : d.start])
        if wake is None or re.search(r"[.!?؟\n]", text[cand.trigger[1] : d.start]):
            continue
        noun = next((w for w in _WAKE_NOUN.finditer(wake.group())), None)
        if noun is not None and noun.group(1).lower() in _non_deeds():
            return  # "shortly after the decision that the government announced on Monday": no deed named
        if event.published is not None and d.value > event.published:
            return
        event.date, event.date_precision, event.date_basis = d.value, "day", d.basis
        event.end_date = None
        spans["date"] = [d.start, d.end]
        return
