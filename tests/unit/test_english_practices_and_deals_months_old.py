"""English: a plural event noun that is the subject of a predicate of deeds in general
("Sports boycotts of Israel have a long history in the region", "Such attacks are nothing new")
names a practice, no event of the publication's day; the same noun told as a deed of a day stays.
"Under the deal" after a dated agreement names that agreement again, and an undated doing the
deal brought about, more than a month after it, is no news of the publication's day. A word of
recency a few words before the event word ("Iran, which recently held presidential elections")
qualifies it as the verb's adverb, and the catalog dates it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2021-07-24"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Cultural boycotts of Israel have a long history in the Arab world.", "sanctions"),
        ("Economic sanctions against Iran have a long tradition in Washington.", "sanctions"),
        ("Rocket attacks on Israeli towns are nothing new.", "attack"),
        ("Street protests in Cairo have become routine.", "protest"),
        ("Drone strikes on Saudi oil facilities are not new.", "attack"),
        ("Such boycotts of Qatar have a history in the Gulf.", "sanctions"),
    ],
)
def test_a_practice_in_general_is_no_event(text: str, event_type: str) -> None:
    assert of_type(extract(text, PUBLISHED), event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Saudi Arabia imposed a boycott on Qatar on Monday.", "sanctions"),
        ("Hamas fired rockets at Israeli towns on Friday, the army said.", "attack"),
        ("Thousands protested in Cairo on Friday against the government.", "protest"),
    ],
)
def test_a_deed_of_a_day_stays(text: str, event_type: str) -> None:
    assert of_type(extract(text, PUBLISHED), event_type)


DEAL_PUBLISHED = "2023-08-18"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Egypt and Sudan reached an agreement in Cairo on March 10, 2023 to restore trade. "
            "Under the deal, brokered by Qatar, Cairo and Khartoum reopened their embassies.",
            "relations",
        ),
        (
            "Turkey and Qatar signed a defence agreement in Doha on April 2, 2023. "
            "Under the agreement, Turkey deployed troops to Qatar.",
            "deployment",
        ),
    ],
)
def test_a_doing_under_a_deal_months_old_is_no_news_of_the_day(text: str, event_type: str) -> None:
    found = extract(text, DEAL_PUBLISHED)
    assert [e for e in of_type(found, event_type) if e["date"] == DEAL_PUBLISHED] == []


@pytest.mark.parametrize(
    "text",
    [
        "Egypt and Sudan reached an agreement in Cairo on March 10, 2023 to restore trade. "
        "Under the deal, brokered by Qatar, Cairo and Khartoum reopened their embassies.",
        "Jordan and Iraq signed an agreement in Amman on May 3, 2023. "
        "Under the agreement, Iraq will supply Jordan with oil.",
    ],
)
def test_the_deal_named_again_is_no_new_agreement(text: str) -> None:
    assert [e["date"] for e in of_type(extract(text, DEAL_PUBLISHED), "agreement")] == ["2023-03-10" if "March" in text else "2023-05-03"]


def test_a_doing_under_a_deal_of_the_week_stays() -> None:
    text = (
        "Turkey and Qatar signed a defence agreement in Doha on Tuesday. "
        "Under the agreement, Turkey deployed troops to Qatar."
    )
    assert of_type(extract(text, DEAL_PUBLISHED), "deployment")


@pytest.mark.parametrize(
    "text",
    [
        "Iran, which recently held presidential elections, announced a new cabinet.",
        "Iran recently held presidential elections.",
        "Iran, which has recently held early presidential elections, named a new envoy.",
    ],
)
def test_recency_a_few_words_before_dates_by_the_catalog(text: str) -> None:
    found = of_type(extract(text, "2017-06-10"), "election")
    assert [(e["date"], e["date_basis"]) for e in found] == [("2017-05-19", "reference")]


TIMELINE_LEAD = (
    "Timeline of Yemen's crisis\n"
    "SANAA, March 3 (Reuters) - Yemen's government and the Houthis met in Muscat on Monday. "
    "Yemen has been at war for years. Here are key events in Yemen:\n\n"
)


@pytest.mark.parametrize(
    ("entry", "event_type", "day"),
    [
        ("- November 23, 2011: Rival leaders sign a transition deal in a palace ceremony.", "agreement", "2011-11-23"),
        ("- 5 December 2019: Tribal leaders and party chiefs sign a framework agreement.", "agreement", "2019-12-05"),
        ("• July 8, 2020: The rival camps sign a prisoner exchange agreement.", "agreement", "2020-07-08"),
    ],
)
def test_a_timeline_entry_without_a_country_is_the_story_country(entry: str, event_type: str, day: str) -> None:
    found = [e for e in of_type(extract(TIMELINE_LEAD + entry + "\n", "2024-03-05"), event_type) if e["date"] == day]
    assert [e["countries"] for e in found] == [["YEM"]]


def test_a_list_item_without_a_date_of_its_own_stays_unplaced() -> None:
    text = TIMELINE_LEAD + "- Rival leaders sign a transition deal, the reports say.\n"
    assert [e for e in of_type(extract(text, "2024-03-05"), "agreement") if e["date"] == "2024-03-05"] == []
