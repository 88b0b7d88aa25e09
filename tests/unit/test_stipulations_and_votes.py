"""Plans told by a copula before "to" or by a stipulation after a comma; a choice by voters;
closures amid a vote; the people who lead a protest.

"is to serve as interim head of state while an election is organised" and "، على أن يتولى ...
تُنظم خلالها انتخابات" tell an election still to come. Voters who cast their ballots to choose
deputies (أدلى الناخبون بأصواتهم لاختيار 329 نائبا) hold an election, no appointment. Airports
closed as a measure of the vote's security, in a clause of their own, target no one though
another clause names a party (الانتصار على تنظيم داعش). "Protest leaders" are people, no protest.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        (
            "Algeria's President Abdelaziz Bouteflika resigned on Tuesday. Under the Algerian constitution, the "
            "speaker of the upper house, Abdelkader Bensalah, is to serve as interim head of state for up to 90 days "
            "while a presidential election is organised.",
            "2019-04-03",
            "election",
        ),
        (
            "استقال الرئيس الجزائري عبد العزيز بوتفليقة أمس. وأعلن المجلس الدستوري الجزائري اليوم شغور المنصب، على أن "
            "يتولى رئيس مجلس الأمة رئاسة الدولة بالنيابة لمدة أقصاها تسعون يوماً تُنظم خلالها انتخابات رئاسية في الجزائر.",
            "2019-04-03",
            "election",
        ),
        ("وأدلى ملايين العراقيين بأصواتهم لاختيار 329 نائباً في أول انتخابات منذ سنوات.", "2018-05-13", "appointment"),
        (
            "وأدلى ملايين العراقيين بأصواتهم في أول انتخابات تشهدها البلاد منذ إعلان الانتصار على تنظيم \"داعش\"، "
            "وسط إجراءات أمنية مشددة شملت إغلاق المطارات والمنافذ الحدودية.",
            "2018-05-13",
            "sanctions",
        ),
        (
            "Algeria's President Abdelaziz Bouteflika resigned on Tuesday. "
            "Protest leaders in Algiers have said they will keep marching on Friday.",
            "2019-04-03",
            "protest",
        ),
    ],
)
def test_no_event_of_the_type(text, published, kind):
    assert of_type(extract(text, published), kind) == []


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        ("أجريت الانتخابات الرئاسية في الجزائر أمس في أجواء هادئة.", "2019-12-13", "election"),
        ("Algerians voted in a presidential election on Thursday, and the results are to be announced on Friday.", "2019-12-13", "election"),
        ("واختار البرلمان العراقي محمد الحلبوسي رئيسا للمجلس أمس.", "2018-09-16", "appointment"),
        ("Thousands of Algerians protested in Algiers on Friday.", "2019-04-06", "protest"),
    ],
)
def test_the_event_stays(text, published, kind):
    assert of_type(extract(text, published), kind) != []
