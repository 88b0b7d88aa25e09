"""Whether an event word names a catalogued deed: it and a word of the entry's name or aliases
begin alike. Arabic words may carry a short prefix of tense before the shared letters ("تقطع",
"قطعت"); Latin words share their first letters, so a word met inside another ("shot" in "hotel")
tells nothing."""

from __future__ import annotations

import pytest

from events.reference import _told_deed, load_catalog


def _index(entry_id: str) -> int:
    catalog = load_catalog()
    return next(i for i, e in enumerate(catalog._entries) if e.id == entry_id)


@pytest.mark.parametrize(
    ("entry_id", "trigger", "told"),
    [
        # the deed's own word, in any tense or form
        ("qatar_boycott_2017", "قطعت", True),
        ("qatar_boycott_2017", "تقطع", True),
        ("qatar_boycott_2017", "cut", True),
        ("qatar_boycott_2017", "boycotting", True),
        ("mabhouh_killed_2010", "اغتيال", True),
        ("mabhouh_killed_2010", "killing", True),
        ("mabhouh_killed_2010", "assassinated", True),
        # letters met inside another word of the name are no word of the deed
        ("mabhouh_killed_2010", "shot", False),
        ("amman_bombings_2005", "shot", False),
        ("canal_hotel_bombing_2003", "shot dead", False),
    ],
)
def test_event_word_and_name_begin_alike(entry_id, trigger, told):
    assert _told_deed(load_catalog(), _index(entry_id), trigger) is told
