"""A catalogued name told as what a deed conforms to (بما يتوافق مع، تماشيا مع, consistent with,
in keeping with), right after the word or as the last item of a list it opens, is the frame of
that deed, no event of its own; the catalogued deed told as done keeps its link."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _linked(text: str, published: str) -> list[str]:
    return sorted(e["reference_id"] for e in extract(text, published) if e.get("reference_id"))


@pytest.mark.parametrize(
    ("text", "published", "gone"),
    [
        # a word of conformity right before the name
        ("وتسعى الحكومة اليمنية إلى حل سياسي تماشيا مع المبادرة الخليجية.", "2018-06-14", "gcc_initiative_yemen_2011"),
        ("ودعا الوزير إلى تسوية في اليمن بما يتماشى مع المبادرة الخليجية.", "2019-02-01", "gcc_initiative_yemen_2011"),
        ("The Yemeni government seeks a settlement consistent with the GCC initiative.", "2018-06-14", "gcc_initiative_yemen_2011"),
        ("The Yemeni cabinet said reforms would go ahead in keeping with the GCC initiative.", "2019-02-01", "gcc_initiative_yemen_2011"),
        # the name as the last item of a list the framing word opens
        (
            "وتسعى الحكومة اليمنية إلى حل يرضي الأطراف، بما يتوافق مع القرارات الدولية ومخرجات الحوار الوطني والمبادرة الخليجية.",
            "2018-06-14",
            "gcc_initiative_yemen_2011",
        ),
        (
            "The Yemeni government seeks a settlement in line with UN resolutions, the outcomes of the national dialogue and the GCC initiative.",
            "2018-06-14",
            "gcc_initiative_yemen_2011",
        ),
    ],
)
def test_a_name_a_deed_conforms_to_is_no_event(text, published, gone):
    assert gone not in _linked(text, published)


@pytest.mark.parametrize(
    ("text", "published", "kept"),
    [
        # the signing told as done, and a name joined to a list with no framing word before it
        ("وقع الرئيس اليمني علي عبد الله صالح المبادرة الخليجية في الرياض.", "2018-06-14", "gcc_initiative_yemen_2011"),
        ("Yemen's president Ali Abdullah Saleh signed the GCC initiative in Riyadh.", "2018-06-14", "gcc_initiative_yemen_2011"),
        ("وتدهورت الأوضاع في اليمن بعد الحرب والمبادرة الخليجية.", "2018-06-14", "gcc_initiative_yemen_2011"),
        ("Yemen's unrest grew after the protests and the GCC initiative.", "2018-06-14", "gcc_initiative_yemen_2011"),
    ],
)
def test_a_named_deed_keeps_its_link(text, published, kept):
    assert kept in _linked(text, published)
