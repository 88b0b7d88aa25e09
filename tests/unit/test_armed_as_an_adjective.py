"""`armed` as the adjective of its noun (the armed Houthi militia, between armed groups, heavily
armed fighters, armed conflict between rival groups) tells no arms supplied, as the Arabic
participle مسلح is no verb سلّح; the verb still does (Iran armed Houthi rebels, سلحت إيران
الحوثيين). Support given with military, missile or qualitative capabilities is arms supplied in
English as بقدرات نوعية is in Arabic."""

from __future__ import annotations

import pytest
from test_extraction_support import asserted_words, extract, of_type

DAY = "2018-08-30"


@pytest.mark.parametrize(
    "text",
    [
        "Libya has been mired in chaos and armed conflict between rival groups since the 2011 uprising.",
        "The ambassadors urged the armed groups to enter into peaceful dialogue.",
        "Clashes broke out between heavily armed fighters in the southern suburbs of Tripoli.",
        "Residents said the town was stormed by dozens of armed militia fighters.",
        "وحث السفراء الجماعات المسلحة على الدخول في حوار سلمي.",
        "وغرقت ليبيا في الفوضى والصراع المسلح بين جماعات متنافسة.",
    ],
)
def test_armed_as_an_adjective_supplies_no_arms(text):
    assert asserted_words(text, "aid") == []


@pytest.mark.parametrize(
    "text",
    [
        "Iran armed Houthi rebels in Yemen last year.",
        "Washington armed Kurdish fighters in northern Syria.",
        "وسلحت إيران الحوثيين في اليمن.",
    ],
)
def test_the_verb_of_arming_still_supplies_arms(text):
    assert asserted_words(text, "aid") != []


@pytest.mark.parametrize(
    "text, word",
    [
        (
            "The launch proves the continued involvement of the Iranian regime in supporting the armed Houthi militia with qualitative capabilities.",
            "supporting",
        ),
        ("Iran has been supporting the rebels with missile capabilities, the coalition said.", "supporting"),
        ("ويثبت ذلك استمرار تورط النظام الإيراني في دعم الميليشيا الحوثية المسلحة بقدرات نوعية.", "دعم"),
    ],
)
def test_support_with_capabilities_is_arms_supplied(text, word):
    found = of_type(extract(text, DAY), "aid")
    assert [e["trigger"] for e in found] == [word]
