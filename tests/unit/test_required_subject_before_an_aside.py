"""The word a trigger requires may stand before an English relative clause set off by commas
between the subject and its verb: 'The Houthis, who follow the Zaydi branch of Shi'ite Islam,
seized Sanaa in September' is the Houthis' attack, as 'سيطر الحوثيون، الذين ينتمون إلى المذهب
الزيدي، على صنعاء في سبتمبر' is, where the clause follows the subject after the verb; what the
trigger excludes still bars it, and a subject that is none of the required words stays none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _kinds(found: list[dict]) -> list[tuple[str, str]]:
    return sorted((e["event_type"], e["date"]) for e in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Houthis, who follow the Zaydi branch of Shi'ite Islam, seized Sanaa in September.", [("attack", "2014-09")]),
        (
            "The Houthis, who follow the Zaydi branch of Shi'ite Islam, seized Sanaa in September and placed Hadi "
            "under house arrest in January.",
            [("arrest", "2015-01"), ("attack", "2014-09")],
        ),
        ("سيطر الحوثيون، الذين ينتمون إلى المذهب الزيدي، على صنعاء في سبتمبر.", [("attack", "2014-09")]),
        # what the trigger excludes still bars it
        ("Police, who arrived at dawn, seized weapons in Sanaa in September.", []),
        # the subject before the clause is no doer the trigger requires
        ("The delegates, who follow the talks closely, seized the moment in September.", []),
    ],
)
def test_a_required_subject_before_a_relative_aside(text: str, expected: list) -> None:
    assert _kinds(extract(text, "2015-03-26")) == expected
