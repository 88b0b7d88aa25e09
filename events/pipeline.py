"""The extraction pipeline for one article: stages in order, resources passed in."""

from __future__ import annotations

import calendar
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TypeVar

from events.actors import find_actors
from events.assemble import Mentions, assemble_events
from events.model import Article, Event
from events.places import find_places
from events.reference import find_references
from events.resources import Resources
from events.temporal import estimate_published, find_dates
from events.text.masking import kept_sentences, mask_folded, text_spans
from events.text.normalize import arabic_share, fold
from events.text.sentences import split_sentences
from events.triggers import ASSERTED, find_triggers

T = TypeVar("T")

STAGES = ("normalise", "sentences", "dates", "actors", "places", "triggers", "references", "assemble")


class StageTimer:
    """Accumulates seconds per stage (for `python -m events bench`)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = dict.fromkeys(STAGES, 0.0)

    def run(self, stage: str, fn: Callable[[], T]) -> T:
        start = time.perf_counter()
        try:
            return fn()
        finally:
            self.seconds[stage] += time.perf_counter() - start


class _NoTimer(StageTimer):
    def run(self, stage: str, fn: Callable[[], T]) -> T:
        return fn()


def prepare_article(article: Article) -> Article:
    """Fill what the pipeline can infer: language, and an estimated publication date."""
    language = article.language or ("ar" if arabic_share(article.text[:4000]) >= 0.3 else "en")
    published, estimated = article.published, article.published_estimated
    if not published:
        published = estimate_published(article.text)
        estimated = published is not None
    return replace(article, language=language, published=published, published_estimated=estimated)


def find_mentions(article: Article, resources: Resources, timer: StageTimer | None = None) -> Mentions:
    """Run every mention-finding stage over one (prepared) article.

    Triggers, catalog names and actors are read in the whole text (actors
    support one another across sentences); dates and places only in the
    sentences an event can come from (`events.text.masking`). When there is
    no such sentence, no event can come from the article, and nothing else is
    read.
    """
    t = timer or _NoTimer()
    text = article.text
    folded = whole = t.run("normalise", lambda: fold(text))
    sentences = t.run("sentences", lambda: split_sentences(text))
    triggers = t.run("triggers", lambda: find_triggers(text, folded, resources.triggers))
    references = t.run("references", lambda: find_references(text, folded, resources.catalog))
    keep = kept_sentences(
        sentences, [m.start for m in triggers if m.modality == ASSERTED] + [r.start for r in references]
    )
    if not keep:  # no event can come from this article: its actors, dates and places are never read
        return Mentions(sentences, [], [], [], triggers, references, whole)
    actors = t.run("actors", lambda: find_actors(text, folded, resources.actors))
    spans = None  # the stretches of `folded` that hold text (None: all of it)
    if keep != sentences:
        spans = text_spans(folded, keep)
        folded = mask_folded(folded, keep)
        text = folded.original
    dates = t.run(
        "dates", lambda: find_dates(text, article.published, article.language, folded=folded, spans=spans)
    )
    context = {a.country for a in actors if a.country} | {c for a in actors for c in a.members}
    places = t.run("places", lambda: find_places(text, folded, resources.gazetteer, context, spans))
    return Mentions(sentences, dates, actors, places, triggers, references, whole)


def extract_article(article: Article, resources: Resources, timer: StageTimer | None = None) -> list[Event]:
    """The events of one article (never merged with other articles)."""
    if not article.text.strip():
        return []
    article = prepare_article(article)
    mentions = find_mentions(article, resources, timer)
    t = timer or _NoTimer()
    events = t.run("assemble", lambda: assemble_events(article, mentions, resources.catalog, resources.gazetteer))
    later = _latest_known_date(events) if article.published_estimated else None
    if later is not None and article.published is not None and later > article.published:
        # the article names an event after the date it was estimated from: it
        # was published no earlier, and its relative words speak from then
        article = replace(article, published=later)
        mentions = find_mentions(article, resources, timer)
        events = t.run("assemble", lambda: assemble_events(article, mentions, resources.catalog, resources.gazetteer))
    return events


def _latest_known_date(events: list[Event]) -> str | None:
    """The latest day an event is dated by the text or the catalog (a month counts as its last day)."""
    days = []
    for e in events:
        if e.date is None or e.date_basis not in ("explicit", "reference"):
            continue
        if len(e.date) == 10:
            days.append(e.date)
        elif len(e.date) == 7:
            year, month = (int(part) for part in e.date.split("-"))
            days.append(date(year, month, calendar.monthrange(year, month)[1]).isoformat())
    return max(days, default=None)
