"""Event words that tell no event of a day: a state of affairs told with its length in years
("وتغلق مصر المعبر منذ عدة سنوات", "Israel has imposed a blockade for more than a decade"),
an attack in words ("وطأة الهجوم على حماس في وسائل إعلام مصرية", "a scathing attack"), and what
a speaker says, in the simple present, it does as a rule ("The Houthis say they target ships")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import TimeMention
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

# characters read after the event word for the span of years or the words of an attack in words
_SPAN_REACH = 220
_PHRASE_WORDS = 6  # words after an attack's word within which a phrase of speech or the media is read
_CAMPAIGN_REACH = 50  # characters after a verb of launching within which its campaigns are counted
_COUNT_REACH = 12  # characters before a campaign's noun within which its count is read
_STATE_REACH = 40  # characters before an event word within which a verb of undergoing is read
_NOUN_REACH = 4  # words after a verb of launching within which an adjective and an attack's noun are read
# an Arabic word with the prefix of the present, after a conjunction (وتغلق، تفرض، ويقدم)
_PRESENT = LazyPattern(r"^[وف]?[يتن]\w{2,}$")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_PUNCT = LazyPattern(r"[،,;؛:.!?؟()\"«»]")


def _alternation(words: list[str]) -> str:
    return alternation(fold_str(w).lower() for w in words)


@dataclass(frozen=True)
class _SpanStates:
    ar_span: re.Pattern[str]  # منذ + quantifiers + a number + a unit of years, over folded text
    en_span: re.Pattern[str]  # for + ... + years, over lower-cased text
    en_perfect: re.Pattern[str]
    past_years: re.Pattern[str]  # خلال السنوات الست الماضية, over the past three years
    relative: re.Pattern[str]  # the words between an event word and the verb of its relative clause


@lru_cache(maxsize=4)
def load_span_states(path: Path = ASSEMBLY_RULES) -> _SpanStates:
    """The patterns of a span of years (data/assembly.json `span_states`)."""
    rules = load_assembly_rules(path)["span_states"]
    quantity = (
        r"(?:(?:" + _alternation(rules["quantifiers"]) + r")\s+){0,3}"
        r"(?:(?:\d+|" + _alternation(rules["numbers"]) + r")\s+)?"
        r"(?:" + _alternation(rules["units"]) + r")(?!\w)"
    )
    ar = re.compile(r"(?<!\w)[وف]?(?:" + _alternation(rules["since"]) + r")\s+" + quantity)
    en = re.compile(r"(?<!\w)(?:" + _alternation(rules["en_since"]) + r")\s+" + quantity)
    perfect = re.compile(r"(?<!\w)(?:" + _alternation(rules["en_perfect"]) + r")(?!\w)")
    number = r"(?:\d+|(?:ال)?(?:" + _alternation(rules["numbers"]) + r"))"
    unit = r"(?:ال)?(?:" + _alternation(rules["units"]) + r")"
    past_years = re.compile(
        r"(?<!\w)[وف]?(?:"
        + _alternation(rules["past_prepositions"])
        + r")\s+(?:"
        + unit
        + r"(?:\s+"
        + number
        + r")?\s+(?:"
        + _alternation(rules["ar_past"])
        + r")"
        + r"|(?:"
        + _alternation(rules["en_past"])
        + r")(?:\s+"
        + number
        + r")?\s+"
        + unit
        + r")(?!\w)"
    )
    reach = int(rules.get("relative_reach", 0))
    relative = re.compile(
        r"^\s*(?:[^\W\d_]+\s+){0," + str(reach) + r"}(?:" + _alternation(rules["relatives"]) + r")\s+"
        r"(?:(?:" + _alternation(rules["relative_auxiliaries"]) + r")\s+)?$"
    )
    return _SpanStates(ar, en, perfect, past_years, relative)


def _clause_start(text: str, cand: _Candidate) -> int:
    """Where the event word's clause opens: after the last punctuation before it in its sentence."""
    s = cand.sentence[0]
    before = text[s : cand.trigger[0]]
    marks = list(_PUNCT.finditer(before))
    return s + marks[-1].end() if marks else s


def _told_in_the_present(text: str, cand: _Candidate, english: bool) -> bool:
    """Whether the event word's clause is in the present: an Arabic verb of the present, the
    event word itself or the clause's first word (وتغلق مصر المعبر، تفرض إسرائيل حصارا); in
    English has/have/had before the event word in its clause."""
    lo = _clause_start(text, cand)
    before = text[lo : cand.trigger[0]]
    if english:
        return load_span_states().en_perfect.search(before.lower()) is not None
    if cand.tense == "present":
        return True
    if cand.tense:
        return False
    words = _WORD.findall(fold_str(before))
    return bool(words) and len(words) <= 6 and _PRESENT.match(words[0]) is not None


