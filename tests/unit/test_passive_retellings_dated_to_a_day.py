"""An event the lead tells with no day ("The two sides have signed a power-sharing deal") and a
later sentence tells again in the passive with its day ("The memorandum of understanding was
signed in Tunis on Sunday by ...", "The constitutional declaration was signed on Sunday in
N'Djamena"): the day is the event's, as the Arabic retelling with its day ("ووقعت المذكرة في
تونس يوم الأحد") gives it. The city the retelling names before the day ("signed in Tunis") is
its place."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

JULY = "2023-07-17"  # a Monday


@pytest.mark.parametrize(
    "text",
    [
        "Oman and Jordan have signed a trade and transport memorandum covering ports and roads.\n\n"
        "The memorandum of understanding was signed in Muscat on Sunday by the two foreign ministers, "
        "who also held talks on the war in Yemen.",
        "Chad's ruling generals and the rebel coalition have signed a power-sharing deal.\n\n"
        "The constitutional declaration was signed on Sunday in N'Djamena by the two sides, whose supporters held protests "
        "outside the hall.",
        "وقعت سلطنة عمان والأردن مذكرة تفاهم للتعاون في مجال النقل والموانئ.\n\n"
        "ووقعت المذكرة في مسقط يوم الأحد من قبل وزيري الخارجية، اللذين أجريا أيضا محادثات حول الحرب في اليمن.",
    ],
)
def test_the_lead_takes_the_day_of_its_passive_retelling(text: str) -> None:
    assert {e["date"] for e in of_type(extract(text, JULY), "agreement")} == {"2023-07-16"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "The European Union and Morocco have signed a fisheries memorandum, as Brussels seeks to secure "
            "catches off the Atlantic coast.\n\n"
            "The memorandum of understanding was signed in Rabat on Sunday by the two ministers, who also held "
            "talks on migration.",
            "MAR",
        ),
    ],
)
def test_the_city_of_the_passive_retelling_is_the_place(text: str, country: str) -> None:
    (event,) = of_type(extract(text, JULY), "agreement")
    assert (event["date"], event["location"]["country"]) == ("2023-07-16", country)
