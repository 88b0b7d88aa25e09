"""Assembly: from the mentions of one article to its events.

One event per asserted trigger (or catalog alias) and sentence, with the
actors, place and date that the sentence shows. The date comes, in order of
trust, from a time expression in the sentence (`explicit` or `relative`),
from the reference catalog for a known background event (`reference`), or
from the article's publication date (`publication`). Within one article the
same event told twice becomes one event; articles are never merged here.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import Any

from events.attribution import Attribution, find_attribution
from events.model import (
    CAMEO_BY_TYPE,
    EVENT_TYPES,
    ActorMention,
    Article,
    Event,
    PlaceMention,
    ReferenceMention,
    TimeMention,
    TriggerMention,
)
from events.places import Gazetteer
from events.reference import (
    ReferenceCatalog,
    ReferenceEntry,
    match_references,
    scheduled_a_week_later,
    upcoming_reference,
)
from events.temporal import load_calendar
from events.text.dateline import find_dateline
from events.text.normalize import FoldedText, fold_str, is_arabic
from events.text.sentence_fold import sentence_fold

# When two types are read from one sentence, the first absorbs the second:
# a visit in which people meet is a visit, "ratified the agreement" is a
# ratification, "ceasefire agreement" is a ceasefire.
DOMINATES: dict[str, frozenset[str]] = {
    "visit": frozenset({"meeting"}),
    "ratification": frozenset({"agreement"}),
    "ceasefire": frozenset({"agreement", "meeting"}),
    "relations": frozenset({"meeting"}),
    "sanctions": frozenset({"relations"}),
}

# Of those, the pairs of opposite acts: cutting ties absorbs the word of relations in its own
# clause, never a restoration told beside it.
OPPOSED: dict[str, frozenset[str]] = {"sanctions": frozenset({"relations"})}

ASSEMBLY_RULES = Path(__file__).resolve().parent / "data" / "assembly.json"


@lru_cache(maxsize=4)
def load_assembly_rules(path: Path = ASSEMBLY_RULES) -> dict[str, Any]:
    """data/assembly.json, read once; the `load_*` functions below take their part of it."""
    with open(path, encoding="utf-8") as f:
        return json.load(f)


@lru_cache(maxsize=4)
def load_institution_heads(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], frozenset[str]]:
    """Nouns that make a neighbouring event word part of a name (data/assembly.json):
    Arabic ones placed before it, English ones after it."""
    heads = load_assembly_rules(path)["institution_heads"]
    return frozenset(fold_str(w) for w in heads["ar_before"]), frozenset(fold_str(w) for w in heads["en_after"])


@lru_cache(maxsize=4)
def load_undated_precision(path: Path = ASSEMBLY_RULES) -> dict[str, str]:
    """Per event type, the precision of a date taken from the publication (data/assembly.json)."""
    return dict(load_assembly_rules(path).get("undated_precision", {}))


_LETTERS_AFTER = re.compile(r"\s+([^\W\d_]+)")
_CLITIC_ARTICLE = re.compile(r"^(?:[وف]?[بكل]?ال|[وف]?لل|[وف])")


def _named_by_institution(text: str, trigger: TriggerMention, heads: tuple[frozenset[str], frozenset[str]]) -> bool:
    """True when the trigger is part of a body's name (مفوضية الانتخابات, election commission)."""
    ar_before, en_after = heads
    if trigger.text[:1].isascii():
        m = _LETTERS_AFTER.match(text, trigger.end)
        return (m is not None and fold_str(m.group(1)) in en_after) or (
            trigger.text[:1].isupper() and load_institution_name_start().search(text, max(0, trigger.start - 60), trigger.start) is not None
        )
    word = _word_before(text, trigger.start)
    if word is not None and _is_head_before(word, ar_before) and not _definite_then_indefinite(word, trigger.text):
        return True
    # one adjective of the body between: المفوضية العليا للانتخابات، الهيئة الوطنية للانتخابات
    if word is None or _CLITIC_ARTICLE.sub("", fold_str(word), count=1) not in load_institution_adjectives():
        return False
    before = _word_before(text, text.rfind(word, 0, trigger.start))
    return before is not None and _is_head_before(before, ar_before)


def _is_siege(event: Event) -> bool:
    """A siege laid by forces (an attack of CAMEO 191): a state that lasts, never one
    catalogued assault or massacre of the place besieged, whose keywords it shares."""
    return event.event_type == "attack" and event.cameo == "191"


_DEFINITE = re.compile(r"^(?:[وف]?[بكل]?ال|[وف]?لل)")
_INDEFINITE_ACCUSATIVE = re.compile(r"^[وف]?[^\W\d_]+ا$")


def _definite_then_indefinite(word: str, trigger: str) -> bool:
    """Whether a definite noun stands before an indefinite accusative event word
    ("فرضت قوات النظام حصارا"): the two make no name (a name's head takes no article),
    the event word is the verb's object."""
    return _DEFINITE.match(fold_str(word)) is not None and _INDEFINITE_ACCUSATIVE.match(fold_str(trigger)) is not None \
        and _DEFINITE.match(fold_str(trigger)) is None


