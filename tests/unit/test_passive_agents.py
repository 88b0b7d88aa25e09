"""An attack told from the side that suffered it names its doer after من/by/from:
"تعرضت القوات لهجوم من تنظيم داعش", "came under attack from", "were attacked by"."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("تعرضت قوات النظام السوري لهجوم من تنظيم داعش في دير الزور الأربعاء.", "islamic_state", "syria_army"),
        ("لقي 18 من قوات النظام السوري مصرعهم، يوم الأربعاء، إثر تعرضهم لهجوم من تنظيم داعش في دير الزور.", "islamic_state", "syria_army"),
        ("Syrian government troops came under attack from Islamic State fighters in Deir ez-Zor on Wednesday.", "islamic_state", "syria_government"),
        ("Syrian government troops were attacked by Islamic State fighters in Deir ez-Zor on Wednesday.", "islamic_state", "syria_government"),
    ],
)
def test_the_doer_after_a_passive_is_the_initiator(text, doer, target):
    found = of_type(extract(text, "2018-04-18"), "attack")
    assert found and (found[0]["actor1"], found[0]["actor2"]) == (doer, target), found
