"""An event told as part of one told in the sentence before, by a word of during that
opens its sentence before a definite event word and a comma ("During the visit, the ministers
signed a memorandum", "وخلال الزيارة، وقع الوزيران مذكرة"): with no date of its own, it took
place on the day that event was told on, not on the publication day. So does one whose clause closes
with a word of right after and a definite noun of an event (عقب التوقيع، right after the signing)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

MONDAY = "2019-03-25"


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # a sentence opened by "during" and the visit told the sentence before
        (
            "The Egyptian prime minister visited Amman on Sunday for talks with Jordan's king. "
            "During the visit, the two countries' trade ministers signed a memorandum on customs.",
            "agreement",
            "2019-03-24",
        ),
        (
            "زار رئيس الوزراء المصري عمان أمس الأحد والتقى العاهل الأردني. "
            "وخلال الزيارة، وقع وزيرا التجارة في البلدين مذكرة تفاهم بشأن الجمارك.",
            "agreement",
            "2019-03-24",
        ),
        (
            "زار رئيس الوزراء المصري عمان أمس الأحد والتقى العاهل الأردني. "
            "وأثناء الزيارة، وقع وزيرا التجارة في البلدين مذكرة تفاهم بشأن الجمارك.",
            "agreement",
            "2019-03-24",
        ),
    ],
)
def test_an_event_told_within_a_dated_one_takes_its_day(text, event_type, date):
    found = of_type(extract(text, MONDAY), event_type)
    assert [(e["date"], e["date_basis"]) for e in found] == [(date, "relative")], found


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # no event of that word's type told before with a day: the publication day stays
        (
            "During the visit, Egypt and Jordan signed a memorandum on customs.",
            "agreement",
        ),
        (
            "وخلال الزيارة، وقعت مصر والأردن مذكرة تفاهم بشأن الجمارك.",
            "agreement",
        ),
    ],
)
def test_without_a_dated_event_before_the_publication_day_stays(text, event_type):
    found = of_type(extract(text, MONDAY), event_type)
    assert [e["date_basis"] for e in found] == ["publication"], found


@pytest.mark.parametrize(
    ("text", "event_type", "date", "basis"),
    [
        # a word of right after and a signing closing the clause of a call told after the signing
        (
            "وقعت مصر والأردن، أمس الأحد، اتفاقية للتجارة الحرة في القاهرة. "
            "وأجرى الرئيس المصري اتصالا هاتفيا مع العاهل الأردني عقب التوقيع، وتبادلا التهاني.",
            "meeting",
            "2019-03-24",
            "relative",
        ),
        (
            "Egypt and Jordan signed a free trade agreement in Cairo on Sunday. "
            "The Egyptian president held talks with the Jordanian king right after the signing, the presidency said.",
            "meeting",
            "2019-03-24",
            "relative",
        ),
        # no signing told before with a day: the publication day stays
        (
            "وأجرى الرئيس المصري اتصالا هاتفيا مع العاهل الأردني عقب التوقيع، وتبادلا التهاني.",
            "meeting",
            "2019-03-25",
            "publication",
        ),
    ],
)
def test_a_closing_right_after_phrase_dates_by_the_told_event(text, event_type, date, basis):
    found = of_type(extract(text, MONDAY), event_type)
    assert [(e["date"], e["date_basis"]) for e in found] == [(date, basis)], found
