"""The English verb to deal ("deals a heavy blow to hopes", "a plan to deal with the crisis")
names no deal, and a blow dealt to hopes or efforts («وجه الانقسام ضربة قوية لآمال قيام دولة») is
a figure of speech, no strike; a deal or a strike told beside them still comes out."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2007-06-15"


@pytest.mark.parametrize(
    ("text", "event_type", "dates"),
    [
        (
            "Hamas seized Gaza on Thursday. The split leaves Palestinians with two rival administrations "
            "and deals a heavy blow to hopes for a Palestinian state.",
            "agreement",
            [],
        ),
        ("وجه الانقسام ضربة قوية لآمال قيام دولة فلسطينية بعد سيطرة حماس على غزة يوم الخميس.", "attack", ["2007-06-14"]),
        ("The government's plan to deal with the crisis was announced in Israel on Friday.", "agreement", []),
        # near misses: a deal or a strike told
        ("Israel and Hamas signed a deal in Cairo on Friday that deals with the exchange of prisoners.", "agreement", ["2007-06-15"]),
        ("Israel and Hamas reached a deal with Egyptian mediation on Friday.", "agreement", ["2007-06-15"]),
        ("توصلت إسرائيل وحماس إلى اتفاق في القاهرة يوم الجمعة يتناول تبادل الأسرى.", "agreement", ["2007-06-15"]),
        ("وجهت إسرائيل ضربة جوية لمواقع حماس في غزة يوم الجمعة.", "attack", ["2007-06-15"]),
        ("وجهت الطائرات الإسرائيلية ضربات لمواقع حماس في غزة يوم الجمعة.", "attack", ["2007-06-15"]),
    ],
)
def test_a_verb_of_dealing_or_a_figurative_blow_is_no_event(text, event_type, dates):
    assert [e["date"] for e in of_type(extract(text, PUB), event_type)] == dates
