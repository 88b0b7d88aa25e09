"""The extraction pipeline for one article: stages in order, resources passed in."""

from __future__ import annotations

import bisect
import calendar
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TypeVar

from events.actors import find_actors
from events.assemble import Mentions, assemble_events
from events.assemble.anaphor_days import anaphor_starts
from events.assemble.coming_before import coming_occasions
from events.assemble.decrees import decree_starts
from events.assemble.following_spans import following_span_positions
from events.assemble.following_years import year_phrase_positions
from events.assemble.lasting_sieges import sieges_in_force
from events.assemble.lifted_measures import lifted_measure
from events.assemble.measured_openers import hours_opener_starts
from events.assemble.perfect_leads import next_paragraph_starts
from events.assemble.referred_back import referring_starts
from events.assemble.retold_verbs import retelling_starts
from events.assemble.sequels import sequel_starts
from events.assemble.taken_up import taken_up_starts
from events.introduced_persons import introduced_persons
from events.model import Article, Event, ReferenceMention, TimeMention, TriggerMention
from events.month_names import without_month_names
from events.places import Gazetteer, find_places
from events.reference import find_references, titled_references
from events.resources import Resources
from events.speech_days import quotation_frame_starts, with_speech_days
from events.temporal import (
    estimate_published,
    find_dates,
    hours_around_deeds,
    opens_with_year,
    pointed_back_positions,
    same_as_before_starts,
)
from events.text.dateline import filed_country, find_dateline
from events.text.masking import kept_sentences, mask_folded, text_spans
from events.text.normalize import FoldedText, arabic_share, fold
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


def _filed_from(text: str, gazetteer: Gazetteer) -> tuple[str, int] | None:
    """The country a wire story's dateline names ("BUDAPEST, Feb 26 (Reuters) -", «بودابست - »),
    and where the dateline ends; None without a dateline or with places of several countries
    ("MOSCOW/KYIV")."""
    dateline = find_dateline(text)
    if dateline is None:
        return None
    head = text[: dateline[1]]
    country = filed_country(find_places(head, fold(head), gazetteer))
    return (country, dateline[1]) if country is not None else None


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
    whole = t.run("normalise", lambda: fold(text))
    sentences = t.run("sentences", lambda: split_sentences(text))
    triggers = t.run("triggers", lambda: find_triggers(text, whole, resources.triggers))
    triggers = sieges_in_force(text, triggers, sentences)  # "تفرض القوات حصارا منذ 2013": a blockade
    triggers = coming_occasions(text, triggers, sentences)  # "يأتي القرار قبل أيام من القمة": still to come
    references = t.run("references", lambda: find_references(text, whole, resources.catalog, article.published))
    references = titled_references(whole, resources.catalog, article.published, triggers, references)
    reading = _Reading.of(sentences, triggers, references, whole)
    if reading is None:  # no event can come from this article: its actors, dates and places are never read
        return Mentions(sentences, [], [], [], triggers, references, whole)
    filed = _filed_from(text, resources.gazetteer)
    actors = t.run("actors", lambda: introduced_persons(text, find_actors(text, whole, resources.actors, filed)))
    dates = t.run("dates", lambda: reading.dates(article))
    # "defaulted on its debt in March": no march (read here, once the dates are known; the catalog
    # names and the sentences to read above took the word as it was, which only widens what is read)
    triggers = without_month_names(triggers, dates)
    # every country the article names, with how often it names it itself (a group's members: nought)
    context = Counter(a.country for a in actors if a.country)
    for c in {c for a in actors for c in a.members}:
        context.setdefault(c, 0)
    places = t.run(
        "places", lambda: find_places(reading.text, reading.folded, resources.gazetteer, context, reading.spans)
    )
    return Mentions(sentences, dates, actors, places, triggers, references, whole)


