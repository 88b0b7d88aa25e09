"""Aid told by words of its kind that the lexicon lacked in one language or both:

- weapons of the kinds a war's supply names (anti-aircraft guns, multiple-launch rocket systems,
  armoured personnel carriers, مدافع، راجمات) delivered, supplied or handed over, the object a
  few words on, as tanks and missiles delivered are; not weapons sold or under a contract;
- a sum deposited with a central bank named by its country ("deposited $3 billion with
  Pakistan's central bank"), as أودعت ... البنك المركزي is;
- a grant with its sum near it (صرف المنحة القطرية البالغة 15 مليون دولار); not a study grant;
- a field hospital that arrived or landed (وصول مستشفى ميداني قطري), as one sent is.
"""

from __future__ import annotations

import pytest
from test_aid_goods_delivered_and_funds_released import _aid_words


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Germany delivered the first of its Gepard anti-aircraft guns to Ukraine last month.", "delivered"),
        ("Britain has supplied multiple-launch rocket systems to Kyiv.", "supplied"),
        ("وسلمت ألمانيا أوكرانيا الشهر الماضي أولى مدافعها المضادة للطائرات.", "وسلمت"),
        ("Saudi Arabia has deposited $3 billion with Pakistan's central bank.", "deposited"),
        ("وأشرف السفير أمس على صرف المنحة القطرية البالغة 15 مليون دولار لدفع رواتب الموظفين.", "المنحة"),
        ("بعد أيام من وصول مستشفى ميداني قطري إلى تونس.", "وصول"),
        ("A Qatari field hospital arrived in Tunis on Tuesday.", "field hospital"),
    ],
)
def test_weapons_deposits_grants_and_field_hospitals_are_aid(text: str, word: str) -> None:
    assert word in _aid_words(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Poland sold rocket launchers to Ukraine under a contract signed in May.",
        "The court delivered its verdict as the guns fell silent.",
        "حصل 200 طالب على منحة دراسية بقيمة خمسة آلاف دولار من الحكومة الصينية.",
        "The central bank said deposits rose by $3 billion last month.",
        "أعلنت الوزارة عن صفقة لتسليم مدرعات إلى الجيش بقيمة مليار دولار.",
        # masks bought or sold, a stimulus at home, a bonus paid to players
        "Italy bought 2 million face masks from China on Monday.",
        "Egyptian factories shipped face masks to Europe under export contracts on Monday.",
        "Parliament debated a $2 billion economic stimulus package on Monday.",
        "يدعم المنتخب المغربي لاعبيه بمبلغ مكافأة عن الفوز.",
    ],
)
def test_sales_verdicts_study_grants_bonuses_and_bank_figures_are_no_aid(text: str) -> None:
    assert _aid_words(text) == [], text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Japan gave Jordan $100 million in budget support on Monday.", "budget support"),
        ("Washington announced a new $1 billion security assistance package for Ukraine on Monday.", "package"),
        ("China shipped 2 million face masks to Italy on Monday.", "shipped"),
        ("The European Union handed over 20 ambulances to the Palestinian Authority on Monday.", "handed over"),
        ("Turkey sent two planes loaded with humanitarian supplies to Libya on Monday.", "planes loaded with humanitarian supplies"),
        ("قدمت الإمارات يوم الاثنين إعانات غذائية للأسر المتضررة من الفيضانات في السودان.", "إعانات غذائية"),
        ("وجه الملك بتقديم مكرمة ملكية للشعب اليمني بقيمة 500 مليون دولار.", "مكرمة ملكية"),
        ("دعمت الجزائر تونس بمبلغ 300 مليون دولار يوم الاثنين.", "دعمت"),
    ],
)
def test_budget_support_packages_masks_and_regional_words_are_aid(text: str, word: str) -> None:
    assert any(word in w or w in word for w in _aid_words(text)), (_aid_words(text), text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United Arab Emirates said it had allocated $100 million for relief in Turkey and Syria.", ["allocated"]),
        ("The World Bank earmarked $500 million for reconstruction in Libya.", ["earmarked"]),
        ("وخصصت الإمارات 100 مليون دولار لإغاثة المتضررين من الزلزال في تركيا وسوريا.", ["وخصصت"]),
        # a sum allocated to a budget line or a project is no aid
        ("The Egyptian government allocated $100 million for the new stadium project.", []),
        ("Kenya allocated $2 billion to the defence budget.", []),
    ],
)
def test_sums_allocated_for_relief_are_aid(text: str, expected: list[str]) -> None:
    assert [w for w in _aid_words(text) if w in expected or not expected] == expected, _aid_words(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraq flew fuel to Lebanon on Monday.", ["flew"]),
        ("أطلقت الكويت يوم الاثنين حملة إغاثة لمساعدة المتضررين من الزلزال في سوريا.", ["حملة إغاثة"]),
        # food critics flown to a city, and a campaign collecting donations, are no aid given
        ("The airline flew food critics to Paris on Monday.", []),
        ("أطلقت الجمعية حملة تبرعات لجمع التبرعات للمسجد.", []),
    ],
)
def test_fuel_flown_and_relief_campaigns_are_aid(text: str, expected: list[str]) -> None:
    assert _aid_words(text) == expected, _aid_words(text)
