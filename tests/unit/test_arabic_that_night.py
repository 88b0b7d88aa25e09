"""Arabic time words: الليلة is tonight only as an adverb. After a demonstrative (تلك الليلة) or
before a word of sameness (الليلة ذاتها، الليلة نفسها) or an ordinal (الليلة الأولى) it is a noun
pointing to a night told before, not the night of the publication, as with اليوم (ذلك اليوم).
English "that night" was never read as tonight."""

from __future__ import annotations

import pytest

from events.temporal import find_dates

PUB = "2021-01-06"


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("اتفقتا على فتح الأجواء والحدود اعتباراً من تلك الليلة، وهو ما تم بالفعل.", "ar", []),
        ("وقع الهجوم في الليلة ذاتها.", "ar", []),
        ("وعاد الهدوء إلى المدينة في الليلة نفسها.", "ar", []),
        ("وشهدت الليلة الأولى من الهدنة خروقات.", "ar", []),
        # the adverb is still tonight, and last night the night before
        ("تبدأ المحادثات الليلة في جنيف.", "ar", ["2021-01-06"]),
        ("وقع الانفجار الليلة الماضية.", "ar", ["2021-01-05"]),
        ("The borders reopened that night.", "en", []),
        ("The talks open tonight in Geneva.", "en", ["2021-01-06"]),
    ],
)
def test_that_night_is_no_tonight(text, language, values):
    assert [d.value for d in find_dates(text, PUB, language)] == values
