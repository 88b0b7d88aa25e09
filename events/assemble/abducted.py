"""An abduction of one person is an arrest (SCHEMA.md: the detention of a named person,
whoever holds him), not an attack: «اختطفت مليشيا عضو المجلس فتحي ...», «اختطفوه»,
"gunmen kidnapped the mayor", «اختطف مسلحون صحفيا», "he was abducted by the rebels". The person is told by a
title of one person right after the abduction word, by a masculine pronoun on the Arabic
verb, or as the singular subject of an English passive. The abductors named after it ("abducted by gunmen", «على يد مسلحين») tell who
held him, no attack of their own. An abduction of a count of people or of unnamed hostages («خطف 36 شخصا»,
"kidnapped dozens of civilians") stays an attack (data/assembly.json `abducted_persons`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from events.assemble.retyping import whole_word_at
from events.assemble.rules import alternation, load_assembly_rules
from events.assemble.text import Mentions
from events.assemble.word_gates import may_name
from events.model import CAMEO_BY_TYPE, TriggerMention
from events.text.gates import anchor_words

_DIACRITICS = re.compile("[\u064b-\u0652\u0640]")
_WINDOW = 80  # characters read after the abduction word, or before it for a passive's subject


@dataclass(frozen=True)
class _Rules:
    ar_word: re.Pattern[str]  # an Arabic abduction word, its verb ending and any pronoun on it
    en_word: re.Pattern[str]
    ar_person: re.Pattern[str]  # a title of one person opening the text after the word
    en_person: re.Pattern[str]
    en_subject: re.Pattern[str]  # a passive's subject ending the text before the word
    anchor: re.Pattern[str]  # any abduction word in a text
    agents: re.Pattern[str]  # the text between an abduction word and a word naming its doers
    subject: re.Pattern[str]  # the text between a word naming the doers and the abduction word


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    rules = load_assembly_rules()["abducted_persons"]
    pronouns = alternation(rules["ar_pronouns"])
    not_between = alternation(rules["en_not_between"])
    counts = alternation(load_assembly_rules()["crowd_counts"]["numbers"], spaced=True)
    # the verb's subject and a time between the verb and its object ("اختطف مسلحون، الاثنين، رئيس")
    ar_skipped = r"(?:[\s،,]+(?!(?:" + counts + r")(?![^\W\d_]))[^\W\d_]+){0," + str(int(rules["ar_between"])) + r"}?"
    capitalised = r"(?-i:[A-Z][\w'-]+)"
    return _Rules(
        ar_word=re.compile(
            r"^[وف]?(?:" + alternation(rules["ar_words"]) + r")(?:وا|ون|تا|ت|ن|ا|و)?(?P<pronoun>" + pronouns + r")?$"
        ),
        en_word=re.compile(r"^(?:" + alternation(rules["en_words"]) + r")", re.IGNORECASE),
        agents=re.compile(r"^\s+(?:" + alternation(rules["agents"], spaced=True) + r")\s+(?:[^\s.,;:،]+\s+){0,2}$", re.IGNORECASE),
        subject=re.compile(r"^\s+(?:[\w'-]+\s+)?$"),
        anchor=re.compile(alternation([*rules["ar_words"], *rules["en_words"]]), re.IGNORECASE),
        ar_person=re.compile(
            # the title indefinite, in the accusative of an object too ("اختطف مسلحون صحفيا فرنسيا")
            r"^" + ar_skipped + r"[\s،,]*(?:ال)?(?:" + alternation(rules["ar_titles"], spaced=True) + r")(?:ا\u064b?)?(?![^\W\d_])"
        ),
        en_person=re.compile(
            r"^\s+(?:of\s+)?(?:(?!(?:" + not_between + r")(?![^\W\d_]))[\w'-]+\s+){0,2}"
            r"(?:" + alternation(rules["en_titles"], spaced=True) + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        en_subject=re.compile(
            r"(?:(?<![^\W\d_])(?:" + alternation(rules["en_subjects"]) + r")|" + capitalised + r")"
            r"\s+(?:was|had\s+been|has\s+been)\s+$",
            re.IGNORECASE,
        ),
    )


def _of_one_person(text: str, trigger: TriggerMention) -> bool:
    """Whether the abduction word `trigger` is of one person, told by a title, a name or a pronoun."""
    rules = _rules()
    start, end = whole_word_at(text, trigger.start, trigger.end)
    word = _DIACRITICS.sub("", text[start:end])
    after = _DIACRITICS.sub("", text[end : end + _WINDOW])
    m = rules.ar_word.match(word)
    if m is not None:
        return m.group("pronoun") is not None or rules.ar_person.match(after) is not None
    if rules.en_word.match(word) is None:
        return False
    if rules.en_person.match(after) is not None:
        return True
    return rules.en_subject.search(text, max(0, start - _WINDOW), start) is not None


@lru_cache(maxsize=1)
def _abduction_anchors() -> tuple[tuple[str, ...], ...]:
    """The abduction words (`ar_words`, `en_words`), as `may_name` looks for them."""
    rules = load_assembly_rules()["abducted_persons"]
    return anchor_words([*rules["ar_words"], *rules["en_words"]])


def abducted_persons(text: str, mentions: Mentions) -> Mentions:
    """The mentions with each abduction of one person told as an arrest, not an attack, and
    without an attack word naming its abductors."""
    rules = _rules()
    # (the words looked for as plain substrings first: the search over the whole article,
    # case-blind and with no letter to start from, costs far more, and most articles lack them)
    if not may_name(text, _abduction_anchors()) or not rules.anchor.search(text):
        return mentions
    arrests = [t for t in mentions.triggers if t.event_type == "attack" and _of_one_person(text, t)]
    if not arrests:
        return mentions
    retyped = {id(t) for t in arrests}
    triggers: list[TriggerMention] = []
    for t in mentions.triggers:
        if id(t) in retyped:
            triggers.append(replace(t, event_type="arrest", cameo=CAMEO_BY_TYPE["arrest"]))
        elif not (
            t.event_type == "attack"
            and any(
                (a.end < t.start <= a.end + _WINDOW and rules.agents.match(text[a.end : t.start]))
                or (t.end < a.start and rules.subject.match(text[t.end : a.start]))
                for a in arrests
            )
        ):
            triggers.append(t)
    return replace(mentions, triggers=triggers)
