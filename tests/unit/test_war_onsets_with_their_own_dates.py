"""A war's onset told by a verb of breaking out or resuming and a time of its own right after it
("the war erupted on April 15", "fighting resumed in late August", اندلعت الحرب في نوفمبر، تجدد
القتال أواخر أغسطس) is an attack of that time, kept beside the other deed its sentence tells."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "attack_date", "other_type", "other_date"),
    [
        (
            "The war in Chad erupted on April 15 after months of tension over a transition plan agreed in December.",
            "2023-05-21",
            "2023-04-15",
            "agreement",
            "2022-12",
        ),
        (
            "The war in Chad broke out in November when the army sent troops into the north.",
            "2023-05-21",
            "2022-11",
            "deployment",
            "2022-11",
        ),
        (
            "اندلعت الحرب في تشاد في نوفمبر عندما أرسل الجيش قوات إلى الشمال.",
            "2023-05-21",
            "2022-11",
            "deployment",
            "2022-11",
        ),
        (
            "سمحت هدنة أعلنت في مارس بدخول الغذاء إلى شمال تشاد، لكنها انهارت عندما تجدد القتال أواخر أغسطس.",
            "2023-05-21",
            "2022-08",
            "ceasefire",
            "2023-03",
        ),
    ],
)
def test_a_dated_onset_is_kept_beside_the_other_deed(text, published, attack_date, other_type, other_date):
    found = extract(text, published)
    assert [e["date"] for e in of_type(found, "attack")] == [attack_date]
    assert [e["date"] for e in of_type(found, other_type)] == [other_date]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the onset told with no time of its own stays the other deed's circumstance
        ("The war in Chad erupted after months of tension over a transition plan agreed in December.", "2023-05-21"),
        ("اندلعت الحرب في تشاد بعد أشهر من التوتر حول خطة انتقالية اتفق عليها في ديسمبر.", "2023-05-21"),
    ],
)
def test_an_undated_onset_adds_no_attack(text, published):
    assert of_type(extract(text, published), "attack") == []
