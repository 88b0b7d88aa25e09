"""A capture or a seizure of one person is an arrest (SCHEMA.md: the detention of a named person,
whoever holds him), not an attack: "U.S. forces have captured Saddam Hussein", "troops seized
the rebel commander", "the former Iraqi leader was seized on Saturday", «أسرت القوات الأمريكية
صدام حسين». Capturing a place, a ship or a count of soldiers stays an attack: "captured
Baghdad", "seized the Galaxy Leader", "captured two soldiers", «أسروا جنديين».

A full name the dictionary does not hold tells a person too, in English: two to four capitalised
words right after the word, then an apposition of a person ("captured Salah Abdeslam, the prime
surviving suspect", "captured Ahmed Abu Khattala, a suspected ringleader", `en_person_nouns`;
a place captured takes one of its own: "captured Shusha, the enclave's second-largest town"),
none of the words a place or a name the article reads, the first no word that opens a place's
name (Jabal, Wadi, Ras) and the last no head of a place (Airport, Base, Province):
`en_name_not_first` and `en_name_not_last` of data/assembly.json.

The person is told by a person of the actor dictionary or a title of one person (the titles of
`abducted_persons` and `captured_persons.en_titles`/`ar_titles` of data/assembly.json) right
after the word, behind at most a few words none of them a preposition, a figure or a word of a
count; or, in English, as the subject of its passive ("Saddam was captured", "the leader was
seized"). A title or a name followed by a possessive ("seized the president's palace", "captured
Saddam's hometown") owns the thing taken, and is no one taken."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from events.assemble.retyping import retyped, whole_word_at
from events.assemble.rules import alternation, load_assembly_rules
from events.assemble.text import Mentions
from events.assemble.word_gates import may_name
from events.model import ActorMention, TriggerMention
from events.text.gates import anchor_words

_DIACRITICS = re.compile("[\u064b-\u0652\u0640]")
# a nickname in quotes inside a full name ('Joaquin "El Chapo" Guzman')
_NICKNAME = r"[\"“][A-Z][\w'’ -]{1,24}[\"”]"
_WINDOW = 80  # characters read after the capture word, or before it for a passive's subject
_POSSESSIVE = re.compile(r"^(?:'s|’s|'|’)(?![^\W\d_])")


@dataclass(frozen=True)
class _Rules:
    ar_word: re.Pattern[str]  # an Arabic capture word, with a conjunction before it
    en_word: re.Pattern[str]
    ar_between: re.Pattern[str]  # the words an Arabic verb's subject and time take before its object
    en_between: re.Pattern[str]  # the words of a determiner, an adjective or a country before the person
    ar_title: re.Pattern[str]  # a title of one person opening the text after the words between
    en_title: re.Pattern[str]
    en_passive: re.Pattern[str]  # the auxiliary of a passive ending the text before the word
    en_subject: re.Pattern[str]  # a title or a pronoun of one person ending the text before the auxiliary
    en_name: re.Pattern[str]  # a run of two to four capitalised words, a full name, opening the text after the word


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    rules = load_assembly_rules()
    own = rules["captured_persons"]
    abducted = rules["abducted_persons"]
    counts = alternation(rules["crowd_counts"]["numbers"], spaced=True)
    not_between = alternation([*abducted["en_not_between"], *own["en_not_between"]])
    ar_titles = alternation([*abducted["ar_titles"], *own["ar_titles"]], spaced=True)
    en_titles = alternation([*abducted["en_titles"], *own["en_titles"]], spaced=True)
    return _Rules(
        ar_word=re.compile(r"^[وف]?(?:" + alternation(own["ar_words"]) + r")$"),
        en_word=re.compile(r"^(?:" + alternation(own["en_words"]) + r")", re.IGNORECASE),
        ar_between=re.compile(
            r"^(?:[\s،,]+(?!(?:" + counts + r")(?![^\W\d_]))[^\W\d_]+){0," + str(int(own["ar_between"])) + r"}[\s،,]*$"
        ),
        en_between=re.compile(
            r"^\s+(?:(?!(?:" + not_between + r")(?![^\W\d_]))(?!\d)[\w'’-]+\s+){0," + str(int(own["en_between"])) + r"}$",
            re.IGNORECASE,
        ),
        ar_title=re.compile(r"(?:ال)?(?:" + ar_titles + r")(?![^\W\d_])"),
        en_title=re.compile(r"(?:" + en_titles + r")(?![^\W\d_])", re.IGNORECASE),
        en_passive=re.compile(
            r"\s(?:was|has\s+been|had\s+been)\s+(?:(?:" + alternation(own["en_adverbs"]) + r")\s+)?$", re.IGNORECASE
        ),
        en_subject=re.compile(r"(?<![^\W\d_])(?:" + en_titles + r"|he|she)\s*$", re.IGNORECASE),
        en_name=re.compile(
            r"\s+(?-i:(?!(?:" + alternation(own["en_name_not_first"]) + r")(?![\w'’-]))"
            r"((?:[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*\s+(?:" + _NICKNAME + r"\s+)?){1,3}"
            r"(?!(?:" + alternation(own["en_name_not_last"]) + r")(?![\w'’-]))[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*))"
            r"(?![\w'’-])(?-i:(?!\s+[A-Z]))(?!'s|’s)"
            # then an apposition that tells a person: "who", or a noun of one ("a suspected ringleader")
            r"\s*,\s+(?:who(?![\w'’-])|(?:a|an|the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,5}?(?:"
            + alternation(own["en_person_nouns"])
            + r")(?![\w'’-]))",
            re.IGNORECASE,
        ),
    )


def _owns_nothing(text: str, end: int) -> bool:
    """Whether the name or title ending at `end` is no possessor ("the president's palace")."""
    return _POSSESSIVE.match(text[end : end + 3]) is None


def _title_after(after: str, between: re.Pattern[str], title: re.Pattern[str]) -> bool:
    """Whether a title of one person opens `after` (the text after the word), behind the words
    `between` allows; a capitalised English title only before a name ("President Mohamed
    Bazoum", not "the Galaxy Leader")."""
    for m in title.finditer(after):
        if between.match(after[: m.start()]) is None:
            continue
        if not _owns_nothing(after, m.end()):
            return False
        word = m.group(0)
        return not (word[:1].isupper() and word[:1].isascii() and re.match(r"\s+[A-Z]", after[m.end() :]) is None)
    return False


def _person_after(text: str, at: int, actors: list[ActorMention], between: re.Pattern[str]) -> bool:
    """Whether a person of the actor dictionary follows `at`, behind the words `between` allows."""
    for a in actors:
        if a.kind == "person" and at <= a.start <= at + _WINDOW and between.match(text[at : a.start]) is not None:
            return _owns_nothing(text, a.end)
    return False


def _full_name_after(text: str, end: int, mentions: Mentions) -> bool:
    """Whether a full name no place and no name of the article covers opens the text after the
    English capture word ending at `end` ("captured Salah Abdeslam, the prime surviving suspect")."""
    m = _rules().en_name.match(text, end)
    if m is None:
        return False
    start, stop = m.span(1)
    return not any(n.start < stop and start < n.end for n in [*mentions.places, *mentions.actors])


# the one capitalised word before the passive's auxiliary: its subject, perhaps a family name
_SURNAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*)\s*$")


