"""An English event noun joined by 'and' to a circumstance opened by 'despite', 'since' or
'before' ("despite court rulings against the transfer and rare street protests") is the
circumstance's second part, not the sentence's deed, which its verb tells."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # the verb's deed, the noun after "despite ... and" its circumstance
        (
            "CAIRO, June 15 (wire) - Egypt's parliament on Wednesday approved a deal to transfer two islands "
            "to Saudi Arabia, despite court rulings against the transfer and rare street protests.",
            "2017-06-15",
            "ratification",
            "2017-06-14",
        ),
        (
            "ROME, June 15 (wire) - Italy's parliament on Wednesday approved a migration deal with Libya "
            "despite court rulings against it and weeks of protests by rights groups.",
            "2017-06-15",
            "ratification",
            "2017-06-14",
        ),
        # the Arabic verb outweighs the noun of its circumstance already
        (
            "وافق البرلمان المصري يوم الأربعاء على اتفاقية نقل جزيرتين إلى السعودية رغم أحكام قضائية ضد النقل واحتجاجات نادرة في الشوارع.",
            "2017-06-15",
            "ratification",
            "2017-06-14",
        ),
    ],
)
def test_the_verb_tells_the_deed(text, published, event_type, date):
    found = extract(text, published)
    assert [e["date"] for e in found if e["event_type"] == event_type] == [date], found


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a clause joined under "before" is still the circumstance: no protest of the day told
        (
            "Protests began on February 14 in Bahrain. Three days later, police stormed the protest camp "
            "in Manama in a pre-dawn raid, before troops withdrew and demonstrators reoccupied the site.",
            "2011-03-15",
        ),
    ],
)
def test_a_joined_circumstance_is_no_deed_of_the_day(text, published):
    found = extract(text, published)
    assert [e["date"] for e in found if e["event_type"] == "protest"] == ["2011-02-14"], found
