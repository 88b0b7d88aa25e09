"""Fire aimed somewhere took place where it was aimed.

"اعترضت الدفاعات صاروخا أطلقه الحوثيون من صعدة باتجاه جازان", "أعلن التحالف في اليمن
اعتراض صاروخ أطلق باتجاه المملكة", "a rocket fired from Gaza toward Israel": the name after
the word of direction that follows a verb of launching is the attack's place and one of its
sides, not where the fire came from nor where the side that reports it stands
(data/assembly.json `aimed_at`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.places import _NOT_NOUNS
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import ActorMention, PlaceMention
from events.places import Gazetteer
from events.text.normalize import fold_str

_WORD = re.compile(r"[^\s.,،؛;:!?؟\"'«»()]+")
_PROCLITICS = ("و", "ف")


@lru_cache(maxsize=4)
def load_aimed_at(path: Path = ASSEMBLY_RULES) -> dict:
    """The rule's words, folded (data/assembly.json `aimed_at`)."""
    raw = load_assembly_rules(path).get("aimed_at", {})
    fold = lambda ws: tuple(fold_str(w).lower() for w in ws)  # noqa: E731
    return {
        "types": frozenset(raw.get("types", ())),
        "launch_stems": fold(raw.get("launch_stems", ())),
        "directions": frozenset(fold(raw.get("directions", ()))),
        "place_directions": frozenset(fold(raw.get("place_directions", ()))),
        "launch_words": int(raw.get("launch_words", 0)),
        "name_words": int(raw.get("name_words", 0)),
        "origins": frozenset(fold(raw.get("origins", ()))),
        "kingdom_words": frozenset(fold(raw.get("kingdom_words", ()))),
        "kingdoms": tuple(raw.get("kingdoms", ())),
    }


def _bare(word: str) -> str:
    folded = fold_str(word).lower()
    return folded[1:] if folded[:1] in _PROCLITICS and len(folded) > 3 else folded


def _launch(word: str, stems: tuple[str, ...]) -> bool:
    folded = fold_str(word).lower()
    return folded.startswith(stems) or (folded[:1] in _PROCLITICS and folded[1:].startswith(stems))


def _aim_word(text: str, cand: _Candidate, triggers: Sequence[tuple[int, int]]) -> tuple[int, re.Match[str]] | None:
    """The start of a verb of launching and the word of direction after it, the verb at or
    after the attack's word with no other event word between them, nor itself the word of
    another event ("struck Hamas positions in Gaza after rockets were fired at southern
    Israel", "قصفت مواقع لحماس في غزة بعد أن أطلقت صواريخ على جنوب إسرائيل": that fire's aim)."""
    rules = load_aimed_at()
    _, e = cand.sentence
    words = list(_WORD.finditer(text, cand.trigger[0], e))
    for i, w in enumerate(words):
        if not _launch(w.group(), rules["launch_stems"]):
            continue
        if any(cand.trigger[1] <= t0 and t1 <= w.start() for t0, t1 in triggers) or any(
            cand.trigger[1] <= t0 <= w.start() < t1 for t0, t1 in triggers
        ):
            return None
        ahead = words[i + 1 : i + 1 + rules["launch_words"]]
        aims = rules["directions"] | rules["place_directions"]
        aim = next((a for a in ahead if _bare(a.group()) in aims), None)
        return (w.start(), aim) if aim is not None else None
    return None


def _article_kingdom(actors: Sequence[ActorMention]) -> str | None:
    """The kingdom the article names most (the first named of those named as often)."""
    kingdoms = load_aimed_at()["kingdoms"]
    counts = Counter(a.country for a in actors if a.country in kingdoms)
    return max(counts, key=lambda c: counts[c], default=None)


def aimed_place(
    text: str,
    cand: _Candidate,
    places: Sequence[PlaceMention],
    actors: Sequence[ActorMention],
    triggers: Sequence[tuple[int, int]],
    article_actors: Sequence[ActorMention],
    gazetteer: Gazetteer,
    place: PlaceMention | None = None,
) -> tuple[PlaceMention, str | None] | None:
    """The place an attack was aimed at, named within a few words after the word of
    direction that follows its verb of launching, and the country of a place named between
    that verb and that word, where the fire came from (a side too); or None.

    The place the sentence gave the attack (`place`), when named before the word of
    direction in another country than the target, is where the doers stand ("Militants in
    Gaza fired rockets at Israel", "أطلقت الفصائل في غزة صواريخ على إسرائيل"): a side too,
    not the place."""
    rules = load_aimed_at()
    if cand.event_type not in rules["types"]:
        return None
    found = _aim_word(text, cand, triggers)
    if found is None:
        return None
    launched, aim = found
    target = _target(text, cand, aim, places, actors, article_actors, gazetteer)
    if target is None:
        return None
    origin = _origin(text, launched, aim.start(), places, target.country)
    if origin is None and place is not None and place.end <= aim.start() and place.country != target.country:
        origin = place.country
    return target, origin


def _origin(text: str, launched: int, aim: int, places: Sequence[PlaceMention], target: str) -> str | None:
    """The country of a place named after a word of origin (من، from) between the verb of
    launching and the word of direction, other than the target's ("أطلق من قطاع غزة نحو
    إسرائيل"); not a name before that word ("أطلقته المليشيا التابعة لإيران من اليمن")."""
    opener = next(
        (w for w in _WORD.finditer(text, launched, aim) if _bare(w.group()) in load_aimed_at()["origins"]), None
    )
    if opener is None:
        return None
    return next((p.country for p in places if opener.end() <= p.start and p.end <= aim and p.country != target), None)


