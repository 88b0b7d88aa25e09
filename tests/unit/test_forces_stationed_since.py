"""Forces held in a country since a time (Turkey, whose troops have been stationed in Qatar since
2017; وتستضيف مقديشو منذ سبتمبر 2017 أكبر قاعدة عسكرية تركية) were deployed then: one deployment
at that onset, placed in the country that holds or hosts them, not in the sender's. A deployment
a state is studying or considering (تدرس إعادة نشر, is considering redeploying) is planned, and
what an agreement stipulates (ونص الاتفاق على رفع العقوبات, provides for lifting) is no deed yet."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date", "place"),
    [
        (
            "Qatar's foreign minister said on Tuesday there would be no change to Doha's relations with Turkey, "
            "whose troops have been stationed in Qatar since 2017.",
            "2021-01-06",
            "2017",
            "QAT",
        ),
        (
            "وتستضيف مقديشو منذ سبتمبر/أيلول 2017 أكبر قاعدة عسكرية تركية خارج تركيا، تتولى تدريب وحدات من الجيش الصومالي.",
            "2022-05-16",
            "2017-09",
            "SOM",
        ),
    ],
)
def test_forces_held_since_a_time_were_deployed_then_where_they_stand(text, published, date, place):
    (event,) = of_type(extract(text, published), "deployment")
    assert (event["date"], event["location"]["country"]) == (date, place)


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        ("US forces stationed in Syria came under attack on Monday.", "2021-01-06", "deployment"),
        ("وذكرت وسائل إعلام أمريكية أن واشنطن تدرس إعادة نشر مئات من جنودها في الصومال.", "2022-05-16", "deployment"),
        ("US media reported that Washington is considering redeploying hundreds of its troops to Somalia.", "2022-05-16", "deployment"),
        ("ونص الاتفاق على رفع هذه العقوبات بعد إعلان وقف دائم للعمليات.", "2019-10-18", "relations"),
        ("The agreement provides for lifting these sanctions once a permanent ceasefire is declared.", "2019-10-18", "relations"),
    ],
)
def test_forces_told_in_passing_studied_or_stipulated_are_no_deed(text, published, kind):
    assert of_type(extract(text, published), kind) == []
