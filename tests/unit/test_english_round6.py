"""English wire copy, UN and State Department releases, live pages and regional outlets (Reuters,
AP, Kurdistan24, Libya Observer, Sudan Tribune): sentence shapes read since the sixth English round."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        (
            "An Egyptian emergency state security court on Monday sentenced activist Alaa Abd El-Fattah "
            "to five years in prison.",
            "arrest",
            "EGY",
        ),
        ("A Tunisian state security court on Saturday jailed the former minister for ten years.", "arrest", "TUN"),
        ("An Iraqi state security court on Sunday convicted the ISIS suspect.", "arrest", "IRQ"),
    ],
)
def test_the_noun_state_is_no_saying_verb(text, event_type, country):
    found = of_type(extract(text, "2021-12-20"), event_type)
    assert found and country in found[0]["countries"]


@pytest.mark.parametrize(
    ("text", "event_type", "parties", "mediators"),
    [
        (
            "Sudan's army and the Rapid Support Forces agreed on Saturday to a truce mediated by Saudi Arabia "
            "and the United States.",
            "ceasefire",
            {"SDN"},
            {"SAU", "USA"},
        ),
        (
            "The Sudanese army and the RSF signed a ceasefire brokered by the United States on Saturday.",
            "ceasefire",
            {"SDN"},
            {"USA"},
        ),
        (
            "وقعت الحكومة السودانية وقوات الدعم السريع اتفاقا لوقف إطلاق النار برعاية السعودية والولايات المتحدة "
            "يوم السبت.",
            "ceasefire",
            {"SDN"},
            {"SAU", "USA"},
        ),
        (
            "وقعت إثيوبيا وإريتريا اتفاق سلام بوساطة الإمارات يوم السبت.",
            "agreement",
            {"ETH", "ERI"},
            {"ARE"},
        ),
    ],
)
def test_the_mediators_of_a_truce_or_deal_are_not_its_parties(text, event_type, parties, mediators):
    found = of_type(extract(text, "2023-05-21"), event_type)
    assert found, text
    assert parties <= set(found[0]["countries"]) and not mediators & set(found[0]["countries"]), found[0]


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        # with no side named, the mediators are all the sentence tells of the event
        ("A ceasefire brokered by Russia and Turkey took effect on Friday.", "ceasefire", "RUS"),
        ("دخل وقف إطلاق النار بوساطة روسيا وتركيا حيز التنفيذ الجمعة.", "ceasefire", "RUS"),
    ],
)
def test_mediators_stay_when_no_side_is_named(text, event_type, country):
    found = of_type(extract(text, "2018-03-10"), event_type)
    assert found and country in found[0]["countries"], found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Sudanese army and the RSF clashed in Khartoum on Saturday.", "rsf_sudan"),
        ("The RSF shelled El Fasher on Saturday, killing 12 people, Sudan's army said.", "rsf_sudan"),
    ],
)
def test_rsf_is_the_one_its_article_names_in_full_or_by_country(text, actor):
    found = extract(text, "2023-05-21")
    assert found and actor in (*found[0]["actors"], found[0]["attribution"]), found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A truce mediated by Russia took effect in Syria on Friday.", "RUS"),
        ("دخلت الهدنة بوساطة روسيا حيز التنفيذ في سوريا الجمعة.", "RUS"),
    ],
)
def test_a_country_named_as_the_place_is_no_side_that_would_displace_the_mediator(text, country):
    found = of_type(extract(text, "2018-03-10"), "ceasefire")
    assert found and country in found[0]["countries"], found
