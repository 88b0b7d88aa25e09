"""A keyword that only names the place of a catalogued deed (a palace, a hotel) names the entry
only beside a word of its deed, a year of it or another keyword; the event's own name names it alone."""

import pytest

from events.reference import load_catalog, match_references

# a place name beside an event word of another deed: other talks, other guests, other visitors
OTHER_DEEDS = [
    ("agreement", {"IRN", "FRA"}, "وقّع الوزيران مذكرة تفاهم للتعاون الثقافي في قصر سعد آباد بطهران.", "2019-05-04", "ar", "وقّع"),
    ("agreement", {"IRN", "FRA"}, "The two ministers signed a memorandum on culture at the Saadabad palace in Tehran.", "2019-05-04", "en", "signed"),
    ("attack", {"LBY"}, "أطلق مجهولون النار على حارس أمام فندق كورنثيا في طرابلس.", "2021-03-02", "ar", "أطلق"),
    ("attack", {"LBY"}, "Unknown men fired on a guard outside the Corinthia Hotel in Tripoli.", "2021-03-02", "en", "fired"),
]

# the event's own name, or the place beside a word of its deed: still the catalogued one
OWN_NAMES = [
    ("agreement", {"IRN", "FRA"}, "وقّعت إيران اتفاق سعد آباد مع الدول الأوروبية الثلاث.", "2019-05-04", "ar", "اتفاق", "saadabad_declaration_2003"),
    ("agreement", {"IRN", "FRA"}, "Iran signed the Saadabad agreement with three European states.", "2019-05-04", "en", "agreement", "saadabad_declaration_2003"),
    ("attack", {"LBY"}, "تذكر الصحفي الهجوم الذي استهدف فندق كورنثيا في طرابلس.", "2021-03-02", "ar", "الهجوم", "corinthia_hotel_attack_2015"),
    ("attack", {"LBY"}, "The reporter recalled how gunmen attacked the Corinthia Hotel in Tripoli.", "2021-03-02", "en", "attacked", "corinthia_hotel_attack_2015"),
    ("agreement", {"IRN", "FRA"}, "وقّعت إيران في سعد آباد عام 2003 وثيقة مع الأوروبيين.", "2019-05-04", "ar", "وقّعت", "saadabad_declaration_2003"),
    ("agreement", {"IRN", "FRA"}, "Iran signed a paper with the Europeans at Saadabad in 2003.", "2019-05-04", "en", "signed", "saadabad_declaration_2003"),
    ("agreement", {"LBN", "SAU"}, "أنهى اتفاق الطائف الحرب الأهلية اللبنانية.", "2019-05-04", "ar", "اتفاق", "taif_agreement_1989"),
    ("agreement", {"ISR", "PSE"}, "The Oslo Accords created the Palestinian Authority.", "2019-05-04", "en", "Accords", None),
]


@pytest.mark.parametrize(("event_type", "countries", "sentence", "published", "language", "trigger"), OTHER_DEEDS)
def test_a_place_name_beside_another_deed_names_no_entry(event_type, countries, sentence, published, language, trigger):
    catalog = load_catalog()
    assert match_references(catalog, event_type, countries, sentence, published, language, trigger=trigger) == []


@pytest.mark.parametrize(("event_type", "countries", "sentence", "published", "language", "trigger", "ref_id"), OWN_NAMES)
def test_an_own_name_or_the_deed_at_the_place_names_the_entry(event_type, countries, sentence, published, language, trigger, ref_id):
    catalog = load_catalog()
    found = match_references(catalog, event_type, countries, sentence, published, language, trigger=trigger)
    assert found, sentence
    if ref_id:
        assert found[0].id == ref_id
