"""The lexicon's payloads read back from the resource cache equal what was stored, field for field."""

import pickle

import pytest

from events import actors, places, reference
from events.triggers import CueForm, Guard, TriggerForm

ROWS = [
    TriggerForm("meeting", "036", 0.8, 40, 115, 0, 1, "noun", "", "ar"),
    TriggerForm("appointment", None, 0.85, 606, 1767, 1, 2, "none", "base", "en", agent=True, article=True),
    CueForm("planned", 4, "before", "none", not_next=("of",)),
    CueForm("negated", 2, "both", "verb", exact="لم", except_types=frozenset({"attack"}), not_words=frozenset({"لما"})),
    Guard(requires=("قصف", "غارة"), window=6),
    Guard(excludes=("earthquake", "storm"), exclude_window=12, clause_excludes=True),
]


NAMED_ROWS = [
    places.GazetteerEntry("الدوحة", "QA", 25.29, 51.53, "city", 2_382_000),
    places.GazetteerEntry("Aleppo", "SY", 36.2, 37.15, "city"),
    places._Name(12, 0, 1, None),
    places._Name(40, 3, 0, "Doha"),
    places._Key((places._Name(3, 0, 0, "Idlib"),), True, False, None, None),
    actors._Alias("TUR_GOV", False, None, True),
    actors._Alias("USA_GOV", True, ("C", "C"), False, surname=True),
    reference._Key(7, "ar", True),
    reference._Key(8, "en", False),
]


@pytest.mark.parametrize("payload", ROWS + NAMED_ROWS)
def test_read_back_equal(payload: object) -> None:
    copy = pickle.loads(pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL))
    assert type(copy) is type(payload)
    assert copy == payload and hash(copy) == hash(payload)
    names = payload._fields if isinstance(payload, tuple) else type(payload).__slots__
    for name in names:
        assert type(getattr(copy, name)) is type(getattr(payload, name))
