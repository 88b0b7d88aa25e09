"""A state's own deed told by a word not weak with a time of its own in its clause, in a sentence
naming no country, takes place in the country the article is about; an undated noun, a weak word,
a time past a comma, or talks with no sides named do not place it there."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.dated_home_deeds import dated_in_its_clause
from events.model import TimeMention

BURKINA_EN = (
    "OUAGADOUGOU, Jan 25 (Reuters) - Burkina Faso's army said on Monday it had removed the president. "
    "Burkina Faso's borders were closed, the army said, and Burkina Faso's constitution was suspended. "
)
IRAQ_AR = (
    "أقر البرلمان العراقي الخميس موازنة العام المقبل في بغداد بعد جدل طويل. "
    "وقال رئيس الوزراء العراقي إن الموازنة تراعي حاجات المحافظات في العراق. "
)


@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        (BURKINA_EN + "Heavy gunfire erupted on Sunday at the Sangoule Lamizana barracks.", "attack", [["BFA"]]),
        (BURKINA_EN + "Clashes on Saturday near the barracks left five dead.", "attack", [["BFA"]]),
        (IRAQ_AR + "وجرت اشتباكات يوم الأحد قرب الثكنة.", "attack", [["IRQ"]]),
        (BURKINA_EN + "The army said it had killed 30 rebels in fighting near the barracks on Saturday.", "attack", [["BFA"]]),
        (IRAQ_AR + "وقال الجيش إنه قتل 30 مسلحا في قتال قرب الثكنة يوم السبت.", "attack", [["IRQ"]]),
        # no time of its own: a kind of event the sentence names, not a deed of the article's country
        (BURKINA_EN + "The campaign was marred by clashes between rival supporters.", "attack", []),
        (IRAQ_AR + "وشهدت الحملة اشتباكات بين الأنصار.", "attack", []),
        # talks and a truce are held between sides, which the sentence must name
        (BURKINA_EN + "The appointment followed talks on Thursday between officials.", "meeting", []),
        (IRAQ_AR + "وعقدت محادثات يوم الخميس.", "meeting", []),
        # a region of many states
        (IRAQ_AR + "وقتل خمسة جنود أمس في هجوم مسلح في عدد من البلاد الأفريقية.", "attack", []),
        (BURKINA_EN + "Voters went to the polls on Thursday, in fewer numbers than a year earlier.", "election", []),
    ],
)
def test_a_dated_deed_with_no_country_is_placed_in_a_clear_home(text, event_type, countries):
    assert [e["countries"] for e in of_type(extract(text, "2022-01-25"), event_type)] == countries


def _date(text: str, words: str) -> TimeMention:
    start = text.index(words)
    return TimeMention(start, start + len(words), words, "2022-01-23", "day", "relative")


def _word(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.mark.parametrize(
    ("text", "word", "weight", "time", "dated"),
    [
        ("Heavy gunfire erupted on Sunday at the barracks.", "gunfire", 0.85, "Sunday", True),
        ("The fighting began on Sunday with exchanges of fire.", "exchanges", 0.9, "Sunday", True),
        ("واندلعت اشتباكات عنيفة يوم الأحد قرب الثكنة.", "اشتباكات", 0.9, "يوم الأحد", True),
        ("اشتباكات الأحد قرب الثكنة.", "اشتباكات", 0.9, "الأحد", True),
        # past a comma, the time is another clause's
        ("The clashes, officials said on Sunday, were brief.", "clashes", 0.9, "Sunday", False),
        ("وفرّ المهاجرون من الاشتباكات، ولجأوا إلى مسجد الأحد.", "الاشتباكات", 0.9, "الأحد", False),
        # a word of the type below the strong ones, with its time: a deed done then
        ("Dozens died in fighting on Sunday.", "fighting", 0.75, "Sunday", True),
        ("وقتل العشرات في قتال يوم الأحد.", "قتال", 0.75, "يوم الأحد", True),
        # a weak word of the type, even with its time
        ("Dozens died in fighting on Sunday.", "fighting", 0.6, "Sunday", False),
        ("وقتل العشرات في قتال يوم الأحد.", "قتال", 0.6, "يوم الأحد", False),
        # a step still to come
        ("The council will approve the appointment on Tuesday.", "appointment", 0.9, "Tuesday", False),
        ("وقال دبلوماسيون إن المجلس سيعطي الضوء الأخضر للموافقة على التعيين يوم الثلاثاء.", "التعيين", 0.9, "يوم الثلاثاء", False),
        # too far from the word
        ("Gunfire was heard near the barracks where soldiers had gathered to wait for orders on Sunday.", "Gunfire", 0.85, "Sunday", False),
    ],
)
def test_a_time_in_the_clause_of_the_event_word(text, word, weight, time, dated):
    assert dated_in_its_clause(text, 0, _word(text, word), weight, [_date(text, time)]) is dated
