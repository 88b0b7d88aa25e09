"""A catalogued name by a person, written with the person's titles after a preposition or a
conjunction on the first title («أطاحت بالرئيس الأسبق حسني مبارك», as the alias «أطاحت بحسني
مبارك» writes it; "toppled late President Hosni Mubarak"), names the entry: the letter stays on
the name once the titles are left out. A title run with no catalogued deed word, or a surname
the catalog does not know, names nothing."""

from __future__ import annotations

import pytest

from events.reference import load_catalog, match_references, without_titles
from events.text.normalize import fold

PUBLISHED = "2018-06-02"


@pytest.mark.parametrize(
    ("sentence", "event_type", "countries", "ref_id"),
    [
        ("الاحتجاجات التي أطاحت بالرئيس حسني مبارك.", "appointment", ("EGY",), "mubarak_resigns_2011"),
        ("الاحتجاجات التي أطاحت بالرئيس الأسبق حسني مبارك.", "appointment", ("EGY",), "mubarak_resigns_2011"),
        ("الاحتجاجات التي أطاحت بالرئيس المصري الأسبق حسني مبارك.", "appointment", ("EGY",), "mubarak_resigns_2011"),
        ("الاحتجاجات التي أطاحت بالرئيس المخلوع حسني مبارك.", "appointment", ("EGY",), "mubarak_resigns_2011"),
        ("the protests that toppled late President Hosni Mubarak", "appointment", ("EGY",), "mubarak_resigns_2011"),
        ("the protests that toppled former Egyptian President Hosni Mubarak", "appointment", ("EGY",), "mubarak_resigns_2011"),
    ],
)
def test_a_title_run_after_a_preposition_still_names_the_entry(sentence, event_type, countries, ref_id):
    found = match_references(load_catalog(), event_type, countries, sentence, PUBLISHED, None)
    assert [e.id for e in found][:1] == [ref_id], found


@pytest.mark.parametrize(
    ("sentence", "event_type", "countries"),
    [
        # the person named with no word of the deed
        ("وقال الرئيس الأسبق حسني مبارك إن البلاد بخير.", "appointment", ("EGY",)),
        ("Former President Hosni Mubarak said the country was calm.", "appointment", ("EGY",)),
        # a title run before a name the catalog holds no deed of
        ("الاحتجاجات التي أطاحت بالرئيس الأسبق عمر الحسن.", "appointment", ("EGY",)),
    ],
)
def test_no_entry_without_its_deed_or_its_person(sentence, event_type, countries):
    assert match_references(load_catalog(), event_type, countries, sentence, PUBLISHED, None) == []


@pytest.mark.parametrize(
    ("sentence", "compact"),
    [
        ("أطاحت بالرئيس الأسبق حسني مبارك", "اطاحت بمبارك"),
        ("واجتمع بالرئيس المصري حسني مبارك", "واجتمع بمبارك"),
        ("والرئيس المصري حسني مبارك", "ومبارك"),
    ],
)
def test_the_preposition_stays_on_the_name(sentence, compact):
    found = without_titles(load_catalog(), fold(sentence))
    assert found is not None and found.text == fold(compact).text, found
