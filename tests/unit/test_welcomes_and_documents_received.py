"""A crowd that gathers to welcome people (gathered to greet the freed detainees, احتشد المئات
لاستقبال المعتقلين) holds no protest and no meeting; a side that receives documents meets no
one. A crowd gathered to protest, and a guest received, keep their events."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Hundreds gathered in Ramallah on Friday to welcome the freed detainees.", "protest"),
        ("Crowds gathered in Ramallah on Friday to greet the released women.", "protest"),
        ("احتشد المئات في رام الله يوم الجمعة لاستقبال المعتقلين المحررين.", "meeting"),
        ("احتشد المئات في رام الله يوم الجمعة لاستقبال المعتقلين المحررين.", "protest"),
        ("The U.S. mediator received the documents at the U.N. headquarters in Naqoura on Friday.", "meeting"),
        ("تسلم الوسيط الأمريكي الوثائق في مقر الأمم المتحدة في الناقورة يوم الجمعة.", "meeting"),
    ],
)
def test_a_welcome_by_a_crowd_or_documents_received_is_no_event(text: str, event_type: str) -> None:
    assert not of_type(extract(text, "2022-03-12"), event_type)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Hundreds gathered in Ramallah on Friday to protest against the arrests.", "protest"),
        ("The Lebanese president received the U.S. envoy at Baabda palace on Friday.", "meeting"),
        ("استقبل الرئيس اللبناني المبعوث الأمريكي في قصر بعبدا يوم الجمعة.", "meeting"),
        ("تظاهر المئات في رام الله يوم الجمعة احتجاجا على الاعتقالات.", "protest"),
    ],
)
def test_a_protest_and_a_guest_received_keep_their_events(text: str, event_type: str) -> None:
    assert of_type(extract(text, "2022-03-12"), event_type)
