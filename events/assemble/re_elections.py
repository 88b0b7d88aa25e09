"""An election told as a re-election ("أعيد انتخابه", "فاز بولاية ثانية", "was re-elected",
"won a second term") is not the person's first: the catalog is asked again with the
re-election named in the catalog's own words, so that the later election of the one person
wins over the first one the name alone recalls."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.dating import RECENT_DAYS
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate, day_of
from events.model import Event
from events.reference import FRESH_NEWS_DAYS, ReferenceCatalog, ReferenceEntry, match_references
from events.text.normalize import fold_str

# characters around the event word within which a mark of re-election is read
_BEFORE = 30
_AFTER = 40


@lru_cache(maxsize=4)
def _re_election_rules(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], dict[str, str]]:
    """The marks of a re-election (folded) and the catalog's words for it, by language
    (data/assembly.json `re_elections`)."""
    rules = load_assembly_rules(path)["re_elections"]
    marks = [fold_str(m).lower() for m in rules["marks"]]
    return re.compile(alternation(marks)), dict(rules["catalog_words"])


def _told_as_re_election(text: str, cand: _Candidate) -> bool:
    marks, _ = _re_election_rules()
    start = max(cand.sentence[0], cand.trigger[0] - _BEFORE)
    end = min(cand.sentence[1], cand.trigger[1] + _AFTER)
    return marks.search(fold_str(text[start:end]).lower()) is not None


def as_re_election(
    event: Event, cand: _Candidate, text: str, catalog: ReferenceCatalog, context: frozenset[str]
) -> None:
    """Date an election told as a re-election, dated by the catalog or the publication, by
    the re-election the catalog knows of its person, when there is one."""
    if (
        event.event_type != "election"
        or cand.reference_id is not None
        or event.date_basis not in ("reference", "publication")
    ):
        return
    if not _told_as_re_election(text, cand):
        return
    words = _re_election_rules()[1].get(event.language or "ar")
    if not words:
        return
    bound = None if event.published_estimated else event.published
    entries = match_references(
        catalog, event.event_type, event.countries, f"{event.quote} {words}", bound, event.language, context=context
    )
    entry = entries[0] if entries else _recent_re_election(event, catalog, words)
    if entry is None or entry.id == event.reference_id:
        return
    if (
        event.reference_id is not None
        and (current := catalog.get(event.reference_id)) is not None
        and current.date >= entry.date
    ):
        return  # a re-election is no earlier than the election the name recalls
    event.date, event.date_precision, event.date_basis = entry.date, entry.precision, "reference"  # type: ignore[assignment]
    event.end_date = entry.end_date
    event.reference_id = entry.id
    event.countries.extend(c for c in entry.countries if c not in event.countries)


def _recent_re_election(event: Event, catalog: ReferenceCatalog, words: str) -> ReferenceEntry | None:
    """The re-election of a country's office-holder told with no name ("فاز الرئيس الإيراني
    بولاية رئاسية ثانية"): the one catalogued election of the event's one country in the
    `RECENT_DAYS` before the publication (and not in its `FRESH_NEWS_DAYS`, when the result is
    the article's own news) that the catalog tells as a re-election (its keywords hold the
    catalog's word for one), when there is exactly one."""
    published = None if event.published_estimated else day_of(event.published)
    if published is None or len(set(event.countries)) != 1:
        return None
    word = fold_str(words).lower()
    fresh = FRESH_NEWS_DAYS.get(event.event_type, 0)  # days after the vote, its result is the article's news
    found = [
        e
        for e in catalog.entries()
        if e.event_type == event.event_type
        and set(e.countries) == set(event.countries)
        and (day := day_of(e.date)) is not None
        and fresh <= (published - day).days <= RECENT_DAYS
        and word in {fold_str(k).lower() for k in (*e.keywords_ar, *e.keywords_en)}
    ]
    return found[0] if len(found) == 1 else None
