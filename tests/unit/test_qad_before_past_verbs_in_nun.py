"""«قد» before a verb in the past tells a deed done («وكانت فرنسا قد نشرت قواتها»، «قد نفذ
الجيش غارات»), as before a past in تـ; only before a present («قد ننشر»، «قد نرى») does it
tell what may be. The English perfect tells it alike ("had deployed")."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2023-05-08"


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("وكانت فرنسا قد نشرت قواتها في مالي عام 2013.", "deployment", "2013"),
        ("وكان الجيش السوري قد نفذ هجوما على مواقع المسلحين في إدلب في مارس 2020.", "attack", "2020-03"),
        ("وقالت دمشق إن الجيش السوري قد نفذ غارات على مواقع المسلحين في إدلب يوم الأحد.", "attack", "2023-05-07"),
        ("وكانت مصر قد نظمت مناورات عسكرية مشتركة مع السعودية في مارس 2020.", "military_exercise", "2020-03"),
        # the English perfect tells it alike
        ("France had deployed troops in Mali in 2013.", "deployment", "2013"),
        ("Syrian forces had carried out an attack on rebel positions in Idlib in March 2020.", "attack", "2020-03"),
    ],
)
def test_qad_before_a_past_in_nun_tells_a_deed_done(text, event_type, date):
    found = of_type(extract(text, PUB), event_type)
    assert found, extract(text, PUB)
    assert found[0]["date"] == date


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("قال الوزير الفرنسي إننا قد ننشر قوات إضافية في مالي.", "deployment"),
        ("وقال الوزير المصري: قد نرسل مساعدات إلى السودان قريبا.", "aid"),
        ("The French minister said France may deploy more troops in Mali.", "deployment"),
    ],
)
def test_qad_before_a_present_in_nun_tells_what_may_be(text, event_type):
    assert not of_type(extract(text, PUB), event_type)
