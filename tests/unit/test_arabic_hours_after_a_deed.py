"""Arabic: an event told "hours after" or "hours before" a deed told earlier in the
article takes that deed's day, also when the deed is the subject of "came hours after"."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        # "the announcement came hours after the approval": the approval on the announcement's day
        (
            "أعلن وزير الخارجية الأمريكي مساء أمس الأحد التوصل إلى اتفاق بين الطرفين.\n"
            "وجاء الإعلان بعد ساعات من موافقة مجلس الوزراء الأردني على الاتفاق.",
            "2022-05-09",
            "ratification",
            "2022-05-08",
        ),
        (
            "وكانت الحكومة المصرية قد أعلنت يوم الجمعة الماضي استئناف الرحلات إلى الدوحة.\n"
            "ويأتي الإعلان بعد ساعات من مصادقة مجلس النواب المصري على الاتفاقية.",
            "2022-05-10",
            "ratification",
            "2022-05-06",
        ),
        # "hours after the announcement, jets struck": the day the announcement was told
        (
            "أعلنت الحكومة الإسرائيلية يوم الخميس الماضي تعليق المحادثات مع الجانب اللبناني.\n"
            "وبعد ساعات من الإعلان، شنت طائرات إسرائيلية غارات على جنوب لبنان.",
            "2022-05-09",
            "attack",
            "2022-05-05",
        ),
        (
            "قرر مجلس الأمن الوطني التركي يوم الثلاثاء الماضي إغلاق المعابر الحدودية.\n"
            "وقبل ساعات من القرار، قصفت المدفعية التركية مواقع في شمال سوريا.",
            "2022-05-09",
            "attack",
            "2022-05-03",
        ),
        # the phrase after the event word is its own time, as it is in English
        (
            "هاجم مسلحون موكب الرئيس في عنابة الجزائرية يوم الاثنين. واعتقلت الشرطة الجزائرية المهاجم بعد ساعات من الهجوم.",
            "1992-06-30",
            "arrest",
            "1992-06-29",
        ),
        (
            "اغتيل الرئيس الجزائري صبيحة أمس الاثنين بمدينة عنابة. وقد اعتقلت الشرطة الجزائرية المهاجم بعد وقت قصير من الاعتداء.",
            "1992-06-30",
            "arrest",
            "1992-06-29",
        ),
        (
            "Gunmen attacked the presidential convoy in Annaba, Algeria on Monday. "
            "Algerian police arrested the gunman shortly after the attack.",
            "1992-06-30",
            "arrest",
            "1992-06-29",
        ),
        # a deed of its own, indefinite, keeps the event's own time
        (
            "هاجم مسلحون موكب الرئيس في عنابة الجزائرية يوم الاثنين. واعتقلت الشرطة الجزائرية أمس القيادي علي بلحاج بعد ساعات من هجوم على مركز للشرطة في البليدة.",
            "1992-07-02",
            "arrest",
            "1992-07-01",
        ),
        # hours before a deed still to come: the event keeps its own time
        (
            "اعتقلت الشرطة التركية الزعيم الكردي صلاح الدين دميرطاش قبل ساعات من الاستفتاء المقرر يوم الأحد.",
            "2017-04-12",
            "arrest",
            "2017-04-12",
        ),
    ],
)
def test_event_on_the_day_of_the_deed_told_before(text, published, kind, date):
    events = of_type(extract(text, published), kind)
    assert [e["date"] for e in events] == [date]


@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        # no deed of that noun told before: the event keeps its own dating
        ("وبعد ساعات من الإعلان، شنت طائرات إسرائيلية أمس غارات على جنوب لبنان.", "2022-05-10", "attack", "2022-05-09"),
    ],
)
def test_no_deed_told_before(text, published, kind, date):
    events = of_type(extract(text, published), kind)
    assert [e["date"] for e in events] == [date]


@pytest.mark.parametrize(
    ("text", "published", "countries"),
    [
        # the clause before "، فيما" tells another event: its names are no party to the protest
        (
            "شنت طائرات أمريكية أمس غارات على مواقع في محافظة الحديدة.\n"
            "وقال متحدث باسم الجماعة إن استهداف السفن المتجهة إلى موانئ إسرائيل سيتواصل، "
            "فيما خرج آلاف المتظاهرين في مسيرات بصنعاء أمس تنديدا بالغارات.",
            "2024-02-03",
            ["YEM"],
        ),
        (
            "أعلنت وزارة الخزانة الأمريكية أمس فرض عقوبات على شركات نفط إيرانية، "
            "بينما تظاهر مئات العراقيين أمس أمام مبنى البرلمان في بغداد.",
            "2024-02-03",
            ["IRQ"],
        ),
    ],
)
def test_protest_after_a_while_clause_keeps_its_own_country(text, published, countries):
    events = of_type(extract(text, published), "protest")
    assert [sorted(e["countries"]) for e in events] == [countries]

