"""Dating: the date in a wire story's dateline ("TUNIS, April 18 (Reuters) - ") is the
day the story was filed; when the first sentence names a day of its own further on, past an
aside ("arrested X, the head of ..., at his home late on Monday"), the deed took place that day.
With no other date in the sentence, the dateline's day still dates it.

"That" before a month's name ("expelled the ambassadors that November") names the month of the
year told before, not of the publication's. "The same day" ("في اليوم نفسه") takes the day told
before it, but not one in a relative clause closing an earlier sentence (", where security forces
killed dozens on 30 September."): that date is background, and the sentence goes on with the news."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

TUESDAY = "2023-04-18"


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # a day past an aside holds over the dateline's date
        (
            "TUNIS, April 18 (Reuters) - Tunisian police arrested Ali Mansour, the leader of the "
            "opposition Future party and a long-standing critic of the president, at his home "
            "in Tunis late on Monday, the party said.",
            "arrest",
            "2023-04-17",
        ),
        (
            "AMMAN, April 18 (Reuters) - Jordanian security forces detained Khaled Nasser, a "
            "former deputy and one of the best-known figures of the Islamist opposition, at a "
            "checkpoint near Zarqa on Sunday night, his family said.",
            "arrest",
            "2023-04-16",
        ),
        (
            "القاهرة 18 أبريل (رويترز) - اعتقلت قوات الأمن المصرية الناشط خالد ناصر، العضو "
            "البارز في حركة شبابية معارضة وأحد أشد منتقدي الحكومة، في منزله بالجيزة مساء الأحد، "
            "وفق محاميه.",
            "arrest",
            "2023-04-16",
        ),
        # what must stay: with no other date, the dateline's day dates the deed
        (
            "TUNIS, April 18 (Reuters) - Tunisian police arrested Ali Mansour, the leader of the "
            "opposition Future party and a long-standing critic of the president, at his home "
            "in Tunis, the party said.",
            "arrest",
            "2023-04-18",
        ),
        (
            "AMMAN, April 18 (Reuters) - Jordanian security forces detained Khaled Nasser at a checkpoint "
            "near Zarqa on Sunday, his family said.",
            "arrest",
            "2023-04-16",
        ),
    ],
)
def test_a_day_of_the_sentence_holds_over_the_datelines_date(text, event_type, date):
    found = of_type(extract(text, TUESDAY), event_type)
    assert [e["date"] for e in found] == [date]


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (
            "Iraqi forces retook Mosul from the Islamic State group in 2017. "
            "Protesters rallied in Baghdad that October against corruption.",
            "protest",
            "2017-10",
        ),
        (
            "Iraqi forces retook Mosul from the Islamic State group in 2017. "
            "That October, protesters rallied in Baghdad against corruption.",
            "protest",
            "2017-10",
        ),
        # what must stay: a month after "in" is of the publication's year
        (
            "Iraqi forces retook Mosul from the Islamic State group in 2017. "
            "Protesters rallied in Baghdad in October against corruption.",
            "protest",
            "2023-10",
        ),
    ],
)
def test_that_month_is_of_the_year_told_before(text, event_type, date):
    found = of_type(extract(text, "2024-02-14"), event_type)
    assert [e["date"] for e in found] == [date]


WEDNESDAY = "2022-10-26"


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "The United States on Wednesday imposed sanctions on Iranian officials over the crackdown. "
            "The Treasury said it had targeted officials in the south-east, where security forces killed "
            "dozens of people on 30 September. The move was coordinated with Britain, which announced "
            "its own sanctions the same day.",
            ["2022-10-26", "2022-10-26"],
        ),
        (
            "فرضت الولايات المتحدة، الأربعاء، عقوبات على مسؤولين إيرانيين بسبب القمع. وقالت الخزانة "
            "إنها استهدفت مسؤولين في محافظة سيستان، حيث قتلت قوات الأمن عشرات الأشخاص في 30 سبتمبر. "
            "وأعلنت بريطانيا في اليوم نفسه فرض عقوبات مماثلة.",
            ["2022-10-26", "2022-10-26"],
        ),
        # what must stay: the day of the sentence before, told as its own news
        (
            "Security forces killed dozens of protesters in Zahedan on 30 September. "
            "Britain announced sanctions on police officials the same day.",
            ["2022-09-30"],
        ),
        (
            "قتلت قوات الأمن عشرات المحتجين في زاهدان في 30 سبتمبر. "
            "وأعلنت بريطانيا في اليوم نفسه فرض عقوبات على مسؤولين في الشرطة.",
            ["2022-09-30"],
        ),
    ],
)
def test_the_same_day_passes_over_a_closing_aside(text, dates):
    found = of_type(extract(text, WEDNESDAY), "sanctions")
    assert [e["date"] for e in found] == dates


# what must stay: constructions of a day that the dating already reads right
@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        ("Police in Cairo arrested twelve activists on Monday night, a rights group said.", TUESDAY, "arrest", "2023-04-17"),
        ("اعتقلت الشرطة التونسية القيادي المعارض علي منصور في منزله بتونس مساء الاثنين، وفق محاميه.", TUESDAY, "arrest", "2023-04-17"),
        ("داهمت قوات الأمن المصرية مقر الحزب فجر اليوم واعتقلت عشرة من أعضائه.", TUESDAY, "arrest", "2023-04-18"),
        ("فاز عبد المجيد تبون في انتخابات 12 ديسمبر بنسبة 58 بالمئة.", "2019-12-20", "election", "2019-12-12"),
        # a time measured from an earlier event: the deed is its own day, or the publication's
        (
            "Rebels shelled Tripoli airport on Thursday after more than two weeks of the offensive the army launched on May 3.",
            "2019-05-24",
            "attack",
            "2019-05-23",
        ),
        ("Rebels shelled Tripoli airport after more than two weeks of the army's offensive.", "2019-05-24", "attack", "2019-05-24"),
        ("قصف المتمردون مطار طرابلس بعد أكثر من أسبوعين من الهجوم الذي شنه الجيش في 3 مايو.", "2019-05-24", "attack", "2019-05-24"),
    ],
)
def test_days_of_the_deed_stay(text, published, event_type, date):
    found = of_type(extract(text, published), event_type)
    assert [e["date"] for e in found] == [date]
