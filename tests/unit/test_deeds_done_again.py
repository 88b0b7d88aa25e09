"""A first time denied or a deed told as done a second time ("وليست هذه المرة الأولى لاستهداف
السفارة", "this was not the first attack on the embassy", "للمرة الثانية") tells a deed done
again, a real one: the negation of the first time does not reach the deed (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import asserted_words


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("وليست هذه المرة الأولى لاستهداف السفارة الأمريكية في بغداد.", "attack"),
        ("وهذه ليست المرة الأولى يستهدف فيها الحوثيون مطار أبها.", "attack"),
        ("ولم تكن هذه المرة الأولى لقصف المطار.", "attack"),
        ("وقصفت الطائرات الإسرائيلية أمس مواقع في سوريا للمرة الثانية خلال أسبوع.", "attack"),
        ("This was not the first attack on the US embassy in Baghdad.", "attack"),
        ("It wasn't the first time that Houthi rebels had fired missiles at Saudi Arabia.", "attack"),
        ("Israeli jets struck targets near Damascus on Monday for the second time in a week.", "attack"),
    ],
)
def test_a_deed_done_again_is_asserted(text: str, event_type: str) -> None:
    assert asserted_words(text, event_type), text


# a negation of the deed itself, or a future, still govern it
@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("وقال إن تركيا لن ترسل قوات إلى سوريا للمرة الثانية.", "deployment"),
        ("ليست هناك خطة لإرسال قوات إلى سوريا.", "deployment"),
        ("The minister said Turkey would not send troops to Syria for the second time.", "deployment"),
        ("This was not an attack on the embassy, the ministry said.", "attack"),
        # a second or a third time holds no negation to cancel: the failure still governs the deed
        ("أخفق البرلمان العراقي أمس للمرة الثالثة في انتخاب رئيس للجمهورية.", "election"),
        ("Iraq's parliament failed for the third time on Monday to elect a president.", "election"),
    ],
)
def test_a_deed_negated_of_its_own_stays_negated(text: str, event_type: str) -> None:
    assert asserted_words(text, event_type) == [], text
