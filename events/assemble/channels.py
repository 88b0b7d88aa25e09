"""A news outlet named as the channel of a report ("وفقا لما ذكرته وكالة الأناضول", "بحسب
قناة الجزيرة", "a source told Al Jazeera", "according to Al Arabiya") is the source of the
deed told, not one of its parties: neither it nor its country takes part in the deed. So is
an outlet named as the tenant of premises a strike hits ("برج يضم مكاتب قناة الجزيرة", "a tower
housing the offices of The Associated Press and Al Jazeera")."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.actors import ACTORS_FILE, load_actors_data
from events.assemble.group_subjects import _with_ids
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import ActorMention


@lru_cache(maxsize=4)
def _channel_cue(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A word of source right before an outlet's name, with its proclitic ل written on the
    name or not ("بحسب", "وفقا لما ذكرته", "told", "according to") (data/assembly.json
    `media_channels`)."""
    return _cue_of(tuple(load_assembly_rules(path)["media_channels"]["before"]))


@lru_cache(maxsize=4)
def _premises_cue(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A noun of premises right before an outlet's name ("مكاتب قناة الجزيرة", "the offices of")
    (data/assembly.json `media_channels.premises`)."""
    return _cue_of(tuple(load_assembly_rules(path)["media_channels"].get("premises", ())))


def _cue_of(words: tuple[str, ...]) -> re.Pattern[str]:
    # a second source joined to the first ("وفقا لما ذكرته منظمة ... والمرصد", و written on the
    # name or not), or the outlet's short name in quotes or brackets after its full one
    joined = r"(?P<joined>(?:\s*[^\s،,.;:]+){1,6}?(?:\s+(?P<conj>و|and)\s*|\s*(?P<opener>[\"«“(])|\s+))"
    return re.compile(
        r"(?<!\w)[وف]?(?:" + alternation(words, spaced=True) + r")" + joined + r"?\s*(?:لل|ل)?(?:the\s+)?$", re.IGNORECASE
    )


@lru_cache(maxsize=4)
def _told_cue(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """An Arabic verb of saying, و or ف written on it, and up to `told_gap` words of its subject
    after it, none of them punctuated, right before the outlet's name (data/assembly.json
    `media_channels.told_ar`): "وقال مصدر أمني لوكالة الأناضول", "وأضاف أحد المعتصمين للجزيرة نت"."""
    rules = load_assembly_rules(path)["media_channels"]
    return re.compile(
        r"(?<!\w)[وف]?(?:" + alternation(rules.get("told_ar", ()), spaced=True) + r")"
        r"(?:\s+[^\s،,.;:!?؟\"«»“”()]+){0," + str(int(rules.get("told_gap", 0))) + r"}\s+$"
    )


@lru_cache(maxsize=4)
def _outlet_names(path: Path = ACTORS_FILE) -> frozenset[str]:
    """The Arabic names of the dictionary's news outlets, some of which begin with ل (لوموند)."""
    return frozenset(
        n for e in _with_ids(load_actors_data(path)) if e.get("role") == "media" for n in [e.get("name_ar", ""), *e.get("aliases_ar", ())]
    )


def _told_in_arabic(text: str, actor: ActorMention) -> bool:
    """An outlet written with its proclitic ل after an Arabic verb of saying and its subject: the
    one told ("قالت مصادر عسكرية لقناة الجزيرة إن", as "a source told Al Jazeera")."""
    if not actor.text.startswith("ل") or actor.text in _outlet_names():
        return False
    return _told_cue().search(text, max(0, actor.start - 90), actor.start) is not None


@lru_cache(maxsize=4)
def load_outlet_ids(path: Path = ACTORS_FILE) -> frozenset[str]:
    """The ids of the dictionary's news outlets (`role` media in data/actors.json)."""
    return frozenset(e["id"] for e in _with_ids(load_actors_data(path)) if e.get("role") == "media")


def as_channel(text: str, actor: ActorMention, premises: bool = False) -> bool:
    """Whether the actor is a news outlet (`role` media in data/actors.json) named right after
    a word of source: the channel of the report, not a party of the deed reported; with
    `premises` (a strike, a raid), also right after a noun of premises: the tenant of the place
    hit ("a tower housing the offices of Al Jazeera"), while an office closed is the outlet's."""
    if actor.kind != "organisation" or actor.actor_id not in load_outlet_ids():
        return False  # (the outlets are looked up first: most organisations are none)
    cue = _channel_cue().search(text, max(0, actor.start - 90), actor.start)
    if cue is None and _told_in_arabic(text, actor):
        return True
    if cue is None and premises:
        cue = _premises_cue().search(text, max(0, actor.start - 90), actor.start)
    if cue is None:
        return False
    # "بحسب وكالة الأنباء السعودية (واس)": the outlet's short name after its full one
    return cue.group("joined") is None or cue.group("conj", "opener") != (None, None) or actor.text.startswith("و")


@lru_cache(maxsize=4)
def _source_cue(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A word of source (`media_channels.before`: بحسب، وفق، according to), perhaps with ما and a
    verb of telling after it (وفق ما كشفته، بحسب ما أفادت), right before a name."""
    words = load_assembly_rules(path)["media_channels"]["before"]
    return re.compile(
        r"(?<!\w)[وف]?(?:" + alternation(words, spaced=True) + r")(?:\s+ما\s+[^\s،,.;:]+)?\s*(?:لل|ل)?(?:the\s+)?$",
        re.IGNORECASE,
    )


def as_source(text: str, actor: ActorMention, actors: list[ActorMention], war: bool) -> bool:
    """Whether a body or a person named right after a word of source ("بحسب الأمم المتحدة", "وفق
    ما كشفته اللجنة الوطنية لحقوق الإنسان", "according to the health ministry") is the source of
    the report, no party of the deed: when a body, a group or a person of the sentence stands
    before that word (the doer told: "منعت السلطات الإماراتية مواطنة قطرية ...، وفق ما كشفته
    اللجنة"; a state named there may be only where the deed was), or, for a
    deed of war (`war`), when it is a body of no one country, which reports on the fighting and
    takes no part in it ("وأسفر القتال عن مقتل مئات المدنيين، بحسب الأمم المتحدة"). A source that
    is the only name of the deed ("destroyed ten targets, according to the Turkish Defence
    Ministry") may be its doer and stays."""
    if actor.kind == "country":
        return False
    cue = _source_cue().search(text, max(0, actor.start - 60), actor.start)
    if cue is None:
        return False
    if war and actor.country is None and not actor.members:
        return True
    return any(o.end <= cue.start() and o.kind != "country" and o.actor_id != actor.actor_id for o in actors)
