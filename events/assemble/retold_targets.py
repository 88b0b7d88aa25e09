"""An attack told again by the target it names: "اتهمت المنظمة التحالف بارتكاب جريمة حرب إثر
غارة استهدفت حافلة في أغسطس الماضي. وقتل 26 طفلا في غارة استهدفت حافلة في سوق ضحيان" is one
strike, in August, not a second one on the day of the publication.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.dedupe import earlier_dated_tellings
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.model import Event
from events.text.normalize import fold_str

_RETOLD_TYPES = frozenset({"attack"})
_WORD = re.compile(r"[^\W\d_]+")
_PROCLITIC = re.compile(r"^(?:[وف]?(?:[بكل]?ال|لل)|[وف][بكل]?|[بكل])(?=\w{3})")


@lru_cache(maxsize=4)
def load_retold_targets(
    path: Path = ASSEMBLY_RULES,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """assembly.json `retold_targets`: the words that lead from an attack's word to its target,
    the words never a target, the targets that need the word after them, and the words that may
    stand beside the lead words, folded."""
    rules = load_assembly_rules(path).get("retold_targets", {})

    def words(key: str) -> frozenset[str]:
        return frozenset(fold_str(w).lower() for w in rules.get(key, ()))

    return words("lead_words"), words("function_words"), words("generic_targets"), words("skipped_words")


def _stem(word: str) -> str:
    """A folded word less its proclitics and the alif of its indefinite accusative (مفاعلا)."""
    word = _PROCLITIC.sub("", fold_str(word).lower())
    return word[:-1] if len(word) > 3 and word.endswith("ا") else word


def _target(event: Event) -> tuple[str, ...]:
    """The target the attack's word names right after it, after a lead word (على، استهدفت, on): the
    first word after that is neither a lead word, a skipped word nor a function word, with the word
    after it when it is a generic target (مدينة حجة). None with no lead word: the words right
    after a verb are its subject."""
    quote, trigger = event.spans.get("quote"), event.spans.get("trigger")
    if not quote or not trigger:
        return ()
    lead, function, generic, skipped = load_retold_targets()
    led = False
    after = _WORD.findall(event.quote[trigger[1] - quote[0] :])[:6]
    for i, word in enumerate(after):
        folded = fold_str(word).lower()
        if folded in lead or _stem(word) in lead:
            led = True
            continue
        if folded in function or folded in skipped:
            continue
        if not led or len(_stem(word)) < 3:
            return ()
        if _stem(word) in generic or folded in generic:
            following = [w for w in after[i + 1 : i + 2] if fold_str(w).lower() not in function]
            return (_stem(word), *(_stem(w) for w in following)) if following else ()
        return (_stem(word),)
    return ()


def _names_target(event: Event, target: tuple[str, ...]) -> bool:
    stems = [_stem(w) for w in _WORD.findall(event.quote)]
    n = len(target)
    return any(tuple(stems[i : i + n]) == target for i in range(len(stems) - n + 1))


def retold_by_target(undated: Event, events: list[Event]) -> Event | None:
    """The one attack the article dates before the publication, in one of the undated attack's
    countries, whose telling names the target the undated one names right after its word."""
    if undated.event_type not in _RETOLD_TYPES or undated.date_basis != "publication" or not undated.published:
        return None
    target = _target(undated)
    if not target:
        return None
    dated = [e for e in earlier_dated_tellings(undated, events) if e.quote != undated.quote and _names_target(e, target)]
    return dated[0] if len(dated) == 1 else None
