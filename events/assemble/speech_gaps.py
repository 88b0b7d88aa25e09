"""What may stand between a speaker's verb of saying and what was said: where it is said and to
whom, and when ("Turkey said in a statement on Sunday that it had sent troops", "told reporters
on Sunday it had", «وقالت وزارة الدفاع الإسبانية في بيان اليوم الأحد إنها أرسلت»). A pronoun that
opens what was said past such a stretch is still the speaker's (data/assembly.json
`speech_gaps`).

An English stretch is made of phrases that each open on a preposition or a word of time (`en_openers`:
in a statement, on Sunday, to reporters) or on a listener (`en_listeners`: reporters, Reuters), each of
at most `en_phrase_words` words after that first one: "said two soldiers were killed when they
came under attack" holds no such phrase, so "they" is not the speaker. An Arabic stretch is at
most `ar_words` words, none of them a complementizer, which would open what was said itself.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules

# the Arabic words that open what was said, with or without a pronoun on them
_AR_COMPLEMENTIZERS = r"(?:[وف]?(?:إن|أن|بأن|ان|بان|لأن)(?:ه|ها|هم|هما|نا)?)"
# English words that open a clause or name its subject: never part of the stretch
_EN_NOT_GAP = r"(?:that|it|they|he|she|we|which|who|and|but|because|when|while|as|if)"


@lru_cache(maxsize=4)
def english_gap(path: Path = ASSEMBLY_RULES) -> str:
    """A regular expression (not compiled) of the English stretch after a verb of saying, ending
    before the comma, the "that" or the pronoun that follows it."""
    rules = load_assembly_rules(path)["speech_gaps"]
    openers = alternation(rules["en_openers"], spaced=True)
    listeners = alternation(rules["en_listeners"], spaced=True)
    words = int(rules["en_phrase_words"])
    word = r"(?!" + _EN_NOT_GAP + r"\b)[\w'’.-]+"
    phrase = r"(?:(?:" + openers + r")\b(?:\s+" + word + r"){0," + str(words) + r"}?|(?:" + listeners + r")\b)"
    return r"(?:,?\s+" + phrase + r")*?"


@lru_cache(maxsize=4)
def arabic_gap(path: Path = ASSEMBLY_RULES) -> str:
    """A regular expression (not compiled) of the Arabic stretch after a speaker, ending before
    the complementizer that opens what was said."""
    words = int(load_assembly_rules(path)["speech_gaps"]["ar_words"])
    word = r"(?!" + _AR_COMPLEMENTIZERS + r"(?![^\s،,.]))[^\s،,.]+"
    return r"[\s،,]*(?:" + word + r"[\s،,]+){0," + str(words) + r"}?"


@lru_cache(maxsize=4)
def _english_speaker_subject(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """After an English verb of saying: the stretch, "that" or none, and a pronoun subject."""
    return re.compile(english_gap(path) + r",?\s+(?:that\s+)?(?:it|they|he|she)\s", re.IGNORECASE)


@lru_cache(maxsize=16)
def english_said_then(words: str, path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """After an English verb of saying: the stretch, "that" or none, and what was said opening
    on `words` (a regular expression: "said on Sunday his country had")."""
    return re.compile(english_gap(path) + r",?\s+(?:that\s+)?(?:" + words + ")", re.IGNORECASE)


@lru_cache(maxsize=4)
def _arabic_speaker_subject(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """After an Arabic speaker: the stretch and a complementizer with a pronoun on it, its
    pronoun as group 1 («في بيان اليوم الأحد إنها»)."""
    return re.compile(arabic_gap(path) + r"(?:إن|أن|بأن|ان|بان)(ه|ها|هم|هما)\s")


# a quotation opened right after the pronoun: the words are quoted as spoken, and the pronoun
# before them is most often the pronoun of the matter («إنه "في تمام الساعة ..."»), not the speaker
_QUOTE_NEXT = re.compile(r"\s*[\"«“']")
_AR_WORD = re.compile(r"[^\s،,.]+")


def pronoun_of_the_speaker(text: str, start: int, trigger_start: int, arabic: bool) -> re.Match[str] | None:
    """The pronoun subject of what a speaker said, when it is the subject of the event word: it
    opens what was said past the stretch after the verb of saying (English, from the verb's end)
    or after the speaker (Arabic, from the speaker's end) ("said in a statement on Sunday that it
    had sent", «قالت الوزارة في بيان إنها أرسلت»); not a pronoun before a quotation. An Arabic
    pronoun more than `ar_near_words` words after the speaker is the event's doer only when the
    event word stands at most `ar_subject_reach` words after it: a pronoun far from both may be
    another deed's doer («أكد ترامب في البيان ذاته أنه يصلي من أجل ... ضحايا اعتداءات طهران»)."""
    pattern = _arabic_speaker_subject() if arabic else _english_speaker_subject()
    m = pattern.match(text, start, trigger_start)
    if m is None or _QUOTE_NEXT.match(text, m.end() - 1):
        return None
    if not arabic:
        return m  # an English clause names the subject of each verb: the pronoun's clause goes on
    rules = load_assembly_rules()["speech_gaps"]
    if len(_AR_WORD.findall(text, start, m.start(1))) - 1 <= int(rules["ar_near_words"]):  # less the complementizer
        return m  # right after the speaker, the pronoun is the speaker's however far the event word
    return m if len(text[m.end() : trigger_start].split()) <= int(rules["ar_subject_reach"]) else None


@lru_cache(maxsize=4)
def arabic_opening(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """After an Arabic speaker: the stretch and a complementizer («، الأحد، إن»)."""
    return re.compile(arabic_gap(path) + r"(?:إن|أن|بأن|ان|بان)\s+")


@lru_cache(maxsize=16)
def english_saying_before(verbs: str, path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for an English verb of saying (the alternation `verbs`) and the stretch after it,
    then perhaps "late"/"early" and "on", at the end of the searched text, which is right before
    the day the saying is dated by ("said in a statement on Sunday")."""
    return re.compile(
        r"(?<!\w)(?:" + verbs + r")" + english_gap(path) + r"\s+(?:(?:late|early)\s+)?(?:on\s+)?$", re.IGNORECASE
    )
