"""An arrest of the head of a body the actor dictionary knows («ألقت قوات الأمن القبض على رئيس حزب
الحرية والعدالة سعد الكتاتني», "police arrested the leader of the Freedom and Justice Party") is of
one person, named by his office, though his own name is not in the dictionary: a count of people
a later clause tells («وأفادت مصادر قضائية بصدور أوامر ضبط بحق مئات») does not make it the arrest of
an unnamed crowd. Dozens of a body's members arrested are still a crowd, no event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2013-07-04"


@pytest.mark.parametrize(
    "text",
    [
        "ألقت قوات الأمن المصرية القبض ليل أمس على رئيس حزب الحرية والعدالة سعد الكتاتني، وأفادت مصادر قضائية بصدور أوامر ضبط بحق مئات من قيادات الجماعة.",
        "Egyptian security forces arrested the head of the Freedom and Justice Party late on Wednesday, and warrants were issued for hundreds of members.",
    ],
)
def test_the_head_of_a_body_arrested_is_a_named_person(text):
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "arrest")] == ["2013-07-03"]


@pytest.mark.parametrize(
    "text",
    [
        "اعتقلت الشرطة المصرية أمس العشرات من أعضاء حزب الحرية والعدالة.",
        "Egyptian police arrested dozens of members of the Freedom and Justice Party on Wednesday.",
        # the people of the body's head, counted: still a crowd
        "Egyptian police arrested dozens of supporters of the head of the Freedom and Justice Party on Wednesday.",
        "اعتقلت الشرطة المصرية أمس العشرات من أنصار رئيس حزب الحرية والعدالة.",
    ],
)
def test_a_count_of_a_body_s_members_is_still_a_crowd(text):
    assert of_type(extract(text, PUBLISHED), "arrest") == []
