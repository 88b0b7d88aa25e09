"""A deed that paves the way for a vote or a government, told in the present, leaves them to come
(an adverb in -ly set off by commas between keeps the clause whole), while a participle of paving
may tell a deed done since; a sit-in or a protest broken up with deaths it caused is an attack;
warships moved into a region are deployed."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        (
            "Sudan's ruling military council and the opposition coalition signed a constitutional declaration in "
            "Khartoum on Saturday. The declaration paves the way for a transitional government and, eventually, elections.",
            "2019-08-17",
            "election",
        ),
        ("Sudan's generals signed a deal in Khartoum on Saturday. The deal paves the way for elections.", "2019-08-17", "election"),
        (
            "وقعت الحكومة والمتمردون اتفاقا في الدوحة أمس، ما يمهد الطريق لتشكيل حكومة انتقالية وإجراء انتخابات.",
            "2019-08-17",
            "election",
        ),
        (
            "وقعت الحكومة والمتمردون اتفاقا في الدوحة أمس، ما يمهد الطريق لتشكيل حكومة انتقالية وإجراء انتخابات.",
            "2019-08-17",
            "appointment",
        ),
    ],
)
def test_what_a_deed_paves_the_way_for_is_still_to_come(text, published, kind):
    assert of_type(extract(text, published), kind) == []


@pytest.mark.parametrize(
    "text",
    [
        "The army ousted Bashir in April, paving the way for the appointment of Abdalla Hamdok as prime minister in August.",
        "أطاح الجيش بالبشير في أبريل، ممهدا الطريق لتعيين عبد الله حمدوك رئيسا للوزراء في أغسطس.",
    ],
)
def test_a_participle_of_paving_tells_a_deed_done_since(text):
    assert [e["date"] for e in of_type(extract(text, "2020-01-10"), "appointment")][-1:] == ["2019-08"]


def test_a_vote_the_past_paved_the_way_for_was_held():
    found = of_type(extract("The army's ouster of Mursi paved the way for Sisi's election in 2014.", "2019-08-17"), "election")
    assert [e["date"] for e in found] == ["2014"]


@pytest.mark.parametrize(
    ("text", "published", "kind", "day"),
    [
        (
            "Security forces broke up the sit-in in Khartoum on June 3, killing dozens of people.",
            "2019-08-17",
            "attack",
            "2019-06-03",
        ),
        (
            "The Pentagon moved additional warships into the region last month to protect Israel.",
            "2024-04-14",
            "deployment",
            "2024-03",
        ),
        ("ونقلت وزارة الدفاع الأمريكية سفنا حربية إضافية إلى المنطقة الشهر الماضي.", "2024-04-14", "deployment", "2024-03"),
    ],
)
def test_the_deed_is_told(text, published, kind, day):
    assert [e["date"] for e in of_type(extract(text, published), kind)] == [day]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Police broke up the protest in Khartoum on Monday, arresting dozens.", "2019-08-17"),
        # the deaths of another deed
        ("Police dispersed demonstrators in Algiers on Friday, a week after a protester died in custody.", "2019-05-06"),
        ("Police in Khartoum broke up a sit-in on Thursday by families of protesters killed in June.", "2019-08-09"),
        (
            "فرقت قوات الأمن العراقية بالقوة صباح الأحد اعتصاما لذوي المعتقلين في بغداد يطالبون بمحاسبة المسؤولين "
            "عن مقتل المتظاهرين.",
            "2019-12-09",
        ),
    ],
)
def test_a_protest_broken_up_without_its_own_deaths_is_no_attack(text, published):
    found = extract(text, published)
    assert of_type(found, "attack") == []
    assert len(of_type(found, "protest")) == 1


def test_a_ship_that_carried_the_wounded_is_no_deployment():
    assert of_type(extract("نقلت حاملة الطائرات الجرحى إلى المستشفى العسكري في قبرص.", "2011-02-28"), "deployment") == []


@pytest.mark.parametrize(
    "text",
    [
        "أبرزها فض قوات الأمن الاعتصام أمام القيادة العامة للجيش في الخرطوم في الثالث من يونيو، ما أسفر عن مقتل العشرات.",
        "Security forces broke up the sit-in in Khartoum on June 3, killing dozens of people at the army headquarters.",
    ],
)
def test_the_sit_in_broken_up_is_the_attack_s_target_not_a_protest_of_that_day(text):
    found = extract(text, "2019-08-18")
    assert [(e["event_type"], e["date"]) for e in found] == [("attack", "2019-06-03")]


def test_a_place_in_ly_set_off_by_commas_is_no_adverb_aside():
    text = "The group had planned to attack a church in Sicily, Italy, and police arrested five of its members on Friday."
    assert [e["date"] for e in of_type(extract(text, "2019-05-20"), "arrest")] == ["2019-05-17"]