class _Reading:
    """The sentences an event can come from, as the dates and places stages read them:
    the text with every other sentence blanked, and the stretches that hold text."""

    def __init__(self, folded: FoldedText, spans: list[tuple[int, int]] | None) -> None:
        self.folded = folded
        self.text = folded.original
        self.spans = spans  # the stretches of `folded` that hold text (None: all of it)

    @classmethod
    def of(
        cls,
        sentences: list[tuple[int, int]],
        triggers: list[TriggerMention],
        references: list[ReferenceMention],
        whole: FoldedText,
    ) -> _Reading | None:
        """The reading of the sentences with an asserted trigger, a measure named as lifted (which the
        catalog may date: `lifted_measure`), a deal undone or a catalogued name (None: there is none)."""
        # a deal undone ("left") may name its own year: the deal of that year (`left_deal_of_its_year`)
        positions = [
            m.start for m in triggers if m.modality == ASSERTED or lifted_measure(m) or (m.modality == "left" and m.event_type == "agreement")
        ] + [r.start for r in references]
        keep = kept_sentences(sentences, positions)
        if not keep:
            return None
        if keep != sentences:
            # "Militiamen opened fire ... the same day": the sentence before tells which day;
            # "In the spring of 2011, ... Protests broke out on 15 February": which year
            # "His downfall began when he fired him on Nov. 6. He fled. Nine days later, the army ...":
            # back past the sentences with no number to the one that told the time counted from
            before = _sentences_before(sentences, keep, same_as_before_starts(whole.original), whole.original)
            before += _sentences_before(sentences, keep, sequel_starts(whole.original))  # "Turkish artillery then struck"
            before += _sentences_before(sentences, keep, referring_starts(whole.original, sentences))  # "وجاء ذلك خلال"
            before += decree_starts(whole.original, sentences)  # "أصدر الملك، أمس، أوامر ملكية": its day
            before += taken_up_starts(whole.original, sentences)  # "وقعت ... أمس اتفاقا ... ويشمل الاتفاق": its day
            before += _year_settings_before(sentences, keep, whole.original)
            before += hours_around_deeds(whole.original)  # "Hours before the announcement": announced when
            before += pointed_back_positions(whole.original)  # "بعد ساعات من هذه التصريحات": when they were made
            before += hours_opener_starts(whole.original, sentences)  # "Hours after the Americans landed, ...": the news's day
            before += anaphor_starts(whole.original, sentences, keep)  # "The minister announced the decision on Tuesday"
            before += next_paragraph_starts(whole.original, sentences)  # "has resigned ... \n\n ... on Tuesday evening"
            before += _sentences_before(sentences, keep, year_phrase_positions(whole.original))  # "the following year"
            before += _sentences_before(sentences, keep, following_span_positions(whole.original))  # "over the following days"
            before += retelling_starts(whole.original, sentences, keep)  # "The declaration was signed on Saturday"
            before += quotation_frame_starts(whole.original, sentences)  # said on Monday: "... We signed today."
            if before:
                keep = kept_sentences(sentences, positions + before)
        if keep == sentences:
            return cls(whole, None)
        return cls(mask_folded(whole, keep), text_spans(whole, keep))

    def dates(self, article: Article) -> list[TimeMention]:
        found = find_dates(self.text, article.published, article.language, folded=self.folded, spans=self.spans)
        return with_speech_days(self.text, found, article.published)


def _sentences_before(
    sentences: list[tuple[int, int]], keep: list[tuple[int, int]], positions: list[int], text: str | None = None
) -> list[int]:
    """The starts of the sentences just before the kept ones that hold one of `positions`. With
    `text`, back to the nearest that writes a number (a day, a year), at most `_SENTENCES_BACK`
    of them: a count of time or "the same day" takes the time told last, which an undated sentence
    between does not hold ("fired him on Nov. 6 ... He fled, saying he had been threatened. Nine
    days later")."""
    if not positions:
        return []
    starts = [s for s, _ in sentences]
    kept = set(keep)
    out: list[int] = []
    for pos in positions:
        i = bisect.bisect_right(starts, pos) - 1
        if i <= 0 or sentences[i] not in kept:
            continue
        for j in range(i - 1, max(-1, i - 1 - (_SENTENCES_BACK if text is not None else 1)), -1):
            out.append(sentences[j][0])
            if text is None or any(c.isdigit() for c in text[sentences[j][0] : sentences[j][1]]):
                break
    return out


# the most sentences read back from a count of time ("Nine days later") for the time it counts from
_SENTENCES_BACK = 3


def _year_settings_before(sentences: list[tuple[int, int]], keep: list[tuple[int, int]], text: str) -> list[int]:
    """The starts of the sentences, not kept, just before kept ones in their paragraph, that
    open with the year they are set in (see `events.temporal.opens_with_year`)."""
    starts = [s for s, _ in sentences]
    kept = set(keep)
    out: list[int] = []
    for s, _ in keep:
        i = bisect.bisect_left(starts, s)
        if 0 < i < len(sentences) and starts[i] == s and sentences[i - 1] not in kept:
            b, e = sentences[i - 1]
            if "\n" not in text[e:s] and opens_with_year(text, b, e):
                out.append(b)
    return out


def redate(article: Article, mentions: Mentions, timer: StageTimer | None = None) -> Mentions:
    """`mentions` with their dates read again against the article's (new) publication date.

    Only the dates stage reads the publication date: triggers, catalog names,
    actors and places stay as they were found.
    """
    if mentions.folded is None:
        raise ValueError("redate needs the mentions' folded text")
    reading = _Reading.of(mentions.sentences, mentions.triggers, mentions.references, mentions.folded)
    if reading is None:
        return mentions
    t = timer or _NoTimer()
    return replace(mentions, dates=t.run("dates", lambda: reading.dates(article)))


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
        mentions = redate(article, mentions, timer)
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
