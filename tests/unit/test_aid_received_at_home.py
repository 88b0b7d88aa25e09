"""Aid whose sentence names no one it goes to and no place but the giver's ("Turkey dispatched
three planes with aid", "أرسلت تركيا طائرات محملة بالمساعدات") is received in the country the
article is about, not in the giver's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_EN = (
    "Floods swept through the city of Derna in eastern Libya on Sunday, killing thousands. "
    "Libya declared three days of mourning. The Libyan Red Crescent said the toll could rise, "
    "and Libyan authorities appealed for help. "
)
_AR = (
    "اجتاحت الفيضانات مدينة درنة في شرق ليبيا الأحد وقتلت الآلاف. وأعلنت ليبيا الحداد ثلاثة أيام. "
    "وقال الهلال الأحمر الليبي إن الحصيلة قد ترتفع، وناشدت السلطات الليبية العالم تقديم العون. "
)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (_EN + "Turkey dispatched three planes with aid and rescue teams on Wednesday, its disaster agency said.", "LBY"),
        (_AR + "وأرسلت تركيا الأربعاء ثلاث طائرات محملة بالمساعدات وفرق الإنقاذ.", "LBY"),
        # a place named for the aid stays its place
        (_EN + "Turkey sent aid to Benghazi on Wednesday.", "LBY"),
    ],
)
def test_aid_with_no_receiver_named_goes_to_the_articles_country(text, country):
    found = [ev for ev in of_type(extract(text, "2023-09-14"), "aid") if "TUR" in ev["countries"]]
    assert found, extract(text, "2023-09-14")
    assert {(ev["location"] or {}).get("country") for ev in found} == {country}, found