def _a_state_of_years(text: str, cand: _Candidate, next_trigger: int | None) -> bool:
    """Whether the event is a state of affairs told in the present with its length in years
    (وتغلق مصر المعبر ... منذ عدة سنوات، تفرض إسرائيل حصارا خانقا منذ عشر سنوات; Israel has
    imposed a blockade on Gaza for more than a decade): منذ or `for` and a span of years after
    the event word, before the next one (`next_trigger`) and the sentence's end (data/
    assembly.json `span_states`), read past the verb of a relative clause on the event word
    ("attacks that have killed dozens ..."); or deeds told, in any tense, over the past years (الهجمات
    التي أودت بحياة العشرات خلال السنوات الست الماضية, over the past three years). The caller
    keeps it only with a date of its own (منذ مارس 2015 dates an operation by its start)."""
    english = text[cand.trigger[0] : cand.trigger[0] + 1].isascii()
    states = load_span_states()
    if next_trigger is not None:
        between = text[cand.trigger[1] : next_trigger]
        if states.relative.match(between.lower() if english else fold_str(between)):
            next_trigger = None  # "attacks that have killed dozens ... over the past six years": the same deeds
    end = min(cand.sentence[1], cand.trigger[1] + _SPAN_REACH, next_trigger or cand.sentence[1])
    # "الناشط المعتقل منذ عامين": a state whose words end in منذ, read with them
    since_state = not english and _ends_in_since(text, cand)
    after = text[cand.trigger[0] if since_state else cand.trigger[1] : end]
    folded = after.lower() if english else fold_str(after)
    if states.past_years.search(folded) is not None:
        return True  # "الهجمات التي أودت بحياة العشرات خلال السنوات الست الماضية": many deeds
    found = (states.en_span if english else states.ar_span).search(folded)
    return found is not None and (since_state or _told_in_the_present(text, cand, english))


def _ends_in_since(text: str, cand: _Candidate) -> bool:
    """Whether the event word's last word is one of `span_states.since` ("المحتجز منذ",
    "قيد الحبس منذ"): a state told with when it began, in the present by its nature."""
    words = _WORD.findall(fold_str(text[cand.trigger[0] : cand.trigger[1]]))
    return bool(words) and words[-1] in load_since_words()


