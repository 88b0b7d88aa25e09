"""A place named right after a verb of hosting in the clause of talks, a deal or a truce
("مباحثات استضافتها العاصمة الصينية", "المشاورات التي احتضنتها الرياض", "talks hosted by
Beijing") is where they were held, though its sentence names the sides apart from it
(data/assembly.json `hosting_verbs`). So is a place that hosts them as the verb's subject
before their word ("استضاف العراق خمس جولات من المحادثات", "Oman hosted talks between ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.places import load_venue_types
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import ActorMention, PlaceMention

_REACH = 60  # characters after the event word within which the verb of hosting stands

# a comma, a semicolon or a full stop between the event word and the host ends its clause; not
# the points of an initialism ("contacts between U.S. and Iranian officials hosted by Oman")
_CLAUSE_END = re.compile(r"[,،;؛]|(?<!\b[A-Z])\.")


@lru_cache(maxsize=4)
def load_hosted_forces(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The types besides gatherings whose host is their place (data/assembly.json `hosted_forces`)."""
    return frozenset(load_assembly_rules(path).get("hosted_forces", {}).get("types", ()))


@lru_cache(maxsize=4)
def load_hosting_verbs(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a verb of hosting, with its object pronoun, ending right before a name."""
    rules = load_assembly_rules(path)
    words = alternation(rules["hosting_verbs"], spaced=True)
    capital = alternation(rules.get("hosting_capitals", ()))
    # "احتضنته العاصمة المصرية القاهرة", "hosted by the Qatari capital Doha"
    capital_words = r"(?:(?:the\s+)?(?:[^\W\d_]+\s+)?(?:" + capital + r")(?:\s+ال[^\W\d_]+)?,?\s+)?"
    return re.compile(
        r"(?<!\w)[وف]?(?:" + words + r")(?:ها|ه|هما|هم)?\s+(?:by\s+)?" + capital_words + "$", re.IGNORECASE
    )


@lru_cache(maxsize=4)
def load_setting_openers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a setting clause opened after a comma (data/assembly.json
    `written_dates.settings`: خلال, during, at) and a noun or two, ending where a verb of
    hosting begins ("، خلال اجتماع ", ", at talks ")."""
    settings = alternation(load_assembly_rules(path).get("written_dates", {}).get("settings", ()), spaced=True)
    return re.compile(r"[,،]\s*(?:" + settings + r")(?:\s+[^\s,،.;؛]+){1,2}\s+$", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_hosting_subjects(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Searches for an Arabic verb of hosting ending right before its subject, and for an
    English one (perhaps after has/had) starting right after it."""
    verbs = load_assembly_rules(path)["hosting_verbs"]
    arabic = alternation([v for v in verbs if not v.isascii()], spaced=True)
    english = alternation([v for v in verbs if v.isascii() and not v.endswith(" by")], spaced=True)
    return (
        re.compile(r"(?<!\w)[وف]?(?:" + arabic + r")\s+$"),
        re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:" + english + r")\b(?!\s+by)", re.IGNORECASE),
    )


def _co_hosted(text: str, place: PlaceMention, places: Sequence[PlaceMention]) -> bool:
    """Whether another place is joined to `place` by "and", و or a comma (two hosts)."""
    for q in places:
        between = text[place.end : q.start] if q.start >= place.end else text[q.end : place.start]
        joined = q.start >= place.end and text.startswith("و", q.start)  # "مصر وقطر": و within the name's span
        if q is not place and re.fullmatch(r"\s*(?:,|،|and|و)\s*" if not joined else r"\s*", between):
            return True
    return False


def _hosting_subject(text: str, cand: _Candidate, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The place named as the subject of a verb of hosting before the event word, in its
    sentence; none when two are named ("Iraq and Oman hosted rounds of talks": held in
    either, the text does not say which)."""
    arabic, english = load_hosting_subjects()
    for p in places:
        if not (cand.sentence[0] <= p.start and p.end <= cand.trigger[1] and cand.trigger[0] - p.end <= _REACH):
            continue
        if re.search(r"[.;؛]", text[p.end : cand.trigger[0]]):
            continue
        if (
            arabic.search(text, max(cand.sentence[0], p.start - 30), p.start) is not None
            or english.match(text, p.end, min(cand.trigger[1], p.end + 30)) is not None
        ):
            return None if _co_hosted(text, p, places) else p
    return None


def hosted_at(text: str, cand: _Candidate, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The place a verb of hosting names right after the event word, in its clause, or as
    the verb's subject before the event word."""
    if cand.event_type not in load_venue_types():
        return None
    own = [p for p in places if cand.trigger[1] <= p.start < cand.sentence[1] and p.precision != "country"]
    if not own and (host := _hosting_subject(text, cand, places)) is not None:
        return host  # (a place named after the word is its own: "Oman hosted talks in Rome")
    verbs = load_hosting_verbs()
    end = min(cand.sentence[1], cand.trigger[1] + _REACH)
    for p in places:
        if not cand.trigger[1] <= p.start < end or _CLAUSE_END.search(text, cand.trigger[1], p.start):
            continue
        # (the verb may be the event word's own last word: "المؤتمر الذي استضافته روما")
        if verbs.search(text, max(cand.trigger[0], p.start - 60), p.start) is not None:
            return p
    return _hosted_in_setting(text, cand, places)


_SETTING_REACH = 40  # characters before a verb of hosting within which its setting clause opens


def _hosted_in_setting(text: str, cand: _Candidate, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The place named after a verb of hosting in a setting clause of the sentence, after a
    comma, past the event word ("اتفق الطرفان، خلال اجتماع احتضنته العاصمة المصرية القاهرة،
    على آلية", "agreed, at talks hosted by Doha, to ...")."""
    verbs, settings = load_hosting_verbs(), load_setting_openers()
    for p in places:
        if not cand.trigger[1] <= p.start < cand.sentence[1]:
            continue
        verb = verbs.search(text, max(cand.trigger[1], p.start - 60), p.start)
        if verb is not None and settings.search(
            text, max(cand.trigger[1], verb.start() - _SETTING_REACH), verb.start()
        ):
            return p
    return None


_AGENT_WORDS = 2  # title words between a verb of hosting and the name of its agent ("استضافه الرئيس ماكرون")


@lru_cache(maxsize=4)
def load_hosting_agents(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Searches for a verb of hosting right after an Arabic subject named before it, perhaps after
    قد ("وكانت الكويت قد استضافت"), and for one after the event word ending right before its agent,
    past a pronoun on the verb, "by" and a title or two ("استضافه الرئيس", "hosted by President")."""
    verbs = load_assembly_rules(path)["hosting_verbs"]
    arabic = alternation([v for v in verbs if not v.isascii()], spaced=True)
    every = alternation([v for v in verbs if not v.endswith(" by")], spaced=True)
    return (
        re.compile(r"\s+(?:قد\s+)?(?:" + arabic + r")(?!\w)"),
        re.compile(
            r"(?<!\w)[وف]?(?:"
            + every
            + r")(?:ها|ه|هما|هم)?\s+(?:by\s+)?(?:[^\W\d_]+\s+){0,"
            + str(_AGENT_WORDS)
            + r"}$",
            re.IGNORECASE,
        ),
    )


def _co_hosts(text: str, actor: ActorMention | PlaceMention, actors: Sequence[ActorMention | PlaceMention]) -> bool:
    """Whether another actor is joined to `actor` by "and", و or a comma (two hosts)."""
    for b in actors:
        if b is actor or b.country == actor.country:
            continue
        if b.start >= actor.end and re.fullmatch(r"\s*(?:,|،|and)?\s*و?", text[actor.end : b.start]):
            return True
        if b.end <= actor.start and re.fullmatch(r"\s*(?:,|،|and)?\s*و?", text[b.end : actor.start]):
            return True
    return False


def host_of(
    text: str, cand: _Candidate, actors: Sequence[ActorMention | PlaceMention]
) -> ActorMention | PlaceMention | None:
    """The state, or the person or body of a state, that a verb of hosting names as the host of
    talks, a deal, a truce or an exercise of the sentence: its subject before the event word ("وكانت
    الكويت قد استضافت محادثات", "King Abdullah hosted talks", "Morocco hosted the exercise") or its
    agent after it ("عشاء عمل استضافه الرئيس ماكرون", "talks hosted by President Macron"). The
    gathering is held in the host's country; none when two hosts are named ("Iraq and Oman hosted
    rounds of talks": held in either, the text does not say which). So are forces a state hosts
    (`hosted_forces`: "وتستضيف مقديشو ... أكبر قاعدة عسكرية تركية"): they stand in the host's
    country. `actors` are the sentence's actors and its places of a country."""
    if cand.event_type not in load_venue_types() and cand.event_type not in load_hosted_forces():
        return None
    arabic_after, agent = load_hosting_agents()
    arabic_before, english = load_hosting_subjects()
    start, end = cand.trigger
    for a in sorted(actors, key=lambda a: a.start):
        if a.country is None or not (cand.sentence[0] <= a.start and a.end <= cand.sentence[1]):
            continue
        if a.end <= start:
            if start - a.end > _REACH or re.search(r"[;؛]|\.\s", text[a.end : start]):  # (not "U.S.-led")
                continue
            hosts = (
                arabic_after.match(text, a.end, start) is not None
                or english.match(text, a.end, min(start, a.end + 30)) is not None
                or arabic_before.search(text, max(cand.sentence[0], a.start - 30), a.start) is not None
            )
        else:
            hosts = (
                end <= a.start <= end + _REACH
                and not re.search(r"[,،.;؛]", text[end : a.start])
                and agent.search(text, end, a.start) is not None
            )
        if hosts:
            return None if _co_hosts(text, a, actors) else a
    return None
