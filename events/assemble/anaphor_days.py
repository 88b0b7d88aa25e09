"""An English event told with no date of its own, given its day by the next sentence: a verb of
announcing, confirming or carrying out whose object is an anaphoric noun (`anaphor_days` of
data/assembly.json: "Algeria has cut ties with Morocco. The foreign minister announced the
decision on Tuesday in Algiers") tells when the event told just before was made known or done.
A noun of any deed (the decision, the move, the step) takes up an event of any type; a noun of
a type (the deal, the attack, the vote) only an event of that type. So does that noun opening
the next sentence in the passive of such a verb ("The appointment was read out on state
television late on Monday": `passives`). A deed made by words (a
resignation, a break of ties) is likewise dated by the next sentence's saying set in a speech on a
day ("Diab has announced the resignation of his government. ... Diab said in a televised address
on Monday evening": `speeches`, `speech_types`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from operator import itemgetter
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.word_gates import may_name
from events.model import Event, TimeMention
from events.text.gates import gated_compile

# The English determiners before the anaphoric noun of `load_anaphor_days`: every match holds one.
_DETERMINERS = (("the",), ("this",), ("that",), ("its",), ("their",))


@lru_cache(maxsize=4)
def load_anaphor_days(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """A search for a verb of `verbs`, at most `words` words and `the` (or a possessive) and a noun
    of `any_type` or of `typed`, or, at the sentence's start, `the` and such a noun set off by a
    comma before a participle of `participles` (The deal, signed late on Saturday, ...), or told in
    the passive of a verb of `passives` (The appointment was read out ...); and the types each
    typed noun takes up."""
    rules = load_assembly_rules(path).get("anaphor_days", {})
    typed: dict[str, set[str]] = {}
    for kind, words in rules.get("typed", {}).items():
        for w in words:
            typed.setdefault(w, set()).add(kind)
    nouns = alternation([*rules.get("any_type", ()), *typed], spaced=True)
    words = int(rules.get("words", 2))
    pattern = re.compile(
        r"(?<![^\W\d_])(?:" + alternation(rules.get("verbs", ()), spaced=True) + r")"
        r"(?:\s+[^\W\d_]+){0," + str(words) + r"}?\s+(?:the|this|that|its|their)\s+(?P<noun>" + nouns + r")(?![^\W\d_])"
        r"|\A\W*(?:the|this|that)\s+(?P<head>" + nouns + r")\s*,\s*(?:"
        + alternation(rules.get("participles", ()), spaced=True) + r")(?![^\W\d_])"
        r"|\A\W*(?:the|this|that)\s+(?P<passive>" + nouns + r")\s+(?:was|were)\s+(?:"
        + alternation(rules.get("passives", ()), spaced=True) + r")(?![^\W\d_])",
        re.IGNORECASE,
    )
    return pattern, {w: frozenset(k) for w, k in typed.items()}


@lru_cache(maxsize=4)
def load_speech_days(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], frozenset[str]]:
    """A search for "in a (televised) address on", up to where its day stands, and the event
    types made by words that it dates (`anaphor_days.speeches`, `speech_types`)."""
    rules = load_assembly_rules(path).get("anaphor_days", {})
    pattern = gated_compile(
        r"(?<![^\W\d_])in\s+an?\s+(?:[^\W\d_][\w-]*\s+){0,2}?(?:"
        + alternation(rules.get("speeches", ()), spaced=True)
        + r")\s+(?:(?:late|early|earlier|later)\s+)?on\s+",
        re.IGNORECASE,
    )
    return pattern, frozenset(rules.get("speech_types", ()))


def date_by_a_later_speech(
    event: Event, text: str, after: tuple[int, int], after_dates: Sequence[TimeMention], spans: dict
) -> None:
    """Date a publication-dated English deed made by words by the day the next sentence
    (`after`) sets a saying in a speech on (a day in the words quoted, "Today we follow ...",
    is not the speech's)."""
    pattern, kinds = load_speech_days()
    if event.date_basis != "publication" or event.event_type not in kinds or after[0] >= after[1]:
        return
    m = pattern.search(text, after[0], after[1])
    if m is None:
        return
    d = next((d for d in after_dates if d.start == m.end() and not d.recurring), None)
    if d is None or d.precision != "day":
        return
    if event.published and d.value > event.published:
        return
    event.date, event.date_precision, event.date_basis = d.value, d.precision, d.basis  # type: ignore[assignment]
    spans["date"] = [d.start, d.end]


def date_by_a_later_anaphor(
    event: Event, text: str, after: tuple[int, int], after_dates: Sequence[TimeMention], spans: dict
) -> None:
    """Date a publication-dated English event by the one day the next sentence (`after`) gives,
    when that sentence announces, confirms or carries out what it names by an anaphoric noun
    that fits the event's type."""
    if event.date_basis != "publication" or after[0] >= after[1]:
        return
    pattern, typed = load_anaphor_days()
    m = pattern.search(text[after[0] : after[1]])
    if m is None:
        return
    kinds = typed.get(re.sub(r"\s+", " ", (m.group("noun") or m.group("head") or m.group("passive")).lower()))
    if kinds is not None and event.event_type not in kinds:
        return
    days = [d for d in after_dates if d.precision == "day" and d.basis in ("explicit", "relative") and not d.recurring]
    if m.group("head"):  # the participle's clause, up to the next comma, holds the day
        comma = text.find(",", after[0] + m.end(), after[1])
        days = [d for d in days if after[0] + m.end() <= d.start < (comma if comma >= 0 else after[1])]
    if len({d.value for d in days}) != 1 or (event.published and days[0].value > event.published):
        return
    d = days[0]
    event.date, event.date_precision, event.date_basis = d.value, d.precision, d.basis  # type: ignore[assignment]
    spans["date"] = [d.start, d.end]


def sentence_after(sentences: Sequence[tuple[int, int]], start: int) -> tuple[int, int]:
    """The (start, end) of the sentence after the one that begins at `start` (empty if none)."""
    i = bisect.bisect_right(sentences, start, key=itemgetter(0))
    return sentences[i] if i < len(sentences) else (start, start)


def anaphor_starts(text: str, sentences: Sequence[tuple[int, int]], keep: Sequence[tuple[int, int]]) -> list[int]:
    """The starts of the sentences, right after a kept one, that announce or confirm what it told
    by an anaphoric noun: they must be read for dates too."""
    pattern, speech = load_anaphor_days()[0], load_speech_days()[0]
    kept = set(keep)
    # (an article with no English determiner, an Arabic one, needs no search for the anaphoric noun)
    anaphoric = may_name(text, _DETERMINERS)
    return [
        s
        for before, (s, e) in pairwise(sentences)
        if before in kept and ((anaphoric and pattern.search(text[s:e])) or speech.search(text, s, e))
    ]