def _surname_subject(text: str, start: int, mentions: Mentions) -> bool:
    """Whether the English capture word at `start` is a passive whose subject is the family name
    of a full name told before it in the article, no place and no name the article reads ("Mexican
    marines captured Joaquin "El Chapo" Guzman ... Guzman was first captured in Guatemala in 1993")."""
    aux = _rules().en_passive.search(text, max(0, start - _WINDOW), start)
    if aux is None:
        return False
    word = _SURNAME_BEFORE.search(text, max(0, aux.start() - 40), aux.start() + 1)
    if word is None:
        return False
    surname = word.group(1)
    full = re.compile(
        r"(?<![\w'’-])[A-Z][a-z'’]+(?:\s+" + _NICKNAME + r")?(?:\s+[A-Z][a-z'’]+){0,2}\s+"
        + re.escape(surname)
        + r"(?![\w'’-])"
    )
    not_first = _not_first_words()
    for m in full.finditer(text, 0, word.start(1)):
        if m.group().split()[0] in not_first:
            continue  # "Camp Bastion", "Sheikh Maqsoud", "In Soledar": a place, or a preposition
        if not any(n.start < m.end() and m.start() < n.end for n in [*mentions.places, *mentions.actors]):
            return True
    return False


@lru_cache(maxsize=1)
def _not_first_words() -> frozenset[str]:
    """The words no given name is (`en_name_not_first`: Camp, Sheikh, Wadi, and a capitalised
    preposition or article opening a sentence: In, At, A)."""
    return frozenset(load_assembly_rules()["captured_persons"]["en_name_not_first"])


# "and" closing the text before a second participle that shares the auxiliary of the first
_AND_BEFORE = re.compile(r"\sand\s+$", re.IGNORECASE)
# a word after the participle that tells a passive, not a verb with an object: its agent, a place or a time
_PASSIVE_NEXT = re.compile(r"\s+(?:by|in|on|near|at|alive|without|during|after)(?![\w'’-])", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?;](?=\s)|\n")
# an auxiliary and a participle: the first verb of a passive, its auxiliary shared with a second one
_FIRST_PASSIVE = re.compile(r"\s(?:was|has\s+been|had\s+been)\s+[a-z]+ed(?![\w'’-])", re.IGNORECASE)
_AUXILIARY = re.compile(r"\s(?:was|has\s+been|had\s+been)\s+", re.IGNORECASE)
# between the two participles: another auxiliary, a comma or a conjunction of contrast opens a
# clause of its own, with a subject of its own ("was ousted in April, but his loyalists regrouped")
_OTHER_CLAUSE = re.compile(r"\s(?:was|were|is|are|has|have|had|but|while|whereas|although|though|yet)\s|[,;:]", re.IGNORECASE)