@lru_cache(maxsize=4)
def load_institution_name_start(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """The start of an English body's name before its capitalised event word (`institution_heads.en_before`
    then for/of: "Center for Reconciliation", "Ministry of National Reconciliation"), ending right before it."""
    words = load_assembly_rules(path)["institution_heads"].get("en_before", ())
    alternatives = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(r"\b(?:" + alternatives + r")\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}$")


@lru_cache(maxsize=4)
def load_institution_adjectives(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Adjectives that may stand between an institution noun and the event word of its name."""
    words = load_assembly_rules(path)["institution_heads"].get("ar_adjectives", ())
    return frozenset(_CLITIC_ARTICLE.sub("", fold_str(w), count=1) for w in words)


@lru_cache(maxsize=4096)
def _is_head_before(word: str, ar_before: frozenset[str]) -> bool:
    """Whether `word` (as written) is an Arabic institution noun, with or without its clitics."""
    word = fold_str(word)
    if word in ar_before or _CLITIC_ARTICLE.sub("", word, count=1) in ar_before:
        return True
    # a noun that begins with lam keeps it after ل and the article (ل + اللجنة is written للجنة)
    return _LAM_AFTER_PREPOSITION.match(word) is not None and word[word.index("ل") + 1 :] in ar_before


_LAM_AFTER_PREPOSITION = re.compile(r"^[وف]?لل")


def _is_letter(ch: str) -> bool:
    """The character class `[^\\W\\d_]` (a letter) for one character."""
    return ch.isalnum() and not ch.isdecimal()


def _word_before(text: str, start: int) -> str | None:
    """The word just before `start` (looking at most 40 characters back): the
    last run of letters with only spaces and tatweel after it (tatweel counts
    as a letter too), or None. The same as the group of
    `([^\\W\\d_]+)[\\s\\u0640]*$` searched in that stretch, found by walking back
    instead of trying the pattern at forty positions."""
    lo = start - 40 if start > 40 else 0
    k = start  # the spaces and tatweel that end the stretch begin at k
    while k > lo and (text[k - 1].isspace() or text[k - 1] == "\u0640"):
        k -= 1
    i = max(text.rfind(" ", lo, k) + 1, lo)
    if i == k or not text[i:k].isalpha():  # else the word runs from the space: the usual case
        i = k
        while i > lo and _is_letter(text[i - 1]):
            i -= 1
    if i == k:  # no letter before them: a tatweel among them is the word
        i = text.find("\u0640", k, start)
        if i < 0:
            return None
    end = max(i, k)
    while end < start and _is_letter(text[end]):
        end += 1
    return text[i:end]


_COMPLEMENTIZER = re.compile(r"(?<!\S)(?:[وف]?(?:إن|أن|بأن|ان|بان)(?=\s)|that(?=\s)(?!\s+(?:it|they)\s))|[:\"«“]")


# after a verb of claiming, a complementizer with the speaker as its subject too ("زعمت أنه", "claimed that it")
_CLAIMED = re.compile(r"(?<!\S)(?:[وف]?(?:إن|أن|بأن|ان|بان)(?:ه|ها|هم|هما|هن|نا|ني)|that\s+(?:it|they))(?=\s)")
# the word or mark that opens what a speaker said, with a pronoun or without ("قال في الرياض إنه", "said that")
_SAID_OPENS = re.compile(
    r"(?<!\S)(?:[وف]?(?:إن|أن|بأن|ان|بان)(?:ه|ها|هم|هما|هن|نا|ني)?(?=\s)|that(?=\s))|[:\"«“]"
)


def _reported(text: str, cue_end: int, trigger_start: int, claim: bool = False) -> bool:
    """True when the trigger stands in the reported content of a speech verb before it
    ("قال إن ...", "said that ...", "قال: «...»"), not merely beside it ("after a
    meeting in Paris, an adviser said that ..."). A speaker telling of its own
    doing ("قالت الوزارة إنها قررت", "the ministry said that it had decided") reports
    news; one claiming it ("زعمت أنه", "claimed that it") does not."""
    if cue_end > trigger_start:
        return False
    if _COMPLEMENTIZER.search(text, cue_end, trigger_start) is not None:
        return True
    return claim and _CLAIMED.search(text, cue_end, trigger_start) is not None


_DEMONSTRATIVE = re.compile(
    r"(?<!\S)(?:[وف]?(?:هذه|هذا|تلك|ذلك|هذين|هاتين|هؤلاء)|this|these|that|those|the same)\s+$", re.IGNORECASE
)


# An accusation frames the event it accuses someone of, as reported speech does:
# "وتتهم أنقرة واشنطن باستهدافها", "Damascus accused the coalition of striking".
_ACCUSATION = re.compile(
    r"(?<!\S)(?:[وف]?(?:اتهم|اتهمت|اتهموا|اتهما|اتهمتا|يتهم|تتهم|يتهمون|يتهمان|تتهمان|اتهام|اتهامات|(?:ال)?(?:متهم|متهما|متهمة|متهمين|متهمون))"
    r"|accus(?:e|es|ed|ing|ation|ations))(?:\s+\S+){0,8}\s+(?:of\s+|by\s+)?$",
    re.IGNORECASE,
)


# "اتهمها بأنها تزود ...": the charge told as a clause
_CHARGED_THAT = re.compile(r"(?<!\S)(?:ب[أا]ن(?:ه|ها|هم|هما)?|of\s+having)\s+$", re.IGNORECASE)


def _accused(text: str, sentence_start: int, trigger_start: int) -> bool:
    """Whether the event word is what an accusation charges someone with: the
    word follows the accusation in its clause, marked by ب or "of". A phrase set
    off by a pair of commas (an apposition: "اتهم علي طه، محامي جنينة، الشرطة
    بمحاولة قتل موكله") stays inside the clause."""
    if not (
        text.startswith("ب", trigger_start)
        or text[max(0, trigger_start - 3) : trigger_start].lower() == "of "
        or _CHARGED_THAT.search(text, max(0, trigger_start - 12), trigger_start) is not None
    ):
        return False
    lo = max(sentence_start, trigger_start - 80)
    m = _ACCUSATION.search(text, lo, trigger_start)
    if m is None:
        return False
    breaks = _CLAUSE_BREAK.findall(text, m.start(), trigger_start)
    return all(b in ",،" for b in breaks) and len(breaks) % 2 == 0


# A sentence that opens on the event word as its definite subject speaks of an
# event already told: "The visit comes after ...", "وتأتي الزيارة بعد ...".
_TOLD_BEFORE = re.compile(r"(?:^|[.!?؟\n]\s*)(?:The|[وف]?(?:تأتي|تاتي|يأتي|ياتي|جاءت|جاء))\s+$")


def _dated_in(spans: dict, clause: tuple[int, int]) -> bool:
    """Whether the event's date was read in its own dating clause."""
    date = spans.get("date")
    return date is not None and clause[0] <= date[0] and date[1] <= clause[1]


def _is_anaphoric(text: str, start: int) -> bool:
    """True when a demonstrative points the trigger back at an event told before
    ("هذه الغارات", "these strikes"), or when the sentence opens on it as a known
    subject ("The visit comes after ...")."""
    lo = max(0, start - 20)
    return _DEMONSTRATIVE.search(text, lo, start) is not None or _TOLD_BEFORE.search(text, lo, start) is not None


_PRECISION_RANK = {"day": 3, "month": 2, "year": 1}
_BASIS_RANK = {"explicit": 4, "relative": 3, "reference": 2, "publication": 1}
HEADLINE_WORDS = 14


@dataclass(slots=True)
class Mentions:
    """Everything the stages found in one article (offsets into its text)."""

    sentences: list[tuple[int, int]]
    dates: list[TimeMention]
    actors: list[ActorMention]
    places: list[PlaceMention]
    triggers: list[TriggerMention]
    references: list[ReferenceMention] = field(default_factory=list)
    folded: FoldedText | None = None  # the whole article folded (not masked), when at hand


@dataclass(slots=True)
class _Candidate:
    event_type: str
    cameo: str | None
    sentence: tuple[int, int]
    trigger: tuple[int, int]
    trigger_text: str
    weight: float
    reference_id: str | None = None  # None for a trigger word
    circumstance: bool = False  # right after بعد/خلال/after/during...: the setting, not the event
    background: bool = False  # a strong circumstance kept beside its sentence's event: only with a date of its own
    definite: bool = False  # a noun with the article: "الهجوم", "the attack"
    described: bool = False  # a noun with the article and a relative clause after it: "الغارة الجوية التي ..."
    annexed: str | None = None  # the stem of the definite noun an Arabic noun is annexed to: "زيارة السفير"
    tense: str = ""  # of a verb trigger (past, present, future, base); empty for a noun or a catalog name


_CLAUSE_BREAK = re.compile("[،,;؛:()]")


# A comma inside an English list ("Iran's oil, banking and shipping sectors",
# "Saudi Arabia, the UAE, Bahrain and Egypt"): one or two words, then another
# comma or "and"/"or". It joins names; it ends no clause.
_LIST_COMMA = re.compile(r",\s*(?:the\s+[\w'.-]+(?:\s+[\w'.-]+){0,2}|[\w'.-]+(?:\s+[\w'.-]+)?)(?:\s*,|\s+(?:and|or)\s)")


def _clause_breaks(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.group() == "," and _LIST_COMMA.match(text, m.start(), end):
            continue
        if m.group() in "()" and _SHORT_NAME_IN_BRACKETS.search(text, max(start, m.start() - 12), m.end() + 12):
            continue  # a name's short form: "the Office of Foreign Assets Control (OFAC) imposed"
        yield m


# a short form of a name in brackets: one or two words, no other punctuation ("(OFAC)", "(داعش)")
# (not a news agency's after a dateline: "ISTANBUL (Reuters) -")
_SHORT_NAME_IN_BRACKETS = re.compile(r"\((?:[^\W\d_][\w.\-]*)(?: [^\W\d_][\w.\-]*)?\)(?!\s*[-–—])")


def _clause(text: str, sentence: tuple[int, int], trigger: tuple[int, int]) -> tuple[int, int]:
    """The stretch of the sentence around the trigger between clause punctuation."""
    s, e = sentence
    lo = s
    for m in _clause_breaks(text, s, trigger[0]):
        lo = m.end()
    m = next(_clause_breaks(text, trigger[1], e), None)
    return lo, m.start() if m else e


# What may stand between two names of one list: commas, "and", "و" (the latter
# usually written on the next name, which the name's span then holds).
_LIST_GAP = re.compile(r"(?:[\s,،]|\band\b|\bthe\b|\bو)*\Z", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_border_neighbour_markers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """The words that end right before a neighbour country (data/assembly.json `border_neighbour_markers`)."""
    words = sorted(load_assembly_rules(path).get("border_neighbour_markers", ()), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return re.compile(r"(?<!\S)[وف]?(?:" + alternatives + r")\s+$", re.IGNORECASE)


def _drop_neighbours(
    text: str, actors: list[ActorMention], places: list[PlaceMention]
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """The sentence's names without the countries a place is said to lie near ("في غرب البلاد
    قرب الحدود مع العراق", "موقعها الحدودي مع إسرائيل والأردن", "near the border with Iraq"),
    with those listed after them: neighbours, neither parties nor the place."""
    marker = load_border_neighbour_markers()
    spans: list[tuple[int, int]] = []
    listing = False  # the name before was a neighbour
    for m in sorted([*actors, *places], key=lambda m: m.start):
        if listing and (m.start < spans[-1][1] or _LIST_GAP.match(text, spans[-1][1], m.start)):
            spans.append((m.start, max(m.end, spans[-1][1])))  # the same name, or one listed after it
        elif marker.search(text, max(0, m.start - 40), m.start) is not None:
            spans.append((m.start, m.end))
            listing = True
        else:
            listing = False
    if not spans:
        return actors, places

    def near(m: ActorMention | PlaceMention) -> bool:
        return any(s <= m.start and m.end <= e for s, e in spans)

    return [a for a in actors if not near(a)], [p for p in places if not near(p)]


# "على بعد 200 كيلومتر من الساحل الإيراني", "تبعد حوالي 180 كم شرق مدينة سرت", "50 km north of
# Baghdad": the name after is a point the place is measured from
_MEASURED_FROM = re.compile(
    r"(?:(?<!\S)(?:على\s+بعد|على\s+مسافة|[تي]بعد)\s+(?:\S+\s+){1,4}?(?:من|عن|(?:[شجغ]\S*|[وش]?\S*(?:شرق|غرب|شمال|جنوب)\S*)(?:\s+(?:من|عن))?)"
    r"|\b\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:from|of))"
    r"\s+(?:(?:the|العاصمة|مدينة|بلدة|ال\S+)\s+){0,2}$",
    re.IGNORECASE,
)

_DISTANCE_WORDS = ("بعد", "مسافة", "km", "kilomet", "Kilomet", "mile", "Mile")


def _drop_measuring_points(
    text: str, actors: list[ActorMention], places: list[PlaceMention]
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """The sentence's names without a point a place is measured from ("القمة التي تعقد في الظهران
    على بعد حوالي 200 كيلومتر من الساحل الإيراني", "a town 50 km north of Baghdad"): neither a
    party nor the place, when the sentence names another place."""
    if not places:
        return actors, places
    # the search is tried at every position: only in a stretch where a word of distance stands
    first = min(m.start for m in (*actors, *places))
    stretch = text[max(0, first - 60) : max(m.start for m in (*actors, *places))]
    if not any(w in stretch for w in _DISTANCE_WORDS):
        return actors, places

    def measured(m: ActorMention | PlaceMention) -> bool:
        return _MEASURED_FROM.search(text, max(0, m.start - 60), m.start) is not None

    points = [p for p in places if measured(p)]
    if points and len(points) == len(places):
        return actors, places
    return [a for a in actors if not measured(a)], [p for p in places if p not in points]


def _with_listed(
    text: str, actors: list[ActorMention], clause: tuple[int, int], sentence: tuple[int, int]
) -> tuple[int, int]:
    """The clause widened over the lists its first and last names belong to,
    and on to the clause punctuation beyond them: in "Saudi Arabia, Egypt, the
    UAE and Bahrain cut ties with Qatar", the commas that bound the trigger's
    clause only separate the names of its subject."""
    inside = [a for a in actors if a.start >= clause[0] and a.end <= clause[1]]
    if not inside:
        return clause
    lo, hi = clause
    start = min(a.start for a in (inside[0], *_list_mates(text, actors, inside[0])))
    end = max(a.end for a in (inside[-1], *_list_mates(text, actors, inside[-1])))
    if start < lo:
        lo = sentence[0]
        for m in _CLAUSE_BREAK.finditer(text, sentence[0], start):
            lo = m.end()
    if end > hi:
        m = _CLAUSE_BREAK.search(text, end, sentence[1])
        hi = m.start() if m else sentence[1]
    return lo, hi


def _told_as_setting(cand: _Candidate, language: str) -> bool:
    """Whether an English candidate is an uncatalogued event kept as the setting of its
    sentence's own ("strikes on Syria in response to the chemical attack in Douma")."""
    return language == "en" and cand.background and cand.reference_id is None


def _event_actors(
    text: str,
    actors: list[ActorMention],
    sentence: tuple[int, int],
    clause: tuple[int, int],
    trigger: tuple[int, int],
    own_clause: bool = False,
    one_country: bool = False,
) -> list[ActorMention]:
    """The actors of the trigger's clause (with the lists its names belong to);
    when it names fewer than two countries, the nearest actors of the rest of
    the sentence join them, unless `own_clause` (an event told as the setting
    of the sentence's own, whose parties are that event's); an event of one
    country's own (`one_country`: an election) is the nearest country's."""
    clause = _with_listed(text, actors, clause, sentence)
    inside = [a for a in actors if a.start >= clause[0] and a.end <= clause[1]]
    countries = set(_countries_of(inside))
    if len(countries) >= 2 or own_clause:
        return inside
    centre = (trigger[0] + trigger[1]) / 2
    if one_country:
        return _one_country_actors(actors, inside, centre)
    # not in `inside` (tested by position: an equal mention has the same)
    outside = sorted(
        (a for a in actors if not (a.start >= clause[0] and a.end <= clause[1])),
        key=lambda a: abs((a.start + a.end) / 2 - centre),
    )
    aside = _aside_before(text, actors, clause[0])
    if aside is not None:
        # "Erdogan, a close ally of Qatar, visited Baku": the person the aside is about, not its names
        subject, lo, hi = aside
        outside = [subject, *(a for a in outside if a is not subject and not lo <= a.start < hi)]
    chosen = list(inside)
    for a in outside:
        if len(countries) >= 2:
            break
        new = (set(a.members) if a.members else {a.country}) - countries
        new.discard(None)
        new.discard("")
        if new or not chosen:
            chosen.append(a)
            countries |= new
            # with the names listed with it: "met the leaders of Saudi Arabia, the UAE and Bahrain"
            for mate in _list_mates(text, actors, a):
                if mate not in chosen:
                    chosen.append(mate)
                    countries |= set(_countries_of([mate]))
    return sorted(chosen, key=lambda a: a.start)


_ASIDE_REACH = 100  # characters of an aside between commas: ", a close ally of Qatar,"
_NAME_TAIL_REACH = 20  # characters of a name after its dictionary part: "Mohammed| bin Salman,"


def _aside_before(text: str, actors: list[ActorMention], clause_start: int) -> tuple[ActorMention, int, int] | None:
    """When the clause opens right after an aside set off by commas that follows a person's
    name ("Erdogan, a close ally of Qatar, visited ...", "Mohammed bin Salman, whose relations
    with Qatar soured in 2017, received ...", "أردوغان، حليف قطر الوثيق، زار ..."): (that person,
    where the aside begins, where it ends)."""
    j = clause_start
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == 0 or text[j - 1] not in ",،":
        return None
    close = j - 1
    lo = max(0, close - _ASIDE_REACH)
    opening = max(text.rfind(",", lo, close), text.rfind("،", lo, close))
    if opening < 0 or any(ch in ".;:!?؟؛" for ch in text[opening:close]):
        return None
    person = next(
        (
            a
            for a in reversed(actors)
            if a.kind == "person"
            and a.end <= opening
            and opening - a.end <= _NAME_TAIL_REACH
            and all(ch.isalpha() or ch in " -'" for ch in text[a.end : opening])
        ),
        None,
    )
    return (person, opening, close) if person is not None else None


def _one_country_actors(actors: list[ActorMention], inside: list[ActorMention], centre: float) -> list[ActorMention]:
    """The actors of an event of one country's own (an election) whose clause names at most one
    country: the sentence's actor of a country nearest its word, and those of its clause of that
    country or of none ("Pezeshkian, who won a runoff election in July, was received by Iraqi
    Prime Minister Sudani": Iran's election; "إيران التي أنهت للتو انتخابات حقيقية تتعرض لهجوم من
    رئيس الولايات المتحدة": Iran's)."""
    near = min((a for a in actors if a.country), key=lambda a: abs((a.start + a.end) / 2 - centre), default=None)
    if near is None:
        return inside
    chosen = [a for a in inside if not a.country or a.country == near.country]
    if near not in chosen:
        chosen.append(near)
    return sorted(chosen, key=lambda a: a.start)


def _list_mates(text: str, actors: list[ActorMention], first: ActorMention) -> list[ActorMention]:
    """The actors joined to `first` by commas, "and" or و alone, on either side."""
    i = actors.index(first)
    mates: list[ActorMention] = []
    end = first.end
    for a in actors[i + 1 :]:
        if a.start < end or not _LIST_GAP.match(text, end, a.start):
            break
        mates.append(a)
        end = a.end
    start = first.start
    for a in reversed(actors[:i]):
        if a.end > start or not _LIST_GAP.match(text, a.end, start):
            break
        mates.append(a)
        start = a.start
    return mates


def _inside(items: Sequence, start: int, end: int) -> list:
    return [m for m in items if m.start >= start and m.end <= end]


_START = attrgetter("start")


class _ByStart:
    """Mentions of one article, for taking those inside a sentence (`_inside`)
    by bisecting their starts when they come sorted by start, as the stages give them."""

    __slots__ = ("items", "starts")

    def __init__(self, items: Sequence) -> None:
        self.items = items
        starts = list(map(_START, items))
        self.starts: list[int] | None = starts if starts == sorted(starts) else None

    def inside(self, start: int, end: int) -> list:
        if self.starts is None:
            return _inside(self.items, start, end)
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_right(self.starts, end)
        return [m for m in self.items[lo:hi] if m.end <= end]


def _stable_id(*parts: object) -> str:
    digest = hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()
    return digest[:16]


def _headline(text: str, quote: tuple[int, int], trigger: tuple[int, int]) -> str:
    """A short headline: the words around the trigger, inside its sentence.

    Words are whitespace-separated runs; `str.split` counts them and finds where
    the shown ones begin and end, without a match object per word.
    """
    q0, q1 = quote
    sentence = text[q0:q1]
    n = len(sentence.split())
    if not n:
        return sentence.strip()
    t = max(0, len(text[q0 : min(trigger[0] + 1, q1)].split()) - 1)  # the word the trigger starts in
    lo = max(0, t - HEADLINE_WORDS // 2)
    hi = min(n, lo + HEADLINE_WORDS)
    lo = max(0, hi - HEADLINE_WORDS)
    first = q1 - len(sentence.split(None, lo)[-1])  # where word lo begins
    last = q0 + len(sentence.rsplit(None, n - hi)[0])  # where word hi - 1 ends
    head = text[first:last].strip(" \t\"'«»،,.:;-")
    if lo > 0:
        head = "…" + head
    if hi < n:
        head += "…"
    return head


# Words that give an event's cause: what it responds to ("ردا على", "in response to").
_RESPONSE_AR = r"(?:ردا|رداً|ردًا|رد)\s+على|انتقاما\s+ل"
_RESPONSE_EN = r"in\s+response\s+to|in\s+retaliation\s+for"

# Words that open the charge a sentence or an arrest is for ("بتهمة قتل متظاهرين عام 2011",
# "on charges of"): a date after them dates the deed charged, not the verdict (data/assembly.json).
_CHARGE = "|".join(re.escape(w) for w in sorted(load_assembly_rules()["charge_markers"], key=len, reverse=True))

_CHARGE_WORD = re.compile(r"(?:^|\s)[\"'«“(]?(?:" + _CHARGE + r")$")

_SUBORDINATOR_WORDS = (
    r"(?:[وف]?(?:إن|أن|بأن|لأن|ان|بان|بعد|قبل|قبيل|عقب|إثر|اثر|منذ|الذي|التي|الذين|اللذين|اللتين|اللواتي|" + _RESPONSE_AR + ")"
    r"|that|which|who|after|before|since|following|" + _RESPONSE_EN + "|" + _CHARGE + r")(?=\s)"
)
# A subordinator after a space, or (`_SUBORDINATOR_FIRST`) as the sentence's first word.
# Two patterns rather than one led by `(?:^|\s)`: a pattern that starts with a
# character class is scanned for much faster.
_SUBORDINATORS = re.compile(r"\s[\"'«“(]?" + _SUBORDINATOR_WORDS)
_SUBORDINATOR_FIRST = re.compile(_SUBORDINATOR_WORDS)


_RELATIVE_WORDS = r"[وف]?(?:الذي|التي|الذين|اللذين|اللتين|اللواتي)|which|that"


# A relative clause set off by commas after the event word ("شن هجوما على السويداء،
# التي ظلت بمنأى عن النزاع، في 25 يوليو", "attacked Sweida, which had been spared, on
# 25 July"): the comma closes it, and a date right after belongs to the event again.
_ASIDE_OPEN = re.compile(r"[،,]\s*(?:" + _RELATIVE_WORDS + r")\s")
_ASIDE_LEAD = re.compile(r"[،,]\s*(?:(?:في|يوم|on|in)\s+)?")


def _date_after_aside(
    quote: str, offset: int, own: tuple[int, int], dates: Sequence[TimeMention]
) -> TimeMention | None:
    """The date that follows a relative clause set off by a pair of commas right
    where the event word's dating clause ends (None: no such date)."""
    hi = own[1] - offset
    opened = next((m for k in (hi - 2, hi - 1, hi) if k >= 0 and (m := _ASIDE_OPEN.match(quote, k))), None)
    if opened is None:
        return None
    close = _CLAUSE_BREAK.search(quote, opened.end())
    if close is None or close.group() not in ",،":
        return None
    lead = _ASIDE_LEAD.match(quote, close.start())
    at = offset + lead.end()  # type: ignore[union-attr]
    return next((d for d in dates if d.start == at), None)


def _dating_clause(
    quote: str, offset: int, trigger: tuple[int, int], punctuation: bool = True
) -> tuple[int, int]:
    """The part of the sentence whose time expressions date the trigger.

    It ends at subordinators (إن/أن, الذي/التي, that, after) and, with
    `punctuation`, at clause punctuation: in "on Thursday the minister said
    that Riyadh cut ties", Thursday dates the statement, not the cutting of ties.
    """
    if punctuation:
        lo, hi = _clause(quote, (0, len(quote)), (trigger[0] - offset, trigger[1] - offset))
    else:
        lo, hi = 0, len(quote)
    t0, t1 = trigger[0] - offset, trigger[1] - offset
    first = _SUBORDINATOR_FIRST.match(quote, 0, hi) if lo == 0 else None
    if first is not None:
        if first.end() <= t0:
            lo = first.end()
        elif t1 <= 0:
            return offset, offset
    for m in _SUBORDINATORS.finditer(quote, lo, hi):
        if (
            _counts_back(quote, m)
            or _agentive(quote, m)
            or (m.start() >= t1 and not _CLAUSE_BREAK.search(quote, t1, m.start()) and _since_a_date(quote, m, lo))
        ):
            # "أقاله قبل سنتين": two years ago, a time expression of this clause; "من قبل": by;
            # "يشن التحالف عملية عسكرية منذ أواخر مارس 2015": since a date, when this event began
            continue
        if m.end() <= t0:
            if _CHARGE_WORD.search(m.group()):
                continue  # the deed charged keeps the arrest's time ("اعتقلت ... يوم الثلاثاء بتهمة الارتباط بمحاولة الانقلاب")
            lo = _after_closed_aside(quote, m, t0)
        elif m.start() >= t1:
            between = quote[t1 : m.start()].strip().strip(",،")
            if (not between or _same_noun_phrase(between)) and _RELATIVE.fullmatch(m.group().strip()):
                # "the strike that hit on Thursday", "الانتخابات الرئاسية التي أجريت في مارس":
                # the clause tells of the trigger itself
                continue
            hi = m.start()
            break
    for m in load_participles().finditer(quote, t1, hi):
        if not _same_noun_phrase(quote[t1 : m.start()]):  # "ratified the agreement signed in 2001"
            hi = m.start()
            break
    return lo + offset, hi + offset


# A relative pronoun right after a comma: it opens an aside about the name before it
# ("Erdogan, who won re-election in May, met ...", "أردوغان، الذي فاز بالانتخابات في مايو، التقى ...")
_ASIDE_RELATIVE = re.compile(r"\s*(?:[وف]?(?:الذي|التي|الذين|اللذين|اللتين|اللواتي)|who|which)$")


def _after_closed_aside(quote: str, m: re.Match[str], t0: int) -> int:
    """Where the dating clause of an event word at `t0` starts after the subordinator `m`
    before it: right after it, or, when it opens an aside set off by commas that closes
    before the event word, after the closing comma (the aside's dates are its own verb's)."""
    if m.start() < 1 or quote[m.start() - 1] not in ",،" or not _ASIDE_RELATIVE.match(m.group().lstrip("\"'«“(")):
        return m.end()
    close = _CLAUSE_BREAK.search(quote, m.end(), t0)
    return close.end() if close is not None and close.group() in ",،" else m.end()


_AGO_WORDS = frozenset({"قبل"})
_EDGE_PUNCTUATION = ".,،;؛:!?؟\"'()«»“”"
_COUNT_FILLERS = frozenset(fold_str(w) for w in ("نحو", "حوالي", "زهاء", "قرابة", "أكثر", "أقل", "من"))


def _counts_back(quote: str, m: re.Match[str]) -> bool:
    """Whether the subordinator `m` is `قبل` counting time back ("قبل سنتين", "قبل
    ثلاثة أيام", "قبل نحو عام"): the words after it are a count and a unit of the calendar."""
    if m.group().strip().lstrip("وف") not in _AGO_WORDS:
        return False
    calendar = load_calendar()
    for word in quote[m.end() : m.end() + 40].split()[:4]:
        folded = fold_str(word).strip(_EDGE_PUNCTUATION)
        if folded in calendar.units:
            return True
        if not (folded.isdigit() or folded in calendar.numbers or folded in _COUNT_FILLERS):
            return False
    return False


_SINCE_WORDS = frozenset({"منذ", "since"})
_YEAR = re.compile(r"(?:19|20)\d\d")


@lru_cache(maxsize=4)
def load_since_comparisons(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Superlatives and `first` that make `since` + a date a comparison (data/assembly.json)."""
    return frozenset(fold_str(w).lower() for w in load_assembly_rules(path)["since_comparisons"])


@lru_cache(maxsize=1)
def _date_words() -> frozenset[str]:
    """The folded words a calendar date may be written with besides numbers: the time
    vocabulary's words (months, each word of `كانون الثاني`, the nouns month and year,
    early/mid/late...), and `of`, `in`."""
    return load_calendar().words | {"of", "in"}


def _since_a_date(quote: str, m: re.Match[str], lo: int = 0) -> bool:
    """Whether the subordinator `m` is `منذ`/`since` opening a calendar date with its year
    ("منذ أواخر مارس/آذار عام 2015", "منذ عام 2015", "since March 2015"): the time the
    clause's own event began, not another clause's event ("منذ تولي منصبه"). Not after a
    comparison in the clause (from `lo`): "the largest protests since 2012" are today's."""
    if m.group().strip().lstrip("وف").lower() not in _SINCE_WORDS:
        return False
    comparisons = load_since_comparisons()
    if any(fold_str(w).strip(_EDGE_PUNCTUATION).lower() in comparisons for w in quote[lo : m.start()].split()):
        return False
    words = _date_words()
    # English: a month with or without its day, the year left out ("since August 9", "since
    # July"), is as good, the latest such day before the publication
    months = _latin_months() if m.group().strip().lower() == "since" else frozenset()
    month_seen = False
    for word in quote[m.end() : m.end() + 60].split()[:6]:
        for part in word.split("/"):
            folded = fold_str(part).strip(_EDGE_PUNCTUATION).lower()
            if _YEAR.fullmatch(folded):
                return True
            month_seen = month_seen or folded in months
            if folded and not (folded.isdigit() or folded in words):
                return month_seen
    return month_seen


@lru_cache(maxsize=1)
def _latin_months() -> frozenset[str]:
    """The English month names of the calendar, folded."""
    return frozenset(w for w in load_calendar().months if w.isascii())


def _agentive(quote: str, m: re.Match[str]) -> bool:
    """Whether the subordinator `m` is the `قبل` of `من قبل` ("by"), which names the agent."""
    return m.group().strip().lstrip("وف") in _AGO_WORDS and quote[: m.start()].endswith("من")


# Words that end the event word's own noun phrase: a participle after them describes another noun.
_PHRASE_BREAKS = frozenset(
    ("على", "في", "من", "إلى", "الى", "عن", "مع", "the", "a", "an", "to", "on", "in", "with", "from", "by", "of")
)


def _same_noun_phrase(between: str) -> bool:
    """Whether the words between the event word and a participle still belong to the
    event word's noun phrase (`اتفاق المصالحة الموقع`, `اتفاقية التعاون الأمني الموقعة`)."""
    words = between.split()
    return len(words) <= 2 and not any(w.lower() in _PHRASE_BREAKS for w in words)


# Relative pronouns: right after the event word, their clause describes that event.
_RELATIVE = re.compile(_RELATIVE_WORDS)

_DURATION_CUE = re.compile(r"(?<!\S)(?:منذ|since|for)\s*$", re.IGNORECASE)
_DURATION_START = re.compile(r"(?:منذ|since|for)\s", re.IGNORECASE)


def _is_duration(text: str, d: TimeMention) -> bool:
    """"منذ عامين" / "for two years": a span of years counted back measures how long
    a state has lasted; it is not the date of an event."""
    if d.basis != "relative" or d.precision != "year":
        return False
    return bool(_DURATION_START.match(d.text) or _DURATION_CUE.search(text, max(0, d.start - 8), d.start))


_SINCE_BEFORE = re.compile(r"(?<!\S)(?:since\s+(?:the\s+year\s+)?|منذ\s+(?:عام\s+|العام\s+|سنة\s+)?)$", re.IGNORECASE)
_WHEN_AFTER = re.compile(r"\s*[,،]?\s*(?:when\b|عندما|حين|حينما|يوم\s+(?:أن|ان))", re.IGNORECASE)


# a figure compared with an earlier one: "up from 43 percent five years ago", "مقارنة بـ 40% في 2019"
_FIGURE_FROM = re.compile(
    r"(?<!\w)(?:(?:up|down)\s+from|compared\s+(?:with|to)|مقارنة\s+(?:ب|مع))[^,،.;:؛]{0,40}\Z", re.IGNORECASE
)
_PHRASE_END = re.compile(r"[,،.;:؛]|\s(?:as|while|when|and)\s")


def _figure_compared(text: str, d: TimeMention, trigger: tuple[int, int]) -> bool:
    """Whether the date is the time of a figure compared with ("Turnout was 50 percent, up from
    43 percent five years ago, as the vote was held ..."), in a phrase without the event word:
    no date of the event ("up from 41 percent in the 2021 election" dates that election)."""
    m = _FIGURE_FROM.search(text, max(0, d.start - 50), d.start)
    if m is None:
        return False
    end = _PHRASE_END.search(text, d.end, d.end + 60)
    return not m.start() <= trigger[0] < (end.start() if end else d.end + 60)


def _compared_since(text: str, d: TimeMention) -> bool:
    """Whether a date follows "since"/منذ after a comparison ("the first since 2015", "the
    largest protests since 2012", "أعلى مستوى له منذ ديسمبر 2014"): the time compared
    with, no event's, unless a clause on that time follows ("since 2012, when sanctions
    were imposed")."""
    since = _SINCE_BEFORE.search(text, max(0, d.start - 20), d.start)
    if since is None or _WHEN_AFTER.match(text, d.end):
        return False
    comparisons = load_since_comparisons()
    words = text[max(0, since.start() - 60) : since.start()].split()[-5:]
    return any(fold_str(w).strip(_EDGE_PUNCTUATION).lower() in comparisons for w in words)


# an English verb of saying right before a date, and a pronoun subject right after it:
# "said on Tuesday it had ...", "announced late on Monday they would ..." (no "that")
_SAYING_BEFORE = re.compile(r"\b(?:said|says|announced|told\s+\S+|confirmed|reported|added)\s+(?:(?:late|early)\s+)?(?:on\s+)?$")
_PRONOUN_AFTER = re.compile(r"\s*,?\s*(?:it|they|he|she|we)\s")


def _dates_the_saying(text: str, date: TimeMention) -> bool:
    """Whether the date stands between an English verb of saying and the pronoun subject of
    what was said, "that" left out ("The military said on Tuesday it had struck ... on
    Monday"): it dates the saying; a date of the event's own, after its word, comes first."""
    return (
        _PRONOUN_AFTER.match(text, date.end) is not None
        and _SAYING_BEFORE.search(text, max(0, date.start - 30), date.start) is not None
    )


def _nearest_date(usable: list[TimeMention], trigger: tuple[int, int]) -> TimeMention | None:
    """Of `usable` dates, the nearest to the trigger (then the most precise, then the first)."""
    if not usable:
        return None

    def distance(d: TimeMention) -> tuple[int, int, int]:
        if d.end <= trigger[0]:
            gap = trigger[0] - d.end
        elif d.start >= trigger[1]:
            gap = d.start - trigger[1]
        else:
            gap = 0
        return (gap, -_PRECISION_RANK[d.precision], d.start)

    return min(usable, key=distance)


_TARGET_WORDS = frozenset(
    fold_str(w)
    for w in (
        "مع", "ضد", "على", "إلى", "الى", "نحو", "تجاه", "بحق", "عن", "من", "في", "داخل", "قرب", "لدى",
        "with", "against", "on", "to", "toward", "towards", "from", "into", "in", "at", "near",
    )
)


@lru_cache(maxsize=4096)
def _has_target_clitic(name: str) -> bool:
    """Whether an actor's name as written carries the clitic ل (لقطر), not the article (الل...)."""
    return fold_str(name).startswith(("ل", "ول", "فل")) and not fold_str(name.lstrip("وف")).startswith("ال")


def _is_target(text: str, mention: ActorMention) -> bool:
    """True when a preposition or the clitic ل marks the actor as the target (or the
    place: "في باريس"), so that it cannot be the subject."""
    if _has_target_clitic(mention.text):
        return True
    i, j = _span_before(text, mention.start)
    if fold_str(text[i:j]) in _TARGET_WORDS:
        return True
    if _is_indefinite_nisba(mention):  # "على مدن سعودية": the noun it qualifies follows the preposition
        k, m = _span_before(text, i)
        return j > i and fold_str(text[k:m]) in _DIRECTED_WORDS
    return False


def _span_before(text: str, pos: int) -> tuple[int, int]:
    """The span of the word before `pos` (across spaces; empty at the start)."""
    lo = max(0, pos - _SPAN_REACH)
    stripped = text[lo:pos].rstrip()  # the usual case: the word and its spaces lie within reach
    j = lo + len(stripped)
    i = j - len(stripped.rsplit(None, 1)[-1]) if stripped else j
    if i > lo or lo == 0:
        return i, j
    return _span_before_far(text, pos)


_SPAN_REACH = 48


def _span_before_far(text: str, pos: int) -> tuple[int, int]:
    """`_span_before` walking back character by character, for a long word or a long run of spaces."""
    j = pos
    while j > 0 and text[j - 1].isspace():
        j -= 1
    i = j
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return i, j


# Prepositions that aim at their object ("on Saudi cities", "against Israeli
# targets"), unlike في or من, whose noun may be the event itself ("in a Russian raid").
_DIRECTED_WORDS = frozenset(fold_str(w) for w in ("على", "ضد", "إلى", "الى", "نحو", "تجاه", "بحق"))

_NISBA_ENDINGS = tuple(fold_str(e) for e in ("ية", "يون", "يين", "ي"))


def _is_indefinite_nisba(mention: ActorMention) -> bool:
    """An Arabic country adjective without the article ("سعودية", "إيرانيين"),
    which qualifies the noun before it rather than naming a party of its own."""
    if mention.kind != "country":
        return False
    word = fold_str(mention.text)
    return not word.startswith(("ال", "وال", "فال", "بال")) and word.endswith(_NISBA_ENDINGS) and " " not in word


_EN_ADJECTIVE_ENDINGS = ("ian", "ean", "can", "yan", "ese", "ish", "i")


def _is_english_adjective(text: str, mention: ActorMention) -> bool:
    """An English country adjective before a common noun ("Syrian rebels", "Saudi officials")."""
    if mention.kind != "country" or not mention.text.endswith(_EN_ADJECTIVE_ENDINGS) or not mention.text.isascii():
        return False
    following = text[mention.end : mention.end + 2]
    return len(following) == 2 and following[0] == " " and following[1].islower()


def _order_actors(
    text: str, actors: list[ActorMention], trigger: tuple[int, int], language: str
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The initiator (a list of at most one) and the other actors, targets first.

    Arabic news is mostly verb-subject-object, so the initiator is the first
    actor after the trigger unless a preposition or ل marks it as a target;
    a subject placed before the verb (SVO, and English) is the nearest actor
    before it. In English, one after a preposition ("arrived in Doha for a visit")
    comes last.
    """
    before = list(reversed([a for a in actors if a.end <= trigger[0]]))
    after = [a for a in actors if a.start >= trigger[1]]
    targets: list[ActorMention] = []
    free_after: list[ActorMention] = []
    for a in after:
        (targets if _is_target(text, a) else free_after).append(a)
    if language == "ar":
        subjects = free_after + before
    else:
        # "arrived in Doha ... for a visit": a name after a preposition is no subject
        # (unless the event word is the circumstance, "addressed troops in Qatar during the visit")
        aimed = [] if _is_circumstance(text, trigger[0]) else [a for a in before if _is_target(text, a)]
        subjects = [a for a in before if a not in aimed] + free_after + aimed
    return subjects[:1], targets + subjects[1:]


def _unique(ids: Iterable[str]) -> list[str]:
    """The non-empty ids, each once, in order of first appearance."""
    return list(dict.fromkeys(filter(None, ids)))


def _countries_of(mentions: Iterable[ActorMention]) -> list[str]:
    out: list[str] = []
    for m in mentions:
        if m.members:
            out.extend(m.members)
        elif m.country:
            out.append(m.country)
    return _unique(out)


PHONE_CALL = "041"  # CAMEO "discuss by telephone": its parties are apart, so it is never a visit


def _is_hosted(initiator: list[ActorMention], others: list[ActorMention], place: PlaceMention | None) -> bool:
    """A meeting of a foreign initiator with a host in the host's own city is a visit."""
    if place is None or place.precision == "country" or not initiator:
        return False
    hosts = [a for a in others if not (a.start < place.end and place.start < a.end)]  # not the place itself
    if not hosts:
        return False
    guest, host = initiator[0].country, hosts[0].country
    return bool(guest and host and guest != host and host == place.country)


def _is_received(
    cameo: str | None, initiator: list[ActorMention], others: list[ActorMention], place: PlaceMention | None
) -> bool:
    """A host receiving a foreign guest in the host's own city ("استقبل أمير قطر وزير
    الخارجية التركي في الدوحة", "Trump hosted the emir at the White House"): the guest's visit."""
    if cameo not in load_location_roles()[1] or place is None or place.precision == "country" or not initiator:
        return False
    host = initiator[0].country
    guests = [a for a in others if not (a.start < place.end and place.start < a.end)]
    return bool(host and host == place.country and any(a.country and a.country != host for a in guests))


def _outside_names(places: list[PlaceMention], actors: list[ActorMention]) -> list[PlaceMention]:
    """The places that are not a word of a longer name: "اليمن" in "تحالف دعم
    الشرعية في اليمن" or "Yemen" in "the Coalition to Restore Legitimacy in
    Yemen" names the body, not where the event happened."""
    return [
        p
        for p in places
        if not any(a.start <= p.start and p.end <= a.end and a.end - a.start > p.end - p.start for a in actors)
    ]


_BY_PREPOSITIONS = (("من", "قبل"), ("من",), ("by",))
_TO_PREPOSITIONS = frozenset({"to", "with", "من"})


@dataclass(frozen=True)
class Backers:
    """The words that make the name after them a backer (data/assembly.json `backers`),
    lower-cased: `by` participles (before من/من قبل/by), `to` adjectives (before
    ل/to/with/من), and the `suffix` endings joined to a name."""

    by: frozenset[str]
    to: frozenset[str]
    suffixes: tuple[str, ...]
    before_names: frozenset[str] = frozenset()  # every word that can stand right before a backer's name
    # every word and ending, bare: a stretch of text holding none has no backer
    words: tuple[str, ...] = ()
    # words right before a mediator's name ("بوساطة مصر", "برعاية روسيا"): never the place
    mediators: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def load_backers(path: Path = ASSEMBLY_RULES) -> Backers:
    rules = load_assembly_rules(path).get("backers", {})
    by = frozenset(w.lower() for w in rules.get("by", ()))
    to = frozenset(w.lower() for w in rules.get("to", ()))
    suffixes = tuple(s.lower() for s in rules.get("suffix", ()))
    prepositions = {w for words in _BY_PREPOSITIONS for w in words} | _TO_PREPOSITIONS
    mediators = frozenset(w.lower() for w in rules.get("mediators", ()))
    words = tuple(sorted({*by, *to, *mediators, *(s.strip(" -") for s in suffixes)}))
    return Backers(by, to, suffixes, by | to | prepositions, words, mediators)


_LEAD_WORDS = re.compile(r"\S+")
_BACKER_REACH = 30  # characters before a name that can hold its backer words
_NEAR = re.compile(r"[\s,،]*(?:[^\W\d_]+[\s,،]+){0,2}")  # at most two words between a party and its backer


def _backed_at(text: str, mention: ActorMention | PlaceMention) -> tuple[str, int] | None:
    """Whether the name stands for the backer of a noun beside it, and where that
    noun ends or begins: ("before", start of the backer words) for
    "الميليشيا الحوثية المدعومة من إيران", "المدعومين إيرانيا", "القوات الموالية
    لإيران", "militias loyal to Iran"; ("after", end of the ending) for
    "Iran-backed rebels"; else None."""
    backers = load_backers()
    start, end = mention.start, mention.end
    if text[end : end + 1] in ("-", " "):  # every ending begins so
        after = text[end : end + 12].lower()
        if after.startswith(backers.suffixes):
            suffix = next(s for s in backers.suffixes if after.startswith(s))
            return "after", end + len(suffix)
    if start < 2 or not text[start - 1].isspace():
        return None
    # most names follow none of these words: one look at the word before tells
    lo = max(0, start - _BACKER_REACH)
    cut = max(text.rfind(" ", lo, start - 1), text.rfind("\n", lo, start - 1))
    if text[cut + 1 : start - 1].lower() not in backers.before_names:
        return None
    words = list(_LEAD_WORDS.finditer(text, lo, start))[-3:]
    if not words:
        return None
    lowered = [w.group().lower() for w in words]
    for prep in _BY_PREPOSITIONS:
        k = len(lowered) - len(prep) - 1
        if k >= 0 and tuple(lowered[k + 1 :]) == prep and lowered[k] in backers.by:
            return "before", words[k].start()
    if lowered[-1] in backers.by and fold_str(mention.text).endswith("يا"):
        return "before", words[-1].start()
    if len(lowered) >= 2 and lowered[-1] in _TO_PREPOSITIONS and lowered[-2] in backers.to:
        return "before", words[-2].start()
    if lowered[-1] in backers.to and mention.text.startswith("ل"):
        return "before", words[-1].start()
    return None


_AND = re.compile(r"\s*[,،]?\s*(?:and|و)?\s*", re.IGNORECASE)


def _not_backing(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places that name neither a backer nor a mediator ("brokered by Russia",
    "بوساطة مصر"), nor a name joined to one by "and" ("brokered by Russia and
    Turkey", "برعاية روسيا وتركيا")."""
    mediators = load_backers().mediators
    kept: list[PlaceMention] = []
    last: PlaceMention | None = None  # the last backer's name
    for p in sorted(places, key=lambda p: p.start):
        i, j = _span_before(text, p.start)
        backing = _backed_at(text, p) is not None or text[i:j].lower() in mediators
        if not backing and last is not None and p.start >= last.end:
            gap = text[last.end : p.start]
            backing = _AND.fullmatch(gap) is not None and (gap.strip() != "" or p.text.startswith("و"))
        if backing:
            last = p
        else:
            kept.append(p)
    return kept


@lru_cache(maxsize=4)
def load_media_nouns(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Searches for a media noun just before an Arabic nationality ("الموقع الإخباري
    الأمريكي", "صحيفة نيويورك تايمز الأمريكية") and just after an English one ("the
    American news site", "Saudi state media") (data/assembly.json `media_nouns`)."""
    rules = load_assembly_rules(path).get("media_nouns", {})
    ar = "|".join(re.escape(w) for w in sorted(rules.get("ar", ()), key=len, reverse=True)) or "(?!)"
    named = "|".join(re.escape(w) for w in sorted(rules.get("ar_named", ()), key=len, reverse=True)) or "(?!)"
    qualifiers = "|".join(re.escape(w) for w in rules.get("ar_qualifiers", ())) or "(?!)"
    en = "|".join(re.escape(w) for w in sorted(rules.get("en", ()), key=len, reverse=True)) or "(?!)"
    before = re.compile(
        r"(?<!\S)[وفبل]?(?:(?:ال)?(?:" + ar + r")(?:\s+(?:" + qualifiers + r"))?"
        r"|(?:ال)?(?:" + named + r")(?:\s+(?!(?:في|من|إلى|الى|على|عن|مع|ب|و)\s)[^\s,،.]+){1,3})\s+$"
    )
    after = re.compile(
        r"(?:-\w+)?\s+(?:(?:state(?:-run)?|pro-government|official|online)\s+)?(?:" + en + r")\b", re.IGNORECASE
    )
    return before, after


def _media_nationality(text: str, actor: ActorMention, known: dict[int, bool] | None = None) -> bool:
    """Whether a country's name stands as the nationality of a news outlet ("الموقع
    الإخباري الأمريكي", "قناة الجزيرة القطرية", "the American news site"): it names no
    party to the event, nor its place. `known`: the answers so far, by the name's start."""
    if actor.kind != "country":
        return False
    if known is not None and (found := known.get(actor.start)) is not None:
        return found
    before, after = load_media_nouns()
    if is_arabic(actor.text[:1]):
        # an adjective of nationality (الأمريكي، القطرية), not a place after a preposition
        found = _NISBA_END.search(actor.text) is not None and before.search(text, max(0, actor.start - 40), actor.start) is not None
    else:
        found = after.match(text, actor.end) is not None
    if known is not None:
        known[actor.start] = found
    return found


_NISBA_END = re.compile(r"(?:ي|ية|يه|يين|يون)$")


def _drop_backers(
    text: str, actors: list[ActorMention], places: list[PlaceMention]
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """The actors and places of a sentence without the backers of another party.

    A backer is never the event's place. It is no party to the event either when
    the noun it qualifies is a named party ("the Houthis, backed by Iran"); after a
    plain noun ("forces loyal to the government", "Iran-backed militias") it
    stands for that side and stays.
    """

    names = (*actors, *places)
    if not names:
        return actors, places
    around = text[max(0, min(m.start for m in names) - _BACKER_REACH) : max(m.end for m in names) + 12].lower()
    if not any(w in around for w in load_backers().words):
        return actors, places  # no backer word around the names
    places = _not_backing(text, places)
    backed = [(a, _backed_at(text, a)) for a in actors]
    if all(b is None for _, b in backed):
        return actors, places
    # a country adjective ("فصائل سورية موالية لتركيا", "Syrian factions loyal to
    # Turkey") qualifies a plain noun: it names no party
    parties = [a for a in actors if not (_is_indefinite_nisba(a) or _is_english_adjective(text, a))]

    def backs_a_party(mention: ActorMention, side: str, pos: int) -> bool:
        if side == "before":
            return any(a.end <= pos and _NEAR.fullmatch(text, a.end, pos) for a in parties if a is not mention)
        return any(a.start >= pos and _NEAR.fullmatch(text, pos, a.start) for a in parties if a is not mention)

    return [a for a, b in backed if b is None or not backs_a_party(a, *b)], places


@lru_cache(maxsize=4)
def load_mediating_participles(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    return frozenset(w.lower() for w in load_assembly_rules(path).get("mediating_participles", ()))


# what joins a mediator to the next one: "Saudi Arabia and the United States", "روسيا وتركيا"
_MEDIATOR_AND = re.compile(r"\s*[,،]?\s*(?:and\s+(?:the\s+)?)?|\s+و?", re.IGNORECASE)


def _after_mediating_word(text: str, start: int) -> bool:
    """Whether the name at `start` follows a word naming a mediator: بوساطة, برعاية, or an
    English participle and "by" ("brokered by (the) ...", "mediated by ...")."""
    i, j = _span_before(text, start)
    word = text[i:j].lower()
    if word in load_backers().mediators:
        return True
    if word == "the":
        i, j = _span_before(text, i)
        word = text[i:j].lower()
    if word != "by":
        return False
    i, j = _span_before(text, i)
    return text[i:j].lower() in load_mediating_participles()


def _drop_mediators(
    text: str, actors: list[ActorMention], places: list[PlaceMention]
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """The actors of a sentence without the mediators of its truce, deal or talks ("a
    ceasefire brokered by Saudi Arabia and the United States between the army and the
    RSF", "اتفاق بوساطة مصر وقطر بين فتح وحماس"), nor the names joined to them, when
    another named party has a country: the parties are the sides, not their brokers."""
    if len(actors) < 2:
        return actors, places
    mediators = _mediators(text, actors)
    if not mediators:
        return actors, places
    rest = [a for a in actors if a not in mediators]
    if not any((a.country or a.members) and not _placed_in(text, a) for a in rest):
        # the sides are not named ("a truce mediated by Russia took effect in Syria"):
        # the mediators are all there is
        return actors, places
    spans = {(a.start, a.end) for a in mediators}
    return rest, [p for p in places if (p.start, p.end) not in spans]  # nor their place


def _mediators(text: str, names: Sequence[ActorMention | PlaceMention]) -> list:
    """The names after a mediating word ("brokered by", بوساطة), before one ("US-brokered",
    "under Saudi and US mediation"), and those joined to them by "and", و or, for Arabic
    adjectives, a space ("بوساطة سعودية أمريكية")."""
    marked = [_after_mediating_word(text, a.start) or _before_mediating_word(text, a.end) for a in names]
    if not any(marked):
        return []
    joined = [
        b.start >= a.end
        and _MEDIATOR_AND.fullmatch(text, a.end, b.start) is not None
        and (text[a.end : b.start].strip() != "" or b.text.startswith("و") or is_arabic(b.text[:1]))
        for a, b in itertools.pairwise(names)
    ]
    for _ in range(2):  # forward along the list, then back
        for i, j in enumerate(joined):
            if j and (marked[i] or marked[i + 1]):
                marked[i] = marked[i + 1] = True
    return [a for a, m in zip(names, marked, strict=True) if m]


_MEDIATING_AFTER = re.compile(
    r"(?:-(?:brokered|mediated|sponsored)|\s+(?:mediation|auspices|sponsorship)\b)", re.IGNORECASE
)


def _before_mediating_word(text: str, end: int) -> bool:
    """Whether a mediating ending or noun follows the name ("US-brokered", "US mediation")."""
    return _MEDIATING_AFTER.match(text, end) is not None


@lru_cache(maxsize=4)
def load_seas(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], frozenset[str]]:
    rules = load_assembly_rules(path)
    names = sorted(rules.get("sea_names", ()), key=len, reverse=True)
    # after a space, the start or an Arabic clitic ("في البحر الأحمر", "بالبحر الأحمر", "والبحر")
    alternatives = "|".join(map(re.escape, names))
    pattern = re.compile(rf"(?:(?<=\s)|(?<=^)|(?<=[وفب]))(?:{alternatives})(?!\w)", re.IGNORECASE)
    return pattern, frozenset(rules.get("sea_types", ()))


# words before a country that place the event on its land or coast: "in Yemen", "off Yemen", "قبالة اليمن"
_ON_LAND_WORDS = frozenset(fold_str(w) for w in ("in", "off", "near", "inside", "في", "قبالة", "قرب", "داخل"))


def _at_sea(
    text: str, sentence: tuple[int, int], event_type: str, place: PlaceMention | None, trigger: tuple[int, int]
) -> bool:
    """Whether the event of the sentence happened at sea ("seized a tanker in the Strait
    of Hormuz", "fired a missile at a destroyer in the Red Sea"): its type is one held
    at sea, the sentence names a sea, and no city or region, nor a country after "in"
    or "off" ("off Yemen"), places it on land or a coast, unless the sea is named
    nearer the event word ("seized a tanker in the Strait of Hormuz, two weeks after
    British forces captured a tanker off Gibraltar")."""
    seas, types = load_seas()
    if event_type not in types:
        return False
    sea = next((m for m in seas.finditer(text, *sentence) if _in_the_sea(text, m.start())), None)
    if sea is None:
        return False
    if place is None or not (place.precision != "country" or _placed_at(text, place.start)):
        return True
    return abs(sea.start() - trigger[1]) < abs(place.start - trigger[1])


# words before a sea that put the event in its waters: "in the Red Sea", "to the eastern Mediterranean",
# "في البحر الأحمر", "بالبحر الأحمر",
# not on its coast ("المدينة الواقعة على البحر الأحمر", "a port on the Red Sea")
_IN_SEA_WORDS = frozenset(
    fold_str(w) for w in ("in", "into", "to", "across", "through", "crossing", "في", "عبر", "داخل", "إلى", "الى")
)


def _in_the_sea(text: str, start: int) -> bool:
    if start > 0 and text[start - 1].isalpha():
        return text[start - 1] == "ب"  # a clitic on the name: "بالبحر الأحمر", not "والبحر"
    i, j = _span_before(text, start)
    for _ in range(2):  # "in the southern Red Sea", "في جنوب البحر الأحمر", "في مياه البحر الأحمر"
        if fold_str(text[i:j]).lower() not in _SEA_SKIPPED:
            break
        i, j = _span_before(text, i)
    return fold_str(text[i:j]).lower() in _IN_SEA_WORDS


_SEA_SKIPPED = frozenset(
    fold_str(w)
    for w in (
        "the", "southern", "northern", "eastern", "western", "central", "upper", "lower",
        "جنوب", "شمال", "شرق", "غرب", "وسط", "جنوبي", "شمالي", "مياه",
    )
)


def _placed_at(text: str, start: int) -> bool:
    i, j = _span_before(text, start)
    return fold_str(text[i:j]).lower() in _ON_LAND_WORDS


_LOWER_WORD_AFTER = re.compile(r"\s+([a-z]+)")
# Words after a name that do not make it a modifier ("across the Gaza Strip on Sunday")
_NOT_NOUNS = frozenset(
    (
        "on", "in", "at", "and", "or", "to", "from", "with", "by", "for", "of", "after", "before", "since",
        "during", "as", "while", "but", "where", "when", "which", "who", "that", "said", "says", "was", "were",
        "is", "are", "has", "have", "had", "will", "would", "could", "earlier", "last", "this",
        "through", "via", "into", "across", "near", "over", "under", "along", "amid", "against", "toward",
        "towards", "between", "until", "within", "around", "despite", "overnight", "late", "early", "yesterday",
    )
)


def _modifies_a_noun(text: str, place: PlaceMention) -> bool:
    """Whether a Latin name stands before a noun after "the" ("the Manchester attacker",
    "the Doha office"): it qualifies that noun rather than placing the event."""
    i, j = _span_before(text, place.start)
    if text[i:j].lower() != "the":
        return False
    after = _LOWER_WORD_AFTER.match(text, place.end)
    return after is not None and after.group(1) not in _NOT_NOUNS


def _opens_with(text: str, sentence_start: int, place: PlaceMention) -> bool:
    """Whether the place is the second word of its sentence: in Arabic, the subject
    of the verb that opens it ("وأعلنت الرياض")."""
    if sentence_start < 0:
        return False
    i, _ = _span_before(text, place.start)
    return i <= sentence_start or not text[sentence_start:i].strip()


def _next_word_start(text: str, pos: int) -> int:
    """Where the word after `pos` begins (across spaces)."""
    n = len(text)
    while pos < n and text[pos].isspace():
        pos += 1
    return pos


def _locative(text: str, place: PlaceMention) -> bool:
    """Whether a preposition or a noun of places makes the name a place: "in Ankara",
    "إلى أنقرة", "بالدوحة", "مطار الرياض" (data/assembly.json `place_heads`)."""
    if fold_str(place.text).startswith(("بال", "وبال", "فبال")):
        return True
    i, j = _span_before(text, place.start)
    word = fold_str(text[i:j]).lower()
    if word in _TARGET_WORDS:
        return True
    heads = load_place_heads()
    for _ in range(3):  # "وسط", "بوسط", "وبوسط": a head whose own first letter is a clitic's stays whole
        if word in heads:
            return True
        if word[:1] not in ("و", "ف", "ب", "ل"):
            return False
        word = word[1:]
    return False


@lru_cache(maxsize=4)
def load_destination_words(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    return frozenset(fold_str(w) for w in load_assembly_rules(path).get("destination_words", ()))


@lru_cache(maxsize=4)
def load_closure_words(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The first words of measures a state takes on its own ground (data/assembly.json `closure_words`)."""
    return frozenset(fold_str(w).lower() for w in load_assembly_rules(path).get("closure_words", ()))


def _international_body(actor: ActorMention) -> bool:
    """An organisation of no one country (the African Union, the Arab League): a measure
    it takes ("suspended Sudan's membership") is against another party."""
    return actor.kind == "organisation" and actor.country is None and not actor.members


def _closure(trigger_text: str) -> bool:
    """Whether the event word is one of `closure_words`, maybe after a clitic (وإغلاق، بإغلاق)."""
    words = load_closure_words()
    first = fold_str(trigger_text.split()[0]).lower() if trigger_text.split() else ""
    return first in words or (first[:1] in ("و", "ف", "ب", "ل") and (first[1:] in words or first[2:] in words))


@lru_cache(maxsize=4)
def load_official_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for the words that name an official or a delegation (data/assembly.json `official_words`)."""
    words = sorted(load_assembly_rules(path).get("official_words", ()), key=len, reverse=True)
    return re.compile(r"(?<!\w)[وفبل]?(?:" + "|".join(map(re.escape, words)) + r")", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_crowd_counts(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A search for a count of people (data/assembly.json `crowd_counts`: "9 مهربين", "45
    شخصا", "14 إيرانيا", "dozens of protesters"), a match for the words that list names after
    one, and a search for one as the subject of an English passive just before the event word
    ("Dozens of protesters were arrested", "Thousands have been detained")."""
    rules = load_assembly_rules(path).get("crowd_counts", {})

    def alternatives(key: str) -> str:
        words = sorted(rules.get(key, ()), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"

    figure = r"[\d٠-٩][\d٠-٩,.]*"
    amount = r"(?:" + figure + "|" + alternatives("numbers") + r")(?:\s+(?:من|of|ألف|الف|آلاف))?\s+"
    count = re.compile(
        r"(?<![^\W\d_])(?:" + amount + r"(?:(?-i:[A-Z][\w-]*)\s+){0,2}(?:ال)?(?:" + alternatives("people") + r")"
        # people of a nationality: a figure before an accusative nisba ("14 إيرانيا"), a count
        # before a plural one ("عشرة فلسطينيين", not "ملايين") or a demonym ("10 Palestinians")
        r"|" + figure + r"\s+[\u0621-\u064a]{3,}يا"
        r"|" + amount + r"(?:ال)?(?!ملايين)[\u0621-\u064a]{3,}يين"
        r"|" + amount + r"(?-i:[A-Z][a-z]+(?:ians|ans|is|ese|ites)))(?![^\W\d_])",
        re.IGNORECASE,
    )
    # the list may follow the count's adjectives ("3 قادة ميدانيين، هم ...")
    names = re.compile(
        r"(?:[\s,،:]+[^\W\d_]+){0,5}?[\s,،:]*[وف]?(?:" + alternatives("names_follow") + r")(?![^\W\d_])"
        # or the next sentence opens with them ("ومن بين المدانين مدير الصحيفة ...")
        r"|[^.!?؟\n]*[.!?؟\n]\s*(?:" + alternatives("next_names") + r")(?![^\W\d_])",
        re.IGNORECASE,
    )
    subject = re.compile(
        r"(?:" + count.pattern + r"|(?<![^\W\d_])(?:" + alternatives("bare_numbers") + r")(?:\s+more)?)"
        r"(?:\s+[^\s,.;:]+){0,6}?\s+(?:were|have\s+been|had\s+been|are\s+being|are)\s+$",
        re.IGNORECASE,
    )
    return count, names, subject


def _unnamed_crowd(
    text: str,
    trigger: tuple[int, int],
    sentence: tuple[int, int],
    actors: Sequence[ActorMention],
    others: Sequence[TriggerMention],
) -> bool:
    """Whether an arrest or a verdict is of a count of people and of no named person
    ("تم إيقاف 9 مهربين", "حكم بإعدام 45 شخصا", "police arrested dozens of protesters"): SCHEMA.md's
    arrests are of named persons. The count is the object when it comes within 200 characters
    after the event word (asides may stand between) with no other event word between; names
    listed after it and its adjectives ("3 قادة ميدانيين، هم ...", "including"), or opening the
    next sentence ("ومن بين المدانين مدير الصحيفة ..."), name the persons. In English the count
    may be the subject of a passive ("Dozens of protesters were arrested")."""
    if any(a.kind == "person" for a in actors):
        return False
    count, names, subject = load_crowd_counts()
    sentence_end = sentence[1]
    m = count.search(text, trigger[1], min(sentence_end, trigger[1] + 200))
    if m is None or any(trigger[1] <= t.start < m.start() for t in others):
        if subject.search(text, max(sentence[0], trigger[0] - 120), trigger[0]) is None:
            return False
        return names.match(text, trigger[1], min(len(text), sentence_end + 30)) is None
    return names.match(text, m.end(), min(len(text), sentence_end + 30)) is None


def _official(sentence: str, actors: Sequence[ActorMention]) -> bool:
    """Whether the sentence names an official: a person or body of the dictionary, or an office word."""
    return any(a.kind in ("person", "organisation", "group") for a in actors) or load_official_words().search(sentence) is not None


@lru_cache(maxsize=4)
def load_destination_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    return frozenset(load_assembly_rules(path).get("destination_types", ()))


def _destination(text: str, place: PlaceMention) -> bool:
    """Whether a preposition of destination stands right before the name: "to Qatar", "إلى قطر"."""
    i, j = _span_before(text, place.start)
    return fold_str(text[i:j]).lower() in load_destination_words()


def _sent_there(
    text: str, place: PlaceMention, trigger: tuple[int, int], event_type: str, event_words: Sequence[TriggerMention]
) -> bool:
    """Whether the place is where another event word sends something ("سيتم إرسال قوات
    إلى قطر فور التصديق", "ratified an agreement that allows troops to be sent to
    Qatar"): a preposition of destination stands before it, and the nearest event
    word before it is of another type, not one of travel (a visit's destination,
    "flew to Riyadh for talks", is where the talks are). A name inside the event's
    own words ("نقل السفارة إلى القدس") is its place."""
    if trigger[0] <= place.start < trigger[1] or not _destination(text, place):
        return False
    nearest = max((t for t in event_words if t.end <= place.start), key=attrgetter("start"), default=None)
    return (
        nearest is not None
        and nearest.event_type != event_type
        and not (nearest.start < trigger[1] and trigger[0] < nearest.end)
        and nearest.event_type not in load_travel_types()
    )


@lru_cache(maxsize=4)
def load_travel_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types whose destination is where the events told with them happen (data/assembly.json)."""
    return frozenset(load_assembly_rules(path).get("travel_types", ()))


@lru_cache(maxsize=4)
def load_place_heads(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Nouns after which a capital is a place (data/assembly.json `place_heads`), folded."""
    return frozenset(fold_str(w).lower() for w in load_assembly_rules(path).get("place_heads", ()))


# prepositions that place an event in a country ("battles in Yemen", "معارك في اليمن")
_IN_WORDS = frozenset(fold_str(w) for w in ("في", "داخل", "in", "inside", "across", "throughout"))


def _in_after(text: str, trigger: tuple[int, int], place: PlaceMention) -> bool:
    """Whether "in" stands before the name, right after the event word or one word more
    ("battles in Yemen", "معارك عنيفة في اليمن")."""
    if place.start < trigger[1]:
        return False
    i, j = _span_before(text, place.start)
    return fold_str(text[i:j]).lower() in _IN_WORDS and len(text[trigger[1] : i].split()) <= 1


@lru_cache(maxsize=4)
def load_partner_words(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Words after which a capital names a government dealt with (data/assembly.json `partner_words`)."""
    return frozenset(fold_str(w).lower() for w in load_assembly_rules(path).get("partner_words", ()))


def _partner_capital(text: str, place: PlaceMention, governments: AbstractSet[tuple[int, int]]) -> bool:
    """Whether a city that names a government stands after "with", "against" or "between"
    ("خلافاتها مع الرياض", "talks with Tehran"): the state dealt with, not the event's place."""
    if place.precision == "country" or (place.start, place.end) not in governments:
        return False
    i, j = _span_before(text, place.start)
    return fold_str(text[i:j]).lower() in load_partner_words()


def _without_partner_capitals(
    text: str, places: list[PlaceMention], actors: Sequence[ActorMention]
) -> list[PlaceMention]:
    """`places` without the capitals that name a government dealt with ("وقعت قطر اتفاقا مع
    تركيا، في ظل خلافاتها مع الرياض": Riyadh is a party, not the place), unless no other
    place is left. (Aid and visits go to the capital after مع; a sanction is placed at its
    target: `_place_at_target`.)"""
    governments = {(a.start, a.end) for a in actors if a.kind == "country"}
    kept = [p for p in places if not _partner_capital(text, p, governments)]
    return kept if kept else places


def _placed_in(text: str, place: ActorMention | PlaceMention) -> bool:
    """Whether "in" or a noun of places stands right before a city ("في القاهرة", "بالقاهرة",
    "جنوب القاهرة", "south of Cairo"): where something happens, not a government that acts."""
    if fold_str(place.text).startswith(("بال", "وبال", "فبال")):
        return True
    i, j = _span_before(text, place.start)
    word = fold_str(text[i:j]).lower()
    if word == "of":
        i, j = _span_before(text, i)
        word = fold_str(text[i:j]).lower()
    return word in _IN_WORDS or word in load_place_heads()


# "after", "following", "بعد", "عقب", "إثر", "في أعقاب": a clause after the event word that
# tells what it followed
_LATER_SETTING = re.compile(
    r"(?<!\S)(?:after|following|in\s+the\s+wake\s+of|[وف]?(?:بعد|عقب|إثر|اثر|في\s+أعقاب|في\s+اعقاب))\s",
    re.IGNORECASE,
)


# events whose place is that of what they led to ("agreed on Tuesday after a week of talks in Bouznika")
_HELD_WHERE_IT_LED = frozenset({"meeting", "visit"})


def _outside_later_setting(
    text: str,
    places: list[PlaceMention],
    actors: Sequence[ActorMention],
    trigger: tuple[int, int],
    end: int,
    later_triggers: Sequence[Any],
) -> list[PlaceMention]:
    """`places` without those named in a clause after the event word that tells, by an
    event word of its own, what the event followed ("Jordan recalled its ambassador from
    Israel after Israeli strikes in Gaza killed dozens", "استدعت الأردن سفيرها بعد غارات
    إسرائيلية على غزة"): that event's place, when the sentence names another. One in the
    country of a party named before the clause stays ("ترسل تركيا شحنات لقطر بعد أن قطعت
    السعودية العلاقات مع الدوحة"). (Events sent somewhere, aid or troops, keep them all:
    "أرسلت تركيا مساعدات بعد قطع العلاقات مع الدوحة" goes to Doha.)"""
    if not places or not later_triggers:
        return places
    m = _LATER_SETTING.search(text, trigger[1], end)
    if m is None:
        return places
    close = _CLAUSE_BREAK.search(text, m.end(), end)
    stop = close.start() if close is not None else end
    if not any(m.end() <= t.start < stop and t.event_type not in _HELD_WHERE_IT_LED for t in later_triggers):
        return places  # "agreed ... following talks in Beijing": where the talks were, the deal was
    parties = {a.country for a in actors if a.end <= m.start() and a.country}
    kept = [p for p in places if not (m.end() <= p.start < stop) or p.country in parties]
    return kept if kept else places


def _outside_later_setting_actors(
    text: str,
    actors: list[ActorMention],
    places: list[PlaceMention],
    trigger: tuple[int, int],
    end: int,
    later_triggers: Sequence[Any],
    event_type: str,
) -> list[ActorMention]:
    """`actors` without those named in a clause after the event word that tells, by an event
    word of its own, what the event followed ("تعرضت إدلب لقصف من مقاتلات روسية، السبت، بعد
    يوم من فشل روسيا وتركيا وإيران بالتوصل إلى هدنة", "Russian jets struck Idlib a day after
    talks between Turkey and Iran failed to agree a truce"): that event's parties, when the
    event keeps a party or a place of its own. (Talks and visits it followed share its parties:
    "agreed after talks between ..."; so does an event word of its own type, the same event
    told again: "دخلت الاتفاقية حيز التنفيذ بعد تصديق البرلمان التركي عليها".)"""
    if not actors or not later_triggers:
        return actors
    m = _LATER_SETTING.search(text, trigger[1], end)
    if m is None:
        return actors
    close = _CLAUSE_BREAK.search(text, m.end(), end)
    stop = close.start() if close is not None else end
    if not any(
        m.end() <= t.start < stop and t.event_type not in _HELD_WHERE_IT_LED and t.event_type != event_type
        for t in later_triggers
    ):
        return actors
    kept = [a for a in actors if not (m.end() <= a.start < stop)]
    if not kept and not any(p.start < m.start() for p in places):
        return actors
    return kept


def _pick_place(
    places: list[PlaceMention],
    trigger: tuple[int, int],
    clause: tuple[int, int],
    initiator: list[ActorMention],
    actors: Sequence[ActorMention],
    text: str,
    toward: bool = False,
    event_words: Sequence[tuple[int, int]] = (),
    sentence_start: int = -1,
) -> PlaceMention | None:
    """The place of the event: the finest named in its sentence, in the trigger's clause first, the nearest
    (with `toward`, one after a preposition of destination first).

    A name joined to another event word (`event_words`, its span) names that
    event's place ("والد منفذ هجوم مانشستر", "the Manchester attacker"), so
    another name comes first. So does a capital that is the subject of the
    sentence's first verb ("أعلنت الرياض مقتل جنديين في اليمن").

    A capital that names the initiating government ("طهران تنفي", "Washington
    imposed") is the actor, not the place; so is one that names a government in
    another clause ("after Ankara's parliament ratified ..., Saudi Arabia imposed
    a blockade"), unless a preposition makes it a place ("in Ankara").
    """
    subject = [(a.start, a.end) for a in initiator]
    # (a capital that a preposition or a noun of places makes a place, "جنوب القاهرة", stays one)
    places = [
        p
        for p in places
        if p.precision == "country" or not any(p.start < e and s < p.end for s, e in subject) or (p.precision == "city" and _placed_in(text, p))
    ]
    if not places:
        return None
    governments = {(a.start, a.end) for a in actors if a.kind == "country"}
    others = [(s, e) for s, e in event_words if not (s < trigger[1] and trigger[0] < e)]
    ends = {e for _, e in others}
    starts = {s for s, _ in others}

    # a country placed by a preposition right after the event word, or after one word
    # more ("battles in Yemen", "معارك عنيفة في اليمن"), comes before a finer name of another country further on
    # ("..., the envoy told the Security Council in New York")
    at_country = next((p.country for p in places if p.precision == "country" and _in_after(text, trigger, p)), None)

    def rank(p: PlaceMention) -> tuple[bool, bool, bool, int, bool, bool, int]:
        outside = not (clause[0] <= p.start and p.end <= clause[1])
        gap = abs((p.start + p.end) // 2 - (trigger[0] + trigger[1]) // 2)
        finer = 0 if p.precision == "city" else 1 if p.precision == "region" else 2
        metonym = (
            (outside or _opens_with(text, sentence_start, p))
            and p.precision != "country"
            and (p.start, p.end) in governments
            and not _locative(text, p)
        )
        # the event word before an Arabic name (هجوم مانشستر), after a Latin one (the Manchester attack)
        if is_arabic(p.text[-1:]):
            of_another = _span_before(text, p.start)[1] in ends
        else:
            # (not after a preposition: "battles in Yemen killed 40" tells the battles' place)
            of_another = (_next_word_start(text, p.end) in starts and not _locative(text, p)) or _modifies_a_noun(text, p)
        # for an event sent somewhere (troops, aid), between names of one grain, the one a
        # preposition of destination points to ("sent troops to Qatar", "أرسلت قوات إلى
        # قطر") before a nearer one that names a party ("Turkey sent")
        elsewhere = at_country is not None and p.country != at_country
        return (metonym, of_another, elsewhere, finer, outside, toward and not _destination(text, p), gap)

    return min(places, key=rank)


_ACROSS = re.compile(r"(?<!\w)(?:across the border|cross-border|عبر الحدود)(?!\w)", re.IGNORECASE)
_FIRED_FROM_REACH = 60  # characters after the event word within which "from" names where fire came from


def _fired_from_at(
    text: str, place: PlaceMention, trigger: tuple[int, int], words: Sequence[tuple[int, int]] = ()
) -> bool:
    """Whether the name follows "from" shortly after the event word, with no other event
    word (`words`) between: where fire came from ("fired rockets from Lebanon at ...", not
    "executed a hostage it had abducted from Sweida"). (Arabic من is partitive or of
    reports too often: "أجزاء من محافظة إدلب", "الأنباء الواردة من السعودية".)"""
    if not trigger[1] <= place.start <= trigger[1] + _FIRED_FROM_REACH:
        return False
    if any(trigger[1] <= w0 < place.start for w0, _ in words):
        return False
    i, j = _span_before(text, place.start)
    return text[i:j] == "from"


def _not_fired_from(
    text: str,
    cand: _Candidate,
    places: list[PlaceMention],
    initiator: list[ActorMention],
    place: PlaceMention | None,
    words: Sequence[tuple[int, int]] = (),
) -> tuple[PlaceMention | None, str | None]:
    """The place of an attack that is not where the fire came from: a name after "from"
    right after the event word, or one in the attacker's own country in a sentence that fires "across the
    border" ("Turkish artillery near Akcakale shelled villages around Tal Abyad across
    the border"), gives way to a name of another country in the sentence, else to none;
    and the country the fire came from, when it was given up."""
    if place is None or cand.event_type != "attack":
        return place, None
    own = {a.country for a in initiator if a.country}
    s, e = cand.sentence

    def origin(p: PlaceMention) -> bool:
        return _fired_from_at(text, p, cand.trigger, words) or (p.country in own and _ACROSS.search(text, s, e) is not None)

    if not origin(place):
        return place, None
    rest = [p for p in places if p.country != place.country and not origin(p)]
    key = lambda p: (p.precision == "country", abs(p.start - cand.trigger[0]))  # noqa: E731
    return min(rest, key=key, default=None), place.country


@lru_cache(maxsize=4)
def load_dateline_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    return frozenset(load_assembly_rules(path).get("dateline_types", ()))


def _filed_at(places: list[PlaceMention], event: Event) -> PlaceMention | None:
    """The dateline's city, as the place of the first sentence's event that names no
    city of its own, when the event is of a type held somewhere and the city's
    country takes part in it ("SOCHI, Russia - Russia and Turkey agreed on Monday")."""
    if event.event_type not in load_dateline_types():
        return None
    return next((p for p in places if p.precision == "city" and p.country in event.countries), None)


@lru_cache(maxsize=4)
def load_pair_anaphors(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    words = sorted(load_assembly_rules(path).get("pair_anaphors", ()), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.IGNORECASE)


def _pair_told_before(sentence: str, events: list[Event]) -> list[str] | None:
    """The two countries of the event told just before (not a catalogued one
    named in passing), when the sentence names its parties only as "the two
    countries" ("البلدان", "the two sides")."""
    # the latest event with two parties or more: one told in between with a single
    # country ("The visit is his third to Egypt") names no pair
    before = next((ev for ev in reversed(events) if ev.reference_id is None and len(ev.countries) > 1), None)
    if before is None or len(before.countries) != 2 or not load_pair_anaphors().search(sentence):
        return None
    return list(before.countries)


def _pair_before_word(text: str, cand: _Candidate, events: list[Event]) -> list[str] | None:
    """The two countries of the event told just before, when "the two countries" (البلدان,
    the two sides) stands before the event word in its sentence, as its subject or in
    its clause ("The two countries agreed in a phone call after the earthquakes in
    Turkey"), though the sentence names another country."""
    s = cand.sentence[0]
    if load_pair_anaphors().search(text, s, cand.trigger[0]) is None:
        return None
    return _pair_told_before(text[s : cand.trigger[0]], events)


def _location(place: PlaceMention) -> dict:
    return {
        "name": place.name,
        "country": place.country,
        "lat": round(place.lat, 4),
        "lon": round(place.lon, 4),
        "precision": place.precision,
    }


def _inside_a_name(t: TriggerMention, names: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether the trigger is a word of a longer name of a body or a person
    (`names`: their spans in text order, `starts` their starts). Names of groups
    of states are not among them: "the boycotting countries" still tells of the
    boycott."""
    i = bisect.bisect_right(starts, t.start)
    # names nest or overlap a few deep at most
    return any(t.end <= e and e - s > t.end - t.start for s, e in names[max(0, i - 4) : i])


_DEFINITE_AR = re.compile(r"(?:[وف]?[بكل]?ال|[وف]?لل)\w")
_DEFINITE_EN = re.compile(r"(?<!\S)the\s+(?:\w+(?:['’]s)?\s+){0,2}\Z", re.IGNORECASE)


def _tells_of(told: Event, event_type: str) -> bool:
    """Whether an event told already is of `event_type` or one that absorbs it."""
    return told.event_type == event_type or event_type in DOMINATES.get(told.event_type, ())


def _told_before(event: Event, told: list[Event], some: bool = True, doer: bool = True) -> bool:
    """Whether an event of its type (or one that dominates it) among those already
    told has every country it has and its initiator among its actors: the one a
    definite noun points back at. With `some`, one that shares a country is enough
    for a type told of each party apart (a visit of one side to several others).
    Without `doer`, the initiator is no doer the sentence names (`_doer_named`)."""
    countries = set(event.countries)
    return any(
        _tells_of(ev, event.event_type)
        and (
            countries <= set(ev.countries)
            or (some and event.event_type in DISTRIBUTIVE_TYPES and countries & set(ev.countries))
        )
        and (not doer or event.actor1 is None or event.actor1 in ev.actors)
        for ev in told
    )


_BY_BEFORE = re.compile(r"(?<!\S)by\s+(?:the\s+)?\Z", re.IGNORECASE)


def _doer_named(text: str, cand: _Candidate, initiator: Sequence[ActorMention]) -> bool:
    """Whether an English event noun names its doer: before it ("the Israeli strike")
    or after "by" ("the strike by Israel"). A party named after it otherwise ("killed
    in the strike on an apartment in Dahiyeh, a Hezbollah stronghold") is another
    noun's, and says nothing of who struck. Arabic nouns name theirs after them
    ("الغارة الإسرائيلية"), but not past a comma ("في الغارة على شقة في الضاحية،
    معقل حزب الله")."""
    if not initiator:
        return True
    # "Iraq's foreign ministry condemned the attack", "وأدانت الخارجية العراقية الهجوم":
    # who reacts to the event named after the verb is not who did it
    reacted = _REACTION.search(text, max(cand.sentence[0], cand.trigger[0] - 60), cand.trigger[0]) is not None
    if is_arabic(cand.trigger_text[:1]):
        return any(
            (a.start < cand.trigger[0] and not reacted) or (a.start > cand.trigger[0] and not _COMMA.search(text, cand.trigger[1], a.start))
            for a in initiator
        )
    return any(
        (a.start < cand.trigger[0] and not reacted) or (a.start > cand.trigger[0] and _BY_BEFORE.search(text, max(0, a.start - 8), a.start))
        for a in initiator
    )


_REACTION = re.compile(
    r"(?<!\w)(?:(?:condemn|denounc|welcom|prais)(?:ed|es|e|s|ing)?|hail(?:ed|s|ing)?|deplor(?:ed|es|ing)"
    r"|[وف]?(?:أدان|أدانت|يدين|تدين|استنكر|استنكرت|يستنكر|تستنكر|ندد|نددت|يندد|تندد|رحب|رحبت|أشاد|أشادت|شجب|شجبت))(?!\w)",
    re.IGNORECASE,
)


_COMMA = re.compile(r"[,،]")


_RELATIVE_NEXT = re.compile(r"\s*(?:" + _RELATIVE.pattern + r")(?!\w)")


def _is_definite(text: str, t: TriggerMention) -> bool:
    """Whether the event word is a noun with the definite article ("الهجوم", "بالزيارة",
    "the attack", "the deadly attack") and no relative clause right after it to say
    which one ("الزيارات التي قام بها مسؤولون ليبيون", "the visits that ... made")."""
    if _RELATIVE_NEXT.match(text, t.end):
        return False
    if _DEFINITE_AR.match(t.text):
        return not t.tense  # not a verb that begins like the article (التقى)
    return _DEFINITE_EN.search(text, max(0, t.start - 30), t.start) is not None


# A definite noun right after an Arabic event noun, which it is annexed to ("زيارة السفير",
# "استهداف الحوثيين"); a bare proper name carries no article and is not looked for.
_ANNEXED_TO_DEFINITE = re.compile(r" (?:ال|لل)(\w{2,})")
# Endings of number and case an Arabic noun changes between tellings (الحوثيون، الحوثيين).
_NOUN_ENDING = re.compile(r"(?:ين|ون|ان|ات|ة|ه|ي)$")


def _noun_stem(word: str) -> str:
    return _NOUN_ENDING.sub("", _bare_word(word))


def _annexed(text: str, t: TriggerMention) -> str | None:
    """The stem of the definite noun an Arabic event noun with no article of its own is
    annexed to ("زيارة السفير التركي" -> سفير, "استهداف الحوثيين" -> حوثي): the noun
    says which event it is, as the article would, when it names one told before."""
    if t.tense or " " in t.text or not is_arabic(t.text[:1]) or _DEFINITE_AR.match(t.text):
        return None
    m = _ANNEXED_TO_DEFINITE.match(text, t.end)
    if m is None:
        return None
    stem = _noun_stem(m.group(1))
    return stem if len(stem) >= 3 and stem not in load_generic_heads() else None


@lru_cache(maxsize=4)
def load_generic_heads(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Stems of the nouns for sides that do many things in one story (النظام، الجيش)."""
    return frozenset(_noun_stem(w) for w in load_assembly_rules(path).get("generic_heads", ()))


def _names_stem(quote: str, stem: str) -> bool:
    """Whether a word of `quote` has the noun stem `stem`."""
    return any(_noun_stem(w) == stem for w in re.findall(r"[^\W\d_]+", quote))


def _is_described(text: str, t: TriggerMention) -> bool:
    """Whether the event word is a noun with the definite article that a relative clause
    describes ("الغارة الجوية التي أسفرت عن مقتل العشرات", "the strike that killed
    dozens"): with no date of its own, it is an event already told when one of its type
    and countries was (a new one is told with its own date or news)."""
    if not _RELATIVE_NEXT.match(text, t.end):
        return False
    if _DEFINITE_AR.match(t.text):
        return not t.tense
    return _DEFINITE_EN.search(text, max(0, t.start - 30), t.start) is not None


# The word an event noun names its target or victim with ("القبض على العيثاوي", "اغتيال
# القيادي", "the arrest of Issawi"): prepositions and the article are passed over.
_NAMED_AFTER = re.compile(r"\s+(?:(على|of)\s+(?:the\s+)?)?[\"'«“]?([^\W\d_]+(?:-[^\W\d_]+)?)")
_BARE_ARTICLE = re.compile(r"^(?:[وفبلك]?ال|لل|al-)")
_TOO_COMMON = frozenset({"عدد", "عدة", "أكثر", "نحو", "أحد", "مئات", "عشرات", "آلاف", "number", "dozens", "hundreds"})


def _bare_word(word: str) -> str:
    return _BARE_ARTICLE.sub("", word.lower(), count=1)


def _same_one_named(
    text: str, cand: _Candidate, event: Event, told: list[Event], names: Sequence[PlaceMention | ActorMention] = ()
) -> bool:
    """Whether an event noun with no date of its own names, right after it, the one
    an event of its type told before on a day of its own was done to ("بعد القبض على
    العيثاوي" after "ألقت السلطات التركية القبض على إسماعيل العيثاوي في فبراير";
    "after the arrest of Issawi"): the same event, told again. A place or a party
    named there (`names`) says nothing of which event it is."""
    m = _NAMED_AFTER.match(text, cand.trigger[1])
    if m is None:
        return False
    after_preposition = m.group(1) is not None or cand.trigger_text.endswith((" على", " of"))
    if not after_preposition and (" " in cand.trigger_text or not is_arabic(cand.trigger_text[:1]) or _DEFINITE_AR.match(cand.trigger_text)):
        return False  # only a single indefinite Arabic noun takes the next word as its own (اغتيال القيادي)
    if any(n.start <= m.start(2) < n.end for n in names):
        return False  # a place or a party ("باستهداف دمشق"): many events of a type fall on one
    word = _bare_word(m.group(2))
    if len(word) < 3 or word in _TOO_COMMON:
        return False
    for ev in told:
        if ev.date_basis == "publication" or not _tells_of(ev, event.event_type):
            continue
        if any(_bare_word(w) == word for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", ev.quote)):
            return True
    return False


_COORDINATION = re.compile(r"\s*(?:(?:أو|او|و|or|and|,|،)\s*)?")


def _coordinated(text: str, end: int, start: int) -> bool:
    """Whether the words ending at `end` and those starting at `start` are joined by
    no more than a conjunction ("قتل أو اختفاء", "the killing or disappearance")."""
    return 0 <= start - end <= 8 and _COORDINATION.fullmatch(text, end, start) is not None


# A sentence whose subject is a personal pronoun ("He met ...", "She told ...").
_PRONOUN_SUBJECT = re.compile(r"\s*(?:He|She)\s")


def _sentence_before(sentences: Sequence[tuple[int, int]], start: int) -> tuple[int, int]:
    """The (start, end) of the sentence before the one that begins at `start` (empty if none)."""
    i = bisect.bisect_left([s for s, _ in sentences], start)
    return sentences[i - 1] if i > 0 else (start, start)


def _pronoun_for_a_countryman(
    text: str, sentences: Sequence[tuple[int, int]], actors: _ByStart, start: int, trigger_start: int
) -> bool:
    """Whether the sentence opens with "He"/"She" for a person of a country named in the
    sentence before ("Bouteflika joined the army as a teenager. He was elected president in
    April 1999"): the person's country is the event's, as the pronoun code below makes it."""
    if not _PRONOUN_SUBJECT.match(text, start, trigger_start):
        return False
    person = _last_person(actors.inside(*_sentence_before(sentences, start)))
    return person is not None and bool(person.country)


def _last_person(actors: Sequence[ActorMention]) -> ActorMention | None:
    """The first person named in a sentence: the subject a pronoun after it takes up."""
    return next((a for a in actors if a.kind == "person"), None)


# What follows a verb of saying whose subject goes on to act: "said (on Tuesday) (that) it had ..."
_SPEAKER_SUBJECT = re.compile(r"(?:\s+(?:on|late on|early on)\s+[A-Z][a-z]+)?,?\s+(?:that\s+)?(?:it|they|he|she)\s")
# words before "أن"/"that" that make it a conjunction, not the opening of what was said ("بعد أن", "so that")
_NOT_SAID = frozenset(("بعد", "وبعد", "قبل", "منذ", "حتى", "دون", "بدل", "بمجرد", "so", "such", "now"))


def _event_side(
    text: str,
    places: list[PlaceMention],
    attribution: Attribution,
    trigger: tuple[int, int],
    event_words: Sequence[tuple[int, int]] = (),
) -> list[PlaceMention]:
    """The places of the sentence that are not where the speaker spoke: none after
    a source cited after the event ("..., the envoy told the Council in New York"),
    none between a cue and the word or mark that opens what was said ("قال في بيان
    نشر في نيويورك إن", "told the Council in New York that"), unless another event
    word stands before it ("said after a meeting in Paris that the factions agreed":
    that meeting's place)."""
    said_from = min(attribution.cue_start, attribution.speaker_start)
    if said_from >= trigger[1]:
        return [p for p in places if p.start < said_from]
    if attribution.cue_end > trigger[0]:
        return places
    said = next(
        (
            m.start()
            for m in _SAID_OPENS.finditer(text, attribution.cue_end, trigger[0])
            if (_word_before(text, m.start()) or "").lower() not in _NOT_SAID
        ),
        None,
    )
    if said is None:
        return places
    return [
        p
        for p in places
        if not (
            attribution.cue_end <= p.start
            and p.end <= said
            and not any(attribution.cue_end <= s and e <= p.start for s, e in event_words)
        )
    ]


def _speaker_acts_ar(text: str, speaker_start: int, speaker_end: int, trigger_start: int) -> bool:
    """Whether the pronoun after an Arabic speaker is the speaker's: not a singular one
    after plural speakers ("قال مسؤولون سعوديون إنه غادر": he is someone else)."""
    m = _SPEAKER_SUBJECT_AR.match(text, speaker_end, trigger_start)
    if m is None:
        return False
    words = text[speaker_start:speaker_end].split()
    plural = bool(words) and words[-1].endswith(("ون", "ين"))
    return not (plural and m.group(1) in ("ه", "ها"))


# The Arabic speaker stands after the verb of saying; a pronoun on the complementizer after
# it, maybe past a short time phrase, makes the speaker the one who acts
# ("قال وزير الخارجية، الأحد، إنه قدم استقالته").
_SPEAKER_SUBJECT_AR = re.compile(
    r"[\s،,]*(?:[^\s،,.]+(?:\s+[^\s،,.]+)?[\s،,]+)?(?:إن|أن|بأن|ان|بان)(ه|ها|هم|هما)\s"
)


# A verb of saying between an office and an event word: the office holder speaks of it.
_SAYING = re.compile(r"\b(?:said|says|told|added|announced|stressed|noted|warned|urged|insisted|accused|hoped)\b")


@lru_cache(maxsize=4)
def load_topic_markers(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str]]:
    """Event types whose parties stand before the words that open their topic, and
    those words ("met Trump ... to discuss the crisis in Qatar", "لبحث الأزمة مع قطر")."""
    rules = load_assembly_rules(path).get("topic_markers", {})
    words = sorted((*rules.get("en", ()), *rules.get("ar", ())), key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words) or "(?!)"
    return frozenset(rules.get("types", ())), re.compile(r"\b(?:" + alternatives + r")\b", re.IGNORECASE)


def _topic_start(text: str, actors: list[ActorMention], trigger_end: int, end: int) -> int:
    """Where the topic of a meeting, visit or protest opens after its event word (`end` if it
    does not): a country talked about there is no party and no place of the event,
    when a party with a country stands before it."""
    marker = load_topic_markers()[1].search(text, trigger_end, end)
    if marker is None or not any((a.country or a.members) and a.start < marker.start() for a in actors):
        return end
    return marker.start()


# A relative pronoun: "الذي", "والتي", "الذين"
_RELATIVE_AR = re.compile(r"(?<!\S)[وف]?(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان|اللواتي|اللاتي)(?!\S)")
_RELATIVE_END = re.compile("[،,.;؛:()!?؟\n]")
_RELATIVE_STEMS = ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي")
_FEMININE_END = ("ة", "ات")


def _describes_another_word(text: str, pronoun: re.Match[str], trigger: tuple[int, int]) -> bool:
    """Whether an Arabic relative pronoun after the event word describes another word than it:
    a word without the article stands between them (a name, a preposition: "القبض على نشطاء،
    ومنهم سمر بدوي، التي ..."), or a masculine pronoun follows a feminine event word
    ("الانتخابات الرئاسية الأميركية والذي لديه ..."). A name that follows بين is a party of the
    event, and what goes on after its clause may list the other ("المعارك بين قوات سوريا
    الديمقراطية التي تدافع عن المنطقة والقوات التركية"): no."""
    words = [w.strip("\"'«»“”()،,") for w in text[trigger[1] : pronoun.start()].split()]
    words = [w for w in words if w]
    if any(w in ("بين", "وبين") for w in words):
        return False
    if any(not w.startswith("ال") for w in words):
        return True
    return pronoun.group().lstrip("وف") == "الذي" and fold_str(text[trigger[0] : trigger[1]]).endswith(_FEMININE_END)


def _without_relative_clause_names(
    text: str,
    actors: list[ActorMention],
    places: list[PlaceMention],
    trigger: tuple[int, int],
    end: int,
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """The actors of an Arabic sentence without those named in a relative clause after the
    event word that describes another word than it ("فوز بايدن في الانتخابات الأميركية والذي
    لديه تاريخ سيئ مع أردوغان", "اعتقلت السلطات الصحفي أحمد سيك الذي انتقد الحكومة الروسية"):
    they are no party to the event. The clause runs to the next comma."""
    if not actors or not is_arabic(text[trigger[0] : trigger[0] + 1]):
        return actors, places
    after = text[trigger[1] : end]
    if not any(w in after for w in _RELATIVE_STEMS):
        return actors, places  # the search below is tried at every position
    clauses: list[tuple[int, int]] = []
    for m in _RELATIVE_AR.finditer(text, trigger[1], end):
        if not _describes_another_word(text, m, trigger):
            continue
        stop = _RELATIVE_END.search(text, m.end(), end)
        clauses.append((m.end(), stop.start() if stop is not None else end))
    if not clauses:
        return actors, places
    kept = [a for a in actors if not any(lo <= a.start and a.end <= hi for lo, hi in clauses)]
    if not places and not any(a.country or a.members for a in kept):
        return actors, places  # no country would be left to tell where it happened
    return kept, places


@lru_cache(maxsize=4)
def load_topic_nouns(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], frozenset[str]]:
    """Arabic nouns of a topic talked about, and the adjectives that may stand between one and
    the country qualifying it (`topic_nouns` of assembly.json), folded without the article."""
    rules = load_assembly_rules(path).get("topic_nouns", {})

    def bare(words: Sequence[str]) -> frozenset[str]:
        return frozenset(_CLITIC_ARTICLE.sub("", fold_str(w), count=1) for w in words)

    return bare(rules.get("ar", ())), bare(rules.get("ar_adjectives", ()))


def _qualifies_a_topic(text: str, start: int) -> bool:
    """Whether the name at `start` qualifies a topic noun before it, perhaps after
    adjectives ("الاتفاق النووي الإيراني", "الأزمة الليبية")."""
    nouns, adjectives = load_topic_nouns()
    for _ in range(3):
        word = _word_before(text, start)
        if word is None:
            return False
        bare = _CLITIC_ARTICLE.sub("", fold_str(word), count=1)
        if bare in nouns:
            return True
        if bare not in adjectives:
            return False
        start = text.rfind(word, max(0, start - 40), start)
    return False


def _without_topic_countries(
    text: str, actors: list[ActorMention], places: list[PlaceMention], trigger_end: int
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """The actors and places of a meeting, a visit or a protest without a country named
    after its word only as the qualifier of a topic noun ("وبحث الجانبان الاتفاق النووي
    الإيراني", "لبحث الأزمة الليبية"): what was talked about, not a party, when the event
    keeps another party with a country."""
    dropped = [a for a in actors if a.start >= trigger_end and a.country and _qualifies_a_topic(text, a.start)]
    if not dropped:
        return actors, places
    # with the names listed after them: "ملفات إيران واليمن"
    dropped += [m for a in list(dropped) for m in _list_mates(text, actors, a) if m.start > a.start and m not in dropped]
    kept = [a for a in actors if a not in dropped]
    if not any(a.country or a.members for a in kept):
        return actors, places
    spans = {(a.start, a.end) for a in dropped}
    return kept, [p for p in places if (p.start, p.end) not in spans]


@lru_cache(maxsize=4)
def load_title_subjects(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """An English sentence whose subject is an office named without its holder
    ("The crown prince visited ...", "On Thursday, the king held talks ...")."""
    titles = sorted(load_assembly_rules(path).get("title_subjects", ()), key=len, reverse=True)
    alternatives = "|".join(re.escape(t) for t in titles) or "(?!)"
    return re.compile(r"\s*(?:(?:On|Earlier on|Later on|Late on|Early on) [A-Z][a-z]+,\s*)?[Tt]he ((?i:" + alternatives + r"))\b(?! of\b)")


def _title_holder(text: str, before: Sequence[ActorMention], title: str) -> ActorMention | None:
    """The last actor named before with that title: the person it stands right before
    ("Crown Prince Mohammed bin Salman", "King Salman") or the country it belongs to
    ("Qatar's emir", "the emir of Kuwait", "Saudi Crown Prince")."""
    word = re.escape(title)
    for a in reversed(before):
        if a.country is None or a.kind not in ("person", "country"):
            continue
        head = text[max(0, a.start - len(title) - 10) : a.start].lower()
        if a.kind == "person":
            if title in a.text.lower() or re.search(word + r"\s+(?:sheikh\s+|prince\s+)?$", head):
                return a
        elif re.match(r"(?:'s|s')?\s" + word + r"\b", text[a.end : a.end + len(title) + 4], re.I) or re.search(
            word + r"\s+of\s+(?:the\s+)?$", head
        ):
            return a
    return None


# Where a sentence turns to another clause: ", and", "; ", " while ", "، و", " ثم ".
_PART_BOUNDARY = re.compile(r"[,;]\s+(?:and|while|but|whereas)\s|;\s|\s(?:and|while|whereas)\s|،\s*[وف]|\sثم\s")


def _dated_parts(text: str, sentence: tuple[int, int], dates: Sequence[TimeMention]) -> list[int]:
    """Where a sentence telling events of different days splits into clauses with a
    day each ("the cabinet approved it on Monday, and the Knesset ratified it on
    Thursday"): the boundary between every two dates of different values."""
    inside = [d for d in dates if sentence[0] <= d.start and d.end <= sentence[1] and not d.recurring]
    cuts: list[int] = []
    for d1, d2 in itertools.pairwise(inside):
        if d1.value == d2.value:
            continue
        gaps = list(_PART_BOUNDARY.finditer(text, d1.end, d2.start))
        if gaps:
            marked = [g for g in gaps if text[g.start()] in ",;،"]
            cuts.append(marked[0].start() if marked else gaps[-1].start())
    return cuts


# "وفي هجوم آخر في العريش", "in another attack": a second event of the type, not the one told before it
_ANOTHER_AFTER = re.compile(r"\s+(?:آخر|أخرى|اخرى|ثان|ثانٍ|ثاني|ثانيا|ثانية|جديد|جديدا|جديدة|منفصل|منفصلا|منفصلة)(?![^\W\d_])")
_ANOTHER_BEFORE = re.compile(r"(?<![^\W\d_])(?:another|a\s+second|a\s+separate|a\s+new|a\s+fresh)\s+(?:\S+\s+)?$", re.IGNORECASE)


def _pointed_back(text: str, trigger: TriggerMention) -> bool:
    """Whether a demonstrative points the event word back at one told before ("إن هذا الهجوم
    يأتي ردا على الاعتداءات التي استهدفت يوم 7 يونيو طهران", "this attack"): it does not stand
    for the other words of its type in its sentence."""
    return _DEMONSTRATIVE.search(text, max(0, trigger.start - 20), trigger.start) is not None


def _another(text: str, trigger: TriggerMention) -> bool:
    """Whether the event word is qualified as another event of its type ("هجوم آخر", "another attack")."""
    if is_arabic(trigger.text[:1]):
        return _ANOTHER_AFTER.match(text, trigger.end) is not None
    return _ANOTHER_BEFORE.search(text, max(0, trigger.start - 30), trigger.start) is not None


# Arabic spans of time, counted or not: "أسبوع", "ثلاثة أيام", "شهرين"
_TIME_UNITS_AR = "ساعات|ساعة|ساعتين|أيام|ايام|يوم|يوما|يومين|أسبوع|اسبوع|أسابيع|اسابيع|أسبوعين|اسبوعين|شهر|شهرين|أشهر|اشهر|شهور"

# "بعد أسبوع من هجوم", "بعد أيام من مقتل", "قبل شهرين من": an event word told as so long
# before or after the sentence's own event is another event of its type, not that one
_SPACED_CIRCUMSTANCE = re.compile(
    r"(?<!\S)[وف]?(?:بعد|عقب|قبل)\s+(?:\S+\s+)?"
    r"(?:" + _TIME_UNITS_AR + r")"
    r"\s+(?:من|على)(?:\s+[^\s,،.;:؛]+){0,2}\s+$"
)


def _spaced_from_its_sentence(text: str, trigger: TriggerMention) -> bool:
    """Whether an Arabic event word is told as so long before or after its sentence's
    event ("قتل ثلاثة جنود أمس بعد أسبوع من هجوم على مسجد"): a separate event."""
    return is_arabic(trigger.text[:1]) and _SPACED_CIRCUMSTANCE.search(text, max(0, trigger.start - 50), trigger.start) is not None


def _genitive_types(text: str, group: list[_Candidate]) -> set[str]:
    """The types whose only words in a sentence qualify another event word next to them
    ("اتفاق المصالحة", "the reconciliation agreement"): such a word names the other event, not
    one of its own that would absorb the sentence's meeting."""
    ends = {c.trigger[1] for c in group}
    starts = {c.trigger[0] for c in group}

    def qualifies(c: _Candidate) -> bool:
        if is_arabic(c.trigger_text[:1]):  # the genitive after its head
            return any(e < c.trigger[0] and not text[e : c.trigger[0]].strip() for e in ends)
        return any(c.trigger[1] < b and not text[c.trigger[1] : b].strip() for b in starts)  # the modifier before it

    return {c.event_type for c in group} - {c.event_type for c in group if not qualifies(c)}


def _told_as_another(event: Event) -> bool:
    """Whether the event's word is qualified as another event of its type ("وفي هجوم آخر في
    العريش", "in another attack"): it is never the event of its type told beside it."""
    quote, trigger = event.spans.get("quote"), event.spans.get("trigger")
    if not quote or not trigger:
        return False
    start, end = trigger[0] - quote[0], trigger[1] - quote[0]
    return _another(event.quote, TriggerMention(start, end, event.quote[start:end], event.event_type, event.cameo))


def _candidates(text: str, mentions: Mentions) -> list[_Candidate]:
    """Asserted triggers and catalog aliases, grouped one per type and sentence."""
    out: list[_Candidate] = []
    starts = [s for s, _ in mentions.sentences]

    def sentence_of(pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0:
            return None
        s, e = mentions.sentences[i]
        return (s, e) if pos < e else None

    best: dict[tuple[tuple[int, int], str, int, bool], _Candidate] = {}
    parts: dict[tuple[int, int], list[int]] = {}
    heads = load_institution_heads()
    names = [(a.start, a.end) for a in mentions.actors if a.kind in ("organisation", "person")]
    name_starts = [n[0] for n in names]
    verdict_in: tuple[int, int] | None = None  # the sentence of the last arrest or verdict read
    for t in mentions.triggers:
        if t.modality != "asserted":
            continue
        if _inside_a_name(t, names, name_starts):
            continue  # "the Government of National Accord", "حزب العدالة والتنمية"
        sent = sentence_of(t.start)
        if sent is None:
            continue
        if sent not in parts:
            parts[sent] = _dated_parts(text, sent, mentions.dates)
        circumstance = _is_circumstance(text, t.start)
        if t.event_type == "arrest":
            verdict_in = sent
        elif not circumstance and verdict_in == sent and _DEED.search(text, max(sent[0], t.start - 60), t.start):
            circumstance = True  # "حكم بالسجن ... بسبب اعتصام رابعة": the deed the verdict punishes
        # an English event of the type told as the circumstance of another ("struck ...
        # on Wednesday, hours after the group fired missiles") does not displace it
        part = (
            bisect.bisect_right(parts[sent], t.start)
            if not (_another(text, t) or _pointed_back(text, t) or (circumstance and _spaced_from_its_sentence(text, t)))
            else -1 - t.start
        )
        key = (sent, t.event_type, part, circumstance and not is_arabic(t.text))
        prev = best.get(key)
        # in English, a verb in the past that tells the event comes before a noun of its type
        # told after it, past a comma, in apposition ("the ministers met in Moscow on Wednesday, the highest-level
        # talks between the two countries since 2011"): the verb's clause holds the parties
        told_by_verb = (
            prev is not None
            and prev.tense == "past"
            and not t.tense
            and not is_arabic(t.text)
            and _CLAUSE_BREAK.search(text, prev.trigger[1], t.start) is not None
        )
        if prev is not None and (t.weight < prev.weight or told_by_verb):
            continue  # a weaker word of a type the sentence already has (the test below, decided early)
        # the strongest word of the type; between equals, one that is not a circumstance
        if prev is not None and (t.weight, not circumstance) <= (prev.weight, not prev.circumstance):
            continue
        if _named_by_institution(text, t, heads):
            continue
        best[key] = _Candidate(
            t.event_type, t.cameo, sent, (t.start, t.end), t.text, t.weight, None, circumstance,
            definite=_is_definite(text, t),
            described=_is_described(text, t),
            annexed=_annexed(text, t),
            tense=t.tense,
        )
    # a deal withdrawn from ("the withdrawal from the nuclear deal") existed: its catalogued name stays
    unasserted = [t for t in mentions.triggers if t.modality not in ("asserted", "left")]
    told_in_passing: list[_Candidate] = []
    for r in mentions.references:
        sent = sentence_of(r.start)
        if sent is None:
            continue
        if any((t.start < r.end and r.start < t.end) or _coordinated(text, t.end, r.start) for t in unasserted):
            continue  # "denied any role in the killing of ...", "عن قتل أو اختفاء خاشقجي": the cue governs the name too
        key = (sent, r.event_type, bisect.bisect_right(parts.get(sent, ()), r.start), False)
        cand = _Candidate(
            r.event_type, CAMEO_BY_TYPE.get(r.event_type), sent, (r.start, r.end), r.text, 0.9, r.ref_id,
            _is_circumstance(text, r.start)
            or _TOPIC.search(text, max(0, r.start - 100), r.start) is not None
            or _PARTY_OF.search(text, max(0, r.start - 30), r.start) is not None
            or _dated_otherwise(text, sent, r, mentions.dates),
        )
        aside = best.get((*key[:3], True))
        if aside is not None and aside.reference_id is None and aside.trigger[0] < r.end and r.start < aside.trigger[1]:
            # "since the 2013 Gezi protests": the English event word inside the alias, read as the
            # circumstance of the sentence, is the alias's own word, not a second event
            del best[(*key[:3], True)]
        prev = best.get(key)
        if prev is not None and prev.reference_id is None and not (prev.trigger[0] < r.end and r.start < prev.trigger[1]):
            # "strikes on camps of the militants who planned the Minya attack": the
            # sentence's own event, and a catalogued one of its type told in passing
            told_in_passing.append(replace(cand, background=True))
        elif prev is None or prev.reference_id is None:
            best[key] = cand
    by_sentence: dict[tuple[int, int], list[_Candidate]] = {}
    for (sent, _, _, _), cand in best.items():
        by_sentence.setdefault(sent, []).append(cand)
    for sent in sorted(by_sentence):
        group = by_sentence[sent]
        if len(group) == 1:
            out.append(group[0])
            continue
        types = {c.event_type for c in group}
        # a break of ties told as a circumstance, or in a clause that opens with "after" ("restored
        # relations, three years after Riyadh and its allies cut ties"), is another event than the
        # restoration, which it does not absorb
        aside_types = {c.event_type for c in group if c.circumstance or _opens_aside(text, c)}
        ruling = types - _genitive_types(text, group)
        for c in sorted(group, key=lambda c: c.trigger):
            if any(
                c.event_type in DOMINATES.get(other, ()) and not (other in aside_types and c.event_type in OPPOSED.get(other, ()))
                for other in ruling
                if other != c.event_type
            ):
                continue
            out.append(c)
    return sorted(_one_per_clause(text, out) + told_in_passing, key=lambda c: c.trigger)


# The deed a verdict or an arrest punishes, opened by a cause or a charge a few words
# before the event word ("بسبب اعتصام رابعة", "over the 2013 sit-in"; data/assembly.json).
_DEED = re.compile(
    r"(?<!\S)[وف]?(?:"
    + "|".join(
        re.escape(w)
        for w in sorted(
            [*load_assembly_rules()["deed_markers"], *load_assembly_rules()["charge_markers"]], key=len, reverse=True
        )
    )
    + r")(?:\s+[^\s,،.;:؛]+){0,3}\s+$",
    re.IGNORECASE,
)


# The same words after a verdict or an arrest: what follows names the deed, its places and sides
_DEED_AFTER = re.compile(
    r"(?<!\S)[وف]?(?:"
    + "|".join(
        re.escape(w)
        for w in sorted(
            [*load_assembly_rules()["deed_markers"], *load_assembly_rules()["charge_markers"]], key=len, reverse=True
        )
    )
    + r")(?!\w)",
    re.IGNORECASE,
)


# A span of time the event word is measured in may stand between the preposition and
# it ("following 10 days of talks", "after two rounds of negotiations", "بعد عشرة أيام
# من المحادثات"): the event is still the circumstance.
_SPAN_OF_EN = (
    r"(?:\s+(?:\S+\s+)?(?:hours?|days?|weeks?|months?|years?|rounds?|sessions?)\s+of"
    r"(?:\s+(?:the|these|those|its|their))?)?"
)
_SPAN_OF_AR = r"(?:\s+(?:\S+\s+)?(?:" + _TIME_UNITS_AR + r"|جولات|جولة|جولتين)\s+من)?"


# A temporal preposition before an event word makes it the circumstance of the
# sentence's event ("after a meeting in Paris, the factions agreed ..."), not the event.
_CIRCUMSTANCE = re.compile(
    r"(?<!\S)(?:[وف]?(?:بعد|عقب|إثر|اثر|قبل|قبيل|خلال|أثناء|اثناء|غداة|رغم|برغم|" + _RESPONSE_AR + r")(?:\s+(?:أن|ان|ما))?"
    + _SPAN_OF_AR
    + r"|(?:after|before|during|following|since|despite|in spite of|" + _RESPONSE_EN + r")(?:\s+(?:a|an|the|this|that|these|those|its|their))?"
    + _SPAN_OF_EN
    + r")"
    r"(?:\s+[^\s,،.;:؛]+){0,2}\s+$",  # its subject may stand between: "after Turkey sent", "بعد أن أرسلت تركيا"
    re.IGNORECASE,
)


# A catalogued event named through its perpetrators, suspects or victims ("القبض على والد
# منفذ هجوم مانشستر", "compensation for the victims of the Lockerbie bombing") is the
# setting of the sentence's event, told beside it on its own date, not the event.
_PARTY_OF = re.compile(
    r"(?<!\S)(?:[وفل]?(?:منفذ|منفذي|منفذو|منفذا|مرتكب|مرتكبي|مرتكبو|مدبر|مدبري|مدبرو|ضحايا|ضحية|"
    r"المتورطين\s+في|المتورط\s+في|المتهمين\s+في|المتهم\s+في)"
    r"|(?:perpetrators?|masterminds?|suspects?|victims?)\s+(?:of|in)(?:\s+the)?)\s+$",
    re.IGNORECASE,
)


# A word of discussion before a catalogued event's name makes it the topic of the
# sentence's event ("discussed the boycott of Qatar in a phone call", "talks that will
# focus on the Gulf crisis", "بحث ... الأزمة الخليجية"), not the sentence's event: it is kept beside it, on its own date.
# A verb of discussion may stand further back, its subject and partner between
# ("بحث أمير قطر مع الرئيس الأمريكي الأزمة الخليجية"), in the same clause.
_TOPIC = re.compile(
    r"(?<!\S)(?:[وف]?(?:بحث|بحثا|ناقش|ناقشا|تناول|تناولا|يبحث|يناقش)(?:\s+[^\s,،.;:؛]+){0,8}"
    r"|[وف]?(?:حول|بشأن)"
    r"|(?:discuss|discussed|discusses|discussing|about|regarding|concerning|on|over)(?:\s+(?:a|an|the|this|that|its|their))?)"
    r"\s+$",
    re.IGNORECASE,
)


def _disagrees(value: str, catalogued: str) -> bool:
    """Whether two dates differ at the coarser of their precisions."""
    n = min(len(value), len(catalogued))
    return value[:n] != catalogued[:n]


def _dated_otherwise(text: str, sentence: tuple[int, int], r: ReferenceMention, dates: list[TimeMention]) -> bool:
    """Whether the catalogued event's clause is dated by a day other than its own
    ("detained 70 soldiers on Tuesday over links to the failed 2016 coup"): the
    date is another event's, and the catalogued one is named in passing."""
    s, e = sentence
    lo, hi = _dating_clause(text[s:e], s, (r.start, r.end))
    usable = [
        d for d in dates if lo <= d.start and d.end <= hi and not d.recurring and not _is_duration(text, d)
    ]
    return bool(usable) and all(_disagrees(d.value, r.date) for d in usable)


# The office a country's name qualifies ("أمير قطر", "رئيس وزراء العراق", "the emir of Qatar"):
# the name says whose official acts, not where
_TITLES_AR = frozenset(
    fold_str(w)
    for w in (
        "أمير", "ملك", "عاهل", "سلطان", "رئيس", "وزراء", "وزير", "نائب", "ولي", "عهد", "حاكم", "سفير", "خارجية",
        "دفاع", "حكومة", "برلمان", "جيش", "وفد", "مبعوث", "زعيم", "قائد", "مفتي",
    )
)
_TITLE_OF_EN = re.compile(
    r"(?<![^\W\d_])(?:emir|amir|king|sultan|president|prime minister|premier|minister|crown prince|ruler|ambassador|"
    r"envoy|leader|government|army|delegation)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _without_title_countries(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places of a visit without a country's name that an office before it qualifies
    ("زار أمير قطر تركيا", "the emir of Qatar visited Turkey"): the visitor's country is
    not where the visit took place, when the sentence names another place."""
    if len(places) < 2:
        return places
    kept = []
    for p in places:
        if p.precision == "country":
            word = _word_before(text, p.start)
            if word is not None and _CLITIC_ARTICLE.sub("", fold_str(word), count=1) in _TITLES_AR:
                continue
            if _TITLE_OF_EN.search(text, max(0, p.start - 40), p.start) is not None:
                continue
        kept.append(p)
    return kept or places


_HOME_IN = re.compile(r"\s+(?:في|in)\s+(?:the\s+)?$", re.IGNORECASE)
_AIMED_AT = re.compile(r"(?<![^\W\d_])(?:على|باتجاه|نحو|صوب|at|toward|towards)\s+(?:the\s+)?$", re.IGNORECASE)


def _without_actor_homes(text: str, places: list[PlaceMention], actors: Sequence[ActorMention]) -> list[PlaceMention]:
    """The places of a sentence without a country's name that only says where a party is
    based ("وأطلق الحوثيون في اليمن صاروخا على السعودية", "the Houthis in Yemen fired a missile
    at Saudi Arabia"), when the sentence names a place the deed was aimed at: that one is the event's."""
    if len(places) < 2 or not actors:
        return places
    if not any(_AIMED_AT.search(text, max(0, p.start - 12), p.start) for p in places):
        return places
    ends = [a.end for a in actors if a.kind != "country"]
    kept = [
        p
        for p in places
        if not (
            p.precision == "country"
            and any(0 < p.start - end <= 12 and _HOME_IN.search(text, end, p.start) is not None for end in ends)
        )
    ]
    return kept or places


_CLAUSE_COMMA = re.compile(r"[,،;؛]")


def _without_circumstance_places(
    text: str, places: list[PlaceMention], trigger: tuple[int, int], triggers: Sequence[TriggerMention]
) -> list[PlaceMention]:
    """The places of a sentence without those of a circumstance clause set before the event
    word by a comma ("بعد أيام من هجوم في حلب، التقى الوزيران", "days after an attack in Aleppo,
    the ministers met"): that place is the earlier event's, not the sentence's own."""
    if not places or not triggers:
        return places
    kept = []
    for p in places:
        if p.end <= trigger[0] and any(
            t.end <= p.start
            and t.start != trigger[0]
            and _CLAUSE_COMMA.search(text, t.end, p.start) is None
            and _CLAUSE_COMMA.search(text, p.end, trigger[0]) is not None
            and _is_circumstance(text, t.start)
            for t in triggers
        ):
            continue
        kept.append(p)
    return kept


# "after setting off two car bombs", "before detonating a bomb": an English clause of a
# gerund after a temporal preposition, with its object's words before the event word
_GERUND_CIRCUMSTANCE = re.compile(r"(?<!\S)(?:after|before|while|following)\s+[a-z]+ing(?:\s+[^\s,.;:]+){0,3}\s+$", re.IGNORECASE)


def _is_circumstance(text: str, start: int) -> bool:
    return (
        _CIRCUMSTANCE.search(text, max(0, start - 40), start) is not None
        or _GERUND_CIRCUMSTANCE.search(text, max(0, start - 50), start) is not None
    )


STRONG_TRIGGER = 0.8
# Below this weight a trigger makes an event only with a date or a catalog entry of its own.
WEAK_TRIGGER = 0.5


# A clause that opens with a temporal preposition, a span of time before it ("three years after",
# "بعد ثلاث سنوات من"): its event is the circumstance of the sentence's own.
_ASIDE_CLAUSE = re.compile(
    r"\s*(?:[^\s,،]+\s+){0,4}?(?:after|before|since|following|[وف]?(?:بعد|منذ|عقب|إثر|قبل))\s", re.IGNORECASE
)


def _opens_aside(text: str, c: _Candidate) -> bool:
    lo, _ = _clause(text, c.sentence, c.trigger)
    return lo > c.sentence[0] and _ASIDE_CLAUSE.match(text, lo, c.trigger[0]) is not None


@lru_cache(maxsize=4)
def load_object_prepositions(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """An event word right after one of these (a determiner and two words may stand
    between) is what another event is about ("protested against the visit",
    "against the Israeli bombardment", "over the 2013 Rabaa sit-in"). English only:
    Arabic ضد is as often an idiom's ("رفعت صوتها ضد المجزرة")."""
    words = sorted(load_assembly_rules(path).get("object_prepositions", ()), key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(
        r"(?<!\S)(?:" + alternatives + r")(?:\s+(?:the|a|an|this|that|its|their|his|her))?(?:\s+[^\s,،.;:؛]+){0,2}\s+$",
        re.IGNORECASE,
    )


def _object_of_preposition(text: str, start: int) -> bool:
    return load_object_prepositions().search(text, max(0, start - 40), start) is not None


@lru_cache(maxsize=4)
def load_discussion_verbs(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str]]:
    """The types a discussion is itself, and a search for a verb of discussion
    ("discussed", "بحث"): an event word after it in its sentence is a topic talked
    about ("The ministers discussed the situation in Syria, the normalization of
    Syrian-Turkish relations"), not an event of the day."""
    rules = load_assembly_rules(path).get("discussion_verbs", {})
    words = sorted(rules.get("words", ()), key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words) or "(?!)"
    return frozenset(rules.get("except_types", ())), re.compile(
        r"(?<!\S)[وف]?(?:" + alternatives + r")(?!\S)", re.IGNORECASE
    )


def _discussed(text: str, sentence_start: int, cand: _Candidate) -> bool:
    own, verbs = load_discussion_verbs()
    if cand.event_type in own or cand.reference_id is not None:
        return False
    return verbs.search(text, max(sentence_start, cand.trigger[0] - 200), cand.trigger[0]) is not None


def _catalogued_location(
    event: Event, place: PlaceMention | None, entry: ReferenceEntry | None, gazetteer: Gazetteer
) -> dict | None:
    """A catalogued event whose sentence names no city or region of its countries took place where
    the catalog says ("اتهام السعودية لقطر باغتيال شكري بلعيد": in Tunisia; "نفذت فيها تركيا عمليتها
    المسماة درع الفرات": in Syria), not in a party's country."""
    where = entry.location_country if entry is not None else None
    if not where or (event.location or {}).get("country") == where:
        return event.location
    if place is not None and place.precision != "country" and place.country in entry.countries:  # type: ignore[union-attr]
        return event.location  # a city or region of the event's countries (a country's name is most often a party)
    return _country_location(where, gazetteer)


def _talked_about(text: str, cand: _Candidate) -> bool:
    """Whether a catalogued event is the topic of a discussion verb before it ("بحث أردوغان هاتفيا
    مع أمير قطر الأزمة الخليجية", "discussed the Gulf crisis"): the talks are the sentence's event."""
    own, verbs = load_discussion_verbs()
    if cand.reference_id is None or cand.event_type in own:
        return False
    return verbs.search(text, max(cand.sentence[0], cand.trigger[0] - 200), cand.trigger[0]) is not None


def _one_per_clause(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """The best-supported candidate of each sentence, plus strong ones of other clauses.

    A sentence usually reports one event; words of other types in it are most
    often its circumstances ("talks on aid", "a visit after the attack").
    """

    def strength(c: _Candidate) -> tuple[bool, bool, bool, bool, bool, bool, float, int]:
        # a catalogued event the sentence names as its setting ("his first visit since
        # the Gulf rift began", "..., three years after Cairo joined the boycott of Doha")
        # gives way to the sentence's own event, and is kept beside it; an event told
        # before ("these visits") gives way to any other; so does one a noun before it
        # presupposes, to an event word before that noun ("struck a depot ... in response
        # to a violation of the ceasefire")
        return (
            not (c.circumstance or _opens_aside(text, c)),
            not _is_anaphoric(text, c.trigger[0]),
            not _object_of_preposition(text, c.trigger[0]),
            not _talked_about(text, c),
            id(c) not in presupposed,
            c.reference_id is not None,
            round(c.weight, 1),
            -c.trigger[0],
        )

    by_sentence: dict[tuple[int, int], list[_Candidate]] = {}
    for c in candidates:
        by_sentence.setdefault(c.sentence, []).append(c)
    kept: list[_Candidate] = []
    presupposed: set[int] = set()
    for group in by_sentence.values():
        if len(group) > 1:
            presupposed = _presupposed_after_another(text, group)
        best = max(group, key=strength) if len(group) > 1 else group[0]
        kept.append(best)
        if len(group) == 1:
            continue
        best_clause = _clause(text, best.sentence, best.trigger)
        for c in group:
            if c is best:
                continue
            if c.event_type == best.event_type and c.weight >= WEAK_TRIGGER:
                # another event of its type, on a day of its own (`_dated_parts`), or told
                # as the circumstance of the sentence's own one
                kept.append(replace(c, background=True) if c.circumstance and not best.circumstance else c)
                continue
            if c.weight < STRONG_TRIGGER:
                if c.weight >= WEAK_TRIGGER and _named_with_its_year(text, c.trigger):
                    kept.append(replace(c, background=True))  # "since the 2011 uprising that toppled Gaddafi"
                continue
            if _clause(text, c.sentence, c.trigger) != best_clause:
                # "..., following 10 days of talks in Switzerland": a circumstance set apart
                # by a comma is still one, dated only by a date of its own
                kept.append(replace(c, background=True) if c.circumstance and not best.circumstance else c)
            elif (c.circumstance or _object_of_preposition(text, c.trigger[0])) and not best.circumstance:
                # "Turkey sends food to Qatar after Saudi Arabia cut ties": the
                # boycott happened too, on a day the sentence or the catalog must give;
                # so did the visit of "protested against the visit", when dated or catalogued
                kept.append(replace(c, background=True))
    return sorted(kept, key=lambda c: c.trigger)


def assemble_events(
    article: Article,
    mentions: Mentions,
    catalog: ReferenceCatalog,
    gazetteer: Gazetteer,
) -> list[Event]:
    """The events of one article, deduplicated within it."""
    text = article.text
    language = article.language or "ar"
    published = article.published
    events: list[Event] = []
    initiators: dict[int, set[str]] = {}
    home: str | bool | None = False  # not looked for yet
    dateline = find_dateline(text)
    all_actors, all_places, all_dates = _ByStart(mentions.actors), _ByStart(mentions.places), _ByStart(mentions.dates)
    all_triggers = _ByStart(mentions.triggers)
    names_of: dict[tuple[int, int], tuple[list[ActorMention], list[PlaceMention]]] = {}
    outlets: dict[int, bool] = {}  # whether the country name at an offset is a news outlet's nationality
    acts: set[int] = set()  # events told by a verb of their own (see `SEPARATE_ACTS`)
    unnamed: set[int] = set()  # arrests of a count of unnamed people (see `_unnamed_crowd`)
    tolls: set[int] = set()  # events dated by the day their toll rose (see `_dated_by_its_toll`)
    reactions: set[int] = set()  # deeds dated by the day of a reaction to them (see `_dated_by_its_reaction`)
    announced: set[int] = set()  # one-off deeds told as announced (see `_announced`)
    context: frozenset[str] | None = None  # the countries the article is about, read when first needed
    for cand in _candidates(text, mentions):
        s, e = cand.sentence
        if text[s:e].rstrip("\"'»”) ").endswith(("?", "؟")):
            continue  # a question asserts nothing
        # "دبي، الإمارات (CNN)-- ...": the newsroom's city is neither place nor party
        named_from = max(s, dateline[1]) if dateline is not None else s
        named = names_of.get((named_from, e))
        if named is None:  # the names of a sentence, read once for all its candidates
            sent_actors = all_actors.inside(named_from, e)
            sent_places = _outside_names(all_places.inside(named_from, e), sent_actors)
            named = names_of[(named_from, e)] = _drop_measuring_points(
                text, *_drop_mediators(text, *_drop_neighbours(text, *_drop_backers(text, sent_actors, sent_places)))
            )
        sent_actors, sent_places = _without_relative_clause_names(text, *named, cand.trigger, e)
        at_home: str | None = None
        pair: list[str] | None = None
        if (
            cand.reference_id is None
            and not sent_places
            and not any(a.country or a.members for a in sent_actors)
            and not _pronoun_for_a_countryman(text, mentions.sentences, all_actors, s, cand.trigger[0])
        ):
            # no country can come from this sentence: "the two countries" are the
            # parties of the event told just before; a domestic event ("police
            # arrested dozens") takes place in the country the article is about
            pair = _pair_told_before(text[s:e], events)
            if pair is None and cand.definite:
                # "واندلعت الاشتباكات، الإثنين": the clashes told before, on a day of their own
                pair = next((list(ev.countries) for ev in reversed(events) if ev.event_type == cand.event_type), None)
            if pair is None:
                if not _at_home(cand, text):
                    continue
                if home is False:
                    home = _home_country(mentions, dateline[1] if dateline is not None else 0)
                if not isinstance(home, str):
                    continue
                at_home = home
        folded = sentence_fold(mentions.folded, text, s, e)
        sent_dates = all_dates.inside(s, e)
        # a candidate that will be dated by the publication is dropped when weak,
        # reported or commemorated (below): those drops are tried first, as they
        # need neither its actors nor its date
        weak = cand.weight < WEAK_TRIGGER
        undated = _undated(cand, sent_dates, text, published)
        recalled = undated and not weak and (
            cand.background
            or _recalled(text, cand.trigger[0], cand.event_type)
            or _first_time_comment(text, s, cand.trigger[0])
            or _described_by(text, cand)
            or _discussed(text, s, cand)
            or _after_old_setting(text, cand, mentions.references, published)
            or _under_an_old_agreement(text, cand, events, published)
        )
        came_after = _came_days_after(text, cand, events, all_triggers.inside(s, cand.trigger[0])) if undated else None
        if (weak or recalled) and undated and not _names_catalogued(cand, folded, catalog) and came_after is None:
            continue
        attribution = find_attribution(text, s, e, trigger=cand.trigger, triggers=mentions.triggers, folded=folded)
        framed = (
            attribution is not None
            and _reported(text, attribution.cue_end, cand.trigger[0], attribution.kind == "claim")
        ) or _accused(
            text, s, cand.trigger[0]
        )
        lead = framed and (
            _lead_report(text, cand, mentions.sentences, attribution, weak or recalled)
            or _field_report(text, cand, attribution, weak or recalled)
        )
        framed = framed and not lead
        if framed and undated and not (weak or recalled) and not _names_catalogued(cand, folded, catalog):
            continue
        attribution_id: str | None = "article"
        speaker_subject: ActorMention | None = None
        if attribution is not None:
            speaker_start, speaker_end = attribution.speaker_start, attribution.speaker_end
            speakers = [a for a in sent_actors if a.start < speaker_end and speaker_start < a.end]
            attribution_id = speakers[0].actor_id if speakers else None
            if speakers and (
                _SPEAKER_SUBJECT.match(text, attribution.cue_end, cand.trigger[0])
                or _speaker_acts_ar(text, speaker_start, speaker_end, cand.trigger[0])
            ):
                speaker_subject = speakers[0]  # "Turkey said it had sent troops": the speaker acts
            if speakers:
                sent_actors = [a for a in sent_actors if not (a.start < speaker_end and speaker_start < a.end)]
            # "أعلنت الرياض ... مقتل جنديين في اليمن": the speaker's city is not the event's place
            sent_places = [p for p in sent_places if not (p.start < speaker_end and speaker_start < p.end)]
            sent_places = _event_side(
                text, sent_places, attribution, cand.trigger, [(t.start, t.end) for t in all_triggers.inside(s, e)]
            )
        # "بحسب موقع إخباري أمريكي": a news outlet's nationality is no party (it may be the source)
        sent_actors = [a for a in sent_actors if not _media_nationality(text, a, outlets)]
        clause = _dating_clause(text[s:e], s, cand.trigger)
        aside = _aside_before(text, sent_actors, clause[0])
        if aside is not None:  # "أردوغان، حليف قطر الوثيق، زار باكو": Qatar is not where
            sent_places = [p for p in sent_places if not aside[1] <= p.start < aside[2]]
        if (
            cand.event_type == "arrest"
            and (deed := _DEED_AFTER.search(text, cand.trigger[1], e)) is not None
            and any(m.country and m.start < deed.start() for m in (*sent_actors, *sent_places))
        ):
            # "A Bahraini court jailed an activist over tweets criticising the war in Yemen": the
            # deed's names (when the sentence names the verdict's country before them)
            sent_places = [p for p in sent_places if p.start < deed.start()]
            sent_actors = [a for a in sent_actors if a.start < deed.start()]
        if cand.event_type in load_topic_markers()[0]:
            topic = _topic_start(text, sent_actors, cand.trigger[1], e)
            sent_actors = [a for a in sent_actors if a.start < topic]
            sent_places = [p for p in sent_places if p.start < topic]
            sent_actors, sent_places = _without_topic_countries(text, sent_actors, sent_places, cand.trigger[1])
        if cand.event_type not in load_destination_types():
            sent_actors = _outside_later_setting_actors(
                text, sent_actors, sent_places, cand.trigger, e, all_triggers.inside(cand.trigger[1], e), cand.event_type
            )
        initiator, others = _order_actors(
            text,
            _event_actors(
                text,
                sent_actors,
                cand.sentence,
                clause,
                cand.trigger,
                _told_as_setting(cand, language),
                cand.event_type in load_one_country_types(),
            ),
            cand.trigger,
            language,
        )
        if cand.event_type in load_venue_types():
            initiator, others = _without_venues(text, initiator, others)
        agent = _passive_agent(text, s, cand.trigger, [*initiator, *others])
        if agent is not None:  # "تعرضوا لهجوم من تنظيم داعش", "came under attack from IS": the attacker
            initiator, others = [agent], [a for a in (*initiator, *others) if a is not agent]
        if _PRONOUN_SUBJECT.match(text, s, cand.trigger[0]):
            # "He spoke by phone with the Qatari emir": the person the sentence before was about
            person = _last_person(all_actors.inside(*_sentence_before(mentions.sentences, s)))
            if person is not None and all(a.actor_id != person.actor_id for a in initiator + others):
                initiator, others = [person], initiator + others
        elif speaker_subject is not None:
            if all(a.country != speaker_subject.country for a in initiator):
                initiator, others = [speaker_subject], initiator + others
        elif (
            language == "en"
            and (titled := load_title_subjects().match(text, s, cand.trigger[0]))
            and not _SAYING.search(text, titled.end(), cand.trigger[0])
        ):
            # "The crown prince visited Egypt": the holder of the office named before
            holder = _title_holder(text, all_actors.inside(0, s), titled.group(1).lower())
            if holder is not None and all(a.country != holder.country for a in initiator):
                initiator, others = [holder], initiator + others
        if cand.event_type not in load_destination_types():
            sent_places = [p for p in sent_places if not _sent_there(text, p, cand.trigger, cand.event_type, all_triggers.inside(s, e))]
        if cand.event_type not in load_destination_types() | load_target_place_types():
            sent_places = _without_partner_capitals(text, sent_places, sent_actors)
        sent_places = _without_circumstance_places(text, sent_places, cand.trigger, all_triggers.inside(s, e))
        if cand.event_type in load_destination_types():
            sent_places = _without_title_countries(text, sent_places)
        sent_places = _without_actor_homes(text, sent_places, sent_actors)
        place = _pick_place(
            sent_places
            if cand.event_type in load_destination_types()
            else _outside_later_setting(text, sent_places, sent_actors, cand.trigger, e, all_triggers.inside(cand.trigger[1], e)),
            cand.trigger,
            clause,
            initiator,
            sent_actors,
            text,
            cand.event_type in load_destination_types(),
            [(t.start, t.end) for t in all_triggers.inside(s, e)],
            named_from,
        )
        if (
            place is not None
            and place.precision == "country"
            and cand.event_type in load_war_types()
            and place.end <= cand.trigger[0]
            and any(place.start < a.end and a.start < place.end for a in initiator)
            and not _locative(text, place)
            and (target := next((a for a in others if a.country), None)) is not None
            and target.country != place.country
            and target.start >= cand.trigger[1]
        ):
            # "وكانت الولايات المتحدة قد شنت ضربات جوية استهدفت نظام الأسد": the side that
            # struck, named as a country before the event word, is not where; the target's
            # country, named after it, is
            place = None
        place, fired_from = _not_fired_from(
            text, cand, sent_places, initiator, place, [(t.start, t.end) for t in all_triggers.inside(s, e)]
        )
        at_sea = _at_sea(text, cand.sentence, cand.event_type, place, cand.trigger)
        if at_sea:
            place = None  # a place named farther from the event word than its sea is another event's
        passing = catalog.get(cand.reference_id) if cand.background and cand.reference_id is not None else None
        if passing is not None:
            # a catalogued event told in passing: the sentence's parties and place are
            # its own event's; only those of the catalogued event's countries stay
            own = set(passing.countries)
            initiator = [a for a in initiator if a.country in own or own & set(a.members)]
            others = [a for a in others if a.country in own or own & set(a.members)]
            if place is not None and place.country not in own:
                place = None
        ordered = initiator + others
        actor_ids = _unique(a.actor_id for a in ordered)
        countries = _countries_of(ordered)
        if passing is not None:
            countries = _unique([*countries, *passing.countries])
        if place is not None and place.country not in countries:
            countries.append(place.country)
        if not countries and cand.reference_id is not None:
            entry = catalog.get(cand.reference_id)
            countries = list(entry.countries) if entry is not None else []
        if not countries and pair:
            countries = list(pair)
        elif pair is None and len(countries) < 2:
            # "The two countries agreed ... after the earthquakes in Turkey": the pair is the subject
            countries = _unique([*(_pair_before_word(text, cand, events) or ()), *countries])
        if not countries and at_home:
            countries = [at_home]
        if not countries:
            continue
        if cand.event_type == "meeting" and cand.cameo != PHONE_CALL and (
            _is_hosted(initiator, others, place) or _is_received(cand.cameo, initiator, others, place)
        ):
            cand = replace(cand, event_type="visit", cameo=CAMEO_BY_TYPE["visit"])
        if cand.event_type == "visit" and cand.reference_id is None and not _official(text[s:e], ordered):
            continue  # "طلبة يمنيون يزورون مقبرة", "he visited a zoo": a private trip, not an official's visit
        # "إيقاف 9 مهربين", "arrested dozens of protesters": no named person, so no event, but
        # what retells it later ("the trial") is the same one and goes with it
        crowd = (
            cand.event_type == "arrest"
            and cand.reference_id is None
            and _unnamed_crowd(text, cand.trigger, (s, e), ordered, all_triggers.inside(s, e))
        )
        event = Event(
            event_id="",
            article_id=article.id,
            event_type=cand.event_type,
            cameo=cand.cameo,
            date=None,
            date_precision=None,
            date_basis=None,
            title="",
            quote=text[s:e],
            trigger=cand.trigger_text,
            actors=actor_ids,
            actor1=initiator[0].actor_id if initiator else None,
            actor2=others[0].actor_id if others else None,
            attribution=attribution_id,
            countries=countries,
            language=language,
            published=published,
            published_estimated=article.published_estimated,
            reference_id=cand.reference_id,
        )
        if event.actor2 == event.actor1:
            event.actor2 = next((a for a in actor_ids if a != event.actor1), None)
        spans: dict = {"quote": [s, e], "trigger": list(cand.trigger), "date": None, "actors": {}}
        for a in ordered:
            spans["actors"].setdefault(a.actor_id, []).append([a.start, a.end])
        if place is not None:
            spans["location"] = [place.start, place.end]
        if context is None:
            context = _article_countries(mentions)
        own_countries = list(event.countries)
        listed = _date_event(event, cand, sent_dates, catalog, text, spans, folded, clause, context)
        if cand.reference_id is None and _catalogued_without_a_side(
            event, _outside_catalogued_names(ordered, mentions.references, s, e), pair, catalog
        ):
            listed = _not_catalogued(event, own_countries)
        if event.date_precision == "year" and event.date_basis == "explicit" and _named_with_its_year(text, cand.trigger):
            _catalogued_day_of_its_year(event, catalog, folded, context)
        if lead and event.date_basis == "publication":
            _date_by_saying(event, cand, sent_dates, spans, attribution)
        if event.date_basis == "publication" and cand.background:
            _date_days_before(event, cand, text, events, spans)
        if event.date_basis == "publication" and came_after is not None:
            _date_before_told(event, text, cand, came_after, spans)
        if event.date_basis == "publication" and cand.reference_id is None and _days_before_unknown(event, cand, text, events, spans):
            continue  # "وقال أردوغان، بعد يوم من اجتياح قواته عفرين، إن": not the publication's day
        if _after_publication(event):
            continue  # "the elections set for 12 May", told on 9 May: it has not happened
        if (
            event.event_type == "sanctions"
            and len(event.countries) < 2
            and _closure(cand.trigger_text)
            and not any(_is_target(text, a) or _international_body(a) for a in ordered)
        ):
            # "أغلقت السلطات مطار صلالة", "Iraq closed its borders for the vote": no party it
            # targets ("إغلاق الحدود البرية الوحيدة لقطر" names the one it does)
            continue
        if cand.reference_id is None and _dated_by_the_commemoration(event, text, cand.trigger[0], published):
            continue
        if (
            event.date_basis in ("explicit", "relative")
            and cand.reference_id is None
            and spans["date"] is not None
            and spans["date"][1] <= cand.trigger[0]
            and _recalled(text, cand.trigger[0], cand.event_type)
        ):
            # "began patrols on Tuesday as part of the agreement", "قصفت القوات المدينة الاثنين
            # في خرق للهدنة": the day before a presupposed event is that of the sentence's own
            continue
        if (
            event.date_basis == "relative"
            and event.date_precision == "day"
            and _bare_weekday(text, spans["date"])
            and (
                scheduled_a_week_later(catalog, event.event_type, event.countries, event.date, published)
                or (_told_in_present(text, cand) and _days_before(event.date, published) >= 2)
            )
        ):
            # "تشهد تركيا، الأحد، انتخابات", told on Friday: the coming Sunday's, not the last;
            # "يؤدي السيسي، السبت، اليمين الدستورية", told on Tuesday: not yet sworn in
            continue
        if event.date_basis == "publication" and upcoming_reference(
            catalog, event.event_type, event.countries, event.quote, published, language, folded=folded, context=context
        ):
            continue  # "the Iraqi elections", told on 9 May: the catalog knows they came on 12 May
        if event.date_basis == "publication" and (
            weak
            or framed
            or recalled
            or (not undated and (cand.background or _recalled(text, cand.trigger[0], cand.event_type)))
        ):
            # nothing anchors it: a weak word ("martyrdom", "measures"), reported
            # speech ("X said that ..."), an anniversary ("ذكرى معركة ...") or a
            # background event after "after" with no
            # date and no known event behind it. A source cited after the fact
            # ("..., officials said") still reports news.
            continue
        if (
            place is None
            and not at_sea
            and cand.reference_id is None
            and cand.event_type in load_war_types()
            and not any(a.country for a in others)
        ):
            # "Turkish shelling killed five civilians", in a story about Syria: the war's country
            if home is False:
                home = _home_country(mentions, dateline[1] if dateline is not None else 0)
            if (
                isinstance(home, str)
                and home not in event.countries
                and initiator
                and (initiator[0].country or initiator[0].members)  # a state, or a coalition of states
                # a country its sentence names and leaves out (a backer, a speaker) is not the place
                and all(m.country != home for m in (*all_actors.inside(named_from, e), *all_places.inside(named_from, e)))
            ):
                event.countries.append(home)
                event.location = _country_location(home, gazetteer)
        if event.location is None and cand.event_type in load_target_place_types() and not _closure(cand.trigger_text):
            # (a ban or closure is a measure on the state's own ground: "منعت الطائرات القطرية من الهبوط في مطاراتها")
            _place_at_target(event, text, initiator, others, place, gazetteer, spans, cand.trigger[1], clause[1])
        if event.location is None and fired_from is not None and place is None:
            # fire from one country at another: the one it was aimed at, when the sentence names it
            aimed = next((c for c in event.countries if c != fired_from), None)
            event.location = _country_location(aimed, gazetteer) if aimed else None
        elif event.location is None and not at_sea:
            event.location = _event_location(event, initiator, others, place, gazetteer, cand.trigger)
        if event.reference_id is not None and not at_sea:
            event.location = _catalogued_location(event, place, catalog.get(event.reference_id), gazetteer)
        if (
            dateline is not None
            and not at_sea
            and s <= dateline[1]
            and cand.reference_id is None
            and (event.location or {}).get("precision") in (None, "country")
        ):
            filed = _filed_at(all_places.inside(*dateline), event)
            if filed is not None:
                event.location = _location(filed)
                spans["location"] = [filed.start, filed.end]
        if event.event_type in load_initiator_place_types():
            _at_the_initiator(event, initiator, gazetteer, spans)
        event.spans = spans
        event.confidence = _confidence(cand, event, attribution is not None)
        # "The deal was reached by ..." after a ceasefire: a type that a told event dominates
        antecedent = next(
            (
                ev
                for ev in reversed(events)
                if _tells_of(ev, event.event_type)
            ),
            None,
        )
        if (
            antecedent is not None
            and cand.reference_id is None
            and _is_anaphoric(text, cand.trigger[0])
            and (
                not _dated_in(spans, clause)
                or (
                    _dates_compatible(antecedent, event)
                    and _PRECISION_RANK.get(event.date_precision or "", 0)
                    <= _PRECISION_RANK.get(antecedent.date_precision or "", 0)
                )
            )
        ):
            # "these visits" tells of an event already read; its sentence is about
            # something else (one that gives it a finer date, "The clashes broke out on
            # Monday" after clashes "this week", is kept for the merge). One its sentence dates on another day ("The protests
            # began in Mashhad on December 28") is not the one read.
            continue
        if event.date_basis == "publication" and (
            (cand.definite and _told_before(event, events, doer=_doer_named(text, cand, initiator)))
            # "الغارة الجوية التي أسفرت عن مقتل العشرات": the strike told on a day of its own,
            # with all its countries (the new events of the day are told with their news)
            or (cand.described and _told_before(event, [ev for ev in events if ev.date_basis != "publication"], some=False))
            # "زيارة السفير التركي" after "أجرى سفير تركيا زيارة": annexed to a noun of the one told
            or (
                cand.annexed is not None
                and _told_before(event, [ev for ev in events if _names_stem(ev.quote, cand.annexed)], doer=False)
            )
            or (cand.tense != "past" and _same_one_named(text, cand, event, events, (*sent_places, *sent_actors)))
        ):
            continue  # "في أعقاب الهجوم", "after the attack" with no date of its own: the attack already told
        if initiator and cand.reference_id is None:
            initiators[id(event)] = set(_countries_of(initiator))
        if cand.event_type in SEPARATE_ACTS and cand.tense == "past":
            acts.add(id(event))
        if _dated_by_its_toll(event, text, cand.trigger, spans["date"]):
            tolls.add(id(event))
        elif _dated_by_its_reaction(event, text, cand.trigger, spans["date"], s):
            reactions.add(id(event))
        if (claimed := _claimed_before(event, text, cand.trigger[0], events)) is not None:
            # the claimant, named before the claimed event word, is its doer
            claimed.actors = _unique([*claimed.actors, *(a.actor_id for a in sent_actors if a.end <= cand.trigger[0])])
            continue
        events.append(event)
        if _announced(text, cand, spans["date"], event.date_basis):
            announced.add(id(event))
        if crowd:
            unnamed.add(id(event))
        if listed:
            _name(event, text, article.id)  # the events split off take their ids from its id
            events.extend(_split_off(event, listed, ordered, catalog, gazetteer))
        elif cand.event_type in DISTRIBUTIVE_TYPES and (each := _DISTRIBUTIVE.search(text, cand.trigger[1], e)):
            _name(event, text, article.id)
            listed_after = [a for a in sent_actors if a.start >= each.end() and a not in initiator]
            for split in _each_counterpart(event, initiator, listed_after, gazetteer):
                initiators[id(split)] = initiators.get(id(event), set())
                events.append(split)
    kept = _dedupe(
        _without_reaction_days(_without_toll_days(_without_announcement_days(events, announced), tolls), reactions),
        initiators,
        acts,
        unnamed,
    )
    for event in kept:
        if not event.event_id:
            _name(event, text, article.id)
    return kept


def _announced(text: str, cand: _Candidate, date_span: Sequence[int] | None, basis: str | None) -> bool:
    """Whether the event is a one-off deed (`retold_types`) told as what was announced, dated by
    the announcement or by nothing ("Iran's judiciary announced on Tuesday that it had arrested
    ...", "أعلنت ... يوم الثلاثاء أنها اعتقلت"): the deed may have come before the announcement
    (a deed reacted to is `_dated_by_its_reaction`'s)."""
    if cand.reference_id is not None:
        return False
    lo = max(cand.sentence[0], cand.trigger[0] - 60)
    before = date_span is None or date_span[0] < cand.trigger[0]  # a date after the deed may be its own
    return (
        cand.event_type in load_retold_types()
        and basis in ("explicit", "relative", "publication")
        and before
        and _ANNOUNCED.search(text, lo, cand.trigger[0]) is not None
    )


# a verb that announces a deed told after it ("announced on Tuesday that it had arrested")
_ANNOUNCED = re.compile(
    r"(?<!\w)(?:announced|announces|said|says|reported|confirmed|[وف]?(?:أعلن|أعلنت|يعلن|تعلن|ذكر|ذكرت|أكد|أكدت))(?!\w)",
    re.IGNORECASE,
)


def _without_announcement_days(events: list[Event], announced: AbstractSet[int]) -> list[Event]:
    """The events without each announced deed (`_announced`) that the article also tells on a
    day of its own, in the week up to the announcement: "The judiciary announced on Tuesday that
    it had arrested Foreman ... Foreman was detained on Saturday" is one arrest, on Saturday."""
    if not announced:
        return events

    def day(ev: Event) -> date | None:
        try:
            return date.fromisoformat(ev.date) if ev.date and ev.date_precision == "day" else None
        except ValueError:
            return None

    def retelling(ev: Event) -> Event | None:
        when = day(ev)
        return None if when is None else next(
            (
                other
                for other in events
                if id(other) not in announced
                and other.event_type == ev.event_type
                and other.quote != ev.quote
                and other.date_basis in ("explicit", "relative")
                and (then := day(other)) is not None
                and 0 < (when - then).days <= RETOLD_DAYS
                and _same_parties(other, ev)
            ),
            None,
        )

    kept: list[Event] = []
    for ev in events:
        other = retelling(ev) if id(ev) in announced else None
        if other is None:
            kept.append(ev)
        else:  # the parties the announcement names go with the deed's own telling
            other.actors = _unique([*other.actors, *ev.actors])
            other.countries = _unique([*other.countries, *ev.countries])
    return kept


# The sufferer of an event told first: "تعرضت القوات لهجوم", "came under attack", "were attacked".
_SUFFERED_AR = re.compile(
    r"(?<!\S)[وف]?(?:تعرض|تعرضت|تعرضوا|تعرضا|تعرضتا|يتعرض|تتعرض|يتعرضون|يتعرضان|تعرضه|تعرضها|تعرضهم|تعرضهما)"
    r"(?:\s+\S+){0,4}\s+$"
)
_SUFFERED_EN = re.compile(r"(?:\b(?:came|come|comes|coming)\s+under|\b(?:was|were|been|being|is|are))\s+$", re.IGNORECASE)
# the words that name the doer after a passive: "من تنظيم داعش", "من قبل", "by", "from"
_AGENT_MARK = re.compile(r"(?:\s+\S+){0,3}?\s+(?:[وف]?(?:من قبل|من جانب|على يد|من)|by|from)\s+$", re.IGNORECASE)


def _passive_agent(
    text: str, sentence_start: int, trigger: tuple[int, int], actors: Sequence[ActorMention]
) -> ActorMention | None:
    """The doer named after an event its sentence tells from the side that suffered it
    ("تعرضوا لهجوم من تنظيم داعش", "came under attack from Islamic State fighters",
    "were attacked by ..."): the actor right after "من"/"by"/"from" a few words on."""
    t0, t1 = trigger
    if text.startswith(("ل", "ول", "فل"), t0) or text[t0:t1].startswith("لإ"):
        if _SUFFERED_AR.search(text, max(sentence_start, t0 - 40), t0) is None:
            return None
    elif _SUFFERED_EN.search(text, max(sentence_start, t0 - 24), t0) is None:
        return None
    for a in sorted(actors, key=lambda a: a.start):
        if a.start >= t1 and a.start - t1 <= 40 and _AGENT_MARK.fullmatch(text, t1, a.start):
            return a
    return None


def _lead_report(
    text: str,
    cand: _Candidate,
    sentences: Sequence[tuple[int, int]],
    attribution: Attribution | None,
    unanchored: bool,
) -> bool:
    """Whether a reported event is the article's news: a doing told in the past by a
    source in the article's first sentence ("قالت مصادر ليبية، الأربعاء، إن مليشيات
    اختطفت عضو المجلس", "Libyan sources said militias kidnapped ..."). Elsewhere a
    report with no date of its own may tell of anything; a claim or an accusation
    asserts nothing."""
    if attribution is None or attribution.kind != "report" or unanchored or cand.background:
        return False
    if cand.tense != "past" or not sentences or cand.sentence[0] != sentences[0][0]:
        return False
    speaker = fold_str(text[attribution.speaker_start : attribution.speaker_end]).lower().split()
    if speaker and speaker[0] in load_hearsay_speakers():
        return False  # "تفيد التقارير الواردة بأن ...": hearsay, not a source
    return not _accused(text, cand.sentence[0], cand.trigger[0])


def _field_report(text: str, cand: _Candidate, attribution: Attribution | None, unanchored: bool) -> bool:
    """Whether a reported event past the first sentence is still the day's news: a doing
    told in the past by sources on the ground ("وأفادت مصادر محلية بأن مسلحين اختطفوا ...",
    "witnesses said gunmen kidnapped ..."), who report what just happened, not background."""
    if attribution is None or attribution.kind != "report" or unanchored or cand.background or cand.tense != "past":
        return False
    speaker = " ".join(fold_str(text[attribution.speaker_start : attribution.speaker_end]).lower().split())
    return speaker in load_field_sources() and not _accused(text, cand.sentence[0], cand.trigger[0])


@lru_cache(maxsize=4)
def load_field_sources(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Sources on the ground whose reports tell the day's news (data/assembly.json `field_sources`)."""
    return frozenset(" ".join(fold_str(w).lower().split()) for w in load_assembly_rules(path).get("field_sources", ()))


@lru_cache(maxsize=4)
def load_hearsay_speakers(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Sources that are reports themselves (data/assembly.json `hearsay_speakers`)."""
    return frozenset(fold_str(w).lower() for w in load_assembly_rules(path).get("hearsay_speakers", ()))


def _date_by_saying(
    event: Event, cand: _Candidate, dates: Sequence[TimeMention], spans: dict, attribution: Attribution | None
) -> None:
    """A lead report with no date in its own clause takes the day the sentence gives the
    saying ("قالت مصادر، الأربعاء، إن ..."), the day of the news it reports."""
    if attribution is None:
        return
    said = [
        d
        for d in dates
        if d.precision == "day" and not d.recurring and d.end <= cand.trigger[0] and d.start >= attribution.cue_start - 40
    ]
    if not said:
        return
    d = said[-1]
    event.date, event.date_precision, event.date_basis = d.value, d.precision, d.basis  # type: ignore[assignment]
    spans["date"] = [d.start, d.end]


# "a day after the two countries signed", "two days after", "بعد يوم من", "بعد يومين من":
# the circumstance came that many days before the sentence's own event.
_DAYS_AFTER = re.compile(
    r"(?<!\S)(?:(?P<en>a|one|two|three|four|five|six|seven|\d{1,2})\s+(?:days?|(?P<weeks>weeks?))\s+(?:after|following)"
    r"|[وف]?بعد\s+(?P<ar>يوم|يومين|أسبوع|اسبوع|أسبوعين|اسبوعين)\s+(?:من|على)(?:\s+(?:أن|ان))?)"
    r"(?:\s+[^\s,،.;:؛]+){0,5}\s+\Z",
    re.IGNORECASE,
)
_DAY_COUNTS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "يوم": 1, "يومين": 2,
    "أسبوع": 7, "اسبوع": 7, "أسبوعين": 14, "اسبوعين": 14,
}  # fmt: skip
_DAYS_AFTER_REACH = 90  # characters before the event word: "two days after Lebanese President Joseph Aoun met"


def _days_counted(m: re.Match[str]) -> int | None:
    """The days a `_DAYS_AFTER` match counts ("two days after" 2, "a week after" 7)."""
    count = (m.group("en") or m.group("ar") or "").lower()
    days = int(count) if count.isdigit() else _DAY_COUNTS.get(count)
    return days * 7 if days is not None and m.group("weeks") else days


def _date_days_before(event: Event, cand: _Candidate, text: str, told: list[Event], spans: dict) -> None:
    """Date a circumstance told as so many days before its sentence's event ("reopened
    its border on Saturday, a day after the two countries signed a deal") by that
    event's day, when the sentence's event is told before it with a day of its own."""
    m = _DAYS_AFTER.search(text, max(cand.sentence[0], cand.trigger[0] - _DAYS_AFTER_REACH), cand.trigger[0])
    if m is None:
        return
    days = _days_counted(m)
    main = next(
        (
            ev
            for ev in reversed(told)
            if ev.spans.get("quote") == [*cand.sentence]
            and ev.date_precision == "day"
            and ev.date_basis in ("explicit", "relative")
            and ev.spans.get("trigger", [0])[0] < m.start()
        ),
        None,
    )
    if main is None or days is None or main.date is None:
        return
    event.date = (date.fromisoformat(main.date) - timedelta(days=days)).isoformat()
    event.date_precision = "day"
    event.date_basis = "relative"
    spans["date"] = [m.start(), m.end()]


def _days_before_unknown(event: Event, cand: _Candidate, text: str, told: list[Event], spans: dict) -> bool:
    """For a circumstance told as so many days before its sentence's event and still dated
    by the publication (`_date_days_before` found no day to count from): date it back from
    the publication when the sentence's event is the day's news (told before it in the
    sentence, dated by the publication, or the one told last that the sentence opens on:
    "The strike came a day after a visit"); whether it has no day at all otherwise ("وقال
    أردوغان، بعد يوم من اجتياح قواته عفرين، إن ...": the saying's day is not told)."""
    m = _DAYS_AFTER.search(text, max(cand.sentence[0], cand.trigger[0] - _DAYS_AFTER_REACH), cand.trigger[0])
    if m is None:
        return False
    days = _days_counted(m)
    main = any(
        ev.spans.get("quote") == [*cand.sentence]
        and ev.date_basis == "publication"
        and ev.spans.get("trigger", [0])[0] < m.start()
        for ev in told
    ) or (
        # "The strike came a day after a visit": the event told last, the day's news
        bool(told)
        and told[-1].date_basis == "publication"
        and _CAME_OPENS.fullmatch(text, cand.sentence[0], m.start()) is not None
    )
    if not main or days is None or event.published is None:
        return True
    event.date = (date.fromisoformat(event.published) - timedelta(days=days)).isoformat()
    event.date_precision = "day"
    event.date_basis = "relative"
    spans["date"] = [m.start(), m.end()]
    return False


# "وجاءت الغارة بعد يوم من زيارة ...", "The strike came a day after ...": the sentence opens
# on an event told before, then on how many days after the circumstance it came
_CAME_OPENS = re.compile(
    r"\s*(?:[وف]?(?:جاءت|جاء|تأتي|تاتي|يأتي|ياتي)\s+\S+(?:\s+\S+)?|The\s+\S+(?:\s+\S+)?\s+(?:came|comes))\s+\Z",
    re.IGNORECASE,
)


def _came_days_after(
    text: str, cand: _Candidate, told: list[Event], opening: Sequence[TriggerMention]
) -> tuple[Event, int, tuple[int, int]] | None:
    """For a circumstance in "وجاءت الغارة بعد يوم من زيارة العبادي", "The strike came a
    day after a visit": (the event told before that the sentence opens on, with a day of
    its own; the days between; the span that counts them). `opening`: the event words
    before the circumstance's."""
    s = cand.sentence[0]
    m = _DAYS_AFTER.search(text, max(s, cand.trigger[0] - _DAYS_AFTER_REACH), cand.trigger[0])
    if m is None or not _CAME_OPENS.fullmatch(text, s, m.start()):
        return None
    days = _days_counted(m)
    # the event the opening names ("الغارة"), else the one told last ("The move came ...")
    types = {t.event_type for t in opening if t.end <= m.start()}
    main = next(
        (
            ev
            for ev in reversed(told)
            if (not types or ev.event_type in types)
            and ev.date_precision == "day"
            and ev.date_basis in ("explicit", "relative")
            and ev.spans.get("quote", [s])[0] < s
        ),
        None,
    )
    if main is None or days is None:
        return None
    return main, days, (m.start(), m.end())


def _date_before_told(
    event: Event, text: str, cand: _Candidate, came_after: tuple[Event, int, tuple[int, int]], spans: dict
) -> None:
    """Date the circumstance that many days before the event told before (`_came_days_after`)."""
    main, days, span = came_after
    if main.date is None:
        return
    event.date = (date.fromisoformat(main.date[:10]) - timedelta(days=days)).isoformat()
    event.date_precision = "day"
    event.date_basis = "relative"
    spans["date"] = list(span)


def _name(event: Event, text: str, article_id: str) -> None:
    """Give the event its headline and id, once it is known to be kept: a
    report merged into another one keeps neither."""
    (s, e), (t0, t1) = event.spans["quote"], event.spans["trigger"]
    event.title = _headline(text, (s, e), (t0, t1))
    event.event_id = _stable_id(article_id, event.event_type, s, t0)


def _split_off(
    event: Event,
    listed: list[ReferenceEntry],
    actors: list[ActorMention],
    catalog: ReferenceCatalog,
    gazetteer: Gazetteer,
) -> list[Event]:
    """The events of the other catalogued entries a sentence lists with the one
    that dates `event`; their own countries and actors leave `event`.

    "Seven states cut ties with Qatar: Saudi Arabia, ..., Mauritania and the
    Comoros" is the boycott of 5 June plus Mauritania's of 6 June and the
    Comoros' of 7 June, each on its own day on the timeline.
    """
    main = catalog.get(event.reference_id) if event.reference_id else None
    shared = set(main.countries) if main is not None else set()
    leaving = {c for entry in listed for c in entry.countries if c not in shared}
    country_of = {a.actor_id: a.country for a in actors}
    located = (event.location or {}).get("country")
    out: list[Event] = []
    for entry in listed:
        own = [c for c in entry.countries if c not in shared]
        split = replace(
            event,
            event_id=_stable_id(event.event_id, entry.id),
            date=entry.date,
            date_precision=entry.precision,  # type: ignore[arg-type]
            date_basis="reference",
            end_date=entry.end_date,
            title=entry.name_ar if event.language == "ar" else entry.name_en,
            reference_id=entry.id,
            countries=list(entry.countries),
            actors=[a for a in event.actors if country_of.get(a) in entry.countries],
            spans={**event.spans, "date": None},
            sources=[],
        )
        split.actor1 = next((a for a in split.actors if country_of.get(a) in own), None)
        split.actor2 = next((a for a in split.actors if a != split.actor1), None)
        if located in entry.countries:
            split.location = event.location
        elif entry.location_country or own:
            split.location = _country_location(entry.location_country or own[0], gazetteer)
        else:
            split.location = None
        out.append(split)
    event.countries = [c for c in event.countries if c not in leaving]
    event.actors = [a for a in event.actors if country_of.get(a) not in leaving]
    if event.actor1 not in event.actors:
        event.actor1 = event.actors[0] if event.actors else None
    if event.actor2 not in event.actors or event.actor2 == event.actor1:
        event.actor2 = next((a for a in event.actors if a != event.actor1), None)
    if located in leaving:
        event.location = _country_location(main.location_country, gazetteer) if main and main.location_country else None
    return out


DISTRIBUTIVE_TYPES = frozenset({"meeting", "visit"})
# "met each of the King of Jordan and the Saudi crown prince", "met separately with"
_DISTRIBUTIVE = re.compile(
    r"(?<!\S)(?:[وف]?(?:كلا|كلًا|كلاً|كل) من|على حدة|each of|both|separately)(?!\w)", re.IGNORECASE
)


def _each_counterpart(
    event: Event, initiator: list[ActorMention], others: list[ActorMention], gazetteer: Gazetteer
) -> list[Event]:
    """The meetings or visits of one initiator with counterparts of different
    countries, told as one ("التقى المسؤولان كلا من العاهل الأردني وولي عهد
    السعودية", "met separately with the Jordanian king and the Saudi crown
    prince"): `event` keeps the first counterpart; each other country gets its
    own event."""
    own = set(_countries_of(initiator))
    by_country: dict[str, list[str]] = {}
    for a in others:
        for c in (a.members or (a.country,)):
            if c and c not in own:
                by_country.setdefault(c, []).append(a.actor_id)
    if len(by_country) < 2:
        return []
    first, *rest = by_country
    for country in by_country:  # the listed counterparts are all parties to one of the events
        if country not in event.countries:
            event.countries.append(country)
    for ids in by_country.values():
        event.actors += [i for i in ids if i not in event.actors]
    located = (event.location or {}).get("country")
    out: list[Event] = []
    for country in rest:
        ids = by_country[country]
        split = replace(
            event,
            event_id=_stable_id(event.event_id, country),
            countries=[c for c in event.countries if c in own] + [country],
            actors=[a for a in event.actors if a not in _ids_of_other(by_country, country)],
            actor2=ids[0],
            spans={**event.spans},
            sources=[],
        )
        if located == country:
            split.location = event.location
        else:  # a visit takes place at the host's; a meeting's place is not told
            split.location = _country_location(country, gazetteer) if event.event_type == "visit" else None
        out.append(split)
    leaving = set(rest)
    event.countries = [c for c in event.countries if c not in leaving]
    event.actors = [a for a in event.actors if a not in _ids_of_other(by_country, first)]
    if event.actor2 not in event.actors:
        event.actor2 = by_country[first][0]
    if located in leaving:
        event.location = _country_location(first, gazetteer) if event.event_type == "visit" else None
    return out


def _ids_of_other(by_country: dict[str, list[str]], country: str) -> set[str]:
    """The actor ids of the counterparts of every country but `country`."""
    return {i for c, ids in by_country.items() if c != country for i in ids} - set(by_country[country])


@lru_cache(maxsize=4)
def load_recalled_by(path: Path = ASSEMBLY_RULES) -> dict[str, re.Pattern[str]]:
    """By event type, a search for a noun that presupposes the event word after it
    (data/assembly.json `recalled_by`), ending right before that word."""
    table: dict[str, list[str]] = load_assembly_rules(path).get("recalled_by", {})
    common = table.get("*", [])
    types = {t for key in table if key != "*" for t in key.split()} | set(EVENT_TYPES)
    out: dict[str, re.Pattern[str]] = {}
    for event_type in types:
        words = common + [w for key, ws in table.items() if event_type in key.split() for w in ws]
        alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"
        out[event_type] = re.compile(
            r"(?<!\S)[وفبل]?(?:ال|لل)?(?:" + alternatives + r")(?:\s+[^\s.!?؟,،;]+){0,3}\s+$", re.IGNORECASE
        )
    return out


# "وهذه هي المرة الأولى منذ سنوات التي تفتح فيها مصر المعبر", "it is the first time since 2005 that
# a president has been sworn in": a comment on an event told before, or on one still to come
_FIRST_TIME = re.compile(
    r"(?<![^\W\d_])(?:[وف]?(?:هذه|هذا|إنها|انها|إنه|انه|هي|وهي)\s+(?:هي\s+)?(?:المرة|المره)\s+(?:الأولى|الاولى|الثانية|الثالثة)"
    r"(?:\s+\S+){0,6}?\s+(?:التي|الذي)(?:\s+\S+){0,4}\s+$"
    r"|(?<![^\W\d_])(?:this|it)\s+(?:is|was|marks|marked)\s+the\s+(?:first|second|third)\s+time(?:\s+\S+){0,6}?\s+(?:that\s+)?(?:\S+\s+){0,4}$)",
    re.IGNORECASE,
)


def _first_time_comment(text: str, sentence_start: int, trigger_start: int) -> bool:
    """Whether the event word stands in a sentence that comments on how rare an event is
    ("وهذه هي المرة الأولى التي ...", "it is the first time that ..."), with no date of its own:
    the event is the one told before it, or one announced for later, not another."""
    if trigger_start - sentence_start > 160:
        return False
    return _FIRST_TIME.search(text[sentence_start:trigger_start]) is not None


_YEAR_BEFORE_WORD = re.compile(r"(?<!\S)the\s+(?:19|20)\d\d\s+(?:[a-z-]+\s+)?\Z", re.IGNORECASE)
_YEAR_AFTER_WORD = re.compile(r"\s+(?:عام\s+|العام\s+|سنة\s+)?(?:19|20)\d\d(?!\d)")


def _named_with_its_year(text: str, trigger: tuple[int, int]) -> bool:
    """Whether the event word is named with the year it happened, as a known event of the
    past is: "the 2011 uprising", "the 2013 military coup", "انتفاضة 2011", "ثورة عام 2011"."""
    return (
        _YEAR_BEFORE_WORD.search(text, max(0, trigger[0] - 30), trigger[0]) is not None
        or _YEAR_AFTER_WORD.match(text, trigger[1]) is not None
    )


@lru_cache(maxsize=4)
def load_initiator_place_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types done at home by their initiator (`initiator_place_types` of assembly.json: a ratification)."""
    return frozenset(load_assembly_rules(path).get("initiator_place_types", ()))


def _at_the_initiator(event: Event, initiator: Sequence[ActorMention], gazetteer: Gazetteer, spans: dict) -> None:
    """A parliament or a head of state ratifies at home: a country named as the place of such an
    event ("Turkey's parliament ratified Finland's accession protocol", "صادق البرلمان التركي على
    بروتوكول انضمام فنلندا") is the other party's, not where it happened; the initiator's is."""
    home = next((a.country for a in initiator if a.country), None)
    location = event.location or {}
    if home is None or location.get("precision") != "country" or location.get("country") == home:
        return
    event.location = _country_location(home, gazetteer)
    spans.pop("location", None)


def _catalogued_without_a_side(
    event: Event, ordered: Sequence[ActorMention], pair: Sequence[str] | None, catalog: ReferenceCatalog
) -> bool:
    """Whether the catalog dated the event though the sentence names, as its parties, two
    countries and the catalogued event is between one of them and a third one
    ("Turkey and Greece signed 15 agreements and memoranda of understanding" is not the
    2019 Turkey-Libya memoranda; "The two sides also signed ..." after a Turkish-Greek
    summit): another event of the same kind."""
    if event.date_basis != "reference" or event.reference_id is None:
        return False
    entry = catalog.get(event.reference_id)
    sides = {a.country for a in ordered if a.country} or set(pair or ())
    # between two states, a catalogued event between one of them and a third one
    return entry is not None and len(sides) == 2 and len(entry.countries) == 2 and len(sides & set(entry.countries)) == 1


def _outside_catalogued_names(
    actors: Sequence[ActorMention], references: Sequence[ReferenceMention], start: int, end: int
) -> list[ActorMention]:
    """The actors outside the names of catalogued events in the sentence (`start`, `end`): the
    city in "the Hanoi summit" or "قمة هانوي" names where that event was held, not a side."""
    names = [(r.start, r.end) for r in references if r.start < end and start < r.end]
    return [a for a in actors if not any(s <= a.start and a.end <= e for s, e in names)]


def _not_catalogued(event: Event, countries: list[str]) -> list[ReferenceEntry]:
    """The event dated as one the catalog does not know: by the publication date, with its own countries."""
    event.reference_id = None
    event.countries = countries
    event.date = event.date_precision = event.date_basis = event.end_date = None
    if event.published:
        precision = load_undated_precision().get(event.event_type, "day")
        cut = {"day": 10, "month": 7, "year": 4}[precision]
        event.date, event.date_precision, event.date_basis = event.published[:cut], precision, "publication"  # type: ignore[assignment]
    return []


def _catalogued_day_of_its_year(
    event: Event, catalog: ReferenceCatalog, folded: FoldedText | None, context: frozenset[str]
) -> None:
    """An event word named with its year ("the 2017 blockade imposed by Saudi Arabia, the UAE,
    Bahrain and Egypt"), when the catalog knows the event its sentence names in that year,
    takes the catalog's finer date (reference basis) and countries instead of the bare year."""
    bound = None if event.published_estimated else event.published
    found = match_references(
        catalog, event.event_type, event.countries, event.quote, bound, event.language, folded=folded, context=context
    )
    if not found or found[0].date[:4] != event.date or found[0].precision == "year" or found[0].end_date:
        return
    entry = found[0]
    event.date, event.date_precision, event.date_basis = entry.date, entry.precision, "reference"  # type: ignore[assignment]
    event.reference_id = entry.id
    for c in entry.countries:
        if c not in event.countries:
            event.countries.append(c)


def _presupposed_after_another(text: str, group: list[_Candidate]) -> set[int]:
    """The ids of the candidates of a sentence that a noun before them presupposes (`_recalled`:
    "a violation of the ceasefire", "انتهاك اتفاق وقف إطلاق النار") with another candidate's
    word before that noun ("struck a depot ... in response to a violation of the ceasefire")."""
    out: set[int] = set()
    first_end = min(c.trigger[1] for c in group)
    for c in group:
        pattern = load_recalled_by().get(c.event_type)
        if pattern is None or c.trigger[1] == first_end:
            continue
        m = pattern.search(text, max(0, c.trigger[0] - 60), c.trigger[0])
        if m is not None and any(o is not c and o.trigger[1] <= m.start() for o in group):
            out.add(id(c))
    return out


def _recalled(text: str, trigger_start: int, event_type: str) -> bool:
    """Whether the event word is what a noun before it presupposes ("إحياء ذكرى
    معركة", "the anniversary of the war", "violations of the ceasefire"): an
    event of the past, not of the day."""
    pattern = load_recalled_by().get(event_type)
    return pattern is not None and pattern.search(text, max(0, trigger_start - 60), trigger_start) is not None


@lru_cache(maxsize=4)
def load_anniversary_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word counting the time since the event word after it (data/assembly.json
    `anniversary_words`), within three words, ending right before that word."""
    words = load_assembly_rules(path).get("anniversary_words", [])
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"
    return re.compile(r"(?<!\S)[وفبل]?(?:ال|لل)?(?:" + alternatives + r")(?:\s+[^\s.!?؟,،;]+){0,3}\s+$", re.IGNORECASE)


def _dated_by_the_commemoration(event: Event, text: str, trigger_start: int, published: str | None) -> bool:
    """Whether the event is one an anniversary or a count of years recalls ("On the
    anniversary of the massacre, hundreds marched on Saturday", "Two years after the
    bombing, families gathered on Sunday") dated by its sentence to less than a year
    before the publication: that date is the commemoration's, not the old event's."""
    return (
        published is not None
        and event.date is not None
        and event.date_basis in ("explicit", "relative")
        and not _over_a_year_before(event.date, published)
        and load_anniversary_words().search(text, max(0, trigger_start - 60), trigger_start) is not None
    )


@lru_cache(maxsize=4)
def load_toll_nouns(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a noun of a count of the dead (data/assembly.json `toll_nouns`) within
    three words before the event word, ending right before that word."""
    words = load_assembly_rules(path).get("toll_nouns", [])
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"
    return re.compile(
        r"(?<!\S)[وفب]?(?:ال)?(?:" + alternatives + r")(?:\s+(?:from|of|in|the|a|an|في|من|جراء|ال\S+|\S+ال\S+)){0,3}\s+$",
        re.IGNORECASE,
    )


def _dated_by_its_toll(event: Event, text: str, trigger: tuple[int, int], date_span: tuple[int, int] | None) -> bool:
    """Whether the event word is what a count of the dead is from and the sentence's date
    comes after it ("The death toll from a suicide bombing in Baghdad rose to 40 on
    Thursday", "ارتفعت حصيلة ضحايا التفجير إلى 40 قتيلا الخميس"): the day the count rose.
    So is one dated by the publication ("ارتفاع حصيلة الاشتباكات إلى 52 قتيلا", or a toll
    whose day of update was set aside in dating it, `_without_toll_update_dates`): a toll
    is news of an earlier deed."""
    if load_toll_nouns().search(text, max(0, trigger[0] - 50), trigger[0]) is None:
        return False
    if event.date_basis == "publication":
        return True
    return event.date_basis in ("explicit", "relative") and date_span is not None and date_span[0] >= trigger[1]


def _without_toll_days(events: list[Event], tolls: AbstractSet[int]) -> list[Event]:
    """The events dated by the day their toll rose (`_dated_by_its_toll`), left out when the
    article tells an event of the type, in one of their countries, on a day before: that
    one is the event the toll is from, and takes its parties."""
    if not tolls:
        return events
    kept: list[Event] = []
    for ev in events:
        if id(ev) in tolls and ev.date:
            earlier = next(
                (
                    other
                    for other in events
                    if other is not ev
                    and other.event_type == ev.event_type
                    and other.date_precision == "day"
                    and other.date_basis in ("explicit", "relative")
                    and other.date
                    and other.date < ev.date[:10]
                    and set(other.countries) & set(ev.countries)
                ),
                None,
            )
            if earlier is not None:
                earlier.actors = _unique([*earlier.actors, *ev.actors])
                if (
                    earlier.location
                    and ev.location
                    and earlier.location.get("precision") == "country"
                    and ev.location.get("precision") != "country"
                    and earlier.location.get("country") == ev.location.get("country")
                ):
                    earlier.location = ev.location
                continue
        kept.append(ev)
    return kept


@lru_cache(maxsize=4)
def load_reaction_verbs(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a verb of a reaction (data/assembly.json `reaction_verbs`) whose object is
    the event word within six words after it, in its clause, ending right before that word
    (or its preposition: "ندد ... بالهجوم")."""
    words = load_assembly_rules(path).get("reaction_verbs", [])
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"
    return re.compile(
        r"(?<![^\s\"'«“])[وف]?(?:" + alternatives + r")"
        r"(?:\s+(?!(?:that|أن|بأن|إن|ان|بان)\s)[^\s.!?؟;:]+){0,6}\s+[بل]?$",
        re.IGNORECASE,
    )


def _dated_by_its_reaction(
    event: Event, text: str, trigger: tuple[int, int], date_span: list[int] | None, sentence_start: int
) -> bool:
    """Whether the event word is the object of a reaction ("دانت الخارجية العراقية، الجمعة،
    الضربات التركية", "on Friday condemned the Turkish strikes") dated by the reaction's day,
    a day before its word, or by the publication: the deed is an earlier one, retold."""
    if event.date_basis != "publication" and (
        event.date_basis not in ("explicit", "relative") or date_span is None or date_span[1] > trigger[0]
    ):
        return False
    return load_reaction_verbs().search(text, max(sentence_start, trigger[0] - 90), trigger[0]) is not None


def _without_reaction_days(events: list[Event], reactions: AbstractSet[int]) -> list[Event]:
    """The deeds dated by the day of a reaction to them (`_dated_by_its_reaction`), left out
    when the article tells an event of the type, in one of their countries, on a day
    before: that one is the deed reacted to."""
    if not reactions:
        return events
    return [
        ev
        for ev in events
        if id(ev) not in reactions
        or not ev.date
        or not any(
            other is not ev
            and id(other) not in reactions
            and other.event_type == ev.event_type
            and other.date_precision == "day"
            and other.date_basis in ("explicit", "relative")
            and other.date
            and other.date < ev.date[:10]
            and set(other.countries) & set(ev.countries)
            for other in events
        )
    ]


@lru_cache(maxsize=4)
def load_claim_cues(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word by which a group claims the event word named within three words
    after it, in its clause (data/assembly.json `claim_cues`), ending right before that word."""
    words = load_assembly_rules(path).get("claim_cues", [])
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"
    return re.compile(
        r"(?<![^\s\"'«“])[وف]?(?:" + alternatives + r")(?:\s+(?!(?:that|أن|بأن|إن)\s)[^\s.!?؟,،;]+){0,3}\s+$", re.IGNORECASE
    )


def _claimed_before(event: Event, text: str, trigger_start: int, told: list[Event]) -> Event | None:
    """The event told before that a claim names ("Islamic State claimed responsibility for
    the attack on the checkpoint on Sunday", "وتبنى تنظيم داعش الهجوم"): the latest of the
    claimed event's type sharing a country with it, else the first of that type."""
    if not told or load_claim_cues().search(text, max(0, trigger_start - 70), trigger_start) is None:
        return None
    of_type = [ev for ev in told if ev.event_type == event.event_type and ev.quote != event.quote]
    shared = [ev for ev in of_type if set(ev.countries) & set(event.countries)]
    return shared[-1] if shared else (of_type[0] if of_type else None)


# A relative pronoun right before a verb in the past: the clause describes a person or
# thing by what once happened to it ("جيفري، الذي عُيّن ممثلا خاصا", "Jeffrey, who was
# appointed envoy"), background rather than the day's news.
_DESCRIBING = re.compile(
    r"(?:^|\s)[وف]?(?:الذي|التي|الذين|اللذين|اللتين|اللواتي)\s+$|\b(?:who|which)\s+(?:(?:was|were|had been|has been)\s+)?$",
    re.IGNORECASE,
)


def _described_by(text: str, cand: _Candidate) -> bool:
    """Whether the candidate is a verb opening a relative clause (`_DESCRIBING`) that
    describes rather than reports: one in the past, or one in the present that says
    who holds an office ("الحزب الذي يتولى رئاسته كوسرت رسول", "who heads it")."""
    if not (cand.tense == "past" or (cand.tense == "present" and cand.event_type == "appointment")):
        return False
    return _DESCRIBING.search(text, max(0, cand.trigger[0] - 24), cand.trigger[0]) is not None


def _undated(cand: _Candidate, dates: list[TimeMention], text: str, published: str | None) -> bool:
    """Whether only the catalog could keep `_date_event` from dating the candidate
    by the publication: it has a publication date, no catalog entry of its own and
    no usable time expression in its sentence."""
    if not published or cand.reference_id is not None:
        return False
    return not any(not d.recurring and not _is_duration(text, d) for d in dates)


# "in the wake of", "following", "في أعقاب", "عقب": the catalogued event named right after
# is what the sentence's event followed (not "since", which measures a span to now)
_SETTING_CUE = re.compile(
    r"(?<!\S)(?:[وف]?(?:في\s+أعقاب|في\s+اعقاب|بعد|عقب|إثر|اثر|غداة|على\s+إثر)"
    r"|after|following|in\s+the\s+wake\s+of|in\s+the\s+aftermath\s+of)"
    r"(?:\s+(?:the|a|an))?\s+$",
    re.IGNORECASE,
)
_OLD_SETTING_DAYS = 365


def _after_old_setting(text: str, cand: _Candidate, references: Sequence[ReferenceMention], published: str | None) -> bool:
    """Whether the sentence tells its event as what followed a catalogued event more than a
    year before the publication ("في أعقاب محاولة الانقلاب الفاشلة في تركيا اعتقلت
    السلطات ...", "Following the Houthi takeover of Sanaa, Saudi Arabia intervened"): with
    no date of its own, it is background of that time, not the day's news."""
    if not published:
        return False
    s, e = cand.sentence
    return any(
        s <= r.start < e
        and not r.start <= cand.trigger[0] < r.end
        and _SETTING_CUE.search(text, max(s, r.start - 30), r.start) is not None
        and _over_a_year_before(r.end_date or r.date, published)
        for r in references
    )


# "وبموجب الاتفاقية، تمت إقامة قاعدة", "Under the agreement, Turkey set up a base": what
# a deal told before brought about
_UNDER_THE_AGREEMENT = re.compile(
    r"(?<!\S)(?:[وف]?(?:بموجب|بمقتضى|وفق|وفقا\s+ل|تنفيذا\s+ل)\s*(?:ال|لل)?(?:اتفاقية|اتفاقيه|اتفاق|معاهدة|معاهده)"
    r"|(?:under|as\s+part\s+of|in\s+line\s+with|pursuant\s+to)\s+the\s+(?:agreement|deal|accord|treaty))(?!\w)",
    re.IGNORECASE,
)
_AGREEMENT_TYPES = frozenset({"agreement", "ratification"})


def _under_an_old_agreement(text: str, cand: _Candidate, told: Sequence[Event], published: str | None) -> bool:
    """Whether an event with no date of its own is told as done under "the agreement"
    (بموجب الاتفاقية، under the agreement) before it in its sentence, when the
    agreement the article told before dates more than a year before the publication:
    what that deal brought about then, not the day's news."""
    if not published or cand.event_type in _AGREEMENT_TYPES:
        return False
    s, _ = cand.sentence
    if _UNDER_THE_AGREEMENT.search(text, s, cand.trigger[0]) is None:
        return False
    deals = [ev for ev in told if ev.event_type in _AGREEMENT_TYPES and ev.date and ev.date_basis != "publication"]
    return bool(deals) and all(_over_a_year_before(ev.date or "", published) for ev in deals)


def _over_a_year_before(value: str, published: str) -> bool:
    """Whether the first day a YYYY, YYYY-MM or YYYY-MM-DD date covers is more than
    `_OLD_SETTING_DAYS` before the publication (False when either is no date)."""
    try:
        parts = [int(p) for p in value[:10].split("-")]
        first = date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        return (date.fromisoformat(published[:10]) - first).days > _OLD_SETTING_DAYS
    except ValueError:
        return False


def _names_catalogued(cand: _Candidate, folded: FoldedText, catalog: ReferenceCatalog) -> bool:
    """Whether the sentence holds a keyword of a catalogued event of the candidate's
    type (or of a visit, which a hosted meeting becomes): without one, an
    `_undated` candidate is dated by the publication."""
    types = (cand.event_type, "visit") if cand.event_type == "meeting" else (cand.event_type,)
    return any(catalog.names_any(t, folded) for t in types)


# What follows the event word and gives its cause ("air strikes in response to the
# chemical attack on Douma", "غارات ردا على هجوم كيماوي على دوما") names another
# event: its words do not say which catalogued event this one is. (A time setting,
# "entered into force after parliament ratified it", may name this very event.)
_SETTING_AFTER = re.compile(
    r"(?<!\w)[وف]?(?:" + _RESPONSE_AR + r")|(?<!\w)(?:" + _RESPONSE_EN + r")\s",
    re.IGNORECASE,
)


def _without_setting(
    quote: str, cand: _Candidate, folded: FoldedText | None
) -> tuple[str, FoldedText | None]:
    """The sentence (and its fold) with the setting after the event word blanked out,
    and a relative clause set off by a comma after it ("... سنجار، التي تصدت لتنظيم داعش
    الذي اجتاح المنطقة عام 2014", "..., which was seized by ISIS in 2014"): that clause
    describes another noun, and the catalogued event it names is not this one. A clause
    right after the event word's own noun phrase describes the event and is kept."""
    t1 = cand.trigger[1] - cand.sentence[0]
    m = _SETTING_AFTER.search(quote, t1)
    told = quote if m is None else quote[: m.start()] + " " * (len(quote) - m.start())
    pos = t1
    while (aside := _ASIDE_OPEN.search(told, pos)) is not None:
        pos = aside.end()
        if _same_noun_phrase(told[t1 : aside.start()]):
            continue  # "الهجوم الانتحاري، الذي استهدف ...": the event itself
        close = _CLAUSE_BREAK.search(told, pos)
        end = close.start() if close is not None else len(told)
        told = told[: aside.start()] + " " * (end - aside.start()) + told[end:]
        pos = end
    if told is quote:
        return quote, folded
    return told, None


# "agreed Saturday to a ceasefire starting Monday", "هدنة تبدأ اعتبارا من الاثنين": the
# day something takes effect, not the day it was agreed
_ONSET_BEFORE = re.compile(
    r"(?<!\S)(?:starting|beginning|effective|as\s+of|[وف]?(?:اعتبارا|اعتبارًا|ابتداء|ابتداءً|بدءا|بدءًا)\s+من)"
    r"(?:\s+(?:on|from|يوم))?\s+$",
    re.IGNORECASE,
)


def _without_onsets(text: str, dates: list[TimeMention]) -> list[TimeMention]:
    """`dates` less those that say when something takes effect, when another is left."""
    if len(dates) < 2:
        return dates
    kept = [d for d in dates if _ONSET_BEFORE.search(text, max(0, d.start - 25), d.start) is None]
    return kept or dates


def _blanked(quote: str, spans: Sequence[tuple[int, int]]) -> str:
    """`quote` with the stretches `spans` (offsets in it) turned to spaces."""
    for start, end in spans:
        start, end = max(0, start), min(len(quote), end)
        if start < end:
            quote = quote[:start] + " " * (end - start) + quote[end:]
    return quote


_WEEKDAY_LEADS = frozenset({"يوم", "on", "ليوم"})


def _bare_weekday(text: str, span: Sequence[int] | None) -> bool:
    """Whether the time expression at `span` is a weekday alone ("الأحد", "يوم الأحد",
    "on Sunday"), with no word that says which one ("الماضي", "last")."""
    if not span:
        return False
    words = fold_str(text[span[0] : span[1]]).lower().split()
    weekdays = load_calendar().weekdays
    return bool(words) and words[-1].lstrip("وف") in weekdays and all(w in _WEEKDAY_LEADS for w in words[:-1])


@lru_cache(maxsize=4)
def load_present_lead_verbs(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Present verbs that open a sentence and carry a noun event word (data/assembly.json `present_lead_verbs`)."""
    return frozenset(fold_str(w) for w in load_assembly_rules(path).get("present_lead_verbs", ()))


def _told_in_present(text: str, cand: _Candidate) -> bool:
    """Whether an Arabic event is told in the present: by a verb of its own (يزور، يجري) or,
    for a noun, by a present verb that opens its sentence (يؤدي ... اليمين)."""
    if not is_arabic(cand.trigger_text[:1]):
        return False  # an English plural reads as a present verb ("the clashes on Monday")
    if cand.tense == "present":
        return True
    if cand.tense:
        return False
    first = text[cand.sentence[0] : cand.trigger[0]].split()[:1]
    if not first:
        return False
    word = fold_str(first[0]).strip(_EDGE_PUNCTUATION)
    verbs = load_present_lead_verbs()
    return word in verbs or (word[:1] in ("و", "ف") and word[1:] in verbs)


def _days_before(day: str | None, published: str | None) -> int:
    """How many days `day` is before `published` (0 when either is unknown)."""
    try:
        return (date.fromisoformat(published or "") - date.fromisoformat(day or "")).days
    except ValueError:
        return 0


def _after_publication(event: Event) -> bool:
    """Whether the event's date begins after the article was published (at the
    date's own precision: May is not after 9 May)."""
    if not event.date or not event.published or event.published_estimated:
        return False  # an estimated publication date is only a lower bound
    return event.date > event.published[: len(event.date)]


# "ارتفعت حصيلة ضحايا التفجير ... إلى 30 قتيلا", "the death toll from the bombing rose to 30":
# the toll's noun just before the attack's word, and the figure it rose to after it
_TOLL_FIGURE = re.compile(
    r"(?:إلى|الى)\s+(?:نحو\s+|أكثر\s+من\s+|ما\s+لا\s+يقل\s+عن\s+)?[\d٠-٩]|\bto\s+(?:at\s+least\s+|more\s+than\s+|nearly\s+|about\s+)?\d",
    re.IGNORECASE,
)


@lru_cache(maxsize=4)
def load_toll_heads(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a toll's noun (data/assembly.json `toll_nouns`) that ends a stretch of
    text before an attack's word: "حصيلة ضحايا التفجير", "the death toll from the"."""
    words = sorted(set(load_assembly_rules(path).get("toll_nouns", [])), key=len, reverse=True)

    def alternatives(arabic: bool) -> str:
        chosen = [re.escape(w).replace(r"\ ", r"\s+") for w in words if is_arabic(w[:1]) == arabic]
        return "|".join(chosen) or "(?!)"

    return re.compile(
        r"(?:" + alternatives(True) + r")(?:\s+(?:ال)?(?:ضحايا|قتلى|القتلى))?"
        r"(?:\s+(?:جراء|جرّاء|في|من))?\s+\S*$"
        r"|\b(?:" + alternatives(False) + r")\s+(?:from|of|in)\s+(?:the\s+)?(?:\w+'s\s+)?$",
        re.IGNORECASE,
    )


def _without_toll_update_dates(text: str, cand: _Candidate, dates: list[TimeMention]) -> list[TimeMention]:
    """The dates of an attack's sentence without those of a death-toll update that
    names it ("ارتفعت الأحد حصيلة ضحايا التفجير الذي وقع الخميس إلى 30 قتيلا"): the day
    the toll rose, told before the toll's noun or after the figure, is not the attack's;
    a date in the attack's own clause between them is."""
    s = cand.sentence[0]
    before = text[max(s, cand.trigger[0] - 60) : cand.trigger[0]]
    if "حصيل" not in before and "عدد" not in before and "toll" not in before.lower() and "number" not in before.lower():
        return dates
    head = load_toll_heads().search(before)
    if head is None:
        return dates
    head_start = cand.trigger[0] - len(before) + head.start()
    figure = _TOLL_FIGURE.search(text, cand.trigger[1], cand.sentence[1])
    figure_start = figure.start() if figure is not None else cand.sentence[1]
    return [d for d in dates if head_start <= d.start and d.end <= figure_start]


def _date_event(
    event: Event,
    cand: _Candidate,
    dates: list[TimeMention],
    catalog: ReferenceCatalog,
    text: str,
    spans: dict,
    folded: FoldedText | None = None,
    own: tuple[int, int] | None = None,
    context: frozenset[str] = frozenset(),
) -> list[ReferenceEntry]:
    """Date the event from its sentence, the catalog, or the publication date.

    `folded` is the sentence folded and `own` its dating clause, when at hand;
    `context` the countries the article is about (see `_article_countries`).
    Returns the other catalogued events the sentence lists with the one that
    dates it (joiners of a boycott on later days), for the caller to split off.
    """
    if own is None:
        own = _dating_clause(event.quote, cand.sentence[0], cand.trigger)
    # no catalogued event after the publication; an estimated publication date
    # is only a lower bound (the article names events after its latest date)
    bound = None if event.published_estimated else event.published
    # recurring dates, durations and compared ones, dropped once for both uses here; a date compared
    # with ("أعلى مستوى له منذ ديسمبر 2014") is no catalogued event's year either
    compared = [d for d in dates if _compared_since(text, d)] if dates else []
    dates = (
        [d for d in dates if not d.recurring and not _is_duration(text, d) and d not in compared]
        if dates
        else dates
    )
    if dates:
        dates = [d for d in dates if not _figure_compared(text, d, cand.trigger)]
    if dates and event.event_type == "attack":
        dates = _without_toll_update_dates(text, cand, dates)
    in_own = _without_onsets(text, [d for d in dates if d.start < own[1] and own[0] < d.end])
    chosen = _nearest_date(in_own, cand.trigger)
    if chosen is not None and chosen.end <= cand.trigger[0] and _dates_the_saying(text, chosen):
        # "The US military said on Tuesday it had carried out strikes ... on Monday"
        chosen = _nearest_date([d for d in in_own if d.start >= cand.trigger[1]], cand.trigger) or chosen
    if chosen is None and dates:
        chosen = _date_after_aside(event.quote, cand.sentence[0], own, dates)
    if cand.reference_id is not None and chosen is not None:
        entry = catalog.get(cand.reference_id)
        if _new_round(text, cand, chosen, entry):
            event.reference_id = None  # "استؤنفت مشاورات الكويت اليوم": a new round, on its own day
        elif cand.background or (entry is not None and _disagrees(chosen.value, entry.date)):
            # a catalogued event told in passing, or beside a date not its own: the
            # sentence's dates are another event's; the catalog dates this one
            chosen = None
    entry = None
    also: list[ReferenceEntry] = []
    if chosen is None:
        if cand.reference_id is not None:
            entry = catalog.get(cand.reference_id)
        else:
            told, told_folded = _without_setting(event.quote, cand, folded)
            if compared:
                told, told_folded = _blanked(told, [(d.start - cand.sentence[0], d.end - cand.sentence[0]) for d in compared]), None
            entry, *also = (not _is_siege(event) and match_references(
                catalog, event.event_type, event.countries, told, bound, event.language, folded=told_folded,
                context=context,
            )) or [None]
        if bound is not None:
            if entry is not None and entry.date[:10] > bound:
                # an event the catalog knows only later: not that one
                entry, also = None, []
                event.reference_id = None
            also = [a for a in also if a.date[:10] <= bound]
        # a date in a neighbouring clause ("أعلنت موريتانيا، اليوم، قطع علاقاتها")
        # is used when the catalog knows nothing better; one behind a
        # subordinator belongs to another event ("the agreement that they signed in 2001")
        if entry is None and dates:
            wide = _dating_clause(event.quote, cand.sentence[0], cand.trigger, punctuation=False)
            chosen = _nearest_date([d for d in dates if d.start < wide[1] and wide[0] < d.end], cand.trigger)
    if chosen is not None:
        event.date, event.date_precision, event.date_basis = chosen.value, chosen.precision, chosen.basis
        event.end_date = chosen.end_value
        spans["date"] = [chosen.start, chosen.end]
        if entry is None and chosen.precision != "year":
            _same_as_catalogued(event, chosen.value, catalog, folded)
        return []
    if entry is not None:
        event.date, event.date_precision, event.date_basis = entry.date, entry.precision, "reference"  # type: ignore[assignment]
        event.end_date = entry.end_date
        event.reference_id = entry.id
        for c in entry.countries:
            if c not in event.countries:
                event.countries.append(c)
        return also
    if event.published:
        precision = load_undated_precision().get(event.event_type, "day")
        cut = {"day": 10, "month": 7, "year": 4}[precision]
        event.date, event.date_precision, event.date_basis = event.published[:cut], precision, "publication"  # type: ignore[assignment]
    return []


@lru_cache(maxsize=4)
def load_new_round_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """Words that tell a catalogued event's new instance (`new_round_words` of assembly.json:
    استؤنفت، استئناف، جولة جديدة، resumed, a new round of)."""
    words = sorted(load_assembly_rules(path).get("new_round_words", ()), key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(r"(?<![^\W\d_])[وفب]?(?:" + alternatives + r")(?![^\W\d_])", re.IGNORECASE)


def _new_round(text: str, cand: _Candidate, chosen: TimeMention, entry: ReferenceEntry | None) -> bool:
    """Whether a catalogued event's name, dated in its own clause later than the catalog's
    date, is told with a word of resumption or of a new round right beside it ("استؤنفت
    مشاورات الكويت اليوم", "a new round of the Astana talks on Monday"): that is a new
    instance on the sentence's day, not the catalogued one."""
    if entry is None or cand.background or chosen.value is None:
        return False
    n = min(len(chosen.value), len(entry.date))
    if chosen.value[:n] <= entry.date[:n]:
        return False
    lo = max(cand.sentence[0], cand.trigger[0] - 30)
    hi = min(cand.sentence[1], cand.trigger[1] + 25)
    return load_new_round_words().search(text, lo, hi) is not None


def _same_as_catalogued(event: Event, value: str, catalog: ReferenceCatalog, folded: FoldedText | None) -> None:
    """When the sentence dates its event itself and the catalog knows an event it
    names on that very day or month ("أعلنت ثلاث دول خليجية اليوم قطع علاقاتها مع
    قطر", told on 5 June 2017), the event is that one: it takes the entry's id and
    countries (the sentence may not name them all), and keeps its own date."""
    if not catalog.dates_on(event.event_type, value):
        return  # no entry of its type on that day: nothing to look for
    found = match_references(catalog, event.event_type, event.countries, event.quote, None, event.language, folded=folded)
    if not found:
        return
    entry = found[0]
    if not (entry.date.startswith(value) or value.startswith(entry.date)) or entry.end_date:
        return
    event.reference_id = entry.id
    for c in entry.countries:
        if c not in event.countries:
            event.countries.append(c)


@lru_cache(maxsize=4)
def load_location_roles(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], frozenset[str]]:
    """Types located at their target, and CAMEO codes of hosting (data/assembly.json)."""
    data = load_assembly_rules(path)
    return frozenset(data.get("location_at_target", ())), frozenset(data.get("host_cameo", ()))


@lru_cache(maxsize=4)
def load_participles(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for the participles that open a clause about the noun before them
    (data/assembly.json `attributive_participles`), as whole words after a space."""
    words = load_assembly_rules(path).get("attributive_participles", ())
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(r"\s[وف]?(?:" + alternatives + r")(?=\s)", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_venue_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types held somewhere, whose country named after "in" is their venue, not a side
    (data/assembly.json `venue_types`)."""
    return frozenset(load_assembly_rules(path).get("venue_types", ()))


_VENUE_WORDS = frozenset(("in", "at", "في"))


def _without_venues(
    text: str, initiator: list[ActorMention], others: list[ActorMention]
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The parties of talks, a deal or a truce without a state named as where they were held
    ("an agreement reached in Switzerland between the government and the Houthis", "talks in
    Saudi Arabia", "في السعودية"), when another party with a country is named: the venue is
    the event's place (and country), not one of its sides."""

    def venue(a: ActorMention) -> bool:
        if a.kind != "country" or _RELATIVE_NEXT.match(text, a.end):
            return False  # "في مصر التي كانت أول دولة عربية تبرم معاهدة سلام": the clause's side
        i, j = _span_before(text, a.start)
        return fold_str(text[i:j]).lower() in _VENUE_WORDS

    venues = [a for a in (*initiator, *others) if venue(a)]
    if not venues:
        return initiator, others
    rest = [a for a in (*initiator, *others) if a not in venues]
    if not any(a.country or a.members for a in rest):
        return initiator, others
    return [a for a in initiator if a not in venues], [a for a in others if a not in venues]


@lru_cache(maxsize=4)
def load_one_country_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types of one country's own doing, whose parties are those of their clause once it
    names a country (data/assembly.json `one_country_types`)."""
    return frozenset(load_assembly_rules(path).get("one_country_types", ()))


@lru_cache(maxsize=4)
def load_home_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Domestic types placed in the article's own country when their sentence
    names none (data/assembly.json `home_country_types`)."""
    return frozenset(load_assembly_rules(path).get("home_country_types", ()))


# A verbal noun after تم/جرى tells a deed done, as a verb in the past does ("وتم توقيف الصحافي").
_DONE = re.compile(r"(?<!\S)[وف]?(?:تم|تمت|جرى|جرت)(?:\s+(?:كذلك|أيضا|أيضاً))?\s+\Z")


def _at_home(cand: _Candidate, text: str = "") -> bool:
    """Whether an event told in a sentence naming no country takes place in the
    article's country: a strong word of a domestic type (an arrest, a protest),
    or an appointment or an arrest told by a verb in the past ("وعين الفريق أول دوندار قائدا
    للقوات البرية", "وأوقفت السلطات جنينة في فبراير"), not by a noun that may name the power to appoint;
    an arrest noun after تم or جرى ("وتم توقيف الصحافي") is told as done, as by a verb."""
    if cand.weight < STRONG_TRIGGER:
        return cand.event_type == "arrest" and (
            cand.tense == "past"
            or (not cand.tense and _DONE.search(text, max(0, cand.trigger[0] - 20), cand.trigger[0]) is not None)
        )
    return cand.event_type in load_home_types() or (cand.event_type == "appointment" and cand.tense == "past")


def _country_counts(mentions: Mentions, named_from: int = 0) -> dict[str, int]:
    """How often the article's actors and places (from `named_from` on) name each country."""
    counts: dict[str, int] = {}
    for m in (*mentions.actors, *mentions.places):
        if m.country and m.start >= named_from:
            counts[m.country] = counts.get(m.country, 0) + 1
    return counts


def _article_countries(mentions: Mentions) -> frozenset[str]:
    """The countries the article is about: those its names point to at least twice
    and at least half as often as the one named most."""
    counts = _country_counts(mentions)
    if not counts:
        return frozenset()
    most = max(counts.values())
    return frozenset(c for c, n in counts.items() if n >= 2 and 2 * n >= most)


HOME_LEAD = 2  # the article's country is named at least twice as often as any other


def _home_country(mentions: Mentions, named_from: int = 0) -> str | None:
    """The country the article is about: the one its actors and places name most
    (from `named_from` on, after the dateline), when it is named at least twice
    and `HOME_LEAD` times as often as any other."""
    counts = _country_counts(mentions, named_from)
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    first, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    return first if n >= 2 and n >= HOME_LEAD * second else None


@lru_cache(maxsize=4)
def load_war_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types that take place in the article's country when the sentence names neither
    a place nor a target, only the side that struck (data/assembly.json `war_types`)."""
    return frozenset(load_assembly_rules(path).get("war_types", ()))


@lru_cache(maxsize=4)
def load_qualified_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types located by the country that qualifies their event word (data/assembly.json)."""
    return frozenset(load_assembly_rules(path).get("located_by_qualifier", ()))


QUALIFIER_REACH = 30  # characters after the event word: "الانتخابات الرئاسية الأميركية"


def _event_location(
    event: Event,
    initiator: list[ActorMention],
    others: list[ActorMention],
    place: PlaceMention | None,
    gazetteer: Gazetteer,
    trigger: tuple[int, int] = (0, 0),
) -> dict | None:
    """A city or region named in the sentence; for hosting, the host's country;
    for an election, the country that qualifies it ("the Iraqi elections");
    else a country named in the sentence; else the country the roles point to."""
    if place is not None and place.precision != "country":
        return _location(place)
    if event.event_type in load_qualified_types():
        qualifier = next(
            (
                a
                for a in sorted(initiator + others, key=lambda a: a.start)
                if a.country and trigger[1] <= a.start <= trigger[1] + QUALIFIER_REACH
            ),
            None,
        )
        if qualifier is not None:
            return _country_location(qualifier.country, gazetteer)  # type: ignore[arg-type]
    _, host_cameo = load_location_roles()
    if event.cameo in host_cameo and initiator and initiator[0].country:
        return _country_location(initiator[0].country, gazetteer)
    if place is not None:
        recipient = _recipient_country(event, [*initiator, *others], place, trigger)
        return _country_location(recipient, gazetteer) if recipient else _location(place)
    country = _role_country(event, initiator, others)
    return _country_location(country, gazetteer) if country else None


def _recipient_country(
    event: Event, actors: Sequence[ActorMention], place: PlaceMention, trigger: tuple[int, int]
) -> str | None:
    """For an event sent or travelling somewhere (aid, troops, a visitor) whose only place is
    the country of its sender, named before the event word, the country of a party named after
    it ("Saudi Arabia sent humanitarian aid to the Yemeni people", "أرسلت السعودية مساعدات
    إنسانية إلى الشعب اليمني": in Yemen, not in Saudi Arabia)."""
    if event.event_type not in load_destination_types() or place.precision != "country" or place.end > trigger[0]:
        return None
    if not any(a.start <= place.start < a.end and a.country == place.country for a in actors):
        return None
    return next((a.country for a in actors if a.start >= trigger[1] and a.country and a.country != place.country), None)


@lru_cache(maxsize=4)
def load_target_place_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types placed in their target's country (data/assembly.json `target_place_types`)."""
    return frozenset(load_assembly_rules(path).get("target_place_types", ()))


def _place_at_target(
    event: Event,
    text: str,
    initiator: list[ActorMention],
    others: list[ActorMention],
    place: PlaceMention | None,
    gazetteer: Gazetteer,
    spans: dict,
    after: int,
    clause_end: int,
) -> None:
    """Place a sanction of several states in its target's country ("قطعت السعودية والإمارات
    والبحرين ومصر العلاقات مع قطر": Qatar, not the first of the states that cut ties) when
    the sentence names no place but an initiator's country or a capital dealt with ("مع
    الدوحة"). The target is a country named after the event word (`after`) in its clause
    (before `clause_end`) and not listed with the initiators."""
    if place is not None:
        governments = {(a.start, a.end) for a in (*initiator, *others) if a.kind == "country"}
        by_initiator = place.precision == "country" and any(place.start < a.end and a.start < place.end for a in initiator)
        if _locative(text, place) or not (by_initiator or _partner_capital(text, place, governments)):
            return
    sides = set(_countries_of(initiator))
    if initiator:
        sides.update(_countries_of(_list_mates(text, sorted((*initiator, *others), key=lambda a: a.start), initiator[0])))
    if len(sides) < 2:
        return  # one state's measure ("قطعت السعودية علاقاتها مع قطر وأغلقت منافذها") may be told at home
    target = next(
        (a for a in others if a.country and a.country not in sides and after <= a.start and a.end <= clause_end), None
    )
    if target is None or target.country is None:
        return
    event.location = _country_location(target.country, gazetteer)
    spans["location"] = [target.start, target.end]


def _country_location(iso3: str, gazetteer: Gazetteer) -> dict:
    """A country-level location (its point is for zooming, never drawn as the event's place)."""
    info = gazetteer.country(iso3)
    return {
        "name": info.name_en if info else iso3,
        "country": iso3,
        "lat": round(info.lat, 4) if info else None,
        "lon": round(info.lon, 4) if info else None,
        "precision": "country",
    }


def _role_country(event: Event, initiator: list[ActorMention], others: list[ActorMention]) -> str | None:
    """The country the roles point to when the sentence names no place.

    A visit happens at the host's, aid at the recipient's, an attack on the
    attacked side: the target's country; other types at the initiator's.
    """
    at_target, _ = load_location_roles()
    first = initiator[0].country if initiator else None
    target = next((a.country for a in others if a.country), None)
    country = (target or first) if event.event_type in at_target else (first or target)
    return country or (event.countries[0] if event.countries else None)


def _confidence(cand: _Candidate, event: Event, attributed: bool) -> float:
    score = 0.5 * cand.weight + 0.1
    if event.actors:
        score += 0.15
    if len(event.countries) > 1:
        score += 0.05
    if event.date_basis in ("explicit", "relative", "reference"):
        score += 0.15
    if attributed:
        score -= 0.1
    return round(max(0.05, min(0.99, score)), 2)


def _dates_compatible(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None:
        return a.date == b.date
    n = min(len(a.date), len(b.date))
    return a.date[:n] == b.date[:n]


@lru_cache(maxsize=4)
def load_retold_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    return frozenset(load_assembly_rules(path).get("retold_types", ()))


RETOLD_DAYS = 7


def _retold(a: Event, b: Event) -> bool:
    """Whether one of two tellings of a meeting, visit, agreement, deployment, arrest or election (`retold_types`)
    between the same countries has no date of its own and the other gives a day of the week before publication
    ("Sisi met Haftar on Sunday ... Sisi received Haftar in the presence of ..."; "بعد نشر الإمارات قوات في
    سقطرى ... في الثاني من مايو أرسلت الإمارات قوات"): the same event, on that day. Attacks and protests,
    which go on from day to day, are not among them."""
    if a.event_type not in load_retold_types() or not a.published or set(a.countries) != set(b.countries):
        return False
    if (a.cameo == PHONE_CALL) != (b.cameo == PHONE_CALL):
        return False  # a phone call is not the summit told beside it
    undated, dated = (a, b) if a.date_basis == "publication" else (b, a)
    if undated.date_basis != "publication" or dated.date_basis not in ("relative", "explicit"):
        return False
    if dated.date_precision != "day" or not dated.date:
        return False
    try:
        days = (date.fromisoformat(a.published) - date.fromisoformat(dated.date)).days
    except ValueError:
        return False
    return 0 < days <= RETOLD_DAYS


def _better(a: Event, b: Event) -> Event:
    """The more informative of two reports of one event."""

    def rank(e: Event) -> tuple:
        return (
            _BASIS_RANK.get(e.date_basis or "", 0),
            _PRECISION_RANK.get(e.date_precision or "", 0),
            e.confidence,
            -e.spans["quote"][0],
        )

    return a if rank(a) >= rank(b) else b


SYMMETRIC_TYPES = frozenset(
    {"meeting", "agreement", "ceasefire", "relations", "military_exercise", "election", "protest"}
)


def _same_initiator(a: Event, b: Event, initiators: dict[int, set[str]]) -> bool:
    """Two reports can be one event unless both name different initiators."""
    if a.event_type in SYMMETRIC_TYPES:
        return True
    ia, ib = initiators.get(id(a)), initiators.get(id(b))
    if not ia or not ib:
        return True
    return bool(ia & ib)


def _elsewhere(a: Event, b: Event) -> bool:
    """Two reports placed in different countries are different events: a tour is
    several visits. Country-level places count only for visits, whose place is
    their destination."""
    la, lb = a.location, b.location
    if not la or not lb or la.get("country") == lb.get("country"):
        return False
    if a.event_type == "visit":
        return True
    return la.get("precision") != "country" and lb.get("precision") != "country"


def _same_parties(a: Event, b: Event) -> bool:
    """Whether two reports' countries can be one event's: one names all the
    other names, or they share two. Sharing one is not enough between two
    reports of several countries each: an envoy's meetings in Cairo and in
    Amman are two meetings, though the envoy's country is in both."""
    ca, cb = set(a.countries), set(b.countries)
    shared = ca & cb
    if not shared:
        return False
    return len(shared) >= 2 or ca <= cb or cb <= ca


# Types of which each verb in the past tells one more act ("وعين أمس البيرق وزيرا ...
# وعين الفريق دوندار قائدا ..."): two of them in one article are two events.
SEPARATE_ACTS = frozenset({"appointment"})


def _dedupe(
    events: list[Event], initiators: dict[int, set[str]], acts: AbstractSet[int] = frozenset(), unnamed: AbstractSet[int] = frozenset()
) -> list[Event]:
    """Within one article, the same event told twice is one event (`acts`: the ids
    of events told by a verb of their own, see `SEPARATE_ACTS`). `unnamed`: the ids of
    arrests of a count of unnamed people (`_unnamed_crowd`), no events; a later telling
    merged into one goes with it, while one merged into an earlier named arrest is that arrest."""
    unnamed = set(unnamed)
    kept: list[Event] = []
    for ev in events:
        for i, other in enumerate(kept):
            if other.event_type != ev.event_type or not (_dates_compatible(other, ev) or _retold(other, ev)):
                continue
            if (id(ev) in acts or id(other) in acts) and other.quote != ev.quote:
                continue  # an act told by a verb of its own is not another sentence's
            if other.quote == ev.quote and other.spans.get("trigger") != ev.spans.get("trigger") and other.date != ev.date:
                continue  # one sentence's two events of a type on two dates were told apart on purpose
            if not _same_parties(other, ev) or _told_as_another(ev) or _told_as_another(other):
                continue
            if not _same_initiator(other, ev, initiators) or _elsewhere(other, ev):
                continue
            if other.reference_id and ev.reference_id and other.reference_id != ev.reference_id:
                continue
            winner = _better(other, ev)
            loser = ev if winner is other else other
            winner.actors = _unique([*winner.actors, *loser.actors])
            winner.countries = _unique([*winner.countries, *loser.countries])
            winner.sources = [*winner.sources, *loser.sources]
            winner.confidence = round(min(0.99, max(winner.confidence, loser.confidence) + 0.05), 2)
            if winner.location is None or (
                winner.location.get("precision") == "country"
                and loser.location
                and loser.location.get("precision") != "country"
            ):
                winner.location = loser.location
            kept[i] = winner
            if id(other) in unnamed:  # the unnamed arrest told first takes its retelling along
                unnamed.add(id(winner))
            else:
                unnamed.discard(id(winner))
            break
        else:
            kept.append(ev)
    kept = [ev for ev in kept if id(ev) not in unnamed]
    for ev in kept:
        ev.sources = [{"article_id": ev.article_id, "quote": ev.quote}]
    return kept
