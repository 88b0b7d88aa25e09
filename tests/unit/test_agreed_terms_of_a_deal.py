"""Terms of a deal: an agreement told by a verb of agreeing with no time of its own, after a
deal (an agreement, a truce, a restoration of ties) the article dates close to its publication
between the same sides, is one of that deal's terms, not a second deal of the publication's day;
sides other than the deal's, or a deal told months before, leave it an agreement of its own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _agreements(found: list[dict]) -> list[tuple[str, str]]:
    return sorted((e["date"], e["trigger"]) for e in found if e["event_type"] == "agreement")


@pytest.mark.parametrize(
    ("text", "published", "agreements"),
    [
        # what the sides also agreed to is a term of the restoration of ties told before
        (
            "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies "
            "within two months. The two sides also agreed to revive a 2001 security cooperation agreement, the "
            "statement said.",
            "2023-03-11",
            [("2001", "agreement")],  # the pact of 2001 the sides revive is a deed of its year
        ),
        # the truce the sides agreed to is the one the lead tells came into effect
        (
            "A nationwide truce between Yemen's warring parties came into effect on Saturday. UN envoy Hans "
            "Grundberg said the Saudi-led coalition and the Houthi movement had agreed to halt all offensive "
            "military operations for two months.",
            "2022-04-02",
            [],
        ),
        # dated by the lead's day, the Arabic verb of agreeing tells a term of the same deal
        (
            "اتفقت السعودية وإيران الجمعة على استئناف العلاقات الدبلوماسية بينهما. "
            "واتفق الجانبان على وقف الحملات الإعلامية.",
            "2023-03-11",
            [],
        ),
        # other sides: an agreement of its own
        (
            "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations. "
            "Egypt and Sudan agreed to set up a joint border force, officials said.",
            "2023-03-11",
            [("2023-03-11", "agreed")],
        ),
        # a deal told months before: no term of it
        (
            "Saudi Arabia and Iran agreed in January to restore diplomatic relations. "
            "The two sides also agreed to revive a 2001 security cooperation agreement, the statement said.",
            "2023-03-11",
            [("2001", "agreement"), ("2023-03-11", "agreed")],
        ),
        # no deal told before
        (
            "واتفق الجانبان على وقف الحملات الإعلامية بين السعودية وإيران.",
            "2023-03-11",
            [("2023-03-11", "واتفق")],
        ),
    ],
)
def test_an_agreement_with_no_time_after_a_deal_is_one_of_its_terms(text, published, agreements):
    found = extract(text, published)
    assert _agreements(found) == agreements, [(e["event_type"], e["date"], e["trigger"]) for e in found]
