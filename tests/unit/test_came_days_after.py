"""A sentence that opens on an event told before and says it came so many days after a
circumstance ("وجاءت الغارة بعد يوم من زيارة العبادي إلى أنقرة", "The strike came a day
after a visit ...") dates the circumstance that many days before the told event's day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "استهدفت المقاتلات التركية موكبا، الأربعاء، في قضاء سنجار. وجاءت الغارة بعد يوم من زيارة رئيس الوزراء "
        "العراقي، حيدر العبادي، إلى أنقرة، حيث التقى الرئيس التركي، رجب طيب أردوغان.",
        "The Turkish jets struck a convoy in Sinjar on Wednesday. The strike came a day after a visit by Iraqi "
        "Prime Minister Haider al-Abadi to Ankara, where he met President Erdogan.",
        "The Turkish jets struck a convoy in Sinjar on Wednesday. The move came a day after a visit by Iraqi "
        "Prime Minister Haider al-Abadi to Ankara.",
    ],
)
def test_the_circumstance_is_dated_before_the_told_event(text):
    found = of_type(extract(text, "2018-08-17"), "visit")
    assert found and (found[0]["date"], found[0]["date_basis"]) == ("2018-08-14", "relative"), found


def test_after_the_day_s_news_the_circumstance_is_the_day_before_the_publication():
    # the strike is the day's news (the publication's day): the visit came the day before it
    text = "The Turkish jets struck a convoy in Sinjar. The strike came a day after a visit by Iraqi Prime Minister Haider al-Abadi to Ankara."
    found = of_type(extract(text, "2018-08-17"), "visit")
    assert found and (found[0]["date"], found[0]["date_basis"]) == ("2018-08-16", "relative"), found
