"""Words of aid or relief goods beside words of stealing or looting (سرقة مواد غذائية، نهب
المساعدات, stole humanitarian aid, aid was looted) name goods taken, no aid given, as goods seized
or smuggled do; aid delivered stays aid."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

AFRIN = "2018-03-18"


@pytest.mark.parametrize(
    "text",
    [
        "وشملت عمليات النهب السيارات المركونة في مدينة عفرين، هذا بالإضافة إلى سرقة مواد غذائية وأجهزة إلكترونية من المحلات التجارية.",
        "ونهب مسلحون المساعدات الإنسانية في عفرين الأحد.",
        "Militiamen stole humanitarian aid from a warehouse in Afrin on Sunday.",
        "Humanitarian aid was looted in Afrin on Sunday.",
    ],
)
def test_aid_goods_stolen_or_looted_are_no_aid(text):
    assert of_type(extract(text, AFRIN), "aid") == []


@pytest.mark.parametrize(
    "text",
    [
        "وصلت إلى مدينة عفرين الأحد مواد غذائية أرسلها الهلال الأحمر السوري.",
        "The Red Crescent delivered relief supplies to Afrin on Sunday.",
    ],
)
def test_aid_delivered_stays_aid(text):
    assert len(of_type(extract(text, AFRIN), "aid")) == 1
