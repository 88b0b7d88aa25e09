"""An English event noun after the preposition of setting "in", past another word a negation governs
("declined to take sides in the boycott", "failed to win a majority in the election", "rejected
by voters in twin referendums"), names the event that deed was done in, which took place; not
after a verb of entering into, holding or taking part in it ("refused to engage in talks", "did
not take part in the talks"). Arabic في after a verb of failing opens the deed failed itself
("أخفق البرلمان للمرة الثالثة في انتخاب رئيس"): no setting (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.resources import load_resources
from events.text.normalize import fold
from events.triggers import find_triggers


def _modalities(text: str) -> dict[str, str]:
    return {t.text: t.modality for t in find_triggers(text, fold(text), load_resources().triggers)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Kuwait declined to take sides in the boycott of Qatar by its neighbours.", "boycott"),
        ("The Sadrist bloc failed to win a majority in the election on Sunday.", "election"),
        ("The plan was rejected by Greek Cypriots in twin referendums in 2004.", "referendums"),
    ],
)
def test_the_event_a_negated_deed_was_done_in_took_place(text, word) -> None:
    assert _modalities(text)[word] == "asserted"


def test_the_setting_of_a_negated_deed_is_an_event() -> None:
    found = of_type(extract("Kuwait declined to take sides in the boycott of Qatar by its neighbours.", "2018-06-04"), "sanctions")
    assert [e["date"] for e in found] == ["2017-06-05"]


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        # entering into it or taking part in it: the negation reaches the event
        ("Hamas refused to engage in talks with Israel on Sunday.", "talks", "demanded"),
        ("Egypt did not take part in the talks in Geneva on Sunday.", "talks", "negated"),
        ("The government declined to comment on the attack.", "attack", "negated"),
        # Arabic, as before
        ("لم يحصل الحزب على أي مقعد في الانتخابات التي جرت يوم الأحد.", "الانتخابات", "asserted"),
        ("لم تنحز سلطنة عمان لأي طرف في المقاطعة المفروضة على قطر.", "المقاطعة", "asserted"),
        ("أخفق البرلمان أمس للمرة الثالثة في انتخاب رئيس للجمهورية.", "انتخاب", "negated"),
    ],
)
def test_entering_or_taking_part_stays_governed(text, word, modality) -> None:
    assert _modalities(text)[word] == modality
