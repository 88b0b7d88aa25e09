"""The talks an outcome came out of: a noun of talks, a meeting or a call told with no date of
its own right after a word of after, in the English clause of an outcome of talks told before it ("The
deal was reached on Friday after four days of talks in Beijing", "announced the agreement on
Thursday after a phone call with the king"). Those talks were held; they are no background
the sentence merely presupposes. They end when the outcome comes: a call or a round of talks
is on the outcome's day; talks told as lasting days, weeks or months (`talks_before.lengths`)
are dated by the outcome's month (`talks_outcomes`, `talks_before` of data/assembly.json)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.talks_outcomes import _CLAUSE_END, load_talks_outcomes
from events.assemble.text import _Candidate
from events.model import Event, PlaceMention
from events.text.normalize import is_arabic


@lru_cache(maxsize=4)
def load_talks_lengths(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word of a span of time that makes talks last (`talks_before.lengths`)."""
    words = load_assembly_rules(path).get("talks_before", {}).get("lengths", ())
    return re.compile(r"(?<!\w)(?:" + alternation(words, spaced=True) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_arabic_sittings(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A search for a word of after (`talks_outcomes.words`) right before an Arabic noun of one
    sitting (`talks_before.ar_sittings`), and one for a word of the two sides
    (`talks_before.ar_partners`) within five words after it."""
    rules = load_assembly_rules(path)
    afters = alternation(rules.get("talks_outcomes", {}).get("words", ()), spaced=True)
    sittings = alternation(rules.get("talks_before", {}).get("ar_sittings", ()), spaced=True)
    partners = alternation(rules.get("talks_before", {}).get("ar_partners", ()), spaced=True)
    return (
        re.compile(r"(?<!\w)[وف]?(?:" + afters + r")\s+(?:" + sittings + r")(?!\w)"),
        re.compile(r"^(?:\s+[^\s,،.;؛]+){0,4}?\s+(?:" + partners + r")(?!\w)"),
    )


def _arabic_sitting(text: str, trigger: tuple[int, int], start: int) -> re.Match[str] | None:
    """The word of after and the Arabic noun of one sitting at `trigger`, told with the two
    sides a few words on ("عقب اجتماع للجنتي المتابعة في البلدين"): a round held."""
    pattern, partners = load_arabic_sittings()
    found = next((m for m in pattern.finditer(text, start, trigger[1] + 1) if m.end() == trigger[1]), None)
    if found is None or partners.match(text[trigger[1] : trigger[1] + 80]) is None:
        return None
    return found


def _after_span(text: str, event_type: str, trigger: tuple[int, int], start: int) -> re.Match[str] | None:
    """The word of after and the words up to an English meeting word at `trigger`, in the
    sentence that begins at `start` (`talks_outcomes`); for an Arabic one, only a noun of one
    sitting with the two sides (`_arabic_sitting`)."""
    if event_type != "meeting":
        return None
    if is_arabic(text[trigger[0] : trigger[0] + 1]):
        # "بعد مفاوضات" mostly recalls the long course that led there, not a round held
        return _arabic_sitting(text, trigger, start)
    _types, pattern, _onsets = load_talks_outcomes()
    return next(
        (m for m in pattern.finditer(text, start, trigger[1] + 1) if m.start() < trigger[0] < m.end()),
        None,
    )


@lru_cache(maxsize=4)
def load_setting_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match for a word that makes the talks the setting of the outcome, held as it came
    (`talks_before.settings`: at their summit, during talks, في ختام المباحثات): on the outcome's
    day, whatever dates the outcome."""
    words = load_assembly_rules(path).get("talks_before", {}).get("settings", ())
    return re.compile(r"[وف]?(?:" + alternation(words, spaced=True) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_after_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word of after (`talks_outcomes.words`) that ends right before a noun,
    at the end of the stretch searched."""
    afters = alternation(load_assembly_rules(path).get("talks_outcomes", {}).get("words", ()), spaced=True)
    return re.compile(r"(?<!\w)[وف]?(?:" + afters + r")\s+(?:the\s+)?$", re.IGNORECASE)


def _venue_of(text: str, trigger: tuple[int, int], places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The place that names the meeting at `trigger` as its venue: right after an Arabic noun
    («قمة العلا»، «اجتماع جنيف») or right before an English one ("the Al-Ula summit", "the
    Geneva talks")."""
    if is_arabic(text[trigger[0] : trigger[0] + 1]):
        # the event word may hold the name it is annexed to («قمة بغداد»)
        return next((p for p in places if trigger[0] < p.start <= trigger[1] + 1), None)
    return next(
        (
            p
            for p in places
            if (trigger[0] <= p.start and p.end < trigger[1])
            or (p.end <= trigger[0] and text[p.end : trigger[0]] in (" ", "-"))
        ),
        None,
    )


def _after_a_named_sitting(text: str, cand: _Candidate, places: Sequence[PlaceMention]) -> re.Match[str] | None:
    """The word of after right before a meeting named by its venue (`_venue_of`: بعد قمة العلا,
    after the Al-Ula summit): one sitting held at a known place, not the long course of talks a
    bare noun after "after" may recall."""
    venue = _venue_of(text, cand.trigger, places) if cand.event_type == "meeting" else None
    if venue is None:
        return None
    head = min(cand.trigger[0], venue.start)
    return load_after_words().search(text, max(cand.sentence[0], head - 30), head)


def _after_word(text: str, cand: _Candidate, places: Sequence[PlaceMention] = ()) -> re.Match[str] | None:
    """The word of after and the words up to the meeting word of `cand`, when they tell a round
    of talks held (`talks_outcomes`), or a sitting named by its venue (`_after_a_named_sitting`)."""
    if places and (named := _after_a_named_sitting(text, cand, places)) is not None:
        return named
    found = _after_span(text, cand.event_type, cand.trigger, cand.sentence[0])
    bare, partners = load_partnered_nouns()
    if found is not None and bare.search(found.group()) and not partners.match(text, found.end()):
        return None  # "after a meeting convened by the prime minister": a body's own sitting
    return found


@lru_cache(maxsize=4)
def load_partnered_nouns(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A search for a noun of talks that names talks between sides only with a word of partners
    right after it (`talks_before.partnered`), and a match for such a word (`talks_before.partners`)."""
    rules = load_assembly_rules(path).get("talks_before", {})
    nouns = re.compile(r"(?<!\w)(?:" + alternation(rules.get("partnered", ()), spaced=True) + r")$", re.IGNORECASE)
    partners = re.compile(r"\s+(?:" + alternation(rules.get("partners", ()), spaced=True) + r")(?!\w)", re.IGNORECASE)
    return nouns, partners


def _in_its_clause(text: str, outcome_end: int, after: re.Match[str]) -> bool:
    """Whether the word of after is in the clause of an outcome word ending at `outcome_end`."""
    return outcome_end <= after.start() and _CLAUSE_END.search(text, outcome_end, after.start()) is None


def kept_talks(text: str, cand: _Candidate, best: _Candidate, places: Sequence[PlaceMention] = ()) -> bool:
    """Whether `cand` is the talks the sentence's own event, an outcome of talks, came after."""
    after = _after_word(text, cand, places)
    return (
        after is not None
        and best.event_type in load_talks_outcomes()[0]
        and _in_its_clause(text, best.trigger[1], after)
    )


def talks_before(text: str, cand: _Candidate, told: Sequence[Event]) -> tuple[Event, tuple[int, int], bool] | None:
    """For a meeting word right after a word of after in the clause of an outcome of talks told
    before it in its sentence: (that outcome, the span from the word of after to the meeting
    word, whether the talks are told as lasting days or more)."""
    after = _after_word(text, cand)
    if after is None:
        return None
    types = load_talks_outcomes()[0]
    main = next(
        (
            ev
            for ev in reversed(told)
            if ev.event_type in types
            and ev.spans.get("quote", [None])[0] == cand.sentence[0]
            and _in_its_clause(text, ev.spans.get("trigger", [0, after.end()])[1], after)
        ),
        None,
    )
    if main is None or main.date is None:
        return None
    lasting = load_talks_lengths().search(text, after.start(), cand.trigger[0]) is not None
    setting = load_setting_words().match(after.group()) is not None  # "signed ... at their summit"
    if not lasting and not setting and (main.date_precision != "day" or main.date_basis not in ("explicit", "relative")):
        return None  # a day of its own only from an outcome the text dates to a day, or of its setting
    return main, (after.start(), after.end()), lasting


def retold_outcome(antecedent: Event, retelling: Event) -> list[Event]:
    """The outcome of talks `antecedent`, told again by `retelling` (an anaphoric word of an
    outcome, "The agreement was signed in Geneva ..."), standing where it is told again: the talks
    its sentence tells after it led to the outcome first told (`talks_before`)."""
    types = load_talks_outcomes()[0]
    if antecedent.event_type not in types or retelling.event_type not in types:
        return []
    return [replace(antecedent, spans={**antecedent.spans, "quote": retelling.spans.get("quote"), "trigger": retelling.spans.get("trigger")})]


def date_by_the_outcome(event: Event, led_to: tuple[Event, tuple[int, int], bool], spans: dict) -> None:
    """Date talks by the outcome they led to (`talks_before`): its day, or its month when they
    lasted days or more."""
    main, span, lasting = led_to
    if main.date is None or main.date_precision is None:
        return
    if lasting and main.date_precision == "day":
        event.date, event.date_precision = main.date[:7], "month"
    else:
        event.date, event.date_precision = main.date, main.date_precision
    event.date_basis = "relative"
    event.end_date = None
    spans["date"] = list(span)
