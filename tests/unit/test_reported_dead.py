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
