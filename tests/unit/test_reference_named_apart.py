"""An event word is matched to the catalog by its own words: the catalogued name of another
deed of its type that the sentence tells beside it ("... اغتيال سليماني، وكذلك الرد الإيراني
بقصف قاعدة عين الأسد") names that deed, and its alias does not outweigh the keywords of the
event word's own entry."""

import pytest

from tests.unit.test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "كذلك ما زالت ذكرى اغتيال اللواء قاسم سليماني في بغداد حاضرة بقوة في خطاب المرشحين، "
            "وكذلك الرد الإيراني بقصف قاعدة عين الأسد.",
            {"2020-01-03", "2020-01-08"},
        ),
        (
            "Candidates still recall the assassination in Baghdad of General Qassem Soleimani, "
            "and Iran's missile attack on Ain al-Asad.",
            {"2020-01-03", "2020-01-08"},
        ),
    ],
)
def test_each_deed_its_own_entry(text, dates):
    assert {e["date"] for e in of_type(extract(text, "2021-06-17"), "attack")} == dates


def test_a_name_that_tells_the_event_itself_still_dates_it():
    found = of_type(extract("Turkey launched the operation, dubbed Olive Branch, against Kurdish militias in Afrin.", "2018-06-01"), "attack")
    assert {e["date"] for e in found} == {"2018-01-20"}


@pytest.mark.parametrize(
    "text",
    [
        "وتعد هذه الضربة الثانية من نوعها في عهد الرئيس دونالد ترامب، بعد أن أمر في أبريل 2017 بقصف قاعدة "
        "الشعيرات الجوية في ريف حمص بتسعة وخمسين صاروخ توماهوك، رداً على هجوم خان شيخون الكيماوي.",
        "It is the second such strike under Trump, after he ordered in April 2017 a missile strike on the "
        "Shayrat air base in response to the Khan Shaykhun chemical attack.",
    ],
)
def test_a_dated_deed_takes_no_entry_of_the_deed_it_answers(text):
    found = of_type(extract(text, "2018-04-15"), "attack")
    assert {e["reference_id"] for e in found} >= {"shayrat_strike_2017", "khan_shaykhun_attack_2017"}
