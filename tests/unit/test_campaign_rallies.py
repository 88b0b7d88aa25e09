"""A politician's election or campaign rally, and the remarks made at one, is no protest and no
election of its own, in English as in Arabic («تجمع انتخابي», «في تجمعين» name no protest): "said
during a Republican election rally in Minnesota", "held the first rally of his campaign in Izmir",
"similar remarks by Trump at two rallies in Mississippi". A rally of protesters is still a protest,
and an election named beside a rally is still an election."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

ROWS = [
    # (text, published, event type, expected dates)
    ("Trump said during a Republican election rally in the state of Minnesota on Thursday that King Salman will pay.",
     "2018-10-05", "protest", []),
    ("Trump said during a Republican election rally in the state of Minnesota on Thursday that King Salman will pay.",
     "2018-10-05", "election", []),
    ("That came after similar remarks by Trump at two rallies in the state of Mississippi last Tuesday.",
     "2018-10-05", "protest", []),
    ("Erdogan held the first rally of his campaign in the coastal city of Izmir on Sunday.",
     "2018-04-29", "protest", []),
    ("The candidate addressed a campaign rally in Ankara on Saturday.", "2018-04-29", "protest", []),
    ("وقال ترامب خلال تجمع انتخابي للجمهوريين في ولاية مينيسوتا، الخميس، إن الملك سلمان سيدفع.",
     "2018-10-05", "protest", []),
    ("وجاء ذلك بعد تصريحات مماثلة لترامب في تجمعين بولاية ميسيسبي الثلاثاء الماضي.", "2018-10-05", "protest", []),
    # rallies of protest, and elections, are still events
    ("Thousands of opposition supporters held a rally in Istanbul on Sunday against the government.",
     "2018-04-29", "protest", ["2018-04-29"]),
    ("Protesters staged a rally outside parliament in Amman on Wednesday.", "2018-06-07", "protest", ["2018-06-06"]),
    ("خرج آلاف المتظاهرين في مظاهرات حاشدة في عمان، الأربعاء، احتجاجا على قانون الضريبة.",
     "2018-06-07", "protest", ["2018-06-06"]),
    ("Turkey held presidential and parliamentary elections on Sunday.", "2018-06-25", "election", ["2018-06-24"]),
]


@pytest.mark.parametrize(("text", "published", "kind", "dates"), ROWS)
def test_campaign_rallies(text: str, published: str, kind: str, dates: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, published), kind)) == dates
