"""The Turkey-Qatar article: the events the project promises to find in it."""

from __future__ import annotations

import re

import pytest

from events.model import Article
from events.pipeline import extract_article


@pytest.fixture(scope="module")
def events(resources, turkey_qatar_path):
    lines = turkey_qatar_path.read_text(encoding="utf-8").split("\n", 1)
    article = Article(id="turkey-qatar", title=lines[0], text=lines[1], published="2020-11-10")
    return [e.to_dict() for e in extract_article(article, resources)]


def _find(events, event_type, countries, date_prefix=None):
    return [
        e
        for e in events
        if e["event_type"] == event_type
        and set(countries) <= set(e["countries"])
        and (date_prefix is None or (e["date"] or "").startswith(date_prefix))
    ]


def test_boycott_of_qatar_june_2017(events):
    found = _find(events, "sanctions", ["SAU", "ARE", "BHR", "EGY", "QAT"], "2017-06")
    assert found, events
    assert found[0]["date"] in ("2017-06", "2017-06-05")


def test_turkish_parliament_ratification_2017(events):
    found = _find(events, "ratification", ["TUR"], "2017")
    assert found
    assert found[0]["date_basis"] in ("reference", "explicit")


def test_geneva_ceasefire_october_2020(events):
    found = _find(events, "ceasefire", ["LBY"], "2020-10")
    assert found
    assert found[0]["date_basis"] == "reference"


def test_us_election_won_by_biden_november_2020(events):
    found = _find(events, "election", ["USA"], "2020-11")
    assert found
    assert found[0]["location"]["country"] == "USA"


def test_ambassador_visit_to_the_base(events):
    assert _find(events, "visit", ["TUR", "QAT"])


def test_no_false_date_from_5_plus_5_or_national_day(events):
    assert not [e for e in events if (e["date"] or "").startswith("2020-05-05")]
    assert not [e for e in events if e["date"] == "2020-10-29"]


def test_no_invented_day(events, turkey_qatar_path):
    text = turkey_qatar_path.read_text(encoding="utf-8")
    for e in events:
        if e["date_precision"] == "day" and e["date_basis"] == "explicit":
            day = str(int(e["date"][8:10]))
            assert re.search(rf"\b{day}\b", text), e


def test_spans_point_into_the_text(events, turkey_qatar_path):
    text = turkey_qatar_path.read_text(encoding="utf-8").split("\n", 1)[1]
    for e in events:
        s, t = e["spans"]["quote"]
        assert text[s:t] == e["quote"]
        ts, te = e["spans"]["trigger"]
        assert s <= ts < te <= t


ENGLISH_STORY = (
    "The Turkish ambassador to Doha, Mustafa Goksu, paid a surprise visit on Monday to the headquarters of the "
    "Qatari-Turkish combined force at the Turkish military base in Qatar. Military ties between Turkey and Qatar "
    "have deepened since the boycott of Qatar by Saudi Arabia, the UAE, Bahrain and Egypt in June 2017. The military "
    "cooperation agreement came into force after the Turkish parliament ratified it. The head of the defence committee "
    "of the Libyan House of Representatives said the aim of these visits was to undermine the ceasefire agreement "
    "reached by the 5+5 Joint Military Commission in Geneva. Turkey fears isolation after Democratic candidate Joe "
    "Biden won the US presidential election."
)


@pytest.mark.parametrize(
    ("event_type", "countries", "date"),
    [
        ("visit", ["TUR", "QAT"], "2020-11-09"),
        ("sanctions", ["SAU", "ARE", "BHR", "EGY", "QAT"], "2017-06"),
        ("ratification", ["TUR"], "2017"),
        ("ceasefire", ["LBY"], "2020-10"),
        ("election", ["USA"], "2020-11"),
    ],
)
def test_the_story_told_in_english(resources, event_type, countries, date):
    article = Article(id="turkey-qatar-en", title="Turkish ambassador visits base in Qatar", text=ENGLISH_STORY, published="2020-11-10")
    found = _find([e.to_dict() for e in extract_article(article, resources)], event_type, countries, date)
    assert found, (event_type, countries, date)
