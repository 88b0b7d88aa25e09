"""A legislature that voted for a treaty, a protocol or an accession with its tally told between
("Lawmakers voted 287 to 55 in favour of Sweden's accession protocol", "The Federation Council
voted 155-0 for the treaty"), or that approved it with the document in its sentence ("after the
foreign affairs committee approved it last month"), ratified it; so does a parliament that
ratified a state's bid, and a state's membership that took effect is in force. The same in
Arabic («صوت 287 نائبا لصالح بروتوكول انضمام السويد»، «بعد أن وافقت عليه لجنة الشؤون الخارجية»،
«دخلت عضوية فنلندا حيز التنفيذ»). Not voters or a party voting for a candidate, a vote for a
motion against a treaty, nor a budget approved."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2024-01-24"


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Lawmakers voted 287 to 55 in favour of Sweden's accession protocol late on Tuesday, after the foreign "
            "affairs committee approved it last month.",
            {"2024-01-23", "2023-12"},
        ),
        ("The Federation Council voted 155-0 for the treaty on Friday.", {"2024-01-19"}),
        ("Turkey's parliament ratified Finland's bid on March 30, 2023, and Finland's membership took effect in April 2023.", {"2023-03-30", "2023-04"}),
        (
            "وصوت 287 نائبا تركيا لصالح بروتوكول انضمام السويد مساء الثلاثاء، بعد أن وافقت عليه لجنة الشؤون الخارجية الشهر الماضي.",
            {"2024-01-23", "2023-12"},
        ),
        ("ودخلت عضوية فنلندا في حلف الناتو حيز التنفيذ في أبريل 2023.", {"2023-04"}),
    ],
)
def test_a_legislature_vote_for_a_treaty_is_a_ratification(text: str, dates: set[str]) -> None:
    found = of_type(extract(text, PUBLISHED), "ratification")
    assert {e["date"] for e in found} == dates, found


@pytest.mark.parametrize(
    "text",
    [
        "Voters in Ankara voted for the party that backed the treaty on Sunday.",
        "Lawmakers voted 200 to 90 for a motion condemning the treaty on Tuesday.",
        "Lawmakers voted 287 to 55 against Sweden's accession protocol on Tuesday.",
        "Parliament approved it on Tuesday, a budget that also funds the treaty secretariat.",
        "وصوت النواب لصالح مرشح الحزب الحاكم يوم الثلاثاء.",
        "ووافقت عليه لجنة الموازنة يوم الثلاثاء.",
    ],
)
def test_no_ratification(text: str) -> None:
    assert of_type(extract(text, PUBLISHED), "ratification") == [], extract(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a legislature that approved a state's bid ratified its accession
        ("Hungary's parliament approved Finland's bid on Monday by 182 votes to six.", ["2024-01-22"]),
        ("Turkish lawmakers ratified Sweden's application on Tuesday.", ["2024-01-23"]),
        # no legislature, or the bid of a host or a firm
        ("The committee of the Olympic body approved Qatar's bid on Monday.", []),
        ("Lawmakers in Cairo approved Qatar's bid to host the tournament on Monday.", []),
        ("Egypt's parliament approved the company's bid for the port on Monday.", []),
    ],
)
def test_a_legislature_that_approved_a_state_s_bid_ratified_it(text: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "ratification")] == dates


@pytest.mark.parametrize(
    "text",
    [
        "Parliament endorsed on Monday Egypt's bid for a seat on the UN Security Council.",
        "Lawmakers approved on Monday Ukraine's bid for EU candidate status.",
    ],
)
def test_a_bid_for_a_seat_or_a_status_is_no_accession(text: str) -> None:
    assert of_type(extract(text, PUBLISHED), "ratification") == []
