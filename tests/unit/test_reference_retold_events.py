"""Well-known events the press retells by the names it uses for them (a descriptive name,
a short name, a wire's English name), dated from the reference catalog."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "event_type", "ref_id", "date"),
    [
        # descriptive names of events already catalogued
        ("وتعهد الرئيس الإيراني بالثأر لاغتيال قائد فيلق القدس.", "2020-06-01", "attack", "soleimani_killed_2020", "2020-01-03"),
        ("وتدهور وضع النساء في أفغانستان منذ سقوط كابل.", "2022-03-01", "attack", "fall_of_kabul_2021", "2021-08-15"),
        ("The economy collapsed after the fall of Kabul.", "2022-03-01", "attack", "fall_of_kabul_2021", "2021-08-15"),
        ("وطالبت المنظمة بمحاسبة المسؤولين عن تصفية خاشقجي.", "2019-03-01", "attack", "khashoggi_killed_2018", "2018-10-02"),
        ("Turkey pressed Riyadh over Khashoggi's murder.", "2019-03-01", "attack", "khashoggi_killed_2018", "2018-10-02"),
        ("وفر آلاف المدنيين منذ احتلال عفرين.", "2019-03-01", "attack", "afrin_captured_2018", "2018-03-18"),
        ("ونزح الآلاف منذ سيطرة تنظيم الدولة على الموصل.", "2016-03-01", "attack", "isis_takes_mosul_2014", "2014-06-10"),
    ],
)
def test_a_retold_event_is_dated_from_the_catalog(text, published, event_type, ref_id, date):
    found = [e for e in extract(text, published) if e["event_type"] == event_type]
    assert found, extract(text, published)
    assert (found[0]["date"], found[0]["date_basis"], found[0]["reference_id"]) == (date, "reference", ref_id), found

