"""Event words that name the topic of another deed, not a deed of their own.

A deed celebrated (خرج آلاف الجزائريين احتفالاً بالاستقالة, rallied in celebration of the
resignation) is the one told before; a meeting honoured (declared a national day in honour of
the meeting) is recalled, no event of the day; a ceasefire an initiative or a plan is for, its
modifiers quoted (the initiative for a "mutual and unconditional" ceasefire), is still to come;
a cabinet's vote to accept it is no election; "put their names to the documents" names no one.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "expected"),
    [
        (
            "قدّم الرئيس الجزائري عبد العزيز بوتفليقة مساء أمس استقالته رسمياً إلى المجلس الدستوري. "
            "وخرج آلاف الجزائريين ليلاً إلى شوارع العاصمة ووهران احتفالاً بالاستقالة، ملوحين بالأعلام الوطنية.",
            "2019-04-03",
            "appointment",
            1,
        ),
        (
            "Algeria's President Abdelaziz Bouteflika resigned on Tuesday. "
            "Thousands of Algerians took to the streets of Algiers in celebration of the resignation.",
            "2019-04-03",
            "appointment",
            1,
        ),
        (
            "Pope Francis met Grand Ayatollah Ali Al Sistani in Najaf on Saturday. Prime Minister Mustafa Al Kadhimi "
            "declared March 6 a national day of tolerance and coexistence in honour of the meeting.",
            "2021-03-07",
            "meeting",
            0,
        ),
        (
            "In Israel, the security cabinet had voted unanimously late on Thursday to accept the Egyptian initiative "
            'for a "mutual and unconditional" ceasefire.',
            "2021-05-21",
            "ceasefire",
            0,
        ),
        (
            "In Israel, the security cabinet had voted unanimously late on Thursday to accept the Egyptian initiative "
            'for a "mutual and unconditional" ceasefire.',
            "2021-05-21",
            "election",
            0,
        ),
        (
            "Prime Minister Benjamin Netanyahu, the UAE's foreign minister, Sheikh Abdullah bin Zayed, and Bahrain's "
            "foreign minister, Abdullatif Al Zayani, put their names to the documents, known as the Abraham Accords, "
            "with President Donald Trump as witness.",
            "2020-09-16",
            "appointment",
            0,
        ),
    ],
)
def test_events_of_the_type(text, published, kind, expected):
    assert len(of_type(extract(text, published), kind)) == expected


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        ("King Salman named his son Mohammed as crown prince on Wednesday.", "2017-06-21", "appointment"),
        ("Iranians voted on Friday in a presidential election.", "2021-06-19", "election"),
        ("Israel and Hamas agreed on a ceasefire on Thursday after 11 days of fighting.", "2021-05-21", "ceasefire"),
    ],
)
def test_the_event_stays(text, published, kind):
    assert of_type(extract(text, published), kind) != []
