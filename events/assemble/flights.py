"""Flights suspended for safety are no sanctions."""

from __future__ import annotations

from events.assemble.rules import load_flight_safety
from events.assemble.text import _Candidate

# how far after the event word the flights it suspends are named
_FLIGHTS_REACH = 40


def _flights_suspended_for_safety(text: str, cand: _Candidate) -> bool:
    """Whether a sanctions event word suspends flights ("Lufthansa suspended flights to Tehran,
    citing security concerns", "Qatar Airways suspended flights to Iraq because of the regional
    situation", "علقت الشركة رحلاتها إلى بغداد بسبب الأوضاع الأمنية") for a cause of safety given
    after it in its sentence: a carrier's precaution, not a measure against the country flown to,
    and no part of that country's sanctions."""
    if cand.event_type != "sanctions":
        return False
    flights, cause = load_flight_safety()
    end = cand.sentence[1]
    near = flights.search(text, cand.trigger[0], min(end, cand.trigger[1] + _FLIGHTS_REACH))
    return near is not None and cause.search(text, near.end(), end) is not None
