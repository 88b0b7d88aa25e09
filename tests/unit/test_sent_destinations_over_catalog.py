"""Troops sent to a land named after their "to" are placed there, even when the deed is read as a
catalogued authorisation placed at the sender's; the authorisation itself, told by a word of
approving before the deed, keeps the catalog's place."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.sent_to import authorised


@pytest.mark.parametrize(
    ("text", "published", "country"),
    [
        ("قال أردوغان الأحد إن تركيا بدأت إرسال جنود إلى ليبيا بعد أيام من تفويض البرلمان التركي.", "2020-01-06", "LBY"),
        ("بدأت تركيا إرسال جنود إلى قطر بعد تصويت البرلمان التركي.", "2017-06-20", "QAT"),
        ("Erdogan said on Sunday that Turkey had started sending soldiers to Libya, days after the Turkish parliament mandate.", "2020-01-06", "LBY"),
        ("In January 2020 Erdogan said Turkey had begun sending troops to Libya after a vote in parliament in Ankara.", "2020-10-24", "LBY"),
    ],
)
def test_troops_sent_are_placed_where_their_to_leads(text, published, country) -> None:
    found = of_type(extract(text, published), "deployment")
    assert found, text
    assert (found[0].get("location") or {}).get("country") == country


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("فوض البرلمان التركي الخميس الحكومة إرسال قوات إلى ليبيا", "إرسال", True),
        ("وافق المجلس على إرسال مساعدات إلى السودان", "إرسال", True),
        ("The parliament approved sending troops to Libya", "sending", True),
        ("Lawmakers voted to authorize the deployment of soldiers to Qatar", "deployment", True),
        ("أعلن الرئيس بدء إرسال قوات إلى ليبيا", "إرسال", False),
        ("بعد موافقة البرلمان، بدأت تركيا إرسال جنود إلى قطر", "إرسال", False),
        ("Turkey began sending troops to Qatar after the vote", "sending", False),
        ("After the approval, the government began sending aid to Sudan", "sending", False),
    ],
)
def test_a_sending_governed_by_a_word_of_approving_is_an_authorisation(text, word, expected) -> None:
    start = text.index(word)
    assert authorised(text, (start, start + len(word))) is expected
