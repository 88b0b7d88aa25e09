"""An arrest whose only detainees are an unnamed count of people is no event (SCHEMA.md's
arrest is of a named person), even when the sentence names a person in another clause
before the arrest's word: a name before the mark that opens the arrest's clause is not
whom it befell. A name that the arrest's clause goes on with (an auxiliary or a relative
word right after the mark) still makes the arrest an event."""

from __future__ import annotations

import pytest

from tests.unit.test_extraction_support import extract, of_type

PUBLISHED = "2019-03-12"


@pytest.mark.parametrize(
    "text",
    [
        "The vote set off the largest rallies since Recep Tayyip Erdogan came to power, and hundreds of people were detained.",
        "The strike spread to every port after Emmanuel Macron announced the reform; police arrested dozens of workers in Marseille.",
        "واندلعت احتجاجات واسعة بعد إعلان فوز رجب طيب أردوغان، واعتقلت الشرطة عشرات الأشخاص في إسطنبول.",
        "وشهدت العاصمة مظاهرات هي الأكبر منذ تولي إيمانويل ماكرون الرئاسة، ألقي القبض خلالها على مئات الأشخاص.",
    ],
)
def test_a_count_arrested_beside_a_person_of_another_clause_is_no_event(text):
    assert not of_type(extract(text, PUBLISHED), "arrest"), text


@pytest.mark.parametrize(
    "text",
    [
        "Mohamed Morsi, the ousted president, was detained along with dozens of his aides.",
        "Police arrested the opposition leader Kemal Kilicdaroglu and dozens of his supporters in Ankara.",
        "ألقت قوات الأمن القبض على محمد مرسي، الذي اعتقل مع عشرات من مساعديه.",
        "اعتقلت الشرطة المعارض أحمد دومة وعشرات من أنصاره في القاهرة.",
    ],
)
def test_a_person_the_arrests_clause_goes_on_with_keeps_the_event(text):
    assert of_type(extract(text, PUBLISHED), "arrest"), text


@pytest.mark.parametrize(
    "text",
    [
        # a verdict told in a clause that takes part of the count arrested before it
        "The vote set off the largest rallies since Recep Tayyip Erdogan took office, with thousands marching"
        " in Ankara in May 2016. Police detained hundreds of protesters, many of whom were later sentenced to prison terms.",
        "وفي الشهر الماضي اعتقلت الشرطة مئات الأشخاص في أنقرة، صدرت بحق كثير منهم لاحقا أحكام بالسجن.",
        "واعتقلت قوات الأمن عشرات الشبان في إزمير، صدرت بحق عدد منهم أحكام بالسجن.",
    ],
)
def test_a_part_of_an_unnamed_count_sentenced_is_no_event(text):
    assert not of_type(extract(text, PUBLISHED), "arrest"), text
