"""Places taken one after another, each told with a time of its own after the first capture
of the sentence ("captured Aleppo within days, took Hama on Thursday and entered Homs on
Saturday night", «وسيطرت على مدينة حلب خلال أيام، ثم على حماة في الخامس من ديسمبر، قبل أن تدخل
حمص مساء السبت»): a capture of each place on its day, one event each. Not places listed with
one time (one deed told with a list of objects), nor a place told after a verb of another
deed, nor a later place with no time of its own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "taken"),
    [
        (
            "Iraqi forces captured Tikrit in March, took Baiji on Tuesday and entered Fallujah on Friday.",
            "2016-06-20",
            [("2016-06-14", "Baiji"), ("2016-06-17", "Fallujah")],
        ),
        (
            "The militants seized Mukalla in April, then stormed the town of Zinjibar on Sunday.",
            "2015-06-10",
            [("2015-06-07", "Zinjibar")],
        ),
        (
            "وسيطرت القوات العراقية على مدينة تكريت في مارس، ثم على بيجي في أكتوبر، قبل أن تدخل الفلوجة في يونيو.",
            "2016-07-20",
            [("2015-10", "Baiji"), ("2016-06", "Fallujah")],
        ),
        # the verb left out after "and", a compass word before the place noun, an aside before the time
        (
            "They captured the western city of Herat on Thursday and the southern city of Kandahar, "
            "their former stronghold, on Friday.",
            "2021-08-16",
            [("2021-08-12", "Herat"), ("2021-08-13", "Kandahar")],
        ),
        ("The Taliban captured Herat on Thursday and Kandahar on Friday.", "2021-08-16", [("2021-08-13", "Kandahar")]),
        (
            "وسيطرت حركة طالبان على مدينة هرات يوم الخميس، ثم على قندهار، معقلها السابق، يوم الجمعة.",
            "2021-08-16",
            [("2021-08-12", "Herat"), ("2021-08-13", "Kandahar")],
        ),
        # a transitive verb of taking left out before its object, after a link word
        (
            "واستعادت القوات العراقية مدينة الرمادي في ديسمبر 2015، ثم الفلوجة في يونيو الماضي.",
            "2016-10-17",
            [("2015-12", "Ramadi"), ("2016-06", "Fallujah")],
        ),
        (
            "وانتزعت قوات سوريا الديمقراطية مدينة منبج في أغسطس 2016، ثم مدينة الطبقة في مايو 2017.",
            "2017-10-20",
            [("2016-08", "Manbij"), ("2017-05", "Tabqa")],
        ),
    ],
)
def test_each_place_taken_on_its_own_time_is_a_capture(text: str, published: str, taken: list[tuple[str, str]]) -> None:
    found = of_type(extract(text, published), "attack")
    told = {(e["date"], (e["location"] or {}).get("name")) for e in found}
    assert set(taken) <= told, found


@pytest.mark.parametrize(
    ("text", "published", "place"),
    [
        # places listed with one time: one deed told with a list of objects
        ("Iraqi forces captured Tikrit and Baiji on Tuesday.", "2016-06-20", "Baiji"),
        ("وسيطرت القوات العراقية على مدينة تكريت وبيجي يوم الثلاثاء.", "2016-06-20", "Baiji"),
        # a later place with no time of its own
        ("Iraqi forces captured Tikrit on Tuesday and entered Baiji, meeting little resistance.", "2016-06-20", "Baiji"),
        ("وسيطرت القوات العراقية على مدينة تكريت يوم الثلاثاء، ثم على بيجي.", "2016-06-20", "Baiji"),
        # a place after a verb of another deed: no capture
        ("Iraqi forces captured Tikrit on Tuesday, and officials met in Baghdad on Thursday.", "2016-06-20", "Baghdad"),
        ("وسيطرت القوات العراقية على مدينة تكريت يوم الثلاثاء، ثم اجتمع المسؤولون في بغداد يوم الخميس.", "2016-06-20", "Baghdad"),
        # the verb left out after a bare comma, or after a word of no capture: no capture told
        ("The Taliban captured Herat on Thursday, Kandahar on Friday.", "2021-08-16", "Kandahar"),
        ("The Taliban attacked Herat on Thursday and Kandahar on Friday.", "2021-08-16", "Kandahar"),
        ("The Taliban captured Herat on Thursday and officials in Kabul on Friday said the city was calm.", "2021-08-16", "Kabul"),
        ("وهاجمت حركة طالبان مدينة هرات يوم الخميس، وقندهار يوم الجمعة.", "2021-08-16", "Kandahar"),
        ("واستعادت القوات العراقية مدينة الرمادي في ديسمبر 2015، الفلوجة في يونيو 2016.", "2016-10-17", "Fallujah"),
        ("وهاجمت القوات العراقية مدينة الرمادي في ديسمبر 2015، ثم الفلوجة في يونيو 2016.", "2016-10-17", "Fallujah"),
        # «نحو» ends in the letter of «و»: no link word
        ("واستعادت القوات العراقية مدينة الرمادي في ديسمبر 2015، وتقدمت نحو الفلوجة في يونيو 2016.", "2016-10-17", "Fallujah"),
    ],
)
def test_no_capture_of_each_place(text: str, published: str, place: str) -> None:
    found = of_type(extract(text, published), "attack")
    assert all((e["location"] or {}).get("name") != place for e in found), found
