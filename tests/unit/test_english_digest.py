"""Shapes of English digest, agency and court copy (Anadolu, Xinhua, TASS, Gulf News, Asharq Al-Awsat)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract as extract_events


def extract(text: str, published: str = "2018-10-17") -> list[dict]:
    return extract_events(text, published)


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Egypt and China signed 21 agreements worth 15 billion US dollars on Thursday.", {"EGY", "CHN"}),
        ("Egypt and China signed 21 agreements worth 15 billion U.S. dollars on Thursday.", {"EGY", "CHN"}),
        ("وقعت مصر والصين الخميس 21 اتفاقية بقيمة 15 مليار دولار أمريكي.", {"EGY", "CHN"}),
        ("وقعت مصر والصين الخميس اتفاقيات بمليارات الدولارات الأمريكية.", {"EGY", "CHN"}),
    ],
)
def test_a_sum_in_us_dollars_adds_no_country(text, countries):
    found = [e for e in extract(text) if e["event_type"] == "agreement"]
    assert found and set(found[0]["countries"]) == countries, found
    assert (found[0]["location"] or {}).get("country") != "USA"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The Turkish parliament ratified a deal to send troops to Qatar on Wednesday.", "ratification"),
        ("Jordan's parliament ratified the memorandum of understanding with Iraq on Sunday.", "ratification"),
        ("The Turkish parliament ratified the agreement with Qatar on Wednesday.", "ratification"),
    ],
)
def test_ratifying_a_deal_or_memorandum_is_a_ratification(text, event_type):
    assert event_type in [e["event_type"] for e in extract(text)]


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # sanctions aimed at firms and people are no strike
        ("The measures target eight firms based in the UAE and Hong Kong.", "attack", False),
        ("The new sanctions target 12 individuals and entities linked to the Revolutionary Guards.", "attack", False),
        ("استهدفت العقوبات الجديدة شركات مرتبطة بالحرس الثوري.", "attack", False),
        ("Israeli jets targeted Hamas positions in Gaza on Monday.", "attack", True),
        ("استهدفت طائرات التحالف مواقع الحوثيين في صعدة الاثنين.", "attack", True),
        # jails as a place of holding is no sentence
        ("Israel holds more than 5,000 Palestinians in its jails.", "arrest", False),
        ("Thousands of Palestinians are held in Israeli jails, the society said on Tuesday.", "arrest", False),
        ("Bahrain jails 138 in terror case on Tuesday.", "arrest", True),
        ("A Bahraini court jailed the activist Abdulhadi al-Khawaja for 20 years on Monday.", "arrest", True),
    ],
)
def test_targeted_measures_and_jails_held_in(text, event_type, expected):
    assert (event_type in [e["event_type"] for e in extract(text)]) == expected


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Chinese President Xi Jinping arrived in Cairo on Wednesday for a state visit.", "EGY"),
        ("Turkish President Recep Tayyip Erdogan arrived in Doha on Tuesday for a two-day working visit.", "QAT"),
        ("Turkish President Recep Tayyip Erdogan arrived in Doha on Tuesday.", "QAT"),
    ],
)
def test_a_visit_after_arriving_in_a_capital_is_held_there(text, country):
    found = [e for e in extract(text) if e["event_type"] == "visit"]
    assert found and found[0]["location"]["country"] == country, found


@pytest.mark.parametrize(
    "text",
    [
        "Morocco restored diplomatic relations with Iran on Tuesday, five years after it cut ties with Tehran.",
        "Qatar and Saudi Arabia have restored diplomatic relations, the Qatari foreign ministry said on Wednesday, "
        "three years after Riyadh and its allies cut ties with Doha.",
        "أعلنت قطر والسعودية الأربعاء إعادة العلاقات الدبلوماسية، بعد ثلاث سنوات من قطع الرياض علاقاتها مع الدوحة.",
    ],
)
def test_a_restoration_of_ties_told_with_their_break_keeps_both(text):
    found = {e["event_type"]: e for e in extract(text, "2021-01-20")}
    assert {"relations", "sanctions"} <= set(found), found
    assert found["relations"]["date"] >= "2021-01-19"


def test_a_break_of_ties_in_its_own_clause_is_one_event():
    found = [e["event_type"] for e in extract("Saudi Arabia cut diplomatic relations with Qatar on Monday.", "2021-01-20")]
    assert found == ["sanctions"]


@pytest.mark.parametrize(
    "text",
    [
        "President Abdel Fattah al-Sisi met on Sunday with Libyan National Army commander Khalifa Haftar in Cairo, "
        "the spokesman said. Sisi received Haftar in the presence of intelligence chief Abbas Kamel.",
        "التقى الرئيس عبد الفتاح السيسي الأحد قائد الجيش الوطني الليبي خليفة حفتر في القاهرة. "
        "واستقبل السيسي حفتر بحضور رئيس المخابرات عباس كامل.",
    ],
)
def test_a_meeting_told_again_without_a_date_is_the_dated_one(text):
    found = [e for e in extract(text, "2019-05-13") if e["event_type"] == "meeting"]
    assert [e["date"] for e in found] == ["2019-05-12"], found


@pytest.mark.parametrize(
    "text",
    [
        # another pair of countries, or a phone call beside a summit, stays apart
        "Erdogan met Qatar's emir in Istanbul on Sunday. Erdogan received Iraqi Prime Minister Haider al-Abadi in Ankara.",
        "Erdogan attended a summit with Qatar's emir in Doha on Sunday. "
        "Erdogan spoke by phone with Qatar's emir about the crisis.",
    ],
)
def test_a_different_meeting_without_a_date_stays_apart(text):
    found = [e for e in extract(text, "2019-05-13") if e["event_type"] in ("meeting", "visit")]
    assert len(found) == 2, found


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("A truce between Israel and Hamas took effect on Friday.", "ceasefire"),
        ("دخلت الهدنة بين إسرائيل وحماس حيز التنفيذ الجمعة.", "ceasefire"),
        ("The agreement between Turkey and Qatar entered into force on Friday.", "ratification"),
        ("دخلت الاتفاقية بين تركيا وقطر حيز التنفيذ الجمعة.", "ratification"),
    ],
)
def test_a_truce_taking_effect_is_a_ceasefire_and_an_agreement_a_ratification(text, event_type):
    assert [e["event_type"] for e in extract(text, "2018-03-07")] == [event_type]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A truce mediated by Russia took effect in Syria on Friday.", "SYR"),
        ("A ceasefire brokered by Russia took effect in Idlib on Friday.", "SYR"),
    ],
)
def test_the_broker_of_a_truce_is_not_its_place(text, country):
    found = [e for e in extract(text, "2018-03-07") if e["event_type"] == "ceasefire"]
    assert found and found[0]["location"]["country"] == country, found
    assert "RUS" in found[0]["countries"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sisi hosted Putin in Cairo on Monday, and the two leaders signed a deal to build a nuclear power plant.",
            {"visit", "agreement"},
        ),
        ("Sisi hosted Putin in Cairo on Monday.", {"visit"}),
        ("Egypt hosted a meeting of Libyan army officers on Sunday.", {"meeting"}),
        ("Qatar hosted talks between the US and the Taliban on Sunday.", {"meeting"}),
        ("Turkey hosts more than 3.5 million Syrian refugees.", set()),
    ],
)
def test_hosting_a_guest_is_a_visit_beside_the_deal_they_sign(text, expected):
    assert {e["event_type"] for e in extract(text, "2017-12-12")} == expected
