"""An arrest told of a person its clause names is that person's arrest, never the retelling of an
arrest of a count of unnamed people told before it, which is no event and takes no named arrest
along with it ("The government said 2,839 soldiers had been detained. Former air force commander
General Akin Ozturk was detained on Saturday"; «تم اعتقال 2839 جنديا ... واعتقلت الشرطة صلاح
الدين دميرطاش»)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.named_detainees import names_its_person

PUBLISHED = "2016-07-16"


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish government said 2,839 soldiers had been detained in Turkey. "
        "Former air force commander General Akin Ozturk was detained on Saturday, the state-run Anadolu agency said.",
        "Turkish police detained hundreds of protesters on Saturday. Turkish police also detained opposition leader Ahmet Yilmaz on Saturday.",
        "قالت الحكومة إنه تم اعتقال 2839 جنديا يوم السبت. واعتقلت الشرطة يوم السبت صلاح الدين دميرطاش.",
    ],
)
def test_a_named_arrest_after_an_unnamed_count_stays(text: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "arrest")] == [PUBLISHED]


# a retelling of the count by a pronoun or a noun names no one: it goes with the count
@pytest.mark.parametrize(
    "text",
    [
        "Turkish police detained hundreds of protesters in Istanbul on Saturday. They were detained near Taksim Square on Saturday.",
        "قالت الحكومة التركية إنه تم اعتقال 2839 جنديا يوم السبت. وأكد وزير الداخلية أن الاعتقالات شملت كل المحافظات.",
    ],
)
def test_a_retelling_of_an_unnamed_count_is_no_arrest(text: str) -> None:
    assert of_type(extract(text, PUBLISHED), "arrest") == []


@pytest.mark.parametrize(
    ("text", "word", "named"),
    [
        ("Former air force commander General Akin Ozturk was detained on Saturday.", "detained", True),
        ("Police detained opposition leader Ahmet Yilmaz on Saturday.", "detained", True),
        ("Police detained dozens of protesters in Tahrir Square.", "detained", False),
        ("They were detained near the square.", "detained", False),
        ("The government said 2,839 soldiers had been detained.", "detained", False),
    ],
)
def test_names_its_person(text: str, word: str, named: bool) -> None:
    i = text.index(word)
    assert names_its_person(text, (i, i + len(word)), (0, len(text)), []) is named
