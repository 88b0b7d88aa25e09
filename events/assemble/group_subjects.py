"""A doer named once and taken up again by a common noun: "Houthi political bureau member ...
said. The group began attacking merchant ships in November 2023", "On Tuesday evening the group
fired 18 drones", "وأطلقت الجماعة صواريخ", "the Gulf state expelled the envoy". The noun stands
for the actor of its kind named before in the article (a group of the dictionary's group roles,
or a state of the region the noun names), when those named before give one country only
(data/assembly.json `group_subjects`)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from events.actors import ACTORS_FILE, load_actors_data
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.word_gates import may_name
from events.model import ActorMention
from events.text.gates import anchor_words, first_char_gated
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

_WORD = re.compile(r"[^\s.,،؛;:!?؟\"'«»()]+")
_CLAUSE_BREAK = LazyPattern(r"[,،;:؛()\"«»]|\b(?:which|who|that|whose|when|where|while|after|before|and|but)\b", re.I)


@lru_cache(maxsize=4)
def load_group_subjects(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], frozenset[str]]:
    """A match, at a sentence's start, of the English words that name a group as the subject
    (data/assembly.json `group_subjects.en`), and the dictionary roles of such a group (`roles`)."""
    rules = load_assembly_rules(path).get("group_subjects", {})
    words = [w[:1].upper() + w[1:] for w in rules.get("en", ())]
    return re.compile(r"\s*(?:" + alternation(words, spaced=True) + r")\s"), frozenset(rules.get("roles", ()))


@lru_cache(maxsize=4)
def load_named_again(path: Path = ASSEMBLY_RULES) -> dict:
    """The nouns that take up a doer named before, each with what it stands for: the string
    "group", or the states it may name (data/assembly.json `group_subjects`)."""
    rules = load_assembly_rules(path).get("group_subjects", {})
    kinds: dict[str, object] = {}
    for w in (*rules.get("en", ()), *rules.get("ar", ())):
        kinds[fold_str(w).lower()] = "group"
    for w, states in rules.get("states", {}).items():
        kinds[fold_str(w).lower()] = "state" if states == "*" else frozenset(states)
    words = [*rules.get("en", ()), *rules.get("ar", ()), *rules.get("states", {}), *kinds]
    # (led by a look-ahead at the letters a noun may begin with: the search over each candidate's
    # sentence tries the long list of nouns only where one of them stands)
    nouns = first_char_gated(
        re.compile(r"(?<![\w])(?:[وف])?(" + alternation(words, spaced=True) + r")(?:'s)?(?![\w])", re.I)
    )
    return {
        "kinds": kinds,
        "nouns": nouns,
        "anchors": anchor_words(words),  # the words of each noun, for `may_name`
        "en_between": int(rules.get("en_between", 0)),
        "ar_before": int(rules.get("ar_before", 0)),
        "ar_after": int(rules.get("ar_after", 0)),
        "not_after": frozenset(fold_str(w).lower() for w in rules.get("not_after", ())),
    }


def _with_ids(node: object) -> Iterator[dict]:
    if isinstance(node, dict):
        if "id" in node:
            yield node
        for value in node.values():
            yield from _with_ids(value)
    elif isinstance(node, list):
        for value in node:
            yield from _with_ids(value)


@lru_cache(maxsize=4)
def load_group_ids(path: Path = ACTORS_FILE) -> frozenset[str]:
    """The ids of the dictionary's actors whose role is a group's (`group_subjects.roles`)."""
    roles = load_group_subjects()[1]
    return frozenset(e["id"] for e in _with_ids(load_actors_data(path)) if e.get("role") in roles)


def _fitting(kind: object, named_before: Sequence[ActorMention]) -> ActorMention | None:
    """The actor named last of those `kind` fits, when they give one country; else None."""
    if kind == "group":
        groups = load_group_ids()
        fit = [a for a in named_before if a.country and a.actor_id in groups]
    elif kind == "state":
        fit = [a for a in named_before if a.country]
    else:
        fit = [a for a in named_before if a.country in kind]  # type: ignore[operator]
    if len({a.country for a in fit}) != 1:
        return None
    last = fit[-1]
    if kind == "group":
        return last
    return ActorMention(last.start, last.end, last.text, last.country, "country", last.country)  # type: ignore[arg-type]


def _taken_up(text: str, m: re.Match[str], language: str, proper: bool = False) -> bool:
    """Whether the noun at `m` stands alone: no "of", capitalised word or (in Arabic) word
    with the article after it, and (in English) a head word in lower case, unless the noun is
    the epithet of one state alone (`proper`: the Islamic Republic, the Hashemite Kingdom)."""
    after = _WORD.search(text, m.end())
    nxt = after.group() if after is not None and not text[m.end() : after.start()].strip() else ""
    if language == "ar":
        return not nxt.startswith(("ال", "لل", "بال", "وال"))
    head = m.group(1).split()[-1]
    if (head[:1].isupper() and not proper) or m.group(1)[:4].lower() != "the ":
        return False
    return nxt.lower() != "of" and not (nxt[:1].isupper() and not m.group().endswith("'s"))


def group_subject(
    text: str,
    start: int,
    trigger: tuple[int, int] | int,
    named_before: Sequence[ActorMention],
    language: str = "en",
    end: int | None = None,
) -> ActorMention | None:
    """The actor a common noun of the sentence at `start` takes up again, when that noun is the
    doer of the event word at `trigger` ("The group began attacking", "On Tuesday the group
    fired", "وأطلقت الجماعة"); else None. `named_before` are the actors named up to the
    sentence's end; those before the noun are read."""
    t0, t1 = trigger if isinstance(trigger, tuple) else (trigger, trigger)
    rules = load_named_again()
    if language == "en" and load_group_subjects()[0].match(text, start, t0) is not None:
        return _fitting("group", [a for a in named_before if a.start < start])
    if not may_name(text, rules["anchors"]):
        return None  # the text names none of the nouns: most articles
    stop = end if end is not None else len(text)
    for m in rules["nouns"].finditer(text, start, stop):
        kind = rules["kinds"].get(" ".join(fold_str(m.group(1)).lower().split()))
        if kind is None or not _taken_up(text, m, language, isinstance(kind, frozenset) and len(kind) == 1):
            continue
        before_noun = _WORD.findall(text, start, m.start())
        if before_noun and fold_str(before_noun[-1]).lower() in rules["not_after"]:
            continue  # "strikes against the group", "غارات على الجماعة": no subject
        if language == "ar":
            before = len(_WORD.findall(text, m.end(), t0)) if m.end() <= t0 else None
            after = len(_WORD.findall(text, t1, m.start())) if m.start() >= t1 else None
            near = (before is not None and before <= rules["ar_before"]) or (after is not None and after <= rules["ar_after"])
        else:
            between = text[m.end() : t0]
            near = m.end() <= t0 and len(_WORD.findall(between)) <= rules["en_between"] and not _CLAUSE_BREAK.search(between)
        if near:  # the actors named before the noun, in its own sentence too
            return _fitting(kind, [a for a in named_before if a.start < m.start()])
    return None
