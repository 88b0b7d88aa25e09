"""A sentence that opens on the article's deed as the subject of a verb of coming («وجاءت الزيارة
بعد أشهر من الاتصالات، إذ زار المستشار أنقرة في 18 أغسطس», "The visit came after months of
contacts, as the adviser visited Ankara on Aug. 18"): the verb of its type after it tells another
deed of its own time, and the topic noun names no deed of that time."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

LEAD_AR = "وصل ولي عهد أبوظبي الشيخ محمد بن زايد اليوم إلى العاصمة التركية أنقرة في زيارة رسمية، واستقبله الرئيس رجب طيب أردوغان.\n"
LEAD_EN = "Abu Dhabi's crown prince Sheikh Mohammed bin Zayed arrived in the Turkish capital Ankara on Wednesday for an official visit.\n"


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        (LEAD_AR, "وجاءت الزيارة بعد أشهر من الاتصالات المكثفة، إذ زار مستشار الأمن الوطني الإماراتي الشيخ طحنون بن زايد أنقرة في 18 أغسطس الماضي."),
        (LEAD_EN, "The visit came after months of contacts, as UAE national security adviser Tahnoun bin Zayed visited Ankara on Aug. 18."),
    ],
)
def test_the_later_verb_is_a_deed_of_its_own(lead, text):
    visits = of_type(extract(lead + text, "2021-11-24"), "visit")
    assert sorted(e["date"] for e in visits) == ["2021-08-18", "2021-11-24"]


def test_a_topic_with_no_verb_after_it_stays_the_articles_deed():
    text = LEAD_AR + "وجاءت الزيارة بعد أشهر من الاتصالات المكثفة بين البلدين."
    assert [e["date"] for e in of_type(extract(text, "2021-11-24"), "visit")] == ["2021-11-24"]
