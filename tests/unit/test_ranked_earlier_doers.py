"""A deed ranked among others after "after"/"since" and a list of states («the third country to
agree ..., after Egypt in 1979 and Jordan in 1994», «the first Arab states to recognise Israel
since Egypt in 1979»):

- the ranked doer may be told with a word of degree between the copula and "the" ("became only
  the third"), or by "becoming"; its to-clause is a deed done, and only the first to-clause is
  (in "to agree to normalise ties" the ties are what was agreed, still to come);
- recognising Israel («تعترف بإسرائيل», "recognise Israel") is ties established;
- the deed's partner may be its object, the state right after its word, not only the state after
  "with" («مع»);
- each listed state gets its own event, and the ranked doer's own deed, with no time of its own,
  is the article's news told before, not a deed of the publication day.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.resources import load_resources
from events.text.normalize import fold
from events.triggers import find_triggers


def _modality(text: str, word: str) -> str | None:
    found = find_triggers(text, fold(text), load_resources().triggers)
    return next((t.modality for t in found if text[t.start : t.end] == word), None)


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        ("The UAE became only the third Arab country to agree to normalise ties with Israel.", "agree", "asserted"),
        ("The UAE became only the third Arab country to agree to normalise ties with Israel.", "normalise", "planned"),
        (
            "The two states signed the accords on Tuesday, becoming the first Arab states to recognise Israel since 1994.",
            "recognise",
            "asserted",
        ),
    ],
)
def test_ranked_doer_with_a_word_of_degree_or_becoming(text, word, modality):
    assert _modality(text, word) == modality


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("اعترفت دولة جديدة بإسرائيل أمس الثلاثاء.", "اعترفت"),
        ("Two more states recognised Israel on Tuesday.", "recognised"),
    ],
)
def test_recognising_israel_is_ties_established(text, word):
    found = find_triggers(text, fold(text), load_resources().triggers)
    assert any(t.event_type == "relations" and text[t.start : t.end] == word for t in found)


@pytest.mark.parametrize(
    ("text", "published", "event_type", "expected"),
    [
        (
            "The UAE became only the third Arab country to agree to normalise ties with Israel, after Egypt in 1979 and Jordan in 1994.",
            "2020-10-15",
            "agreement",
            {("1979", ("EGY", "ISR")), ("1994", ("ISR", "JOR"))},
        ),
        (
            "وأصبحت الإمارات أول دولة خليجية تعترف بإسرائيل منذ مصر عام 1979 والأردن عام 1994.",
            "2020-09-16",
            "relations",
            {("1979", ("EGY", "ISR")), ("1994", ("ISR", "JOR"))},
        ),
    ],
)
def test_each_listed_state_did_the_ranked_deed_before(text, published, event_type, expected):
    found = of_type(extract(text, published), event_type)
    assert {(e["date"], tuple(sorted(e["countries"]))) for e in found} == expected
