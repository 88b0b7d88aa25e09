"""A deal is an agreement, whatever it trades.

An arms deal ("صفقة أسلحة", "صفقات سلاح") is a contract of sale reached between two
states, an `agreement` as the English "arms deal" already is; only weapons sent,
delivered or supplied ("شحنة أسلحة", "زودت ... بالأسلحة") are military `aid`.

A state massing its army ("يحشد الرئيس ... جيشه", "حشدت مصر الجيش", "massing his army") is a
`deployment`, with the subject standing between verb and object however long its name; the
Popular Mobilisation Forces ("الحشد الشعبي") beside an army are no massing.

A visit a phrase of coincidence introduces ("تزامنا مع زيارة", "بالتزامن مع الزيارة") is the
setting of its sentence's event, as after "خلال": the deal or agreement the sentence tells is
read beside it, and the visit is kept, on the same day.

A leader who "contacted" (اتصل ب) another by a title of office (بالرئيس، بنظيره، بالملك) made a
phone call, a `meeting`, as "spoke with his counterpart" is in English, with or without
"هاتفيا"; contacting the police is none, nor is a call denied or demanded.

A state providing or supplying another with fuel, wheat, flour, medicine or food (وفرت مصر الوقود
لقطاع غزة، زودت ... بالوقود، أمدت ... بالقمح) gives aid, as "supplied ... with fuel" does in
English; a sale, a contract, or a ministry providing goods to its citizens or its market is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

MARCH = "2018-03-19"


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # a deal announced, with its partner after مع
        ("أعلنت الحكومة الأمريكية يوم السبت صفقة أسلحة مع السعودية بقيمة 110 مليارات دولار.", {"USA", "SAU"}),
        # a deal signed by both sides
        ("وقعت فرنسا ومصر أمس صفقة سلاح تشمل طائرات مقاتلة.", {"FRA", "EGY"}),
        # the plural, concluded
        ("وأبرمت قطر الأسبوع الماضي صفقات أسلحة مع بريطانيا.", {"QAT", "GBR"}),
        # the English phrase, unchanged
        ("The United States announced a $110bn arms deal with Saudi Arabia on Saturday.", {"USA", "SAU"}),
    ],
)
def test_an_arms_deal_is_an_agreement(text, countries):
    found = extract(text, MARCH)
    assert of_type(found, "aid") == []
    deals = of_type(found, "agreement")
    assert len(deals) == 1
    assert countries <= set(deals[0]["countries"])


@pytest.mark.parametrize(
    "text",
    [
        "وتسلمت مصر أمس شحنة أسلحة من روسيا.",
        "وكانت إيران قد زودت الحوثيين في اليمن بالأسلحة والصواريخ.",
        "Iran supplied weapons and missiles to the Houthis in Yemen.",
    ],
)
def test_weapons_sent_are_still_aid(text):
    found = extract(text, MARCH)
    assert len(of_type(found, "aid")) == 1
    assert of_type(found, "agreement") == []


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # a subject of four words between the verb and the army with its possessive
        ("ويحشد الرئيس السوري بشار الأسد جيشه والقوات المتحالفة معه على الخطوط الأمامية في إدلب.", {"SYR"}),
        # the army with the article
        ("وحشدت مصر الجيش على حدودها مع ليبيا أمس.", {"EGY"}),
        ("Syrian President Bashar al-Assad is massing his army and allied forces on the front lines in Idlib.", {"SYR"}),
        ("Turkey massed thousands of its troops on the Syrian border on Sunday.", {"TUR"}),
    ],
)
def test_massing_an_army_is_a_deployment(text, countries):
    found = extract(text, MARCH)
    moves = of_type(found, "deployment")
    assert len(moves) == 1
    assert countries <= set(moves[0]["countries"])


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن الحشد الشعبي والجيش العراقي سيطرا على المدينة.",
        "Security forces carried out mass arrests of soldiers in Turkey on Sunday.",
    ],
)
def test_no_massing_without_its_verb(text):
    assert of_type(extract(text, MARCH), "deployment") == []


@pytest.mark.parametrize(
    ("text", "own_type"),
    [
        # a deal named by its noun, the visit after a comma, two words between phrase and visit
        (
            "أعلنت الحكومة الأمريكية السبت عن صفقة أسلحة مع السعودية بقيمة 110 مليارات دولار، وذلك تزامنا "
            "مع اليوم الأول لزيارة الرئيس الأمريكي إلى الرياض.",
            "agreement",
        ),
        # an agreement signed, the visit in the same clause
        ("وقعت قطر وتركيا أمس اتفاقية للتعاون الدفاعي تزامنا مع زيارة أمير قطر إلى أنقرة.", "agreement"),
        ("وقعت قطر وتركيا أمس اتفاقية للتعاون الدفاعي بالتزامن مع زيارة أمير قطر إلى أنقرة.", "agreement"),
    ],
)
def test_a_visit_told_as_coincident_is_the_setting(text, own_type):
    found = extract(text, MARCH)
    own = of_type(found, own_type)
    visits = of_type(found, "visit")
    assert len(own) == 1
    assert len(visits) == 1
    assert visits[0]["date"] == own[0]["date"]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # a long subject between the verb and the title, a purpose clause after
        (
            "واتصل العاهل المغربي الملك محمد السادس بالرئيس الفرنسي إيمانويل ماكرون بعد ساعات من "
            "الهجوم، ليعرب عن تضامن المملكة.",
            {"MAR", "FRA"},
        ),
        ("واتصل أمير قطر بنظيره التركي أمس.", {"QAT", "TUR"}),
        ("اتصلت رئيسة الوزراء البريطانية بالرئيس الفرنسي الأحد لبحث الأزمة.", {"GBR", "FRA"}),
    ],
)
def test_a_leader_contacting_another_is_a_call(text, countries):
    calls = of_type(extract(text, MARCH), "meeting")
    assert len(calls) == 1
    assert countries <= set(calls[0]["countries"])


@pytest.mark.parametrize(
    "text",
    [
        "ولم يتصل الرئيس الأمريكي بالرئيس الروسي منذ شهور.",
        "وقال إنه اتصل بالشرطة فور وقوع الحادث في عمان.",
        "وطالب البرلمان الرئيس بأن يتصل بالرئيس الإيراني.",
    ],
)
def test_no_call_without_an_official_contacted(text):
    assert of_type(extract(text, MARCH), "meeting") == []


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("وخلال الشهور الماضية وفرت مصر الوقود لقطاع غزة لتشغيل محطة الكهرباء الرئيسية.", {"EGY", "PSE"}),
        ("وزودت قطر لبنان بالوقود الأسبوع الماضي.", {"QAT", "LBN"}),
        ("وأمدت روسيا سوريا بالقمح أمس.", {"RUS", "SYR"}),
    ],
)
def test_goods_supplied_to_another_are_aid(text, countries):
    aid = of_type(extract(text, MARCH), "aid")
    assert len(aid) == 1
    assert countries <= set(aid[0]["countries"])


@pytest.mark.parametrize(
    "text",
    [
        "وقالت وزارة التموين إنها توفر الوقود للمواطنين بأسعار مدعومة في القاهرة.",
        "وباعت السعودية الوقود لمصر بموجب عقد في 2017.",
    ],
)
def test_goods_sold_or_for_citizens_are_no_aid(text):
    assert of_type(extract(text, MARCH), "aid") == []
