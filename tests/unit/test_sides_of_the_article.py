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
