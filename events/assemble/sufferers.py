"""An event told from the side that suffered it: the doer named after a mark of the
passive, the sufferer a target and never the doer."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from events.assemble.parties import _passive_agent
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _span_before
from events.model import ActorMention
from events.text.normalize import fold_str


class SuffererFrames(NamedTuple):
    agent_mark: re.Pattern[str]  # the event word's next words, up to a mark of the doer
    agent_before: re.Pattern[str]  # the same, and up to three words of the doer before its name
    relative: re.Pattern[str]  # "الذي تعرض له" right after the event word
    undergone: re.Pattern[str]  # "تعرضت القوات" a few words before the event word
    passive: re.Pattern[str]  # "were" right before an English participle
    place_words: frozenset[str]  # words before a name told as a place ("في بغداد", "شرقي سوريا")
    mark_openers: frozenset[str]  # the first words of the marks of the doer ("by", "من" of "من قبل")
    compass: frozenset[str]  # words before a state told as a region of it ("شمالي ليبيا", "northern Libya")


def _words(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


@lru_cache(maxsize=4)
def load_sufferer_frames(path: Path = ASSEMBLY_RULES) -> SuffererFrames:
    """The patterns of data/assembly.json `sufferer_frames`."""
    rules = load_assembly_rules(path).get("sufferer_frames", {})
    marks = _words([*rules.get("ar_agent_marks", ()), *rules.get("en_agent_marks", ())])
    not_agents = _words(rules.get("not_agents", ()))
    undergone = _words(rules.get("ar_undergone", ()))
    mark = r"(?:\s+[^\s.,،؛;:]+){0,3}?\s+[وف]?(?:" + marks + r")\s+(?!(?:" + not_agents + r")(?!\S))"
    agent_mark = re.compile(mark + r"(?=[^\W\d_])", re.IGNORECASE)
    # the doer's nouns may come between the mark and its nationality ("على يد قوات حرس الحدود السعودية")
    agent_before = re.compile(mark + r"(?:(?!(?:" + not_agents + r")(?!\S))[^\W\d_]+\s+){0,3}", re.IGNORECASE)
    relative = re.compile(
        r"\s+(?:(?:" + _words(rules.get("ar_relative_words", ())) + r")\s+)?(?:" + undergone + r")\s+(?:" + _words(rules.get("ar_relative_pronouns", ())) + r")(?!\S)"
    )
    passive = re.compile(r"(?<![^\W\d_])(?:" + _words(rules.get("en_passive", ())) + r")\s+\Z", re.IGNORECASE)
    undergone_before = re.compile(r"(?<!\S)[وف]?(?:" + undergone + r")(?:\s+[^\s.,،؛;:]+){0,6}\s+\Z")
    place_words = frozenset(fold_str(w).lower() for w in rules.get("place_words", ()))
    openers = frozenset(
        fold_str(m.split()[0]).lower() for m in (*rules.get("ar_agent_marks", ()), *rules.get("en_agent_marks", ()))
    )
    compass = frozenset(fold_str(w).lower() for w in rules.get("compass_words", ()))
    return SuffererFrames(agent_mark, agent_before, relative, undergone_before, passive, place_words, openers, compass)


def _marked_agent(text: str, trigger: tuple[int, int], actors: list[ActorMention]) -> ActorMention | None:
    """The actor right after a mark of the doer a few words after the event word ("قتل أمس
    على يد قوات سعودية", "was killed at the hands of Iranian agents"), or after the mark that
    ends the event's words ("drones launched by the Houthis", "صواريخ أطلقت من قبل الحوثيين")."""
    before = load_sufferer_frames().agent_before
    start = _mark_ending(text, trigger)
    for a in sorted(actors, key=lambda a: a.start):
        if trigger[1] <= a.start <= trigger[1] + 60 and before.fullmatch(text, start, a.start):
            return a
    return None


def _mark_ending(text: str, trigger: tuple[int, int]) -> int:
    """Where a search for the mark of the doer after the event word begins: before the last word
    of the event's words when that word may open such a mark (the "by" of "fired by", the من of
    «أطلق من» before قبل), else right after them."""
    t0, t1 = trigger
    cut = max(text.rfind(" ", t0, t1), text.rfind("\n", t0, t1))
    if cut <= t0:
        return t1
    last = fold_str(text[cut + 1 : t1]).lower()
    marks = load_sufferer_frames().mark_openers
    return cut if last in marks else t1


def _undergone(text: str, sentence_start: int, sentence_end: int, trigger: tuple[int, int]) -> str | None:
    """How the event word is told from the side that suffered it: "before" when a clause of
    undergoing on it follows, whose sufferer is named before it ("قتل جنود روس في هجوم تعرض
    له موقعهم"); "after" as the object of a verb of undergoing ("تعرضت القوات لهجوم"), as an
    English passive ("were killed"), or before a mark of a doer not named ("قتل أمس على يد
    مسلحين"); else None."""
    frames = load_sufferer_frames()
    t0, t1 = trigger
    if frames.relative.match(text, t1, sentence_end) is not None:
        return "before"
    if text.startswith(("ل", "ول", "فل"), t0) and frames.undergone.search(text, max(sentence_start, t0 - 60), t0) is not None:
        return "after"
    word = text[t0:t1].split()[0] if text[t0:t1].strip() else ""
    if word.lower().endswith("ed") and frames.passive.search(text, max(sentence_start, t0 - 12), t0) is not None:
        return "after"
    return "after" if frames.agent_mark.match(text, t1, min(sentence_end, t1 + 60)) is not None else None


def _sufferers_first(text: str, actors: list[ActorMention], trigger: tuple[int, int], told: str) -> list[ActorMention]:
    """The actors, those named as a place ("في بغداد", "شرقي سوريا", "in Syria") last, and
    those named before the event word first when `told` is "before"."""
    place_words = load_sufferer_frames().place_words

    def key(a: ActorMention) -> tuple[bool, bool]:
        i, j = _span_before(text, a.start)
        return fold_str(text[i:j]).lower() in place_words, told == "before" and a.start >= trigger[1]

    return sorted(actors, key=key)


_TWO_WORDS_BEFORE = re.compile(r"(\S+)\s+(?:(of|the)\s+)?(?:the\s+)?\Z", re.IGNORECASE)


def region_as_no_doer(
    text: str, initiator: list[ActorMention], others: list[ActorMention]
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The initiator and the others of an attack, with a state named only as a region of itself
    ("فتح مهربون النار على مهاجرين في مخيم شمالي ليبيا", "opened fire on migrants in a camp in northern
    Libya", "انفجار في القطيف شرق السعودية", "south of Cairo") no doer: it tells where, and stays a side
    after the others."""
    if not initiator or initiator[0].kind != "country" or not initiator[0].country:
        return initiator, others
    m = _TWO_WORDS_BEFORE.search(text, max(0, initiator[0].start - 30), initiator[0].start)
    word, compass = fold_str(m.group(1)).lower() if m else "", load_sufferer_frames().compass
    if m is None or (word not in compass and not (word[:1] in ("و", "ف") and word[1:] in compass)):
        return initiator, others
    if m.group(1).isascii() and m.group(2) is None and m.group(1).lower() in ("north", "south", "east", "west"):
        return initiator, others  # "North Korea", "South Sudan": no compass word but the name's own
    return [], [*others, initiator[0]]


def sufferer_parties(
    text: str,
    sentence: tuple[int, int],
    trigger: tuple[int, int],
    war: bool,
    initiator: list[ActorMention],
    others: list[ActorMention],
) -> tuple[list[ActorMention], list[ActorMention], bool]:
    """The initiator and the other parties of an event its sentence tells from the side
    that suffered it: the doer named after a mark of the passive ("تعرضوا لهجوم من تنظيم
    داعش"; of an attack, `war`, also "قتل على يد قوات سعودية", "were attacked by ...") is
    the initiator; with none named, an attack has no initiator, and the side that suffered
    it is its target. The third value tells whether the sentence names the doer or the
    sufferer so: a country named before the event word is then no striker."""
    parties = [*initiator, *others]
    agent = _passive_agent(text, sentence[0], trigger, parties) or (_marked_agent(text, trigger, parties) if war else None)
    if agent is not None:
        if _mark_ending(text, trigger) < trigger[1] and initiator and initiator[0] is not agent:
            # "Riyadh announced the destruction of drones launched by the Houthis": the side named
            # before the projectile tells of it, and is a target only after those named after it
            return [agent], [*(a for a in others if a is not agent), *initiator], True
        return [agent], [a for a in parties if a is not agent], True
    told = _undergone(text, *sentence, trigger) if war and initiator else None
    if told is not None:
        return [], _sufferers_first(text, parties, trigger, told), True
    return initiator, others, False