@lru_cache(maxsize=4)
def load_since_words(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The Arabic words of "since" (data/assembly.json `span_states.since`), folded."""
    return frozenset(fold_str(w) for w in load_assembly_rules(path)["span_states"]["since"])


@lru_cache(maxsize=4)
def load_counted_campaigns(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A count of campaigns (data/assembly.json `counted_campaigns`), over folded lower-cased text."""
    rules = load_assembly_rules(path)["counted_campaigns"]
    return re.compile(
        r"(?<!\w)(?:(?:"
        + _alternation(rules["duals"])
        + r")|(?:"
        + _alternation(rules["counts"])
        + r")\s+(?:"
        + _alternation(rules["plurals"])
        + r"))(?!\w)"
    )


def _a_count_of_campaigns(text: str, cand: _Candidate) -> bool:
    """Whether an attack's words count its campaigns (وشنت أنقرة عمليتين عسكريتين عبر الحدود,
    Turkey has launched two military operations): campaigns last weeks or months, so a count
    of them sums up deeds of the past, no event of a day (the caller's test: no date of its own)."""
    if cand.event_type != "attack":
        return False
    # the count may come before the campaign's noun when that noun is the event word
    start = max(cand.sentence[0], cand.trigger[0] - _COUNT_REACH)
    stretch = text[start : min(cand.sentence[1], cand.trigger[1] + _CAMPAIGN_REACH)]
    return load_counted_campaigns().search(fold_str(stretch).lower()) is not None


@dataclass(frozen=True)
class _UndergoneStates:
    # a verb of undergoing ending right before the event word, with up to two English qualifiers
    # or up to three Arabic words (the subject: تخضع إيران لعقوبات) between
    before: re.Pattern[str]
    types: frozenset[str]
    # of one type only: a perfect passive of support before the event word ("have been supported by
    # U.S. air strikes"), a standing support, no strike of a day
    typed: dict[str, re.Pattern[str]]


@lru_cache(maxsize=4)
def load_undergone_states(path: Path = ASSEMBLY_RULES) -> _UndergoneStates:
    """The verbs of undergoing a state (data/assembly.json `undergone_states`), over folded
    lower-cased text."""
    rules = load_assembly_rules(path)["undergone_states"]

    def pattern(verbs: list[str]) -> re.Pattern[str]:
        return re.compile(
            r"(?<!\w)[وف]?(?:"
            + _alternation(verbs)
            + r")\s*(?:(?:(?:"
            + _alternation(rules["qualifiers"])
            + r")\s+){0,2}|(?:[^\W\d_a-z]+\s+){0,3})$"
        )

    typed = {t: pattern(verbs) for t, verbs in rules.get("typed_verbs", {}).items() if not t.startswith("_")}
    return _UndergoneStates(pattern(rules["verbs"]), frozenset(rules["types"]), typed)


def _a_state_undergone(text: str, cand: _Candidate) -> bool:
    """Whether the event word follows a verb of undergoing in the present (إيران التي تواجه
    عقوبات أميركية، ويخضع النظام السوري لعقوبات; Iran, which faces U.S. sanctions), or a verb of
    its type (`typed`: forces that have been supported by U.S. air strikes): a state the country is in,
    no measure of a day (the caller's test: no date of its own)."""
    states = load_undergone_states()
    before = states.typed.get(cand.event_type)
    if cand.event_type in states.types:
        before = states.before
    if before is None:
        return False
    told = text[max(cand.sentence[0], cand.trigger[0] - _STATE_REACH) : cand.trigger[0]]
    return before.search(fold_str(told).lower()) is not None


@dataclass(frozen=True)
class _FigurativeAttacks:
    phrases: re.Pattern[str]
    before: frozenset[str]
    nouns: frozenset[str]


@lru_cache(maxsize=4)
def load_figurative_attacks(path: Path = ASSEMBLY_RULES) -> _FigurativeAttacks:
    """The words of an attack in words (data/assembly.json `figurative_attacks`), folded."""
    rules = load_assembly_rules(path)["figurative_attacks"]
    phrases = re.compile(r"(?<!\w)[وف]?(?:" + _alternation(rules["after_phrases"]) + r")(?!\w)")
    return _FigurativeAttacks(
        phrases,
        frozenset(fold_str(w).lower() for w in rules["before"]),
        frozenset(w.lower() for w in rules["nouns"]),
    )


def _an_attack_in_words(text: str, cand: _Candidate) -> bool:
    """Whether an attack's word tells an attack in words: a phrase of the media or of speech a
    few words after it with no punctuation between (وطأة الهجوم على حماس في وسائل إعلام مصرية،
    attacked Israel in a speech), or an adjective of speech right before it or before the
    attack's noun after a verb of launching (a verbal attack, launched a scathing attack). The
    adjectives right after an Arabic attack's word (هجوما إعلاميا، لاذعا) are the triggers'
    own exclusions."""
    if cand.event_type != "attack":
        return False
    words = load_figurative_attacks()
    after = fold_str(text[cand.trigger[1] : min(cand.sentence[1], cand.trigger[1] + 120)]).lower()
    cut = _PUNCT.search(after)
    after = after[: cut.start()] if cut else after
    following = _WORD.findall(after)
    phrase = words.phrases.search(after)
    if phrase is not None and len(_WORD.findall(after[: phrase.start()])) <= _PHRASE_WORDS:
        return True
    before = fold_str(text[max(cand.sentence[0], cand.trigger[0] - 30) : cand.trigger[0]]).lower()
    # only the words of the attack's own phrase: "According to local media, gunmen stormed" is no media attack
    before = before[max((m.end() for m in _PUNCT.finditer(before)), default=0) :]
    preceding = _WORD.findall(before)
    if preceding and preceding[-1] in words.before:
        return True
    # "launched a scathing attack on": the attack's noun after the verb, with its adjective
    near = following[:_NOUN_REACH]
    return any(a in words.before and b in words.nouns for a, b in itertools.pairwise(near))


@lru_cache(maxsize=4)
def load_habitual_saying(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a verb of saying in the simple present and a subject pronoun (data/assembly.json
    `habitual_saying`), perhaps with 'that', perhaps with an auxiliary of the present progressive
    after the pronoun (`progressive`, the group `aux`), ending right before the next word."""
    spec = load_assembly_rules(path).get("habitual_saying", {})
    verbs = alternation(spec.get("verbs", ()))
    pronouns = alternation(spec.get("pronouns", ()))
    aux = alternation(spec.get("progressive", ()))
    return re.compile(
        r"(?<!\w)(?:" + verbs + r")\s+(?:that\s+)?(?:" + pronouns + r")\s+(?:(?P<aux>" + aux + r")\s+)?$",
        re.IGNORECASE,
    )


# a verb form that is no simple present: a past or a participle
_NOT_SIMPLE_PRESENT = LazyPattern(r"(?:ed|ing|en)$", re.IGNORECASE)
_PROGRESSIVE = LazyPattern(r"ing$", re.IGNORECASE)


def _habitual_claim(text: str, cand: _Candidate) -> bool:
    """Whether an English event verb in the simple present, or in the present progressive, follows
    a verb of saying in the simple present and its subject pronoun ("say they target", "says it
    strikes only militants", "say they are targeting ships")."""
    start = cand.trigger[0]
    if not text[start : start + 1].isascii():
        return False
    found = load_habitual_saying().search(text, max(cand.sentence[0], start - 40), start)
    if found is None:
        return False
    verb = cand.trigger_text.split()[0]
    if found.group("aux"):
        return _PROGRESSIVE.search(verb) is not None
    return _NOT_SIMPLE_PRESENT.search(verb) is None


_GENERIC_GAP = 40  # characters after a plural event noun within which its generic predicate is read
_GENERIC_WORDS = 4  # words between the noun and its generic predicate ('of Israel', 'against the regime')


@lru_cache(maxsize=4)
def load_generic_predicates(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a predicate that makes a plural event noun a kind of deed in general
    (data/assembly.json `generic_predicates`), over lower-cased text."""
    words = load_assembly_rules(path).get("generic_predicates", ())
    return re.compile(r"(?<!\w)(?:" + alternation(words, spaced=True) + r")(?!\w)")


@lru_cache(maxsize=4)
def load_generic_predicates_ar(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for an Arabic predicate that judges a deed named by its definite verbal noun as
    a kind (data/assembly.json `generic_predicates_ar`), over folded text."""
    words = load_assembly_rules(path).get("generic_predicates_ar", ())
    return re.compile(r"(?<!\w)[و]?(?:" + alternation((fold_str(w) for w in words), spaced=True) + r")(?!\w)")


_GENERIC_GAP_AR = 90  # characters after an Arabic verbal noun and its object within which its predicate is read
_GENERIC_WORDS_AR = 8


def _a_generic_kind_ar(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> bool:
    """Whether an Arabic verbal noun with a definite object ("إطلاق الصواريخ البالستية باتجاه
    المدن") is the subject of a predicate judging such deeds (`generic_predicates_ar`: يعد مخالفا
    للقانون، يشكل انتهاكا) a few words on, with no punctuation nor number between: a kind of
    deed judged, no event of a day; not one dated between ("إطلاق الحوثيين الصواريخ على جازان
    الجمعة يعد انتهاكا": that Friday's deed)."""
    words = cand.trigger_text.split()
    if cand.tense or len(words) < 2 or not fold_str(words[-1]).startswith("ال"):
        return False
    after = text[cand.trigger[1] : min(cand.sentence[1], cand.trigger[1] + _GENERIC_GAP_AR)]
    cut = _PUNCT.search(after)
    after = fold_str(after[: cut.start()] if cut else after)
    found = load_generic_predicates_ar().search(after)
    if found is None or any(c.isdigit() for c in after[: found.start()]):
        return False
    if any(cand.trigger[1] <= d.start < cand.trigger[1] + found.start() for d in dates):
        return False
    return len(_WORD.findall(after[: found.start()])) <= _GENERIC_WORDS_AR


def _a_generic_kind(text: str, cand: _Candidate, dates: Sequence[TimeMention] = ()) -> bool:
    """Whether an English plural event noun is the subject of a predicate of deeds in general, a
    few words after it with no punctuation between ("Sports boycotts of Israel have a long
    history", "Such attacks are nothing new"), or an Arabic verbal noun one judging such deeds
    (`_a_generic_kind_ar`): a practice, no event of a day."""
    if not text[cand.trigger[0] : cand.trigger[0] + 1].isascii():
        return _a_generic_kind_ar(text, cand, dates)
    word = cand.trigger_text.split()[-1] if cand.trigger_text.split() else ""
    if not word.isascii() or not word.lower().endswith("s"):
        return False
    after = text[cand.trigger[1] : min(cand.sentence[1], cand.trigger[1] + _GENERIC_GAP)].lower()
    cut = _PUNCT.search(after)
    after = after[: cut.start()] if cut else after
    found = load_generic_predicates().search(after)
    if found is None or any(cand.trigger[1] <= d.start < cand.trigger[1] + found.start() for d in dates):
        return False  # "attacks on Jazan on Friday violate international law": that Friday's deed
    return len(_WORD.findall(after[: found.start()])) <= _GENERIC_WORDS
