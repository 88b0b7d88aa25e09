"""A small store of bilingual events for the dashboard's tests (tests/fixtures/dashboard/events.json).

The events go through the store's real ingest (with a stand-in extractor that
returns the fixture's events), so they are merged, indexed and corrected
exactly as the pipeline's would be: the two reports of the Doha base visit
become one event with two sources, and the Cairo arrest is rejected.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from events.model import Article
from events.text.sentences import split_sentences

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "dashboard" / "events.json"

VISIBLE_EVENTS = 11  # 13 extracted, the two Doha reports merged, the Cairo arrest rejected
ALL_EVENTS = 12


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def sample_articles() -> list[Article]:
    return [
        Article(
            id=a["id"],
            text=a["text"],
            title=a["title"],
            published=a["published"],
            source=a["source"],
            url=a["url"],
            language=a["language"],
        )
        for a in _data()["articles"]
    ]


def _span(text: str, needle: str | None, start: int, end: int) -> list[int] | None:
    if not needle:
        return None
    at = text.find(needle, start, end)
    return [at, at + len(needle)] if at >= 0 else None


def sample_events() -> dict[str, list[dict[str, Any]]]:
    """The fixture's events by article id, as the pipeline would return them (quotes and spans filled)."""
    texts = {a["id"]: a for a in _data()["articles"]}
    out: dict[str, list[dict[str, Any]]] = {}
    for item in _data()["events"]:
        article = texts[item["article_id"]]
        text = article["text"]
        s, e = split_sentences(text)[item["quote_index"]]
        n = len(out.setdefault(item["article_id"], []))
        actors = {a: [_span(text, name, s, e)] for a, name in (item.get("actor_texts") or {}).items()}
        spans = {
            "quote": [s, e],
            "trigger": _span(text, item["trigger"], s, e),
            "date": _span(text, item.get("date_text"), s, e),
            "actors": {a: v for a, v in actors.items() if v[0]},
        }
        loc = _span(text, item.get("location_text"), s, e)
        if loc:
            spans["location"] = loc
        out[item["article_id"]].append(
            {
                "event_id": f"{item['article_id']}:{n}",
                "article_id": item["article_id"],
                "event_type": item["event_type"],
                "cameo": None,
                "date": item["date"],
                "date_precision": item["date_precision"],
                "date_basis": item["date_basis"],
                "end_date": None,
                "title": text[s:e][:80],
                "quote": text[s:e],
                "trigger": item["trigger"],
                "actors": item["actors"],
                "actor1": item["actors"][0],
                "actor2": item["actors"][1] if len(item["actors"]) > 1 else None,
                "attribution": "article",
                "countries": item["countries"],
                "location": item["location"],
                "spans": spans,
                "confidence": item["confidence"],
                "language": article["language"],
                "published": article["published"],
                "published_estimated": False,
            }
        )
    return out


def rejected_ids() -> list[str]:
    ids = []
    for aid, events in sample_events().items():
        raw = [e for e in _data()["events"] if e["article_id"] == aid]
        ids += [ev["event_id"] for ev, item in zip(events, raw, strict=True) if item.get("rejected")]
    return ids


def fill_store(store: Any) -> None:
    """Ingest the fixture into `store` and reject the events it marks rejected."""
    from events.corrections import add_correction
    from events.ingest import ingest_articles

    events = sample_events()
    report = ingest_articles(store, sample_articles(), extract=lambda a: [dict(e) for e in events.get(a.id, [])])
    assert not report.failed, report.failed
    for event_id in rejected_ids():
        add_correction(store, event_id, "reject", author="tests", note="not a geopolitical event")


def make_store(path: Path) -> Any:
    from events.store import open_store

    store = open_store(str(path))
    fill_store(store)
    return store
