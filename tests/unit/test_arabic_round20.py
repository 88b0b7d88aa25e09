"""An event told as recent whose keywords fit an older catalogued event of its type is the one
entry of its type and countries in the weeks before the publication: a name the press repeats
for every term (a president re-elected) fits the first election as well, but the word of
recency points to the latest."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date", "basis"),
    [
        # the name fits both elections; the word of recency picks the one of the weeks before
        ("وأجرت إيران مؤخرا انتخابات رئاسية فاز بها روحاني.", "2017-05-25", "2017-05-19", "reference"),
        ("ونظمت إيران مؤخرا انتخابات فاز فيها حسن روحاني.", "2017-06-10", "2017-05-19", "reference"),
        ("Iran held a presidential election recently that Rouhani won.", "2017-05-30", "2017-05-19", "reference"),
        # no word of recency: the keywords keep the entry they fit
        ("وأجرت إيران انتخابات رئاسية فاز بها روحاني.", "2017-05-25", "2013-06-14", "reference"),
        # told as recent, but months after the latest vote: no entry of the weeks before
        ("وأجرت إيران مؤخرا انتخابات رئاسية فاز بها روحاني.", "2017-11-25", "2013-06-14", "reference"),
    ],
)
def test_a_recent_election_over_an_older_namesake(text, published, date, basis):
    (election,) = of_type(extract(text, published), "election")
    assert (election["date"], election["date_basis"]) == (date, basis)

