"""A definite word of an event type in the sentence right after one telling a deed of that type
with a day of its own ("Saudi Arabia later said the missile attack could be considered an act of
war", "ولم تتبن أي جهة الهجوم على الفور") takes up that deed, however long before the publication,
not a new one on the publication's day. A claim negated ("لم تتبن أي جهة الهجوم") presupposes the
deed nobody claimed: it does not negate it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        (
            "Hariri announced his resignation in a televised address from Riyadh on November 4. Hours after "
            "that speech, a ballistic missile fired by Yemen's Houthi rebels was intercepted near Riyadh's "
            "King Khalid International Airport. Saudi Arabia later said the missile attack could be "
            "considered an act of war by Iran.",
            "2017-11-22",
            ["2017-11-04"],
        ),
        (
            "مقديشو - انتخب البرلمان الصومالي، أمس الأحد، حسن شيخ محمود رئيسا للصومال. وسمع دوي انفجارات قرب "
            "المجمع أثناء عملية التصويت، وقالت الشرطة إن قذائف هاون أطلقت من خارج المطار سقطت في محيطه. "
            "ولم تتبن أي جهة الهجوم على الفور، وإن كانت حركة الشباب قد نفذت هجمات مماثلة في السابق.",
            "2022-05-16",
            ["2022-05-15"],
        ),
    ],
)
def test_the_definite_word_retells_the_deed_just_told(text, published, dates):
    assert [e["date"] for e in of_type(extract(text, published), "attack")] == dates


@pytest.mark.parametrize(
    "text",
    ["ولم تتبن أي جهة الهجوم على مقر الشرطة في مقديشو يوم الأحد.", "ولم تتبن أي جماعة التفجير الذي وقع في بغداد أمس."],
)
def test_a_negated_claim_leaves_the_attack_told(text):
    assert [e["date"] for e in of_type(extract(text, "2022-05-16"), "attack")] == ["2022-05-15"]
