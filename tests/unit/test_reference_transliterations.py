"""A name the press transliterates two ways (Morsi and Mursi, Mohamed and Mohammed; غريفيث
and جريفيث) names the catalogued event in either spelling."""

import pytest

from events.reference import find_references, load_catalog
from events.text.normalize import fold


@pytest.mark.parametrize(
    ("text", "ref_id"),
    [
        ("a year after the army ousted Mohamed Mursi, the group went underground", "morsi_ousted_2013"),
        ("since Mursi's overthrow, relations have stayed cold", "morsi_ousted_2013"),
        ("the general led the ouster of Mohammed Morsi and later ran for office", "morsi_ousted_2013"),
        ("ورحبت الحكومة بتعيين جريفيث مبعوثا أمميا إلى اليمن", "griffiths_appointed_envoy_2018"),
    ],
)
def test_catalog_names_a_transliterated_name(text, ref_id):
    found = find_references(text, fold(text), load_catalog(), "2023-01-01")
    assert ref_id in {r.ref_id for r in found}