def _target(
    text: str,
    cand: _Candidate,
    aim: re.Match[str],
    places: Sequence[PlaceMention],
    actors: Sequence[ActorMention],
    article_actors: Sequence[ActorMention],
    gazetteer: Gazetteer,
) -> PlaceMention | None:
    """The place or state named within a few words after the word of direction `aim`."""
    rules = load_aimed_at()
    near = list(_WORD.finditer(text, aim.end(), cand.sentence[1]))[: rules["name_words"] + 2]
    if not near:
        return None
    reach = near[min(rules["name_words"], len(near) - 1)].end()
    on_target = _bare(aim.group()) in rules["place_directions"]
    named = next((p for p in places if aim.end() <= p.start < reach and not (on_target and _attributive(text, p))), None)
    if named is not None:
        return named
    if on_target:
        return None  # "fired at Turkish positions", "أطلق النار على الجنود الأتراك": whose, not where
    state = next((a for a in actors if a.country and a.kind == "country" and aim.end() <= a.start < reach), None)
    if state is None:
        state = _kingdom_at(text, near, article_actors)
    if state is None:
        return None
    info = gazetteer.country(state.country)  # type: ignore[arg-type]
    if info is None:
        return None
    return PlaceMention(state.start, state.end, state.text, info.name_en, info.iso3, info.lat, info.lon, "country")


_WORD_AFTER = re.compile(r"(?:\s+|-)([a-z]+)")


def _attributive(text: str, place: PlaceMention) -> bool:
    """Whether a country's name stands before an English noun as its attribute ("at US forces"):
    whose the target is, not where it stood."""
    after = _WORD_AFTER.match(text, place.end)
    return place.precision == "country" and after is not None and after.group(1) not in _NOT_NOUNS


def _kingdom_at(
    text: str, near: Sequence[re.Match[str]], article_actors: Sequence[ActorMention]
) -> ActorMention | None:
    """A bare word for the kingdom (no name or adjective after it) among `near`, as the
    article's kingdom."""
    rules = load_aimed_at()
    for i, w in enumerate(near[: rules["name_words"] + 1]):
        if _bare(w.group()) not in rules["kingdom_words"]:
            continue
        after = near[i + 1].group() if i + 1 < len(near) else ""
        if after.startswith("ال") or after.lower() == "of" or after[:1].isupper():
            return None
        kingdom = _article_kingdom(article_actors)
        return ActorMention(w.start(), w.end(), w.group(), kingdom, "country", kingdom) if kingdom else None
    return None


def the_bare_kingdom(text: str, cand: _Candidate, article_actors: Sequence[ActorMention]) -> str | None:
    """The country of a bare word for the kingdom in the event's sentence (no name, adjective or
    "of" after it: "on the kingdom's pipeline", "داخل المملكة"), when the article names one
    kingdom only, up to the event word; or None."""
    rules = load_aimed_at()
    words = list(_WORD.finditer(text, cand.sentence[0], cand.sentence[1]))
    for i, w in enumerate(words):
        bare = _bare(w.group())
        if bare.endswith("'s"):
            bare = bare[:-2]
        if bare not in rules["kingdom_words"] or w.group()[:1].isupper():
            continue  # "the United Kingdom" is a name
        after = words[i + 1].group() if i + 1 < len(words) else ""
        if after.startswith("ال") or after.lower() == "of" or (after[:1].isupper() and not w.group().endswith("'s")):
            continue
        named = {a.country for a in article_actors if a.start < cand.trigger[0] and a.country in rules["kingdoms"]}
        return next(iter(named)) if len(named) == 1 else None
    return None


# right after a trip's word: "to the" or إلى/الى (or ل joined to it), then the bare kingdom word
_TO_THE_KINGDOM = re.compile(r"\s+(?:to\s+the\s+|(?:إلى|الى)\s+|ل(?=ل))", re.IGNORECASE)


def kingdom_visited(text: str, cand: _Candidate, article_actors: Sequence[ActorMention]) -> str | None:
    """The country of a bare word for the kingdom right after a visit's word and "to" ("on his
    first visit to the kingdom since the dispute", "زيارته إلى المملكة"), with no name, adjective
    or "of" after it, when the article names one kingdom only up to the visit's word: where the
    visitor went, whoever the sentence names first; or None."""
    m = _TO_THE_KINGDOM.match(text, cand.trigger[1], cand.sentence[1])
    if m is None:
        return None
    words = list(_WORD.finditer(text, m.end(), cand.sentence[1]))[:2]
    if not words or words[0].start() != m.end() or _bare(words[0].group()) not in load_aimed_at()["kingdom_words"]:
        return None
    if words[0].group()[:1].isupper():
        return None  # "the United Kingdom" is a name
    after = words[1].group() if len(words) > 1 else ""
    if after.startswith("ال") or after.lower() == "of" or after[:1].isupper():
        return None  # "المملكة العربية السعودية", "the kingdom of Bahrain": named
    named = {a.country for a in article_actors if a.start < cand.trigger[0] and a.country in load_aimed_at()["kingdoms"]}
    return next(iter(named)) if len(named) == 1 else None
