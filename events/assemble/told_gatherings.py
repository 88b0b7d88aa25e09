"""An Arabic gathering named again by its definite noun (وشارك في القمة نائب رئيس الدولة) after
an earlier sentence told it held on a day in a relative clause of holding (القمة الحادية
والأربعون، التي انعقدت أمس الثلاثاء في العلا): the same gathering, on that day, not on the
publication's. Only a recent day (at most `RECENT_DAYS` before the publication), and only the
nouns of a gathering one attends (data/assembly.json `visit_gatherings`), with the relatives and
verbs of holding of `holding_clauses`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from events.assemble.rules import alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event, TimeMention
from events.text.gates import first_char_gated
from events.text.normalize import fold_str

RECENT_DAYS = 7
REACH = 90  # characters from the noun to the verb of holding
_PROCLITICS = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?=ال)")
_FULL_STOP = re.compile(r"[.!?؟]")


@lru_cache(maxsize=1)
def _gathering_words() -> tuple[frozenset[str], re.Pattern[str]]:
    """(the definite nouns of a gathering; a search for a relative of holding, a verb of
    holding and perhaps a word of a date's lead right after them)."""
    rules = load_assembly_rules()
    nouns = frozenset(w for w in rules.get("visit_gatherings", ()) if w.startswith("ال"))
    holding = rules.get("holding_clauses", {})
    relatives = [w for w in holding.get("relatives", ()) if w[:1] >= "\u0600"]
    verbs = [w for w in holding.get("verbs", ()) if w[:1] >= "\u0600"]
    pattern = re.compile(
        rf"(?<![^\W\d_])(?:{alternation(relatives)})\s+(?:{alternation(verbs)})(?![^\W\d_])\s*(?:(?:يوم|في)\s+)?"
    )
    return nouns, pattern


def _recent(day: str, published: str | None) -> bool:
    if not published or len(day) != 10:
        return False
    gap = (date.fromisoformat(published[:10]) - date.fromisoformat(day)).days
    return 0 <= gap <= RECENT_DAYS


@lru_cache(maxsize=1)
def _gathering_starts() -> re.Pattern[str]:
    """A search for a word of a short time before, a word of a gathering's start and the
    definite noun of a gathering (`gathering_starts`, `visit_gatherings`), the noun its group."""
    rules = load_assembly_rules()
    starts = rules.get("gathering_starts", {})
    nouns = [w for w in rules.get("visit_gatherings", ()) if w.startswith("ال")]
    return first_char_gated(re.compile(
        rf"(?<![^\W\d_])(?:{alternation(starts.get('before', ()), spaced=True)})\s+"
        rf"(?:{alternation(starts.get('starts', ()))})\s+({alternation(nouns)})(?![^\W\d_])"
    ))


def _day_held(
    noun: str, text: str, published: str | None, back: Sequence[tuple[tuple[int, int], Sequence[TimeMention]]]
) -> TimeMention | None:
    """The recent day an earlier sentence (`back`: nearest first) told the gathering `noun` held."""
    _, holding = _gathering_words()
    named = re.compile(rf"(?<![^\W\d_])(?:و|ف)?(?:ب|ل|ك)?{re.escape(noun)}(?![^\W\d_])")
    for (lo, hi), times in reversed(back):  # the earliest telling first
        for found in named.finditer(text, lo, hi):
            stop = _FULL_STOP.search(text, found.end(), min(hi, found.end() + REACH))
            held = holding.search(text, found.end(), stop.start() if stop else min(hi, found.end() + REACH))
            if held is None:
                continue
            day = next((d for d in times if d.start == held.end() and d.precision == "day"), None)
            if day is not None and _recent(day.value, published):
                return day
    return None


def date_before_the_gathering(
    event: Event,
    text: str,
    cand: _Candidate,
    back: Sequence[tuple[tuple[int, int], Sequence[TimeMention]]],
    spans: dict,
) -> None:
    """Date a publication-dated deed whose sentence tells it a short time before a gathering's
    start (قبيل انطلاق القمة) by the day an earlier sentence told that gathering held."""
    if event.date_basis != "publication" or event.date_precision != "day":
        return
    found = _gathering_starts().search(text, cand.sentence[0], cand.sentence[1])
    if found is None:
        return
    day = _day_held(found.group(1), text, event.published, back)
    if day is not None:
        event.date, event.date_precision, event.date_basis = day.value, "day", day.basis  # type: ignore[assignment]
        spans["date"] = [day.start, day.end]


def date_by_the_gathering_told(
    event: Event,
    text: str,
    cand: _Candidate,
    back: Sequence[tuple[tuple[int, int], Sequence[TimeMention]]],
    spans: dict,
) -> None:
    """Date a publication-dated meeting whose word is the definite noun of a gathering by the day
    an earlier sentence (`back`: nearest first, each with its times) told that gathering held."""
    if event.event_type != "meeting" or event.date_basis != "publication" or event.date_precision != "day":
        return
    nouns, _ = _gathering_words()
    word = _PROCLITICS.sub("", fold_str(cand.trigger_text.strip()))
    noun = next((n for n in nouns if fold_str(n) == word), None)
    if noun is None:
        return
    day = _day_held(noun, text, event.published, back)
    if day is not None:
        event.date, event.date_precision, event.date_basis = day.value, "day", day.basis  # type: ignore[assignment]
        spans["date"] = [day.start, day.end]
