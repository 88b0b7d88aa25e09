"""English verbs with a prefix that keeps the stress on the verb double their last
consonant as the verb does (readmitted, overrunning), and verbs stressed on their last
syllable (conferring) likewise; "render" or "reopen" do not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.triggers import _english_verb


@pytest.mark.parametrize(
    ("spec", "expected", "absent"),
    [
        ("readmit", {"readmitted", "readmitting", "readmits"}, {"readmited", "readmiting"}),
        ("overrun/overran/overrun", {"overrunning", "overran", "overrun"}, {"overruning"}),
        ("confer/conferred", {"conferring", "conferred"}, {"confering"}),
        ("outstrip", {"outstripped", "outstripping"}, {"outstriped"}),
        ("reopen", {"reopened", "reopening"}, {"reopenned"}),
        ("render", {"rendered", "rendering"}, {"renderred"}),
        ("revisit", {"revisited", "revisiting"}, {"revisitted"}),
    ],
)
def test_english_verb_forms_of_prefixed_verbs(spec, expected, absent):
    forms = {form for form, _tense in _english_verb(spec)}
    assert expected <= forms, forms
    assert not absent & forms, forms


@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        ("The Arab League readmitted Syria at a meeting in Cairo on Sunday.", "relations", {"SYR"}),
        # the Arabic press tells it by a return (a guard: no inflection is involved)
        ("وافق وزراء الخارجية العرب يوم الأحد على عودة سوريا إلى جامعة الدول العربية.", "relations", {"SYR"}),
    ],
)
def test_a_readmission_is_told_in_the_past(text, event_type, countries):
    found = of_type(extract(text, "2023-05-08"), event_type)
    assert found, extract(text, "2023-05-08")
    assert countries <= set(found[0].get("countries") or [])
