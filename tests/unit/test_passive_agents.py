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


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        # the mark of the doer ends the event's words: the side after it fired, the one that told of it is no doer
        (
            "Riyadh had announced earlier on Wednesday the destruction of two drones launched by the Houthis towards southern Saudi Arabia.",
            "houthis",
            "SAU",
        ),
        (
            'As for Yemen, Riyadh constantly denounces the growing use of "Iranian" drones and missiles fired by the Houthis towards its territory.',
            "houthis",
            "SAU",
        ),
        (
            "وكانت الرياض قد أعلنت في وقت سابق الأربعاء تدمير طائرتين مسيرتين أطلقتا من قبل الحوثيين باتجاه جنوب السعودية.",
            "houthis",
            "SAU",
        ),
        # negative rows: no mark of the doer, the side before still fired
        ("The Houthis fired a ballistic missile at Riyadh on Wednesday.", "houthis", "SAU"),
        ("Saudi air defences intercepted a missile fired from Yemen towards Riyadh on Wednesday.", None, None),
    ],
)
def test_the_side_after_the_mark_that_ends_the_event_words_fired(text, doer, target):
    found = of_type(extract(text, "2018-04-11"), "attack")
    assert found, found
    if doer is None:
        assert all(e["actor1"] != "SAU" for e in found), found
    else:
        assert (found[0]["actor1"], found[0]["actor2"]) == (doer, target), found
