"""English sentence shapes: weekends, definitional sentences."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "published", "covered", "value", "end_value"),
    [
        # published on a Monday: the Saturday and Sunday just past
        ("Troops shelled the town over the weekend.", "2024-09-30", "the weekend", "2024-09-28", "2024-09-29"),
        ("Troops shelled the town this past weekend.", "2024-09-30", "this past weekend", "2024-09-28", "2024-09-29"),
        ("Troops shelled the town last weekend.", "2024-09-30", "last weekend", "2024-09-28", "2024-09-29"),
        ("Over the weekend, troops shelled the town.", "2024-10-03", "the weekend", "2024-09-28", "2024-09-29"),
        # a weekend across the turn of a month
        ("Troops shelled the town over the weekend.", "2024-09-02", "the weekend", "2024-08-31", "2024-09-01"),
        # published on a Sunday: this weekend, and last weekend is the one before
        ("Troops shelled the town over the weekend.", "2024-09-29", "the weekend", "2024-09-28", "2024-09-29"),
        ("Troops shelled the town last weekend.", "2024-09-29", "last weekend", "2024-09-21", "2024-09-22"),
        # published on a Saturday: the day itself, no range into tomorrow
        ("Troops shelled the town over the weekend.", "2024-09-28", "the weekend", "2024-09-28", None),
        # ahead
        ("Talks will be held this weekend.", "2024-10-02", "this weekend", "2024-10-05", "2024-10-06"),
        ("Talks are planned for next weekend.", "2024-09-30", "next weekend", "2024-10-05", "2024-10-06"),
    ],
)
def test_a_weekend_is_its_saturday_and_sunday(text, published, covered, value, end_value):
    (mention,) = find_dates(text, published)
    assert text[mention.start : mention.end] == covered
    assert (mention.value, mention.precision, mention.end_value) == (value, "day", end_value)


def test_an_event_over_the_weekend_is_dated_by_the_weekend_not_by_the_saying():
    text = (
        "ANKARA - The Turkish Armed Forces neutralized seven PKK terrorists in northern Iraq over the weekend, "
        "the National Defense Ministry said on Monday."
    )
    (attack,) = of_type(extract(text, "2024-09-30"), "attack")
    assert (attack["date"], attack["date_precision"]) == ("2024-09-28", "day")


@pytest.mark.parametrize(
    "text",
    [
        'Turkish authorities use the term "neutralize" to imply the terrorists in question surrendered or were killed or captured.',
        "Iraqi officials use the word to mean that the suspects were arrested.",
    ],
)
def test_a_sentence_that_defines_a_word_tells_no_event(text):
    assert extract(text, "2024-09-30") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "KUWAIT: Kuwait's emir on Friday dissolved the National Assembly and suspended some articles of Kuwait's constitution. "
            "The decision comes less than two months after the parliamentary elections held on April 4, the fourth in as many years.",
            "2024-04-04",
        ),
        (
            "الكويت - حل أمير الكويت يوم الجمعة مجلس الأمة وعلق العمل ببعض مواد الدستور الكويتي. "
            "ويأتي القرار بعد أقل من شهرين على الانتخابات البرلمانية التي جرت في 4 أبريل، وهي الرابعة في أربع سنوات.",
            "2024-04-04",
        ),
    ],
)
def test_an_election_told_without_a_country_is_the_article_country_s(text, day):
    (election,) = of_type(extract(text, "2024-05-10"), "election")
    assert (election["date"], election["countries"]) == (day, ["KWT"])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "In 2005 Algerians approved his Charter for Peace and National Reconciliation in a referendum, "
            "offering amnesty to Islamist fighters.",
            "relations",
        ),
        ("The Moroccan Commission for Truth and Reconciliation published its report in 2005.", "relations"),
        ("وفي عام 2005 وافق الجزائريون في استفتاء على ميثاق السلم والمصالحة الوطنية.", "relations"),
        ("ونشرت هيئة الإنصاف والمصالحة في المغرب تقريرها عام 2005.", "relations"),
    ],
)
def test_an_event_word_that_ends_a_body_s_or_a_charter_s_name_makes_no_event(text, kind):
    assert of_type(extract(text, "2021-09-17"), kind) == []


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Abdelaziz Bouteflika, who ruled Algeria for two decades before mass protests forced him from office, "
            "has died at the age of 84, state television announced on Friday.",
            "protest",
        ),
        (
            "Iraq's prime minister, who took office after mass protests toppled his predecessor, "
            "praised the Iraqi security forces on Monday.",
            "appointment",
        ),
    ],
)
def test_an_event_told_in_an_aside_in_the_past_is_not_dated_by_the_main_clause(text, absent):
    assert of_type(extract(text, "2021-09-17"), absent) == []


def test_an_aside_with_a_date_of_its_own_keeps_its_event():
    text = (
        "Abdelaziz Bouteflika, who ruled Algeria until mass protests in February 2019 forced him from office, "
        "has died at the age of 84, state television announced on Friday."
    )
    (protest,) = of_type(extract(text, "2021-09-17"), "protest")
    assert protest["date"].startswith("2019-02")


@pytest.mark.parametrize(
    "text",
    [
        "Lebanon's parliament elected army commander Joseph Aoun as president on Thursday. "
        "Saudi envoy Yazid bin Farhan and French envoy Jean-Yves Le Drian visited Beirut on the eve of the vote.",
        "انتخب البرلمان اللبناني قائد الجيش جوزيف عون رئيسا للجمهورية يوم الخميس. "
        "وزار المبعوث السعودي يزيد بن فرحان والمبعوث الفرنسي جان إيف لودريان بيروت عشية الانتخابات.",
    ],
)
def test_an_event_on_the_eve_of_one_told_before_is_on_the_day_before_it(text):
    (visit,) = of_type(extract(text, "2025-01-14"), "visit")
    assert (visit["date"], visit["date_precision"]) == ("2025-01-08", "day")


@pytest.mark.parametrize(
    "text",
    [
        "President Abdel-Fattah El-Sisi received Turkish Foreign Minister Hakan Fidan in Cairo on Saturday. "
        "Fidan also met his Egyptian counterpart Badr Abdelatty, and the two discussed the war in Gaza.",
        "استقبل الرئيس عبد الفتاح السيسي وزير الخارجية التركي هاكان فيدان في القاهرة يوم السبت. "
        "كما التقى فيدان نظيره المصري بدر عبد العاطي، وبحث الجانبان الحرب في غزة.",
    ],
)
def test_a_meeting_of_the_visitor_on_the_visit_s_day_is_the_visit(text):
    found = extract(text, "2024-10-12")
    assert [e["event_type"] for e in found] == ["visit"]
    assert found[0]["location"]["country"] == "EGY"


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi Prime Minister Mohammed Shia al-Sudani received Jordanian Foreign Minister Ayman Safadi in Baghdad on Sunday. "
        "Safadi also met his Iraqi counterpart Fuad Hussein, and the two discussed border trade.",
        "استقبل رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية الأردني أيمن الصفدي في بغداد يوم الأحد. "
        "كما التقى الصفدي نظيره العراقي فؤاد حسين، وبحث الجانبان التجارة عبر الحدود.",
    ],
)
def test_a_meeting_of_the_visitor_told_without_a_day_the_day_after_the_visit_is_the_visit(text):
    found = extract(text, "2023-06-12")
    assert [e["event_type"] for e in found] == ["visit"]


@pytest.mark.parametrize(
    "text",
    [
        "Algerians voted on Saturday in an early parliamentary election. "
        "Algerian President Abdelmadjid Tebboune, who came to power after an election boycotted by the Hirak movement, "
        "cast his ballot in Algiers. "
        "Algerian police arrested opposition figure Karim Tabbou on the eve of the vote, his lawyer said.",
    ],
)
def test_the_eve_of_the_vote_is_the_eve_of_the_article_s_own_vote(text):
    (arrest,) = of_type(extract(text, "2021-06-13"), "arrest")
    assert arrest["date"] == "2021-06-11"


def test_an_event_word_named_as_a_term_tells_no_event():
    text = 'Turkish officials use the word "captured" for PKK militants in northern Iraq.'
    assert extract(text, "2023-06-12") == []


@pytest.mark.parametrize(
    "text",
    [
        "Egypt's election commission said on Tuesday that the vote went smoothly in Egypt. Turnout was 41%, lower than in 2014.",
    ],
)
def test_an_election_compared_with_is_not_placed_at_home(text):
    assert [e["date"] for e in of_type(extract(text, "2018-03-28"), "election") if e["date"].startswith("2014")] == []


def test_a_date_before_an_aside_still_dates_the_event_in_it():
    text = (
        "The Yemeni government and the Houthis signed the Stockholm Agreement in December 2018, "
        "which included a ceasefire in the port city of Hodeidah."
    )
    assert of_type(extract(text, "2021-01-05"), "ceasefire") != []


@pytest.mark.parametrize(
    "text",
    [
        "Britain's foreign secretary held talks in Moscow on Thursday aimed at averting a war. "
        "In Moscow, British Foreign Secretary Liz Truss met her Russian counterpart Sergei Lavrov on Thursday.",
        "أجرى وزير الخارجية البريطاني الخميس محادثات في موسكو. "
        "وفي موسكو، التقى وزير الخارجية البريطاني ديفيد كاميرون نظيره الروسي سيرغي لافروف الخميس.",
    ],
)
def test_talks_told_first_by_titles_in_the_city_of_the_visit_are_the_visit(text):
    assert [e["event_type"] for e in extract(text, "2024-03-10")] == ["visit"]


@pytest.mark.parametrize(
    "text",
    [
        "Britain's foreign secretary held talks in London on Thursday with the Russian ambassador. "
        "On Thursday in Moscow, British Foreign Secretary Liz Truss met her Russian counterpart Sergei Lavrov.",
        "أجرى وزير الخارجية البريطاني الخميس محادثات في لندن مع السفير الروسي. "
        "وفي موسكو، التقى وزير الخارجية البريطاني ديفيد كاميرون نظيره الروسي سيرغي لافروف الخميس.",
    ],
)
def test_talks_told_first_in_another_city_stay_a_meeting(text):
    assert sorted(e["event_type"] for e in extract(text, "2024-03-10")) == ["meeting", "visit"]
