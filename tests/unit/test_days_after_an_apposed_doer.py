"""A deed told "a day after" a day named in its sentence, with its doer named again between a
pair of commas before its verb ("a day after the State Duma, the lower house, approved it",
«بعد يومين من أن المتظاهرين، وهم طلاب غاضبون، اقتحموا البرلمان»): the naming ends no clause,
so the deed is still counted back from that day, a deed of its own. One comma alone still ends
the count's reach ("two days after the talks ended, and protesters stormed ...")."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "dates"),
    [
        (
            "The Federation Council voted 155-0 for the treaty on Friday, a day after the State Duma, "
            "the lower house, approved it by 443 votes to one.",
            "2014-03-21",
            "ratification",
            ["2014-03-20", "2014-03-21"],
        ),
        # the same verb twice: the second deed's doer is the body the aside follows
        (
            "The Federation Council ratified the treaty on Friday, a day after the State Duma, the lower house, ratified it.",
            "2014-03-21",
            "ratification",
            ["2014-03-20", "2014-03-21"],
        ),
        (
            "صادق مجلس الاتحاد على المعاهدة يوم الجمعة، بعد يوم من مصادقة مجلس الدوما، وهو الغرفة السفلى، عليها.",
            "2014-03-21",
            "ratification",
            ["2014-03-20", "2014-03-21"],
        ),
        (
            "Israeli jets struck Gaza on Wednesday, two days after Hamas, which runs Gaza, fired rockets at Ashkelon.",
            "2024-03-21",
            "attack",
            ["2024-03-18", "2024-03-20"],
        ),
        (
            "وفرضت السلطات حظر التجول يوم الخميس، بعد يومين من أن المتظاهرين، وهم طلاب غاضبون، اقتحموا مبنى البرلمان في بغداد.",
            "2016-05-05",
            "attack",
            ["2016-05-03"],
        ),
        (
            "وفرضت السلطات حظر التجول يوم الخميس، بعد يومين من قيام المتظاهرين، وهم طلاب غاضبون، باقتحام مبنى البرلمان في بغداد.",
            "2016-05-05",
            "attack",
            ["2016-05-03"],
        ),
    ],
)
def test_counted_back_past_an_apposed_doer(text, published, kind, dates):
    events = of_type(extract(text, published), kind)
    assert sorted(e["date"] for e in events) == dates


@pytest.mark.parametrize(
    ("text", "published", "kind", "dates"),
    [
        # one comma ends the clause the count opens: the next clause's deed is not counted back
        (
            "Officials declared a curfew on Thursday, two days after the talks ended, and protesters stormed "
            "the parliament in Baghdad.",
            "2016-05-05",
            "protest",
            ["2016-05-05"],
        ),
        (
            "وفرضت السلطات حظر التجول يوم الخميس، بعد يومين من انتهاء المحادثات، وهاجم مسلحون مبنى البرلمان في بغداد.",
            "2016-05-05",
            "attack",
            ["2016-05-05"],
        ),
        # a list's comma still ends the reach of the count
        (
            "The king declared a state of emergency on Tuesday, a day after 1,000 Saudi soldiers, 500 police "
            "and dozens of vehicles crossed the causeway into Bahrain.",
            "2011-03-15",
            "deployment",
            ["2011-03-15"],
        ),
    ],
)
def test_guards(text, published, kind, dates):
    events = of_type(extract(text, published), kind)
    assert sorted(e["date"] for e in events) == dates
