"""A dismissal or an appointment told by the noun after a decree issued ("وأصدر رئيس
الجمهورية أمرا رئاسيا بإعفاء وزير الدفاع", "قرارا بتعيين"): the decree made it, as a verb in
the past would tell it (`decree_nouns` of data/assembly.json, after a verb of issuing)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event, TimeMention
from events.text.gates import anchor_words, case_blind_text, may_hold

_WORDS_BETWEEN = 6  # words between the verb of issuing and the decree: its issuer, its day


@lru_cache(maxsize=4)
def load_decree(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a verb of issuing, a few words, a decree noun and perhaps its adjective,
    ending where the event word (with its ب) starts."""
    rules = load_assembly_rules(path).get("decrees", {})
    verbs = alternation(rules.get("verbs", ()), spaced=True)
    nouns = alternation(rules.get("nouns", ()), spaced=True)
    return re.compile(
        r"(?<!\w)[وف]?(?:" + verbs + r")(?:\s+[^\s,،.;:]+){0," + str(_WORDS_BETWEEN) + r"}\s+(?:" + nouns + r")(?:\s+\w+)?\s+$"
    )


def told_by_decree(text: str, cand: _Candidate) -> bool:
    """Whether an appointment noun is the content of a decree told as issued."""
    if cand.event_type != "appointment" or cand.tense:
        return False
    return load_decree().search(text, max(cand.sentence[0], cand.trigger[0] - 120), cand.trigger[0]) is not None


_DECREE_REACH = 3  # sentences back to the one telling the decree issued
_ISSUER_WORDS = 14  # words between the verb of issuing and the decree: the issuer's titles and name, its day
_RECENT_DAYS = 7  # the decree's day is at most this many days before the publication


@lru_cache(maxsize=4)
def load_decree_issued(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a verb of issuing, a few words and a decree noun, anywhere in a sentence."""
    rules = load_assembly_rules(path).get("decrees", {})
    verbs = alternation(rules.get("verbs", ()), spaced=True)
    nouns = alternation(rules.get("nouns", ()), spaced=True)
    return re.compile(
        r"(?<!\w)[وف]?(?:" + verbs + r")(?:\s+[^\s.;:]+){0," + str(_ISSUER_WORDS) + r"}\s+(?:" + nouns + r")(?!\w)"
    )


@lru_cache(maxsize=4)
def load_decree_contents(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, at a sentence's start, of a verb of containing (`decrees.content_verbs`: تضمنت،
    شملت) and the definite decree noun it takes up (`decrees.definite_nouns`: الأوامر، المرسوم)."""
    rules = load_assembly_rules(path).get("decrees", {})
    verbs = alternation(rules.get("content_verbs", ()), spaced=True)
    nouns = alternation(rules.get("definite_nouns", ()), spaced=True)
    return re.compile(r"[\W_]*[وف]?(?:" + verbs + r")\s+(?:" + nouns + r")(?!\w)")


@lru_cache(maxsize=4)
def _issuing_anchors(path: Path = ASSEMBLY_RULES) -> tuple[tuple[str, ...], ...]:
    """The words of each verb of issuing (`decrees.verbs`): a decree issued is told with one."""
    return anchor_words(load_assembly_rules(path).get("decrees", {}).get("verbs", ()))


def decree_starts(text: str, sentences: Sequence[tuple[int, int]]) -> list[int]:
    """The starts of the sentences that tell a decree issued: their dates must be read for the
    contents told after them. An article with no verb of issuing tells none, and its
    sentences are not searched."""
    if not may_hold(case_blind_text(text), _issuing_anchors()):
        return []
    issued = load_decree_issued()
    return [s for s, e in sentences if issued.search(text, s, e) is not None]


def date_by_the_decree(
    event: Event,
    text: str,
    cand: _Candidate,
    before: Sequence[tuple[tuple[int, int], Sequence[TimeMention]]],
    spans: dict,
) -> None:
    """Date a publication-dated change of office told as the content of a decree taken up by
    its definite noun ("وتضمنت الأوامر الملكية إعفاء ...") by the single recent day of the
    nearest sentence before (`before`: each with its dates, nearest first, at most
    `_DECREE_REACH`) that tells the decree issued ("أصدر الملك، مساء أمس السبت، أمرا ملكيا")."""
    if event.event_type != "appointment" or event.date_basis != "publication" or event.date_precision != "day":
        return
    if load_decree_contents().match(text, cand.sentence[0], cand.trigger[0]) is None:
        return
    issued = load_decree_issued()
    for (s, e), dates in before[:_DECREE_REACH]:
        if issued.search(text, s, e) is None:
            continue
        days = [d for d in dates if d.precision == "day" and d.basis in ("explicit", "relative") and not d.recurring]
        if len({d.value for d in days}) != 1 or not _recent(days[0].value, event.published):
            return
        d = days[0]
        event.date, event.date_precision, event.date_basis = d.value, d.precision, d.basis  # type: ignore[assignment]
        spans["date"] = [d.start, d.end]
        return


def _recent(day: str, published: str | None) -> bool:
    if not published:
        return False
    gap = (date.fromisoformat(published[:10]) - date.fromisoformat(day[:10])).days
    return 0 <= gap <= _RECENT_DAYS
