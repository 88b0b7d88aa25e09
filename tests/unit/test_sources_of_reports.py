"""A body or a person named right after a word of source is the source of the report, no party
of the deed, when a body, group or person of the sentence is named before it, or, for a deed of
war, when it belongs to no one country; a source that is the only name of the deed may be its doer."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "doer", "not_party"),
    [
        # the doer told before the source: the source is none of its sides
        (
            "منعت السلطات الإماراتية مواطنة قطرية من مرافقة ابنها عند ترحيلها من الإمارات عقب المقاطعة، "
            "وفق ما كشفته اللجنة الوطنية لحقوق الإنسان في قطر.",
            "2017-06-08",
            "sanctions",
            "ARE",
            "qatar_national_human_rights_committee",
        ),
        (
            "Emirati authorities barred a Qatari woman from accompanying her son when she was deported from "
            "the UAE after the boycott, according to Qatar's National Human Rights Committee.",
            "2017-06-08",
            "sanctions",
            "ARE",
            "qatar_national_human_rights_committee",
        ),
        # a body of no one country reports on the fighting, it takes no part in it
        (
            "The fighting has killed hundreds of civilians in Darfur, according to the United Nations.",
            "2023-05-21",
            "attack",
            None,
            "un",
        ),
        ("وأسفر القتال عن مقتل مئات المدنيين في دارفور، بحسب الأمم المتحدة.", "2023-05-21", "attack", None, "un"),
        ("Air strikes killed 40 civilians in Idlib on Sunday, according to the United Nations.", "2023-05-21", "attack", None, "un"),
        ("وقتل 40 مدنيا في غارات جوية على إدلب يوم الأحد، بحسب الأمم المتحدة.", "2023-05-21", "attack", None, "un"),
    ],
)
def test_a_source_is_no_party(text, published, event_type, doer, not_party):
    found = of_type(extract(text, published), event_type)
    assert len(found) == 1, found
    assert not_party not in found[0]["actors"], found
    if doer is not None:
        assert found[0]["actor1"] == doer, found


@pytest.mark.parametrize(
    ("text", "event_type", "kept"),
    [
        # the ministry is the only name of the strike: it may be its doer
        (
            "Warplanes destroyed ten targets in northern Iraq on Monday, according to the Turkish Defence Ministry.",
            "attack",
            "turkey_defence_ministry",
        ),
        ("دمرت مقاتلات عشرة أهداف في شمال العراق يوم الاثنين، بحسب وزارة الدفاع التركية.", "attack", "turkey_defence_ministry"),
        # aid is no deed of war: the body of no country named as its source stays its side
        ("Aid convoys reached Gaza on Monday, according to the United Nations.", "aid", "un"),
        ("وصلت قوافل مساعدات إلى غزة يوم الاثنين، بحسب الأمم المتحدة.", "aid", "un"),
    ],
)
def test_a_source_that_is_the_only_name_stays(text, event_type, kept):
    found = of_type(extract(text, "2021-05-11"), event_type)
    assert len(found) == 1 and kept in found[0]["actors"], found
