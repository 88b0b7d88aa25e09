"""A two-sided deed (a truce, a deal) told as done in a sentence naming no country, when nothing
told before gives its sides, is between the countries the article is about (named at least
twice, at least half as often as the one named most): "A seven-day truce took effect on November
24", «دخلت هدنة لمدة سبعة أيام حيز التنفيذ يوم 24 نوفمبر». A bare noun with no time, or an
article about fewer than two countries, gives no sides and so no event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

GAZA_EN = "Israel and Hamas fought for weeks in Gaza. Qatar mediated between Israel and Hamas. "
GAZA_AR = "خاضت إسرائيل وحماس حربا لأسابيع في غزة. توسطت قطر بين إسرائيل وحماس. "
KARABAKH_EN = "Armenia and Azerbaijan fought over Karabakh for decades. Armenia accused Azerbaijan of shelling its villages. "
KARABAKH_AR = "خاضت أرمينيا وأذربيجان حربا على كاراباخ لعقود. واتهمت أرمينيا أذربيجان بقصف قراها. "


@pytest.mark.parametrize(
    ("text", "event_type", "date", "sides"),
    [
        (GAZA_EN + "A seven-day truce took effect on November 24.", "ceasefire", "2023-11-24", {"ISR", "PSE"}),
        (GAZA_AR + "دخلت هدنة لمدة سبعة أيام حيز التنفيذ يوم 24 نوفمبر.", "ceasefire", "2023-11-24", {"ISR", "PSE"}),
        (KARABAKH_EN + "A peace deal was signed on November 10.", "agreement", "2023-11-10", {"ARM", "AZE"}),
        (KARABAKH_AR + "ووقع اتفاق سلام يوم 10 نوفمبر.", "agreement", "2023-11-10", {"ARM", "AZE"}),
    ],
)
def test_a_deed_with_no_side_of_its_own_is_between_the_article_s_countries(text, event_type, date, sides):
    found = of_type(extract(text, "2023-11-30"), event_type)
    assert [(ev["date"], set(ev["countries"])) for ev in found] == [(date, sides)], found


@pytest.mark.parametrize(
    "text",
    [
        # a bare noun with no time of its own tells no deed to give sides to
        GAZA_EN + "A seven-day truce took effect.",
        GAZA_AR + "دخلت هدنة لمدة سبعة أيام حيز التنفيذ.",
        # no country named twice: the article is about none
        "Fighting raged for weeks. Qatar mediated. A seven-day truce took effect on November 24.",
        "اشتدت المعارك لأسابيع. وتوسطت قطر. دخلت هدنة لمدة سبعة أيام حيز التنفيذ يوم 24 نوفمبر.",
        # one country named twice is no pair of sides
        "Israel pounded Gaza for weeks. Israel said Qatar mediated. A seven-day truce took effect on November 24.",
        "قصفت إسرائيل غزة لأسابيع. وقالت إسرائيل إن قطر توسطت. دخلت هدنة لمدة سبعة أيام حيز التنفيذ يوم 24 نوفمبر.",
    ],
)
def test_no_sides_for_a_bare_noun_or_an_article_about_no_country(text):
    assert not of_type(extract(text, "2023-11-30"), "ceasefire"), extract(text, "2023-11-30")


PEACE_EN = "Armenia and Azerbaijan signed a deal on Tuesday. Armenia's leader called it painful, and Azerbaijan's president called it a capitulation. "
PEACE_AR = "وقعت أرمينيا وأذربيجان اتفاقا يوم الثلاثاء. ووصف رئيس وزراء أرمينيا الاتفاق بأنه مؤلم، فيما قال رئيس أذربيجان إنه استسلام. "


@pytest.mark.parametrize(
    "text",
    [
        PEACE_EN + "Fighting erupted on September 27 and has killed several thousand people.",
        PEACE_AR + "واندلعت المعارك في 27 سبتمبر وأودت بحياة الآلاف.",
        # fighting told by its exchanges of fire, or by confrontations
        PEACE_EN + "The fighting began on September 27 with exchanges of fire at several points along the frontier.",
        PEACE_AR + "واندلعت مواجهات في 27 سبتمبر على طول الحدود.",
    ],
)
def test_fighting_with_no_side_of_its_own_is_between_the_article_s_countries(text):
    found = [ev for ev in of_type(extract(text, "2020-11-10"), "attack") if ev["date"] == "2020-09-27"]
    assert [set(ev["countries"]) for ev in found] == [{"ARM", "AZE"}], found


@pytest.mark.parametrize(
    "text",
    [
        # a one-sided strike is no fighting between the article's sides
        PEACE_EN + "A bomb exploded in a market on September 27.",
        PEACE_AR + "وانفجرت قنبلة في سوق يوم 27 سبتمبر.",
        # fighting told with no time of its own and no verb in the past
        PEACE_EN + "Fighting is a threat to the region.",
        PEACE_AR + "المعارك تهديد للمنطقة.",
    ],
)
def test_no_sides_for_a_one_sided_strike_or_untimed_fighting(text):
    found = [ev for ev in of_type(extract(text, "2020-11-10"), "attack") if {"ARM", "AZE"} <= set(ev["countries"])]
    assert found == [], found
