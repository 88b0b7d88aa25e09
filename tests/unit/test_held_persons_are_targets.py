"""A person named after the word of an arrest told by a noun, a passive or a participle, or after
an English verb of arresting, is the one held, not its doer: «وتم القبض على عدد من رجال الدين،
أبرزهم سلمان العودة» as "A number of clerics were arrested, most prominently Salman al-Awdah". An
Arabic verb keeps its subject after it («وأمر أردوغان باعتقال ...»), and one who holds named as
such stays the doer (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("وتم القبض على عدد من رجال الدين، أبرزهم سلمان العودة وسفر الحوالي، الشهر الماضي.", "salman_al_ouda"),
        ("A number of clerics were arrested last month, most prominently Salman al-Awdah and Safar al-Hawali.", None),
        ("منحت بلدية باريس الأربعاء المعارض البحريني المحتجز منذ 2016 في البحرين نبيل رجب لقب مواطن شرف.", "nabeel_rajab"),
    ],
)
def test_a_person_named_after_the_word_is_held(text: str, held: str | None) -> None:
    found = of_type(extract(text, "2018-08-12"), "arrest")
    assert found, found
    people = {"salman_al_ouda", "safar_al_hawali", "nabeel_rajab"}
    assert found[0]["actor1"] not in people, found
    if held is not None:
        assert found[0]["actor2"] == held, found


@pytest.mark.parametrize(
    ("text", "doer", "held"),
    [
        ("وأمر أردوغان الاثنين باعتقال الناشط عثمان كافالا.", "recep_tayyip_erdogan", None),
        ("واعتقلت السلطات البحرينية الناشط نبيل رجب يوم الاثنين.", "bahrain_government", "nabeel_rajab"),
        ("Bahraini authorities arrested activist Nabeel Rajab on Monday.", "bahrain_government", "nabeel_rajab"),
    ],
)
def test_the_one_who_holds_stays_the_doer(text: str, doer: str, held: str | None) -> None:
    found = of_type(extract(text, "2018-08-12"), "arrest")
    assert found and found[0]["actor1"] == doer, found
    if held is not None:
        assert found[0]["actor2"] == held, found
