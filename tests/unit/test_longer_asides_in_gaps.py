"""An aside between two commas of up to six words (a place told with its building and city, a
name's apposition) stands between a verb and its object uncounted in the pattern's gap, as a
shorter one does: «وقعت حركتا فتح وحماس، أمس الخميس، في مقر جهاز المخابرات العامة المصرية
بالقاهرة، اتفاق مصالحة» is a signing, "charged 26 generals, including former air force commander
Akin Ozturk, with treason" a charge. An aside of seven words or more still counts."""

from __future__ import annotations

import pytest
from test_extraction_support import asserted_words


@pytest.mark.parametrize(
    ("text", "event_type", "word"),
    [
        (
            "وقعت حركتا فتح وحماس، أمس الخميس، في مقر جهاز المخابرات العامة المصرية بالقاهرة، اتفاق مصالحة.",
            "agreement",
            "وقعت",
        ),
        (
            "ووقع البلدان، يوم الأحد، في قاعة المؤتمرات بقصر الضيافة في عمان، مذكرة تفاهم.",
            "agreement",
            "ووقع",
        ),
        (
            "On Monday, prosecutors charged 26 generals and admirals, including former air force commander Akin Ozturk, with treason.",
            "arrest",
            "charged",
        ),
    ],
)
def test_an_aside_of_up_to_six_words_stands_uncounted(text, event_type, word):
    assert word in asserted_words(text, event_type)


@pytest.mark.parametrize(
    ("text", "event_type", "word"),
    [
        (
            "وقعت حركتا فتح وحماس، أمس الخميس، في مقر جهاز المخابرات العامة المصرية في حي مدينة نصر بالقاهرة، اتفاق مصالحة.",
            "agreement",
            "وقعت",
        ),
    ],
)
def test_an_aside_of_seven_words_still_counts(text, event_type, word):
    assert word not in asserted_words(text, event_type)
