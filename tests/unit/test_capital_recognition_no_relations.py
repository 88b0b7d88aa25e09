"""A city recognised as a state's capital, and an embassy moved to it, restore, open or reopen
no ties between two states: the catalog names them (`no_event: outside_taxonomy`) so that
their words are read as no `relations`, whether the article tells them done or still ahead."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

AFTER = "2018-06-20"  # after the recognition (2017-12-06) and the move (2018-05-14)
BEFORE = "2018-05-10"  # days before the move


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("وتصاعد الغضب بعد أن نقلت الولايات المتحدة سفارتها إلى القدس.", AFTER),
        ("The US moved its embassy to Jerusalem last month.", AFTER),
        ("وتدهورت العلاقات منذ اعتراف ترامب بالقدس عاصمة لإسرائيل.", AFTER),
        ("Relations soured after Trump's recognition of Jerusalem as Israel's capital.", AFTER),
        ("وأثار الحفل جدلا لتزامنه مع نقل السفارة الأمريكية إلى القدس.", BEFORE),
        ("The reception coincides with the relocation of the US embassy to Jerusalem.", BEFORE),
    ],
)
def test_no_relations_in_a_capital_recognised_or_an_embassy_moved(text: str, published: str) -> None:
    assert of_type(extract(text, published), "relations") == []

