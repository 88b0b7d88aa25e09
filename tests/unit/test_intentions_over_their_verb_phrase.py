"""A deed announced as an intention or an expectation, not done: an Arabic verb in the future
(سيقدم، سيعلن، ستفرض) whose object is the event noun, and an English verb of intention or
expectation with `to` (is expected to, plans to) whose verb phrase reaches the event word past
its object ("is expected to discuss whether to suspend Egypt's membership at a meeting on
Friday")."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "pub", "event_type"),
    [
        ("وكان عبد المهدي قد أعلن الجمعة أنه سيقدم استقالته إلى البرلمان.", "2019-12-01", "appointment"),
        ("وكان رئيس الوزراء اللبناني قد أعلن أمس أنه سيقدم استقالته إلى الرئيس اللبناني.", "2019-12-04", "appointment"),
        (
            "The African Union is expected to discuss whether to suspend Egypt's membership at a meeting on Friday.",
            "2013-07-04",
            "meeting",
        ),
        (
            "The Arab League is expected to discuss whether to restore Syria's membership at a meeting on Sunday.",
            "2019-04-14",
            "meeting",
        ),
    ],
)
def test_the_intended_deed_is_not_done(text: str, pub: str, event_type: str) -> None:
    assert not of_type(extract(text, pub), event_type)


@pytest.mark.parametrize(
    ("text", "pub", "event_type"),
    [
        ("وكان عبد المهدي قد قدم استقالته إلى البرلمان الجمعة.", "2019-12-01", "appointment"),
        (
            "The African Union discussed whether to suspend Egypt's membership at a meeting on Friday.",
            "2013-07-04",
            "meeting",
        ),
    ],
)
def test_the_deed_done_stays(text: str, pub: str, event_type: str) -> None:
    assert of_type(extract(text, pub), event_type)
