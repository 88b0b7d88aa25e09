"""«من المتوقع أن» (it is expected that), «من المقرر أن» govern the verb of their clause and its
object past a long subject: the government expected to resign has not resigned. A deed told in
a clause of its own after it («، بعد أن وقع البلدان أمس») is still done."""

from __future__ import annotations

from test_extraction_support import extract, of_type


def test_an_expected_resignation_is_no_event() -> None:
    text = (
        "ومن المتوقع أن تقدم حكومة ولي العهد رئيس مجلس الوزراء الشيخ سعد العبد الله السالم الصباح استقالتها "
        "خلال أيام تمهيدا لتشكيل حكومة جديدة في الكويت."
    )
    assert not of_type(extract(text, "1992-10-06"), "appointment")


def test_a_scheduled_meeting_is_none_but_the_signing_after_it_is_done() -> None:
    text = "ومن المقرر أن يلتقي الرئيس المصري نظيره السوداني غدا، بعد أن وقع البلدان أمس اتفاقية تعاون في القاهرة."
    events = extract(text, "2021-03-07")
    assert not of_type(events, "meeting"), events
    assert [e["date"] for e in of_type(events, "agreement")] == ["2021-03-06"], events