def _shared_auxiliary(text: str, start: int, end: int) -> re.Match[str] | None:
    """The auxiliary of a first passive that the participle at `start` shares after "and"
    ("Saddam was toppled by the invasion in 2003 and captured by U.S. troops"), in its
    sentence, with no other auxiliary, comma or conjunction of contrast between; None when the
    word tells no such passive."""
    lo = max(0, start - 2 * _WINDOW)
    if _AND_BEFORE.search(text, lo, start) is None or _PASSIVE_NEXT.match(text, end) is None:
        return None
    stop = max((m.end() for m in _SENTENCE_BREAK.finditer(text, lo, start)), default=lo)
    first = max(_FIRST_PASSIVE.finditer(text, max(0, stop - 1), start), key=lambda m: m.start(), default=None)
    if first is None or _OTHER_CLAUSE.search(text, first.end(), start):
        return None
    return _AUXILIARY.match(text, first.start())


# a name of capitalised words, then the comma that opens an apposition right before the word
_APPOSED_NAME = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s*,\s*$")


def _apposed_person(text: str, start: int, end: int, actors: list[ActorMention]) -> bool:
    """Whether the English participle at `start`-`end` opens, after a comma, an apposition to one
    person named right before it: a person of the dictionary, or a name after a title ("Resistance
    leader Xanana Gusmao, captured by Indonesian troops in 1992, was freed"), its agent, place or
    time after it."""
    if _PASSIVE_NEXT.match(text, end) is None:
        return False
    name = _APPOSED_NAME.search(text, max(0, start - _WINDOW), start)
    if name is None:
        return False
    if any(a.kind == "person" and a.end == name.end(1) for a in actors):
        return True
    return _rules().en_subject.search(text, max(0, name.start(1) - _WINDOW), name.start(1)) is not None


def _subject_before(text: str, start: int, actors: list[ActorMention], end: int | None = None) -> bool:
    """Whether the English word at `start` is a passive whose subject is one person, its
    auxiliary right before it or shared with a first passive before "and", or an apposition to
    one person (`_apposed_person`)."""
    rules = _rules()
    aux = rules.en_passive.search(text, max(0, start - _WINDOW), start)
    if aux is None and end is not None:
        aux = _shared_auxiliary(text, start, end)
    if aux is None:
        return end is not None and _apposed_person(text, start, end, actors)
    if rules.en_subject.search(text, max(0, aux.start() - _WINDOW), aux.start() + 1) is not None:
        return True
    return any(a.kind == "person" and text[a.end : aux.start() + 1].strip() == "" for a in actors)


def _of_one_person(text: str, trigger: TriggerMention, actors: list[ActorMention], mentions: Mentions) -> bool:
    """Whether the capture word `trigger` is of one person, told by a name, a title or a passive."""
    rules = _rules()
    start, end = whole_word_at(text, trigger.start, trigger.end)
    word = _DIACRITICS.sub("", text[start:end])
    if rules.ar_word.match(word) is not None:
        return _person_after(text, end, actors, rules.ar_between) or _title_after(
            _DIACRITICS.sub("", text[end : end + _WINDOW]), rules.ar_between, rules.ar_title
        )
    if rules.en_word.match(word) is None:
        return False
    return (
        _person_after(text, end, actors, rules.en_between)
        or _title_after(text[end : end + _WINDOW], rules.en_between, rules.en_title)
        or _subject_before(text, start, actors, end)
        or _full_name_after(text, end, mentions)
        or _surname_subject(text, start, mentions)
    )


@lru_cache(maxsize=1)
def _capture_anchors() -> tuple[tuple[str, ...], ...]:
    """The capture words (`ar_words`, `en_words`), as `may_name` looks for them."""
    rules = load_assembly_rules()["captured_persons"]
    return anchor_words([*rules["ar_words"], *rules["en_words"]])


def captured_persons(text: str, mentions: Mentions) -> Mentions:
    """The mentions with each capture of one person told as an arrest, not an attack."""
    if not may_name(text, _capture_anchors()):
        return mentions
    actors = sorted(mentions.actors, key=lambda a: a.start)
    captures = {
        id(t) for t in mentions.triggers if t.event_type == "attack" and _of_one_person(text, t, actors, mentions)
    }
    # the capture of one person is as sure an arrest as "arrested" is (`arrest_weight`)
    return retyped(mentions, captures, "arrest", float(load_assembly_rules()["captured_persons"]["arrest_weight"]))
