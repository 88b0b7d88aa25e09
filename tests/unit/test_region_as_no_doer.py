"""A state named only as a region of itself, after a word of direction, tells where an attack was,
never who did it: "opened fire on migrants in a camp in northern Libya", "فتح مهربون النار على
مهاجرين في مخيم شمالي ليبيا", "انفجار في القطيف شرق السعودية", "an explosion on a highway south
of Cairo" have no doer of Libya, Saudi Arabia or Egypt; the state stays a side after the others."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "doer", "side"),
    [
        (
            "فتح مهربون النار على مجموعة من 100 مهاجر أثناء محاولتهم الفرار من مخيم كانوا يحتجزون فيه شمالي ليبيا يوم الأحد.",
            None,
            "LBY",
        ),
        (
            "Smugglers opened fire on a group of 100 migrants as they tried to escape from a camp where they were"
            " being held in northern Libya on Sunday.",
            None,
            "LBY",
        ),
        ("وقع انفجار اليوم الخميس في أحد شوارع القطيف شرق السعودية.", None, "SAU"),
        ("Gunmen attacked a checkpoint south of Cairo on Sunday.", None, "EGY"),
        ("Gunmen attacked a checkpoint in eastern Syria on Sunday.", None, "SYR"),
        # negative rows: a state named as the doer, and a region it fired from
        ("قصفت تركيا يوم الأحد مواقع شمالي سوريا.", "TUR", "SYR"),
        ("Turkey shelled positions in northern Syria on Sunday.", "TUR", "SYR"),
        (
            "Iran fired ballistic missiles from western Iran at Islamic State positions in eastern Syria on Sunday.",
            "IRN",
            None,
        ),
    ],
)
def test_a_region_is_no_doer(text, doer, side):
    found = of_type(extract(text, "2018-05-27"), "attack")
    assert found, found
    assert found[0]["actor1"] == doer, found
    if side is not None:
        assert side in (found[0]["actor2"], *found[0]["countries"]), found
