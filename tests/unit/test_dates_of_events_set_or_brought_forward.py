"""An election, a meeting or a visit whose date is set, changed or brought forward (تقديم موعد
الانتخابات، حدد موعد القمة; brought forward the election, set a date for the vote) is still to
come, no event, as one postponed is; one held on its date is an event as before."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("وكان تبون قد أعلن في مارس الماضي تقديم موعد الانتخابات الرئاسية إلى شتنبر بدل دجنبر.", "election"),
        ("In March, Tebboune announced he was bringing forward the presidential election to September from December.", "election"),
        ("وحدد الرئيس في يناير الماضي موعد الانتخابات التشريعية في يونيو.", "election"),
        ("The president in January set a date for the parliamentary election in June.", "election"),
    ],
)
def test_a_date_set_or_brought_forward_is_no_event(text, event_type):
    assert of_type(extract(text, "2024-09-09"), event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("وأجريت الانتخابات الرئاسية في 7 شتنبر، بعد أن قدم تبون موعدها.", "election", "2024-09-07"),
        ("Algeria held its presidential election on September 7, three months before it was due.", "election", "2024-09-07"),
        (
            "والتقى وزير الخارجية المغربي نظيره الإسباني في الرباط يوم الأحد، بعد تحديد موعد اللقاء الأسبوع الماضي.",
            "meeting",
            "2024-09-08",
        ),
    ],
)
def test_one_held_on_its_date_is_an_event(text, event_type, date):
    assert [e["date"] for e in of_type(extract(text, "2024-09-09"), event_type)] == [date]
