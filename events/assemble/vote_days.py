"""One election told on several days of one week: a country holds no two elections within a
week but for a runoff, so the polling day ("Turnout was 72 percent in Sunday's vote"), the day
of its results ("according to preliminary results announced on Monday") and the day of an early
ballot ("Security forces voted on Friday in a special early ballot") are one election, on the
polling day (data/assembly.json `days_of_one_vote`). So are two tellings of one runoff, each
naming it, when neither names the first round."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules, load_runoff_words
from events.assemble.text import _unique, event_day
from events.model import Event
from events.text.normalize import fold_str

VOTE_WEEK_DAYS = 7  # the most days between two tellings of one vote


@lru_cache(maxsize=4)
def _vote_day_words(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Searches for the words of an early ballot and of the results (folded, lower-cased)."""
    rules = load_assembly_rules(path)["days_of_one_vote"]

    def search(words: list[str]) -> re.Pattern[str]:
        return re.compile(r"(?<!\w)(?:" + alternation(fold_str(w).lower() for w in words) + r")(?!\w)")

    return search(rules["early_ballots"]), search(rules["results"])


@lru_cache(maxsize=4)
def _first_round_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for the words of an election's first round (folded, lower-cased)."""
    words = load_assembly_rules(path)["days_of_one_vote"].get("first_round", ())
    return re.compile(r"(?<!\w)(?:" + alternation(fold_str(w).lower() for w in words) + r")(?!\w)")


def _day(ev: Event) -> date | None:
    if ev.event_type != "election" or ev.date_basis not in ("explicit", "relative"):
        return None
    return event_day(ev)


def _rank(ev: Event) -> int:
    """2 for the polling day's telling, 1 for the results', 0 for an early ballot's."""
    early, results = _vote_day_words()
    quote = fold_str(ev.quote).lower()
    if early.search(quote):
        return 0
    return 1 if results.search(quote) else 2


def _one_vote(a: Event, b: Event) -> bool:
    """Whether two elections dated to days are tellings of one vote: days of one week, the
    countries of one within the other's, no runoff named, or the runoff named by both and no
    first round by either ("won the presidential runoff, the ministry announced on Saturday",
    "in Friday's second round")."""
    da, db = _day(a), _day(b)
    if da is None or db is None or da == db or abs((da - db).days) > VOTE_WEEK_DAYS:
        return False
    ca, cb = set(a.countries), set(b.countries)
    if not ca or not cb or not (ca <= cb or cb <= ca):
        return False
    # a runoff named by one telling only: the first round and the runoff, two elections; named by
    # both, and no first round by either, the runoff told on its polling day and its results' day
    runoff = load_runoff_words()
    named = (runoff.search(a.quote) is not None, runoff.search(b.quote) is not None)
    if named == (True, True):
        first = _first_round_words()
        return not (first.search(fold_str(a.quote).lower()) or first.search(fold_str(b.quote).lower()))
    return named == (False, False)


def _before(a: Event, b: Event) -> bool:
    """Whether `a` is the likelier polling-day telling: the better rank, else the earlier day
    (results follow the vote; one sentence may tell both days, giving both tellings one rank)."""
    ra, rb = _rank(a), _rank(b)
    if ra != rb:
        return ra > rb
    return (_day(a) or date.max) < (_day(b) or date.max)


def without_other_days_of_a_vote(events: list[Event]) -> list[Event]:
    """The events with each election told on another day of the week of its vote folded into
    the telling of the polling day (see `_before`)."""
    kept: list[Event] = []
    for ev in events:
        i = next((i for i, other in enumerate(kept) if _one_vote(other, ev)), None)
        if i is None:
            kept.append(ev)
            continue
        other = kept[i]
        winner, loser = (ev, other) if _before(ev, other) else (other, ev)
        winner.actors = _unique([*winner.actors, *loser.actors])
        winner.countries = _unique([*winner.countries, *loser.countries])
        winner.sources = [*winner.sources, *loser.sources]
        kept[i] = winner
    return kept
