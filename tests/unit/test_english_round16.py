"""English round 16: words that name no event. A count, training or a sentence received is no
meeting ("received 20 years", "received training abroad"); a document one party signs alone (a
constitutional declaration, a presidential memorandum) is no agreement; lifting some of the
sanctions restores no relations; talks or a deal that "stalled" or "collapsed" are no meeting
or agreement of that day; an event that "must be held" is a duty, not a deed; a bare "help"
before a verb makes it no deed done."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2024-05-20"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Tunisia's opposition leader Rached Ghannouchi received 20 years in prison, his lawyer said.", "meeting"),
        ("The detained men said they had received training in Syria.", "meeting"),
        ("Several of the fighters received military training in Iran, officials said.", "meeting"),
        ("In March Syria's interim president Ahmed al-Sharaa signed a constitutional declaration setting a transition.", "agreement"),
        ("In February President Biden signed a presidential memorandum ordering new measures against Iran.", "agreement"),
        ("The European Union lifted some sanctions on Syria's banking sector in February.", "relations"),
        ("Washington partially lifted sanctions on Venezuela's oil sector in October.", "relations"),
        ("Kurdish forces and Damascus agreed in March to merge the SDF into the Syrian army, but talks have stalled.", "meeting"),
        ("The Gaza ceasefire between Israel and Hamas took effect in January. That deal collapsed in March, when Israel resumed its strikes on Gaza.", "agreement"),
        ("Algeria's parliament speaker will serve as interim president for 90 days, during which an election must be held.", "election"),
        ("Turkish officers will train the new Syrian army and help supply it with weapons.", "aid"),
    ],
)
def test_words_that_name_no_event(text: str, event_type: str) -> None:
    assert of_type(extract(text, PUBLISHED), event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("King Abdullah received the Iraqi prime minister in Amman on Sunday.", "meeting"),
        ("Egypt and Turkey signed a defence agreement in Ankara on Monday.", "agreement"),
        ("Egypt, Qatar and Turkey signed a joint declaration in Doha on Monday.", "agreement"),
        ("The four countries lifted the blockade of Qatar in January 2021.", "relations"),
        ("Iran and the United States held talks in Muscat on Saturday.", "meeting"),
        ("Syria and Turkey held talks in Ankara in March, but the talks collapsed.", "meeting"),
        ("Iraqis voted on Sunday in a parliamentary election.", "election"),
        ("Turkey supplied the rebels with weapons in 2019.", "aid"),
    ],
)
def test_the_deed_itself_stays(text: str, event_type: str) -> None:
    assert of_type(extract(text, PUBLISHED), event_type)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("وقع الرئيس السوري أحمد الشرع الإعلان الدستوري في مارس.", "agreement"),
        ("رفع الاتحاد الأوروبي بعض العقوبات عن قطاع الطاقة السوري في فبراير.", "relations"),
    ],
)
def test_arabic_words_that_name_no_event(text: str, event_type: str) -> None:
    assert of_type(extract(text, PUBLISHED), event_type) == []


@pytest.mark.parametrize(
    "text",
    [
        "The European Union eased sanctions on Syria's energy sector in February.",
        "The United States eased sanctions on Venezuela's oil sector in October.",
        "خفف الاتحاد الأوروبي العقوبات المفروضة على سوريا في فبراير.",
    ],
)
def test_sanctions_lifted_or_eased_are_no_sanctions(text: str) -> None:
    assert of_type(extract(text, PUBLISHED), "sanctions") == []


SEIZURE_PUBLISHED = "2023-11-21"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Yemen's Houthi rebels said on Monday they had seized a cargo ship linked to Israel in the Red Sea, "
            "a day after hijacking the vessel.",
            "2023-11-19",
        ),
        (
            "Iran's navy said on Tuesday it had seized a British tanker in the Gulf, two days after capturing the vessel.",
            "2023-11-19",
        ),
    ],
)
def test_a_deed_in_the_past_perfect_after_a_dated_saying_is_the_one_told_on_its_own_day(text: str, day: str) -> None:
    assert [e["date"] for e in of_type(extract(text, SEIZURE_PUBLISHED), "attack")] == [day]

