"""Coordinated deeds: two verbs of one type (an expulsion or recall, a change of
office, an arrest) joined by و or "and", each with an object of its own, tell two deeds
(`استدعت تركيا سفيرها في واشنطن وطردت السفير الإسرائيلي`, "arrested an activist and detained a
journalist"); one verb with two objects joined, two verbs with nothing between them
(`اعتقلت واحتجزت`, "arrested and detained") or a second verb whose object is a pronoun tell one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "count"),
    [
        # two verbs, each with its own object: two deeds
        ("استدعت تركيا يوم الثلاثاء سفيرها في واشنطن وطردت السفير الإسرائيلي.", "2024-03-10", "sanctions", 2),
        ("On Tuesday Turkey recalled its ambassador to Washington and expelled Israel's envoy.", "2024-03-10", "sanctions", 2),
        ("أقال الرئيس التونسي يوم الاثنين وزير الداخلية وعين وزيرا جديدا للمالية.", "2024-03-10", "appointment", 2),
        ("On Monday the Tunisian president sacked the interior minister and appointed a new finance minister.", "2024-03-10", "appointment", 2),
        ("اعتقلت الشرطة المصرية يوم الأحد الناشط أحمد سعيد وأوقفت الصحفي محمود علي.", "2024-03-10", "arrest", 2),
        ("On Sunday Egyptian police arrested activist Ahmed Said and detained journalist Mahmoud Ali.", "2024-03-10", "arrest", 2),
        ("On Monday France expelled the Russian ambassador and expelled the Iranian ambassador.", "2024-03-10", "sanctions", 2),
        # one verb with a coordinated object: one deed
        ("اعتقلت الشرطة المصرية يوم الأحد الناشط أحمد سعيد والصحفي محمود علي.", "2024-03-10", "arrest", 1),
        ("On Sunday Egyptian police arrested activist Ahmed Said and journalist Mahmoud Ali.", "2024-03-10", "arrest", 1),
        # two verbs of one meaning with nothing between them: one deed
        ("اعتقلت واحتجزت الشرطة المصرية يوم الأحد الناشط أحمد سعيد.", "2024-03-10", "arrest", 1),
        ("On Sunday Egyptian police arrested and detained activist Ahmed Said.", "2024-03-10", "arrest", 1),
        # a second verb whose object is a pronoun: the one just named
        ("اعتقلت الشرطة المصرية يوم الأحد الناشط أحمد سعيد واحتجزته في القاهرة.", "2024-03-10", "arrest", 1),
        ("On Sunday Egyptian police arrested activist Ahmed Said and detained him in Cairo.", "2024-03-10", "arrest", 1),
    ],
)
def test_two_verbs_with_their_own_objects(text: str, published: str, kind: str, count: int) -> None:
    assert len(of_type(extract(text, published), kind)) == count


@pytest.mark.parametrize(
    ("text", "published", "kind", "count"),
    [
        # the second object names only the partner of the first: one deed
        ("استدعت تركيا يوم الثلاثاء سفيرها لدى القاهرة وطلبت من السفير المصري مغادرة البلاد.", "2024-03-10", "sanctions", 1),
        ("On Tuesday Cairo expelled the Turkish ambassador and downgraded relations to the level of charge d'affaires.", "2024-03-10", "sanctions", 1),
        # a pronoun after the second verb names the partner of the first
        ("قطعت مصر يوم الاثنين علاقاتها مع قطر وفرضت عليها حصارا جويا.", "2024-03-10", "sanctions", 1),
        # one person arrested and charged, told in the passive
        ("The activist was arrested on Sunday and detained for questioning in Cairo.", "2024-03-10", "arrest", 1),
    ],
)
def test_one_deed_told_by_two_verbs(text: str, published: str, kind: str, count: int) -> None:
    assert len(of_type(extract(text, published), kind)) == count
