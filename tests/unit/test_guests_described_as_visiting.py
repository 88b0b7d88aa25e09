"""A guest received and described by a clause of his visit under way ("استقبل السيسي أمس وزير
الخارجية التركي الذي يزور القاهرة", "الذي يقوم بزيارة رسمية للمملكة", "who is on an official
visit to Cairo"): the reception tells the visit and its day, the clause only names the guest. A
visit told in the past in such a clause, with a time of its own, is another visit."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("استقبل الرئيس عبد الفتاح السيسي أمس وزير الخارجية التركي الذي يزور القاهرة.", "2022-04-07"),
        ("الرباط - استقبل الملك محمد السادس، مساء أمس الخميس بالقصر الملكي، رئيس الحكومة الإسبانية بيدرو سانشيز، الذي يقوم بزيارة رسمية للمملكة.", "2022-04-07"),
        ("استقبلت رئيسة الحكومة التونسية أمس وزير الخارجية الإيطالي الذي يؤدي زيارة رسمية إلى تونس.", "2022-04-07"),
        ("Egyptian President Abdel Fattah al-Sisi on Thursday received Turkish Foreign Minister Hakan Fidan, who is on an official visit to Cairo.", "2022-04-07"),
    ],
)
def test_the_reception_dates_the_guest_s_visit(text: str, day: str) -> None:
    found = extract(text, "2022-04-08")
    assert [v["date"] for v in of_type(found, "visit")] == [day], found
    assert not of_type(found, "meeting")


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a visit of the past the clause tells, on its own time
        ("استقبل الرئيس عبد الفتاح السيسي أمس وزير الخارجية التركي الذي زار القاهرة عام 2013.", ["2013"]),
        # a visit told on its own, no reception: dated by the publication
        ("ويزور وزير الخارجية التركي القاهرة حاليا.", ["2022-04-08"]),
        ("Turkish Foreign Minister Hakan Fidan is visiting Cairo.", ["2022-04-08"]),
    ],
)
def test_other_visits_keep_their_own_day(text: str, dates: list[str]) -> None:
    assert [v["date"] for v in of_type(extract(text, "2022-04-08"), "visit")] == dates
