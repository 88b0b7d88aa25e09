"""The day a wire dateline gives ("KAMPALA, March 6 (Reuters) -") is the newsroom's, no time of
the news its lead tells: a lead that names one day beside it still gives that day to the deeds
its later paragraphs tell with none of their own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # a gathering told by a participle set off by commas, under a datelined lead
        (
            "KAMPALA, March 6 (Reuters) - East African leaders agreed on Saturday to send a regional force "
            "to eastern Congo.\n\n"
            "Presidents of the East African Community, meeting at a summit in Nairobi, said they would fund the force.",
            "2022-03-06",
            "meeting",
            "2022-03-05",
        ),
        # a second measure told by a verb in the past
        (
            "NAIROBI, June 20 (Reuters) - Kenya imposed sanctions on two Somali militia leaders on Friday over "
            "a deadly raid on a border town.\n\n"
            "The Treasury also froze the assets of a company it said had financed the group.",
            "2022-06-20",
            "sanctions",
            "2022-06-17",
        ),
    ],
)
def test_a_later_paragraph_takes_the_leads_day_past_its_dateline(
    text: str, published: str, event_type: str, date: str
) -> None:
    later = text.index("\n\n")
    found = [e for e in of_type(extract(text, published), event_type) if e["spans"]["trigger"][0] > later]
    assert [e["date"] for e in found] == [date]
