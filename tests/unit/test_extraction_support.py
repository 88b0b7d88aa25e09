"""Extraction of one short text with the real resources, shared by the table-driven extraction tests."""

from __future__ import annotations

from events.model import Article, PlaceMention
from events.pipeline import extract_article
from events.resources import load_resources
from events.text.normalize import fold
from events.triggers import find_triggers


def extract(text: str, published: str) -> list[dict]:
    """The events of `text` told on `published`, as SCHEMA.md records."""
    article = Article(id="t", text=text, published=published)
    return [e.to_dict() for e in extract_article(article, load_resources())]


def of_type(found: list[dict], event_type: str) -> list[dict]:
    return [e for e in found if e["event_type"] == event_type]


def actors_and_countries(found: list[dict]) -> tuple[set[str], set[str]]:
    """The actor ids and the country codes of all the events `found`."""
    return {a for e in found for a in e["actors"]}, {c for e in found for c in e["countries"]}


def asserted_words(text: str, event_type: str) -> list[str]:
    """The words of `text` the trigger lexicon reads as asserted events of `event_type`."""
    return [
        text[t.start : t.end]
        for t in find_triggers(text, fold(text), load_resources().triggers)
        if t.event_type == event_type and t.modality == "asserted"
    ]


def country_named(text: str, name: str, code: str = "XXX") -> PlaceMention:
    """The place of a country's name, at its first place in `text`."""
    start = text.index(name)
    return PlaceMention(start, start + len(name), name, name, code, 0.0, 0.0, "country")


def check_dated_from_the_catalog(text: str, published: str, event_type: str, date: str, country: str) -> None:
    """Assert that `text` tells one event of `event_type`, dated from the reference catalog on
    `date`, with `country` among its countries."""
    found = of_type(extract(text, published), event_type)
    assert [(e["date"], e["date_basis"]) for e in found] == [(date, "reference")], found
    assert country in found[0]["countries"]


def check_not_dated(text: str, published: str, date: str) -> None:
    """Assert that no event of `text` is dated `date` (a catalogued event it does not name)."""
    found = extract(text, published)
    assert all(e["date"] != date for e in found), found


def check_entry_named(entry_id: str) -> None:
    """Assert that the catalog entry has names and aliases in both languages and a source."""
    entry = next(e for e in load_resources().catalog.entries() if e.id == entry_id)
    assert entry.name_ar and entry.name_en and entry.aliases_ar and entry.aliases_en
    assert entry.source.startswith("Wikipedia: ")
