"""An attack told by its dead and its cause ("لقي أربعة عمال مصرعهم، يوم الأحد، إثر تعرضهم
لهجوم", "four workers died on Sunday after gunmen attacked their bus"): the deaths and the attack
are one deed, on the day the clause of the deaths gives."""

from __future__ import annotations

import pytest

from events.model import Article
from events.pipeline import extract_article
from events.resources import load_resources


def attacks(text: str) -> list[dict]:
    article = Article(id="t", text=text, published="2019-06-14")
    return [e.to_dict() for e in extract_article(article, load_resources()) if e.event_type == "attack"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("لقي أربعة جنود مصرعهم، يوم الأحد، إثر تعرضهم لهجوم نفذه مسلحون على حاجز عسكري في شمال العراق.", "2019-06-09"),
        ("قتل خمسة حراس يوم الاثنين بعد تعرضهم لهجوم مسلح على مخفرهم في ضواحي مدينة الموصل.", "2019-06-10"),
        ("Four soldiers died on Sunday after gunmen attacked their checkpoint in northern Iraq.", "2019-06-09"),
        ("Five guards were killed on Monday after an attack by militants on their station outside Mosul.", "2019-06-10"),
    ],
)
def test_an_attack_told_by_its_dead_is_one_attack_on_their_day(text, day):
    found = attacks(text)
    assert [e["date"] for e in found] == [day]
