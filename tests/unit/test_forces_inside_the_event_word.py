"""An Arabic event word that ends on a word of armed forces («واستعادت القوات ... السيطرة»)
takes the forces named from that word on as its doer: «القوات السورية» retook the town, as
"Syrian government forces recaptured the town" tells in English."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("واستعادت القوات السورية السيطرة على البلدة من المعارضة الجمعة.", "SYR"),
        ("واستعادت قوات الحكومة السورية السيطرة على البلدة من المعارضة الجمعة.", "SYR"),
        ("واستعاد الجيش اللبناني السيطرة على التلال الحدودية الجمعة.", "LBN"),
        ("واستعادت القوات التركية السيطرة على القرية الجمعة.", "TUR"),
        ("Syrian government forces recaptured the town from rebels on Friday.", "SYR"),
    ],
)
def test_the_forces_of_the_event_word_are_its_doer(text: str, country: str) -> None:
    found = of_type(extract(text, "2023-06-10"), "attack")
    assert [(e["date"], e["actor1"] and country in e["countries"]) for e in found] == [("2023-06-09", True)], found
