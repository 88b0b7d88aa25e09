"""An event word that names the results of its event (نتائج الانتخابات, election results) under a
negating or denying cue: the results are rejected, not recognised or denied, and the event they
are of took place. (After the `ل` of purpose, تظاهروا رفضا لنتائج الانتخابات, the
rejection is what a protest is for, and the word is left as it was.)"""

from __future__ import annotations

import pytest

from events.resources import load_resources
from events.text.normalize import fold
from events.triggers import find_triggers


def _modalities(text: str) -> dict[str, str]:
    return {t.text: t.modality for t in find_triggers(text, fold(text), load_resources().triggers)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("رفضت أحزاب المعارضة نتائج الانتخابات البرلمانية التي أجريت يوم الأحد في موريتانيا.", "نتائج الانتخابات"),
        ("حمل المتظاهرون لافتات ترفض نتائج الاقتراع الذي جرى الأسبوع الماضي.", "نتائج الاقتراع"),
        ("The main opposition party rejected the parliamentary election results in Mauritania on Monday.", "election results"),
        ("The opposition in Gabon did not accept the presidential election results.", "election results"),
    ],
)
def test_rejected_results_tell_an_event_that_took_place(text, word) -> None:
    assert _modalities(text)[word] == "asserted"

