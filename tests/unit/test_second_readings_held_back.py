"""Second readings held back where the same words tell no armed seizure or no body's choice:
a return to power or a ruler toppled by a court, with the army named only in a later clause;
a party-room coup, a coup against the revolution's institutions or a coup in the balance of
mediation; voters re-electing a president with an election council named; and a coup's armed
seizure placed where its office changed hands, not where a later clause goes."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("published", "text"),
    [
        ("2023-09-01", "Netanyahu returned to power on Thursday, and the army chief congratulated him."),
        ("2023-09-01", "Meloni took power on Saturday, becoming Italy's first female prime minister, with the army chief attending the ceremony."),
        ("2023-08-01", "Thailand's court toppled Prime Minister Srettha on Wednesday, with officers of the army saying they respected the ruling."),
        ("2022-07-10", "Australia's Turnbull lost power in a party-room coup on Friday."),
        ("2021-07-30", "اعتبرت حركة النهضة قرارات الرئيس التونسي قيس سعيد يوم الأحد انقلابا على الثورة والمؤسسات."),
        ("2023-05-22", "حققت قطر انقلابا في موازين الوساطة الإقليمية عام 2023."),
    ],
)
def test_no_armed_seizure(published: str, text: str) -> None:
    assert of_type(extract(text, published), "attack") == []


@pytest.mark.parametrize(
    ("published", "text"),
    [
        ("2023-05-30", "Turks re-elected Erdogan president on Sunday, the Supreme Election Council said."),
        ("2024-07-08", "انتخب الناخبون الإيرانيون مسعود بزشكيان رئيسا يوم السبت، وفق ما أعلن مجلس صيانة الدستور."),
        ("2022-11-01", "Brazilian voters elected Luiz Inacio Lula da Silva president on Sunday, and parliament will meet next month."),
    ],
)
def test_a_popular_vote_appoints_no_one(published: str, text: str) -> None:
    found = extract(text, published)
    assert of_type(found, "election") and of_type(found, "appointment") == [], found


def test_the_seizure_is_placed_where_the_office_changed_hands() -> None:
    found = extract("Egypt's Sisi, who led a coup in 2013, visited Riyadh on Monday.", "2023-09-01")
    places = {ev["event_type"]: (ev["location"] or {}).get("country") for ev in found if ev["date"] == "2013"}
    assert places == {"appointment": "EGY", "attack": "EGY"}, found


@pytest.mark.parametrize(
    ("published", "text", "kept"),
    [
        # the army that toppled, seized or led is the doer before the word
        ("2020-01-01", "Sudan's army toppled Bashir in April 2019 after months of protests.", "2019-04"),
        ("2021-02-02", "Myanmar's military seized power on Monday in a coup against Aung San Suu Kyi's government.", "2021-02-01"),
        # the doer of a passive after by
        ("2023-08-01", "Niger's President Bazoum was toppled by the military on Wednesday.", "2023-07-26"),
        # words of a coup report near the coup («علقوا الدستور», "state media said") are no political coup
        ("2023-08-31", "Soldiers staged a coup in Gabon on Wednesday, state media said.", "2023-08-30"),
        ("2023-08-31", "قاد ضباط انقلابا في الغابون يوم الأربعاء وعلقوا الدستور.", "2023-08-30"),
    ],
)
def test_the_army_before_the_word_still_seizes(published: str, text: str, kept: str) -> None:
    assert [ev["date"] for ev in of_type(extract(text, published), "attack")] == [kept]


def test_a_catalogued_coup_s_seizure_is_placed_where_its_office_changed_hands() -> None:
    found = extract("Gabon's military officers seized power on Wednesday, a month after the coup in Niger.", "2023-09-01")
    niger = [ev for ev in of_type(found, "attack") if ev["date"] == "2023-07-26"]
    assert niger and all((ev["location"] or {}).get("country") == "NER" for ev in niger), found

