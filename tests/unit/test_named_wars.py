"""A war of the catalog named without a date ("the war in Ukraine", "Russia's war in Ukraine", "the
war in Lebanon"; «الحرب في أوكرانيا»، «الحرب في لبنان») is a background attack of the catalog's date,
when the article is published after it began. Named in an article written before it began, the
name is of another war: no entry of the catalog. (The war in Gaza named in passing stays no event:
test_english_counted_dates_and_brokers, test_english_weekends_and_definitions.)"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "war"),
    [
        ("Trump has promised to end the war in Ukraine quickly.", "2024-11-06", ("2022-02-24", {"RUS", "UKR"})),
        ("Russia's war in Ukraine has stretched its forces, analysts said.", "2024-12-08", ("2022-02-24", {"RUS", "UKR"})),
        ("The war in Lebanon has displaced a million people, officials said.", "2024-11-06", ("2023-10-08", {"ISR", "LBN"})),
        ("وتعهد ترامب بإنهاء الحرب في أوكرانيا سريعا.", "2024-11-06", ("2022-02-24", {"RUS", "UKR"})),
        ("وقال مسؤولون إن الحرب في لبنان شردت مليون شخص.", "2024-11-06", ("2023-10-08", {"ISR", "LBN"})),
    ],
)
def test_a_named_war_is_a_background_attack(text: str, published: str, war: tuple[str, set[str]]) -> None:
    found = [e for e in of_type(extract(text, published), "attack") if e["date_basis"] == "reference"]
    assert len(found) == 1 and found[0]["date"] == war[0] and war[1] <= set(found[0]["countries"]), found


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # written before the catalogued war began: another war of that name
        ("The war in Ukraine has killed 10,000 people, the UN said.", "2016-12-08"),
        ("The war in Lebanon ended with a UN resolution.", "2007-01-10"),
        ("وقالت الأمم المتحدة إن الحرب في أوكرانيا أودت بحياة عشرة آلاف شخص.", "2016-12-08"),
        ("وانتهت الحرب في لبنان بقرار أممي.", "2007-01-10"),
    ],
)
def test_no_catalogued_war_before_it_began(text: str, published: str) -> None:
    found = [e for e in of_type(extract(text, published), "attack") if e["date"] and e["date"] > published]
    assert found == [], found
