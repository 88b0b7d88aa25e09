"""A deed told in a clause of time with a subject of its own after the sentence's event word
(after security forces stormed the camp; بعد أن اقتحمت قوات الأمن), with a date written out after
its word in that clause, is a deed of its own on that date, which the main clause's event of
another type does not take in; with no date of its own, the main event stays the sentence's one.
A clause of "when" or "hours after" tells a deed of the main clause's own time, even by a word
weaker than the main one's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUBLISHED = "2019-08-17"


def _attacks(text: str) -> list[str]:
    return sorted(e["date"] for e in extract(text, PUBLISHED) if e["event_type"] == "attack")


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        (
            "Talks between the generals and protest leaders collapsed after security forces stormed the protest camp "
            "outside the army headquarters in Khartoum on 3 June, killing more than 100 people.",
            ["2019-06-03"],
        ),
        ("وانهارت المحادثات بين الطرفين بعد أن اقتحمت قوات الأمن ساحة الخرطوم في 3 يونيو.", ["2019-06-03"]),
        # no date of its own in the clause of time: the main event alone
        (
            "Talks between the generals and protest leaders collapsed after security forces stormed the protest camp "
            "outside the army headquarters in Khartoum, killing more than 100 people.",
            [],
        ),
        ("وانهارت المحادثات بين الطرفين بعد أن اقتحمت قوات الأمن ساحة الخرطوم.", []),
    ],
)
def test_a_deed_dated_in_a_clause_of_time(text, attacks):
    assert _attacks(text) == attacks


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # a weaker word of another type, told by a verb in the past with a subject of its own in a clause
        # of "when" or "hours after": a deed of its own, at the main clause's time
        (
            "Gulf leaders signed a declaration at their annual summit in Al-Ula on Tuesday, hours after Qatar's "
            "emir Sheikh Tamim bin Hamad al-Thani landed at the local airport.",
            "2021-01-06",
            "visit",
            "2021-01-05",
        ),
        (
            "When Montenegrin authorities detained Bratislav Dikic, a former commander of Serbia's gendarmerie, in "
            "October 2016, the parliamentary election was held.",
            "2023-01-05",
            "arrest",
            "2016-10",
        ),
        (
            "عندما احتجزت السلطات في الجبل الأسود القائد السابق للدرك الصربي براتيسلاف ديكيتش في أكتوبر 2016، "
            "جرت الانتخابات البرلمانية.",
            "2023-01-05",
            "arrest",
            "2016-10",
        ),
    ],
)
def test_a_weaker_deed_of_its_own_subject_in_a_clause_of_time(text, published, event_type, date):
    assert [e["date"] for e in extract(text, published) if e["event_type"] == event_type] == [date]


@pytest.mark.parametrize(
    ("text", "published", "event_type"),
    [
        # no subject of its own after the word of time: the main deed's own circumstance
        (
            "Gulf leaders signed a declaration at their annual summit in Al-Ula on Tuesday, hours after landing at "
            "the local airport.",
            "2021-01-06",
            "visit",
        ),
        # a clause of plain "after" with no date of its own does not tell when its deed was done
        (
            "Gulf leaders signed a declaration at their annual summit in Al-Ula, after Qatar's emir Sheikh Tamim "
            "bin Hamad al-Thani landed at the local airport.",
            "2021-01-06",
            "visit",
        ),
        ("وقعت قطر وتركيا اتفاقا للتعاون العسكري، بعد أن وصل أمير قطر إلى أنقرة.", "2021-01-06", "visit"),
    ],
)
def test_no_deed_of_its_own_without_its_subject_or_its_time(text, published, event_type):
    assert [e for e in extract(text, published) if e["event_type"] == event_type] == []
