"""The wordings the press gives well-known events besides their set names: the invader in
the genitive («غزو العراق للكويت», «غزو الولايات المتحدة للعراق», "Iraq's invasion of Kuwait",
"the US-led invasion of Iraq"), the verb first with its subject between it and its object
(«وأطاحت الاحتجاجات بالرئيس الأسبق حسني مبارك»), each dated from the catalog; «غزو العراق»
inside «غزو العراق للكويت» no longer names the invasion of 2003."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "event_type", "ref_id", "date"),
    [
        ("وتدهورت العلاقات منذ غزو العراق للكويت.", "2019-05-10", "attack", "iraq_invasion_kuwait_1990", "1990-08-02"),
        ("Relations soured after Iraq's invasion of Kuwait.", "2019-05-10", "attack", "iraq_invasion_kuwait_1990", "1990-08-02"),
        ("ولم تتعاف الكويت من آثار اجتياح الكويت.", "2019-05-10", "attack", "iraq_invasion_kuwait_1990", "1990-08-02"),
        ("Kuwait has not recovered from Saddam Hussein's invasion of Kuwait.", "2019-05-10", "attack", "iraq_invasion_kuwait_1990", "1990-08-02"),
        ("وتعاني البلاد من الفوضى منذ غزو الولايات المتحدة للعراق.", "2019-05-10", "attack", "iraq_invasion_2003", "2003-03-20"),
        ("The country has been in turmoil since the US-led invasion of Iraq.", "2019-05-10", "attack", "iraq_invasion_2003", "2003-03-20"),
        ("وأطاحت الاحتجاجات بالرئيس الأسبق حسني مبارك.", "2019-05-10", "appointment", "mubarak_resigns_2011", "2011-02-11"),
        ("Mass protests ousted President Hosni Mubarak.", "2019-05-10", "appointment", "mubarak_resigns_2011", "2011-02-11"),
    ],
)
def test_a_variant_wording_is_dated_from_the_catalog(text, published, event_type, ref_id, date):
    found = [e for e in extract(text, published) if e["event_type"] == event_type]
    assert [(e["reference_id"], e["date"], e["date_basis"]) for e in found] == [(ref_id, date, "reference")], found


@pytest.mark.parametrize(
    ("text", "published", "ref_id"),
    [
        ("وقال مبارك إن الاحتجاجات لن تطيح بالحكومة.", "2011-01-28", "mubarak_resigns_2011"),
        ("Mubarak said the protests would not topple the government.", "2011-01-28", "mubarak_resigns_2011"),
        ("وتدهورت العلاقات منذ غزو العراق للكويت.", "2019-05-10", "iraq_invasion_2003"),
        ("Turkey's invasion of northern Syria drew condemnation.", "2019-10-12", "iraq_invasion_kuwait_1990"),
    ],
)
def test_a_near_miss_names_no_such_event(text, published, ref_id):
    assert not [e for e in extract(text, published) if e["reference_id"] == ref_id]
