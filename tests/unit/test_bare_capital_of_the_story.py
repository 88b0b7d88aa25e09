""""The capital" with no name or adjective, in the clause of an event word, places the event in
the capital of the country the story is about, whatever other country its sentence names (a flag
waved, another state's body): the dateline's city when it is a capital, unless the story is about
another country, whose capital it then is. A capital named or qualified ("the Qatari capital",
«العاصمة الليبية») keeps its own place, and with no dateline's capital nor country of the story
"the capital" places nothing.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.home_capital import load_bare_capital


@pytest.mark.parametrize(
    ("text", "event_type", "name"),
    [
        (
            "NIAMEY, July 27 (Reuters) - Hundreds of coup supporters gathered in the capital on Thursday, some waving Russian flags.",
            "protest",
            "Niamey",
        ),
        ("نيامي - تجمع مئات من أنصار الانقلاب في العاصمة، الخميس، ورفع بعضهم الأعلام الروسية.", "protest", "Niamey"),
        (
            "LIMA, Dec 7 (Reuters) - Peru's Congress voted to remove President Pedro Castillo on Wednesday, "
            "and police detained him hours later in the capital.",
            "arrest",
            "Lima",
        ),
        ("الخرطوم - اعتقلت قوات الأمن، الثلاثاء، القيادي المعارض عمر الدقير في العاصمة، فيما نددت واشنطن بالاعتقال.", "arrest", "Khartoum"),
        # filed abroad, about another country: that country's capital
        (
            "WASHINGTON, Aug 15 (Reuters) - Taliban fighters attacked the capital on Sunday, Afghan officials said. "
            "The Afghan government collapsed. Afghanistan's president fled.",
            "attack",
            "Afghanistan",
        ),
        # another deed's capital, or a place of the deed's own named nearer its word: not moved
        (
            "ANKARA, Oct 12 (Reuters) - Turkish President Tayyip Erdogan arrived in Qatar on Monday hours after protesters marched in the capital.",
            "visit",
            "Qatar",
        ),
        (
            "ANKARA, Oct 12 (Reuters) - Turkish President Tayyip Erdogan arrived in Qatar on Monday hours after protesters marched in the capital.",
            "protest",
            "Ankara",
        ),
        ("ANKARA, Oct 12 (Reuters) - Turkish troops entered Syria on Monday as protesters rallied in the capital.", "deployment", "Syria"),
        ("أنقرة - وصل الرئيس التركي رجب طيب أردوغان إلى قطر الاثنين بعد ساعات من احتجاجات في العاصمة.", "visit", "Qatar"),
        ("أنقرة - وصل الرئيس التركي رجب طيب أردوغان إلى قطر الاثنين بعد ساعات من احتجاجات في العاصمة.", "protest", "Ankara"),
        # a dateline of two capitals says not which is "the capital"
        (
            "WASHINGTON/LONDON, Oct 12 (Reuters) - British police detained the opposition leader Ali Hassan in the capital on Monday.",
            "arrest",
            "United Kingdom",
        ),
        ("واشنطن/لندن - اعتقلت الشرطة البريطانية المعارض علي حسن في العاصمة يوم الاثنين.", "arrest", "United Kingdom"),
        # named or qualified: its own place
        ("CAIRO, Jan 2 (Reuters) - Blinken met Qatari officials in the Qatari capital on Tuesday.", "visit", "Doha"),
        ("القاهرة - اندلعت اشتباكات عنيفة في العاصمة الليبية، الاثنين، بين مجموعات مسلحة.", "attack", "Tripoli"),
    ],
)
def test_the_bare_capital_is_the_storys_capital(text, event_type, name):
    found = of_type(extract(text, "2023-06-01"), event_type)
    assert [(e.get("location") or {}).get("name") for e in found][:1] == [name], found


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("gathered in the capital on Thursday", True),
        ("تجمعوا في العاصمة يوم الخميس", True),
        ("arrived in the capital Kabul", False),
        ("في العاصمة الليبية", False),
        ("the capital of Mali", False),
    ],
)
def test_a_word_after_the_capital_leaves_it_bare_unless_a_name_or_adjective(text, bare):
    assert (load_bare_capital(key="capital_words").search(text) is not None) is bare


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # every name of the sentence is the march's: the bomb is in the story's capital
        (
            "MOGADISHU, Oct 18 (Reuters) - Thousands of Somalis marched through Mogadishu on Wednesday to denounce "
            "the militants, four days after a truck bomb in the capital killed more than 300 people.",
            [["SOM"]],
        ),
        ("مقديشو - تظاهر آلاف الصوماليين في مقديشو الأربعاء، بعد تفجير شاحنة مفخخة في العاصمة يوم السبت الماضي.", [["SOM"]]),
        # a story of no country: no capital, no event
        (
            "Thousands of people marched on Wednesday to denounce the militants, four days after a truck bomb in the "
            "capital killed more than 300 people.",
            [],
        ),
        ("تظاهر آلاف الأشخاص الأربعاء تنديدا بالمسلحين، بعد تفجير شاحنة مفخخة في العاصمة يوم السبت الماضي.", []),
    ],
)
def test_a_deed_left_with_no_country_of_its_own_is_in_the_bare_capital(text, countries):
    assert [e["countries"] for e in of_type(extract(text, "2017-10-18"), "attack")] == countries
