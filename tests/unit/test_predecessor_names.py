"""A person named after an office change's or an election's word as the one the new holder
succeeds or beats (خلفا ل، بدلا من، المنتهية ولايته; replacing, outgoing) is the predecessor:
his name recalls no catalogued taking of office or election of his own (`predecessor_names`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # the predecessor's own choice in 2021 is not the one told
        (
            "The House of Representatives, during a session it held in Tobruk, chose Fathi Bashagha as prime "
            "minister of a new government, replacing Abdul Hamid Dbeibah, head of the Government of National Unity.",
            "2022-02-11",
            "appointment",
            "2022-02-10",
        ),
        (
            "واختار مجلس النواب فتحي باشاغا رئيسا لحكومة جديدة بدلا من عبد الحميد الدبيبة رئيس حكومة الوحدة الوطنية.",
            "2022-02-11",
            "appointment",
            "2022-02-10",
        ),
        (
            "اختار مجلس النواب الليبي، خلال جلسته التي عقدها أمس بمدينة طبرق، وزير الداخلية الأسبق فتحي باشاغا "
            "رئيسا لحكومة جديدة، خلفا لعبد الحميد الدبيبة رئيس حكومة الوحدة الوطنية.",
            "2022-02-11",
            "appointment",
            "2022-02-10",
        ),
        # the outgoing president beaten: no election of his in 2018
        (
            "وانتخب النواب عبد اللطيف رشيد رئيسا للجمهورية في جولة تصويت ثانية، تفوق فيها على الرئيس المنتهية "
            "ولايته برهم صالح.",
            "2022-10-14",
            "election",
            "2022-10-14",
        ),
        (
            "انتخب مجلس النواب العراقي، أمس الخميس، السياسي الكردي عبد اللطيف رشيد رئيسا للجمهورية، بعد جولة تصويت "
            "ثانية تفوّق فيها على الرئيس المنتهية ولايته برهم صالح.",
            "2022-10-14",
            "election",
            "2022-10-13",
        ),
    ],
)
def test_the_predecessor_names_no_catalogued_event(text, published, event_type, date):
    assert {e["date"] for e in of_type(extract(text, published), event_type)} == {date}


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # the person the catalog knows is the one who takes office, not a predecessor
        (
            "Libya's House of Representatives named Fathi Bashagha prime minister.",
            "2022-02-15",
            "appointment",
            "2022-02-10",
        ),
        ("انتخب البرلمان العراقي برهم صالح رئيسا للجمهورية.", "2018-10-05", "election", "2018-10"),
        # a predecessor named before the event word is no complement of it
        (
            "The outgoing president Barham Salih was elected president of Iraq by parliament in October 2018.",
            "2022-10-01",
            "election",
            "2018-10",
        ),
    ],
)
def test_the_one_who_takes_office_keeps_the_catalogued_event(text, published, event_type, date):
    assert {e["date"][: len(date)] for e in of_type(extract(text, published), event_type)} == {date}
