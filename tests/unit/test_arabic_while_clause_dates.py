"""Arabic dating: a time told after a comma and a word of simultaneity (فيما، بينما، في حين) is the
time of the clause they open, which tells a doing of its own: it does not date the event word
before them, which keeps its own time or the publication's. English had the same rule for
", while", ", even as"."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2022-02-25"  # a Friday


@pytest.mark.parametrize(
    ("text", "language", "event_type", "dates"),
    [
        (
            "وتظاهر آلاف في برلين ولندن وباريس تنديداً بالحرب، رافعين الأعلام الأوكرانية، فيما شهدت "
            "موسكو مساء أمس احتجاجات مناهضة للحرب.",
            "ar",
            "protest",
            ["2022-02-25", "2022-02-24"],
        ),
        (
            "وتظاهر آلاف في برلين تنديداً بالحرب، بينما أعلنت الشرطة في موسكو أمس توقيف مئات الأشخاص.",
            "ar",
            "protest",
            ["2022-02-25"],
        ),
        # a time of the event's own clause still dates it
        (
            "وتظاهر آلاف في برلين أمس تنديداً بالحرب، فيما أعلنت الشرطة في موسكو اليوم توقيف مئات الأشخاص.",
            "ar",
            "protest",
            ["2022-02-24"],
        ),
        (
            "Thousands protested in Berlin against the war, while police in Moscow detained hundreds on Thursday.",
            "en",
            "protest",
            ["2022-02-25"],
        ),
    ],
)
def test_a_time_behind_a_word_of_simultaneity_is_its_clause_s(text, language, event_type, dates):
    found = of_type(extract(text, PUB), event_type)
    assert sorted(e["date"] for e in found) == sorted(dates), [(e["trigger"], e["date"]) for e in found]
