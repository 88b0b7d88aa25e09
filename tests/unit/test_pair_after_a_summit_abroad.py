"""A sentence naming its parties only as "the two countries", told after a summit abroad that
one side attended in a land none of whose people took part, does not take that side and the
summit's venue: its deed is the state the article speaks of."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "NIAMEY (AFP) - France said on Thursday it would withdraw its troops from Niger, citing obstacles "
        "raised by the junta in Niamey. French President Emmanuel Macron attended a summit between the "
        "European Union and the African Union in Madrid on Wednesday. Ties between the two countries have "
        "worsened since soldiers arrested President Mohamed Bazoum in July 2023.",
        "نيامي (أ ف ب) - أعلنت فرنسا الخميس سحب قواتها من النيجر بسبب العراقيل التي وضعها المجلس العسكري "
        "في نيامي. وشارك الرئيس الفرنسي إيمانويل ماكرون الأربعاء في القمة بين الاتحاد الأوروبي والاتحاد "
        "الإفريقي في مدريد. وتدهورت العلاقات بين البلدين منذ أن اعتقل العسكريون الرئيس محمد بازوم في يوليو 2023.",
    ],
)
def test_a_deed_after_a_summit_abroad_is_the_article_country(text):
    found = of_type(extract(text, "2024-03-04"), "arrest")
    assert found, found
    assert all(ev["countries"] == ["NER"] for ev in found), found
    assert all(ev["date"] == "2023-07" for ev in found), found
