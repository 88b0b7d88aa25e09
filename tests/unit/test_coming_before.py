"""An occasion that a deed of the present comes before (يأتي القرار قبل أيام من القمة, the
move comes days before the summit) is still to come: no event of that occasion; in the
past (جاء ... قبل أيام من) the occasion keeps its own reading (data/assembly.json
`coming_before`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2019-03-12"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ويأتي إعلان الحكومة الأردنية قبل أيام من قمة عربية تستضيفها تونس.", "meeting"),
        ("وتأتي هذه الخطوة قبل ساعات من زيارة يقوم بها وزير الخارجية الفرنسي إلى بغداد.", "visit"),
        ("ويأتي ذلك قبل أسبوعين من الانتخابات التشريعية في الجزائر.", "election"),
        ("The announcement comes days before an Arab summit hosted by Tunisia.", "meeting"),
        ("The decision comes hours before a visit by the French foreign minister to Baghdad.", "visit"),
        ("The step comes two weeks before parliamentary elections in Algeria.", "election"),
    ],
)
def test_an_occasion_a_present_deed_comes_before_is_still_to_come(text: str, kind: str) -> None:
    found = extract(text, PUBLISHED)
    assert of_type(found, kind) == [], found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وجاء إعلان الحكومة الأردنية بعد أيام من قمة عربية استضافتها تونس.", "meeting"),
        ("The talks in Tunis come days after Arab leaders held a summit in Riyadh.", "meeting"),
    ],
)
def test_an_occasion_a_deed_comes_after_took_place(text: str, kind: str) -> None:
    found = extract(text, PUBLISHED)
    assert of_type(found, kind) != [], found


@pytest.mark.parametrize(
    ("text", "published", "kind", "when"),
    [
        # held before the news, on a day the text does not give: the month of the day before it
        (
            "ويأتي ذلك بعد لقاء بين وزير الدفاع الإسرائيلي ونظيره الروسي في موسكو.",
            PUBLISHED,
            "visit",
            ("2019-03", "month", "relative"),
        ),
        (
            "The step comes after a meeting between the Israeli defence minister and his Russian counterpart in Moscow.",
            PUBLISHED,
            "visit",
            ("2019-03", "month", "relative"),
        ),
        (
            "وتأتي الخطوة بعد ساعات من اجتماع وزراء الخارجية العرب في القاهرة.",
            PUBLISHED,
            "meeting",
            ("2019-03", "month", "relative"),
        ),
        (
            "The decision comes hours after a meeting of Arab foreign ministers in Cairo.",
            PUBLISHED,
            "meeting",
            ("2019-03", "month", "relative"),
        ),
        (
            "وجاء إعلان الحكومة الأردنية بعد أيام من قمة عربية استضافتها تونس.",
            PUBLISHED,
            "meeting",
            ("2019-03", "month", "relative"),
        ),
        # told on the first of a month: the month before
        (
            "ويأتي ذلك بعد لقاء بين وزير الدفاع الإسرائيلي ونظيره الروسي في موسكو.",
            "2019-03-01",
            "visit",
            ("2019-02", "month", "relative"),
        ),
        (
            "The step comes after a meeting between the Israeli defence minister and his Russian counterpart in Moscow.",
            "2019-03-01",
            "visit",
            ("2019-02", "month", "relative"),
        ),
        # a day of its own dates it
        (
            "ويأتي ذلك بعد لقاء بين وزير الدفاع الإسرائيلي ونظيره الروسي في موسكو يوم الاثنين.",
            PUBLISHED,
            "visit",
            ("2019-03-11", "day", "relative"),
        ),
        (
            "The step comes after a meeting between the Israeli defence minister and his Russian counterpart in Moscow on Monday.",
            PUBLISHED,
            "visit",
            ("2019-03-11", "day", "relative"),
        ),
        # no verb of coming: the day's news
        (
            "والتقى وزير الدفاع الإسرائيلي نظيره الروسي في موسكو.",
            PUBLISHED,
            "visit",
            ("2019-03-12", "day", "publication"),
        ),
        (
            "The Israeli defence minister met his Russian counterpart in Moscow.",
            PUBLISHED,
            "visit",
            ("2019-03-12", "day", "publication"),
        ),
        # a verb in the past after the word of after: a step of the same proceedings
        (
            "The verdict comes after he was arrested by police in Cairo.",
            PUBLISHED,
            "arrest",
            ("2019-03-12", "day", "publication"),
        ),
    ],
)
def test_an_occasion_a_deed_comes_after_was_held_before_the_news(
    text: str, published: str, kind: str, when: tuple[str, str, str]
) -> None:
    found = of_type(extract(text, published), kind)
    assert [(e["date"], e["date_precision"], e["date_basis"]) for e in found] == [when], found
