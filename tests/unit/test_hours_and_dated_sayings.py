"""Dating. An hour of the day after a word of before or after ("before dawn on
Saturday", "قبيل فجر السبت", "بعد ظهر أمس") is a time of the clause's own deed and no clause of
another event: the day after it dates the deed. An English deed told in the that-clause of a
verb of saying dated to the day ("announced on Sunday that it had closed"), with no date of its
own, takes the day of the saying, as it does when "that" is left out; a deed to come does not.
A deed told with an adverb of a later time ("later", "subsequently", لاحقا) after a sentence
telling an event of its type well before the publication takes that event's time, at most to
the month. A month told without a year after a relative clause set off by commas that gives a
year ("The UAE, which restored ties in 2018, hosted Assad in March") is of the article's year;
in the same clause the year holds. An event whose word is a noun of its type after the verb that
tells it takes the day of the verb's own clause. A date after a word of what an agreement
provides for (ينص على، في موعد أقصاه، provides for, no later than) is the term's, not the
signing's, so the signing, and its retelling, keep the day it was signed. A catalogued name
followed by a nisba ending (الغزو العراقي, the invasion BY Iraq) is no telling of the name
(غزو العراق, the invasion OF Iraq)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

SUN = "2023-05-21"  # a Sunday


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("Israeli jets struck targets in Gaza before dawn on Saturday, the army said.", "attack", "2023-05-20"),
        ("Israeli aircraft bombed a camp in Rafah shortly after midnight on Friday.", "attack", "2023-05-19"),
        ("شنت الطائرات الإسرائيلية غارات على قطاع غزة قبيل فجر السبت.", "attack", "2023-05-20"),
        ("قصفت الطائرات الروسية مواقع في إدلب بعد ظهر أمس.", "attack", "2023-05-20"),
        # a word of before with an event after it still opens that event's clause
        ("Israeli jets struck targets in Gaza before the ceasefire on Saturday.", "attack", SUN),
    ],
)
def test_an_hour_after_before_or_after(text: str, event_type: str, date: str) -> None:
    events = of_type(extract(text, SUN), event_type)
    assert [e["date"] for e in events] == [date]


TUE = "2017-09-26"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The vote went ahead. Iran announced on Sunday that it had closed its border with Iraq.", "2017-09-24"),
        ("The vote went ahead. Saudi Arabia announced on Sunday that it had cut diplomatic ties with Iran.", "2017-09-24"),
        ("The vote went ahead. Saudi Arabia said late on Sunday that it had cut diplomatic ties with Iran.", "2017-09-24"),
        # the deed's own date comes first
        ("The vote went ahead. The ministry said on Sunday that Saudi Arabia had cut diplomatic ties with Iran in 2016.", "2016"),
    ],
)
def test_a_deed_told_by_a_dated_saying(text: str, date: str) -> None:
    (sanctions,) = of_type(extract(text, TUE), "sanctions")
    assert sanctions["date"] == date


def test_a_deed_to_come_told_by_a_dated_saying() -> None:
    text = "The vote went ahead. Saudi Arabia said on Sunday that it would cut diplomatic ties with Iran."
    assert of_type(extract(text, TUE), "sanctions") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # an Arabic deed told after أن, its sayer and the day of the saying before it, as in English
        ("أعلن الرئيس الأميركي دونالد ترمب، الخميس 13 أغسطس (آب)، أن الإمارات وإسرائيل توصلتا إلى اتفاق سلام تاريخي.", "2020-08-13"),
        ("وأعلن ترمب يوم الخميس أن إسرائيل وقعت اتفاق سلام مع الإمارات.", "2020-08-13"),
        ("US President Donald Trump announced on Thursday that the UAE and Israel had reached a historic peace agreement.", "2020-08-13"),
        # the deed's own date comes first
        ("أعلن ترمب، الخميس، أن إسرائيل وقعت اتفاق سلام مع مصر عام 1979.", "1979"),
    ],
)
def test_an_arabic_deed_told_by_a_dated_saying(text: str, date: str) -> None:
    (agreement,) = of_type(extract(text, "2020-08-14"), "agreement")
    assert agreement["date"] == date


@pytest.mark.parametrize(
    "text",
    [
        # a deed to come keeps no day of the saying
        "أعلن ترمب، الخميس، أن إسرائيل ستوقع اتفاق سلام مع الإمارات.",
        "Trump announced on Thursday that Israel would sign a peace agreement with the UAE.",
    ],
)
def test_an_arabic_deed_not_dated_by_the_saying(text: str) -> None:
    assert "2020-08-13" not in [e["date"] for e in of_type(extract(text, "2020-08-14"), "agreement")]


SAT = "2023-03-11"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # (Bahrain's own cut of ties, a day later, is in the catalog: Djibouti's is not)
        (
            "Riyadh severed ties with Tehran in January 2016 after protesters stormed its embassy. "
            "Several allies, including Djibouti, later also cut relations with Iran.",
            "2016-01",
        ),
        ("Riyadh severed ties with Tehran on January 3, 2016. Djibouti subsequently cut ties with Iran.", "2016-01"),
        # no adverb of a later time: the sentence's own news
        ("Riyadh severed ties with Tehran in January 2016. Djibouti cut ties with Iran.", SAT),
        # "later" after news of these days is not this rule's
        ("Riyadh severed ties with Tehran on Monday. Djibouti later cut ties with Iran.", SAT),
    ],
)
def test_a_deed_told_as_later(text: str, date: str) -> None:
    (djibouti,) = [e for e in of_type(extract(text, SAT), "sanctions") if "DJI" in e["countries"]]
    assert djibouti["date"] == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The UAE, which restored relations with Damascus in 2018, hosted Assad in Abu Dhabi in March.", "2023-03"),
        ("Qatar, which cut ties with Damascus in 2011, hosted the Syrian foreign minister in Doha in April.", "2023-04"),
        # the year of the month's own clause
        ("The UAE restored relations with Damascus in 2018 and hosted Assad in Abu Dhabi in March.", "2018-03"),
    ],
)
def test_a_month_after_a_relative_clause_with_a_year(text: str, date: str) -> None:
    (visit,) = of_type(extract(text, "2023-05-19"), "visit")
    assert visit["date"] == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("انتخب مجلس النواب اللبناني أمس رئيسا جديدا للبلاد، بعد 14 شهرا من الفراغ، في جلسة شهدت دورتي اقتراع.", "2016-10-31"),
        ("انتخب مجلس النواب اللبناني رئيسا جديدا للبلاد، بعد 14 شهرا من الفراغ، في جلسة شهدت دورتي اقتراع.", "2016-11-01"),
    ],
)
def test_the_day_of_the_verb_before_a_noun_of_its_type(text: str, date: str) -> None:
    (election,) = of_type(extract(text, "2016-11-01"), "election")
    assert election["date"] == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "وقعت الحكومة والمعارضة، الأحد، في العاصمة السودانية الخرطوم، اتفاقا للسلام ينص على إجراء الانتخابات في موعد أقصاه الأول من يونيو المقبل. "
            "ووقع الاتفاق عن الحكومة وزير الخارجية، وعن المعارضة رئيس وفدها.",
            "2023-03-05",
        ),
        # the day of the signing in its own clause was always found
        ("The two sides signed a deal in Khartoum on Sunday that provides for elections no later than June 1.", "2023-03-05"),
    ],
)
def test_a_signing_beside_the_term_it_sets(text: str, date: str) -> None:
    (agreement,) = of_type(extract(text, SAT), "agreement")
    assert agreement["date"] == date


def test_a_term_alone_is_no_event() -> None:
    assert of_type(extract("وستجري الانتخابات في موعد أقصاه الأول من يونيو المقبل.", SAT), "election") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("وقفت المملكة إلى جانب الكويت إبان الغزو العراقي.", "1990-08-02"),
        ("وقفت المملكة إلى جانب الكويت إبان الغزو العراقي للكويت.", "1990-08-02"),
        ("وتدهورت الأوضاع الأمنية في البلاد منذ غزو العراق.", "2003-03-20"),
    ],
)
def test_the_invasion_by_a_country_and_of_it(text: str, date: str) -> None:
    (attack,) = of_type(extract(text, "2019-12-25"), "attack")
    assert (attack["date"], attack["date_basis"]) == (date, "reference")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Sudan's army and the RSF have signed an agreement for a seven-day ceasefire, the mediators said. "
            "The deal, signed late on Saturday in the Saudi city of Jeddah, is due to take effect on Monday.",
            "2023-05-20",
        ),
        (
            "Sudan's army and the RSF have signed an agreement for a seven-day ceasefire, the mediators said. "
            "The truce, agreed on Friday after two weeks of talks, includes a monitoring mechanism.",
            "2023-05-19",
        ),
        # no participle of its doing with the day: the publication's
        (
            "Sudan's army and the RSF have signed an agreement for a seven-day ceasefire, the mediators said. "
            "The deal, which took weeks of talks, was welcomed by the United Nations on Saturday.",
            SUN,
        ),
    ],
)
def test_a_lead_dated_by_its_participial_retelling(text: str, date: str) -> None:
    (ceasefire,) = of_type(extract(text, SUN), "ceasefire")
    assert ceasefire["date"] == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "صادق مجلس النواب الأردني أمس الثلاثاء على اتفاقية الغاز مع إسرائيل. "
            "وعقب الجلسة، تظاهر مئات من النشطاء أمام مبنى البرلمان في عمان.",
            "2019-12-10",
        ),
        (
            "صادق مجلس النواب الأردني أمس الثلاثاء على اتفاقية الغاز مع إسرائيل. "
            "وبعد التصويت، تظاهر مئات من النشطاء أمام مبنى البرلمان في عمان.",
            "2019-12-10",
        ),
        # only a recent day of the sentence before is carried
        (
            "صادق مجلس النواب الأردني في مارس الماضي على اتفاقية الغاز مع إسرائيل. "
            "وعقب الجلسة، تظاهر مئات من النشطاء أمام مبنى البرلمان في عمان.",
            "2019-12-11",
        ),
    ],
)
def test_a_deed_right_after_an_event_named_by_its_noun(text: str, date: str) -> None:
    (protest,) = of_type(extract(text, "2019-12-11"), "protest")
    assert protest["date"] == date


WED = "2020-09-16"  # a Wednesday
CEREMONY = (
    "Israel and Morocco signed an agreement to restore diplomatic relations in Rabat on Tuesday, at a ceremony "
    "hosted by the king. The two sides praised the deal as historic. "
)


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (CEREMONY + "Before the ceremony, the king held talks with the Israeli delegation in his palace.", "meeting", "2020-09-15"),
        (CEREMONY + "Shortly after the ceremony, protesters rallied in front of the parliament in Rabat.", "protest", "2020-09-15"),
        # a span of days is no part of the occasion's day
        (CEREMONY + "Days after the ceremony, protesters rallied in front of the parliament in Rabat.", "protest", WED),
        # an occasion the article gives no day for
        (
            "Israel and Morocco agreed to restore diplomatic relations at a ceremony hosted by the king. "
            "Shortly after the ceremony, protesters rallied in front of the parliament in Rabat.",
            "protest",
            WED,
        ),
    ],
)
def test_a_deed_just_before_or_after_an_occasion_told_before(text: str, event_type: str, date: str) -> None:
    (found,) = of_type(extract(text, WED), event_type)
    assert found["date"] == date


@pytest.mark.parametrize(
    "text",
    [
        "انتخب مجلس النواب اللبناني أمس رئيسا جديدا للبلاد، بعد 14 شهرا من الفراغ في سدة الرئاسة.",
        "انتخب مجلس النواب اللبناني أمس رئيسا جديدا للبلاد بعد فراغ طويل في سدة الحكم.",
    ],
)
def test_the_seat_of_power_is_no_city(text: str) -> None:
    (election,) = of_type(extract(text, "2016-11-01"), "election")
    assert (election["date"], election["countries"], election["location"]["country"]) == ("2016-10-31", ["LBN"], "LBN")


def test_a_city_of_the_same_letters_stays() -> None:
    (visit,) = of_type(extract("وصل وزير الخارجية الإيراني إلى سدة أمس.", "2020-01-01"), "visit")
    assert visit["location"]["country"] == "IRN"


def test_an_election_of_its_own_year_after_since_beside_a_dated_one() -> None:
    text = "انتخب مجلس النواب اللبناني أمس رئيسا جديدا للبلاد. وكان مجلس النواب قد مدد ولايته مرتين منذ انتخابات 2009، بسبب الأوضاع الأمنية."
    assert sorted(e["date"] for e in of_type(extract(text, "2016-11-01"), "election")) == ["2009", "2016-10-31"]


def test_an_election_after_a_comparison_since_stays_the_time_anchor() -> None:
    text = "انتخب مجلس النواب اللبناني أمس رئيسا جديدا للبلاد. وبلغت نسبة المشاركة 40 بالمئة، وهي الأدنى منذ أول انتخابات شهدتها البلاد عام 2005."
    assert [e["date"] for e in of_type(extract(text, "2016-11-01"), "election")] == ["2016-10-31"]


@pytest.mark.parametrize(
    ("text", "date", "basis"),
    [
        # the day told counts from the catalogued deed: a later step of it, on its own day
        ("صوت البرلمان العراقي، أمس الأحد، على قبول استقالة حكومة عادل عبد المهدي، بعد يومين من إعلانه نيته تقديمها.", "2019-12-01", "relative"),
        # a count that does not reach the catalog's day, or none: the catalogued deed
        ("صوت البرلمان العراقي، أمس الأحد، على قبول استقالة حكومة عادل عبد المهدي، بعد أسبوع من إعلانه نيته تقديمها.", "2019-11-29", "reference"),
        ("صوت البرلمان العراقي، أمس الأحد، على قبول استقالة حكومة عادل عبد المهدي.", "2019-11-29", "reference"),
    ],
)
def test_a_later_step_of_a_catalogued_deed(text: str, date: str, basis: str) -> None:
    (appointment,) = of_type(extract(text, "2019-12-02"), "appointment")
    assert (appointment["date"], appointment["date_basis"]) == (date, basis)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Kuwait's foreign minister announced on Monday that Saudi Arabia had agreed to reopen its borders with Qatar.", ["2021-01-04"]),
        # a decision still to be taken is no event
        ("Kuwait's foreign minister announced on Monday that Saudi Arabia would reopen its borders with Qatar.", []),
    ],
)
def test_a_decision_taken_told_by_a_dated_saying(text: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, "2021-01-05"), "relations")] == dates
