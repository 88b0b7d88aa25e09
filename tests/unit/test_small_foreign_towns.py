"""A town of a country the article never names still places the deed there: a strike on Rada
is in Yemen, a bombing in Khost in Afghanistan, though the story names only the attackers or the
officials who told it. (A namesake the gazetteer lacks, such as Kyrgyzstan's Talas read as
Turkey's, is the price: most such towns are the well-known ones.)"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "place"),
    [
        ("شن طيران التحالف بقيادة السعودية غارات على مدينة رداع في محافظة البيضاء يوم الثلاثاء، ما أسفر عن مقتل 12 شخصا.", "2021-03-02", "YEM"),
        ("Saudi-led coalition jets struck the town of Rada on Tuesday, killing 12 people, residents said.", "2021-03-02", "YEM"),
        ("A suicide bomber blew himself up in the town of Khost on Sunday, killing 10, Pakistani officials said.", "2019-11-03", "AFG"),
        ("قصفت طائرات روسية مدينة سرمين يوم الأحد، ما أدى إلى مقتل عشرة مدنيين، بحسب مسؤولين أتراك.", "2020-03-01", "SYR"),
    ],
)
def test_a_town_of_a_country_never_named_is_its_place(text: str, published: str, place: str) -> None:
    found = of_type(extract(text, published), "attack")
    assert [(ev["location"] or {}).get("country") for ev in found] == [place], found
