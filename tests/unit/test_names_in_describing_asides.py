"""A relative aside that describes the name right before it and closes with a comma before
the event word (", which borders Libya,", "، التي تتقاسم حدودا مع ليبيا،") tells something of
that name: the names inside it are no subject of the event word, so the name it describes is
the doer, and two deeds of one type by two doers stay two."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "kind", "doer"),
    [
        (  # English: the subject before the aside
            "Egypt, which shares a long border with eastern Libya, sent two planes carrying food to Benghazi on Tuesday.",
            "aid",
            "EGY",
        ),
        (
            "Turkey, which keeps troops in northern Iraq, struck Kurdish positions near Duhok on Monday.",
            "attack",
            "TUR",
        ),
        (  # Arabic: the subject after the verb, described by an aside
            "أرسلت مصر، التي تتقاسم حدودا طويلة مع ليبيا، طائرات محملة بالأغذية إلى بنغازي يوم الثلاثاء.",
            "aid",
            "EGY",
        ),
        (  # Arabic: the subject before the verb
            "مصر، التي تتقاسم حدودا طويلة مع ليبيا، أرسلت طائرات محملة بالأغذية إلى بنغازي يوم الثلاثاء.",
            "aid",
            "EGY",
        ),
    ],
)
def test_the_name_an_aside_describes_is_the_doer(text, kind, doer):
    found = of_type(extract(text, "2023-09-14"), kind)
    assert [e["actor1"] for e in found] == [doer]


@pytest.mark.parametrize(
    "text",
    [
        "Egypt, which shares a long border with eastern Libya, sent two planes carrying food to Benghazi on Tuesday. "
        "Even the government in Tripoli, a rival of the east, sent a plane carrying medicine to Benghazi on Tuesday.",
    ],
)
def test_two_senders_named_apart_are_two_deeds(text):
    assert len(of_type(extract(text, "2023-09-14"), "aid")) == 2


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (  # the aside holds the event word: it tells that event, one deed
            "The talks in Doha, which Qatar hosted on Monday, ended without a deal.",
            "meeting",
        ),
    ],
)
def test_an_aside_holding_the_event_word_keeps_its_names(text, kind):
    found = of_type(extract(text, "2023-09-14"), kind)
    assert all("QAT" in e["countries"] for e in found)
