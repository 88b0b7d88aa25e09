"""A catalogued event named without its country ("منذ الانقلاب الفاشل", "since the failed
coup") in an article about that country: the name with the country left off, for the
kinds of event a country has once (data/assembly.json `bare_event_names`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from events.assemble.parties import _home_country
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import Mentions
from events.model import ReferenceMention
from events.reference import ReferenceCatalog, ReferenceEntry
from events.text.gates import anchor_words, case_blind_text, may_hold
from events.text.normalize import fold, fold_str


@lru_cache(maxsize=4)
def load_bare_event_names(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], frozenset[str]]:
    """A search, over folded text, for a name of data/assembly.json `bare_event_names` as whole
    words (and `ال`/و/ب/ل before it), and the names, folded."""
    names = frozenset(fold_str(n).lower() for n in load_assembly_rules(path).get("bare_event_names", ()))
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or "(?!)"
    return re.compile(r"(?<!\w)(?:[وبل]|و[بل])?(" + alternatives + r")(?!\w)", re.IGNORECASE), names


@lru_cache(maxsize=4)
def _bare_name_anchors(names: frozenset[str]) -> tuple[str, ...]:
    return anchor_words(names)


_IN = re.compile(r"^(?P<head>.+?)\s+(?:في|in)\s+(?:the\s+)?\S+$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _by_bare_name(catalog: ReferenceCatalog) -> dict[tuple[str, str], list[ReferenceEntry]]:
    """The one-country entries of the catalog by (bare name, country): an alias that is a
    bare name followed by في/in and one word ("محاولة الانقلاب الفاشلة في تركيا")."""
    _, names = load_bare_event_names()
    out: dict[tuple[str, str], list[ReferenceEntry]] = {}
    for entry in catalog.entries():
        if entry.location_country is None or len(entry.countries) != 1:
            continue
        for alias in (*entry.aliases_ar, *entry.aliases_en):
            m = _IN.match(fold_str(alias).lower())
            if m is not None and m.group("head") in names:
                out.setdefault((m.group("head"), entry.location_country), []).append(entry)
    return out


def _with_bare_names(text: str, mentions: Mentions, catalog: ReferenceCatalog) -> Mentions:
    """`mentions` with the catalogued events named by a bare name in an article about their
    country (the one it names most, `_home_country`), when one entry of that country has it."""
    search, names = load_bare_event_names()
    folded = mentions.folded or fold(text)
    if not may_hold(case_blind_text(folded.text), _bare_name_anchors(names)):
        return mentions  # none of the names' words: the whole text need not be searched
    spans = [folded.span(m.start(1), m.end(1)) for m in search.finditer(folded.text)]
    found = [(s, e, fold_str(text[s:e]).lower()) for s, e in spans if not _inside(s, e, mentions.references)]
    if not found:
        return mentions
    home = _home_country(mentions)
    if home is None:
        return mentions
    added: list[ReferenceMention] = []
    for start, end, name in found:
        entries = _by_bare_name(catalog).get((name, home), [])
        if len(entries) != 1:
            continue
        e = entries[0]
        added.append(
            ReferenceMention(
                start, end, text[start:end], e.id, e.event_type, e.date, e.precision,  # type: ignore[arg-type]
                e.countries, e.end_date, e.location_country,
            )
        )
    if not added:
        return mentions
    return replace(mentions, references=sorted([*mentions.references, *added], key=lambda r: r.start))


def _inside(start: int, end: int, references: list[ReferenceMention]) -> bool:
    return any(r.start <= start and end <= r.end for r in references)
