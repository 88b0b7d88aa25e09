"""An English deed told with no day, and the next sentence opening on its anaphoric noun told
in the passive with a verb of making it known or done and a day ("The appointment was read out
on state radio late on Monday"): the deed was made that day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "Mali's junta has named a retired general, Ali Musa, as defence minister. "
            "The appointment was read out on state radio late on Monday.",
            "2022-03-10",
            "appointment",
            "2022-03-07",
        ),
        (
            "Guinea's military rulers have named a former banker as prime minister. "
            "The nomination was announced in a decree on Tuesday.",
            "2022-03-10",
            "appointment",
            "2022-03-08",
        ),
    ],
)
def test_the_deed_takes_the_day_its_passive_retelling_gives(text: str, published: str, event_type: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, published), event_type)] == [date]
