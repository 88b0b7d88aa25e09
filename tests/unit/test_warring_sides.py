"""Fighting and truces told with no country, in an article whose armed sides are all of one
state: placed in that state, not in the one the story names most (events/assemble/warring_sides.py)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.text import _Candidate
from events.assemble.warring_sides import armed_sides_country, warring_sides
from events.model import ActorMention

_JEDDAH_EN = (
    "JEDDAH, Saudi Arabia, Oct 26 (Reuters) - Delegations from Sudan's army and the paramilitary Rapid Support "
    "Forces resumed negotiations in the Saudi city of Jeddah on Thursday, Saudi Arabia and the United States said "
    "in a joint statement. Fighting that erupted in April has killed thousands of people."
)
_JEDDAH_AR = (
    "جدة (رويترز) - استأنف وفدا الجيش السوداني وقوات الدعم السريع المفاوضات في مدينة جدة السعودية يوم الخميس، "
    "بحسب بيان مشترك للسعودية والولايات المتحدة. وأسفر القتال الذي اندلع في أبريل عن مقتل الآلاف."
)


@pytest.mark.parametrize("text", [_JEDDAH_EN, _JEDDAH_AR])
def test_fighting_of_one_state_s_forces_is_placed_there_not_at_the_venue_of_talks(text):
    fights = of_type(extract(text, "2023-10-26"), "attack")
    assert [(e["date"], e["countries"], e["location"]["country"]) for e in fights] == [("2023-04", ["SDN"], "SDN")]


def test_a_state_s_army_in_the_possessive_is_its_army():
    found = extract("Sudan's army and the Rapid Support Forces clashed in Khartoum on Monday.", "2023-04-18")
    assert "sudan_army" in of_type(found, "attack")[0]["actors"]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # fighting that erupted on a day of a month, told as the start of a time
        (
            "Sudan's army and the paramilitary Rapid Support Forces agreed to a 72-hour ceasefire on Monday. "
            "Previous truces announced since the fighting erupted on April 15 have not held.",
            "2023-04-25",
            "2023-04-15",
        ),
        (
            "Sudan's army and the Rapid Support Forces agreed to a truce on Monday. The truces have failed since "
            "fighting broke out in mid-April.",
            "2023-05-23",
            "2023-04",
        ),
    ],
)
def test_fighting_broken_out_in_a_month_is_an_attack_of_its_own(text, published, day):
    fights = of_type(extract(text, published), "attack")
    assert [(e["date"], e["countries"]) for e in fights] == [(day, ["SDN"])]


def _actor(actor_id: str, country: str | None, kind: str = "organisation") -> ActorMention:
    return ActorMention(0, 1, actor_id, actor_id, kind, country)


@pytest.mark.parametrize(
    ("actors", "country"),
    [
        ([_actor("sudan_army", "SDN"), _actor("rsf_sudan", "SDN"), _actor("SAU", "SAU", "country")], "SDN"),
        # one force is no war between sides
        ([_actor("rsf_sudan", "SDN"), _actor("rsf_sudan", "SDN"), _actor("SAU", "SAU", "country")], None),
        # forces of two states: no one state the war is in
        ([_actor("armenia_army", "ARM"), _actor("azerbaijan_army", "AZE")], None),
        # a government and a parliament are no armed sides
        ([_actor("sudan_government", "SDN"), _actor("sudan_parliament", "SDN")], None),
    ],
)
def test_the_armed_sides_of_an_article_are_of_one_state_or_none(actors, country):
    assert armed_sides_country(actors) == country


@pytest.mark.parametrize(
    ("event_type", "word", "sides"),
    [
        ("attack", "Fighting", ["SDN"]),
        ("attack", "clashes", ["SDN"]),
        ("attack", "والقتال", ["SDN"]),
        ("attack", "الاشتباكات", ["SDN"]),
        ("ceasefire", "truce", ["SDN"]),
        ("ceasefire", "الهدنة", ["SDN"]),
        # a strike may be made by a foreign force; talks are held abroad
        ("attack", "air strikes", None),
        ("attack", "الغارات", None),
        ("meeting", "talks", None),
    ],
)
def test_only_fighting_between_sides_or_a_truce_takes_the_state_of_the_forces(event_type, word, sides):
    cand = _Candidate(event_type, None, (0, 10), (0, len(word)), word, 0.8)
    forces = [_actor("sudan_army", "SDN"), _actor("rsf_sudan", "SDN")]
    assert warring_sides(word + " .", cand, forces) == sides


@pytest.mark.parametrize(
    "text",
    [
        "استعاد الجيش السوداني مدينة ود مدني من قوات الدعم السريع يوم السبت. وفرضت وزارة الخزانة الأمريكية "
        "عقوبات على قائد الجيش عبد الفتاح البرهان يوم الخميس. واندلعت الحرب بين الطرفين في 15 أبريل 2023.",
        "Sudan's army retook Wad Madani from the Rapid Support Forces on Saturday. The U.S. Treasury imposed sanctions "
        "on army chief Abdel Fattah al-Burhan on Thursday. Fighting between the two sides erupted on April 15, 2023.",
    ],
)
def test_the_war_between_the_two_sides_is_of_the_armed_sides_not_the_last_pair(text):
    wars = [e for e in of_type(extract(text, "2025-01-12"), "attack") if e["date"] == "2023-04-15"]
    assert [e["countries"] for e in wars] == [["SDN"]]


def test_fighting_after_a_truce_with_another_state_is_not_one_state_s_war():
    text = (
        "Israel and Hamas agreed to a truce on Tuesday. Hamas and Islamic Jihad fighters will hand over hostages. "
        "The fighting killed more than 30,000 people."
    )
    assert all(e["countries"] != ["PSE"] for e in of_type(extract(text, "2024-03-15"), "attack"))
