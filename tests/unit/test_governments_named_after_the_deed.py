"""A country named as a government that acts or speaks in a clause after the event word's ("...
following the execution by Saudi Arabia of a cleric", "بعد أن أعدمت السعودية رجل دين") is a side
of that clause, not where the event took place: any other place of the sentence comes first. With
no other place the roles of a party of another country tell where, and the government is never
the fallback country (with no such party it stays); after "in" or في, or with ب on it, it is a place, and a name that qualifies a noun
("as Venezuela's leader") is no government that acts."""

from __future__ import annotations

import pytest
from test_extraction_support import country_named, extract, of_type

from events.assemble.party_places import acts_in_a_later_clause
from events.assemble.places import _government_after
from events.model import ActorMention


@pytest.mark.parametrize(
    ("text", "name", "clause_end", "government", "after"),
    [
        # a government of a clause after the event word's
        ("اقتحم محتجون السفارة في العاصمة الإيرانية بعد أن أعدمت السعودية رجل دين.", "السعودية", "بعد", True, True),
        ("Protesters stormed the embassy following the execution by Saudi Arabia of a cleric.", "Saudi Arabia", "following", True, True),
        # not a place after a preposition of place, nor one with ب on it
        ("قتل جنديان في هجوم الاثنين بعد أن دخلت القوات إلى سوريا.", "سوريا", "بعد", True, False),
        ("Two soldiers were killed on Monday after fighting in Syria.", "Syria", "after", True, False),
        ("قتل جنديان في هجوم الاثنين بعد أن انتشرت القوات بسوريا.", "بسوريا", "بعد", True, False),
        # not a name inside the event word's clause, nor one no government stands for
        ("أعدمت السعودية رجل دين بعد محاكمة طويلة.", "السعودية", "بعد", True, False),
        ("Protesters stormed the embassy following the execution by Saudi Arabia of a cleric.", "Saudi Arabia", "following", False, False),
    ],
)
def test_a_country_acting_in_a_later_clause(text, name, clause_end, government, after):
    place = country_named(text, name)
    governments = {(place.start, place.end)} if government else set()
    assert _government_after(text, place, (0, text.index(clause_end)), governments) is after


def test_a_protest_is_placed_where_it_was_held_not_by_the_state_of_a_later_clause():
    text = (
        "Riyadh cut ties with Tehran in 2016 after protesters stormed its embassy in the Iranian capital following "
        "the execution by Saudi Arabia of a prominent Shi'ite cleric, Nimr al-Nimr."
    )
    (protest,) = of_type(extract(text, "2023-03-11"), "protest")
    assert protest["location"]["country"] == "IRN"


def test_a_state_of_a_later_clause_is_no_side_of_a_ratification():
    text = (
        "Turkey's parliament ratified Sweden's membership on Jan. 23 after Stockholm tightened its anti-terrorism "
        "laws and Ankara secured U.S. assurances over the sale of F-16 jets."
    )
    (ratification,) = of_type(extract(text, "2024-02-27"), "ratification")
    assert "USA" not in ratification["countries"]
    assert ratification["location"]["country"] == "TUR"


def test_the_only_place_of_the_sentence_stays():
    # (no other place: the event keeps its one country rather than losing it)
    text = "The neighbours last severed ties in 1976, after Algeria recognised the Polisario's self-declared republic."
    found = of_type(extract(text, "2021-08-24"), "sanctions")
    assert found and "DZA" in found[0]["countries"]


@pytest.mark.parametrize(
    ("text", "name", "clause_end", "later"),
    [
        # a government that acts in a clause after the event word's
        ("فاز مادورو في الانتخابات الشهر الماضي، بعد أن قاطعتها المعارضة، واعترفت بها روسيا.", "روسيا", "بعد", True),
        ("Maduro's re-election was a sham and has been recognised by the United States.", "United States", "and", True),
        # not a name inside the event word's clause
        ("اعترفت روسيا بفوز مادورو في الانتخابات بعد أيام.", "روسيا", "بعد", False),
        ("Russia recognised Maduro's re-election after the vote.", "Russia", "after", False),
        # not a place after "in" or في, nor a name that qualifies a noun
        ("فاز مادورو في الانتخابات بعد أن جرت في فنزويلا.", "فنزويلا", "بعد", False),
        ("Maduro's re-election was a sham, as Venezuela's opposition said.", "Venezuela", ",", False),
    ],
)
def test_an_actor_named_as_a_government_of_a_later_clause(text, name, clause_end, later):
    place = country_named(text, name)
    actor = ActorMention(place.start, place.end, name, "XXX", "country", "XXX")
    assert acts_in_a_later_clause(text, actor, (0, text.index(clause_end)), [place]) is later


@pytest.mark.parametrize(
    ("text", "published", "where"),
    [
        # the government of a later clause is no place and no fallback: the event's own party is
        (
            "Guaido argued that Maduro's re-election last year was a sham, and has been recognised as "
            "Venezuela's legitimate leader by the United States.",
            "2019-02-01",
            "VEN",
        ),
        ("أعيد انتخاب الرئيس لولاية ثانية في الانتخابات الفنزويلية التي جرت الشهر الماضي، واعترفت بها روسيا.", "2018-06-01", "VEN"),
        # a country stated as the place stays
        ("Maduro won the presidential election in Venezuela last month, which was recognised by Russia.", "2018-06-01", "VEN"),
    ],
)
def test_an_election_is_not_placed_in_the_state_that_recognised_it(text, published, where):
    (election,) = of_type(extract(text, published), "election")
    assert (election["location"] or {}).get("country") == where
