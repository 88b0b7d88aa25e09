"""Entry or travel bans and asset freezes on people, names added to a list of sanctions, and aid
cut off, denied or withheld from a state are sanctions, in English and in Arabic; a ban lifted,
a list of candidates, a denial of sending aid and aid cut off by militants are none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUBLISHED = "2014-03-21"  # a Friday


def _sanctions(text: str) -> list[str]:
    return sorted(e["date"] for e in extract(text, PUBLISHED) if e["event_type"] == "sanctions")


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Moscow hit back on Thursday with entry bans on nine U.S. officials and lawmakers.", ["2014-03-20"]),
        ("فرضت موسكو يوم الخميس حظر دخول على تسعة مسؤولين أمريكيين.", ["2014-03-20"]),
        ("European Union leaders added 12 names to their list of Russians facing asset freezes on Thursday.", ["2014-03-20"]),
        ("أضاف الاتحاد الأوروبي يوم الخميس 12 مسؤولا روسيا إلى قائمة حظر السفر.", ["2014-03-20"]),
        ("The United States and the European Union cut off direct aid to the Palestinian Authority in 2006.", ["2006"]),
        ("In August the United States denied Egypt $95.7 million in aid over concerns about human rights.", ["2013-08"]),
        ("حجبت الولايات المتحدة 95.7 مليون دولار من المساعدات عن مصر في أغسطس.", ["2013-08"]),
        ("حرمت الولايات المتحدة مصر من 95.7 مليون دولار من المساعدات في أغسطس.", ["2013-08"]),
    ],
)
def test_sanctions(text, dates):
    assert _sanctions(text) == dates


@pytest.mark.parametrize(
    "text",
    [
        "Turkey lifted its travel bans on Egyptian officials in August.",
        "Egypt added 12 names to its list of candidates for the election in August.",
        "أضافت مصر 12 اسما إلى قائمة المرشحين للانتخابات في أغسطس.",
        "Iran denied sending aid to the Houthis in Yemen in August.",
        "Militants cut off aid to the besieged town in Syria in August.",
    ],
)
def test_no_sanctions(text):
    assert _sanctions(text) == []
