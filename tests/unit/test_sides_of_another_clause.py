"""A side the event's own clause lacks is not drawn from a clause of another deed opened after
its word: what came before it or what it answers (بعد، إثر، عقب، ردا على, after, following:
"وفرت مصر الوقود لقطاع غزة، بعد قطع إسرائيل الإمدادات", "supplied fuel to Gaza, after Israel cut
supplies"), or what a speaker adds by a participle of saying (مضيفا أن، مشيرة إلى أن, adding
that, noting that). A clause of what came before whose first words tell a deed of the event's
own type is the step it came by ("دخلت الاتفاقية حيز التنفيذ بعد تصديق البرلمان التركي عليها"),
and one that opens on talks is what the event came of ("اتفق الطرفان بعد محادثات بين السعودية
وإيران"): both keep their names; so do the event's own sides named before the clause."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _sides(text: str, published: str, event_type: str) -> list[tuple[list[str], str | None, str | None]]:
    return [(e["countries"], e["actor1"], e["actor2"]) for e in of_type(extract(text, published), event_type)]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "sides"),
    [
        (
            "وفرت مصر الوقود لقطاع غزة لتشغيل محطة الكهرباء، بعد قطع إسرائيل الإمدادات للمحطة.",
            "2018-08-02",
            "aid",
            [(["EGY", "PSE"], "EGY", None)],
        ),
        (
            "أرسلت قطر مساعدات إلى غزة الأحد بعد اتصال بين أمير قطر والرئيس المصري.",
            "2018-08-02",
            "aid",
            [(["QAT", "PSE"], "QAT", None)],
        ),
        (
            "أرسلت قطر مساعدات إلى غزة الأحد، مشيرة إلى أن إسرائيل تمنع دخول الوقود.",
            "2018-08-02",
            "aid",
            [(["QAT", "PSE"], "QAT", None)],
        ),
        (
            "Egypt supplied fuel to the Gaza Strip last month, after Israel cut supplies to the power plant.",
            "2018-08-02",
            "aid",
            [(["EGY", "PSE"], "EGY", None)],
        ),
        (
            "Qatar sent aid to Gaza on Sunday after Israel eased the blockade.",
            "2018-08-02",
            "aid",
            [(["QAT", "PSE"], "QAT", None)],
        ),
        (
            "Qatar sent aid to Gaza on Sunday, noting that Israel still blocks fuel deliveries.",
            "2018-08-02",
            "aid",
            [(["QAT", "PSE"], "QAT", None)],
        ),
        # a deed told as coinciding with it (بالتزامن مع، in tandem with) is another's, at its own place
        (
            "وفي 17 آب، بدأ الجيش اللبناني الانتشار جنوب نهر الليطاني، بالتزامن مع انسحاب تدريجي للقوات الإسرائيلية.",
            "2006-09-03",
            "deployment",
            [(["LBN"], "lebanon_army", None)],
        ),
        (
            "وفي 17 آب، بدأ الجيش اللبناني الانتشار جنوب نهر الليطاني، تزامنًا مع انسحاب تدريجي للقوات الإسرائيلية.",
            "2006-09-03",
            "deployment",
            [(["LBN"], "lebanon_army", None)],
        ),
        (
            "On Aug. 17 the Lebanese army began deploying south of the Litani river, in tandem with a gradual "
            "withdrawal of Israeli troops.",
            "2006-09-03",
            "deployment",
            [(["LBN"], "lebanon_army", None)],
        ),
    ],
)
def test_no_side_is_drawn_from_another_deed_s_clause(text, published, event_type, sides):
    assert _sides(text, published, event_type) == sides


@pytest.mark.parametrize(
    ("text", "published", "event_type", "sides"),
    [
        # the step the event came by, of its own type
        (
            "ودخلت اتفاقية التعاون العسكري حيز التنفيذ بعد تصديق البرلمان التركي عليها.",
            "2020-11-10",
            "ratification",
            [(["TUR", "QAT"], "turkey_parliament", None)],
        ),
        # the talks the event came of
        (
            "واتفق الطرفان أمس بعد محادثات بين السعودية وإيران في بكين.",
            "2023-03-11",
            "agreement",
            [(["SAU", "IRN", "CHN"], "SAU", "IRN")],
        ),
        (
            "The two sides agreed on Friday after talks between Saudi Arabia and Iran in Beijing.",
            "2023-03-11",
            "agreement",
            [(["SAU", "IRN", "CHN"], "SAU", "IRN")],
        ),
        # the sides named before the clause stay
        (
            "شنت تركيا غارات على مواقع في شمال العراق، بعد هجوم على جنودها.",
            "2018-08-02",
            "attack",
            [(["TUR", "IRQ"], "TUR", "IRQ")],
        ),
        (
            "Turkey sent troops to Qatar on Sunday after parliament ratified the deal.",
            "2018-08-02",
            "deployment",
            [(["TUR", "QAT"], "TUR", "QAT")],
        ),
    ],
)
def test_the_event_s_own_sides_and_steps_stay(text, published, event_type, sides):
    assert _sides(text, published, event_type) == sides
