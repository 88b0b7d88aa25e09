"""Dates counted from the main clause or from a deed told before, a date told by a "when" clause,
topics talked or campaigned about, and truces named only by their brokers: sentence shapes."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "Oil prices rose a week after Israel bombed two Syrian air bases on May 12, joining a campaign "
            "against Hezbollah, which began on May 2. A truce announced by Qatar took effect two days later.",
            "2025-07-03",
            "2025-05-14",
        ),
        (
            "Turkish jets struck Kurdish positions in Iraq on August 20, widening an offensive, which had "
            "opened on August 3. A ceasefire mediated by Iran took effect the following day.",
            "2025-09-01",
            "2025-08-21",
        ),
        (
            "The army recaptured the town on May 2, and rebels retook it on May 9. A truce announced by "
            "Qatar took effect two days later.",
            "2025-07-03",
            "2025-05-11",
        ),
    ],
)
def test_days_later_count_from_the_main_clause_not_a_relative_aside(text, published, day):
    assert [e["date"] for e in of_type(extract(text, published), "ceasefire")] == [day]


@pytest.mark.parametrize(
    ("text", "published", "kind", "day"),
    [
        (
            "Qatar announced on Monday that talks between the two sides would resume. The campaign began on "
            "March 15. Hours before the announcement, Israeli jets struck the port of Hodeidah.",
            "2025-07-03",
            "attack",
            "2025-06-30",
        ),
        (
            "Qatar said on Tuesday it had mediated a truce between Sudan's army and the RSF. The US president "
            "announced earlier on Tuesday that Washington would stop its funding. Hours before the announcement, "
            "RSF drones struck Port Sudan airport.",
            "2025-05-07",
            "attack",
            "2025-05-06",
        ),
        (
            "The president announced on Sunday that he would resign. Shortly after the announcement, "
            "thousands of protesters marched in Algiers.",
            "2025-07-03",
            "protest",
            "2025-06-29",
        ),
    ],
)
def test_hours_before_a_deed_told_earlier_take_its_day(text, published, kind, day):
    assert [e["date"] for e in of_type(extract(text, published), kind)] == [day]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "Thousands of Sudanese have marched every week since March 3, when protests erupted over the "
            "army's plan to delay the June 20 election.",
            "2025-07-03",
            "2025-03-03",
        ),
        (
            "Kenyans have rallied in Nairobi since June 18, when police killed a blogger in custody.",
            "2025-07-03",
            "2025-06-18",
        ),
    ],
)
def test_a_when_clause_tells_what_happened_on_the_date_before_it(text, published, day):
    found = extract(text, published)
    assert [e["date"] for e in found if e["event_type"] in ("protest", "arrest")] == [day]


@pytest.mark.parametrize(
    ("text", "published", "kind", "countries"),
    [
        (
            "Jordanians voted on Tuesday in a parliamentary election after campaigning on the war in Gaza.",
            "2025-07-03",
            "election",
            ["JOR"],
        ),
        (
            "The Islamist party won 40 seats in parliamentary elections in Kuwait last November after "
            "campaigning on the war in Lebanon.",
            "2025-07-03",
            "election",
            ["KWT"],
        ),
        (
            "The Egyptian foreign minister visited Riyadh on Monday for talks with his Saudi counterpart "
            "on Libya and the Red Sea.",
            "2025-07-03",
            "visit",
            ["EGY", "SAU"],
        ),
        (
            "The Jordanian king met the Egyptian president in Cairo on Sunday for talks about Syria.",
            "2025-07-03",
            "meeting",
            ["EGY", "JOR"],
        ),
    ],
)
def test_a_topic_talked_or_campaigned_about_is_no_party(text, published, kind, countries):
    events = of_type(extract(text, published), kind)
    assert [sorted(e["countries"]) for e in events] == [countries]


@pytest.mark.parametrize(
    ("text", "published", "countries"),
    [
        (
            "Israel launched a ground offensive against Hezbollah in Lebanon in October. More than 3,000 people "
            "were killed in Lebanon before a US- and French-brokered ceasefire took effect on November 27.",
            "2025-01-09",
            ["FRA", "ISR", "LBN", "USA"],
        ),
        (
            "Israel launched a ground offensive against Hezbollah in Lebanon in October. Hundreds were killed "
            "before a ceasefire brokered by Egypt took effect on November 27.",
            "2025-01-09",
            ["EGY", "ISR", "LBN"],
        ),
    ],
)
def test_a_truce_named_only_by_its_brokers_is_between_the_sides_of_the_war(text, published, countries):
    events = of_type(extract(text, published), "ceasefire")
    assert [sorted(e["countries"]) for e in events] == [countries]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "In April last year she presented a Saudi proposal for the reconstruction of Sudan, which Arab "
            "leaders adopted at a summit in Jeddah.",
            "2025-07-03",
            "2024-04",
        ),
        (
            "In May 2022 the minister unveiled a Kuwaiti initiative on Yemen, which Gulf leaders endorsed "
            "at a summit in Riyadh.",
            "2025-07-03",
            "2022-05",
        ),
    ],
)
def test_a_date_opening_the_sentence_holds_for_a_clause_with_none_of_its_own(text, published, day):
    found = extract(text, published)
    assert [e["date"] for e in found if e["event_type"] in ("meeting", "visit")] == [day]


@pytest.mark.parametrize(
    ("text", "published", "kind", "day"),
    [
        (
            "قصفت إسرائيل قاعدتين جويتين في سوريا في 12 مايو، في إطار حملتها على حزب الله، التي بدأت في 2 مايو. "
            "وفي اليوم التالي دخلت هدنة بوساطة قطرية حيز التنفيذ.",
            "2025-07-03",
            "ceasefire",
            "2025-05-13",
        ),
        (
            "يتظاهر السودانيون كل أسبوع منذ 3 مارس، عندما اندلعت الاحتجاجات على خطة الجيش لتأجيل انتخابات 20 يونيو.",
            "2025-07-03",
            "protest",
            "2025-03-03",
        ),
    ],
)
def test_the_same_date_rules_in_arabic(text, published, kind, day):
    assert [e["date"] for e in of_type(extract(text, published), kind)] == [day]


@pytest.mark.parametrize(
    ("text", "published", "countries"),
    [
        (
            "Yemen's Houthis said the truce did not cover Israel. The group began attacking merchant ships "
            "in November 2023, weeks after the start of the Gaza war.",
            "2025-05-07",
            ["YEM"],
        ),
        (
            "Hezbollah said on Sunday it would keep fighting. The group fired rockets at northern Israel "
            "in October 2023, days after the war in Gaza began.",
            "2025-05-07",
            ["ISR", "LBN"],
        ),
    ],
)
def test_the_group_as_subject_is_the_group_named_before_and_a_measured_time_names_no_party(
    text, published, countries
):
    attacks = [e for e in of_type(extract(text, published), "attack") if e["date"].startswith("2023")]
    assert [sorted(e["countries"]) for e in attacks] == [countries]


@pytest.mark.parametrize(
    ("text", "published", "years"),
    [
        (
            "Iran has carried out several operations in Iraq, including the shelling of Erbil in 2022 and an "
            "offensive near Sulaimaniya in March 2023.",
            "2025-08-14",
            ["2022", "2023-03"],
        ),
        (
            "Turkey has carried out several operations in northern Syria, including the capture of Afrin "
            "in 2018 and an offensive east of the Euphrates in October 2019.",
            "2025-08-14",
            ["2018", "2019-10"],
        ),
    ],
)
def test_the_second_of_two_listed_deeds_takes_the_date_after_its_word(text, published, years):
    found = of_type(extract(text, published), "attack")
    assert [e["date"][: len(y)] for e, y in zip(found, years, strict=False)] == years
    assert len(found) == 2


@pytest.mark.parametrize(
    ("text", "published", "month"),
    [
        (
            "Yemen's Houthis said they would keep up their campaign. The group has fired ballistic missiles "
            "towards the Israeli city of Eilat since the October 7 Hamas attack.",
            "2023-11-20",
            "2023-10",
        ),
    ],
)
def test_a_deed_going_on_since_a_catalogued_event_began_in_its_month(text, published, month):
    found = [e for e in of_type(extract(text, published), "attack") if "YEM" in e["countries"]]
    assert [e["date"] for e in found] == [month]


@pytest.mark.parametrize(
    ("text", "published", "kind", "countries"),
    [
        (
            "The Kurdistan Regional Government held the referendum on September 25 despite objections from "
            "Baghdad, its neighbours and the United States.",
            "2017-10-17",
            "election",
            ["IRQ"],
        ),
        (
            "أجرت حكومة إقليم كردستان الاستفتاء في 25 سبتمبر رغم اعتراض بغداد والولايات المتحدة.",
            "2017-10-17",
            "election",
            ["IRQ"],
        ),
        (
            "Catalan authorities held the independence vote on Sunday in defiance of Madrid and the European Union, "
            "with Britain's support.",
            "2017-10-03",
            "election",
            ["ESP", "GBR"],
        ),
    ],
)
def test_those_who_objected_are_no_party(text, published, kind, countries):
    events = of_type(extract(text, published), kind)
    assert [sorted(e["countries"]) for e in events] == [countries]


def test_a_border_post_with_a_neighbour_names_no_party():
    text = (
        "Algeria's Bouteflika resigned on Tuesday after weeks of protests in Algiers and Oran. Early on Sunday, "
        "the Algerian authorities detained the businessman Ali Haddad, an ally of the president, at a border "
        "post with Tunisia."
    )
    arrests = of_type(extract(text, "2019-04-03"), "arrest")
    assert [e["countries"] for e in arrests] == [["DZA"]]


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        (
            "Egypt expelled the Turkish ambassador in November 2013. Turkey expelled the Egyptian envoy "
            "shortly afterwards.",
            "2023-06-20",
            ["2013-11", "2013"],
        ),
        (
            "Riyadh cut ties with Tehran in January 2016. Bahrain and Sudan severed relations with Iran "
            "soon afterwards, officials said.",
            "2023-06-20",
            ["2016-01", "2016"],
        ),
    ],
)
def test_soon_afterwards_ending_a_clause_takes_the_year_told_before(text, published, dates):
    assert [e["date"] for e in extract(text, published)] == dates


def test_shortly_afterwards_opening_a_sentence_keeps_the_day_before():
    text = "A rocket hit a police station in Kilis on Sunday. Shortly afterwards, Turkish artillery struck Syrian positions."
    assert [e["date"] for e in of_type(extract(text, "2023-06-20"), "attack")] == ["2023-06-18"]


@pytest.mark.parametrize(
    ("text", "published", "kind", "day"),
    [
        (
            "Russia agreed on Tuesday to a plan to end its war with Georgia. Medvedev announced the deal after "
            "talks in the Kremlin. Hours before the announcement, Russian bombs hit the centre of Gori, killing "
            "civilians. Georgia declared a ceasefire on Sunday and pulled its troops out of Tskhinvali.",
            "2008-08-12",
            "attack",
            "2008-08-12",
        ),
        (
            "وافقت روسيا الثلاثاء على خطة لإنهاء الحرب مع جورجيا. وأعلن مدفيديف الاتفاق بعد محادثات في الكرملين. "
            "وقبل ساعات من الإعلان، قصفت طائرات روسية وسط مدينة غوري. وكانت جورجيا قد أعلنت وقف إطلاق النار يوم "
            "الأحد.",
            "2008-08-12",
            "attack",
            "2008-08-12",
        ),
    ],
)
def test_a_deed_told_before_with_no_day_is_not_a_later_sentence_s(text, published, kind, day):
    """The announcement was told before, with no day of its own: a later sentence's day of a word of
    announcing (the ceasefire declared on Sunday) is another deed's."""
    assert [e["date"] for e in of_type(extract(text, published), kind)] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli army announced new restrictions on fishermen. Hours before the announcement of the truce, Israeli "
        "jets struck targets in Gaza City. Egypt announced the truce on Thursday evening.",
        "أعلن الجيش الإسرائيلي قيودا جديدة على الصيادين. وقبل ساعات من إعلان الهدنة، قصفت الطائرات الإسرائيلية "
        "أهدافا في مدينة غزة. وأعلنت مصر الهدنة مساء الخميس.",
    ],
)
def test_the_deed_of_a_topic_is_the_one_told_with_it(text):
    """"The announcement of the truce": an announcement of something else told before is not it;
    the later sentence that announces the truce dates it."""
    assert [e["date"] for e in of_type(extract(text, "2021-05-23"), "attack")] == ["2021-05-20"]
