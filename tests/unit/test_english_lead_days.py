"""English dating by the report's own frame: the lead's day for the deeds its later paragraphs
tell, no publication day for a relative word inside a quotation, and the day of a passive
announcement for the deed its maker said in a relative clause."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # a shipment of aid told by a verb in the past in the next paragraph: the lead's day,
        # not the publication's year of an ongoing flow
        (
            "Aid flights from across the Arab world landed in Turkey and Syria yesterday as rescuers raced "
            "to pull survivors from the rubble of Monday's earthquakes.\n\n"
            "The UAE sent two aircraft carrying a search-and-rescue team and field hospital equipment "
            "to the Turkish city of Adana.",
            "2023-02-08",
            "aid",
            "2023-02-07",
        ),
        # a noun of a gathering in a sentence told in the past, after a quotation
        (
            "Gulf leaders signed a solidarity declaration in the Saudi town of AlUla on Tuesday.\n\n"
            '"Today we are in dire need of uniting our efforts," Prince Mohammed told the 41st summit of the '
            "Gulf Cooperation Council, which was also attended by Egypt's foreign minister.",
            "2021-01-06",
            "meeting",
            "2021-01-05",
        ),
    ],
)
def test_a_later_paragraph_takes_the_leads_day(text: str, published: str, event_type: str, date: str) -> None:
    later = text.index("\n\n")
    found = [e for e in of_type(extract(text, published), event_type) if e["spans"]["trigger"][0] > later]
    assert [e["date"] for e in found] == [date]


_LEAD = "Aid flights from across the Arab world landed in Turkey and Syria yesterday.\n\n"


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # the present perfect: a state reached by now, no deed of the lead's day
        (_LEAD + "The UAE has sent two aircraft carrying a search-and-rescue team to Adana in Turkey.", "2023-02-08", "aid", "2023-02-07"),
        # what its doer said it did
        (_LEAD + "The UAE said it sent a search-and-rescue team to Adana in Turkey.", "2023-02-08", "aid", "2023-02-07"),
        # a deed that lasted months
        (
            "Gulf leaders signed a solidarity declaration in AlUla on Tuesday.\n\n"
            "Kuwait and the United States held talks with both sides for months.",
            "2021-01-06",
            "meeting",
            "2021-01-05",
        ),
        # a lead naming two days gives none
        (
            "Rescuers worked in Turkey on Monday and Syria yesterday.\n\n"
            "The UAE sent a search-and-rescue team to Adana in Turkey.",
            "2023-02-08",
            "aid",
            "2023-02-07",
        ),
    ],
)
def test_a_deed_not_told_as_the_leads_news_keeps_no_lead_day(
    text: str, published: str, event_type: str, date: str
) -> None:
    later = text.index("\n\n")
    found = [e for e in of_type(extract(text, published), event_type) if e["spans"]["trigger"][0] > later]
    assert found and date not in [e["date"] for e in found]


def test_the_leads_paragraph_is_left_to_its_own_links() -> None:
    text = "The two leaders met in Ankara on Tuesday. Jordan signed three agreements on trade."
    assert [e["date"] for e in of_type(extract(text, "2024-05-10"), "agreement")] == ["2024-05-10"]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ('"Today we are in dire need of uniting our efforts," Prince Mohammed told the summit of the Gulf Cooperation Council, attended by Egypt’s foreign minister.', "2021-01-06"),
        ('"Yesterday we were strangers," the emir told the summit of the Gulf Cooperation Council, attended by Egypt’s foreign minister.', "2021-01-06"),
    ],
)
def test_a_relative_word_inside_a_quotation_dates_no_event_outside_it(text: str, published: str) -> None:
    found = of_type(extract(text, published), "meeting")
    assert found and all(e["date_basis"] == "publication" for e in found)


def test_a_relative_word_in_the_quotation_of_the_event_word_still_dates_it() -> None:
    text = '"We signed the agreement with Qatar yesterday," the Saudi foreign minister said.'
    assert [e["date"] for e in of_type(extract(text, "2021-01-06"), "agreement")] == ["2021-01-05"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "The breakthrough was announced on Monday night by Kuwait's foreign minister, Sheikh Ahmad Nasser "
            "Al Mohammad Al Sabah, who said Riyadh had reopened its airspace and its land and sea border to Qatar.",
            "2021-01-04",
        ),
        (
            "The decision was announced on Monday by the Kuwaiti foreign ministry, which said Saudi Arabia "
            "had restored diplomatic relations with Qatar.",
            "2021-01-04",
        ),
    ],
)
def test_a_passive_announcement_dates_the_deed_its_maker_said(text: str, date: str) -> None:
    assert date in [e["date"] for e in of_type(extract(text, "2021-01-06"), "relations")]


def test_a_deed_to_come_in_the_announcement_takes_no_day() -> None:
    text = (
        "The breakthrough was announced on Monday night by Kuwait's foreign minister, who said Riyadh would "
        "reopen its airspace to Qatar."
    )
    assert "2021-01-04" not in [e["date"] for e in of_type(extract(text, "2021-01-06"), "relations")]
