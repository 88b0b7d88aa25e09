"""Places of deals and truces told again in the next sentence: a deal or a truce told first
with no place of its own, then at the start of the next sentence by its definite noun and a
passive verb of making it with a city after "in" (The agreement was signed in Geneva; ووُقّع
الاتفاق في الدوحة), was made in that city, not in the city the article is filed from nor in a
party's country. A place stated for the deal in its own sentence is kept."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _places(text: str, event_type: str) -> list[str | None]:
    return [(e["location"] or {}).get("country") for e in of_type(extract(text, "2025-06-10"), event_type)]


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        (
            "BAMAKO (Reuters) - Mali's government and northern rebels signed a ceasefire on Monday. "
            "The truce was signed in Ouagadougou after a week of talks.",
            "ceasefire",
            "BFA",
        ),
        (
            "KHARTOUM (Reuters) - Sudan and South Sudan signed an agreement on oil exports on Monday. "
            "The agreement was signed in Addis Ababa in the presence of mediators.",
            "agreement",
            "ETH",
        ),
        (
            "باماكو (رويترز) - وقعت حكومة مالي والمتمردون في الشمال اتفاقا لوقف إطلاق النار يوم الاثنين. "
            "ووُقّع الاتفاق في جنيف بعد أسبوع من المحادثات.",
            "ceasefire",
            "CHE",
        ),
        (
            "الخرطوم (رويترز) - وقع السودان وجنوب السودان اتفاقية لتصدير النفط يوم الاثنين. "
            "ووقعت الاتفاقية في أديس أبابا بحضور الوسطاء.",
            "agreement",
            "ETH",
        ),
    ],
)
def test_the_city_of_the_retelling_is_the_venue(text, event_type, place):
    assert _places(text, event_type)[:1] == [place]


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        # English: a participle after a comma
        (
            "JUBA (Reuters) - South Sudan's government and the rebels agreed on Monday to a permanent ceasefire. "
            "The truce, announced in Addis Ababa after two weeks of talks, takes effect at midnight.",
            "ceasefire",
            "ETH",
        ),
        (
            "JUBA (Reuters) - South Sudan's government and the rebels signed a peace agreement on Monday. "
            "The agreement, signed in Khartoum after two weeks of talks, takes effect at once.",
            "agreement",
            "SDN",
        ),
    ],
)
def test_a_participle_after_a_comma(text, event_type, place):
    assert _places(text, event_type)[:1] == [place]


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        # a place stated for the deed in its own sentence is kept
        (
            "Mali's government and northern rebels signed a ceasefire in Nairobi on Monday. "
            "The truce was signed in Ouagadougou after a week of talks.",
            "ceasefire",
            "KEN",
        ),
        (
            "وقعت حكومة مالي والمتمردون في الشمال اتفاقا لوقف إطلاق النار في نيروبي يوم الاثنين. "
            "ووُقّع الاتفاق في جنيف بعد أسبوع من المحادثات.",
            "ceasefire",
            "KEN",
        ),
    ],
)
def test_a_place_of_its_own_is_kept(text, event_type, place):
    assert _places(text, event_type)[:1] == [place]
