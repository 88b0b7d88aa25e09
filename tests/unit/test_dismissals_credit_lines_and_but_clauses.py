"""A dismissal told with its day is a change of office; credit lines provided are aid; a date in a
clause opened by ", but" with a subject of its own is that clause's, unless the clause takes the
deed up."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

_PUBLISHED = "2024-01-10"


def _found(text: str) -> list[tuple[str, str | None, frozenset[str]]]:
    return [(e["event_type"], e["date"], frozenset(e["countries"])) for e in extract(text, _PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The crisis in Zimbabwe began with Mnangagwa's dismissal on Nov. 6, which the army saw as a move to clear the way for Grace Mugabe.",
            ("appointment", "2023-11-06", "ZWE"),
        ),
        (
            "Neighbouring India has provided about $3.8 billion in credit lines and currency support to Sri Lanka this year.",
            ("aid", "2024", "LKA"),
        ),
        # the deed taken up after "but" keeps the time of that clause
        ("Taliban fighters attacked a U.S. base in Afghanistan, but the attack was repelled on Monday.", ("attack", "2024-01-08", "AFG")),
        ("Jihadists attacked a military camp in Burkina Faso, but the assault was repelled on Monday, the army said.", ("attack", "2024-01-08", "BFA")),
        ("Gunmen attacked an army base in northern Mali, but the attack was repelled on Monday.", ("attack", "2024-01-08", "MLI")),
        ("Militants attacked an army checkpoint in Egypt's Sinai, although the attack was repelled on Tuesday.", ("attack", "2024-01-09", "EGY")),
        # no subject of its own after "but": the same doer's deed, on the clause's day
        ("Insurgents attacked a checkpoint in Kirkuk, but were repulsed on Monday after a two-hour gunfight.", ("attack", "2024-01-08", "IRQ")),
        ("Police arrested the opposition leader in Dakar, but only on Monday did authorities confirm it.", ("arrest", "2024-01-08", "SEN")),
    ],
)
def test_the_deed_is_found(text: str, expected: tuple[str, str, str]) -> None:
    found = _found(text)
    assert [f for f in found if (f[0], f[1]) == expected[:2] and expected[2] in f[2]], found


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Zimbabwe's opposition called for the minister's dismissal on Monday.", "appointment"),
        ("The court ordered the dismissal of the charges against the Zimbabwean journalist.", "appointment"),
        ("Iraqi troops were ordered to withdraw from Kuwait on Thursday.", "deployment"),
        ("The bodies of the Iraqi soldiers were sent to the morgue in Baghdad on Monday.", "deployment"),
        ("Israeli soldiers were ordered into shelters in Haifa on Monday.", "deployment"),
        ("Kenya's High Court upheld the dismissal on Monday of the corruption charges against the deputy president.", "appointment"),
        # firing is shooting as often as a sacking
        ("The firing last week on a U.N. convoy in Darfur was condemned by the Sudanese government.", "appointment"),
    ],
)
def test_no_such_event(text: str, event_type: str) -> None:
    found = _found(text)
    assert not [f for f in found if f[0] == event_type], found


def test_a_date_after_but_is_its_own_clauses() -> None:
    found = _found("A Taliban bombing in Kabul killed a U.S. soldier, but talks resumed in December.")
    assert ("meeting", "2023-12") in [(f[0], f[1]) for f in found], found
    assert [f[1] for f in found if f[0] == "attack"] == ["2024-01-10"], found


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # another deed done to what the first deed touched, on its own day
        ("Kenya recalled its ambassador to Somalia, but the envoy was reinstated on Monday.", "sanctions"),
        ("Gunmen kidnapped three Nigerian engineers in Niger, but the hostages were freed on Monday.", "attack"),
        # a noun of an armed deed takes up only an armed deed
        ("Egypt recalled its envoy to Israel, while the strikes on Gaza went on on Monday.", "sanctions"),
    ],
)
def test_a_passive_of_another_deed_after_but_keeps_its_day(text: str, event_type: str) -> None:
    found = _found(text)
    assert "2024-01-08" not in [f[1] for f in found if f[0] == event_type], found
