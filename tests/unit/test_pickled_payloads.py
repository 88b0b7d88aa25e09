"""The lexicon's payloads read back from the resource cache equal what was stored, field for field."""

import pickle

import pytest

from events.triggers import CueForm, Guard, TriggerForm

ROWS = [
    TriggerForm("meeting", "036", 0.8, 40, 115, 0, 1, "noun", "", "ar"),
    TriggerForm("appointment", None, 0.85, 606, 1767, 1, 2, "none", "base", "en", agent=True, article=True),
    CueForm("planned", 4, "before", "none", not_next=("of",)),
    CueForm("negated", 2, "both", "verb", exact="لم", except_types=frozenset({"attack"}), not_words=frozenset({"لما"})),
    Guard(requires=("قصف", "غارة"), window=6),
    Guard(excludes=("earthquake", "storm"), exclude_window=12, clause_excludes=True),
]


@pytest.mark.parametrize("payload", ROWS)
def test_read_back_equal(payload: object) -> None:
    copy = pickle.loads(pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL))
    assert type(copy) is type(payload)
    assert copy == payload and hash(copy) == hash(payload)
    for name in type(payload).__slots__:
        assert type(getattr(copy, name)) is type(getattr(payload, name))
