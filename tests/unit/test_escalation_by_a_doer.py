"""An English noun of escalation before an attack's word, with the doer told after the word ("a
violent escalation of air strikes by government forces since Sunday evening"), is a party
stepping up its own deeds, as «تصعيدا عنيفا للقصف الجوي من قبل قوات النظام» is in Arabic: the
attack of that day. With no doer after it ("the escalation of fighting in Libya", «تصاعد
المعارك»), it is still a trend of violence and no attack."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

ROWS = [
    # (text, published, expected attack dates)
    ("Eastern Ghouta has seen a violent escalation of air strikes by government forces since Sunday evening.",
     "2018-02-20", ["2018-02-18"]),
    ("Idlib has seen an escalation of shelling on its towns by Syrian troops since Friday.", "2018-02-20", ["2018-02-16"]),
    ("وتشهد الغوطة الشرقية منذ مساء الأحد تصعيدا عنيفا للقصف الجوي من قبل قوات النظام.", "2018-02-20", ["2018-02-18"]),
    # a trend, with no doer: no attack
    ("Residents of Tripoli fled on Thursday as the escalation of fighting in Libya reached the suburbs.", "2018-05-27", []),
    ("The UN warned on Monday of an escalation of attacks on civilians in Syria.", "2018-05-27", []),
    ("وأعرب المنسق الخميس عن قلقه الشديد من تصاعد المعارك في ليبيا خلال الأسابيع الماضية.", "2018-05-27", []),
    ("Aid groups reported a sharp rise in attacks by militants on health workers in Syria on Monday.", "2018-05-27", []),
]


@pytest.mark.parametrize(("text", "published", "dates"), ROWS)
def test_escalation_by_a_doer(text: str, published: str, dates: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, published), "attack")) == dates
