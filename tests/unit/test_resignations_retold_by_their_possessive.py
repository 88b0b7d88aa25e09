"""A resignation told by its noun with the possessive of its person right after a word of time
("said after his resignation that", «قال بعد استقالته إنه», «منذ استقالته») is a deed done before,
the time of another: with no date of its own, nor a catalog entry, it is no news of the
publication's day (data/assembly.json `resignation_words.possessed`, events/assemble/oaths.py)."""

import pytest

from tests.unit.test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Former Jordanian finance minister Omar Malhas said after his resignation that he would return to politics soon.", []),
        ("Jordanian finance minister Omar Malhas gave his first interview since his resignation, criticising the government.", []),
        ("وقال وزير المالية الأردني السابق عمر ملحس بعد استقالته إنه سيعود قريبا إلى العمل السياسي.", []),
        ("أدلى وزير المالية الأردني السابق عمر ملحس بأول حديث صحفي منذ استقالته، منتقدا الحكومة.", []),
        ("وغادر وزير المالية الأردني عمر ملحس البلاد عقب إقالته من منصبه.", []),
        # the resignation told as done, by its verb or with a date of its own: the day's news
        ("Jordanian finance minister Omar Malhas announced his resignation on Tuesday.", ["2018-07-03"]),
        ("أعلن وزير المالية الأردني عمر ملحس استقالته من منصبه.", ["2018-07-04"]),
        ("قال وزير المالية الأردني عمر ملحس بعد استقالته يوم الثلاثاء إنه سيعود قريبا.", ["2018-07-03"]),
    ],
)
def test_a_resignation_retold_by_its_possessive_is_no_news_of_the_day(text, dates):
    found = of_type(extract(text, "2018-07-04"), "appointment")
    assert sorted(e["date"] for e in found) == dates, found


def test_the_catalog_still_dates_a_known_resignation_retold():
    text = "عاد رئيس الوزراء اللبناني سعد الحريري إلى بيروت الثلاثاء للمرة الأولى منذ استقالته التي أعلنها من الرياض."
    found = of_type(extract(text, "2017-11-22"), "appointment")
    assert [(e["date"], e["date_basis"]) for e in found] == [("2017-11-04", "reference")], found
