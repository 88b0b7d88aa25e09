"""An English clause opened by "the day" after a date, with a subject of its own ("on Feb. 24,
the day Russian forces invaded Ukraine"), tells a deed of its own on that date, as one of "when"
does; the sentence's own deed does not take in its sides."""

from __future__ import annotations

from test_extraction_support import extract, of_type


def test_the_day_s_deed_is_told_on_the_date() -> None:
    text = "Pakistan's Imran Khan held talks with President Vladimir Putin in Moscow on Feb. 24, the day Russian forces invaded Ukraine."
    events = extract(text, "2022-04-11")
    assert [(e["date"], e["countries"]) for e in of_type(events, "attack")] == [("2022-02-24", ["RUS", "UKR"])]
    assert all("UKR" not in e["countries"] for e in of_type(events, "meeting"))


def test_a_day_to_come_tells_no_deed() -> None:
    text = "Assad said on Monday the day would come when Syria rejoins the Arab League."
    assert of_type(extract(text, "2022-04-11"), "relations") == []
