"""The lead's day for a deed told later in the report with no time of its own: in a clause of
its own after "and" or a semicolon, as a participle set off by commas before a verb of saying,
and in a sentence whose only time is the lead's day itself."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # a clause of its own after what one side said had happened
        (
            "Armenian troops crossed into the disputed border strip with Azerbaijan on Friday.\n\n"
            "Azerbaijan said its forces had been provoked, and both sides reported an exchange of fire near the frontier.",
            "2021-03-06",
            "attack",
            "2021-03-05",
        ),
        # a participle set off by commas: the tense of what was said is the speaker's
        (
            "Regional leaders agreed on Sunday to impose sanctions on the junta in Conakry.\n\n"
            "The presidents, meeting at an emergency summit in Abuja, said they would freeze the "
            "junta's assets at the central bank.",
            "2022-02-07",
            "meeting",
            "2022-02-06",
        ),
        # a sentence whose only time is the lead's day
        (
            "Morocco and Spain have signed a new fisheries accord.\n\n"
            "The accord was signed in Rabat on Sunday by Moroccan Foreign Minister Nasser Bourita and "
            "Spanish Prime Minister Pedro Sanchez, who travelled to the capital with his trade minister.",
            "2022-05-09",
            "visit",
            "2022-05-08",
        ),
    ],
)
def test_a_later_deed_takes_the_leads_day(text: str, published: str, event_type: str, date: str) -> None:
    later = text.index("\n\n")
    found = [e for e in of_type(extract(text, published), event_type) if e["spans"]["trigger"][0] > later]
    assert [e["date"] for e in found] == [date]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # the saying governs the deed in its own clause
        (
            "Armenian troops crossed into the disputed border strip with Azerbaijan on Friday.\n\n"
            "The border stayed closed, and Azerbaijan said both sides reported an exchange of fire near the frontier.",
            "2021-03-06",
            "attack",
            "2021-03-05",
        ),
        # what was said before the participle still governs it
        (
            "Regional leaders agreed on Sunday to impose sanctions on the junta in Conakry.\n\n"
            "Officials said the presidents, meeting at an emergency summit in Abuja, would freeze the "
            "junta's assets.",
            "2022-02-07",
            "meeting",
            "2022-02-06",
        ),
        # a sentence that names another time tells its own
        (
            "Morocco and Spain have signed a new fisheries accord.\n\n"
            "The accord was signed in Rabat on Sunday by Moroccan Foreign Minister Nasser Bourita and "
            "Spanish Prime Minister Pedro Sanchez, who travelled to the capital with his trade minister in 2019.",
            "2022-05-09",
            "visit",
            "2022-05-08",
        ),
    ],
)
def test_a_deed_told_otherwise_keeps_no_lead_day(text: str, published: str, event_type: str, date: str) -> None:
    later = text.index("\n\n")
    found = [e for e in of_type(extract(text, published), event_type) if e["spans"]["trigger"][0] > later]
    assert date not in [e["date"] for e in found]
