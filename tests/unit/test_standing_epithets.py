"""A participle or adjective describing a person's standing state is no new trial or arrest on the
publication day: «الأكاديمي أحمد رضا جلالي المحكوم عليه بالإعدام», «زعيم المعارضة المعتقل», "the
imprisoned Turkish opposition leader", "academic Ahmad Reza Djalali, sentenced to death", "the
opposition leader sentenced to prison". With a time of its own in its clause it is the deed of that
time («المعتقل منذ عام 2016», «المحكوم عليه يوم الأحد بالسجن», "jailed since 2016"), and a
sentence told by a verb stays a trial (events/assemble/epithets.py)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.epithets import is_arabic_epithet
from events.model import TriggerMention

PUBLISHED = "2018-05-10"


@pytest.mark.parametrize(
    "text",
    [
        "وطالبت السويد إيران بالإفراج عن الأكاديمي أحمد رضا جلالي المحكوم عليه بالإعدام.",
        "Sweden urged Iran to release academic Ahmad Reza Djalali, sentenced to death.",
        "وطالبت ألمانيا تركيا بالإفراج عن زعيم المعارضة المعتقل صلاح الدين دميرطاش.",
        "Germany urged Turkey to release the imprisoned Turkish opposition leader Selahattin Demirtas.",
        "Germany urged Turkey to release the jailed opposition leader Selahattin Demirtas.",
        "وطالبت ألمانيا تركيا بالإفراج عن زعيم المعارضة المحكوم عليه بالسجن صلاح الدين دميرطاش.",
        "Germany urged Turkey to release Selahattin Demirtas, the opposition leader sentenced to prison.",
    ],
)
def test_a_standing_state_is_no_deed_of_the_day(text):
    assert of_type(extract(text, PUBLISHED), "arrest") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("وقالت زوجة زعيم المعارضة التركي المعتقل منذ عام 2016 صلاح الدين دميرطاش إنه مريض.", "2016"),
        ("The wife of Turkish opposition leader Selahattin Demirtas, jailed since 2016, said he was ill.", "2016"),
        ("وطالبت ألمانيا تركيا بالإفراج عن زعيم المعارضة المحكوم عليه يوم الأحد بالسجن صلاح الدين دميرطاش.", "2018-05-06"),
        ("Egypt jailed blogger Alaa Abdel Fattah, sentenced on Sunday to five years.", "2018-05-06"),
        ("وأصدرت محكمة إيرانية حكما بالإعدام على الأكاديمي أحمد رضا جلالي يوم الأحد.", "2018-05-06"),
        ("An Iranian court sentenced academic Ahmad Reza Djalali to death on Sunday.", "2018-05-06"),
    ],
)
def test_a_deed_with_a_time_of_its_own_stays(text, date):
    assert date in [e["date"] for e in of_type(extract(text, PUBLISHED), "arrest")]


def _trigger(text: str, word: str) -> TriggerMention:
    start = text.index(word)
    return TriggerMention(start=start, end=start + len(word), text=word, event_type="arrest", cameo="173", weight=0.8)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("عن الأكاديمي جلالي المحكوم عليه بالإعدام.", "بالإعدام", True),
        ("عن زعيم المعارضة المعتقل صلاح الدين دميرطاش.", "المعتقل", True),
        ("عن زعيم المعارضة المعتقل منذ عام 2016.", "المعتقل", False),
        ("عن الأكاديمي المحكوم عليه أمس بالإعدام.", "بالإعدام", False),
        ("وحكمت المحكمة على الأكاديمي بالإعدام.", "بالإعدام", False),
    ],
)
def test_the_arabic_participle_before_the_word(text, word, expected):
    assert is_arabic_epithet(text, _trigger(text, word)) is expected
