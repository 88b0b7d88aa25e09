"""An event told as recent whose keywords fit an older catalogued event of its type is the one
entry of its type and countries in the weeks before the publication: a name the press repeats
for every term (a president re-elected) fits the first election as well, but the word of
recency points to the latest. Told so inside what a speaker said, such an event is kept when
the catalog dates it, as a keyword of its entry would keep it. A president's re-election told by
title and nationality alone is the country's catalogued re-election of the weeks before, also in a
relative clause on the speaker with no comma before it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date", "basis"),
    [
        # the name fits both elections; the word of recency picks the one of the weeks before
        ("وأجرت إيران مؤخرا انتخابات رئاسية فاز بها روحاني.", "2017-05-25", "2017-05-19", "reference"),
        ("ونظمت إيران مؤخرا انتخابات فاز فيها حسن روحاني.", "2017-06-10", "2017-05-19", "reference"),
        ("Iran held a presidential election recently that Rouhani won.", "2017-05-30", "2017-05-19", "reference"),
        # no word of recency: the keywords keep the entry they fit
        ("وأجرت إيران انتخابات رئاسية فاز بها روحاني.", "2017-05-25", "2013-06-14", "reference"),
        # told as recent, but months after the latest vote: no entry of the weeks before
        ("وأجرت إيران مؤخرا انتخابات رئاسية فاز بها روحاني.", "2017-11-25", "2013-06-14", "reference"),
    ],
)
def test_a_recent_election_over_an_older_namesake(text, published, date, basis):
    (election,) = of_type(extract(text, published), "election")
    assert (election["date"], election["date_basis"]) == (date, basis)


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # a country's recent doing, told in a relative clause inside what a speaker said
        ("وقال المسؤول إن إيران التي أجرت مؤخرا انتخابات رئاسية ترفض أي تدخل في شؤونها.", "2017-05-25", "2017-05-19"),
        ("وأكد الوزير أن إيران التي شهدت مؤخرا انتخابات حرة لن تقبل الضغوط.", "2017-06-01", "2017-05-19"),
        ("The minister said that Iran held an election recently.", "2017-05-25", "2017-05-19"),
    ],
)
def test_a_recent_event_told_in_reported_speech(text, published, date):
    (election,) = of_type(extract(text, published), "election")
    assert (election["date"], election["date_basis"]) == (date, "reference")


@pytest.mark.parametrize(
    "text",
    [
        # told as recent, but no catalogued event of the weeks before: the speaker's word alone
        "وقال المسؤول إن إيران التي أجرت مؤخرا انتخابات رئاسية ترفض أي تدخل في شؤونها.",
        # no word of recency: reported, undated, not kept
        "وقال المسؤول إن إيران التي أجرت انتخابات رئاسية ترفض أي تدخل في شؤونها.",
    ],
)
def test_a_reported_event_without_a_recent_entry(text):
    assert of_type(extract(text, "2017-11-25"), "election") == []


@pytest.mark.parametrize(
    ("text", "published", "date", "basis"),
    [
        # a president's re-election told by title and nationality, with a word between the term and its count
        ("وفاز الرئيس الإيراني بولاية رئاسية ثانية.", "2017-05-25", "2017-05-19", "reference"),
        ("وحصل الرئيس الإيراني على فترة ولاية جديدة بعد فوزه في الانتخابات.", "2017-06-05", "2017-05-19", "reference"),
        # days after the vote, its result is the article's own news
        ("وفاز الرئيس الإيراني بولاية رئاسية ثانية.", "2017-05-20", "2017-05-20", "publication"),
        # weeks after: no catalogued re-election of the country near enough
        ("وفاز الرئيس الإيراني بولاية رئاسية ثانية.", "2017-07-10", "2017-07-10", "publication"),
    ],
)
def test_a_presidents_re_election_without_his_name(text, published, date, basis):
    (election,) = of_type(extract(text, published), "election")
    assert (election["date"], election["date_basis"]) == (date, basis)


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # a relative clause right after the speaker's title, with no comma before it, is about the speaker
        ("وقال الرئيس الإيراني الذي فاز مؤخرا بولاية ثانية إن بلاده لن تتراجع.", "2017-05-25", "2017-05-19"),
        ("وأكد الرئيس الإيراني الذي أعيد انتخابه مؤخرا أن بلاده ستواصل الحوار.", "2017-06-01", "2017-05-19"),
    ],
)
def test_an_election_in_a_relative_clause_on_the_speaker(text, published, date):
    (election,) = of_type(extract(text, published), "election")
    assert (election["date"], election["date_basis"], election["countries"]) == (date, "reference", ["IRN"])
