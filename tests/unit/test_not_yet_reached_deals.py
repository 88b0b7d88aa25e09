"""A deal or a truce told as not yet reached, signed or still negotiated was not made: a cue of
not-yet (بعد، حتى الآن، so far, as yet, still) inside the negated deed (لم يتم التوصل بعد إلى
اتفاق) or after the deal's word (الاتفاق لم يوقع بعد، قيد التفاوض، has yet to be signed, is still
under negotiation, has not been agreed so far). A deal reached or signed keeps its event."""

import pytest

from tests.unit.test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("قال المسؤول المصري إنه لم يتم التوصل بعد إلى اتفاق بين مصر والسودان.", "agreement"),
        ("قال المسؤول إن الاتفاق بين مصر والسودان لم يوقع بعد.", "agreement"),
        ("قال المسؤول إن الاتفاق بين مصر والسودان لا يزال قيد التفاوض.", "agreement"),
        ("The official said the deal between Egypt and Sudan has yet to be signed.", "agreement"),
        ("The official said a deal between Egypt and Sudan is still under negotiation.", "agreement"),
        ("A truce between Egypt and Sudan has not been agreed so far.", "ceasefire"),
    ],
)
def test_deal_not_yet_made(text, kind):
    assert not of_type(extract(text, "2020-01-05"), kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("توصلت مصر والسودان إلى اتفاق بعد مفاوضات استمرت أشهرا.", "agreement"),
        ("وقعت مصر والسودان اتفاقا لم يصادق عليه البرلمان بعد.", "agreement"),
        ("وقعت مصر والسودان أمس الاتفاق الذي كان قيد التفاوض منذ 2019.", "agreement"),
        ("Egypt and Sudan reached a deal on Monday after it had been under negotiation for two years.", "agreement"),
        ("Egypt and Sudan signed a deal on Monday, but it has yet to be ratified by parliament.", "agreement"),
        ("Egypt and Sudan signed a truce on Monday; details have not yet been agreed.", "ceasefire"),
    ],
)
def test_deal_made_keeps_its_event(text, kind):
    assert of_type(extract(text, "2020-01-05"), kind)
