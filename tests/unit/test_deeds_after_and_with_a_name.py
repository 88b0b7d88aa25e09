"""An English verb in the past after "and", with no comma, and a name of its own ("since Trump
pulled out of the nuclear deal and Washington reimposed sanctions last year") tells a deed of
another doer, kept beside the sentence's other event word; "reimposed" imposes sanctions."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "Iran's economy has been squeezed since President Donald Trump pulled out of the 2015 nuclear deal "
            "and Washington reimposed sanctions last year.",
            "2019-11-17",
            "sanctions",
            "2018",
        ),
        (
            "Haftar's forces launched an offensive on Tripoli in April and Russia sent mercenaries to back them in September.",
            "2020-01-10",
            "deployment",
            "2019-09",
        ),
    ],
)
def test_the_named_doer_s_deed_is_kept(text: str, published: str, event_type: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, published), event_type)] == [date]


@pytest.mark.parametrize(
    ("text", "published", "event_type"),
    [
        # a threat after "and" is still no deed
        (
            "Relations have soured since Turkey bought Russian missiles and Washington threatened sanctions.",
            "2019-11-17",
            "sanctions",
        ),
        # a verb in the present tells no deed done
        (
            "Haftar's forces launched an offensive on Tripoli and Russia sends mercenaries to back them, the UN says.",
            "2020-01-10",
            "deployment",
        ),
    ],
)
def test_no_deed_without_a_past_verb(text: str, published: str, event_type: str) -> None:
    assert of_type(extract(text, published), event_type) == []
