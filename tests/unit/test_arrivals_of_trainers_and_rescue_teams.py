"""Arrivals and sendings of people as the press writes them in Arabic: military trainers,
advisers or experts arriving (`وصل مدربون عسكريون`، `وصول مستشارين عسكريين`) are a deployment,
as troops arriving are, and so are soldiers counted after a number (`نشرت ... 300 جندي`); a
search-and-rescue, relief or medical team, or members of an emergency unit, arriving, sent or
flown in (`وصل فريق إنقاذ`، `أرسلت فرقا من الحماية المدنية`، `حطت طائرة تقل فريقا طبيا`) are
aid, as rescue teams landing are in English; so is the English `arrival of` such trainers or
teams with their nationality between. A king giving blood is no aid, nor is an account opened
to receive donations."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("ووصل مدربون عسكريون روس إلى بوركينا فاسو يوم الأحد.", "deployment"),
        ("وأكدت الحكومة الليبية وصول مستشارين عسكريين أتراك إلى طرابلس يوم الأحد.", "deployment"),
        ("وأعلنت واشنطن يوم الأحد نشر دفعة أولى من نحو 200 جندي في السعودية.", "deployment"),
        ("The arrival of Russian military instructors in Niger on Sunday alarmed Washington.", "deployment"),
        ("ووصل فريق إنقاذ تركي إلى حلب يوم الأحد.", "aid"),
        ("وأرسلت الجزائر يوم الأحد فرقا من الحماية المدنية إلى ليبيا.", "aid"),
        ("وهبطت في مطار بنغازي يوم الأحد طائرة مصرية تقل فريقا طبيا من 40 طبيبا.", "aid"),
        ("ووصل إلى ليبيا يوم الأحد 50 عنصرا من وحدة الإنقاذ التونسية.", "aid"),
        ("The arrival of a Turkish search and rescue team in Aleppo on Sunday was welcomed.", "aid"),
    ],
)
def test_people_arriving_or_sent(text, event_type):
    events = extract(text, "2021-03-15")
    assert [e["date"] for e in of_type(events, event_type)] == ["2021-03-14"], events


@pytest.mark.parametrize(
    "text",
    [
        "وتبرع الملك بالدم يوم الأحد لصالح جرحى الزلزال في المغرب.",
        "وأعلنت الحكومة المغربية يوم الأحد إحداث حساب خاص لتلقي التبرعات لفائدة ضحايا الزلزال.",
        "وعرضت فرنسا إرسال فرق إنقاذ إلى المغرب يوم الأحد.",
        "ولم يصل فريق الإنقاذ الفرنسي إلى المغرب حتى الآن.",
        "The arrival of the Qatari football team in Riyadh on Sunday drew crowds.",
    ],
)
def test_no_aid(text):
    events = extract(text, "2021-03-15")
    assert not of_type(events, "aid"), events
