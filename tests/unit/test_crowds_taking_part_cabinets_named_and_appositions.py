"""Crowds told as taking part in marches or protests demonstrated; a cabinet named or
appointed is a change of office; a noun set after a comma that names again the deed a verb told
before it ("..., an attack claimed by JeM") is no second event and does not take its date."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

_PUBLISHED = "2024-01-10"


def _found(text: str, published: str = _PUBLISHED) -> list[tuple[str, str | None, frozenset[str]]]:
    return [(e["event_type"], e["date"], frozenset(e["countries"])) for e in extract(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وشارك مئات الآلاف من السودانيين الخميس الماضي في مسيرات بالخرطوم تطالب بالحكم المدني.", ("protest", "2024-01-04", "SDN")),
        ("شارك آلاف التونسيين أمس في احتجاجات أمام البرلمان.", ("protest", "2024-01-09", "TUN")),
        ("Hundreds of thousands of Sudanese joined the marches in Khartoum on Thursday.", ("protest", "2024-01-04", "SDN")),
        ("Tens of thousands of Algerians took part in protests in Algiers on Friday.", ("protest", "2024-01-05", "DZA")),
        ("Algerian President Bouteflika named a caretaker cabinet on Sunday.", ("appointment", "2024-01-07", "DZA")),
        (
            "Protests continued in Algeria, and a caretaker cabinet named on Sunday did little to calm the streets.",
            ("appointment", "2024-01-07", "DZA"),
        ),
    ],
)
def test_the_deed_is_found(text: str, expected: tuple[str, str, str]) -> None:
    found = _found(text)
    assert [f for f in found if (f[0], f[1]) == expected[:2] and expected[2] in f[2]], found


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("ويتوقع أن يشارك الآلاف من التونسيين في مظاهرات الجمعة المقبلة.", "protest"),
        ("Thousands of Algerians are expected to take part in protests in Algiers on Friday.", "protest"),
        ("Algeria took part in the talks in Geneva on Friday.", "protest"),
        ("The Algerian government named in the report denied any role.", "appointment"),
        # jets taking part in a strike attacked; a budget unveiled or a government named in a report is no new cabinet
        ("Dozens of Israeli jets took part in the strike on the port of Hodeidah in Yemen on Monday, the army said.", "protest"),
        ("Prime Minister Shtayyeh unveiled the government's budget on Monday in Ramallah.", "appointment"),
        ("Amnesty International named the government of Myanmar on Monday in a new report on abuses.", "appointment"),
        ("The Kenyan opposition named the government responsible for the deaths on Monday in Nairobi.", "appointment"),
        ("The Pakistani government was named on Monday in a UN report on forced disappearances.", "appointment"),
    ],
)
def test_no_such_event(text: str, event_type: str) -> None:
    found = _found(text)
    assert not [f for f in found if f[0] == event_type], found


def test_an_apposition_with_an_adjective_of_time_is_one_deed() -> None:
    found = _found("Russian drones attacked power plants across Ukraine on Monday, another night attack condemned by Kyiv.")
    assert [f[1] for f in found if f[0] == "attack"] == ["2024-01-08"], found


def test_an_apposition_does_not_take_the_deed_from_its_verb() -> None:
    found = _found(
        "The strike came 12 days after a suicide car bomber killed 40 paramilitary police in a convoy in Pulwama"
        " in Indian-administered Kashmir, an attack claimed by the Pakistan-based JeM.",
        "2019-02-26",
    )
    assert [f[1] for f in found if f[0] == "attack"] == ["2019-02-14"], found


@pytest.mark.parametrize(
    "text",
    [
        # the noun of a deed of its own, after a word of time, is no apposition
        "Militants killed two Egyptian soldiers in Sinai on Monday, a week after an attack on a checkpoint in Arish killed five.",
        "Militants killed two Egyptian soldiers in Sinai on Monday, the day after air strikes on Arish on Jan. 7.",
        "Militants killed two Egyptian soldiers in Sinai on Monday, a week after drone strikes on Arish on Jan. 1.",
    ],
)
def test_a_deed_of_its_own_after_a_comma_is_kept(text: str) -> None:
    found = _found(text)
    attacks = sorted(f[1] for f in found if f[0] == "attack")
    assert len(attacks) == 2 and "2024-01-08" in attacks, found
