"""English `no` governs the head of the noun phrase it opens, however many modifiers stand
between ("no new US-led coalition air strikes"), but not a noun past a word that ends the
phrase ("no one was hurt in the air strikes", "no fewer than 20 air strikes") (real resources).
Arabic negates by a particle before a verb, which the cue reach covers already."""

from __future__ import annotations

import pytest

from events.resources import load_resources
from events.text.normalize import fold
from events.triggers import find_triggers


def _modalities(text: str) -> dict[str, str]:
    return {t.text: t.modality for t in find_triggers(text, fold(text), load_resources().triggers)}


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        # the phrase's head, past three or four modifiers: no deed
        ("Officials said there were no new US-led coalition air strikes in Syria on Monday.", "air strikes", "negated"),
        ("There were no further large anti-government protests in Tehran on Friday.", "protests", "negated"),
        ("The monitors reported no fresh cross-border Israeli air strikes on Sunday.", "air strikes", "negated"),
        # a word that ends the phrase: the deed after it took place
        ("No one was hurt in the air strikes on the city on Monday, officials said.", "air strikes", "asserted"),
        ("No fewer than 20 Russian air strikes hit Idlib on Monday.", "air strikes", "asserted"),
        ("There was no letup in the US-led coalition air strikes on Monday.", "air strikes", "asserted"),
        ("No Turkish soldiers were killed in the attack on the base on Monday.", "attack", "asserted"),
        # Arabic: the negated verb, as before
        ("لم تشن الطائرات الروسية أي غارات جديدة على إدلب يوم الاثنين.", "تشن", "negated"),
        ("لم يصب أحد في الغارات الجوية على المدينة يوم الاثنين.", "الغارات الجوية", "asserted"),
    ],
)
def test_no_governs_the_head_of_its_phrase(text, word, modality) -> None:
    assert _modalities(text)[word] == modality
