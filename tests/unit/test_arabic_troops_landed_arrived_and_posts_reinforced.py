"""Arabic words of a force sent that the lexicon lacked: marines or troops landing («نزل مشاة البحرية
الأمريكية في مقديشو»), a battalion arriving («وصلت كتيبة باكستانية»), and posts reinforced with
troops or tanks («عززت تركيا نقاط المراقبة ... بالدبابات والجنود») are deployments; protesters
taking to the streets and cooperation reinforced are not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date", "countries"),
    [
        ("ونزل مشاة البحرية الأمريكية في مقديشو في التاسع من ديسمبر.", "1992-12-20", "1992-12-09", {"USA", "SOM"}),
        ("ووصلت كتيبة باكستانية تابعة للأمم المتحدة إلى مقديشو في سبتمبر.", "1992-12-20", "1992-09", {"PAK", "SOM"}),
        (
            "وعززت تركيا نقاط المراقبة التابعة لها في إدلب بالدبابات والجنود في سبتمبر.",
            "2018-10-01",
            "2018-09",
            {"TUR", "SYR"},
        ),
    ],
)
def test_a_force_landed_arrived_or_reinforcing_is_deployed(text: str, published: str, date: str, countries: set[str]) -> None:
    found = of_type(extract(text, published), "deployment")
    assert [(e["date"], countries <= set(e["countries"])) for e in found] == [(date, True)], found


@pytest.mark.parametrize(
    "text",
    [
        "ونزل المتظاهرون إلى شوارع الخرطوم أمس.",
        "وعززت مصر والسودان التعاون الأمني بينهما في سبتمبر.",
        "ونزل الرئيس التونسي في فندق بالعاصمة الجزائرية أمس.",
        # a militia named «كتائب», commanders staying at a hotel, trust in the forces, losses inflicted
        "ووصل قائد كتائب حزب الله العراقية إلى دمشق أمس.",
        "ووصل وفد من كتائب شهداء الأقصى إلى القاهرة أمس.",
        "ونزل قادة القوات الأمريكية في فندق الرشيد ببغداد أمس.",
        "وعززت الانتصارات الأخيرة ثقة العراقيين بالقوات الأمنية.",
        "وعزز البلدان تعاونهما الأمني أمس، وأشاد الوزير بالقوات المسلحة المصرية.",
    ],
)
def test_no_force_deployed(text: str) -> None:
    assert not of_type(extract(text, "2018-10-01"), "deployment")
