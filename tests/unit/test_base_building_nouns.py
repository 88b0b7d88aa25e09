"""Building or setting up a base, told by the verbal noun and the base's adjective after it («عبر
بناء قاعدة عسكرية كبيرة في جزيرة سقطرى», "by building a large military base on Socotra"), is the
strong deed of a deployment (a base set up), not the weak bare noun of a base inside it
(data/triggers.json). A base seized and a bare base stay what they were."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.resources import load_resources
from events.text.normalize import fold
from events.triggers import find_triggers


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وأكملت الإمارات بناء قاعدة عسكرية في سقطرى.", "بناء قاعدة عسكرية"),
        ("وأعلنت تركيا إنشاء قاعدة جوية في قطر.", "إنشاء قاعدة جوية"),
        ("وبدأت روسيا إقامة قواعد بحرية في السودان.", "إقامة قواعد بحرية"),
        ("وأكملت الإمارات بناء قاعدة في سقطرى.", "بناء قاعدة"),
    ],
)
def test_the_verbal_noun_takes_the_bases_adjective(text, word):
    found = [t for t in find_triggers(text, fold(text), load_resources().triggers) if t.event_type == "deployment"]
    assert [(t.text, t.weight) for t in found] == [(word, 0.9)]


@pytest.mark.parametrize(
    "text",
    [
        "واقتطعت الإمارات الجزيرة من وسطها اليمني عبر بناء قاعدة عسكرية كبيرة في جزيرة سقطرى.",
        "The UAE cut the island off from Yemen by building a large military base on Socotra.",
    ],
)
def test_a_base_built_is_a_deployment(text):
    assert [sorted(e["countries"]) for e in of_type(extract(text, "2018-05-08"), "deployment")] == [["ARE", "YEM"]]


@pytest.mark.parametrize(
    "text",
    [
        "واستولت القوات الحكومية على قاعدة عسكرية في سقطرى.",
        "Government forces seized a military base on Socotra.",
    ],
)
def test_a_base_seized_is_no_deployment(text):
    assert of_type(extract(text, "2018-05-08"), "deployment") == []
