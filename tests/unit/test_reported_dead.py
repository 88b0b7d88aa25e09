"""An attack a source reports by a count of its dead ("وقالت المصادر إن 7 خبراء لقوا مصرعهم في
غارات ..."; "Medics said 7 fighters were killed in air strikes ...") tells the day's news, not
hearsay: it is kept on the publication day. Hearsay with no count, a toll with no figure, and a
toll of a whole war or period stay left out as before."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

MARCH = "2018-03-02"


@pytest.mark.parametrize(
    "text",
    [
        'وقالت المصادر إن "7 خبراء حوثيين في صناعة الألغام لقوا مصرعهم في غارات لمقاتلات التحالف في صعدة".',
        "وقالت مصادر طبية إن 12 مسلحا حوثيا قتلوا جراء ضربات التحالف في صعدة.",
        "Medical sources said 7 Houthi fighters were killed in air strikes by the Saudi-led coalition in Saada.",
        "Local officials said five Houthi fighters were killed in coalition air strikes in Saada.",
    ],
)
def test_a_source_counting_a_strikes_dead_tells_the_days_news(text: str) -> None:
    attacks = of_type(extract(text, MARCH), "attack")
    assert [a["date"] for a in attacks] == [MARCH], text
    assert "YEM" in attacks[0]["countries"], text


@pytest.mark.parametrize(
    "text",
    [
        "وقالت المصادر إن غارات لمقاتلات التحالف استهدفت مواقع الحوثيين في صعدة.",
        "وقالت منظمة اليونيسيف إن 220 طفلا على الأقل قتلوا في غارات التحالف في اليمن خلال الصراع.",
        "وقالت المصادر إن عشرات الحوثيين قتلوا في غارات لمقاتلات التحالف في صعدة.",
        "Sources said coalition air strikes had hit Houthi positions in Saada.",
        "UNICEF said 220 children had been killed in coalition air strikes in Yemen since the war began.",
        "Sources said dozens of Houthi fighters were killed in coalition air strikes in Saada.",
        "The health ministry said 600 people have been killed in coalition air strikes in Saada.",
    ],
)
def test_hearsay_with_no_count_or_a_toll_of_a_period_stays_out(text: str) -> None:
    assert not of_type(extract(text, MARCH), "attack"), text


AUGUST = "2021-08-16"
KABUL_AR = (
    "تدفق آلاف الأفغان على مطار كابول يوم الاثنين هربا من حكم طالبان.\n"
    "ودخل مقاتلو طالبان العاصمة كابول يوم الأحد دون مقاومة تذكر.\n"
    "وفي المطار، اندفعت الحشود إلى المدرج وتعلق بعضهم بطائرة نقل عسكرية. "
)
KABUL_EN = (
    "Thousands of people mobbed Kabul airport on Monday trying to flee the Taliban.\n"
    "Taliban fighters entered Kabul on Sunday afternoon with little resistance.\n"
    "At the airport, crowds surged onto the tarmac. U.S. troops fired into the air to clear the runway. "
)


def _publication_attacks(text: str) -> list[dict]:
    return [a for a in of_type(extract(text, AUGUST), "attack") if a["date"] == AUGUST]


@pytest.mark.parametrize(
    "text",
    [
        KABUL_AR + "وقال مسؤول أمريكي إن القوات الأمريكية قتلت 3 مسلحين قرب المطار.",
        KABUL_EN + "A U.S. official said American soldiers shot dead two armed men near the airfield.",
    ],
)
def test_a_source_telling_forces_killed_a_count_tells_the_days_news(text: str) -> None:
    assert len(_publication_attacks(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        KABUL_AR + "وقال مسؤول أمريكي إن القوات الأمريكية قتلت عددا من المسلحين قرب المطار.",
        KABUL_EN + "A U.S. official said American soldiers shot dead several armed men near the airfield.",
        KABUL_EN + "A U.S. official said American soldiers have shot dead two armed men near the airfield.",
        KABUL_AR + "وقال مسؤول أمريكي إن مسلحين اختطفوا 3 مترجمين قرب المطار.",
        KABUL_EN + "A U.S. official said gunmen abducted two interpreters near the airfield.",
    ],
)
def test_forces_killing_with_no_figure_or_in_the_perfect_stays_out(text: str) -> None:
    assert not _publication_attacks(text), text
