"""Elections: an election and a taking of office told in one sentence are two
events when the election's word carries a date of its own (the October 30 election, the
election on November 1, انتخابات 1 نوفمبر); an election with no date of its own beside a
taking of office is still not one of its own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _seen(found: list[dict]) -> list[tuple[str, str, str]]:
    return [(e["event_type"], e["date"], e["trigger"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "election", "appointment"),
    [
        (
            "Lula won the October 30 election in Brazil and was sworn in as president on January 1.",
            "2023-01-03",
            "2022-10-30",
            "2023-01-01",
        ),
        (
            "The Labour leader formed a government in Canada in December after winning the November 1 election.",
            "2023-02-10",
            "2022-11-01",
            "2022-12",
        ),
        (
            "Kenya held a presidential election on August 9 and Ruto was sworn in on September 13.",
            "2022-10-01",
            "2022-08-09",
            "2022-09-13",
        ),
        (
            "شكل نتنياهو الحكومة في إسرائيل في ديسمبر بعد فوزه في انتخابات 1 نوفمبر.",
            "2023-02-10",
            "2022-11-01",
            "2022-12",
        ),
        (
            "أدى الرئيس اليمين الدستورية في كينيا يوم 13 سبتمبر بعد الانتخابات التي جرت في 9 أغسطس.",
            "2022-10-01",
            "2022-08-09",
            "2022-09-13",
        ),
    ],
)
def test_a_dated_election_beside_an_office_stands(text: str, published: str, election: str, appointment: str) -> None:
    found = extract(text, published)
    assert [e["date"] for e in of_type(found, "election")] == [election], _seen(found)
    assert [e["date"] for e in of_type(found, "appointment")] == [appointment], _seen(found)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Lula won the election in Brazil and was sworn in as president on January 1.", "2023-01-03"),
        ("Ruto was sworn in as president of Kenya on September 13 after winning the election.", "2022-10-01"),
        ("أدى روتو اليمين الدستورية رئيسا لكينيا يوم 13 سبتمبر بعد فوزه في الانتخابات.", "2022-10-01"),
    ],
)
def test_an_undated_election_beside_an_office_is_none(text: str, published: str) -> None:
    found = extract(text, published)
    assert of_type(found, "appointment"), _seen(found)
    assert not of_type(found, "election"), _seen(found)


@pytest.mark.parametrize(
    ("text", "appointments"),
    [
        # a party naming its candidate for an election names no office holder
        ("Burundi's ruling CNDD-FDD party named Nkurunziza as its candidate for a third term on Saturday.", []),
        ("Burundi's ruling party named Pierre Nkurunziza as its presidential candidate on Saturday.", []),
        ("رشح الحزب الحاكم في بوروندي نكورونزيزا مرشحا لولاية رئاسية ثالثة يوم السبت.", []),
        # naming a minister still does
        ("Jordan's King Abdullah named Bisher al-Khasawneh as prime minister on Saturday.", ["named"]),
        ("سمى العاهل الأردني الملك عبد الله بشر الخصاونة رئيسا للوزراء يوم السبت.", ["سمى"]),
    ],
)
def test_a_candidate_named_for_an_election_is_no_appointment(text, appointments):
    assert [e["trigger"] for e in of_type(extract(text, "2015-05-18"), "appointment")] == appointments
