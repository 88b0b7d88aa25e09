"""Talks or a vote someone faces lie ahead (يواجه نتنياهو مفاوضات صعبة، Netanyahu faces tough
negotiations, faces a snap election): a prospect, no meeting or election held. Talks that face
obstacles are the subject of the verb (تواجه المفاوضات عقبات), and held; so are face-to-face
talks and talks held by one facing pressure."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("يواجه نتنياهو مفاوضات صعبة مع شركائه في الائتلاف الحكومي الإسرائيلي.", "meeting"),
        ("Netanyahu faces tough negotiations with Israeli coalition partners.", "meeting"),
        ("يواجه الوفد الإيراني مفاوضات شاقة مع الولايات المتحدة في فيينا.", "meeting"),
        ("Iran faces difficult negotiations with the United States in Vienna.", "meeting"),
        ("Israeli Prime Minister Benjamin Netanyahu faces a snap election in September.", "election"),
    ],
)
def test_faced_talks_are_no_event(text, event_type):
    assert not of_type(extract(text, "2018-05-01"), event_type)


@pytest.mark.parametrize(
    "text",
    [
        "تواجه المفاوضات بين إيران والولايات المتحدة في فيينا عقبات كبيرة.",
        "Facing pressure, Iran held talks with the European Union in Vienna on Monday.",
        "The Iranian and US delegations held face-to-face talks in Vienna on Monday.",
        "أجرى الوفد الإيراني مفاوضات مع الولايات المتحدة في فيينا أمس.",
    ],
)
def test_talks_held_stay_a_meeting(text):
    assert of_type(extract(text, "2018-05-01"), "meeting")
