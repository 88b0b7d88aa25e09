"""Leaders and officials of the 2010s beyond the region (Yatsenyuk, Goodluck Jonathan, Park
Geun-hye, Pena Nieto ...) name their state in English and Arabic, so a sentence that names
only them tells where its deed was done; an international official (Juncker) names none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2015-03-01"  # a Sunday


@pytest.mark.parametrize(
    ("text", "event_type", "doer", "countries"),
    [
        ("Arseniy Yatsenyuk met Angela Merkel in Berlin on Friday.", "visit", "arseniy_yatsenyuk", {"UKR", "DEU"}),
        ("زار أرسيني ياتسينيوك برلين الجمعة.", "visit", "arseniy_yatsenyuk", {"UKR", "DEU"}),
        ("Goodluck Jonathan visited Maiduguri on Thursday.", "visit", "goodluck_jonathan", {"NGA"}),
        ("وصل غودلاك جوناثان إلى مايدوغوري الخميس.", "visit", "goodluck_jonathan", {"NGA"}),
        ("Park Geun-hye arrived in Washington on Tuesday.", "visit", "park_geun_hye", {"KOR", "USA"}),
        ("Enrique Pena Nieto flew to Havana on Tuesday.", "visit", "enrique_pena_nieto", {"MEX", "CUB"}),
        ("وصل سيرج سركيسيان إلى موسكو الثلاثاء.", "visit", "serzh_sargsyan", {"ARM", "RUS"}),
        ("Abd-Rabbu Mansour Hadi arrived in Riyadh on Thursday.", "visit", "abdrabbuh_mansur_hadi", {"YEM", "SAU"}),
        ("Yahya Jammeh arrived in Dakar on Thursday.", "visit", "yahya_jammeh", {"GMB", "SEN"}),
        ("وصل الرئيس الغامبي يحيى جامع إلى داكار الخميس.", "visit", "yahya_jammeh", {"GMB", "SEN"}),
        ("وصل سلفاكير ميارديت إلى الخرطوم الخميس.", "visit", "salva_kiir", {"SSD", "SDN"}),
    ],
)
def test_a_leader_of_the_2010s_names_his_state(text, event_type, doer, countries):
    found = of_type(extract(text, PUBLISHED), event_type)
    assert found and found[0]["actor1"] == doer and countries <= set(found[0]["countries"]), found


@pytest.mark.parametrize(
    ("text", "held", "country"),
    [
        ("Police arrested Leopoldo Lopez in Caracas on Tuesday.", "leopoldo_lopez", "VEN"),
        ("اعتقلت الشرطة ليوبولدو لوبيز في كراكاس الثلاثاء.", "leopoldo_lopez", "VEN"),
        ("Police detained Moise Katumbi on Tuesday.", "moise_katumbi", "COD"),
    ],
)
def test_an_opposition_figure_held_names_his_state(text, held, country):
    found = of_type(extract(text, PUBLISHED), "arrest")
    assert found and held in found[0]["actors"] and country in found[0]["countries"], found


def test_an_official_of_the_union_names_no_state():
    found = extract("Jean-Claude Juncker met Alexis Tsipras in Brussels on Wednesday.", PUBLISHED)
    assert found and all(set(e["countries"]) <= {"GRC", "BEL"} for e in found), found


@pytest.mark.parametrize(
    ("text", "victim", "country"),
    [
        ("Gunmen shot dead Boris Nemtsov near the Kremlin on Friday.", "boris_nemtsov", "RUS"),
        ("قتل بوريس نيمتسوف بالرصاص قرب الكرملين الجمعة.", "boris_nemtsov", "RUS"),
        ("Islamic State militants burned Jordanian pilot Muath al-Kasasbeh alive on Tuesday.", "muath_al_kasasbeh", "JOR"),
        ("أحرق تنظيم الدولة الطيار الأردني معاذ الكساسبة حيا الثلاثاء.", "muath_al_kasasbeh", "JOR"),
    ],
)
def test_a_person_killed_is_named_and_burning_alive_is_a_killing(text, victim, country):
    found = of_type(extract(text, PUBLISHED), "attack")
    assert found and victim in found[0]["actors"] and country in found[0]["countries"], found


@pytest.mark.parametrize(
    "text",
    [
        "Three people were burned alive in a house fire in Cairo on Friday.",
        "لقي ثلاثة أشخاص حتفهم حرقا وهم أحياء في حريق شب في منزل بالقاهرة الجمعة.",
    ],
)
def test_people_burned_in_a_fire_were_not_attacked(text):
    assert of_type(extract(text, PUBLISHED), "attack") == []


@pytest.mark.parametrize(
    "text",
    [
        "A U.S. drone strike killed Nasser al-Wuhayshi in Mukalla on Friday.",
        "قتل ناصر الوحيشي في غارة لطائرة أمريكية مسيرة في المكلا الجمعة.",
    ],
)
def test_the_leader_of_al_qaeda_in_yemen_is_named(text):
    found = of_type(extract(text, PUBLISHED), "attack")
    assert found and "nasser_al_wuhayshi" in found[0]["actors"] and "YEM" in found[0]["countries"], found
