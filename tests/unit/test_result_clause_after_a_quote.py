"""A clause of result opened by a comma that closes a quotation ('committed to "work toward
complete denuclearization," capping the first-ever meeting') is a clause of result all the same:
the deed of the main clause stays the sentence's own event, beside what the result names."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "President Donald Trump and North Korean leader Kim Jong Un signed a joint statement on Tuesday in which Kim "
            'committed to "work toward complete denuclearization of the Korean Peninsula," capping the first-ever meeting '
            "between a sitting U.S. president and a North Korean leader.",
            "2018-06-12",
            ("agreement", "2018-06-12"),
        ),
        (
            'Sudan\'s army and the RSF signed a declaration in Jeddah on Thursday committing them to "protect civilians," '
            "capping a week of talks brokered by Saudi Arabia and the United States.",
            "2023-05-12",
            ("agreement", "2023-05-11"),
        ),
        (
            "President Donald Trump and North Korean leader Kim Jong Un signed a joint statement on Tuesday, capping the "
            "first-ever meeting between a sitting U.S. president and a North Korean leader.",
            "2018-06-12",
            ("agreement", "2018-06-12"),
        ),
    ],
)
def test_the_main_deed_stays(text: str, published: str, expected: tuple[str, str]) -> None:
    found = [(e["event_type"], e["date"]) for e in extract(text, published)]
    assert expected in found, found
