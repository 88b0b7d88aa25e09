"""One who attended a summit told before, with no day of his own in his sentence (its day the
lead's), is one more participant of that summit, no second meeting, in English as in Arabic;
an attendee of a meeting on a day of his own sentence attended another."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUBLISHED = "2021-01-06"


def _meetings(text: str) -> list[tuple[str, bool]]:
    return sorted((e["date"], "USA" in e["countries"]) for e in extract(text, PUBLISHED) if e["event_type"] == "meeting")


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        (
            "Qatar's emir was greeted by Saudi Crown Prince Mohammed bin Salman as he arrived at a Gulf summit on "
            "Tuesday. The leaders of the six-nation Gulf Cooperation Council were holding their annual meeting in "
            "Al-Ula. Trump's senior adviser Jared Kushner attended the summit.",
            [("2021-01-05", True)],
        ),
        (
            "وصل أمير قطر إلى القمة الخليجية في العلا يوم الثلاثاء حيث استقبله ولي العهد السعودي. وكان قادة دول "
            "مجلس التعاون الخليجي يعقدون اجتماعهم السنوي. وحضر القمة جاريد كوشنر مستشار الرئيس الأمريكي.",
            [("2021-01-05", True)],
        ),
        # a day of its own: another meeting
        (
            "Gulf leaders held a summit in Al-Ula in Saudi Arabia on Tuesday. Kushner attended talks with Qatar's "
            "foreign minister in Washington on December 2.",
            [("2020-12-02", True), ("2021-01-05", False)],
        ),
    ],
)
def test_an_attendee_of_a_summit_told_before(text, meetings):
    assert _meetings(text) == meetings
