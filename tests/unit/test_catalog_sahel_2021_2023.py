"""The Sahel's juntas, 2021-2023, named without a date, are dated from the reference catalog in
English and Arabic: Idriss Deby's death and the military council that took power after it in
Chad, ECOWAS's sanctions on Niger after the July 2023 coup, the junta's expulsion of the French
ambassador, and the charter of the Alliance of Sahel States."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

from events.resources import load_resources


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date", "country"),
    [
        ("Chad has been ruled by a military council since the death of Idriss Deby.", "2023-12-02", "attack", "2021-04-20", "TCD"),
        ("وتحكم تشاد منذ مقتل الرئيس إدريس ديبي من قبل مجلس عسكري.", "2023-12-02", "attack", "2021-04-20", "TCD"),
        ("Elections were promised after Mahamat Idriss Deby took power.", "2023-12-02", "appointment", "2021-04-20", "TCD"),
        ("West African bloc ECOWAS imposed sanctions on Niger after the coup.", "2023-12-02", "sanctions", "2023-07-30", "NER"),
        ("وتضررت التجارة بسبب عقوبات إيكواس على النيجر.", "2023-12-02", "sanctions", "2023-07-30", "NER"),
        ("Paris condemned the expulsion of French ambassador Sylvain Itte.", "2023-12-02", "sanctions", "2023-08-25", "FRA"),
        ("Mali, Burkina Faso and Niger signed the Liptako-Gourma Charter in Bamako.", "2023-12-02", "agreement", "2023-09-16", "NER"),
        ("ووقعت مالي وبوركينا فاسو والنيجر ميثاق ليبتاكو غورما في باماكو.", "2023-12-02", "agreement", "2023-09-16", "BFA"),
    ],
)
def test_a_sahel_event_named_without_a_date_is_dated_from_the_catalog(text, published, event_type, date, country):
    found = [e for e in extract(text, published) if e["event_type"] == event_type]
    assert [(e["date"], e["date_basis"]) for e in found] == [(date, "reference")], found
    assert country in found[0]["countries"]


def test_sanctions_on_niger_told_before_the_coup_are_not_the_catalogued_ones():
    found = extract("ECOWAS imposed sanctions on Niger over its debts.", "2012-03-01")
    assert all(e["date"] != "2023-07-30" for e in found), found


@pytest.mark.parametrize(
    "entry_id",
    ["ecowas_sanctions_niger_2023", "niger_expels_french_ambassador_2023", "alliance_of_sahel_states_2023", "idriss_deby_killed_2021", "chad_military_council_2021"],
)
def test_a_sahel_entry_has_both_names_and_a_source(entry_id):
    entry = next(e for e in load_resources().catalog.entries() if e.id == entry_id)
    assert entry.name_ar and entry.name_en and entry.aliases_ar and entry.aliases_en
    assert entry.source.startswith("Wikipedia: ")
