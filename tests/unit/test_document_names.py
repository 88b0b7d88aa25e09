"""A place in the name of a document is no place of an event told beside it."""

from __future__ import annotations

import pytest

from events.assemble.document_names import without_document_names
from events.model import PlaceMention
from tests.unit.test_extraction_support import extract, of_type


def _place(text: str, name: str, country: str) -> PlaceMention:
    at = text.index(name)
    return PlaceMention(at, at + len(name), name, name, country, 0.0, 0.0, "city")


def _trigger(text: str, word: str) -> tuple[int, int]:
    at = text.index(word)
    return at, at + len(word)


@pytest.mark.parametrize(
    ("text", "trigger", "name", "country", "kept"),
    [
        # a name after an Arabic noun of a document, in quotes or not
        ("ووقّع الجانبان \"إعلان القدس\" للشراكة.", "ووقّع", "القدس", "PSE", False),
        ("واتفقا على تفعيل «إعلان قرطاج».", "واتفقا", "قرطاج", "TUN", False),
        ("وبحثا تنفيذ اتفاق الرياض بين الحكومة والانتقالي.", "وبحثا", "الرياض", "SAU", False),
        ("وذلك بموجب معاهدة لوزان.", "وذلك", "لوزان", "CHE", False),
        # a name before a capitalised English noun of a document
        ("the two leaders signed the \"Jerusalem Declaration\" on Thursday.", "signed", "Jerusalem", "PSE", False),
        ("the talks revived the Minsk Agreements on Tuesday.", "talks", "Minsk", "BLR", False),
        # the noun is the event word itself: the place of the deal
        ("توصل الطرفان إلى اتفاق جدة.", "اتفاق", "جدة", "SAU", True),
        ("The Jerusalem Declaration was signed on Thursday.", "Declaration", "Jerusalem", "PSE", True),
        # a place after "in", or before a lower-case noun, is a place
        ("وقع الجانبان الاتفاق في القدس.", "وقع", "القدس", "PSE", True),
        ("the two sides signed a declaration in Jerusalem.", "signed", "Jerusalem", "PSE", True),
        ("the Jerusalem talks ended on Thursday.", "ended", "Jerusalem", "PSE", True),
    ],
)
def test_a_place_in_a_document_name(text, trigger, name, country, kept):
    place = _place(text, name, country)
    assert (without_document_names(text, [place], _trigger(text, trigger)) == [place]) is kept


@pytest.mark.parametrize(
    ("text", "country", "absent"),
    [
        (
            "وكان الرئيس الأمريكي قد بدأ جولته يوم الأربعاء بزيارة إسرائيل، التقى خلالها رئيس الوزراء يائير لابيد، "
            "ووقّع الجانبان \"إعلان القدس\" للشراكة الاستراتيجية.",
            "ISR",
            "PSE",
        ),
        ("زار وزير الخارجية التركي مصر أمس، ووقع مع نظيره المصري «إعلان القدس» للتعاون.", "EGY", "PSE"),
    ],
)
def test_a_visit_beside_a_document_named_after_a_city(text, country, absent):
    (visit,) = of_type(extract(text, "2022-07-16"), "visit")
    assert visit["location"]["country"] == country
    assert absent not in visit["countries"]
