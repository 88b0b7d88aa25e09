"""A year in a phrase of "since" opens a span lasting until now: a day and month written
without a year later in the sentence is not set in it, but in the publication's time; a year
written plainly before still sets the sentence's time ("In February 2015 ... in January")."""

from __future__ import annotations

import pytest

from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "published", "yearless", "value"),
    [
        ("وتصاعد القتال منذ هجوم السابع من أكتوبر 2023، وقتل الأمين العام بغارة في 27 سبتمبر.", "2024-11-27", "27 سبتمبر", "2024-09-27"),
        ("ويقبع في السجن منذ عام 2016 واعتقل شقيقه في 3 مارس.", "2018-06-10", "3 مارس", "2018-03-03"),
        ("Fighting has raged since the attack of October 2023, and the leader was killed on 27 September.", "2024-11-27", "27 September", "2024-09-27"),
        # a year that sets the sentence's time still lends it
        ("وفي فبراير 2015 عرض التنظيم 21 رجلا خطفهم في يناير.", "2016-05-01", "يناير", "2015-01"),
        ("In February 2015 the group showed 21 men it had kidnapped in January.", "2016-05-01", "January", "2015-01"),
    ],
)
def test_a_year_since_sets_no_time_for_a_later_day(text: str, published: str, yearless: str, value: str) -> None:
    found = {m.text: m.value for m in find_dates(text, published)}
    assert found.get(yearless) == value, found


@pytest.mark.parametrize(
    ("text", "published", "yearless", "value"),
    [
        # a time reckoned from the publication, between the year and the month: the year told no longer holds
        (
            "Mr Haftar launched an offensive in April 2019, which collapsed this June after Turkey sent troops from January.",
            "2020-10-24",
            "January",
            "2020-01",
        ),
        ("The group was founded in 2012, grew last year and staged attacks in March.", "2020-10-24", "March", "2020-03"),
        # with nothing between, the year still lends itself
        ("The offensive began in April 2019 and Turkey sent troops in January.", "2020-10-24", "January", "2019-01"),
        # Arabic: a month, season or period with a word of last, this or next
        (
            "واستعادت القوات العراقية الرمادي في ديسمبر 2015، ثم الفلوجة في يونيو الماضي، قبل أن تنتزع قاعدة القيارة في يوليو.",
            "2016-10-17",
            "يوليو",
            "2016-07",
        ),
        ("وتأسست الحركة عام 2012 وتوسعت العام الماضي ثم شنت هجمات في مارس.", "2020-10-24", "مارس", "2020-03"),
        ("أطلق حفتر هجومه في أبريل 2019 وانهار في الصيف الجاري بعدما أرسلت تركيا قوات في يناير.", "2020-10-24", "يناير", "2020-01"),
        # «السابق» counts from a time told, not from now: the year still lends itself
        ("وفي مارس 2015 وقعت الاتفاقية بعد الاجتماع السابق وانسحبت القوات في يناير.", "2016-10-17", "يناير", "2015-01"),
        # «العام» after a definite noun is "general", no year told from now
        ("وفي يناير 2015 أعلن المدير العام الحالي للوكالة تقريره ثم زار طهران في مايو.", "2017-10-01", "مايو", "2015-05"),
        (
            "وفي سبتمبر 2015 عين السيسي النائب العام الحالي نبيل صادق، بعد أن اغتيل سلفه هشام بركات في يونيو.",
            "2017-10-01",
            "يونيو",
            "2015-06",
        ),
        # Arabic is read as before
        ("وفي فبراير 2015 عرض التنظيم 21 رجلا خطفهم في يناير.", "2016-05-01", "يناير", "2015-01"),
    ],
)
def test_a_time_reckoned_from_now_ends_the_years_hold(text: str, published: str, yearless: str, value: str) -> None:
    found = {m.text: m.value for m in find_dates(text, published)}
    assert found.get(yearless) == value, found
