"""An Arabic demonstrative points back at an event told before only as a noun's determiner."""

import pytest

from tests.unit.test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "قطعت السعودية ومصر والإمارات والبحرين علاقاتها الدبلوماسية مع قطر في يونيو الماضي. "
            "وإثر ذلك قطعت اليمن وجزر المالديف وليبيا علاقاتها مع قطر.",
            {"YEM", "MDV", "LBY"},
        ),
        (
            "قطعت السعودية ومصر والإمارات والبحرين علاقاتها الدبلوماسية مع قطر في يونيو الماضي. "
            "وبعد ذلك قطعت موريتانيا علاقاتها مع قطر.",
            {"MRT"},
        ),
    ],
)
def test_an_arabic_demonstrative_before_a_verb_points_at_no_event_told_before(text, countries):
    """"وإثر ذلك قطعت": after that, others cut ties too; not the cut told before."""
    events = of_type(extract(text, "2018-04-11"), "sanctions")
    assert any(countries <= set(e["countries"]) for e in events)


def test_an_arabic_demonstrative_before_a_noun_still_points_back():
    text = "شنت إسرائيل غارات على مواقع في غزة أمس. وأسفرت هذه الغارات عن مقتل خمسة أشخاص."
    assert len(of_type(extract(text, "2021-05-11"), "attack")) == 1
