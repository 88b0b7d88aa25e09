"""English verb forms of the trigger lexicon: the last consonant doubles where English
doubles it, so "stopping", "expelled" and "banning" are found."""

import pytest

from events.triggers import _english_verb
from tests.unit.test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("spec", "forms"),
    [
        ("stop", {"stopped", "stopping", "stops"}),
        ("ban", {"banned", "banning"}),
        ("expel", {"expelled", "expelling"}),
        ("patrol", {"patrolled", "patrolling"}),
        ("cut/cut", {"cut", "cutting"}),
        ("visit", {"visited", "visiting"}),
        ("open", {"opened", "opening"}),
        ("attack", {"attacked", "attacking"}),
        ("jail", {"jailed", "jailing"}),
        ("meet/met", {"met", "meeting"}),
    ],
)
def test_english_verb_forms(spec, forms):
    assert forms <= {form for form, _ in _english_verb(spec)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kuwait said on Monday it was expelling the Iranian ambassador.", "sanctions"),
        ("An Egyptian court on Sunday put the former president on trial in Cairo.", "arrest"),
    ],
)
def test_doubled_and_irregular_forms_name_events(text, kind):
    assert of_type(extract(text, "2021-07-20"), kind)
