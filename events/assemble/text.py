"""What several assembly steps read in a sentence: words and spans before a
position, clauses, asides, dating clauses, targets and the candidate record.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import pairwise
from operator import attrgetter, itemgetter
from pathlib import Path

from events.actors import load_actors
from events.assemble.after_phrases import phrase_ends_before_the_verb
from events.assemble.agreeing_participles import agrees_from_afar
from events.assemble.baseline_ends import baseline_end
from events.assemble.coincident import _coincident
from events.assemble.hour_words import demonstrative_that, determines_a_time, faces_an_audience, tells_an_hour
from events.assemble.issuing_subjects import issuing_subject
from events.assemble.lasts import _the_last_of
from events.assemble.openers import _opens_on_its_decision
from events.assemble.rules import (
    ASSEMBLY_RULES,
    alternation,
    load_assembly_rules,
    load_destination_words,
    load_pair_anaphors,
    load_participles,
    load_partner_polity_heads,
    load_partner_words,
    load_place_heads,
    load_since_comparisons,
    load_triple_anaphors,
)
from events.assemble.since_subjects import verb_after_since
from events.assemble.support_asides import in_a_support_aside, support_aside_at
from events.assemble.titled_targets import titled_target
from events.assemble.toll_relatives import tells_its_toll
from events.assemble.won_votes import tells_the_vote_won
from events.assemble.word_gates import may_name
from events.model import ActorMention, Event, PlaceMention, ReferenceMention, TimeMention, TriggerMention
from events.places import Gazetteer
from events.temporal import BARE_COUNT_OF_ANOTHER, _hours_around, _loose, load_calendar, since_then_at
from events.text.english_months import MONTH_NAME
from events.text.gates import case_blind_text, gated_compile, may_hold
from events.text.lazy import LazyPattern
from events.text.matching import phrase_key
from events.text.normalize import FoldedText, fold_str, is_arabic

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


_CLITIC_ARTICLE = LazyPattern(r"^(?:[وف]?[بكل]?ال|[وف]?لل|[وف])")


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


_DEMONSTRATIVE = LazyPattern(
    r"(?<!\S)(?:[وف]?(?:هذه|هذا|تلك|ذلك|هذين|هاتين|هؤلاء|[بل](?:هذه|هذا|تلك|هذين|هاتين|هؤلاء))|this|these|that|those|the same)\s+$", re.IGNORECASE
)


# An accusation frames the event it accuses someone of, as reported speech does:
# "وتتهم أنقرة واشنطن باستهدافها", "Damascus accused the coalition of striking".
_ACCUSATION = LazyPattern(
    r"(?<!\S)(?:[وف]?(?:اتهم|اتهمت|اتهموا|اتهما|اتهمتا|يتهم|تتهم|يتهمون|يتهمان|تتهمان|اتهام|اتهامات|(?:ال)?(?:متهم|متهما|متهمة|متهمين|متهمون))"
    r"|accus(?:e|es|ed|ing|ation|ations))(?:\s+\S+){0,8}\s+(?:of\s+|by\s+)?$",
    re.IGNORECASE,
)


# "اتهمها بأنها تزود ...": the charge told as a clause
_CHARGED_THAT = LazyPattern(
    r"(?<!\S)(?:ب[أا]ن(?:ه|ها|هم|هما)?|of\s+having"
    # the part charged in it: "اتهم واشنطن والرياض بالتورط في الاعتداءات", "accused of involvement in the attacks"
    r"|(?:بالتورط|بالضلوع|بالمشاركة|بالتواطؤ)\s+(?:في|ب)|بالوقوف\s+(?:وراء|خلف)"
    r"|of\s+(?:involvement|complicity|a\s+role|taking\s+part)\s+in(?:\s+the)?|of\s+being\s+behind(?:\s+the)?)\s+$",
    re.IGNORECASE,
)


# every word `_ACCUSATION` reads holds one of these (in lower case)
_ACCUSATION_ANCHORS = (("تهم",), ("accus",))


@lru_cache(maxsize=8)
def may_accuse(text: str) -> bool:
    """Whether `text` holds a word of accusation at all: without one, no event word in
    it is the charge of an accusation (asked for each event of one article)."""
    return may_hold(case_blind_text(text), _ACCUSATION_ANCHORS)


def _accused(text: str, sentence_start: int, trigger_start: int) -> bool:
    """Whether the event word is what an accusation charges someone with: the
    word follows the accusation in its clause, marked by ب or "of". A phrase set
    off by a pair of commas (an apposition: "اتهم علي طه، محامي جنينة، الشرطة
    بمحاولة قتل موكله") stays inside the clause."""
    if not may_accuse(text):
        return False
    if not (
        text.startswith("ب", trigger_start)
        or text[max(0, trigger_start - 3) : trigger_start].lower() == "of "
        or _CHARGED_THAT.search(text, max(0, trigger_start - 30), trigger_start) is not None
    ):
        return False
    lo = max(sentence_start, trigger_start - 80)
    m = _ACCUSATION.search(text, lo, trigger_start)
    if m is None:
        return False
    breaks = _CLAUSE_BREAK.findall(text, m.start(), trigger_start)
    return all(b in ",،" for b in breaks) and len(breaks) % 2 == 0


# A sentence that opens on the event word as its definite subject speaks of an
# event already told: "The visit comes after ...", "His visit comes as ...", "وتأتي الزيارة بعد ...", and so does one
# that opens on a verb of comment with the event word as its subject ("وتحمل الزيارة دلالة
# خاصة", "وتكتسب الزيارة أهمية": data/assembly.json `known_subject_verbs`).
_TOLD_BEFORE = LazyPattern(
    r"(?:^|[.!?؟\n]\s*)(?:The|His|Her|Their|[وف]?(?:تأتي|تاتي|يأتي|ياتي|جاءت|جاء"
    + "".join("|" + re.escape(v) for v in load_assembly_rules().get("known_subject_verbs", ()))
    + r"))\s+$"
)


# An Arabic demonstrative determines only a noun with the article ("هذه الغارات", "ذلك
# الاتفاق"); before an Arabic word without it, the event word is a verb and the
# demonstrative the object of what precedes ("وإثر ذلك قطعت اليمن ...": after that, Yemen cut)
_ARABIC_VERB_AFTER = LazyPattern(r"(?![وف]?[بكل]?ال|[وف]?لل)[\u0621-\u064a]")


# a noun of time before English "that": it opens a clause of its own deed ("on the same day that
# gunmen shot dead a minister"), not the relative clause of an event noun ("the offensive that
# toppled Assad") nor a pointer ("that attack")
_TIME_BEFORE_THAT = LazyPattern(r"(?<![\w-])(?:day|night|morning|afternoon|evening|week|month|year|time|moment|hour)\s+\Z", re.IGNORECASE)


def _is_anaphoric(text: str, start: int, past: bool = False) -> bool:
    """True when a demonstrative points the trigger back at an event told before
    ("هذه الغارات", "these strikes"), or when the sentence opens on it as a known
    subject ("The visit comes after ..."). English "that" after a noun of time, before a word
    `past` tells in the past, is a conjunction ("on the same day that gunmen shot dead a
    minister"), no pointer."""
    lo = max(0, start - 20)
    pointer = _DEMONSTRATIVE.search(text, lo, start)
    return (
        (
            pointer is not None
            and not _ARABIC_VERB_AFTER.match(text, start)
            and not (past and pointer.group().strip().lower() == "that" and _TIME_BEFORE_THAT.search(text, max(0, start - 40), pointer.start()))
        )
        # (not a word opening on a name: "The Arab League suspended Syria" tells a deed)
        or (_TOLD_BEFORE.search(text, lo, start) is not None and not text[start : start + 1].isupper())
        or _opens_on_its_decision(text, start)  # "ويأتي قرار فتح المعبر بعد ..."
    )


_PRECISION_RANK = {"day": 3, "month": 2, "year": 1}


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
    # an English participle naming a person by a past deed ("the ousted president"), or a measure named as
    # what is eased or lifted ("easing the blockade of Gaza"): dated by the catalog alone
    epithet: bool = False
    # a weaker word of its type and slot told with a doer of its own (`runners_up`): assembled
    # only when this one yields no event
    runner_up: _Candidate | None = None


_CLAUSE_BREAK = LazyPattern("[،,;؛:()]")
# a comma that separates thousands: "150,000 troops", "7,000 more troops"
_THOUSANDS_COMMA = LazyPattern(r"(?<=\d),(?=\d{3}(?!\d))")


# A comma inside an English list ("Iran's oil, banking and shipping sectors",
# "Saudi Arabia, the UAE, Bahrain and Egypt"): one or two words, then another
# comma or "and"/"or". It joins names; it ends no clause.
# Not before a word that opens a clause of its own (data/assembly.json `clause_openers`:
# ", when he and Erdogan signed 17 agreements and held ...").
_LIST_COMMA = LazyPattern(
    r",\s*(?!(?i:" + "|".join(re.escape(w) for w in sorted(load_assembly_rules()["clause_openers"], key=len, reverse=True)) + r")(?![\w-]))"
    r"(?:the\s+[\w'.-]+(?:\s+[\w'.-]+){0,2}|[\w'.-]+(?:\s+[\w'.-]+)?)(?:\s*,|\s+(?:and|or)\s)"
)


# An Arabic comma before the next noun of a list of plurals ("احتجاجات، واعتصامات، وإضرابات"):
# و and a sound feminine plural, the word alone before the next comma, a preposition or منذ.
# It joins nouns; it ends no clause.
_AR_LIST_COMMA = LazyPattern(r"،\s*و(?:ال)?[^\W\d_a-zA-Z]{3,}ات(?=\s*،|\s+(?:منذ|في|على|ضد|من|و)\s)")


# An English place told with its country set off by commas ("in Lausanne, Switzerland, on April 2",
# "at Sochi, Russia, on Monday"): the comma after the country closes that apposition, not the
# clause, when the clause goes on in lower case (its time, its object).
_PLACE_APPOSITION = LazyPattern(
    r"(?<![\w-])(?:in|at|near|outside)\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2},\s*[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}\s*\Z"
)
_LOWER_NEXT = LazyPattern(r",\s*[a-z]")
_APPOSITION_REACH = 60  # characters before the comma within which the place and its country stand


def _closes_a_place_apposition(text: str, comma: int, start: int) -> bool:
    """Whether the comma at `comma` ends a country told after a place ("in Lausanne, Switzerland, on")."""
    return (
        _LOWER_NEXT.match(text, comma) is not None
        and _PLACE_APPOSITION.search(text, max(start, comma - _APPOSITION_REACH), comma) is not None
    )


@lru_cache(maxsize=4)
def load_name_appositions(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A match at a comma that opens a person's name set off by commas right after a noun, and a
    search, anchored at the end, for the words of such a name before the comma that closes it: in
    English a name of capitalised words after a word in lower case, a word in lower case after it
    ("named his own son, Hussein, crown prince in 2009"); in Arabic a title of data/assembly.json
    `name_appositions.ar_titles` and at most two words, a word after it ("وسمى نجله، الأمير حسين،
    وليا للعهد عام 2009")."""
    titles = alternation(load_assembly_rules(path).get("name_appositions", {}).get("ar_titles", ()))
    en_name = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
    ar_name = r"(?:" + (titles or "(?!)") + r")(?:\s+[^\s,،.;:؛!?()\d]+){1,2}"
    opening = re.compile(
        r"(?<=[a-z])\s*,\s*" + en_name + r"\s*,\s*[a-z]|(?<=[^\W\d_])\s*،\s*" + ar_name + r"\s*،\s*[^\W\d_]"
    )
    closing = re.compile(r"(?<=[a-z]),\s*" + en_name + r"\s*\Z|(?<=[^\W\d_])\s*،\s*" + ar_name + r"\s*\Z")
    return opening, closing


def _in_a_name_apposition(text: str, comma: int, start: int) -> bool:
    """Whether the comma at `comma` opens or closes a person's name set off by commas right after
    the noun it names (`load_name_appositions`): the clause goes on past it."""
    opening, closing = load_name_appositions()
    if opening.match(text, comma) is None:
        found = closing.search(text, max(start, comma - _APPOSITION_REACH), comma)
        if found is None or opening.match(text, found.start()) is None:
            return False
        comma = found.start()
    # the English noun named is a word in lower case ("his own son", not "ambassador to Turkey"),
    # read before `start` too: a clause asked for from the end of its trigger ("sent his prime
    # minister, Hisham Kandil, to Gaza") starts at the opening comma
    before = text[max(0, comma - 30) : comma].split()
    return bool(before) and (not before[-1].isascii() or before[-1][0].islower())


def _clause_breaks(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.group() == "," and _THOUSANDS_COMMA.match(text, m.start()):
            continue  # "having sent 500,000 tonnes of rice": a figure, no clause's end
        if m.group() == "," and _LIST_COMMA.match(text, m.start(), end):
            continue
        if m.group() == "," and _closes_a_place_apposition(text, m.start(), start):
            continue
        if m.group() in ",،" and _in_a_name_apposition(text, m.start(), start):
            continue  # "named his own son, Hussein, crown prince in 2009": one clause
        if m.group() in ",،" and in_a_support_aside(text, m.start(), start):
            continue  # "وتشن القوات، بدعم من التحالف، هجوما على الحديدة منذ يونيو": one clause
        if m.group() == "," and _in_an_age_apposition(text, m.start()):
            continue  # "Hasina, 76, resigned on Monday": the name is the verb's subject
        if m.group() == "،" and _AR_LIST_COMMA.match(text, m.start()):
            continue
        if m.group() in "()" and _SHORT_NAME_IN_BRACKETS.search(text, max(start, m.start() - 12), m.end() + 12):
            continue  # a name's short form: "the Office of Foreign Assets Control (OFAC) imposed"
        yield m


# a person's age set off by commas right after a capitalised name ("Hasina, 76, resigned")
_AGE = LazyPattern(r", \d{1,3},")
_AGE_CLOSED = LazyPattern(r", \d{1,3},\Z")
_NAME_END = LazyPattern(r"(?<![\w'’.-])[A-Z][\w'’.-]*\Z")


def _in_an_age_apposition(text: str, comma: int) -> bool:
    """Whether the comma at `comma` opens or closes an age right after a capitalised name."""
    age = _AGE.match(text, comma) or _AGE_CLOSED.search(text, max(0, comma - 6), comma + 1)
    return age is not None and _NAME_END.search(text, max(0, age.start() - 40), age.start()) is not None


# a short form of a name in brackets: one or two words, no other punctuation ("(OFAC)", "(داعش)")
# (not a news agency's after a dateline: "ISTANBUL (Reuters) -")
_SHORT_NAME_IN_BRACKETS = LazyPattern(r"\((?:[^\W\d_][\w.\-]*)(?: [^\W\d_][\w.\-]*)?\)(?!\s*[-–—])")


@lru_cache(maxsize=64)
def _clause(text: str, sentence: tuple[int, int], trigger: tuple[int, int]) -> tuple[int, int]:
    """The stretch of the sentence around the trigger between clause punctuation.

    Kept for the last few dozen asked (an article's clauses): the steps that weigh one candidate
    against its sentence's others ask for the same clauses again and again."""
    s, e = sentence
    lo = s
    for m in _clause_breaks(text, s, trigger[0]):
        lo = m.end()
    m = next(_clause_breaks(text, trigger[1], e), None)
    return lo, m.start() if m else e


# What may stand between two names of one list: commas, "and", "و" (the latter
# usually written on the next name, which the name's span then holds).
_LIST_GAP = LazyPattern(r"(?:[\s,،]|\band\b|\bthe\b|\bو)*\Z", re.IGNORECASE)


_ASIDE_REACH = 100  # characters of an aside between commas: ", a close ally of Qatar,"


_NAME_TAIL_REACH = 20  # characters of a name after its dictionary part: "Mohammed| bin Salman,"


def _aside_before(
    text: str, actors: list[ActorMention], clause_start: int, kinds: tuple[str, ...] = ("person",)
) -> tuple[ActorMention, int, int] | None:
    """When the clause opens right after an aside set off by commas that follows a person's
    name ("Erdogan, a close ally of Qatar, visited ...", "Mohammed bin Salman, whose relations
    with Qatar soured in 2017, received ...", "أردوغان، حليف قطر الوثيق، زار ..."): (that person,
    where the aside begins, where it ends). `kinds`: the kinds of name so taken up (a body too:
    "the State Duma, the lower house, approved it")."""
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
            if a.kind in kinds
            and a.end <= opening
            and opening - a.end <= _NAME_TAIL_REACH
            and all(ch.isalpha() or ch in " -'" for ch in text[a.end : opening])
        ),
        None,
    )
    return (person, opening, close) if person is not None else None


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

    __slots__ = ("_taken", "items", "starts")

    def __init__(self, items: Sequence) -> None:
        self.items = items
        starts = list(map(_START, items))
        self.starts: list[int] | None = starts if starts == sorted(starts) else None
        # the mentions of each stretch already taken: one sentence's are asked for by
        # many steps and candidates; each caller gets its own copy of the list
        self._taken: dict[tuple[int, int], list] = {}

    def inside(self, start: int, end: int) -> list:
        taken = self._taken.get((start, end))
        if taken is None:
            if self.starts is None:
                taken = _inside(self.items, start, end)
            else:
                lo = bisect.bisect_left(self.starts, start)
                hi = bisect.bisect_right(self.starts, end)
                taken = [m for m in self.items[lo:hi] if m.end <= end]
            self._taken[(start, end)] = taken
        return taken.copy()


def _stable_id(*parts: object) -> str:
    digest = hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()
    return digest[:16]


# Words that give an event's cause: what it responds to ("ردا على", "in response to").
_RESPONSE_AR = r"(?:ردا|رداً|ردًا|رد)\s+على|انتقاما\s+ل"


_RESPONSE_EN = r"in\s+response\s+to|in\s+retaliation\s+for"


# Words that open the charge a sentence or an arrest is for ("بتهمة قتل متظاهرين عام 2011",
# "on charges of"): a date after them dates the deed charged, not the verdict (data/assembly.json).
_CHARGE = "|".join(re.escape(w) for w in sorted(load_assembly_rules()["charge_markers"], key=len, reverse=True))


_CHARGE_WORD = LazyPattern(r"(?:^|\s)[\"'«“(]?(?:" + _CHARGE + r")$")


_SUBORDINATOR_WORDS = (
    r"(?:[وف]?(?:إن|أن|بأن|لأن|ان|بان|في حين|بينما|بعد|قبل|قبيل|عقب|إثر|اثر|منذ|الذي|التي|الذين|اللذين|اللتين|اللواتي|" + _RESPONSE_AR + ")"
    # "where" without a comma before it describes a place by what holds there ("in a country where protests
    # have been banned since 2001"), a clause of its own time; after a comma it goes on with the story
    # ("flew to Cairo, where he met Sisi on Monday"), whose time it shares
    r"|that|which|who|(?<![,،]\s)where|after|before|since|following|" + _RESPONSE_EN + "|" + _CHARGE + r")(?=\s)"
)


# A subordinator after a space, or (`_SUBORDINATOR_FIRST`) as the sentence's first word.
# Two patterns rather than one led by `(?:^|\s)`: a pattern that starts with a
# character class is scanned for much faster.
# "ما إن" (as soon as): إن after ما opens the time of the clause it heads, no clause of saying
_AS_SOON_AS = LazyPattern(r"(?<![^\W\d_])[وف]?ما\s\Z")

_SUBORDINATORS = LazyPattern(r"\s[\"'«“(]?" + _SUBORDINATOR_WORDS)


_SUBORDINATOR_FIRST = LazyPattern(_SUBORDINATOR_WORDS)


_RELATIVE_WORDS = r"[وف]?(?:الذي|التي|الذين|اللذين|اللتين|اللواتي)|which|that"


@lru_cache(maxsize=1)
def occurrence_before() -> re.Pattern[str]:
    """A search, ending where a relative word begins, for في or "in" and a noun of an occurrence
    (data/assembly.json `occurrence_nouns`: "في العملية التي", "in the operation in which"):
    in the clause of an event word, that occurrence is the event word's own."""
    nouns = sorted(load_assembly_rules().get("occurrence_nouns", ()), key=len, reverse=True)
    return re.compile(
        r"(?<!\S)(?:في|فى|خلال|in|during)\s+(?:the\s+)?(?:" + "|".join(map(re.escape, nouns)) + r")"
        r"\s*(?:(?:in|during)\s*)?$",
        re.IGNORECASE,
    )


# an English auxiliary right before a participle: the passive verb of the clause, not a
# participle describing the noun before it ("was signed on Monday" vs "the treaty signed in 1979")
_PASSIVE_AUXILIARY = LazyPattern(r"(?<![\w'])(?:was|were|is|are|been|be|being)\s+\Z", re.IGNORECASE)


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
        if (aside := support_aside_at(quote, m.start(), lo)) is not None:
            # "، بدعم من التحالف الذي تقوده السعودية،": the aside's relative ends no clause of the
            # deed after it, and a deed told after it takes no time from it
            if aside[1] <= t0:
                lo = max(lo, aside[1] + 1)
            continue
        if (
            _counts_back(quote, m)
            or _after_that(quote, m)  # "فرضت عقب ذلك حظرا ... في 29 سبتمبر": the ban's own day
            or tells_an_hour(quote, m)  # "before dawn on Saturday", "بعد ظهر أمس": the clause's own time
            or determines_a_time(quote, m)  # "that same month": a time of the clause
            or demonstrative_that(quote, m)  # "resigned from that post in 1992": no clause of another deed
            or faces_an_audience(quote, m)  # "sworn in before parliament on December 20": a place
            or _counts_from_a_deed_told(quote, m)  # "بعد أيام من الانقلاب": a time the text gives the clause
            or _agentive(quote, m)
            or _AS_SOON_AS.search(quote, max(0, m.start() - 4), m.start() + 1) is not None  # "وما إن أذيع الخبر حتى تدفق"
            or (m.end() <= t0 and _while_in_progress(quote, m))
            # "the first UN convoy since the quake crossed into Syria on Thursday": the phrase ends at the verb
            or (m.start() >= t1 and _ends_at_its_verb(quote, m, lo))
            # "its biggest war games since the Cold War on Thursday": the baseline ends before the deed's time
            or (m.start() >= t1 and baseline_end(quote, lo, m.start(), m.end()) is not None)
            or (
                m.start() >= t1
                # past a comma of thousands: "had massed more than 150,000 troops near the borders since November"
                and next((b for b in _clause_breaks(quote, t1, m.start()) if not _THOUSANDS_COMMA.match(quote, b.start())), None) is None
                and _since_a_date(quote, m, lo, quote[t1 : m.start()])
            )
        ):
            # "أقاله قبل سنتين": two years ago, a time expression of this clause; "من قبل": by;
            # "يشن التحالف عملية عسكرية منذ أواخر مارس 2015": since a date, when this event began
            # (past the commas of a list of event nouns: "demonstrations, strikes and sit-ins since May")
            continue
        if m.end() <= t0:
            if phrase_ends_before_the_verb(quote, m, t0):
                continue  # "seized buildings on Sunday after days of fighting, then signed a deal": Sunday's too
            if _CHARGE_WORD.search(m.group()):
                continue  # the deed charged keeps the arrest's time ("اعتقلت ... يوم الثلاثاء بتهمة الارتباط بمحاولة الانقلاب")
            lo = _after_closed_aside(quote, m, t0)
        elif m.start() >= t1:
            between = quote[t1 : m.start()].strip().strip(",،")
            if _done_before_by(quote, lo, (t0, t1), m) and not _CLAUSE_BREAK.search(between):
                continue  # "وسبق لمتظاهرين أن دخلوا المنطقة الخضراء في 2016": the noun's own deed, in 2016
            if (
                not between
                or _same_noun_phrase(between)
                or _onset_after_its_object(quote, between, m.end())
                # "داهمت الشرطة مخبأ في العملية التي قتل فيها شرطي": the operation is the raid
                or (occurrence_before().search(quote, t1, m.start()) and not _CLAUSE_BREAK.search(between))
            ) and _RELATIVE.fullmatch(m.group().strip()):
                # "the strike that hit on Thursday", "الانتخابات الرئاسية التي أجريت في مارس":
                # the clause tells of the trigger itself
                continue
            if _RELATIVE.fullmatch(m.group().strip()) and tells_its_toll(quote, between, m.end()):
                continue  # "a suicide bombing in Kashmir that killed 40 police on Feb. 14": the bombing's day
            if _RELATIVE.fullmatch(m.group().strip()) and tells_the_vote_won(quote, (t0, t1), between, m.end()):
                continue  # "فازت حماس ... في الانتخابات التي جرت الأربعاء": the vote's day is the win's
            hi = m.start()
            break
    for m in load_participles().finditer(quote, t1, hi):
        if (
            not _same_noun_phrase(quote[t1 : m.start()])
            # "اتفاق لوقف إطلاق النار في جبال النوبة وقع في سويسرا": the place of the noun's phrase between
            and not (_placed_noun_phrase(quote[t1 : m.start()]) and _SIGNING_NEXT.match(quote, m.end()))
            # "A deal between Turkey and Russia was signed on Monday": the passive of the clause's verb
            and not _PASSIVE_AUXILIARY.search(quote, max(0, m.start() - 12), m.start() + 1)
            and not agrees_from_afar(quote, (t0, t1), (m.start() + 1, m.end()))
            # "إذ فرض قانون مقاطعة إسرائيل الصادر عام 1957 حظرا": the document that did it, when issued
            and not issuing_subject(quote, t1, m)
        ):  # "ratified the agreement signed in 2001"
            hi = m.start()
            break
    return lo + offset, hi + offset


def _ends_at_its_verb(quote: str, m: re.Match[str], lo: int) -> bool:
    """Whether the subordinator `m` is since/منذ opening a bare noun of a happening in a compared
    subject, a phrase that ends at the sentence's own verb after it (see `since_subjects`)."""
    word = m.group().strip().lstrip("\"'«“(")
    if word.lstrip("وف").lower() not in _SINCE_WORDS:
        return False
    return verb_after_since(quote, m.end() - len(word), m.end(), lo) is not None


# "سبق لـ" (it happened before that ... had): the name after ل is the doer of the deed
# that the clause of أن after it tells
_DONE_BEFORE_BY = LazyPattern(r"(?:^|\s)[وف]?(?:قد\s+)?سبق\s+$")
_THAT_AR = re.compile(r"\s[وف]?أن$")


def _done_before_by(quote: str, lo: int, trigger: tuple[int, int], m: re.Match[str]) -> bool:
    """Whether the event word, with ل on it, follows سبق and the subordinator `m` is the أن of
    that construction ("وسبق لمتظاهرين من التيار أن اقتحموا المبنى في 2016", protesters had
    stormed the building in 2016): the word names the doers of the deed the أن clause tells,
    so that clause's time is the event's own."""
    t0, t1 = trigger
    return (
        quote[t0:t1].startswith("ل")
        and _DONE_BEFORE_BY.search(quote, lo, t0) is not None
        and _THAT_AR.match(" " + m.group().strip()) is not None
    )


# A relative pronoun right after a comma: it opens an aside about the name before it
# ("Erdogan, who won re-election in May, met ...", "أردوغان، الذي فاز بالانتخابات في مايو، التقى ...")
_ASIDE_RELATIVE = LazyPattern(r"\s*(?:[وف]?(?:الذي|التي|الذين|اللذين|اللتين|اللواتي)|who|which)$")


def _after_closed_aside(quote: str, m: re.Match[str], t0: int) -> int:
    """Where the dating clause of an event word at `t0` starts after the subordinator `m`
    before it: right after it, or, when it opens an aside set off by commas that closes
    before the event word, after the closing comma (the aside's dates are its own verb's)."""
    if m.start() < 1 or quote[m.start() - 1] not in ",،" or not _ASIDE_RELATIVE.match(m.group().lstrip("\"'«“(")):
        return m.end()
    close = _CLAUSE_BREAK.search(quote, m.end(), t0)
    return close.end() if close is not None and close.group() in ",،" else m.end()


_AGO_WORDS = frozenset({"قبل"})


# "بعد" and a bare count of time ("اعتقلت بعد أسبوع"): so long after the time told before
_LATER_WORDS = frozenset({"بعد"})
_LATER_UNITS = frozenset({"day", "week"})


_WORD = re.compile(r"\S+")


# قبل or بعد and a few hours from a deed told before ("بعد ساعات من هذه التصريحات")
_FROM_THAT_WORDS = frozenset({"قبل", "بعد"})


_EDGE_PUNCTUATION = ".,،;؛:!?؟\"'()«»“”"


_COUNT_FILLERS = frozenset(fold_str(w) for w in ("نحو", "حوالي", "زهاء", "قرابة", "أكثر", "أقل", "من"))


_WHILE_WORDS = frozenset({"بينما", "في حين"})


@lru_cache(maxsize=1)
def _progress_auxiliaries() -> frozenset[str]:
    """Arabic auxiliaries of a deed going on in the past (data/assembly.json
    `in_progress.auxiliaries`: كان، كانت، كانوا)."""
    words = load_assembly_rules().get("in_progress", {}).get("auxiliaries", ())
    return frozenset(fold_str(w) for w in words if not w.isascii())


def _while_in_progress(quote: str, m: re.Match[str]) -> bool:
    """Whether the subordinator `m` is بينما or في حين opening a deed going on at the time of the
    clause before it ("أطلق حفتر هجومه في 4 أبريل 2019، بينما كان الأمين العام يزور العاصمة"):
    an auxiliary of the past, the deed in progress then, so the time of that clause is its own."""
    word = m.group().strip().lstrip("\"'«“(")
    if word not in _WHILE_WORDS and word[1:] not in _WHILE_WORDS:
        return False
    following = quote[m.end() : m.end() + 12].split()[:1]
    return bool(following) and fold_str(following[0]) in _progress_auxiliaries()


def _counts_from_a_deed_told(quote: str, m: re.Match[str]) -> bool:
    """Whether the subordinator `m` opens a phrase that puts its clause a few days from a deed
    named again by a definite noun ("بعد أيام من الانقلاب", "days after the coup": the loose
    phrases of `hours_around` in calendar.json), or a few hours after it ("واعتقلت الشرطة
    المهاجم بعد ساعات من الهجوم"): that phrase is the clause's own time, the month or the day of
    that deed. Not one of an indefinite noun ("بعد أيام من هجوم على مسجد"), a deed of its own the
    sentence tells, nor hours before a deed, which may still be to come ("قبل ساعات من الاستفتاء
    المقرر يوم الأحد")."""
    at = m.start() + len(m.group()) - len(m.group().lstrip())
    found = _hours_around()[0].match(quote, at)
    if found is None or found.group("n1") is None:
        return False
    if not _loose(found) and _BEFORE_WORD.match(found.group()):
        return False
    before = quote[found.start() : found.start("n1")]
    return before.endswith("ال") or re.search(r"(?i)\bthe\s+$", before) is not None


# a phrase of hours before a deed ("قبل ساعات من", "hours before the")
_BEFORE_WORD = LazyPattern(r"(?:[وف]?قبل|(?:\w+\s+)?before)(?!\w)", re.IGNORECASE)


# after بعد or قبل, a few hours or minutes from a demonstrative: from the deed told before, named
# again ("بعد ساعات من هذه التصريحات", "بعد ساعات من ذلك"), a time the text gives the clause
_HOURS_POINTED_BACK = LazyPattern(
    r"\s+(?:بضع\s+|عدة\s+)?(?:ساعات|ساعة|ساعتين|دقائق|دقيقة)(?:\s+قليلة)?\s+(?:من|على)\s+"
    r"(?:هذه|هذا|تلك|ذلك|هاتين|هذين)(?![^\W\d_])"
)


# بعد، عقب، إثر or قبل right before a demonstrative standing alone ("وفرضت الحكومة عقب ذلك حظرا
# على الرحلات في 29 سبتمبر": after that; "قبل ذلك بيومين", "بعد ذلك بساعات": so long before or
# after the time told before): an adverb of the clause's order in the story, no clause of another
# deed; not a demonstrative that determines a noun ("عقب ذلك الإعلان")
_ORDER_WORDS = frozenset({"بعد", "عقب", "إثر", "اثر", "قبل"})


_THAT_ALONE = LazyPattern(r"\s+(?:ذلك|ذاك|هذا)(?![^\W\d_])(?!\s+ال)")


def _after_that(quote: str, m: re.Match[str]) -> bool:
    """Whether the subordinator `m` is a word of order before a demonstrative standing alone
    (عقب ذلك، بعد ذلك): the clause goes on past it."""
    word = m.group().strip().lstrip("\"'«“(")
    return (word in _ORDER_WORDS or word[1:] in _ORDER_WORDS) and _THAT_ALONE.match(quote, m.end()) is not None


def _counts_back(quote: str, m: re.Match[str]) -> bool:
    """Whether the subordinator `m` is `قبل` counting time back ("قبل سنتين", "قبل
    ثلاثة أيام", "قبل نحو عام") or `بعد` counting on from the time told before ("اعتقلت بعد
    أسبوع", not "بعد أسبوع من توقيع الاتفاق"): the words after it are a count and a unit of
    the calendar."""
    word = m.group().strip().lstrip("\"'«“(").lstrip("وف")
    if word not in _AGO_WORDS and word not in _LATER_WORDS:
        return False
    if word in _FROM_THAT_WORDS and _HOURS_POINTED_BACK.match(quote, m.end()):
        return True  # "بعد ساعات من هذه التصريحات": so many hours from the deed told before
    calendar = load_calendar()
    for i, found in enumerate(_WORD.finditer(quote[: m.end() + 40], m.end())):
        folded = fold_str(found.group()).strip(_EDGE_PUNCTUATION)
        if i < 4 and folded in calendar.units:
            if word in _AGO_WORDS:
                return True
            # "بعد يومين": so long after the time told before, unless من or على name a deed it counts
            # from; only days and weeks, since "بعد عام 2011" and "بعد شهر رمضان" name a time, not a count
            return calendar.units[folded][0] in _LATER_UNITS and not BARE_COUNT_OF_ANOTHER.match(quote, found.end())
        if i >= 4 or not (folded.isdigit() or folded in calendar.numbers or folded in _COUNT_FILLERS):
            return False
    return False


_SINCE_WORDS = frozenset({"منذ", "since"})


_YEAR = LazyPattern(r"(?:19|20)\d\d")


@lru_cache(maxsize=1)
def _date_words() -> frozenset[str]:
    """The folded words a calendar date may be written with besides numbers: the time
    vocabulary's words (months, each word of `كانون الثاني`, the nouns month and year,
    early/mid/late...), and `of`, `in`."""
    return load_calendar().words | {"of", "in"}


def _since_a_date(quote: str, m: re.Match[str], lo: int = 0, between: str = "") -> bool:
    """Whether the subordinator `m` is `منذ`/`since` opening a calendar date with its year
    ("منذ أواخر مارس/آذار عام 2015", "منذ عام 2015", "since March 2015") or with its month
    or weekday ("منذ السادس من مارس الجاري", "منذ الأحد", "since August 9"): the time the
    clause's own event began, not another clause's event ("منذ تولي منصبه"). Not after a
    comparison in the clause (from `lo`): "the largest protests since 2012" are today's."""
    if m.group().strip().lstrip("وف").lower() not in _SINCE_WORDS:
        return False
    comparisons = load_since_comparisons()
    if any(fold_str(w).strip(_EDGE_PUNCTUATION).lower() in comparisons for w in quote[lo : m.start()].split()):
        return False
    if _past_period(quote, m.end()) or _current_period(quote, m.end()):
        return True
    if since_then_at(quote, m.end()):
        return True  # "have been fighting ... since then": the time told before, when the deed began
    words = _date_words()
    # English: a month with or without its day, the year left out ("since August 9", "since
    # July"), is as good, the latest such day before the publication
    # Arabic: a month or a weekday, the year left out ("منذ الأحد", "منذ السادس من مارس الجاري"),
    # only a few words after the event word (`between`, the words from it to منذ), or after
    # a longer noun phrase with no preposition, its subject or object ("اعتصم رئيس البرلمان
    # وزعيم الحزب ... منذ فجر الاثنين"): further on, after a phrase of a preposition, another
    # doing's ("اقتراب المعركة من المدينة دفع الآلاف للفرار منها منذ الأربعاء")
    if m.group().strip().lower() == "since":
        # a weekday as an Arabic one ("staged a sit-in since Monday")
        months = _latin_months() | (_latin_weekdays() if _within_since_reach(between) else frozenset())
    else:
        months = _arabic_months_and_days() if _within_since_reach(between) else frozenset()
    month_seen = named_month = False
    calendar = load_calendar()
    for word in quote[m.end() : m.end() + 60].split()[:6]:
        # ("مارس/آذار"; "mid-October", "late-2019": a qualifier joined to the month or year)
        for part in re.split(r"[/-]", word):
            folded = fold_str(part).strip(_EDGE_PUNCTUATION).lower()
            if _YEAR.fullmatch(folded):
                return True
            # a month with a word of the past or present ("منذ مايو/أيار الماضي", "منذ مطلع مارس
            # الجاري") is as good as one with its year, however far from the event word
            if named_month and calendar.modifiers.get(folded) in ("past", "current"):
                return True
            named_month = named_month or (folded in calendar.months and not folded.isascii())
            month_seen = month_seen or folded in months
            if folded and not (folded.isdigit() or folded in words):
                return month_seen
    return month_seen


def _past_period(quote: str, at: int) -> bool:
    """Whether the words at `at` name a past month or year relative to the publication
    ("منذ العام الماضي", "منذ مطلع الشهر الماضي", "since last year"): a unit of the calendar's
    periods and a word of the past, side by side, perhaps after a word of its part (مطلع,
    early)."""
    calendar = load_calendar()
    folded = [fold_str(w).strip(_EDGE_PUNCTUATION).lower() for w in quote[at : at + 40].split()[:4]]
    folded = [w for w in folded if w not in calendar.words or w in calendar.period_units or w in calendar.modifiers][:3]
    pairs = pairwise(folded)
    return any(
        (calendar.period_units.get(a) in ("month", "year") and calendar.modifiers.get(b) == "past")
        or (calendar.modifiers.get(a) == "past" and calendar.period_units.get(b) in ("month", "year"))
        for a, b in pairs
    )


def _current_period(quote: str, at: int) -> bool:
    """Whether the words at `at` name the current week or month, or a part of it ("منذ منتصف
    الشهر الجاري", "منذ مطلع الأسبوع", "since early this month", "since the weekend"): a unit of
    a week or a month with a word of the present, side by side, perhaps after a word of its
    part; a week or a weekend with none."""
    calendar = load_calendar()
    folded = [fold_str(w).strip(_EDGE_PUNCTUATION).lower() for w in quote[at : at + 40].split()[:4]]
    folded = [w for w in folded if w not in calendar.words or w in calendar.period_units or w in calendar.modifiers][:2]
    if not folded:
        return False
    units = ("week", "weekend", "month")
    first, second = folded[0], folded[1] if len(folded) > 1 else ""
    if calendar.modifiers.get(first) == "current":
        return calendar.period_units.get(second) in units
    unit = calendar.period_units.get(first)
    if unit not in units:
        return False
    return calendar.modifiers.get(second) == "current" or (unit != "month" and second not in calendar.modifiers)


_SINCE_DAY_REACH = 6  # words at most between an event word and منذ before a date with no year


# prepositions that open a phrase of their own, past which a longer stretch is another doing's
_SINCE_PREPOSITIONS = frozenset(
    (
        *("على", "في", "فى", "من", "إلى", "الى", "عن", "مع", "منها", "منه", "إليها", "عليها", "فيها"),
        *("in", "on", "at", "to", "from", "with", "by", "for", "into", "outside", "near", "after", "over"),
    )
)


def _within_since_reach(between: str) -> bool:
    """Whether منذ after the words `between` (from the event word on) still dates the event
    word when a weekday or a month with no year follows: a few words, or any number that
    hold no preposition (one noun phrase: a long subject or object of the event word)."""
    words = between.split()
    if len(words) <= _SINCE_DAY_REACH:
        return True
    bare = (w.strip(_EDGE_PUNCTUATION).lower() for w in words)
    return not any(w in _SINCE_PREPOSITIONS or (w[:1] in "وف" and w[1:] in _SINCE_PREPOSITIONS) for w in bare)


@lru_cache(maxsize=1)
def _arabic_months_and_days() -> frozenset[str]:
    """The Arabic month and weekday names of the calendar, folded."""
    calendar = load_calendar()
    return frozenset(w for w in (*calendar.months, *calendar.weekdays) if not w.isascii())


@lru_cache(maxsize=1)
def _latin_weekdays() -> frozenset[str]:
    """The English weekday names of the calendar, folded."""
    return frozenset(w for w in load_calendar().weekdays if w.isascii())


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


# a short phrase of place after an Arabic event noun, up to a participle that describes it
# ("اتفاق لوقف إطلاق النار في جبال النوبة وقع في سويسرا"): still the noun's own phrase
_PLACE_OF_THE_PHRASE = LazyPattern(r"\s+(?:في|فى)(?:\s+[^\W\d_]+){1,3}\s*$")


# what follows a perfect of signing rather than of occurring (وقع في سويسرا، وقع عام 2002; not
# وقعت اشتباكات, clashes occurred): a preposition or a time
_SIGNING_NEXT = LazyPattern(r"\s+(?:في|فى|عام|بين|مع|يوم|أمس|خلال|بتاريخ|بالأحرف)(?!\w)")


def _placed_noun_phrase(between: str) -> bool:
    """Whether the words between an Arabic event noun and a participle are the rest of its noun
    phrase (`_same_noun_phrase`) and a short phrase of its place ("للتعاون الأمني في منطقة الخليج")."""
    place = _PLACE_OF_THE_PHRASE.search(between)
    return place is not None and _same_noun_phrase(between[: place.start()])


def _same_noun_phrase(between: str) -> bool:
    """Whether the words between the event word and a participle still belong to the
    event word's noun phrase (`اتفاق المصالحة الموقع`, `اتفاقية التعاون الأمني الموقعة`)."""
    words = between.split()
    return len(words) <= 2 and not any(w.lower() in _PHRASE_BREAKS for w in words)


# an English phrase of the place or target of an event word ("on the capital", "against the
# rebels in the north", "over the river"), and a verb of an event's onset, holding or gathering
# opening a relative clause
_OBJECT_PHRASE = LazyPattern(
    r"(?:on|over|against|in|into|at|near|across)(?:\s+(?!(?:war|wars|conflict|crisis|fighting|uprising|revolution|protests"
    r"|unrest|campaign|offensive|insurgency|clashes)(?![\w-]))[\w'-]+){1,4}",
    re.IGNORECASE,
)
_ONSET_VERB = LazyPattern(
    r"\s*(?:began|begun|started|erupted|broke\s+out|took\s+place|kicked\s+off|(?:was|were)\s+(?:launched|held|staged|convened)"
    r"|brought\s+[^.;:()?!]{1,160}?\s+together)(?![\w-])",
    re.IGNORECASE,
)


# the same in Arabic: a phrase of the parties, topic, place or target after a preposition (بين
# مصر وإثيوبيا حول ملء السد، على مواقع في المدينة), and a verb of an event's onset, holding or gathering
_AR_OBJECT_PHRASE = LazyPattern(
    r"(?:بين|حول|بشأن|بخصوص|على|ضد|في|فى)(?:\s+(?![وف]?(?:الحرب|النزاع|الصراع|الأزمة|الثورة|الانتفاضة|الاحتجاجات"
    r"|المعارك|القتال|الحملة|الاشتباكات|الهجوم)(?!\w))[^\W\d_]+){1,7}"
)
# (not with a pronoun back to a place: "الساحة التي جرت فيها الاحتجاجات" tells of the square;
# nor بدأ before a verb, "began to": "المدينة التي بدأت تستعيد الحياة" tells of the city)
_AR_ONSET_VERB = LazyPattern(r"\s*(?:بدأت?(?!\w)(?!\s+[يت])|انطلقت?|اندلعت?|عقدت?|جرى|جرت|جمعت?)(?!\w)(?!\s+(?:فيها|فيه|بها|به|عليها|عليه)(?!\w))")


def _onset_after_its_object(quote: str, between: str, after: int) -> bool:
    """Whether the words between an event word and a relative word are only a phrase of its
    place, target, topic or parties, and the relative clause opens with a verb of an event's
    onset, holding or gathering ("pressed an offensive on the capital that began in April";
    "talks on the border, which brought the sides together in 2018"; "المفاوضات بين البلدين حول
    المياه، التي انطلقت في مارس"): the clause tells of the event word, which a place, a target or
    a topic does not begin or gather. Not past a noun of another event that could be what began
    ("talks on the war that began in 2011")."""
    if _OBJECT_PHRASE.fullmatch(between) is not None and _ONSET_VERB.match(quote, after) is not None:
        return True
    return _AR_OBJECT_PHRASE.fullmatch(between) is not None and _AR_ONSET_VERB.match(quote, after) is not None


# Relative pronouns: right after the event word, their clause describes that event.
_RELATIVE = LazyPattern(_RELATIVE_WORDS)


_DURATION_CUE = LazyPattern(r"(?<!\S)(?:منذ|since|for)\s*$", re.IGNORECASE)


_DURATION_START = LazyPattern(r"(?:منذ|since|for)\s", re.IGNORECASE)


def _is_duration(text: str, d: TimeMention) -> bool:
    """"منذ عامين" / "for two years": a span of years counted back measures how long
    a state has lasted; it is not the date of an event. A past year named relative to the
    publication ("منذ العام الماضي", "since last year") is when the event began, no span."""
    if d.basis != "relative" or d.precision != "year":
        return False
    if _past_period(_DURATION_START.sub("", d.text, count=1), 0):
        return False
    return bool(_DURATION_START.match(d.text) or _DURATION_CUE.search(text, max(0, d.start - 8), d.start))


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


def _with_preposition_b(mention: ActorMention) -> bool:
    """Whether a country's Arabic name is written with the preposition ب ("بسوريا", "بالعراق",
    "علاقاتها بقطر"): it begins with ب (after و or ف) and none of the country's own Arabic
    names does (بريطانيا, البحرين keep theirs)."""
    if mention.kind != "country":
        return False
    folded = fold_str(mention.text)
    rest = folded[1:] if folded[:1] in ("و", "ف") else folded
    return rest.startswith("ب") and _named_without_b(mention.actor_id)


@lru_cache(maxsize=1024)
def _named_without_b(actor_id: str) -> bool:
    """Whether none of an actor's own Arabic names begins with ب (a known actor only)."""
    entry = load_actors().get(actor_id)
    if entry is None:
        return False
    return not any(phrase_key(n).startswith("ب") for n in (entry.name_ar, *entry.aliases_ar, *entry.context_ar) if n)


def _is_target(text: str, mention: ActorMention) -> bool:
    """True when a preposition or the clitic ل marks the actor as the target (or the
    place: "في باريس"), so that it cannot be the subject; so does the clitic ب on a
    country's name ("في منطقة دير الزور بسوريا", "قطع علاقاتها بقطر")."""
    if _has_target_clitic(mention.text) or _with_preposition_b(mention):
        return True
    i, j = _span_before(text, mention.start)
    if fold_str(text[i:j]) in _TARGET_WORDS:
        return True
    if titled_target(text, mention.start):  # "على المرشد الأعلى الإيراني علي خامنئي": the title's preposition
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


def _locative(text: str, place: ActorMention | PlaceMention) -> bool:
    """Whether a preposition or a noun of places makes the name a place: "in Ankara",
    "إلى أنقرة", "وفي أنقرة", "بالدوحة", "مطار الرياض" (data/assembly.json `place_heads`)."""
    if fold_str(place.text).startswith(("بال", "وبال", "فبال")):
        return True
    i, j = _span_before(text, place.start)
    word = fold_str(text[i:j]).lower()
    # (also after the conjunction و or ف: "وفي القاهرة، التقى ...", "ومن بغداد")
    if word in _TARGET_WORDS or (word[:1] in ("و", "ف") and word[1:] in _TARGET_WORDS):
        return True
    heads = load_place_heads()
    for _ in range(3):  # "وسط", "بوسط", "وبوسط": a head whose own first letter is a clitic's stays whole
        if word in heads:
            return True
        if word[:1] not in ("و", "ف", "ب", "ل"):
            return False
        word = word[1:]
    return False


def _destination(text: str, place: PlaceMention) -> bool:
    """Whether a preposition of destination stands right before the name: "to Qatar", "إلى قطر"."""
    i, j = _span_before(text, place.start)
    return fold_str(text[i:j]).lower() in load_destination_words()


# prepositions that place an event in a country ("battles in Yemen", "معارك في اليمن")
_IN_WORDS = frozenset(fold_str(w) for w in ("في", "داخل", "in", "inside", "across", "throughout"))


def _partner_capital(text: str, place: PlaceMention, governments: AbstractSet[tuple[int, int]]) -> bool:
    """Whether a city that names a government stands after "with", "against" or "between"
    ("خلافاتها مع الرياض", "talks with Tehran"): the state dealt with, not the event's place.
    So is a region that holds a state's name, after such a word and perhaps a noun of a
    polity (`partner_polity_heads`: "مذكرة التفاهم التي وقعتها مع إقليم أرض الصومال")."""
    if place.precision == "country" or not any(place.start <= s and e <= place.end for s, e in governments):
        return False
    if (place.start, place.end) not in governments and place.precision != "region":
        return False
    i, j = _span_before(text, place.start)
    word = fold_str(text[i:j]).strip(_QUOTE_MARKS).lower()
    if not word and place.precision == "region":  # the name in quotes: إقليم "أرض الصومال"
        i, j = _span_before(text, i)
        word = fold_str(text[i:j]).lower()
    if place.precision == "region" and word in load_partner_polity_heads():
        i, j = _span_before(text, i)
        word = fold_str(text[i:j]).lower()
    elif place.precision == "region":
        return False
    return word in load_partner_words()


_QUOTE_MARKS = "\"'«»“”"


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
_LATER_SETTING = LazyPattern(
    r"(?<!\S)(?:after|following|in\s+the\s+wake\s+of|[وف]?(?:بعد|عقب|إثر|اثر|في\s+أعقاب|في\s+اعقاب))\s",
    re.IGNORECASE,
)


# events whose place is that of what they led to ("agreed on Tuesday after a week of talks in Bouznika")
_HELD_WHERE_IT_LED = frozenset({"meeting", "visit"})


def _pair_told_before(sentence: str, events: list[Event], named: bool = False, event_type: str | None = None) -> list[str] | None:
    """The two countries of the event told just before (not a catalogued one
    named in passing), when the sentence names its parties only as "the two
    countries" ("البلدان", "the two sides"), or `named` so by another word. The three
    of "the three navies" are those of the latest event of `event_type` with three, if any
    ("The three navies first held joint drills in 2019", after strikes told by three others)."""
    # the latest event with two parties or more: one told in between with a single
    # country ("The visit is his third to Egypt") names no pair
    # with a third country, its host (the two ministers met in Beijing): the pair is the
    # two others
    before = _latest_with_sides(events)
    if load_triple_anaphors().search(sentence):
        same = next((ev for ev in reversed(events) if ev.event_type == event_type and ev.reference_id is None and len(ev.countries) == 3), None)
        if same is not None:
            return list(same.countries)
        if before is not None and len(before.countries) == 3:
            return list(before.countries)  # "The three sides signed a joint declaration"
    if before is None or not (named or load_pair_anaphors().search(sentence)) or _one_side_at_a_venue(before):
        return None
    host = (before.location or {}).get("country")
    pair = [c for c in before.countries if c != host] if len(before.countries) == 3 else before.countries
    return list(pair) if len(pair) == 2 else None


def _latest_with_sides(events: list[Event]) -> Event | None:
    """The latest event told with two countries or more, not a catalogued one named in passing."""
    return next((ev for ev in reversed(events) if ev.reference_id is None and len(ev.countries) > 1), None)


def _one_side_at_a_venue(event: Event) -> bool:
    """Whether a meeting's two countries are one side, named among its parties, and the land it
    was held in, no party of which took part ("Macron attended a summit of the two unions in
    Brussels"): no two sides. A visit's host is a side, and so is the land of a deal told with no
    party."""
    host = (event.location or {}).get("country")
    if event.event_type != "meeting" or len(event.countries) != 2 or host not in event.countries:
        return False
    actors = load_actors()
    lands = {entry.country for a in event.actors if (entry := actors.get(a)) is not None and entry.country}
    return host not in lands and bool(lands & set(event.countries))


def pair_at_a_venue(sentence: str, events: list[Event]) -> bool:
    """Whether the sentence names its parties only as "the two countries" and the event told just
    before with two countries is one side at a venue abroad (`_one_side_at_a_venue`): the pair is
    not that event's, and a deed of the sentence is the country's the article speaks of."""
    before = _latest_with_sides(events)
    return before is not None and load_pair_anaphors().search(sentence) is not None and _one_side_at_a_venue(before)


def _location(place: PlaceMention) -> dict:
    return {
        "name": place.name,
        "country": place.country,
        "lat": round(place.lat, 4),
        "lon": round(place.lon, 4),
        "precision": place.precision,
    }


_DEFINITE_AR = LazyPattern(r"(?:[وف]?[بكل]?ال|[وف]?لل)\w")


def _tells_of(told: Event, event_type: str) -> bool:
    """Whether an event told already is of `event_type` or one that absorbs it."""
    return told.event_type == event_type or event_type in DOMINATES.get(told.event_type, ())


_RELATIVE_NEXT = LazyPattern(r"\s*(?:" + _RELATIVE.pattern + r")(?!\w)")


# Endings of number and case an Arabic noun changes between tellings (الحوثيون، الحوثيين).
_NOUN_ENDING = LazyPattern(r"(?:ين|ون|ان|ات|ة|ه|ي)$")


def _noun_stem(word: str) -> str:
    return _NOUN_ENDING.sub("", _bare_word(word))


_BARE_ARTICLE = LazyPattern(r"^(?:[وفبلك]?ال|لل|al-)")


def _bare_word(word: str) -> str:
    return _BARE_ARTICLE.sub("", word.lower(), count=1)


# A sentence whose subject is a personal pronoun ("He met ...", "She told ..."), perhaps after a
# fronted time ("On Wednesday she met ...", "Later, he flew to ...")
_PRONOUN_SUBJECT = LazyPattern(r"\s*(?:(?:On|Later|Earlier|Then)\b[^,.;:\n]{0,25}?,?\s+(?=[hs]))?(?:He|She|he|she)\s")


def _sentence_before(sentences: Sequence[tuple[int, int]], start: int) -> tuple[int, int]:
    """The (start, end) of the sentence before the one that begins at `start` (empty if none)."""
    i = bisect.bisect_left(sentences, start, key=itemgetter(0))
    return sentences[i - 1] if i > 0 else (start, start)


def _last_person(actors: Sequence[ActorMention]) -> ActorMention | None:
    """The first person named in a sentence: the subject a pronoun after it takes up."""
    return next((a for a in actors if a.kind == "person"), None)


# "وفي هجوم آخر في العريش", "in another attack": a second event of the type, not the one told before it
_ANOTHER_AFTER = LazyPattern(r"[\u064b-\u0652]*\s+(?:آخر|أخرى|اخرى|ثان|ثانٍ|ثاني|ثانيا|ثانية|جديد|جديدا|جديدة|منفصل|منفصلا|منفصلة)(?![^\W\d_])")


_ANOTHER_BEFORE = LazyPattern(r"(?<![^\W\d_])(?:another|a\s+second|a\s+separate|a\s+new|a\s+fresh)\s+(?:\S+\s+)?$", re.IGNORECASE)


def _another(text: str, trigger: TriggerMention) -> bool:
    """Whether the event word is qualified as another event of its type ("هجوم آخر", "another attack")."""
    if is_arabic(trigger.text[:1]):
        m = _ANOTHER_AFTER.match(text, trigger.end)
        return m is not None and not (m.group().strip() == "آخر" and _the_last_of(text, m.end()))  # "قصف آخر معقل"
    return _ANOTHER_BEFORE.search(text, max(0, trigger.start - 30), trigger.start) is not None


# Arabic spans of time, counted or not: "أسبوع", "ثلاثة أيام", "شهرين"
_TIME_UNITS_AR = "ساعات|ساعة|ساعتين|أيام|ايام|يوم|يوما|يومين|أسبوع|اسبوع|أسابيع|اسابيع|أسبوعين|اسبوعين|شهر|شهرين|أشهر|اشهر|شهور"


# A span of time the event word is measured in may stand between the preposition and
# it ("following 10 days of talks", "after two rounds of negotiations", "بعد عشرة أيام
# من المحادثات"): the event is still the circumstance.
_SPAN_OF_EN = (
    r"(?:\s+(?:\S+\s+)?(?:hours?|days?|weeks?|months?|years?|rounds?|sessions?)\s+of"
    r"(?:\s+(?:the|these|those|its|their))?)?"
)


# The day of the event named between the article and its word ("after the Oct. 20
# presidential election", "since the Sept. 11 attacks"): the words after it are still
# the event's own, counted as when no day stands there. Only after "the": a bare day
# ("after Oct. 20 troops stormed") dates the clause that follows it.
_DAY_OF_EN = (
    r"(?:\s+the\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?(?=\s))?"
)


_SPAN_OF_AR = r"(?:\s+(?:\S+\s+)?(?:" + _TIME_UNITS_AR + r"|جولات|جولة|جولتين)\s+من)?"


# an abbreviation of capital initials, each with its full stop ("U.S.", "U.N.", "U.K."): one word
_INITIALS = r"(?:[A-Z]\.){2,3}"


# A temporal preposition before an event word makes it the circumstance of the
# sentence's event ("after a meeting in Paris, the factions agreed ..."), not the event.
_CIRCUMSTANCE = LazyPattern(
    # "منذ أن سيطرت حماس", "منذ سيطرة حماس": a since-phrase right before the word (not "منذ مساء الأحد قصفا")
    r"(?<!\S)[وف]?منذ(?:\s+(?:أن|ان))?\s+$|"
    # "تتويجا لأسابيع من الاحتجاجات": the deeds a vote or a deal crowned
    r"(?<!\S)(?:[وف]?(?:بعد|عقب|إثر|اثر|قبل|قبيل|خلال|أثناء|اثناء|غداة|رغم|برغم|تتويجا|تتويجاً|تتويجًا|" + _RESPONSE_AR + r")(?:\s+(?:أن|ان|ما))?"
    + _SPAN_OF_AR
    # "في ختام ثلاثة أيام من المحادثات": the talks a deal crowned (not "في ختام القمة", its setting)
    + r"|[وف]?في\s+(?:ختام|نهاية)"
    + _SPAN_OF_AR.removesuffix("?")
    + r"|(?:after|before|during|following|since|despite|in spite of|" + _RESPONSE_EN + r")"
    + _DAY_OF_EN
    + r"(?:\s+(?:a|an|the|this|that|these|those|its|their))?"
    + _SPAN_OF_EN
    + r")"
    # its subject may stand between: "after Turkey sent", "بعد أن أرسلت تركيا", "after a U.S. strike"
    r"(?:\s+(?:" + _INITIALS + r"|[^\s,،.;:؛]+)){0,2}\s+$",
    re.IGNORECASE,
)


def _disagrees(value: str, catalogued: str) -> bool:
    """Whether two dates differ at the coarser of their precisions."""
    n = min(len(value), len(catalogued))
    return value[:n] != catalogued[:n]


# "after setting off two car bombs", "before detonating a bomb": an English clause of a
# gerund after a temporal preposition, with its object's words before the event word
_GERUND_CIRCUMSTANCE = LazyPattern(r"(?<!\S)(?:after|before|while|following)\s+[a-z]+ing(?:\s+[^\s,.;:]+){0,3}\s+$", re.IGNORECASE, compiler=gated_compile)

# "after the State Duma, the lower house, approved it", "بعد أن صادق البرلمان، وهو الغرفة الأولى،":
# the subject after the temporal preposition named again between a pair of commas before the word
_APPOSED_CIRCUMSTANCE = LazyPattern(
    r"(?<!\S)(?:[وف]?(?:بعد|عقب|إثر|اثر|قبل|قبيل|غداة)(?:\s+(?:أن|ان|ما))?|after|before|following)"
    r"(?:\s+[^\s,،.;:؛]+){1,3}\s*[,،](?:\s+[^\s,،.;:؛]+){1,4}\s*[,،]\s+$",
    re.IGNORECASE,
    compiler=gated_compile,
)
_APPOSED_REACH = 80  # characters before the event word searched for `_APPOSED_CIRCUMSTANCE`


# Words of protest at or celebration of the event word right after them (data/assembly.json
# `protested_markers`, `celebrated_markers`; an Arabic ب may be the event word's own): what was
# protested or celebrated is a circumstance.
_PROTESTED = LazyPattern(
    r"(?<!\S)[وف]?(?:"
    + "|".join(
        re.escape(w)
        for w in sorted(
            [*load_assembly_rules()["protested_markers"], *load_assembly_rules().get("celebrated_markers", ())],
            key=len,
            reverse=True,
        )
    )
    + r")\s+(?:the\s+)?$",
    re.IGNORECASE,
    compiler=gated_compile,
)


def _is_circumstance(text: str, start: int) -> bool:
    return (
        _CIRCUMSTANCE.search(text, max(0, start - 40), start) is not None
        or _GERUND_CIRCUMSTANCE.search(text, max(0, start - 50), start) is not None
        or _APPOSED_CIRCUMSTANCE.search(text, max(0, start - _APPOSED_REACH), start) is not None
        or _PROTESTED.search(text, max(0, start - 24), start) is not None
        or _coincident(text, start)
    )


STRONG_TRIGGER = 0.8


# Below this weight a trigger makes an event only with a date or a catalog entry of its own.
WEAK_TRIGGER = 0.5


# a word of the deed after a count of days: no mark of a clause's end in it, but the comma
# that groups the digits of a number ("a day after more than 1,000 Saudi soldiers crossed")
_COUNT_WORD = r"(?:\d{1,3}(?:,\d{3})+(?![\d,])|(?:[A-Z]\.){2,}|[^\s,،.;:؛]+)"  # a figure, "U.S.", a word
# a naming set off by a pair of commas between the deed's doer and its verb ("a day after the State
# Duma, the lower house, approved it", "a day after Hamas, which runs Gaza, fired"): no clause's
# end, as one comma alone would be ("a day after the talks ended, the army struck")
_COUNT_APPOSITION = r"(?:\s*[,،](?:\s+" + _COUNT_WORD + r"){1,4}\s*[,،])?"


# "a day after the two countries signed", "two days after", "بعد يوم من", "بعد يومين من":
# the circumstance came that many days before the sentence's own event.
def days_after_pattern(words: int) -> str:
    """The count of days and a word of after, then at most `words` words of the deed up to the end
    of the stretch searched (and a naming set off by commas, `_COUNT_APPOSITION`, with up to two
    words after it)."""
    return (
        r"(?<!\S)(?:(?P<en>a|one|two|three|four|five|six|seven|\d{1,2})\s+(?:days?|(?P<weeks>weeks?))\s+(?:after|following)"
        r"|[وف]?بعد\s+(?P<ar>يوم|يومين|أسبوع|اسبوع|أسبوعين|اسبوعين)(?:\s+واحد)?\s+(?:من|على)(?:\s+(?:أن|ان))?)"
        r"(?:\s+" + _COUNT_WORD + r"){0," + str(words) + r"}" + _COUNT_APPOSITION + r"(?:\s+" + _COUNT_WORD + r"){0,2}\s+\Z"
    )


_DAYS_AFTER = LazyPattern(days_after_pattern(5), re.IGNORECASE, compiler=gated_compile)


_DAY_COUNTS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "يوم": 1, "يومين": 2,
    "أسبوع": 7, "اسبوع": 7, "أسبوعين": 14, "اسبوعين": 14,
}  # fmt: skip


# "غداة اعتقال هشام": the day after, a word of its own (one day)
_MORROW_BEFORE = LazyPattern(r"(?<!\S)[وف]?غداة(?:\s+[^\s,،.;:؛]+){0,5}\s+\Z")
# every match of `_DAYS_AFTER` holds all the words of one of these (in lower case), of `_MORROW_BEFORE` this one
_DAYS_AFTER_ANCHORS = tuple(
    (unit, word) for unit in ("day", "week") for word in ("after", "following")
) + tuple(("بعد", unit) for unit in ("يوم", "أسبوع", "اسبوع"))
_MORROW_ANCHORS = (("غداة",),)


def days_after(text: str, start: int, end: int) -> re.Match[str] | None:
    """`_DAYS_AFTER` searched in `text[start:end]`, in an article that holds its words."""
    return _DAYS_AFTER.search(text, start, end) if may_name(text, _DAYS_AFTER_ANCHORS) else None


def morrow_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """`_MORROW_BEFORE` searched in `text[start:end]`, in an article that holds its word."""
    return _MORROW_BEFORE.search(text, start, end) if may_name(text, _MORROW_ANCHORS) else None


_DAYS_AFTER_REACH = 90  # characters before the event word: "two days after Lebanese President Joseph Aoun met"


def _days_counted(m: re.Match[str]) -> int | None:
    """The days a `_DAYS_AFTER` match counts ("two days after" 2, "a week after" 7)."""
    count = (m.group("en") or m.group("ar") or "").lower()
    days = int(count) if count.isdigit() else _DAY_COUNTS.get(count)
    return days * 7 if days is not None and m.group("weeks") else days


# "وجاءت الغارة بعد يوم من زيارة ...", "The strike came a day after ...": the sentence opens
# on an event told before, then on how many days after the circumstance it came
_CAME_OPENS = LazyPattern(
    r"\s*(?:[وف]?(?:جاءت|جاء|تأتي|تاتي|يأتي|ياتي)\s+\S+(?:\s+\S+)?|The\s+\S+(?:\s+\S+)?\s+(?:came|comes))\s+\Z",
    re.IGNORECASE,
)


DISTRIBUTIVE_TYPES = frozenset({"meeting", "visit"})


# "the", a possessive word or a name's possessive before a year that names a thing ("the 2011
# uprising", "whose 2011 uprising", "Egypt's 2011 revolution")
YEAR_OWNERS = r"(?:the|its|his|her|their|whose|[A-Z][\w-]*['’]s)"
# (or an article: "brokered a 2008 deal in Doha")
_YEAR_BEFORE_WORD = LazyPattern(r"(?<!\S)(?:" + YEAR_OWNERS + r"|an?)\s+(?:19|20)\d\d\s+(?:[a-z-]+\s+)?\Z", re.IGNORECASE)


_YEAR_AFTER_WORD = LazyPattern(r"\s+(?:عام\s+|العام\s+|سنة\s+)?(?:19|20)\d\d(?!\d)")


# "a Turkish invasion in 1974", "انتفاضة في عام 2011": the year the deed came in, set after its word
_IN_YEAR_AFTER_WORD = LazyPattern(r"\s+(?:in|في)\s+(?:عام\s+|العام\s+|سنة\s+)?(?:19|20)\d\d(?![\d-])", re.IGNORECASE)


def _told_with_its_year(text: str, trigger: tuple[int, int], tense: str) -> bool:
    """Whether the event word is named with its year (`_named_with_its_year`) or, a noun, has the
    year it came in right after it: "a Turkish invasion in 1974", "انتفاضة في عام 2011" (a verb or
    a participle there, "a truce agreed in 1991", tells of the noun it follows)."""
    return _named_with_its_year(text, trigger) or (not tense and _IN_YEAR_AFTER_WORD.match(text, trigger[1]) is not None)


_DAY_OF_MONTH = r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
# "the July 26 coup", "the Feb. 1 military coup", "the 26 July coup": a month and its day before the word
_DAY_BEFORE_WORD = LazyPattern(
    rf"(?<!\S)the\s+(?:{MONTH_NAME}\s+{_DAY_OF_MONTH}|{_DAY_OF_MONTH}\s+{MONTH_NAME})\s+(?:[a-z-]+\s+)?\Z",
    re.IGNORECASE,
)


def _named_with_its_day(text: str, trigger: tuple[int, int]) -> bool:
    """Whether the event word is named with the month and the day it happened, as a known deed
    of the past is: "the July 26 coup", "over the Feb. 1 coup"."""
    return _DAY_BEFORE_WORD.search(text, max(0, trigger[0] - 40), trigger[0]) is not None


def _named_with_its_year(text: str, trigger: tuple[int, int]) -> bool:
    """Whether the event word is named with the year it happened, as a known event of the
    past is: "the 2011 uprising", "the 2013 military coup", "انتفاضة 2011", "ثورة عام 2011"."""
    return (
        _YEAR_BEFORE_WORD.search(text, max(0, trigger[0] - 30), trigger[0]) is not None
        or _YEAR_AFTER_WORD.match(text, trigger[1]) is not None
    )


_OLD_SETTING_DAYS = 365


def _days_since_first_day(value: str, published: str) -> int | None:
    """The days from the first day a YYYY, YYYY-MM or YYYY-MM-DD date covers to the
    publication (None when either is no date)."""
    try:
        parts = [int(p) for p in value[:10].split("-")]
        first = date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        return (date.fromisoformat(published[:10]) - first).days
    except ValueError:
        return None


def _over_a_year_before(value: str, published: str) -> bool:
    """Whether the first day `value` covers is more than `_OLD_SETTING_DAYS` before the
    publication (False when either is no date)."""
    days = _days_since_first_day(value, published)
    return days is not None and days > _OLD_SETTING_DAYS


def _country_counts(mentions: Mentions, named_from: int = 0) -> dict[str, int]:
    """How often the article's actors and places (from `named_from` on) name each country."""
    counts: dict[str, int] = {}
    for m in (*mentions.actors, *mentions.places):
        if m.country and m.start >= named_from:
            counts[m.country] = counts.get(m.country, 0) + 1
    return counts


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


def _dates_compatible(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None:
        return a.date == b.date
    n = min(len(a.date), len(b.date))
    return a.date[:n] == b.date[:n]


RETOLD_DAYS = 7


def undated_and_dated(a: Event, b: Event) -> tuple[Event, Event, int] | None:
    """Of two tellings, the one dated by the publication, the one dated to a day by the text
    (its own words, explicit or relative), and how many days that day lies before the
    publication; None when the two are not so dated."""
    undated, dated = (a, b) if a.date_basis == "publication" else (b, a)
    if undated.date_basis != "publication" or dated.date_basis not in ("relative", "explicit"):
        return None
    if dated.date_precision != "day" or not dated.date or not undated.published:
        return None
    try:
        days = (date.fromisoformat(undated.published[:10]) - date.fromisoformat(dated.date[:10])).days
    except ValueError:
        return None
    return undated, dated, days


def named_people(event: Event) -> set[str]:
    """The persons and bodies an event names among its actors (no country code)."""
    return {x for x in event.actors if not (len(x) == 3 and x.isupper())}


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


def day_of(value: str | None) -> date | None:
    """The day of an ISO date of day precision, else None."""
    try:
        return date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


def event_day(event: Event) -> date | None:
    """The day of an event dated to the day, else None."""
    return day_of(event.date) if event.date_precision == "day" else None


def latest_date_between(dates: Sequence[TimeMention], start: int, end: int) -> TimeMention | None:
    """The last date told within [start, end) that names a time of its own (not a recurring one)."""
    inside = [d for d in dates if start <= d.start and d.end <= end and d.value and not d.recurring]
    return max(inside, key=lambda d: d.start, default=None)


def anchor_date_before(
    dates: Sequence[TimeMention],
    sentence_start: int,
    word_start: int,
    before: tuple[tuple[int, int], Sequence[TimeMention]] | None,
) -> TimeMention | None:
    """The time a phrase told after an event word ("the following year", "over the following
    days") counts from: the latest date before the word in its sentence or, when the sentence
    tells no time before the word at all, the latest of the sentence before (`before`: its span
    and its dates)."""
    d = latest_date_between(dates, sentence_start, word_start)
    if d is None and before is not None and not any(sentence_start <= x.start < word_start for x in dates):
        d = latest_date_between(before[1], *before[0])
    return d


def on_its_own_time(event: Event, time: TimeMention, **changes: object) -> Event:
    """A copy of `event` for a second deed its word tells, on `time`: that date and its span, no
    catalog entry and no sources yet; `changes` set its other fields (its parties, its place)."""
    return replace(
        event,
        date=time.value,
        date_precision=time.precision,
        date_basis=time.basis,
        end_date=None,
        spans={**event.spans, "date": [time.start, time.end]},
        sources=[],
        reference_id=None,
        **changes,
    )

