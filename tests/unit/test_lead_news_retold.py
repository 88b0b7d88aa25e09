"""An attack or protest told with no date of its own in an article's lead, and told below it on
the news day, the day before the publication, is one event on that day; one told after the
dated one, or a dated one told after a turn to other news ("وفي سياق متصل", "Separately"),
stays apart (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "dates"),
    [
        # the lead's undated news, its day told below: one event, on that day
        (
            "Russia has carried out its first air strikes in Syria, hours after parliament approved the use"
            " of force. The defence ministry in Moscow said its aircraft had hit about 20 targets on Wednesday.",
            "2015-10-01",
            "attack",
            ["2015-09-30"],
        ),
        (
            "ارتفع سعر النفط بعد إطلاق الحوثيين في اليمن صاروخا بالستيا باتجاه السعودية.\n"
            "وكانت الرياض قد أعلنت الأربعاء أنها اعترضت ثلاثة صواريخ بالستية أطلقها الحوثيون في أجواء المملكة.",
            "2018-04-12",
            "attack",
            ["2018-04-11"],
        ),
        # the dated telling after a turn to other news: two events
        (
            "Russia has carried out its first air strikes in Syria, hours after parliament approved the use"
            " of force. Separately, the defence ministry in Moscow said its aircraft had hit about 20 targets"
            " on Wednesday.",
            "2015-10-01",
            "attack",
            ["2015-09-30", "2015-10-01"],
        ),
        (
            "لقي قيادي حوثي مصرعه في غارة جوية لمقاتلات التحالف العربي في مديرية الدريهمي بمحافظة الحديدة.\n"
            "وفي سياق متصل قتل 16 عنصرا من ميليشيات الحوثي في مواجهات مع المقاومة اليمنية في جبهة الدريهمي"
            " أمس الثلاثاء.",
            "2018-08-08",
            "attack",
            ["2018-08-07", "2018-08-08"],
        ),
        # the undated telling after the dated one: another of the days the fighting goes on
        (
            "قتل 16 عنصرا من ميليشيات الحوثي في مواجهات مع المقاومة اليمنية في جبهة الدريهمي أمس الثلاثاء.\n"
            "ولقي قيادي حوثي مصرعه في غارة جوية لمقاتلات التحالف العربي في مديرية الدريهمي بمحافظة الحديدة.",
            "2018-08-08",
            "attack",
            ["2018-08-07", "2018-08-08"],
        ),
    ],
)
def test_lead_news_told_again_with_its_day(text: str, published: str, event_type: str, dates: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, published), event_type)) == dates
