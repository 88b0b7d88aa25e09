"""English: words that name no event. A count, training or a sentence received is no
meeting ("received 20 years", "received training abroad"); a document one party signs alone (a
constitutional declaration, a presidential memorandum) is no agreement; lifting some of the
sanctions restores no relations; talks or a deal that "stalled" or "collapsed" are no meeting
or agreement of that day; an event that "must be held" is a duty, not a deed; a bare "help"
before a verb makes it no deed done."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.vote_days import without_other_days_of_a_vote
from events.model import Event

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


VOTE_PUBLISHED = "2024-10-22"


@pytest.mark.parametrize(
    "text",
    [
        "The Kurdistan Democratic Party won 39 seats in the Kurdistan region's parliamentary election, according to "
        "preliminary results announced by Iraq's electoral commission on Monday. Turnout was 72 percent in Sunday's "
        "vote. Iraqi security forces voted on Friday in a special early ballot.",
        "Georgia's ruling party won the parliamentary election, according to results announced on Monday. "
        "Georgians voted on Saturday in the parliamentary election.",
        "صوتت قوات الأمن العراقية يوم الجمعة في اقتراع خاص مبكر للانتخابات البرلمانية. "
        "وأدلى العراقيون بأصواتهم يوم الأحد في الانتخابات البرلمانية.",
    ],
)
def test_one_vote_told_on_several_days_is_one_election(text: str) -> None:
    found = of_type(extract(text, VOTE_PUBLISHED), "election")
    assert [e["date"] for e in found] in (["2024-10-20"], ["2024-10-19"]), found


def test_elections_of_two_countries_in_one_week_stay_two() -> None:
    text = "Iraqis voted on Sunday in a parliamentary election. Jordanians voted on Tuesday in a parliamentary election."
    assert len(of_type(extract(text, VOTE_PUBLISHED), "election")) == 2


PROTEST_PUBLISHED = "2025-10-02"


@pytest.mark.parametrize(
    "text",
    [
        "Moroccan protesters took to the streets on Saturday demanding better schools. Two people were killed on "
        "Wednesday when police opened fire in Agadir, as the demonstrations in Morocco entered their fifth day.",
        "Protests erupted in Algeria on February 22. Algeria's president resigned on Tuesday, bowing to weeks of "
        "mass protests against his rule.",
        # a written date of no onset: the campaign under way, told beside the day's protest
        "Sudanese protests entered their fifth month on April 6. Thousands of protesters in Sudan kept up their "
        "sit-in outside the Defence Ministry on Sunday.",
    ],
)
def test_a_protest_under_way_for_a_span_is_the_one_told_beside_it(text: str) -> None:
    assert len(of_type(extract(text, PROTEST_PUBLISHED), "protest")) == 1


def test_a_protest_under_way_told_alone_stays() -> None:
    text = "Algeria's president resigned on Tuesday, bowing to weeks of mass protests against his rule."
    assert of_type(extract(text, PROTEST_PUBLISHED), "protest")


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        (
            "Omar al-Bashir was removed and detained by the army on April 11 after months of protests that erupted in "
            "December over rising bread prices. Thousands of protesters kept up their sit-in outside the Defence "
            "Ministry in Khartoum on Sunday.",
            "2019-04-21",
            ["2018-12", "2019-04-21"],
        ),
        (
            "أطاح الجيش السوداني بالرئيس عمر البشير في 11 أبريل بعد أشهر من الاحتجاجات التي اندلعت في ديسمبر. "
            "وواصل آلاف المحتجين اعتصامهم أمام مقر وزارة الدفاع في الخرطوم اليوم الأحد.",
            "2019-04-21",
            ["2018-12", "2019-04-21"],
        ),
    ],
)
def test_a_protest_under_way_dated_by_its_own_onset_stays_beside_another(text: str, published: str, dates: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, published), "protest")) == dates


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


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Iran and the United States held their first round of talks over Tehran's nuclear programme in Oman "
            "on Saturday, officials from both sides said.",
            "meeting",
        ),
        ("Iran's foreign minister held talks in Cairo with Egypt's president on Saturday.", "visit"),
    ],
)
def test_a_city_in_the_possessive_hosts_no_meeting(text: str, event_type: str) -> None:
    assert [e["event_type"] for e in extract(text, "2025-04-13")] == [event_type]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Iraq's federal court ordered the electoral commission to run the vote instead.", "election"),
        ("Trump sent a letter to Iran's Supreme Leader Ali Khamenei last month proposing negotiations.", "meeting"),
        ("The Houthis suspended the attacks on Israel during the Gaza ceasefire in January.", "attack"),
        ("Iraqi officials have previously accused Kataib Hezbollah of similar attacks on oil fields.", "attack"),
    ],
)
def test_an_ordered_vote_a_proposal_a_suspension_and_a_kind_of_attack_are_no_event(text: str, event_type: str) -> None:
    assert of_type(extract(text, "2025-04-13"), event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("A similar attack on an Iraqi oil field killed three people on Monday.", "attack"),
        ("The Houthis resumed their attacks on Israel on Monday.", "attack"),
        ("Iraqis voted on Friday in a parliamentary election.", "election"),
    ],
)
def test_the_deed_itself_still_stays(text: str, event_type: str) -> None:
    assert of_type(extract(text, "2025-04-13"), event_type)



def _election(day: str, quote: str) -> Event:
    return Event(
        event_id="", article_id="a", event_type="election", cameo=None, date=day, date_precision="day",
        date_basis="relative", title="", quote=quote, trigger="", countries=["JOR"],
    )


@pytest.mark.parametrize(
    "quote",
    [
        "أعلنت الهيئة، أمس الأربعاء، النتائج الأولية للانتخابات النيابية التي جرت الثلاثاء.",
        "The commission on Wednesday announced the results of the election held on Tuesday.",
    ],
)
def test_two_days_of_one_vote_of_one_rank_keep_the_earlier_day(quote: str) -> None:
    # one sentence telling the results' day and the polling day gives both tellings one rank
    kept = without_other_days_of_a_vote([_election("2024-09-11", quote), _election("2024-09-10", quote)])
    assert [e.date for e in kept] == ["2024-09-10"]
