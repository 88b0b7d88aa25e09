"""A catalogued name written as an indefinite common noun ("a travel ban", "a nationality law")
tells a deed of that kind, not the catalogued one; the definite or qualified name ("the travel
ban", "Trump's travel ban", "حظر السفر الذي فرضه ترامب") still names the catalogued deed."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

from events.indefinite_names import common_noun_name, indefinite_mention


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Washington imposed a travel ban on Venezuelan officials.", "travel ban", True),
        ("Washington imposed another new travel ban on them.", "travel ban", True),
        ("A travel ban was imposed on them.", "travel ban", True),
        ("The Knesset passed a nationality law.", "nationality law", True),
        # near-misses: definite, possessive, a capital qualifier, a name with capitals
        ("The court upheld the travel ban.", "travel ban", False),
        ("The court upheld Trump's travel ban.", "travel ban", False),
        ("The court upheld a Trump travel ban.", "travel ban", False),
        ("The court struck down a Muslim ban.", "Muslim ban", False),
        ("Qatar travel ban rules were eased.", "travel ban", False),
        ("وفرضت واشنطن حظر السفر على مواطني سبع دول.", "حظر السفر", False),
    ],
)
def test_an_indefinite_common_noun_name(text, name, expected):
    start = text.index(name)
    assert indefinite_mention(text, start, start + len(name)) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("travel ban", True), ("nationality law", True), ("Muslim ban", False), ("Executive Order 13769", False), ("حظر السفر", False)],
)
def test_a_common_noun_name(name, expected):
    assert common_noun_name(name) is expected


@pytest.mark.parametrize(
    ("text", "published", "ref_id"),
    [
        ("The United States imposed a travel ban on Venezuelan officials on Friday.", "2019-05-10", "travel_ban_2017"),
        ("Washington imposed a travel ban on Iranian officials last year.", "2019-05-10", "travel_ban_2017"),
        ("Israel passed a nationality law on Thursday.", "2019-05-10", "nation_state_law_2018"),
        ("Arab lawmakers condemned a nationality law passed by the Knesset.", "2019-08-20", "nation_state_law_2018"),
        # Arabic writes the indefinite noun apart from the alias: no catalogued name either
        ("فرضت الولايات المتحدة حظر سفر على مسؤولين فنزويليين يوم الجمعة.", "2019-05-10", "travel_ban_2017"),
        ("وأقر الكنيست الإسرائيلي قانونا للجنسية.", "2019-05-10", "nation_state_law_2018"),
    ],
)
def test_an_indefinite_mention_names_no_catalogued_event(text, published, ref_id):
    found = [e for e in extract(text, published) if e["reference_id"] == ref_id]
    assert not found, found


@pytest.mark.parametrize(
    ("text", "published", "ref_id", "date"),
    [
        ("Thousands of families were separated by Trump's travel ban.", "2019-05-10", "travel_ban_2017", "2017-01-27"),
        (
            "Thousands of families have been separated since the travel ban on seven Muslim-majority countries.",
            "2019-05-10",
            "travel_ban_2017",
            "2017-01-27",
        ),
        ("Arab citizens of Israel protested against the nationality law.", "2018-08-20", "nation_state_law_2018", "2018-07-19"),
        (
            "وأيدت المحكمة العليا حظر السفر الذي فرضه ترامب على مواطني إيران وليبيا وسوريا.",
            "2018-06-27",
            "travel_ban_2017",
            "2017-01-27",
        ),
        ("وأقر الكنيست الإسرائيلي قانون القومية يوم الخميس.", "2018-07-20", "nation_state_law_2018", "2018-07-19"),
    ],
)
def test_a_definite_or_qualified_name_still_names_the_catalogued_event(text, published, ref_id, date):
    found = [e for e in extract(text, published) if e["reference_id"] == ref_id]
    assert found, extract(text, published)
    assert found[0]["date"] == date, found
