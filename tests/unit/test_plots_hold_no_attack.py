"""A deed a plot holds (أحبطت الأجهزة الأمنية مخططا إرهابيا يستهدف منشآت حيوية; "foiled a terrorist plot
targeting vital facilities") is still to come: no attack; a deed told in the past after the plot's
word (نفذ مسلحون المخطط واستهدفوا كمينا) and an arrest of its plotters stay
(data/modality.json, the planned cue of مخطط and مؤامرة)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2023-05-10"  # a Wednesday


@pytest.mark.parametrize(
    "text",
    [
        "عمان - أحبطت الأجهزة الأمنية الأردنية مخططا إرهابيا يستهدف منشآت حيوية يوم الثلاثاء.",
        "عمان - كشفت الأجهزة الأمنية الأردنية عن مؤامرة لاستهداف منشآت حيوية يوم الثلاثاء.",
        "AMMAN (Reuters) - Jordanian security forces foiled a terrorist plot targeting vital facilities on Tuesday.",
    ],
)
def test_a_plot_holds_no_attack(text):
    assert not of_type(extract(text, PUBLISHED), "attack")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("القاهرة - نفذ مسلحون المخطط واستهدفوا كمينا أمنيا في العريش يوم الثلاثاء.", "attack"),
        (
            "عمان - أحبطت الأجهزة الأمنية الأردنية مخططا إرهابيا، واعتقلت خمسة من المتورطين فيه بينهم محمد سالم"
            " يوم الثلاثاء.",
            "arrest",
        ),
        ("AMMAN (Reuters) - Jordanian police arrested plotter Mohammed Salem on Tuesday.", "arrest"),
    ],
)
def test_deeds_beside_a_plot_stay(text, event_type):
    assert of_type(extract(text, PUBLISHED), event_type)
