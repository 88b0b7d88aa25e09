"""Event-type triggers and their modality.

A trigger is a word or phrase that names an event of one of the fifteen types
(`زيارة`, `قطعت ... علاقاتها`, `air strike`). The lexicon (data/triggers.json)
is written as compact patterns that expand into every surface form:

- `(a|b|c)` alternatives, `(a |)` an optional word;
- `{زار/يزور}` an Arabic verb given by its past and present third-person
  masculine forms: expands to the third-person conjugations (`زارت زاروا
  تزور يزوران`...), and to the future with the prefix `سـ` (`سيزور`), which
  marks the event as planned;
- `{en:visit}` or `{en:meet/met}` an English verb: base, -s, -ing and past;
- `word~` an Arabic noun with any possessive suffix (`علاقاتها`, `علاقاته`);
- ` ... ` a gap of a few words (`قطعت ... علاقاتها`: the subject stands
  between verb and object in Arabic).

Arabic nouns also match with their proclitics, the article, plural `ات`,
dual, accusative and possessive endings (`بزيارته`, `والزيارات`).

Modality (data/modality.json): a cue (`لم`, `نفت`, `من المقرر`, `will`,
`called for`...) governs a trigger when it stands before it in the same
clause, within the cue's reach in words. The clause ends at punctuation and
at subordinators and realis connectors (`بعد`, `الذي`, `إن` after a verb of
saying, `after`, `which`); a complementizer `أن`/`that` keeps the clause open
so that `نفت تركيا، في بيان، أن تكون أرسلت قوات` is a denial. A few cues follow
their trigger (`القمة المقبلة`, `the summit next week`).
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate, pairwise
from pathlib import Path
from typing import Any

from events.model import CAMEO_BY_TYPE, EVENT_TYPES, TriggerMention
from events.opened_plans import opened_plan
from events.power_lists import power_listed, verbal_noun_form
from events.resource_cache import pickled_by_fields
from events.text.gates import gated_compile
from events.text.lazy import LazyPattern
from events.text.matching import PhraseMatcher, keyed, phrase_key
from events.text.normalize import FoldedText, fold_str, is_arabic
from events.text.sentences import is_abbreviation_point

DATA_DIR = Path(__file__).resolve().parent / "data"
TRIGGERS_PATH = DATA_DIR / "triggers.json"
MODALITY_PATH = DATA_DIR / "modality.json"

ASSERTED = "asserted"
# `left`: a deal withdrawn from ("pulled out of the deal"), an agreement of the past, not of that day
MODALITIES = ("negated", "planned", "feared", "demanded", "hypothetical", "denied", "threatened", "recurring", "left")

# Endings an Arabic word may carry after a lexicon form (folded spelling).
POSSESSIVE = ("ها", "ه", "هم", "هما", "هن", "كم", "نا")
NOUN_SUFFIXES = ("", "ا", "ان", "ين", "ون", *POSSESSIVE)
VERB_SUFFIXES = ("", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ني")
_SUFFIX_CLASSES: dict[str, frozenset[str]] = {
    "noun": frozenset(NOUN_SUFFIXES),
    "verb": frozenset(VERB_SUFFIXES),
    "poss": frozenset(s for s in NOUN_SUFFIXES if s),  # ta-marbuta stem (زيارت-ه): needs an ending
    "verb_obj": frozenset(s for s in VERB_SUFFIXES if s),  # plural verb before an object (قصفو-ها): needs one
    "none": frozenset({""}),
}
_ALL_SUFFIXES = sorted(set().union(*_SUFFIX_CLASSES.values()) - {""}, key=len, reverse=True)

# Proclitics a cue word or a verb may carry: conjunctions only (so `كما`, `بما`, `ألم`
# are not `ما`, `لم`, and `الصوت` is not the verb `صوت`); a present verb may also take
# the `ل` of purpose (`ليلتقي`).
_CUE_PREFIXES = frozenset({"", "و", "ف"})
_PRESENT_PREFIXES = _CUE_PREFIXES | {"ل", "ول", "فل"}
_CUE_WORD_PREFIXES = _CUE_PREFIXES | {"ال", "وال", "فال"}
# the proclitics of an Arabic verb by (present tense, the form begins with ال):
# the article the matcher strips from such a form's key ends the proclitics
_VERB_PREFIXES = {
    (present, article): frozenset(p + a for p in (_PRESENT_PREFIXES if present else _CUE_PREFIXES) for a in (("", "ال") if article else ("",)))
    for present in (False, True)
    for article in (False, True)
}

_TOKEN = LazyPattern(r"\n|[^\W_]+(?:'[^\W_]+)?|[^\w\s]")
_TOKEN_SPLIT = LazyPattern("(" + _TOKEN.pattern + ")")
_SENTENCE_END = frozenset({".", "!", "?", "؟", "\n", "…"})
# marks that are each a token of their own wherever they stand
_EDGE_MARKS = "".join(c for c in '.,،؛;:!?؟"\'()[]{}«»-–—/…\n*' if _TOKEN.fullmatch(c))
# a mark that ends a sentence, but not a point between digits ("1.45") nor one of the points of
# single-letter abbreviations ("U.S."); the mark is matched first, then the points are told
# apart by looking around it (far quicker than looking around every character)
_SENTENCE_END_CHAR = LazyPattern(
    "["
    + re.escape("".join(sorted(_SENTENCE_END)))
    + "]"
    + r"(?!(?<=\d\.)\d)(?!(?<=[^\W\d_]\.)(?<![^\W\d_][^\W\d_]\.)[^\W\d_]\.)(?<![^\W\d_]\.[^\W\d_]\.)"
)
_QUOTES = frozenset({'"', "'"})
# `_bare`: the first of these proclitic runs (in this order) that leaves at least three letters
_BARE_PREFIX = LazyPattern(r"(?:وال|فال|بال|كال|لل|ال|و|ف|ب|ل)(?=.{3})", re.S)


# --------------------------------------------------------------------------
# Pattern expansion


@dataclass(frozen=True, slots=True)
class Form:
    """One surface form of a pattern and what its verb slot told about it."""

    text: str
    tense: str = ""  # past | present | future | base (English infinitive) | "" (nouns)
    verb_final: bool = False  # its last word is the verb of a `{...}` slot


def _arabic_past(past: str) -> list[str]:
    """Third-person past forms of an Arabic verb given in its 3ms form."""
    if past.endswith(("ى", "ي")):  # defective: التقى، أجرى
        stem = past[:-1]
        return [past, stem + "ت", stem + "يا", stem + "تا", stem + "وا", stem + "اه", stem + "اها", stem + "اهم", stem + "اهما"]
    if past.endswith("ا") and len(past) > 2:  # دعا، غزا
        stem = past[:-1]
        return [past, stem + "ت", stem + "وا", stem + "تا"]
    return [past, past + "ت", past + "ا", past + "تا", past + "وا"]


def _arabic_present(present: str) -> list[str]:
    """Third-person present forms (indicative, subjunctive, jussive) from the 3ms `يفعل` form,
    first person included for quoted speech."""
    base = present[1:] if present[:1] in ("ي", "ت") else present
    if base.endswith(("ي", "ى", "و")):  # defective: يلتقي، يخشى، يدعو
        short = base[:-1]
        glide = "و" if base.endswith("و") else "ي"
        return [
            *(p + base for p in "يتنأ"),
            *(p + short for p in "يت"),
            "ي" + short + glide + "ان", "ت" + short + glide + "ان", "ي" + short + "ون", "ي" + short + "وا",
        ]
    out = [*(p + base for p in "يتنأ"), "ي" + base + "ان", "ت" + base + "ان", "ي" + base + "ون", "ي" + base + "وا",
           "ي" + base + "ا"]
    if len(base) == 3 and base[1] in "واي":  # hollow verb, jussive: لم يزر، لم تعد
        out += ["ي" + base[0] + base[2], "ت" + base[0] + base[2]]
    return out


def _english_verb(spec: str) -> list[tuple[str, str]]:
    """(form, tense) of an English verb `visit` or `meet/met` or `make/made/made`."""
    parts = spec.split("/")
    base = parts[0]
    past = parts[1] if len(parts) > 1 else _en_past(base)
    participle = parts[2] if len(parts) > 2 else past
    third = base + "es" if base.endswith(("s", "sh", "ch", "x", "z", "o")) else base + "s"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        third = base[:-1] + "ies"
    if base.endswith("ie"):
        ing = base[:-2] + "ying"
    elif base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        ing = base[:-1] + "ing"
    elif _doubles_last(base):
        ing = base + base[-1] + "ing"  # stopping, cutting, expelling
    else:
        ing = base + "ing"
    forms = [(base, "base"), (third, "present"), (ing, "present"), (past, "past"), (participle, "past")]
    return list(dict.fromkeys(forms))


def _en_past(base: str) -> str:
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ied"
    if _doubles_last(base):
        return base + base[-1] + "ed"  # stopped, banned, expelled
    return base + "ed"


_VOWELS = "aeiou"
# verbs of two syllables stressed on the last, which double their last consonant too
_STRESSED_LAST = frozenset(
    ["admit", "commit", "submit", "permit", "omit", "occur", "refer", "prefer", "confer", "deter", "control", "patrol", "compel", "expel", "repel", "propel", "dispel", "rebel", "regret", "abet", "acquit", "allot", "embed", "equip", "transfer"]
)
# prefixes that leave the stress on the verb they are put before: re-admit, over-run
_STRESS_KEEPING_PREFIXES = ("re", "over", "out", "under")


def _doubles_last(base: str) -> bool:
    """Whether an English verb doubles its last consonant before -ed and -ing: one
    vowel between consonants at its end, in a word of one syllable (stop, ban) or
    stressed on its last (expel, transfer), perhaps after a prefix (readmit, overrun)."""
    if len(base) < 3 or base[-1] in "wxy" + _VOWELS or base[-2] not in _VOWELS or base[-3] in _VOWELS:
        return False
    if len(re.findall("[aeiouy]+", base)) == 1 or base in _STRESSED_LAST:
        return True
    # a prefixed verb doubles as its verb does (readmitted, overrunning): one stressed on its
    # last from the list, or after over-, out- and under- a verb of one syllable (not
    # re-: "render" is no re-nder)
    return any(
        base.startswith(prefix)
        and len(verb := base[len(prefix) :]) >= 3
        and (verb in _STRESSED_LAST or (prefix != "re" and len(re.findall("[aeiouy]+", verb)) == 1))
        for prefix in _STRESS_KEEPING_PREFIXES
    )


@lru_cache(maxsize=1024)
def _verb_forms(spec: str) -> list[tuple[str, str]]:
    """(form, tense) for one `{...}` slot."""
    if spec.startswith("en:"):
        return _english_verb(spec[3:])
    past, _, present = spec.partition("/")
    out: list[tuple[str, str]] = [(f, "past") for f in _arabic_past(past)] if past else []
    if present:
        forms = _arabic_present(present)
        out += [(f, "present") for f in forms]
        out += [("س" + f, "future") for f in forms if f[0] in "يتن" and not f.endswith("وا")]
    return out


def _possessive(word: str) -> list[str]:
    stem = word[:-1]
    if word.endswith("ة"):
        return [word] + [stem + "ت" + s for s in POSSESSIVE]
    return [word] + [word + s for s in POSSESSIVE]


_PIECE = LazyPattern(r"\(([^()]*)\)|\{([^{}]*)\}|([^(){}]+)")


def _literal_options(text: str) -> list[tuple[str, str, bool]]:
    """A literal piece, with any `word~` expanded to its possessive forms."""
    if "~" not in text:
        return [(text, "", False)]
    options = [""]
    for token in re.split(r"(\s+)", text):
        forms = _possessive(token[:-1]) if token.endswith("~") else [token]
        options = [o + f for o in options for f in forms]
    return [(o, "", False) for o in options]


def _options(text: str) -> list[tuple[str, str, bool]]:
    """(text, tense, ends with a verb) for every expansion of a pattern fragment."""
    slots: list[list[tuple[str, str, bool]]] = []
    pieces = list(_PIECE.finditer(text))
    if sum(m.end() - m.start() for m in pieces) != len(text):
        raise ValueError(f"malformed lexicon pattern (nested or unbalanced brackets): {text!r}")
    for m in pieces:
        group, verb, literal = m.groups()
        if group is not None:
            slots.append([o for alt in group.split("|") for o in _options(alt)])
        elif verb is not None:
            slots.append([(form, tense, True) for form, tense in _verb_forms(verb)])
        else:
            slots.append(_literal_options(literal))
    out: list[tuple[str, str, bool]] = [("", "", False)]
    for slot in slots:
        out = [
            (t1 + t2, tense2 or tense1, v2 if t2.strip() else v1 and not t2)
            for t1, tense1, v1 in out
            for t2, tense2, v2 in slot
        ]
    return out


@lru_cache(maxsize=4096)
def expand_pattern(pattern: str) -> tuple[Form, ...]:
    """Every surface form of one lexicon pattern without gaps (see the module docstring)."""
    seen: dict[tuple[str, str, bool], None] = {}
    for text, tense, verb_final in _options(pattern):
        norm = " ".join(text.split()) if "  " in text or text[:1] == " " or text[-1:] == " " else text
        if norm:
            seen[(norm, tense, verb_final and not text.endswith(" "))] = None
    return tuple(Form(*key) for key in seen)


def _arabic_variants(part: str) -> list[tuple[str, str]]:
    """(text, suffix class) variants of one contiguous Arabic noun part:
    the plain form, the plural and possessive stems of a ta-marbuta noun,
    the possessive stem of a noun in a final hamza, and for a phrase its definite (`القاعدة العسكرية`) and accusative
    (`اتصالا هاتفيا`) agreement forms."""
    words = part.split(" ")
    out = [(part, "noun")]
    if len(words) == 1:
        w = words[0]
        if w.endswith("ة") and len(w) > 3:
            out.append((w[:-1] + "ت", "poss"))
            out.append((w[:-1] + "ات", "noun"))
        elif w.endswith("اء") and len(w) > 3:
            out.append((w[:-1] + "ئ", "poss"))  # a final hamza sits on ya before an ending: لقاء, لقائهما
        return out
    definite = [words[0]] + [w if w.startswith(("ال", "لل")) or w in _PARTICLES else "ال" + w for w in words[1:]]
    out.append((" ".join(definite), "noun"))
    if all(_takes_alif(w) for w in words):
        out.append((" ".join(w + "ا" for w in words), "noun"))
    return out


_PARTICLES = frozenset({"من", "في", "على", "إلى", "عن", "مع", "ب", "ل"})


def _takes_alif(word: str) -> bool:
    """Whether an indefinite accusative noun is written with a final alif."""
    return not (word.startswith("ال") or word.endswith(("ة", "ا", "ى", "ء", "ات", "ون", "ين")))


# --------------------------------------------------------------------------
# The lexicon


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Guard:
    """Context an ambiguous trigger needs (`requires`) or must not have (`excludes`)
    within `window` words on either side in its sentence (word prefixes, folded);
    `exclude_window`, when given, is the reach of `excludes` alone (a disaster named
    at the head of a long sentence: "زلزال ... مما أدى إلى مقتل ... وإصابة الآلاف");
    `clause_excludes`: `excludes` before the word are read only back to the comma that
    opens its clause, the words before it telling another deed ("التقى عددا من النواب،
    كما وصل الموفد إلى بيروت": the count is the meeting's, not what arrived);
    `excludes_before`: words that bar the word only before it in its clause ("after the
    army's removal of the president" names a deed told as another's time; "led the army's
    removal of the president in July after mass protests" tells it);
    `excludes_next`: nouns that bar the word only as the next word, the head it qualifies
    ("the protest movement", "protest leaders said": the people, not a demonstration), so a
    deed told beside them keeps its word ("students protested on Monday, protest leaders said");
    `excludes_prev`: nouns that bar an English participle in -ing only as the word right
    before it, the noun it describes ("Western countries fighting Islamist insurgents": who they
    are, no deed of a day), not a verb of theirs ("troops fought rebels on Saturday")."""

    requires: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()
    window: int = 8
    exclude_window: int = 0
    clause_excludes: bool = False
    excludes_before: tuple[str, ...] = ()
    excludes_next: tuple[str, ...] = ()
    excludes_prev: tuple[str, ...] = ()
    # a determined noun ("the strikes", "its strikes", "fresh strikes", الضربات) whose sentence
    # lacks what it requires reads it in the two sentences before, which it tells of again
    anaphoric: bool = False
    # the other events the same words tell of one deed, each with its CAMEO code and the words
    # it requires near (`also`, `also_cameo`, `also_requires`): a military coup is an armed
    # seizure of the state as well as a change of its ruler, each reading an event of its type
    also: tuple[tuple[str, str | None, tuple[tuple[str, ...], ...]], ...] = ()
    # words that bar those other readings near the words (`also_excludes`), and whether an
    # English word's required words count only before it, where its doer stands (`also_before`)
    also_excludes: tuple[str, ...] = ()
    also_before: bool = False
    # words that, anywhere near, hold the other readings whatever `also_requires` asks ("seized
    # power in a 1999 military coup": the coup names the deed)
    also_near: tuple[str, ...] = ()


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class TriggerForm:
    """Payload of one automaton key: which entry, which part of its pattern."""

    event_type: str
    cameo: str | None
    weight: float
    entry: int
    pattern: int
    part: int
    nparts: int
    suffixes: str
    tense: str
    language: str
    agent: bool = False  # names the people who act (المتظاهرون): only negation and denial govern it
    article: bool = False  # the form itself begins with ال (التقى), which the matcher strips from keys
    # one Arabic word ending in the pronoun ه (سفيره: his ambassador), which folding spells as
    # a ة: it takes no article, so `السفيرة` (the ambassador, a woman) is not it
    possessed: bool = False


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class CueForm:
    """Payload of one modality-cue key."""

    kind: str  # a modality, or boundary | saying | comp | light | upon
    reach: int  # words between cue and trigger
    direction: str  # before | after | both
    suffixes: str
    not_next: tuple[str, ...] = ()
    # words right before the cue that make it another word ("الأسباب التي دعت إلى": led to, no demand)
    not_prev: tuple[str, ...] = ()
    imperfect_next: bool = False
    exact: str | None = None  # the cue must be written exactly so (case)
    except_types: frozenset[str] = frozenset()  # event types the cue does not govern
    clitics: str = "all"  # all proclitics, or "conj" (و ف only: `بما`, `كما`, `لما` are not `ما`)
    any_tense: bool = False  # after its trigger, it governs a verb in the past too (`شن أي هجوم`)
    not_past: bool = False  # before its trigger, it governs no verb in the past (a purpose phrase: `في محاولة لـ`)
    present_clause: bool = False  # before its trigger, it governs only a verb in the present after its own named subject
    not_words: frozenset[str] = frozenset()  # whole words it is not, though they read as it (تسعة: nine, not تسعى)
    tense: str = ""  # past: the form is a verb in the past (اتفق), whose deed was done where it tells
    # a determiner ("no") governs the head of its noun phrase: up to `phrase_reach` words of
    # modifiers ("no new US-led coalition air strikes"), none of them one of `phrase_breaks`
    phrase_reach: int = 0
    phrase_breaks: frozenset[str] = frozenset()
    # a verb of calling that calls only through its complement ("pressed Israel for a ceasefire",
    # "ضغطت على إسرائيل لوقف إطلاق النار"): it governs the deeds after its opener, not those before
    # it ("pressed its offensive", "ضغط الهجوم")
    complement: bool = False
    # with `phrase_reach`, one of these words (or phrases) must stand right before the event word: a verb
    # reaches its object across its subject ("انسحبت الولايات المتحدة من الاتفاق", "علقت مصر
    # العمل بالاتفاق"), not an event word of another clause ("انسحبت القوات ووقعت اتفاقا")
    before_head: frozenset[str] = frozenset()
    # the noun of talks whose topic follows ("held talks on a ceasefire", "عقدت محادثات بشأن وقف إطلاق
    # النار"): it governs the deed after it though it is also the word of the talks' own event
    topic: bool = False


@dataclass(frozen=True)
class ModalityCues:
    """The cue automaton and the word lists the scope rule uses."""

    matcher: PhraseMatcher[CueForm]
    qad_past: frozenset[str]
    purpose_prefixes: frozenset[str]  # `ل` of purpose before a verbal noun: لزيارة، لإرسال
    purpose_types: frozenset[str]
    purpose_definite_types: frozenset[str]  # types whose verbal noun after ل and the article is a purpose too
    size: int
    causatives: frozenset[str] = frozenset()  # "prompting Rabat to recall": the deed done
    ranked_copulas: frozenset[str] = frozenset()  # "was the first official to visit": the deed done
    ranks: frozenset[str] = frozenset()
    ranked_reach: int = 0
    settled_verbs: frozenset[str] = frozenset()  # "agreed last month to reopen embassies": ties restored then
    settled_types: frozenset[str] = frozenset()
    unsettled_objects: frozenset[str] = frozenset()  # "agreed to resume flights": a deal on what is to come
    # "voted at an emergency session in Cairo on Sunday to reinstate": the setting of the vote between
    settled_reach: int = 4
    causative_reach: int = 4  # words a causative may stand before "to" (its object between)
    # "وكان مبارك قد تنحى": a past auxiliary before `قد` makes it the past perfect's, never "may"
    perfect_auxiliaries: frozenset[str] = frozenset()
    # "اتفق القادة في قمة طارئة": an event of these types after one of these prepositions is
    # where a cue's verb in the past was done, unless a noun of taking part stands before it
    venue_prepositions: frozenset[str] = frozenset()
    venue_types: frozenset[str] = frozenset()
    venue_not_after: frozenset[str] = frozenset()
    # words of a day gone by (أمس، الماضي): a sentence that has one tells the past
    past_days: frozenset[str] = frozenset()
    # "declined to take sides in the boycott", "rejected by voters in twin referendums": an
    # event noun after one of these prepositions, past another word the negation governs, is
    # the setting of that word's deed, which took place (`negated_settings`)
    setting_prepositions: frozenset[str] = frozenset()
    setting_modifiers: frozenset[str] = frozenset()
    setting_not_after: frozenset[str] = frozenset()
    # "استجاب العمال لدعوة إلى الإضراب", "heeded a call for a strike": a word of answering a
    # call before the noun of calling, in its clause: the deed called for was done
    heeding_words: frozenset[str] = frozenset()
    heeding_reach: int = 0
    # "رفضت المعارضة نتائج الانتخابات", "rejected the election results": a negating or
    # denying cue governs the results (`outcome_words`), and the event they are of took place
    outcome_words: frozenset[str] = frozenset()
    # "talks with Houthi leaders on a permanent ceasefire", "محادثات مع الحوثيين بشأن هدنة":
    # a noun of talks, its partner after `with` and then the topic: the topic is only talked
    # about (`talk_partners`)
    talk_nouns: frozenset[str] = frozenset()
    talk_partner_words: frozenset[str] = frozenset()
    talk_topic_words: frozenset[str] = frozenset()
    talk_articles: frozenset[str] = frozenset()
    talk_partner_gap: int = 0
    talk_topic_reach: int = 0
    talk_types: frozenset[str] = frozenset()
    # "طالبت بتقييد الدوحة بالميثاق الذي وقع عام 2012", "abide by the pact that it signed":
    # a relative clause signing the deal right after it asserts it done (`concluded_relatives`)
    concluded_types: frozenset[str] = frozenset()
    concluded_reach: int = 0
    concluded_relatives: frozenset[str] = frozenset()
    concluded_fillers: frozenset[str] = frozenset()
    concluded_verbs: frozenset[str] = frozenset()
    concluded_deciding: frozenset[str] = frozenset()  # verbs of a decision taken on a document of a year
    # "became only the third Arab country to agree": a word of degree between the copula and "the"
    ranked_adverbs: frozenset[str] = frozenset()
    # "وتظاهر آلاف السوريين اليوم", "وأطلق حينها": a word of count or time right after a bare
    # form a past verb shares with its verbal noun marks the verb, not an item of a list of nouns
    verb_marks: frozenset[str] = frozenset()
    # "decided on Tuesday to revoke the licences", "the decision ... to cut their ties": a
    # state's measure decided is taken, as قررت الحكومة إلغاء تراخيص is
    decided_verbs: frozenset[str] = frozenset()
    decided_types: frozenset[str] = frozenset()
    decided_reach: int = 4
    # "the parliament voted late on Thursday to ratify": a body's vote is its decision taken
    voted_verbs: frozenset[str] = frozenset()
    voted_types: frozenset[str] = frozenset()
    voted_reach: int = 4
    voted_blockers: frozenset[str] = frozenset()  # "voted against a motion to impose": not for the deed
    # "a deal Ankara struck with Russia", "the agreements it had concluded": an English relative
    # clause with no relative word, its subject and a finite verb of concluding (`concluded_relatives`)
    concluded_subjects: frozenset[str] = frozenset()
    concluded_perfect: frozenset[str] = frozenset()
    # "المرحلة الختامية لتمرين", "فعاليات النسخة الأولى لمناورات": a verbal noun whose `ل` follows
    # a noun of a part or a stage of it is that noun's complement (its `ل` is of belonging), no purpose
    purpose_part_heads: frozenset[str] = frozenset()
    # "أعرب عن أمله في عقد قمة": the verbal noun of holding after في is the deed hoped for, no gathering's name
    venue_not_heads: frozenset[str] = frozenset()
    # "لتطبيق عقوبات إضافية": a measure told new, which no verbal noun of carrying out presupposes
    fresh_measures: frozenset[str] = frozenset()


# The payload of one key of the joint automaton: its trigger forms (grouped by
# the surface texts that share the key) and its modality cues.
_KeyPayload = tuple[tuple[tuple["_FormCheck", ...], ...], tuple[CueForm, ...]]

# A trigger form with the endings and proclitics a match of it may have
# (None: any proclitics), worked out once when the lexicon loads.
_FormCheck = tuple[TriggerForm, frozenset[str], "frozenset[str] | None"]

# the proclitics of a noun with a pronoun ending: conjunctions and prepositions, no article
_POSSESSED_PREFIXES = frozenset(c + p for c in ("", "و", "ف") for p in ("", "ب", "ك", "ل"))


def _form_check(form: TriggerForm) -> _FormCheck:
    """What `_candidates` tests a match against, for one trigger form.

    An Arabic verb takes conjunctions only (and a present verb the `ل` of
    purpose); when the form itself begins with the article the matcher strips
    from keys (التقى), that article ends the matched prefix too.
    """
    prefixes: frozenset[str] | None = None
    if form.tense and form.language == "ar":
        prefixes = _VERB_PREFIXES[(form.tense == "present", form.article)]
    elif form.possessed:
        prefixes = _POSSESSED_PREFIXES
    return form, _SUFFIX_CLASSES[form.suffixes], prefixes


@dataclass(frozen=True)
class RelativeObjects:
    """An object told before its verb: the noun a relative clause describes, taken up in the
    clause by a pronoun attached to the verb ("الموانئ التي أغلقها التحالف", "السفير الذي طردته
    الحكومة"): a verb ... object pattern matches in that order too."""

    relatives: frozenset[str]  # relative pronouns (folded)
    pronouns: frozenset[str]  # the verb's attached object pronouns (folded)
    reach: int  # words (adjectives of the noun) between the noun and the relative pronoun
    noun_reach: int  # words (a verb and its subject) between the relative pronoun and a verbal noun
    # the particle that opens a clause of time with the verb right after it ("بعد أن وقعته
    # الحكومة"), and the most words between the noun it takes up and that particle
    openers: frozenset[str] = frozenset()
    opener_reach: int = 0


def _relative_objects(data: dict[str, object]) -> RelativeObjects | None:
    spec = data.get("relative_objects")
    if not isinstance(spec, dict):
        return None
    return RelativeObjects(
        frozenset(fold_str(w) for w in spec["relatives"]),
        frozenset(fold_str(w) for w in spec["pronouns"]),
        int(spec["reach"]),
        int(spec["noun_reach"]),
        frozenset(fold_str(w) for w in spec.get("openers", ())),
        int(spec.get("opener_reach", 0)),
    )


@dataclass(frozen=True)
class TriggerLexicon:
    """Trigger automaton, guards, gap limits and the modality cues.

    The automaton holds the modality cues' keys too, so one pass over a text
    finds both: a key's payload is (trigger forms, cue forms), either empty.
    """

    matcher: PhraseMatcher[_KeyPayload]
    guards: tuple[Guard, ...]
    gaps: tuple[int, ...]  # per pattern: the most words a ` ... ` may span
    heads: tuple[int, ...]  # per pattern: the part whose words are reported
    cues: ModalityCues
    counts: dict[str, dict[str, int]]  # event type -> language -> patterns
    stopwords: frozenset[str] = frozenset()  # whole words that are never triggers (names: ليبرمان)
    title_suffixes: frozenset[str] = frozenset()  # "elect" of "President-elect": a title, no deed
    relatives: RelativeObjects | None = None  # "الموانئ التي أغلقها": the object before its verb
    # per pattern: whether the deed takes the tense of its head part, a verb after the first part
    # ("a ballistic missile fired by the rebels": told in the past, as the verb tells it)
    head_tenses: tuple[bool, ...] = ()
    # what a matched word (by key and word) stands for: see `_trigger_reading`, `_cue_reading`
    readings: dict[tuple[str, str], tuple[str, str, tuple[TriggerForm, ...]] | None] = field(
        default_factory=dict, compare=False, repr=False
    )
    cue_readings: dict[tuple[str, str], tuple[str, tuple[CueForm, ...]]] = field(
        default_factory=dict, compare=False, repr=False
    )


def _possessed(text: str, tense: str, language: str) -> bool:
    """Whether a form is one Arabic noun written with the pronoun ه at its end (سفيره,
    بعثته), not a ة: the lexicon spells the feminine ending ة, and folding makes both ه."""
    return language == "ar" and not tense and " " not in text and len(text) > 3 and text.endswith("ه")


def _part_variants(form: Form, language: str, declared: str | None) -> list[tuple[str, str]]:
    """Variants of one expanded pattern part with the suffix class of their last word."""
    if declared:
        return [(form.text, declared)]
    if language == "en":
        return [(form.text, "none")]
    if form.verb_final:
        if form.text.endswith("وا"):  # the plural's alif drops before an object pronoun: قصفوا + ها = قصفوها
            return [(form.text, "verb"), (form.text[:-1], "verb_obj")]
        return [(form.text, "verb")]
    if form.tense:  # a verb and its object: no agreement variants
        return [(form.text, "noun")]
    return _arabic_variants(form.text)


@lru_cache(maxsize=4)
def read_modality(path: Path | None = None) -> dict[str, Any]:
    """data/modality.json, parsed once for every loader that builds its cues from a section of
    it; the loaders read it and never change it."""
    return json.loads((path or MODALITY_PATH).read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def load_modality(path: Path | None = None) -> ModalityCues:
    """Modality cues, boundaries and verbs of saying (data/modality.json)."""
    data = read_modality(path)
    entries: list[tuple[str, CueForm]] = []
    for kind, spec in data["cues"].items():
        for item in spec["items"]:
            item = {"p": item} if isinstance(item, str) else item
            form = CueForm(
                kind=kind,
                reach=int(item.get("reach", spec.get("reach", 6))),
                direction=item.get("direction", spec.get("direction", "before")),
                suffixes=item.get("suffixes", spec.get("suffixes", "none")),
                not_next=tuple(fold_str(w) for w in item.get("not_next", spec.get("not_next", ()))),
                not_prev=tuple(fold_str(w) for w in item.get("not_prev", spec.get("not_prev", ()))),
                imperfect_next=bool(item.get("imperfect_next", False)),
                exact=item.get("exact"),
                # `only_types`: the cue governs these types and no other
                except_types=frozenset(item.get("except_types", ()))
                | (frozenset(EVENT_TYPES) - frozenset(item["only_types"]) if "only_types" in item else frozenset()),
                clitics=item.get("clitics", spec.get("clitics", "all")),
                any_tense=bool(item.get("any_tense", False)),
                not_past=bool(item.get("not_past", False)),
                present_clause=bool(item.get("present_clause", False)),
                not_words=frozenset(fold_str(w) for w in item.get("not_words", ())),
                phrase_reach=int(item.get("phrase_reach", 0)),
                phrase_breaks=frozenset(w.lower() for w in item.get("phrase_breaks", ())),
                complement=bool(item.get("complement", False)),
                before_head=frozenset(fold_str(w).lower() for w in item.get("before_head", ())),
                topic=bool(item.get("topic", False)),
            )
            for f in expand_pattern(item["p"]):
                entries.append((f.text, replace(form, tense="past") if f.tense == "past" else form))
    matcher: PhraseMatcher[CueForm] = PhraseMatcher(entries, suffixes=_ALL_SUFFIXES, min_key=1)
    qad_past = frozenset(fold_str(w) for w in data.get("qad_past", ()))
    purpose = data.get("purpose", {})
    ranked = data.get("ranked_doers", {})
    settled = data.get("settled_acts", {})
    decided = data.get("decided_acts", {})
    voted = data.get("voted_acts", {})
    venues = data.get("venues", {})
    settings = data.get("negated_settings", {})
    talks = data.get("talk_partners", {})
    concluded = data.get("concluded_relatives", {})
    return ModalityCues(
        matcher,
        qad_past,
        frozenset(purpose.get("prefixes", ())),
        frozenset(purpose.get("types", ())),
        frozenset(purpose.get("definite_types", ())),
        len(entries),
        frozenset(fold_str(w) for w in data.get("causatives", ())),
        frozenset(fold_str(w) for w in ranked.get("copulas", ())),
        frozenset(fold_str(w) for w in ranked.get("ranks", ())),
        int(ranked.get("reach", 0)),
        frozenset(fold_str(w) for w in settled.get("verbs", ())),
        frozenset(settled.get("types", ())),
        frozenset(fold_str(w) for w in settled.get("not_objects", ())),
        int(settled.get("reach", 4)),
        int(data.get("causative_reach", 4)),
        frozenset(fold_str(w) for w in data.get("qad_perfect_auxiliaries", ())),
        frozenset(fold_str(w) for w in venues.get("prepositions", ())),
        frozenset(venues.get("types", ())),
        frozenset(fold_str(w) for w in venues.get("not_after", ())),
        frozenset(fold_str(w) for w in data.get("past_days", ())),
        frozenset(fold_str(w) for w in settings.get("prepositions", ())),
        frozenset(fold_str(w) for w in settings.get("modifiers", ())),
        frozenset(fold_str(w) for w in settings.get("not_after", ())),
        frozenset(fold_str(w) for w in data.get("heeded_calls", {}).get("words", ())),
        int(data.get("heeded_calls", {}).get("reach", 0)),
        frozenset(fold_str(w) for w in data.get("outcomes", {}).get("words", ())),
        frozenset(fold_str(w) for w in talks.get("nouns", ())),
        frozenset(fold_str(w) for w in talks.get("partners", ())),
        frozenset(fold_str(w) for w in talks.get("topics", ())),
        frozenset(fold_str(w) for w in talks.get("articles", ())),
        int(talks.get("gap", 0)),
        int(talks.get("reach", 0)),
        frozenset(talks.get("types", ())),
        frozenset(concluded.get("types", ())),
        int(concluded.get("reach", 0)),
        frozenset(fold_str(w).lower() for w in concluded.get("relatives", ())),
        frozenset(fold_str(w).lower() for w in concluded.get("fillers", ())),
        frozenset(fold_str(w).lower() for w in concluded.get("verbs", ())),
        frozenset(fold_str(w).lower() for w in concluded.get("deciding", ())),
        frozenset(fold_str(w) for w in ranked.get("adverbs", ())),
        frozenset(fold_str(w) for w in data.get("verb_marks", {}).get("words", ())),
        decided_verbs=frozenset(fold_str(w) for w in decided.get("verbs", ())),
        decided_types=frozenset(decided.get("types", ())),
        decided_reach=int(decided.get("reach", 4)),
        fresh_measures=frozenset(fold_str(w).lower() for w in data.get("fresh_measures", ())),
        voted_verbs=frozenset(fold_str(w) for w in voted.get("verbs", ())),
        voted_types=frozenset(voted.get("types", ())),
        voted_reach=int(voted.get("reach", 4)),
        voted_blockers=frozenset(fold_str(w).lower() for w in voted.get("blockers", ())),
        concluded_subjects=frozenset(w.lower() for w in concluded.get("subjects", ())),
        concluded_perfect=frozenset(w.lower() for w in concluded.get("perfect", ())),
        purpose_part_heads=frozenset(fold_str(w) for w in purpose.get("part_heads", ())),
        venue_not_heads=frozenset(fold_str(w) for w in venues.get("not_heads", ())),
    )


def _strips_article(text: str) -> bool:
    """Whether the matcher stores `text` without a leading ال (as it does for التقى)."""
    return text.startswith(("ال", "أل", "إل", "آل")) and _first_word_strips(text.split(" ", 1)[0], " " in text)


@lru_cache(maxsize=4096)
def _first_word_strips(word: str, more: bool) -> bool:
    probe = word + " x" if more else word
    return phrase_key(probe) != " ".join(fold_str(probe).split())


def _guard_word(word: str, whole: frozenset[str] = frozenset()) -> str:
    """A guard word folded; one of `whole` (folded) marked by a leading `=`: read as a
    whole word only (`whole_word_guards`). A hyphen parts words as the tokens of the text do
    (`semi-final` is read as the words `semi final`), else a hyphenated guard would never meet
    its words."""
    if word.startswith("#"):
        return word
    folded = " ".join(fold_str(word).replace("-", " ").split())
    return "=" + folded if folded in whole else folded


def _other_readings(
    item: dict[str, Any], event_type: str, whole: frozenset[str]
) -> tuple[tuple[str, str | None, tuple[tuple[str, ...], ...]], ...]:
    """The other types an entry's words are read as too (`also`), with their CAMEO code and
    the words that must stand near for that reading (`also_requires`: one list, a word of which
    must stand near, or several lists, a word of each)."""
    others = tuple(item.get("also", ()))
    for other in others:
        if other not in EVENT_TYPES or other == event_type:
            raise ValueError(f"unknown or repeated `also` type in lexicon: {other}")
    groups = item.get("also_requires", ())
    if groups and isinstance(groups[0], str):
        groups = [groups]
    requires = tuple(tuple(_guard_word(w, whole) for w in group) for group in groups)
    return tuple((other, item.get("also_cameo", CAMEO_BY_TYPE.get(other)), requires) for other in others)


@lru_cache(maxsize=4)
def load_triggers(path: Path | None = None, modality_path: Path | None = None) -> TriggerLexicon:
    """The trigger lexicon (data/triggers.json) and modality cues, automata built once."""
    data = json.loads((path or TRIGGERS_PATH).read_text(encoding="utf-8"))
    grouped: dict[str, list[_FormCheck]] = {}
    guards: list[Guard] = []
    gaps: list[int] = []
    heads: list[int] = []
    head_tenses: list[bool] = []
    counts: dict[str, dict[str, int]] = {t: {"ar": 0, "en": 0} for t in EVENT_TYPES}
    whole = frozenset(fold_str(w) for w in data.get("whole_word_guards", {}).get("words", ()))
    for event_type, items in data["types"].items():
        if event_type not in EVENT_TYPES:
            raise ValueError(f"unknown event type in lexicon: {event_type}")
        for item in items:
            entry_id = len(guards)
            guards.append(
                Guard(
                    tuple(_guard_word(w, whole) for w in item.get("requires", ())),
                    tuple(_guard_word(w, whole) for w in item.get("excludes", ())),
                    int(item.get("window", 8)),
                    int(item.get("exclude_window", 0)),
                    bool(item.get("clause_excludes", False)),
                    tuple(_guard_word(w, whole) for w in item.get("excludes_before", ())),
                    tuple(_guard_word(w, whole) for w in item.get("excludes_next", ())),
                    tuple(_guard_word(w, whole) for w in item.get("excludes_prev", ())),
                    bool(item.get("anaphoric", False)),
                    _other_readings(item, event_type, whole),
                    tuple(_guard_word(w, whole) for w in item.get("also_excludes", ())),
                    bool(item.get("also_before", False)),
                    tuple(_guard_word(w, whole) for w in item.get("also_near", ())),
                )
            )
            cameo = item.get("cameo", CAMEO_BY_TYPE.get(event_type))
            weight = float(item.get("weight", 0.8))
            declared = item.get("suffixes")
            agent = bool(item.get("agent", False))
            for lang in ("ar", "en"):
                for pattern in item.get(lang, ()):
                    counts[event_type][lang] += 1
                    pattern_id = len(gaps)
                    payloads: dict[tuple[int, str, str, bool, bool], _FormCheck] = {}
                    gaps.append(int(item.get("gap", 5)))
                    heads.append(int(item.get("head", 0)))
                    head_tenses.append(bool(item.get("head_tense", False)))
                    parts = [p.strip() for p in pattern.split("...")]
                    for k, part_pattern in enumerate(parts):
                        for form in expand_pattern(part_pattern):
                            for text, cls in _part_variants(form, lang, declared):
                                article = bool(form.tense) and lang == "ar" and _strips_article(text)
                                possessed = _possessed(text, form.tense, lang)
                                key = (k, cls, form.tense, article, possessed)
                                payload = payloads.get(key)
                                if payload is None:
                                    payload = _form_check(
                                        TriggerForm(
                                            event_type, cameo, weight, entry_id, pattern_id, k, len(parts), cls,
                                            form.tense, lang, agent, article, possessed,
                                        )
                                    )
                                    payloads[key] = payload
                                grouped.setdefault(text, []).append(payload)
    # one entry per surface text (its payloads grouped), so each text is folded once
    trigger_keys = keyed((text, tuple(forms)) for text, forms in grouped.items())
    cues = load_modality(modality_path)
    matcher = PhraseMatcher.joint([trigger_keys, cues.matcher.by_key()], suffixes=_ALL_SUFFIXES)
    stopwords = frozenset(fold_str(w) for w in data.get("not_triggers", ()))
    title_suffixes = frozenset(fold_str(w) for w in data.get("title_suffixes", ()))
    return TriggerLexicon(
        matcher,  # type: ignore[arg-type]
        tuple(guards), tuple(gaps), tuple(heads), cues, counts, stopwords, title_suffixes, _relative_objects(data),
        tuple(head_tenses),
    )


# --------------------------------------------------------------------------
# Matching


_BRACKETED_WORDS = 10  # the most tokens of an aside in brackets passed over between a pattern's parts


@dataclass(slots=True)
class _Tokens:
    """Word and punctuation tokens of the folded text, by folded offset.

    `bounds` are the folded offsets just after each sentence end of the whole
    text: a sentence is told by how many of them are at or before an offset.
    """

    starts: list[int]
    ends: list[int]
    words: list[str]
    bounds: list[int]
    size: int  # of the folded text
    original: str = ""  # the text before folding, for the case of a word
    index: Sequence[int] = ()  # its offset of each folded character

    @classmethod
    def of(cls, folded: FoldedText, near: Iterable[int] | None = None) -> _Tokens:
        """Tokens of the whole text, or with `near` (folded offsets) only those of
        the sentences that hold one of these offsets.

        Every use of the tokens stays within a sentence and stops at its end
        token, which each sentence keeps, so the sentences left out are never
        missed; the indices of the tokens kept still rise in text order.
        """
        text = folded.text
        starts: list[int] = []
        ends: list[int] = []
        words: list[str] = []
        # (not the point of a title or a month cut short: "Mr. Erdogan", "the Oct. 7 attack")
        bounds = [
            m.end()
            for m in _SENTENCE_END_CHAR.finditer(text)
            if not (m.group() == "." and is_abbreviation_point(folded.original, folded.to_original(m.start())))
        ]
        for lo, hi in [(0, len(text))] if near is None else _sentence_runs(text, bounds, near):
            _tokenize(text[lo:hi], lo, starts, ends, words)
        return cls(starts, ends, words, bounds, len(text), folded.original, folded.index)

    def index_at(self, pos: int) -> int:
        """Index of the token containing folded offset `pos` (or the next one)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.ends[i]:
            return i
        return i + 1

    def is_word(self, i: int) -> bool:
        return 0 <= i < len(self.words) and self.words[i][0].isalnum()

    def more_words_between(self, a: int, b: int, limit: int) -> bool:
        """Whether more than `limit` word tokens stand strictly between token indices a < b
        (counted no further than needed: the parts of a pattern may be far apart). A short
        aside set off by two commas (`وصل الأمير، أمس الخميس، إلى دمشق`) is not counted, nor
        one opened by the comma that closes it (`وقع البلدان، أمس، بالقصر الملكي في الرباط،
        إعلانا مشتركا`: the day, then the place), nor a short one in brackets (`استدعت 3 دول
        (السعودية والبحرين والإمارات) سفراءها`)."""
        count = 0
        i = a + 1
        while i < b:
            w = self.words[i]
            if w[0].isalnum():
                end = _date_phrase_end(self.words, i, b)
                if end != i:
                    i = end  # a date told between the parts: `وقع ... أمس الثلاثاء اتفاقا`
                    continue
                count += 1
                if count > limit:
                    return True
                i = _number_end(self.words, i, b)  # "1.4 مليون ناخب", "24,5 million": one word
            elif w in (",", "،"):
                close = self._past_short_aside(i, b)
                if close != i:
                    i = close  # the closing comma may open the next aside
                    continue
            elif w == "(":
                close = next((j for j in range(i + 1, min(b, i + _BRACKETED_WORDS + 2)) if self.words[j] == ")"), None)
                if close is not None:
                    i = close + 1  # "استدعت 3 دول (السعودية والبحرين والإمارات) سفراءها": the list set off
                    continue
            i += 1
        return False

    def _past_short_aside(self, i: int, b: int) -> int:
        """The closing comma of a short aside opened by the comma at token i, before b; else i.
        An English apposition right after a name (two capitalised words before the comma: "named
        Yahya Sinwar, its leader in Gaza and the architect of the Oct. 7 attack, as") may run
        to `_NAME_APPOSITION` words, and the point of an abbreviation inside it ends no sentence."""
        words = 0
        # (a name of two capitalised words at least: "Yahya Sinwar,", not a place, "in Gaza,")
        limit = _NAME_APPOSITION if i > 1 and self._capitalised(i - 1) and self._capitalised(i - 2) else _SHORT_ASIDE
        for j in range(i + 1, b):
            w = self.words[j]
            if w in (",", "،"):
                return j if words else i
            if words == limit or (w in _SENTENCE_END and (limit == _SHORT_ASIDE or not self.same_sentence(i, j + 1))):
                return i
            if w[0].isalnum():
                words += 1
        return i

    def _capitalised(self, i: int) -> bool:
        """Whether token i is a Latin word written with a capital in the text before folding."""
        start = self.starts[i]
        if not self.words[i][:1].isascii() or not self.words[i][:1].isalpha() or start >= len(self.index):
            return False
        return self.original[self.index[start]].isupper()

    def same_sentence(self, a: int, b: int) -> bool:
        """No sentence end between tokens a <= b."""
        if b <= a:
            return True
        return bisect.bisect_right(self.bounds, self.starts[b]) == bisect.bisect_right(self.bounds, self.ends[a])

    def sentence(self, i: int) -> tuple[int, int]:
        """Folded (start, end) of the sentence holding token i, its end character included."""
        k = bisect.bisect_right(self.bounds, self.starts[i])
        return self.bounds[k - 1] if k else 0, self.bounds[k] if k < len(self.bounds) else self.size


def _tokenize(text: str, at: int, starts: list[int], ends: list[int], words: list[str]) -> None:
    """Append the tokens of `text` (found at folded offset `at`) to the lists.

    No token holds a space, so the text is cut at spaces first: a piece that
    is all letters and digits (most are) is one word.
    """
    pos = at
    for chunk in text.split(" "):
        size = len(chunk)
        if chunk.isalnum():
            starts.append(pos)
            ends.append(pos + size)
            words.append(chunk)
        elif chunk:
            _tokenize_piece(chunk, pos, starts, ends, words)
        pos += size + 1


def _tokenize_piece(chunk: str, at: int, starts: list[int], ends: list[int], words: list[str]) -> None:
    """Append the tokens of a piece of text without spaces that is not one word.

    Most such pieces are a word with punctuation before or after it (`الحادث.`,
    `"قطر`), each mark a token of its own; the others go through the token pattern.
    """
    core = chunk.lstrip(_EDGE_MARKS)
    lead = len(chunk) - len(core)
    core = core.rstrip(_EDGE_MARKS)
    if core.isalnum():
        tail = lead + len(core)
        for j in (*range(lead), lead, *range(tail, len(chunk))):
            starts.append(at + j)
        for j in range(lead):
            ends.append(at + j + 1)
        ends.append(at + tail)
        for j in range(tail, len(chunk)):
            ends.append(at + j + 1)
        words += chunk[:lead]
        words.append(core)
        words += chunk[tail:]
        return
    # split() alternates the piece between tokens with the tokens themselves,
    # so the running sum of the pieces' lengths gives every offset
    pieces = _TOKEN_SPLIT.split(chunk)
    offsets = list(accumulate(map(len, pieces), initial=at))
    starts += offsets[1:-1:2]
    ends += offsets[2::2]
    words += pieces[1::2]


def _sentence_runs(text: str, bounds: list[int], near: Iterable[int]) -> list[tuple[int, int]]:
    """(start, end) of the runs of consecutive sentences holding the offsets `near`
    (`bounds`: the offsets just after each sentence end)."""
    wanted = sorted({bisect.bisect_right(bounds, pos) for pos in near})
    runs: list[tuple[int, int]] = []
    for i in wanted:
        lo = bounds[i - 1] if i else 0
        hi = bounds[i] if i < len(bounds) else len(text)
        if runs and runs[-1][1] == lo:
            runs[-1] = (runs[-1][0], hi)
        else:
            runs.append((lo, hi))
    return runs


def _split(word: str, key: str) -> tuple[str, str]:
    """(prefix, suffix) around the key in a folded matched word (the key within its first 7 places)."""
    i = word.find(key, 0, min(6, len(word)) + len(key))
    if i < 0:
        return "", ""
    return word[:i], word[i + len(key) :]


@dataclass(slots=True)
class _Hit:
    """One accepted match of a key, as token indices and original offsets."""

    start: int
    end: int
    tok0: int
    tok1: int  # inclusive
    prefix: str


@dataclass(slots=True)
class _Candidate:
    form: TriggerForm
    head: _Hit
    parts: list[_Hit]
    size: int


@lru_cache(maxsize=8192)
def _bare(word: str) -> str:
    """A folded word without its proclitics and article, for guard look-ups."""
    m = _BARE_PREFIX.match(word)
    return word[m.end() :] if m else word


# the prepositions that, ending an English guard phrase, are read as whole words ("named for"
# is not "named former minister"); other last words may stand for a stem ("test fir")
_WHOLE_PHRASE_ENDS = frozenset({"for", "of", "to", "on", "in", "at", "by"})


@lru_cache(maxsize=4096)
def _guard_patterns(words: tuple[str, ...]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Searches that tell whether any of the guard `words` is in a context.

    The first runs over the context words joined by spaces: a phrase (with a
    space) anywhere in it, an English one from a word's start and, ending on a preposition,
    to that word's end. The second runs over the words and their bare
    forms joined by spaces: a short word (two letters at most) as a whole
    word, a longer one as the beginning of a word.
    """
    # an English phrase starts a word, and ends one when its last word is a preposition ("named
    # for" is not "named foreign minister", "named former minister"); an Arabic one may follow a
    # proclitic
    phrases = [
        (r"(?<![^ ])" if w.isascii() else "")
        + re.escape(w)
        + (r"(?![^ ])" if w.isascii() and w.rsplit(" ", 1)[-1] in _WHOLE_PHRASE_ENDS else "")
        for w in words
        if " " in w
    ]
    # a single word as written and without what looks like a proclitic: `بتهمة` is `تهمة`
    # after `ب`, but the ب of `بروتوكول` and the ل of `لاجئ` are letters of the word
    forms = list(dict.fromkeys(f for w in words if " " not in w and w[0] != "=" for f in (w, _bare(w))))
    # a whole word (`=`), with a possessive ending at most: الأمر but not الأمريكي
    wholes = list(dict.fromkeys(f for w in words if w[0] == "=" for f in (w[1:], _bare(w[1:]))))
    singles = [
        re.escape(w) + ("(?![^ ])" if len(w) <= 2 else "") for w in forms
    ] + [
        re.escape(w) + "(?:[هكي]|ها|هم|هما|هن|كم|كما|نا)?(?![^ ])" for w in wholes
    ] + [
        # a noun in ة (folded ه) before a possessive ending is written with ت: قيمة, قيمته
        re.escape(w[:-1]) + "ت(?:[هكي]|ها|هم|هما|هن|كم|كما|نا)(?![^ ])"
        for w in forms
        if len(w) > 2 and w.endswith("ه") and is_arabic(w[0])
    ]
    return (
        gated_compile("|".join(phrases)) if phrases else None,
        gated_compile("(?<![^ ])(?:" + "|".join(singles) + ")") if singles else None,
    )


@lru_cache(maxsize=1)
def _guard_blind_names(path: Path | None = None) -> re.Pattern[str] | None:
    """A search for the names whose words are no context for `excludes` (data/triggers.json
    `guard_blind_names`): the workers of `حزب العمال الكردستاني` or of `Kurdistan Workers'
    Party` are a party's name, not workers on strike, and leave a strike on its bases one."""
    data = json.loads((path or TRIGGERS_PATH).read_text(encoding="utf-8"))
    names = []
    for name in data.get("guard_blind_names", {}).get("names", ()):
        parts = [w for w in re.split(r"[^\w]+", fold_str(name)) if w]
        if parts:
            names.append(" ".join(re.escape(w) for w in parts))
    if not names:
        return None
    alternatives = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(r"(?<![^ ])(?:وال|فال|بال|لل|ال|و|ف|ب|ل)?(?:" + alternatives + r")(?![^ ])")


def _without_blind_names(joined: str) -> str:
    """`joined` with the names of `_guard_blind_names` blanked."""
    names = _guard_blind_names()
    return joined if names is None else names.sub(" ", joined)


def _excluded(words: tuple[str, ...], around: list[str]) -> bool:
    """Whether any of the `excludes` words is among the words `around`, the words of a name
    that holds them (`_guard_blind_names`) left out."""
    joined = _without_blind_names(" ".join(around))
    kept = joined.split()
    return _any_in(words, joined, joined + " " + " ".join(map(_bare, kept)))


def _any_in(words: tuple[str, ...], joined: str, context: str) -> bool:
    phrases, singles = _guard_patterns(words)
    return bool((phrases is not None and phrases.search(joined)) or (singles is not None and singles.search(context)))


# the `requires` word of an event noun that is an event only named with the year it happened
_NAMED_YEAR = "#year"

# the `excludes` mark of a vote word that a division's count after it tells cast in a body
_TALLY = "#tally"
# the `excludes` mark of an English word that, written with a capital inside its sentence,
# is a name ("Anglo-Dutch oil group Shell signed a deal"), not the event word
_NAME = "#name"
_TALLY_REACH = 8
# words that join the two counts of a division ("350 to 96", "80 صوتا مقابل 13")
_TALLY_LINKS = frozenset(
    fold_str(w)
    for w in (
        "to", "against", "votes", "vote", "with", "in", "favour", "favor", "members", "lawmakers", "deputies",
        "senators", "mps", "مقابل", "ضد", "صوتا", "صوت", "أصوات", "نائبا", "نواب", "عضوا", "أعضاء",
    )
)
# a share of the votes, not a count of members: the result of a ballot ("voted 52% to 48%")
_SHARE_WORDS = frozenset(fold_str(w) for w in ("%", "percent", "per", "pct", "بالمئة", "بالمائة", "المئة", "المائة", "٪"))
_COUNT_PAIR = re.compile(r"^\d+[-–]\d+$")
_HYPHENS = frozenset({"-", "\u2013"})


# the nouns that count votes after their number ("182 صوتا", "182 votes"), not the verb of voting
_VOTE_COUNT_NOUNS = frozenset(fold_str(w).lower() for w in ("صوتا", "صوتاً", "أصوات", "votes"))


def _tally_start(words: tuple[str, ...] | list[str], hit: _Hit) -> int:
    """Where the counts of a division around a vote word begin: at the number right before it
    when the word is a noun counting the votes (بأغلبية 182 صوتا مقابل 6 أصوات, by 182 votes to
    6; not the verb in "عام 2014 صوت 20 مليون مصري"), else right after it (voting 350-96)."""
    if hit.tok0 > 0 and words[hit.tok0 - 1].isdigit() and words[hit.tok0].lower() in _VOTE_COUNT_NOUNS:
        return hit.tok0 - 1
    return hit.tok1 + 1


def counted_division(tokens: list[str]) -> bool:
    """Whether the tokens after a vote word open with the two counts of a division, the ayes and
    the noes, joined by a hyphen, `to`, `against` or `مقابل` (voting 350-96, by a vote of 10 to 1,
    بأغلبية 80 صوتا مقابل 13): members of a body counted, as a legislature or a cabinet votes,
    not a people at the polls; a share of the vote (52% to 48%) is a ballot's result."""
    clause: list[str] = []
    for w in tokens[: 2 * _TALLY_REACH]:
        if w in _SENTENCE_END:
            break
        clause.append(w)
    if any(w.lower() in _SHARE_WORDS or w.endswith("%") for w in clause):
        return False
    words = [w for w in clause if w[0].isalnum() or w in _HYPHENS][:_TALLY_REACH]
    if any(_COUNT_PAIR.match(w) for w in words):
        return True
    numbers = [i for i, w in enumerate(words) if w.isdigit()]
    for a, b in pairwise(numbers):
        between = words[a + 1 : b]
        if len(between) <= 3 and all(w.lower() in _TALLY_LINKS or w in _HYPHENS for w in between):
            return True
    return False


@lru_cache(maxsize=1)
def _named_years_rule(path: Path | None = None) -> dict:
    """data/triggers.json `named_years`, read once for the loaders of its word lists."""
    return json.loads((path or TRIGGERS_PATH).read_text(encoding="utf-8")).get("named_years", {})


@lru_cache(maxsize=4)
def _named_year_words(path: Path | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """data/triggers.json `named_years`: the words that tell the number after them is a year,
    and the English words that never qualify the event word after a year (folded)."""
    rule = _named_years_rule(path)
    return (
        frozenset(fold_str(w) for w in rule.get("year_words", ())),
        frozenset(fold_str(w) for w in rule.get("not_qualifiers", ())),
    )


@lru_cache(maxsize=4)
def _named_month_words(path: Path | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """data/triggers.json `named_years`: the words of setting and the months that may stand
    between an event word and its year (folded, lower case)."""
    rule = _named_years_rule(path)
    return (
        frozenset(fold_str(w).lower() for w in rule.get("setting_words", ())),
        frozenset(fold_str(w).lower() for w in rule.get("month_words", ())),
    )


def _after_qabla_an(tokens: _Tokens, i: int) -> bool:
    """Whether token `i` comes right after `قبل أن` (its verb in the subjunctive)."""
    words = tokens.words
    return i >= 2 and words[i - 1] == "ان" and words[i - 2].lstrip("و") == "قبل"


def _a_year(word: str) -> bool:
    """Whether a token is a year of the last two centuries (1948, 2011)."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


@lru_cache(maxsize=4)
def _partner_words(path: Path | None = None) -> frozenset[str]:
    """data/triggers.json `named_years.partner_words`: the words that open the other side of a
    named event between its word and its year ("a war with Armenia in 2020"), folded."""
    return frozenset(fold_str(w).lower() for w in _named_years_rule(path).get("partner_words", ()))


def _past_the_other_side(words: list[str], i: int, stops: frozenset[str]) -> int:
    """Where the words after the other side of an event end, when a partner word opens them at
    `i` ("with Armenia", "مع روسيا"): up to three words of a name; `i` itself otherwise."""
    if i >= len(words) or words[i].lower() not in _partner_words():
        return i
    k = i + 1
    while k < len(words) and k <= i + 3 and words[k][0].isalpha() and words[k].lower() not in stops and words[k] not in stops:
        k += 1
    return k if k > i + 1 else i


def _named_with_a_year(words: list[str], hit: _Hit) -> bool:
    """Whether the event word at `hit` is named with the year it happened: the year right after
    it, or past one word (a month, a place, an adjective) and a word of a year (عام, of): «ثورة
    2011»، «ثورة يناير 2011»، «حرب تموز 2006»، «الثورة المصرية عام 2011», "the revolution of
    2011"; or right before it, or past one word that qualifies it ("the 2006 war", "Egypt's 2011
    revolution", "the 2011 Egyptian revolution", "the January 2011 revolution")."""
    year_words, not_qualifiers = _named_year_words()
    settings, months = _named_month_words()
    i = hit.tok1 + 1
    j = i + 1 if i < len(words) and words[i][0].isalpha() and words[i].lower() not in settings else i
    for k in (j, _past_the_other_side(words, i, settings | year_words)):
        if k + 1 < len(words) and words[k].lower() in settings and _a_year(words[k + 1]):
            return True  # "a war in 2020", "a border war from 1998 to 2000"
        if k + 2 < len(words) and words[k].lower() in settings and words[k + 1].lower() in months and _a_year(words[k + 2]):
            return True  # "an 11-day war in May 2021", "the Gaza war in October 2023", «حرب غزة في أكتوبر 2023»
        if k > j and k + 1 < len(words) and words[k] in year_words and _a_year(words[k + 1]):
            return True  # «الحرب مع روسيا عام 2008»
    if i < len(words) and words[i][0].isalpha() and words[i] not in year_words:
        i += 1  # a month, a place or an adjective of the name: «ثورة يناير 2011»، «الثورة المصرية عام 2011»
    if i < len(words) and words[i] in year_words:
        i += 1
    if i < len(words) and _a_year(words[i]):
        return True
    before = words[max(0, hit.tok0 - 2) : hit.tok0]
    if before and _a_year(before[-1]):
        return True
    return len(before) == 2 and _a_year(before[0]) and before[1][0].isalpha() and before[1] not in not_qualifiers


# quotation marks, which a word's context reads past: a word inside quotes ("armed terrorist
# groups", «الجماعات المسلحة») keeps the words beside it outside them
_QUOTE_MARKS = frozenset('"\'«»“”‘’„')


def _past_quotes(words: list[str], i: int, step: int = 1) -> int:
    """The first token from `i` on (stepping by `step`) that is no quotation mark."""
    while 0 <= i < len(words) and words[i] in _QUOTE_MARKS:
        i += step
    return i


def _barred_before(guard: Guard, tokens: _Tokens, hit: _Hit) -> bool:
    """Whether one of the guard's `excludes_before` stands before the word in its clause."""
    return bool(guard.excludes_before) and _excluded(guard.excludes_before, _clause_words(tokens.words, hit.tok0 - 1, guard.window))


def _describing_form(word: str) -> bool:
    """Whether a folded word is a form that may describe the noun right before it: an English
    participle in -ing ("troops fighting rebels"), or an Arabic verb in the present with no
    proclitic, the clause that qualifies an indefinite noun ("قوات تقاتل المتمردين")."""
    return word.endswith("ing") or (len(word) > 3 and word[0] in "يت" and is_arabic(word[0]))


def _barred_next(guard: Guard, tokens: _Tokens, hit: _Hit) -> bool:
    """Whether the word right after the event word (past a closing quotation mark) is one of
    the guard's `excludes_next`, the noun the event word qualifies, or the word right before a
    describing form of it (past an opening one) is one of its `excludes_prev`, the noun it
    describes, as written (قوات, not القوات nor قواتها: "القوات تقاتل" tells what they do)."""
    words = tokens.words
    if guard.excludes_next:
        nxt = _past_quotes(words, hit.tok1 + 1)
        if nxt < len(words) and _excluded(guard.excludes_next, [words[nxt]]):
            return True
    if guard.excludes_prev and hit.tok0 == hit.tok1 and _describing_form(words[hit.tok0]):
        prev = _past_quotes(words, hit.tok0 - 1, -1)
        if prev >= 0 and words[prev] in guard.excludes_prev:
            return True
    return False


def _written_as_a_name(tokens: _Tokens, hit: _Hit) -> bool:
    """Whether the event word is written with a capital right after a word in lower case or a
    comma of its sentence: a name there ("oil group Shell signed"), not a sentence's first word
    ("Shells fell on the town") nor a word of a headline in title case ("Syrian Army Shells Town")."""
    prev = hit.tok0 - 1
    if prev < 0 or not tokens._capitalised(hit.tok0):
        return False
    word = tokens.words[prev]
    return word in (",", "،") or (word[0].isalpha() and word.isascii() and not tokens._capitalised(prev))


def _guard_ok(guard: Guard, tokens: _Tokens, hit: _Hit) -> bool:
    words = tokens.words
    if _barred_before(guard, tokens, hit) or _barred_next(guard, tokens, hit):
        return False
    if _NAME in guard.excludes and _written_as_a_name(tokens, hit):
        return False
    if not guard.requires and not guard.excludes:
        return True
    before = _context_words(words, hit.tok0 - 1, -1, guard.window)
    after = _context_words(words, hit.tok1 + 1, 1, guard.window, asides=bool(guard.requires))
    before.reverse()
    around = before + words[hit.tok0 : hit.tok1 + 1] + after
    joined = " ".join(around)
    if "#num" in guard.excludes and any(w[0].isdigit() for w in after[:2]):
        return False
    if _TALLY in guard.excludes and counted_division(words[_tally_start(words, hit) :]):
        return False  # "voting 350-96", "by a vote of 10 to 1": a body's division, no election
    nxt = _past_quotes(words, hit.tok1 + 1)
    if "#end" in guard.excludes and (nxt >= len(words) or not words[nxt][0].isalnum()):
        return False  # "tortured in Syrian jails.": a plural noun ending its phrase, no verb before an object
    if guard.excludes and guard.clause_excludes:
        near = (
            _clause_words(words, hit.tok0 - 1, guard.window)
            + words[hit.tok0 : hit.tok1 + 1]
            + _clause_words_after(words, hit.tok1 + 1, guard.window)
        )
        if _excluded(guard.excludes, near):
            return False
    elif guard.excludes and _excluded(guard.excludes, around):
        return False
    if guard.excludes and guard.exclude_window > guard.window:
        # with `clause_excludes`, the words before count back to a relative aside about the subject
        # ("Mursi, who won the election in June 2012, has been held by the military"), past any other aside
        if guard.clause_excludes:
            wide = _words_before_a_relative_aside(words, hit.tok0 - 1, guard.exclude_window)
        else:
            wide = _context_words(words, hit.tok0 - 1, -1, guard.exclude_window)
            wide.reverse()
        wide += words[hit.tok0 : hit.tok1 + 1] + _context_words(words, hit.tok1 + 1, 1, guard.exclude_window)
        if _excluded(guard.excludes, wide):
            return False
    requires = guard.requires
    if _NAMED_YEAR in requires:
        if not _named_with_a_year(words, hit):
            return False  # "a revolution in education", «حرب على الفساد»: no event of its own
        requires = tuple(w for w in requires if w != _NAMED_YEAR)
    if not requires or _any_in(requires, joined, joined + " " + " ".join(map(_bare, around))):
        return True
    # the asides passed over reach further, and hide nothing: "صادق البرلمان، أمس، على اتفاقية
    # مدتها عشر سنوات، تتولى ..." has its agreement in what looked like a second aside; and the
    # words of a date after the event word are passed over, with two asides, one or none after
    # them ("صادق في 7 يونيو 2017، بعد يومين من الأزمة، على اتفاقية تسمح بنشر قوات، ووصلت ..."):
    # for what the word requires only, never for what it excludes
    tried = {joined}
    for skips, dates in ((0, False), (_ASIDES, True), (1, True), (0, True)):
        plain = before + words[hit.tok0 : hit.tok1 + 1] + _context_words(words, hit.tok1 + 1, 1, guard.window, skips, dates)
        plain_joined = " ".join(plain)
        if plain_joined not in tried and _any_in(requires, plain_joined, plain_joined + " " + " ".join(map(_bare, plain))):
            return True
        tried.add(plain_joined)
    # an English relative clause set off by commas between the subject and its verb ("The
    # Houthis, who follow the Zaydi branch of Shi'ite Islam, seized Sanaa") is passed over
    # back to the subject it describes
    subject = _before_a_relative_aside(words, hit.tok0 - 1, guard.window)
    if subject:
        subject.reverse()
        plain = subject + words[hit.tok0 : hit.tok1 + 1] + after
        plain_joined = " ".join(plain)
        return _any_in(requires, plain_joined, plain_joined + " " + " ".join(map(_bare, plain)))
    return False


def _before_a_relative_aside(words: list[str], i: int, window: int) -> list[str]:
    """Up to `window` words before the English relative clause set off by two commas that
    ends at token `i` (", who follow the Zaydi branch of Shi'ite Islam,"), back from its
    opening comma; none when no such clause ends there."""
    if i < 0 or words[i] != ",":
        return []
    for j in range(i - 1, max(-1, i - 2 - _ASIDE_WORDS), -1):
        w = words[j]
        if w == ",":
            if j + 1 < i and words[j + 1].lower() in _RELATIVE_OPENERS:
                return _context_words(words, j - 1, -1, window)
            return []
        if w in _SENTENCE_END or w in ("،", ";", ":", "(", ")"):
            return []
    return []


_CLAUSE_JOINERS = frozenset({"and", "but", "while", "whereas"})  # open a coordinated clause after a comma
# open a clause of place with no comma before it ("وصل إلى الموصل أمس حيث هنأ القوات", "arrived in
# Mosul on Sunday where he congratulated the troops"): what it tells is another deed's
_PLACE_CLAUSE_OPENERS = frozenset({"حيث", "وحيث", "where"})


def _clause_words_after(words: list[str], i: int, window: int) -> list[str]:
    """Up to `window` words from token `i` on to the comma that closes its clause, short
    asides between two commas (، أمس الخميس،) passed over: `وصل إلى الموصل يوم الأحد، حيث
    هنأ القوات` ends its clause at the comma, and the troops are whom he met there, as it does at
    a clause of place with no comma (`أمس الأحد حيث هنأ القوات`); an aside followed by "and" or
    "but" closes the clause ("..., security sources said, and warrants")."""
    out: list[str] = []
    while i < len(words) and len(out) < window:
        w = words[i]
        if w in _SENTENCE_END and not _decimal_point(words, i):
            break
        if w in (",", "،"):
            close = next(
                (j for j in range(i + 1, min(len(words), i + 2 + _SHORT_ASIDE)) if words[j] in (",", "،")), None
            )
            if close is None or close == i + 1 or any(not words[k][0].isalnum() for k in range(i + 1, close)):
                break
            if close + 1 < len(words) and words[close + 1].lower() in _CLAUSE_JOINERS:
                break  # "was arrested on Thursday, security sources said, and arrest warrants were issued": a clause of its own
            i = close + 1
            continue
        if w.lower() in _PLACE_CLAUSE_OPENERS:
            break
        if w[0].isalnum():
            out.append(w)
        i += 1
    return out


def _clause_words(words: list[str], i: int, window: int) -> list[str]:
    """Up to `window` words before token `i` (inclusive) back to the comma that opens its clause."""
    out: list[str] = []
    while i >= 0 and len(out) < window:
        w = words[i]
        if w in _SENTENCE_END or w in (",", "،"):
            break
        if w[0].isalnum():
            out.append(w)
        i -= 1
    out.reverse()
    return out


# English and Arabic relative words that open an aside about the noun before its comma
_RELATIVE_ASIDE_OPENERS = frozenset({"who", "which", "whose", "whom", "الذي", "التي", "الذين", "اللذان", "اللتان"})


def _words_before_a_relative_aside(words: list[str], i: int, window: int) -> list[str]:
    """Up to `window` words before token `i` (inclusive), in order, back to the comma that
    closes a relative aside ("Mursi, who won the election in June 2012, has been held"): the
    aside and what stands before it tell of someone, not of the word's own clause. An aside of
    another kind ("Egypt's elections, delayed twice since the coup, have been held") is passed
    over, and the subject before it counts."""
    out: list[str] = []
    j = i
    while j >= 0 and len(out) < window:
        w = words[j]
        if w in _SENTENCE_END:
            break
        if w in (",", "،"):
            k = j - 1
            while k >= 0 and words[k] not in (",", "،") and words[k] not in _SENTENCE_END:
                k -= 1
            if k >= 0 and words[k] in (",", "،") and k + 1 < j and words[k + 1].lower() in _RELATIVE_ASIDE_OPENERS:
                break
        elif w[0].isalnum():
            out.append(w)
        j -= 1
    out.reverse()
    return out


# words an aside between two commas has fewer of, for a gap of a pattern to pass over it uncounted:
# a day or a place told between the verb and its object («وقعت حركتا فتح وحماس، أمس الخميس، في مقر
# جهاز المخابرات العامة المصرية بالقاهرة، اتفاق مصالحة»), a name's apposition ("charged 26
# generals, including former air force commander Akin Ozturk, with treason"), up to six words
_SHORT_ASIDE = 7
_NAME_APPOSITION = 14  # the words of an apposition set off after a person's name


@lru_cache(maxsize=1)
def _date_words() -> tuple[frozenset[str], frozenset[str]]:
    """The folded words of a written date (data/calendar.json), and those of them that
    anchor one: a month, a weekday or a day told relative to today (`أمس`, `yesterday`).
    The others (an ordinal, `من`, `في`, `on`, a time of day, `الماضي`) belong to a date
    only beside an anchor."""
    cal = json.loads((DATA_DIR / "calendar.json").read_text(encoding="utf-8"))
    anchors: set[str] = set()
    for forms in [*cal["gregorian_months"].values(), *cal["weekdays"].values()]:
        for form in forms:
            if form not in cal["weak_months"]:
                anchors.add(fold_str(form).lower().split()[0])  # (كانون الثاني: its second word an ordinal)
    for forms in cal["relative_days"].values():
        anchors.update(fold_str(form).lower() for form in forms if " " not in form)
    others: set[str] = {"في", "فى", "من", "يوم", "on", "in", "of", "the", "last"}
    for forms in cal["ordinals"].values():
        for form in forms:
            others.update(fold_str(form).lower().split())
    for form in [*cal["times_of_day"], *cal["modifiers"]["past"]]:
        others.update(fold_str(form).lower().split())
    return frozenset(anchors), frozenset(others)


def _date_phrase_end(words: list[str], i: int, stop: int) -> int:
    """The token after a date phrase that starts at token `i` (`في السابع من يونيو/حزيران
    2017`, `أمس الثلاثاء`, `on 7 June 2017`), before `stop`; `i` when none starts there.
    A verb and its object with such a phrase between them are no further apart for it."""
    anchors, others = _date_words()
    j, anchored, end = i, False, i
    while j < stop:
        w = words[j]
        if w in anchors or (w.isdigit() and len(w) == 4):
            anchored = True
        elif (w.isdigit() and len(w) <= 2) or w in others:
            pass
        elif w != "/" and w != "-":
            break
        j += 1
        if anchored and w not in _DATE_LINKS:
            end = j  # (not ending on a word that links it to more: `أمس في`)
    return end


_DATE_LINKS = frozenset({"في", "فى", "من", "يوم", "on", "in", "of", "the", "/", "-"})
_RELATIVE_OPENERS = frozenset({"who", "which", "whose", "whom"})  # open a clause describing the word before
_ASIDE_WORDS = 12  # words of an aside between two commas passed over after an event word
_ASIDES = 2  # asides passed over


def _context_words(
    words: list[str], i: int, step: int, window: int, asides: bool | int = False, dates: bool = False
) -> list[str]:
    """Up to `window` words from token `i` on, stepping by `step`, in its sentence. With
    `asides` (forward only), up to two asides set off by two commas each are passed over:
    `وعين أمس، بعد ساعات من أدائه اليمين، صهره وزيرا للمالية` reaches its role noun (a
    number: that many asides); with
    `dates` (forward only), so are the words of a date (`صادق في 7 يونيو 2017 على اتفاقية`)."""
    out: list[str] = []
    skips = (_ASIDES if asides is True else int(asides)) if asides else 0
    stop = -1 if step < 0 else len(words)
    while i != stop and len(out) < window:
        w = words[i]
        if w in _SENTENCE_END and not _decimal_point(words, i):
            break
        if w[0].isalnum():
            end = _date_phrase_end(words, i, stop) if dates else i
            if end != i:
                i = end  # (and a date told after the event word: `صادق في 7 يونيو على اتفاقية`)
                continue
            out.append(w)
        elif skips and w == ",":
            close = _aside_close(words, i)
            if close is not None:
                skips -= 1
                i = close - 1  # the closing comma may open the next aside
        i += step
    return out


def _number_end(words: list[str], i: int, b: int) -> int:
    """The last token, before b, of the number that token i opens when a decimal point or a
    separator of thousands joins it to more digits ("1.4", "24,5", "1,200": one word); else i."""
    while i + 2 < b and words[i][-1:].isdigit() and words[i + 1] in (".", ",", "٫", "٬") and words[i + 2][:1].isdigit():
        i += 2
    return i


def _decimal_point(words: list[str], i: int) -> bool:
    """Whether the full stop at token `i` stands between two digits ("$1.45 billion"), a
    decimal point, or ends one of the single letters of an abbreviation ("the U.S. Navy"):
    it ends no sentence."""
    if words[i] != "." or i == 0:
        return False
    if i < len(words) - 1 and words[i - 1][-1:].isdigit() and words[i + 1][:1].isdigit():
        return True
    if not _single_letter(words[i - 1]):
        return False
    opens = i + 2 < len(words) and _single_letter(words[i + 1]) and words[i + 2] == "."
    closes = i >= 3 and words[i - 2] == "." and _single_letter(words[i - 3])
    return opens or closes


def _single_letter(word: str) -> bool:
    return len(word) == 1 and word.isalpha()


def _aside_close(words: list[str], i: int) -> int | None:
    """The comma that closes an aside opened by the comma at token `i`, a few words on."""
    for j in range(i + 1, min(len(words), i + 2 + _ASIDE_WORDS)):
        w = words[j]
        if w == ",":
            return j if j > i + 1 else None
        if not w[0].isalnum():
            return None
    return None


# a matched form before its hit is made: (form, folded start, folded end, prefix)
_Matched = tuple[TriggerForm, int, int, str, str]  # form, folded span, prefix, ending


_MEMO_LIMIT = 20_000
_UNKNOWN = object()


def _matched_forms(
    lexicon: TriggerLexicon, folded: FoldedText, spans: list[tuple[int, int, str, tuple[_KeyPayload, ...]]]
) -> tuple[list[_Matched], dict[tuple[int, int], list[_Matched]], dict[tuple[int, int], int]]:
    """The lexicon forms each match (of `spans`, the joint automaton's) stands for:
    single-part forms, and the parts of gapped patterns by (pattern, part), kept
    only for patterns whose every part matched; and by matched span, the fewest
    letters of proclitic a form read in it has (see `_cue_index`)."""
    single: list[_Matched] = []
    parts: dict[tuple[int, int], list[_Matched]] = {}
    event_words: dict[tuple[int, int], int] = {}
    text = folded.text
    index = folded.index
    original = folded.original
    readings = lexicon.readings
    for fs, fe, key, ((payload, _),) in spans:
        if not payload:
            continue
        word = text[fs:fe]
        reading = readings.get((key, word), _UNKNOWN)
        if reading is _UNKNOWN:
            reading = _trigger_reading(lexicon, key, word, payload)
        if reading is None:
            continue
        prefix, suffix, forms = reading  # type: ignore[misc]
        if suffix == "ه" and original[index[fe - 1]] == "ة":
            continue  # folding makes ة a ه: `وزارة` is not و+زار+ه
        event_words[(fs, fe)] = min(len(prefix), event_words.get((fs, fe), len(prefix)))
        for form in forms:
            if form.nparts == 1:
                single.append((form, fs, fe, prefix, suffix))
            else:
                parts.setdefault((form.pattern, form.part), []).append((form, fs, fe, prefix, suffix))
    whole = {
        pattern
        for (pattern, part), matched in parts.items()
        if part == 0 and all((pattern, k) in parts for k in range(1, matched[0][0].nparts))
    }
    return single, {pk: matched for pk, matched in parts.items() if pk[0] in whole}, event_words


def _trigger_reading(
    lexicon: TriggerLexicon, key: str, word: str, payload: tuple[tuple[_FormCheck, ...], ...]
) -> tuple[str, str, tuple[TriggerForm, ...]] | None:
    """(prefix, suffix, forms) of a matched folded word: the forms of its key that
    allow its proclitics and ending, or None when it stands for none. A word
    ending in `ه` may still be a `ة` in the original, which the caller checks.
    Remembered per (key, word) in the lexicon."""
    prefix, suffix = ("", "") if len(word) == len(key) else _split(word, key)
    reading: tuple[str, str, tuple[TriggerForm, ...]] | None = None
    # a key ending in ه is a folded ة: `مصالحها` is not مصالحة+ا
    # a stopword stays one under a pronoun ending: `تقلهن` (carried them) is not أقال
    stop = word in lexicon.stopwords or (suffix and prefix + key in lexicon.stopwords)
    if not (suffix and key.endswith("ه")) and not stop:
        forms = tuple(
            form
            for checks in payload
            for form, suffixes, prefixes in checks
            if suffix in suffixes and (prefixes is None or prefix in prefixes)
        )
        reading = (prefix, suffix, forms) if forms else None
    if len(lexicon.readings) > _MEMO_LIMIT:
        lexicon.readings.clear()
    lexicon.readings[(key, word)] = reading
    return reading


def _candidates(
    lexicon: TriggerLexicon,
    folded: FoldedText,
    tokens: _Tokens,
    single: list[_Matched],
    parts: dict[tuple[int, int], list[_Matched]],
) -> list[_Candidate]:
    out: list[_Candidate] = []
    hits: _HitCache = {}
    for form, fs, fe, prefix, _ in single:
        hit = _hit_of(hits, folded, tokens, fs, fe, prefix)
        out.append(_Candidate(form, hit, [hit], hit.end - hit.start))
    if parts:
        out += _with_whole_documents(_gapped(lexicon, folded, tokens, parts, hits), out)
    return out


def _with_whole_documents(gapped: list[_Candidate], nouns: list[_Candidate]) -> list[_Candidate]:
    """Verb-and-document candidates whose document part is the first word of a longer
    noun of the same type take that whole noun as their last part.

    A verb of signing before a document of several words ("ووقعا عقبها أربع مذكرات
    تفاهم", "signed four memoranda of understanding") tells the deed on the whole
    document: read as the verb and the first word alone, it is shorter than the
    document's noun and loses to it, and the sentence keeps a noun with no tense and
    no doer in place of a signing in the past. A noun of another type that starts
    there keeps its own reading ("اتفاق وقف إطلاق النار" is a ceasefire). So does a verb of
    tasking before the noun of forming a government (`WHOLE_OBJECT_TYPES`: "كلف الرئيس
    السوداني بتشكيل الحكومة"): the deed is the tasking, told in the past, not the noun."""
    if not gapped or not nouns:
        return gapped
    longest: dict[tuple[str, int], _Hit] = {}
    weakest: dict[tuple[str, int], float] = {}  # the weight of the longest noun at each start
    for c in nouns:
        if c.form.event_type in WHOLE_OBJECT_TYPES:
            key = (c.form.event_type, c.head.start)
            if key not in longest or longest[key].end < c.head.end:
                longest[key] = c.head
                weakest[key] = c.form.weight
    for c in gapped:
        last = c.parts[-1]
        key = (c.form.event_type, last.start)
        whole = longest.get(key) if len(c.parts) > 1 else None
        if whole is not None and c.form.event_type not in DOCUMENT_TYPES and weakest[key] >= c.form.weight:
            continue  # "أدى ... اليمين الدستورية": a noun as strong as the verb is read on its own
        if whole is not None and whole.end > last.end and whole.start == last.start:
            c.size += whole.end - last.end
            c.parts[-1] = whole
            if c.head is last:
                c.head = whole
    return gapped


# the least weight of a verb whose object told before it in a relative clause is read with the verb
# rather than as a noun of the event of its own
OBJECT_FIRST_WEIGHT = 0.8
# the types whose object is a document (a memorandum, a treaty) rather than a deed (an attack)
DOCUMENT_TYPES = frozenset({"agreement", "ratification"})
# types whose verb-and-object patterns take a longer noun of their type starting at the object
# as their whole last part (`_with_whole_documents`): a document signed, a government one is tasked to form
WHOLE_OBJECT_TYPES = DOCUMENT_TYPES | {"appointment"}

# the hits of an article by matched span and prefix: a word that stands for several forms is one hit
_HitCache = dict[tuple[int, int, str], _Hit]


def _hit_of(hits: _HitCache, folded: FoldedText, tokens: _Tokens, fs: int, fe: int, prefix: str) -> _Hit:
    hit = hits.get((fs, fe, prefix))
    if hit is None:
        hit = hits[(fs, fe, prefix)] = _make_hit(folded, tokens, fs, fe, prefix)
    return hit


def _make_hit(folded: FoldedText, tokens: _Tokens, fs: int, fe: int, prefix: str) -> _Hit:
    """The hit of the matched span [fs, fe) (folded offsets)."""
    index = folded.index
    return _Hit(index[fs], index[fe - 1] + 1, tokens.index_at(fs), tokens.index_at(fe - 1), prefix)


def _gapped(
    lexicon: TriggerLexicon,
    folded: FoldedText,
    tokens: _Tokens,
    parts: dict[tuple[int, int], list[_Matched]],
    hits: _HitCache,
) -> list[_Candidate]:
    """Multi-part candidates: each first part followed, in its sentence and within
    the pattern's gap, by the nearest hit of every next part (`parts`: of the
    patterns whose every part matched)."""
    gapped: list[_Candidate] = []
    objected = _pronoun_objects(lexicon, folded, tokens, parts, hits)
    found: dict[tuple[int, int], list[tuple[TriggerForm, _Hit]]] = {}
    later_tok0: dict[tuple[int, int], list[int]] = {}
    for (pattern, part), raw in parts.items():
        if part != 0:
            continue
        for k in range(raw[0][0].nparts):
            if (pattern, k) not in found:
                made = [
                    (form, _hit_of(hits, folded, tokens, fs, fe, prefix))
                    for form, fs, fe, prefix, _ in parts[(pattern, k)]
                ]
                made.sort(key=lambda fh: (fh[1].tok0, fh[1].start - fh[1].end))  # the longest part at a word first
                found[(pattern, k)] = made
                later_tok0[(pattern, k)] = [h.tok0 for _, h in made]
        firsts = found[(pattern, 0)]
        nparts = firsts[0][0].nparts
        gap = lexicon.gaps[pattern]
        for form, hit in firsts:
            chain = [hit]
            for k in range(1, nparts):
                prev = chain[-1]
                later = found[(pattern, k)]
                i = bisect.bisect_right(later_tok0[(pattern, k)], prev.tok1)
                if i == len(later):
                    break
                h = later[i][1]
                # no more words between than tokens: most parts are near enough without counting
                if not tokens.same_sentence(prev.tok1, h.tok0) or (
                    h.tok0 - prev.tok1 - 1 > gap and tokens.more_words_between(prev.tok1, h.tok0, gap)
                ):
                    break
                chain.append(h)
            before = len(chain) < nparts and (form, hit.start, hit.end) in objected
            if before:
                chain = [hit, *_object_before(lexicon, tokens, form, hit, found[(pattern, 1)])]
            if len(chain) == nparts:
                at = min(lexicon.heads[pattern], nparts - 1)
                head = chain[at]
                if at > 0 and not form.tense and lexicon.head_tenses[pattern]:
                    # "a ballistic missile fired by the rebels": the tense of the verb that tells the deed
                    told = next((f for f, h in found[(pattern, at)] if h is head), None)
                    if told is not None and told.tense:
                        form = replace(form, tense=told.tense)
                # a document told before the strong verb of its signing spans the relative clause
                # from that document to its verb ("مذكرة التفاهم التي وقعها"): the deed done on it,
                # before the document's own words, which name a thing, read as a noun of the event
                spans = before and form.weight >= OBJECT_FIRST_WEIGHT and form.event_type in DOCUMENT_TYPES
                size = chain[0].end - chain[1].start if spans else sum(h.end - h.start for h in chain)
                gapped.append(_Candidate(form, head, chain, size))
    return gapped


def _pronoun_objects(
    lexicon: TriggerLexicon,
    folded: FoldedText,
    tokens: _Tokens,
    parts: dict[tuple[int, int], list[_Matched]],
    hits: _HitCache,
) -> set[tuple[TriggerForm, int, int]]:
    """(form, start, end) of the first parts that are Arabic verbs in the past or verbal nouns
    with an attached object pronoun ("أغلقها", "أعادت ... فتحها"), of two-part patterns: a
    present verb of a relative clause tells what goes on ("القيود التي تفرضها"), no deed of a day."""
    rel = lexicon.relatives
    if rel is None:
        return set()
    out: set[tuple[TriggerForm, int, int]] = set()
    for (_, part), raw in parts.items():
        for form, fs, fe, prefix, suffix in raw:
            if (
                part == 0
                and form.nparts == 2
                and form.tense in ("past", "")
                and form.language == "ar"
                and suffix in rel.pronouns
            ):
                hit = _hit_of(hits, folded, tokens, fs, fe, prefix)
                out.add((form, hit.start, hit.end))
    return out


def _object_before(
    lexicon: TriggerLexicon, tokens: _Tokens, form: TriggerForm, verb: _Hit, objects: list[tuple[TriggerForm, _Hit]]
) -> list[_Hit]:
    """The object part told before its verb: the verb right after a relative pronoun (a
    verbal noun within `noun_reach` words after it: "السفارة التي أعادت السعودية فتحها"),
    the object's words ending within `reach` words before the pronoun, in one clause."""
    rel = lexicon.relatives
    assert rel is not None
    r = verb.tok0 - 1
    lowest = r if form.tense else max(0, r - rel.noun_reach)
    while r > lowest and tokens.words[r] not in rel.relatives and tokens.words[r][:1].isalpha():
        r -= 1
    if r < 0 or tokens.words[r] not in rel.relatives:
        return _object_before_opener(rel, tokens, form, verb, objects)
    best: _Hit | None = None
    for _, h in objects:
        near = r - rel.reach - 1 <= h.tok1 < r and tokens.same_sentence(h.tok1, r)
        if (
            near
            and all(tokens.words[j][:1].isalpha() for j in range(h.tok1 + 1, r))
            and (best is None or h.tok1 > best.tok1)
        ):
            best = h
    return [best] if best is not None else []




def _object_before_opener(
    rel: RelativeObjects, tokens: _Tokens, form: TriggerForm, verb: _Hit, objects: list[tuple[TriggerForm, _Hit]]
) -> list[_Hit]:
    """The object taken up by the pronoun of a verb in the past that opens a clause of time
    right after its particle ("على اتفاق السلم ...، بعد أن وقعته الحكومة المالية"): the nearest
    object's words ending within `opener_reach` words before the particle, in its sentence."""
    r = verb.tok0 - 1
    if form.tense != "past" or r < 1 or tokens.words[r] not in rel.openers:
        return []
    near = [
        h for _, h in objects if r - rel.opener_reach - 1 <= h.tok1 < r - 1 and tokens.same_sentence(h.tok1, r)
    ]
    return [max(near, key=lambda h: h.tok1)] if near else []


def _select(cands: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, longest (then strongest) first.

    The spans taken are disjoint, so kept sorted their ends rise with their
    starts, and one bisection tells whether a span overlaps any of them.
    """
    chosen: list[_Candidate] = []
    starts: list[int] = []
    ends: list[int] = []
    for c in sorted(cands, key=lambda c: (-c.size, -c.form.weight, not c.form.tense, c.head.start)):
        if any(_overlaps(starts, ends, h.start, h.end) for h in c.parts):
            continue
        chosen.append(c)
        for h in c.parts:
            i = bisect.bisect_left(starts, h.start)
            starts.insert(i, h.start)
            ends.insert(i, h.end)
    return chosen


def _overlaps(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the disjoint spans (sorted `starts`, `ends`)."""
    i = bisect.bisect_left(starts, end)
    return i > 0 and ends[i - 1] > start


# --------------------------------------------------------------------------
# Modality


@dataclass(slots=True)
class _Cue:
    form: CueForm
    hit: _Hit
    text: str


def _cue_index(
    lexicon: TriggerLexicon,
    folded: FoldedText,
    tokens: _Tokens,
    spans: list[tuple[int, int, str, tuple[_KeyPayload, ...]]],
    heads: Iterable[int],
    event_words: dict[tuple[int, int], int] | None = None,
) -> dict[int, list[_Cue]]:
    """Cues (of `spans`, the joint automaton's) by the index of their last token,
    in the sentences of the trigger tokens `heads` (no walk from a trigger to its
    cue leaves its sentence).

    A cue read behind more proclitics than an event word of the same letters has
    (`event_words`: the fewest letters of proclitic of a trigger reading, by folded
    span) is no cue: the letter it strips is the event word's own («وبحث الوزيران وقف
    إطلاق النار» is و + بحث, discussed, not و + ب + حث, urged).

    A match lies in a sentence exactly when its key does: a sentence ends just
    after a non-letter, so no proclitic or suffix reaches across its bounds.
    """
    cues = lexicon.cues
    stretches = _sentence_stretches(tokens, heads)
    los = [lo for lo, _ in stretches]
    by_end: dict[int, list[_Cue]] = {}
    text = folded.text
    index = folded.index
    original = folded.original
    words = tokens.words
    index_at = tokens.index_at
    readings = lexicon.cue_readings
    for fs, fe, key, ((_, payload),) in spans:
        if not payload:
            continue
        k = bisect.bisect_right(los, fs) - 1
        if k < 0 or fe > stretches[k][1]:
            continue
        word = text[fs:fe]
        reading = readings.get((key, word))
        if reading is None:
            reading = _cue_reading(lexicon, key, word, payload)
        prefix, forms = reading
        if prefix and event_words and len(prefix) > event_words.get((fs, fe), len(prefix)):
            continue
        hit = None
        for form in forms:
            start, end = index[fs], index[fe - 1] + 1
            if form.exact is not None and original[start:end].lstrip("وف") != form.exact:
                continue
            if hit is None:
                hit = _Hit(start, end, index_at(fs), index_at(fe - 1), prefix)
            nxt = _past_quotes(words, hit.tok1 + 1)
            next_word = words[nxt] if nxt < len(words) else ""
            if form.not_words and _lookalike(words, hit, form.not_words):
                continue
            if form.not_next and (next_word in form.not_next or _bare(next_word) in form.not_next):
                continue
            if form.not_prev and _after_words(words, hit.tok0, form.not_prev):
                continue
            if form.imperfect_next and (
                not _imperfect(next_word, cues.qad_past)
                or (next_word[:1] in "تن" and _past_perfect(words, hit, cues.perfect_auxiliaries))
            ):
                continue
            by_end.setdefault(hit.tok1, []).append(_Cue(form, hit, original[start:end]))
    for items in by_end.values():
        items.sort(key=lambda c: c.hit.tok1 - c.hit.tok0, reverse=True)
    return by_end


def _after_words(words: list[str], start: int, phrases: tuple[str, ...]) -> bool:
    """Whether one of `phrases` (folded, words joined by spaces) ends right before the token
    `start`, its first word perhaps with a proclitic."""
    start = _past_quotes(words, start - 1, -1) + 1  # «قال" إن ...»: the words before the quotation mark
    for phrase in phrases:
        n = len(phrase.split())
        if start < n:
            continue
        before = words[start - n : start]
        if " ".join(before) == phrase or " ".join([_bare(before[0]), *before[1:]]) == _bare_phrase(phrase):
            return True
    return False


def _bare_phrase(phrase: str) -> str:
    first, *rest = phrase.split()
    return " ".join([_bare(first), *rest])


def _lookalike(words: list[str], hit: _Hit, not_words: frozenset[str]) -> bool:
    """Whether a one-word cue match is a word of `not_words` (folded), with or without a
    leading `و`/`ف`: a number or an adjective that reads as a verb (تسعة، كاملا)."""
    if hit.tok0 != hit.tok1:
        return False
    word = words[hit.tok0]
    return word in not_words or (word[:1] in ("و", "ف") and word[1:] in not_words)


def _cue_reading(
    lexicon: TriggerLexicon, key: str, word: str, payload: tuple[CueForm, ...]
) -> tuple[str, tuple[CueForm, ...]]:
    """(prefix, forms) of a matched folded word: the cue forms of its key that allow
    its ending and proclitics. Remembered per (key, word) in the lexicon."""
    prefix, suffix = ("", "") if len(word) == len(key) else _split(word, key)
    forms = tuple(
        form
        for form in payload
        if suffix in _SUFFIX_CLASSES[form.suffixes] and (form.clitics != "conj" or prefix in _CUE_WORD_PREFIXES)
    )
    if len(lexicon.cue_readings) > _MEMO_LIMIT:
        lexicon.cue_readings.clear()
    lexicon.cue_readings[(key, word)] = reading = (prefix, forms)
    return reading


def _sentence_stretches(tokens: _Tokens, heads: Iterable[int]) -> list[tuple[int, int]]:
    """Folded (start, end) of the sentences holding the tokens `heads`, in text order."""
    return sorted({tokens.sentence(h) for h in heads})


_PAST_SUBJECT_ENDINGS = ("ت", "تا", "وا")


def _imperfect(word: str, past: frozenset[str]) -> bool:
    """Whether a folded Arabic word looks like an imperfect verb (after `قد`)."""
    if len(word) < 3 or word in past:
        return False
    if word[0] == "ي":
        return True
    # a past in تـ or نـ with the ending of a past subject ("قد توصلت"، "قد توصلتا"، "قد
    # تمكنوا"، "قد نشرت"، "قد نفذوا"): the present in نـ ("قد ننشر") has none; a word of three
    # letters in نـ is a past too ("قد نفذ"), unless its last is weak ("قد نرى")
    if word[0] == "ن" and len(word) == 3 and word[-1] not in "ىاي":
        return False
    return word[0] in "تن" and not word.endswith(_PAST_SUBJECT_ENDINGS)


_COMPLEMENTIZER = LazyPattern(r"^[وف]?ب?[اأإ]ن(?:ه|ها|هم|هما|نا)?$")
_PERFECT_REACH = 10  # words between the past auxiliary and `قد`: the subject, its titles and name


def _past_perfect(words: list[str], hit: _Hit, auxiliaries: frozenset[str]) -> bool:
    """Whether a bare `قد` (no conjunction of its own opening another clause) follows a
    past auxiliary of its sentence (كان، كانت) within a subject's reach, in its clause (no
    that-clause opened between): "وكان الرئيس حسني مبارك قد تنحى" tells a deed done before,
    as "قد" before any verb in the past does; the verb after it, in تـ or نـ, is the past's."""
    if hit.prefix:
        return False
    seen = 0
    i = hit.tok0 - 1
    while i >= 0 and seen < _PERFECT_REACH:
        word = words[i]
        if word in _SENTENCE_END or _COMPLEMENTIZER.match(word):
            return False
        if word[0].isalnum():
            if word in auxiliaries:
                return True
            seen += 1
        i -= 1
    return False


_MAX_WALK = 16
_UPON_REACH = 3  # words between `upon` and the event noun it ties to its clause's time


def _talked_with_about(tokens: _Tokens, head: _Hit, cues: ModalityCues) -> str | None:
    """The words of talks whose topic the trigger is, a partner between ("talks with Houthi
    leaders on a permanent ceasefire", "محادثات مع قادة الحوثيين بشأن وقف دائم لإطلاق النار"):
    a topic word at most `talk_topic_reach` words before the trigger (English: an indefinite
    article right after it), and at most `talk_partner_gap` words before that, `with` right
    after a noun of talks; all in one clause, no punctuation between."""
    i = head.tok0 - 1
    topic = None
    while i >= 0 and head.tok0 - 1 - i <= cues.talk_topic_reach and tokens.is_word(i):
        if tokens.words[i] in cues.talk_topic_words and (
            tokens.words[i][0].isascii() is False or tokens.words[i + 1] in cues.talk_articles
        ):
            topic = i
            break
        i -= 1
    if topic is None:
        return None
    j = topic - 1
    while j > 0 and topic - 1 - j <= cues.talk_partner_gap and tokens.is_word(j):
        if tokens.words[j] in cues.talk_partner_words and tokens.words[j - 1] in cues.talk_nouns:
            return f"{tokens.words[j - 1]} {tokens.words[j]} ... {tokens.words[topic]}"
        j -= 1
    return None


@lru_cache(maxsize=2)
def load_called_complements(path: Path | None = None) -> tuple[frozenset[str], frozenset[str], int, frozenset[str]]:
    """The words that open the complement of a verb of calling or threatening (دعا الطرفين
    إلى ..., urged them to ...), the cue kinds that take one, the most words of the verb's
    subject and object before it, and the Arabic words in ب that are prepositions of their
    own, opening none (data/modality.json `called_complements`)."""
    data = read_modality(path).get("called_complements", {})
    return (
        frozenset(fold_str(w).lower() for w in data.get("openers", ())),
        frozenset(data.get("kinds", ())),
        int(data.get("reach", 0)),
        frozenset(fold_str(w) for w in data.get("not_ba", ())),
    )


@lru_cache(maxsize=2)
def load_conjoined_tellings(path: Path | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """The words that join a verb of telling to the clause before it (English `and`; the
    Arabic و and ف are proclitics) and the words right after such a verb that make it the
    continuation of the clause before, no clause of its own (data/modality.json
    `conjoined_tellings`)."""
    data = read_modality(path).get("conjoined_tellings", {})
    return (
        frozenset(fold_str(w).lower() for w in data.get("conjunctions", ())),
        frozenset(fold_str(w).lower() for w in data.get("not_next", ())),
    )


def _conjoined_telling(tokens: _Tokens, cues: list[_Cue]) -> bool:
    """Whether a verb of telling in the past joined by `and` to the clause before opens a
    clause of its own ("ودعا الأمين العام الأطراف إلى ضبط النفس وأعلن الجيش وقف إطلاق النار",
    "urged restraint and the army announced a ceasefire"): the deed it tells is no longer in the
    reach of a cue before it; not when a preposition or a complementizer follows it (وشدد على
    ضرورة وقف القتال), which carries on the clause before."""
    conjunctions, not_next = load_conjoined_tellings()
    for cue in cues:
        if cue.form.kind != "saying" or cue.form.tense != "past":
            continue
        nxt = _past_quotes(tokens.words, cue.hit.tok1 + 1)
        if nxt < len(tokens.words) and tokens.words[nxt].lower() in not_next:
            continue
        word = tokens.words[cue.hit.tok0]
        if word[:1].isascii():
            # "and the army announced", "and announced": `and` right before the verb or its subject
            j = cue.hit.tok0 - 1
            while j >= 0 and cue.hit.tok0 - j <= 3 and tokens.words[j][0].isalnum():
                if tokens.words[j].lower() in conjunctions:
                    return True
                j -= 1
        elif cue.hit.prefix in ("و", "ف"):
            return True
    return False


def _ba_opener(token: str) -> bool:
    """Whether an Arabic token opens with the preposition ب or the ل of purpose before a noun,
    perhaps after و (بشن، وبفرض، لشن), not a preposition of its own (بعد، بين، لدى,
    `called_complements.not_ba`)."""
    bare = token[1:] if token[:1] in ("و", "ف") else token
    return len(bare) >= 3 and bare[:1] in ("ب", "ل") and is_arabic(bare[0]) and bare not in load_called_complements()[3]


def _complement_opener(tokens: _Tokens, i: int, head: _Hit) -> bool:
    """Whether the token `i` opens a complement: `إلى`, `to` or `for`, or the ب or ل of the word
    right before the event word (لوح بشن عملية برية، دعا الأطراف لبدء مفاوضات)."""
    word = tokens.words[i]
    return word.lower() in load_called_complements()[0] or (i == head.tok0 - 1 and _ba_opener(word))


def _in_called_complement(cue: _Cue, openers: list[tuple[int, int]], words: int) -> bool:
    """Whether the event word lies in the complement of a verb of calling or threatening, within
    the cue's reach of the `إلى`, `to` or ب that opens it, the first such opener after the verb,
    with at most `called_complements.reach` words of the verb's subject and object between ("ودعا مجلس
    الأمن الدولي والاتحاد الأفريقي البلدين إلى وقف فوري للأعمال العدائية والعودة إلى طاولة
    المفاوضات", "ولوح الرئيس التركي رجب طيب أردوغان مرارا بشن عملية برية", "The Security Council
    urged Sudan and South Sudan to halt hostilities and return to the negotiating table"): the
    deeds called for or threatened are not done, however many words name who calls or threatens
    whom. `openers`: the (token, words walked back from the event word) of each opener passed."""
    after = [(tok, walked) for tok, walked in openers if tok > cue.hit.tok1]
    if not after:
        return False
    walked = min(after)[1]  # the first opener after the verb
    return walked <= cue.form.reach and words - walked - 1 <= load_called_complements()[2]


@lru_cache(maxsize=2)
def load_governed_complements(
    path: Path | None = None,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The prepositions that open a complement of origin or time a negation of the verb before
    it does not reach, the words before من that make it partitive and the words after it that
    make it another preposition, and the negations of a verb (data/modality.json
    `governed_complements`)."""
    data = read_modality(path).get("governed_complements", {})

    def words(name: str) -> frozenset[str]:
        return frozenset(fold_str(w).lower() for w in data.get(name, ()))

    return words("prepositions"), words("not_after"), words("not_before"), words("negators")


def _opens_governed_complement(tokens: _Tokens, i: int) -> bool:
    """Whether the token `i` is a preposition that opens a complement of origin or time ("has not
    recovered from the invasion", "لم تتعاف من الغزو"): the deed named in it is no part of what a
    negation of the verb before it denies (`load_governed_complements`)."""
    prepositions, not_after, not_before, _ = load_governed_complements()
    word = tokens.words[i].lower()
    if word not in prepositions:
        return False
    before = tokens.words[i - 1].lower() if i > 0 else ""
    after = tokens.words[i + 1].lower() if i + 1 < len(tokens.words) else ""
    return before not in not_after and after not in not_before


def _negates_a_verb(cue: _Cue) -> bool:
    """Whether the cue is a negation of a verb (not, never, لم, لن), as against a noun's
    (no, لا, غير) or a verb of denying."""
    if cue.form.kind != "negated":
        return False
    word = fold_str(cue.text).lower()
    negators = load_governed_complements()[3]
    return word in negators or (word[:1] in "وف" and word[1:] in negators)


def _governing_cue(
    tokens: _Tokens,
    index: dict[int, list[_Cue]],
    head: _Hit,
    event_type: str,
    owners: dict[int, object] | None = None,
    own: object = None,
    tense: str = "",
    fresh: bool = False,
) -> _Cue | None:
    """The cue before the trigger, in its clause and within the cue's reach.

    Walks back from the trigger. Punctuation, boundary words and `إن` (or a
    `أن`/`that` after a verb of saying) close the clause; a complementizer
    otherwise keeps it open, and then commas (appositions between a verb and
    its `أن` clause) do not close it. A cue word that is part of another event
    word of several words (`owners`: the event word of each of their tokens;
    `own`: this one), as `محاولة` of `محاولة الانقلاب`, governs nothing. A verbal
    noun of carrying out (تطبيق) closes it unless the event word is told new
    (`fresh`: عقوبات إضافية), which that noun does not presuppose.
    """
    owners = owners or {}
    words = 0
    # a prepositional complement (`بتقديم`, `إلى وقف`) keeps the clause open across commas too
    in_complement = head.prefix.lstrip("وف")[:1] in ("ب", "ل") or (
        head.tok0 > 0 and tokens.words[head.tok0 - 1] in ("الي", "علي")
    )
    # "طالبت حماس، اليوم السبت، بعقد اجتماع طارئ": the ب of the word right before it opens the
    # complement as well, across the commas of a time set off, not those of a clause of its own
    # after them ("طالب المحتجون بالإفراج عن المعتقلين، ورحبوا بعقد اجتماع")
    opened_before = not in_complement and head.tok0 > 0 and _ba_opener(tokens.words[head.tok0 - 1])
    # "سيتم إرسال قوات إلى قطر فور التصديق على الاتفاقية", "troops will be sent upon
    # ratification of the deal": the event nouns just after `upon` are as planned as its
    # clause, however far back the cue
    upon = False
    # (token, words walked) of each `إلى`/`to` passed: the complement a demand opens with it
    openers: list[tuple[int, int]] = []
    if head.prefix.lstrip("وف")[:1] in ("ب", "ل"):
        # "هدد بفرض عقوبات", "دعا الأطراف في اليمن لوقف إطلاق النار": the event word opens the complement
        openers.append((head.tok0, -1))
    # a preposition of origin or time passed: a negation of the verb before it reaches no further
    # ("has not recovered from the invasion", "لم تتعاف من الغزو")
    past_complement = False
    # "postponed the vote indefinitely and replaced the prime minister": a verb in the past right
    # after `and` is a predicate of its own, which a verb of a cue before it does not reach
    conjoined_verb = tense == "past" and head.tok0 > 0 and tokens.words[head.tok0 - 1].lower() == "and"
    i = head.tok0 - 1
    while i >= 0 and words <= _MAX_WALK:
        if _complement_opener(tokens, i, head):
            openers.append((i, words))
        cues = index.get(i)
        if cues:
            for cue in cues:
                if (
                    cue.form.kind in MODALITIES
                    and cue.form.direction != "after"
                    and (
                        (words <= cue.form.reach and not cue.form.complement)
                        or (upon and cue.form.kind == "planned")
                        or _in_its_phrase(tokens, cue, head, words)
                        or (
                            (cue.form.complement or cue.form.kind in load_called_complements()[1])
                            and _in_called_complement(cue, openers, words)
                        )
                    )
                    and event_type not in cue.form.except_types
                    and (cue.form.topic or owners.get(cue.hit.tok0, own) is own)
                    # a purpose phrase right before the word makes it a verbal noun (من أجل عقد)
                    and not (cue.form.not_past and tense == "past" and words >= 2)
                    # "before the president-elect takes office": a deed still to come
                    and not (cue.form.present_clause and (tense not in ("present", "base") or words < 1))
                    and not (past_complement and _negates_a_verb(cue))
                    and not (conjoined_verb and _verb_s_own_complement(cue))
                ):
                    return cue
            if _conjoined_telling(tokens, cues):
                return None  # "ودعا الأطراف إلى ضبط النفس وأعلن الجيش وقف إطلاق النار": a clause of its own
            if any(c.form.kind == "repeated" and words <= c.form.reach for c in cues):
                return None  # "وليست هذه المرة الأولى لاستهداف السفارة", "not the first attack": done again
            # a boundary that is the deed's own verbal noun for its type (تنفيذ إضراب: carrying it out) ends nothing
            kinds = {c.form.kind for c in cues if not (c.form.kind == "boundary" and event_type in c.form.except_types)}
            if words <= _UPON_REACH and "upon" in kinds:
                upon = True
            first = min(c.hit.tok0 for c in cues)
            if (
                words <= _presupposed_reach(tokens, head)
                and _presupposes(cues, event_type)
                and not _any_between(tokens, i + 1, head.tok0)
                and not _alternative(tokens, head)
            ):
                return None  # "تعهد بالرد على اغتيال العالم": the deed responded to happened
            if "boundary" in kinds and (tokens.words[first] in _RELATIVES or not fresh):
                # "نفت الأنباء التي تحدثت عن اعتقال": the relative clause of a denied report
                return _denied_report(tokens, index, first - 1) if tokens.words[first] in _RELATIVES else None
            if "anaphor" in kinds and words == 0:
                return None
            if "comp" in kinds:
                comp = next(c for c in cues if c.form.kind == "comp")
                if "إ" in comp.text or _after_saying(tokens, index, first - 1):
                    # "نفت التقارير التي أفادت بأنها اعتقلت", "denied reports that it had arrested"
                    return _denied_report(tokens, index, first - 1)
                in_complement = True
            elif not kinds & {"light", "anaphor"}:
                words += 1
            i = first - 1
            continue
        tok = tokens.words[i]
        if tok in (",", "،") and (opened := _date_aside_opening(tokens.words, i)) is not None:
            i = opened - 1  # "فشل مجلس النواب، الأربعاء، في انتخاب رئيس": the day told aside
            continue
        if tok == "," and _adverb_aside(tokens.words, i):
            i -= 3  # "paves the way for a transitional government and, eventually, elections"
            continue
        if tok in _SENTENCE_END and not _decimal_point(tokens.words, i):
            return None
        if i == head.tok0 - 1 and tok in _QUOTES and tokens.words[head.tok0].isascii() and _quoted_modifier(tokens, i, head):
            # 'promised to hold a new "free and fair" election': the quoted modifiers, one word
            # (an Arabic noun takes its modifiers after it: a quote closed before it is no modifier)
            i = next(j for j in range(i - 1, -1, -1) if tokens.words[j] in _QUOTES) - 1
            words += 1
            continue
        if tok[0].isalnum():
            words += 1
            past_complement = past_complement or _opens_governed_complement(tokens, i)
        elif not (
            _inside_a_word(tokens, i)  # the hyphen of "a 30-day ceasefire"
            or _sign_of_a_number(tokens, i)  # "withheld $130 million of military aid"
            or _decimal_point(tokens.words, i)  # "withheld $1.3 billion of military aid"
            or (tok == "," and in_complement)
            or (tok in (",", "،") and opened_before and not _opens_a_conjoined_clause(tokens, i + 1))
            or (tok in _QUOTES and any(c.form.kind == "comp" for c in index.get(i - 1, ())))
            or (tok in _QUOTES and _scare_quoted(tokens, i, head))  # لن تسمح بشن "هجمات إرهابية"
            or (tok in _QUOTES and _short_quote(tokens, i, index))  # دعت إلى "وقف فوري" للقتال
            or (tok in _QUOTES and _quoted_modifier(tokens, i, head))  # an initiative for a "mutual" ceasefire
        ):
            return None
        i -= 1
    return None


# kinds of cue that govern a whole clause, both verbs of a pair joined by "and" ("If the army seized
# power and arrested ...", "feared that gunmen had stormed the village and killed dozens")
_CLAUSE_GOVERNING_KINDS = frozenset({"denied", "hypothetical", "feared"})


def _verb_s_own_complement(cue: _Cue) -> bool:
    """Whether the cue is an English verb in the past that governs only its own object or
    complement ("postponed the vote", "refused to negotiate"), not a second verb joined to it by
    "and"; a negation ("did not"), a condition, a fear or a denial governs both."""
    words = [w.lower() for w in cue.text.split()]
    return cue.form.kind not in _CLAUSE_GOVERNING_KINDS and any(w.isascii() and w.endswith("ed") for w in words)


def _opens_a_conjoined_clause(tokens: _Tokens, i: int) -> bool:
    """Whether the token `i`, right after a comma, opens a clause of its own with و or ف
    ("، ورحبوا بعقد اجتماع"), rather than going on with the time or the object set off."""
    return i < len(tokens.words) and tokens.words[i][:1] in ("و", "ف") and is_arabic(tokens.words[i][0])


# nouns in -ly of more than five letters, no adverbs ("the ruling family, reportedly, ...")
_NOT_ADVERBS = frozenset({"family", "assembly", "anomaly", "monopoly", "butterfly", "homily"})


def _adverb_aside(words: list[str], i: int) -> bool:
    """Whether the comma at token `i` closes one English adverb in -ly, written in lower case and
    set off by commas ("and, eventually, elections"): an aside inside the clause, no end of it."""
    if i < 2 or words[i - 2] != ",":
        return False
    word = words[i - 1]
    return len(word) > 5 and word.isascii() and word.isalpha() and word.islower() and word.endswith("ly") and word not in _NOT_ADVERBS


def _date_aside_opening(words: list[str], i: int) -> int | None:
    """The comma that opens a short aside holding only a date (`_date_phrase_end`) and closed by
    the comma at token `i`, else None. Arabic wires set the day off by two commas between a verb
    and its subject or complement (`نفت الحركة، الخميس، تقارير عن انتخاب`, `فشل البرلمان، مساء
    الأربعاء، في انتخاب رئيس`): the day is no clause of its own, and a cue before it still
    governs the event word after it."""
    for j in range(i - 1, max(-1, i - 2 - _SHORT_ASIDE), -1):
        if words[j] in (",", "،"):
            return j if j < i - 1 and _date_phrase_end(words, j + 1, i) == i else None
        if words[j] in _SENTENCE_END:
            return None
    return None


def _in_its_phrase(tokens: _Tokens, cue: _Cue, head: _Hit, words: int) -> bool:
    """Whether the trigger heads the noun phrase a determiner cue opens: at most the cue's
    `phrase_reach` words between, all of them words and none a word that ends the phrase
    ("no new air strikes", not "no one was hurt in the air strikes")."""
    if not cue.form.phrase_reach or words > cue.form.phrase_reach:
        return False
    between = tokens.words[cue.hit.tok1 + 1 : head.tok0]
    if cue.form.before_head and not any(
        len(between) >= len(words := w.split()) and [fold_str(b).lower() for b in between[-len(words) :]] == words
        for w in cue.form.before_head
    ):
        return False
    return all(w[0].isalnum() or _inside_a_word(tokens, cue.hit.tok1 + 1 + k) for k, w in enumerate(between)) and not any(
        w.lower() in cue.form.phrase_breaks for w in between
    )


# Words a cue of a deed that happened may stand before the event word: an Arabic noun's
# adjectives follow it ("بالرد على الهجوم الكيميائي"), an English noun's come before it, with
# its article ("in response to the alleged chemical attack on Douma")
_PRESUPPOSED_REACH = {"ar": 1, "en": 3}


def _presupposed_reach(tokens: _Tokens, head: _Hit) -> int:
    """How many words may stand between a cue of a deed that happened and the event word."""
    return _PRESUPPOSED_REACH["en" if tokens.words[head.tok0][:1].isascii() else "ar"]


def _presupposes(cues: list[_Cue], event_type: str) -> bool:
    """Whether a cue ending here is a word after which an event word of `event_type` tells a
    deed that happened (its `only_types`: `تفاصيل مقتلهم`, the details of a killing)."""
    return any(c.form.kind == "presupposed" and event_type not in c.form.except_types for c in cues)


# "مسؤوليتها عن قتل أو اختفاء خاشقجي": a deed told as one of alternatives is not told as done
_OR = frozenset({"او", "or"})


def _alternative(tokens: _Tokens, head: _Hit) -> bool:
    nxt = head.tok1 + 1
    return nxt < len(tokens.words) and tokens.words[nxt].lower() in _OR


# "بالرد على أي هجوم", "to respond to any attack": the deed is a hypothetical one
_ANY = frozenset({"اي", "اية", "any"})


def _any_between(tokens: _Tokens, lo: int, hi: int) -> bool:
    return any(tokens.words[j].lower() in _ANY for j in range(lo, hi))


# relative pronouns that open a clause describing the noun before them (folded)
_RELATIVES = frozenset({"التي", "الذي", "الذين", "which", "that"})


def _denied_report(tokens: _Tokens, index: dict[int, list[_Cue]], i: int) -> _Cue | None:
    """The denial of a report whose content the trigger's clause is, the report
    ending at token `i`: a report noun ("التقارير", "الأنباء", "reports"), maybe with
    its relative pronoun and verb of saying after it ("التقارير التي أفادت", "reports
    which said"), governed by a verb of denial ("نفت صحة التقارير", "denied reports").
    Only the reported doing is denied: an event outside the report stays asserted."""
    cues = index.get(i, ())
    if not any(c.form.kind == "report_noun" for c in cues):
        if not any(c.form.kind == "saying" for c in cues):
            return None
        i = min(c.hit.tok0 for c in cues) - 1  # the report's own verb of saying
        if i >= 0 and tokens.words[i] in _RELATIVES:
            i -= 1
        cues = index.get(i, ())
        if not any(c.form.kind == "report_noun" for c in cues):
            return None
    denial = next((c for c in cues if c.form.kind == "denied"), None)  # "dismissed reports"
    if denial is not None:
        return denial
    noun = next(c for c in cues if c.form.kind == "report_noun")
    cue = _governing_cue(tokens, index, noun.hit, "")
    return cue if cue is not None and cue.form.kind == "denied" else None


def _inside_a_word(tokens: _Tokens, i: int) -> bool:
    """Whether token `i` is a hyphen or slash joining the tokens on either side with no
    space ("30-day", "three-day"): part of one word, it closes no clause."""
    if tokens.words[i] not in ("-", "/") or i == 0 or i + 1 >= len(tokens.words):
        return False
    return tokens.ends[i - 1] == tokens.starts[i] and tokens.ends[i] == tokens.starts[i + 1]


def _title_suffix(lexicon: TriggerLexicon, tokens: _Tokens, head: _Hit) -> bool:
    """Whether the event word is the last part of a title joined by a hyphen to the office
    before it ("President-elect", "Prime Minister-designate"): the holder's title, no deed
    of the day."""
    i = head.tok0
    return i >= 2 and tokens.words[i].lower() in lexicon.title_suffixes and _inside_a_word(tokens, i - 1)


def _sign_of_a_number(tokens: _Tokens, i: int) -> bool:
    """Whether token `i` is a currency sign (Unicode category Sc) or a per cent sign
    written against a number ("$130", "£7", "40%"): part of the amount, it closes no
    clause."""
    tok = tokens.words[i]
    if len(tok) != 1 or not (unicodedata.category(tok) == "Sc" or tok == "%"):
        return False
    after = i + 1 < len(tokens.words) and tokens.ends[i] == tokens.starts[i + 1] and tokens.words[i + 1][:1].isdigit()
    before = i > 0 and tokens.ends[i - 1] == tokens.starts[i] and tokens.words[i - 1][-1:].isdigit()
    return after or before


def _scare_quoted(tokens: _Tokens, opening: int, head: _Hit) -> bool:
    """Whether the quote mark at token `opening` opens a short quoted term around the
    trigger (`"هجمات إرهابية"`, `"terrorist attacks"`) rather than quoted speech."""
    if head.tok0 - opening > 3:
        return False
    words = tokens.words
    return any(words[j] in _QUOTES for j in range(head.tok1 + 1, min(len(words), head.tok1 + 4)))


_MODIFIER_WORDS = 4  # words of a quoted modifier of the event word


def _quoted_modifier(tokens: _Tokens, mark: int, head: _Hit) -> bool:
    """Whether the quote mark at token `mark` is one of a pair around a few words that close
    right before the event word (`a "mutual and unconditional" ceasefire`): its quoted
    modifiers, inside its clause, not quoted speech."""
    words = tokens.words
    close = head.tok0 - 1
    if close < 1 or words[close] not in _QUOTES or mark > close:
        return False
    j, inside = close - 1, 0
    while j >= 0 and inside <= _MODIFIER_WORDS:
        if words[j] in _QUOTES:
            return inside > 0 and mark in (close, j)
        if words[j][0].isalnum():
            inside += 1
        elif words[j] != ",":  # the commas of a list: 'hold "free, fair and credible" elections'
            return False
        j -= 1
    return False


def _short_quote(tokens: _Tokens, mark: int, index: dict[int, list[_Cue]]) -> bool:
    """Whether the quote mark at token `mark` is one of a pair around a term of at most
    three words that holds a cue of negation (`"وقف فوري"`, `"immediate halt"`): a quoted
    cue inside the clause, not quoted speech, nor a quoted term that a cue before it governs in
    place of the event word after it (`بحثا "الخطوات التنفيذية" للاتفاق`), nor a quoted concern
    about a deed that goes on (`أعرب عن "قلقه البالغ" من تصاعد المعارك`)."""
    words = tokens.words
    for step in (-1, 1):
        j, inside = mark + step, []
        while 0 <= j < len(words) and len(inside) <= 3:
            if words[j] in _QUOTES:
                return any(c.form.kind == "negated" for k in inside for c in index.get(k, ()))
            if not words[j][0].isalnum():
                break
            inside.append(j)
            j += step
    return False


def _after_saying(tokens: _Tokens, index: dict[int, list[_Cue]], i: int) -> bool:
    """Whether a verb of saying opens the clause that token `i` ends (its VSO subject between)."""
    words = 0
    while i >= 0 and words <= 8:
        cues = index.get(i)
        if cues:
            kinds = {c.form.kind for c in cues}
            if "saying" in kinds:
                return True
            if kinds & set(MODALITIES) or "boundary" in kinds:
                return False
            i = min(c.hit.tok0 for c in cues) - 1
            words += 1
            continue
        tok = tokens.words[i]
        if tok in _SENTENCE_END or tok in (";", ":"):
            return False
        if tok[0].isalnum():
            words += 1
        i -= 1
    return False


def _following_cue(
    tokens: _Tokens, starts_at: dict[int, list[_Cue]], head: _Hit, event_type: str, heads: frozenset[int]
) -> _Cue | None:
    """A cue that follows its trigger in the same clause (`القمة المقبلة`, `talks next week`),
    with no other trigger (`heads`: their first tokens) in between but the noun right after
    it that it names ("a ceasefire deal could be reached": the deal is the ceasefire)."""
    words = 0
    i = head.tok1 + 1
    while i < len(tokens.words) and words <= 6 and (i not in heads or i == head.tok1 + 1):
        cues = starts_at.get(i)
        if cues:
            for cue in cues:
                if (
                    cue.form.kind in MODALITIES
                    and cue.form.direction != "before"
                    and words <= cue.form.reach
                    and event_type not in cue.form.except_types
                ):
                    return cue
            kinds = {c.form.kind for c in cues}
            if kinds & {"boundary", "comp"}:
                return None
        tok = tokens.words[i]
        if not tok[0].isalnum():
            # "the elections, which will be held in June": a relative clause set off by a comma
            if (
                tok in (",", "،")
                and any(c.form.kind in MODALITIES for c in starts_at.get(i + 1, ()))
                and not _inside_a_participle_aside(tokens, head.tok0)
            ):
                i += 1
                continue
            return None
        words += 1
        i += 1
    return None


# English words that open an aside after a comma, past the noun it describes
_ASIDE_OPENERS_EN = frozenset({"which", "who", "whose", "known", "led", "held", "made", "set", "built", "brought", "begun", "won"})
_ASIDE_BACK = 10  # the most words between an aside's comma and the event word inside it


def _inside_a_participle_aside(tokens: _Tokens, at: int) -> bool:
    """Whether the word at token `at` stands inside an English aside set off by a comma and
    opened by a participle or a relative word ("The dialogue, launched with a landmark 1993 meeting
    in Singapore, has been frozen"): the verb after the aside's closing comma is the noun's
    before the aside, not the event word's."""
    words = 0
    i = at - 1
    while i >= 0 and words <= _ASIDE_BACK:
        tok = tokens.words[i]
        if tok in _SENTENCE_END or tok in (";", ":"):
            return False
        if tok in (",", "،"):
            nxt = tokens.words[i + 1] if i + 1 < at else ""
            return nxt.isascii() and nxt.islower() and (nxt.endswith("ed") or nxt in _ASIDE_OPENERS_EN)
        if tok[0].isalnum():
            words += 1
        i -= 1
    return False


def _named_subject(tokens: _Tokens, folded: FoldedText, head: _Hit, tense: str = "") -> bool:
    """Whether the word right before an event word is a name (capitalised) or a personal pronoun,
    the subject of a verb ("before Biden takes office"), not an adjective of a noun ("mass protests");
    or a plural noun before a verb in its base form, which agrees with it as its subject ("until
    all the leaders step down", "until the two sides sign a deal")."""
    if head.tok0 == 0:
        return False
    s, e = folded.span(tokens.starts[head.tok0 - 1], tokens.ends[head.tok0 - 1])
    word = folded.original[s:e]
    if tense == "base" and _plural_noun(word):
        return True
    return word[:1].isupper() or word.lower() in ("he", "she", "it", "they", "we")


def _plural_noun(word: str) -> bool:
    """An English word of a plural noun: lower case, ending in -s but not -ss, -us or -is
    (leaders, sides, militias; not "across", "status", "crisis")."""
    return (
        len(word) > 3
        and word.isascii()
        and word.isalpha()
        and word.islower()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
    )


# the readings of a cue before a withdrawal from a deal that leave the withdrawal undone
_UNREAL_WITHDRAWALS = frozenset({"negated", "denied", "threatened", "demanded", "planned", "feared", "hypothetical"})


def _modality(
    cand: _Candidate,
    tokens: _Tokens,
    index: dict[int, list[_Cue]],
    starts_at: dict[int, list[_Cue]],
    folded: FoldedText,
    cues: ModalityCues,
    heads: frozenset[int],
    owners: dict[int, object] | None = None,
    past_heads: frozenset[int] = frozenset(),
) -> tuple[str, str | None]:
    """(modality, cue words) of one trigger (`owners`: the event word of each token of one;
    `past_heads`: the first tokens of the event words that are verbs in the past)."""
    head = cand.head
    tense = cand.form.tense
    event_type = cand.form.event_type
    language = cand.form.language
    if tense == "past" and language == "ar" and head.prefix in ("و", "ف"):
        # `... واستهدفها القصف`: a coordinated verb opens its own clause, unless it is a
        # verbal noun continuing a list of them (`طالبت قطر بإغلاق القناة، وقطع صلتها`)
        lead = _listed_after(tokens, head, cues.verb_marks)
        before = None if lead is None else _governing_cue(tokens, index, lead, event_type, owners, cand, "")
    else:
        fresh = (
            event_type == "sanctions"
            and head.tok1 + 1 < len(tokens.words)
            and tokens.words[head.tok1 + 1].lower() in cues.fresh_measures
        )
        before = _governing_cue(tokens, index, head, event_type, owners, cand, tense, fresh)
    if before is not None and before.form.present_clause and not _named_subject(tokens, folded, head, tense):
        before = None  # "until mass protests in February forced him out": a noun, no verb in the present
    if before is not None and before.form.tense == "past" and _a_venue(tokens, head, before.hit, event_type, cues):
        before = None  # "اتفق القادة في قمة طارئة على حزمة عقوبات": they agreed at the summit, held
    if before is not None and before.form.kind == "negated" and _a_negated_setting(tokens, head, before.hit, cues):
        before = None  # "declined to take sides in the boycott": the boycott took place
    if before is not None and before.form.kind in ("denied", "negated") and _of_outcome(tokens, head, cues):
        before = None  # "رفضت المعارضة نتائج الانتخابات": the results are rejected, the vote was held
    if before is not None and event_type in cues.concluded_types and _concluded_after(tokens, head, cues, folded):
        before = None  # "طالبت بتقييد الدوحة بالميثاق الذي وقع عام 2012": the pact was signed
    if (
        before is not None
        and event_type in cues.concluded_types
        and _deciding_cue(before.text, cues)
        and _document_of_a_year(tokens, head)
    ):
        before = None  # "agreed to revive a 2001 security cooperation agreement": the pact of 2001 was signed
    if before is not None and before.form.kind in ("denied", "negated"):
        return before.form.kind, before.text
    if before is not None and before.form.kind == "left":
        # "Iran threatened to withdraw from the nuclear deal", «هددت إيران بالانسحاب من الاتفاق
        # النووي»: the withdrawal is as unreal as its own clause tells it, and the deal with it
        outer = _governing_cue(tokens, index, before.hit, event_type, owners, cand, "")
        if outer is not None and outer.form.kind in _UNREAL_WITHDRAWALS:
            return outer.form.kind, outer.text
    if before is not None and before.form.kind == "demanded" and _heeded(tokens, before.hit, cues):
        return ASSERTED, None  # "لبى أنصاره دعوته إلى الاعتصام": the sit-in was held
    if tense == "future":
        return "planned", "سـ"
    if cand.form.agent:
        return ASSERTED, None
    if before is not None:
        return before.form.kind, before.text
    if tense != "past" and event_type in cues.talk_types:
        talked = _talked_with_about(tokens, head, cues)
        if talked is not None:
            return "planned", talked
    if head.tok0 > 0 and any(c.form.kind == "anaphor" for c in index.get(head.tok0 - 1, ())):
        return ASSERTED, None  # `هذه الزيارة`: an event already told
    after = _following_cue(tokens, starts_at, head, event_type, heads)
    if after is not None and (tense != "past" or after.form.any_tense):
        return after.form.kind, after.text
    if cand.form.language == "ar" and (
        (tense == "present" and head.prefix.endswith("ل"))  # purpose: ليلتقي
        or (
            not tense
            and _purpose_prefix(head.prefix, event_type, cues)
            and event_type in cues.purpose_types
            and not _of_a_part(tokens, head, cues)  # "المرحلة الختامية لتمرين": the drill's own stage
        )  # لزيارة
    ):
        return "planned", "لـ"
    if tense in ("present", "base") and head.tok0 > 0:
        prev = tokens.words[head.tok0 - 1]
        if (tense == "present" and prev in ("ان", "لكي", "كي")) or (tense == "base" and prev == "to"):
            if tense == "base" and _caused(tokens, head.tok0 - 2, cues.causatives, cues.causative_reach):
                return ASSERTED, None  # "prompting Rabat to recall its ambassador": it was recalled
            if (
                tense == "base"
                and event_type in cues.settled_types
                and _caused(tokens, head.tok0 - 2, cues.settled_verbs, cues.settled_reach)
                and not any(tokens.words[h.tok1] in cues.unsettled_objects for h in cand.parts)
            ):
                return ASSERTED, None  # "agreed last month to reopen embassies": the ties were restored
            if (
                tense == "base"
                and event_type in cues.decided_types
                and _decided(tokens, head.tok0 - 2, cues.decided_verbs, cues.decided_reach)
                # (flights to be resumed are a deal on what is to come, no ties restored that day)
                and not (event_type in cues.settled_types and any(tokens.words[h.tok1] in cues.unsettled_objects for h in cand.parts))
            ):
                return ASSERTED, None  # "decided on Tuesday to revoke the licences": revoked
            if (
                tense == "base"
                and event_type in cues.voted_types
                and _decided(tokens, head.tok0 - 2, cues.voted_verbs, cues.voted_reach)
                and not _vote_blocked(tokens, head.tok0 - 2, cues)
            ):
                return ASSERTED, None  # "voted late on Thursday to ratify": ratified by the vote
            if tense == "base" and _ranked_doer(tokens, head.tok0 - 2, cues):
                return ASSERTED, None  # "was the first foreign official to visit Damascus": he did
            if tense == "present" and _told_before(tokens, index, head.tok0 - 1, past_heads, cues.past_days, event_type):
                return ASSERTED, None  # "عينه نائبا قبل أن يستقيل": a later deed of the story
            s, e = folded.span(tokens.starts[head.tok0 - 1], tokens.ends[head.tok0 - 1])
            return "planned", folded.original[s:e]
    return ASSERTED, None


def _concluded_after(tokens: _Tokens, head: _Hit, cues: ModalityCues, folded: FoldedText | None = None) -> bool:
    """Whether a relative clause right after the event word (at most `concluded_reach` words of
    its phrase between, none of them punctuation but an English comma before the relative)
    opens on a verb in the past of signing or concluding it, perhaps after one filler word
    (`الميثاق الذي وقع عام 2012`، `الاتفاقات التي أبرمتها`، `the pact that it signed`)."""
    words = tokens.words
    last = min(len(words), head.tok1 + 2 + cues.concluded_reach)
    for t in range(head.tok1 + 1, last):
        w = words[t].lower()
        verb = t if w in cues.concluded_verbs else t + 1
        if (w in cues.concluded_verbs or (w in cues.concluded_fillers and t + 1 < len(words) and words[t + 1].lower() in cues.concluded_verbs)) and any(
            _a_year(words[k]) for k in range(verb + 1, min(len(words), verb + 1 + _YEAR_AFTER_VERB))
        ):
            # a relative clause with no relative word and the year of the signing: the English
            # participle or contact clause ("the pact signed in 2012", "an agreement they signed in
            # 2001"), the Arabic clause after an indefinite noun ("اتفاقية وقعها البلدان عام 2001");
            # with no time ("wants a deal signed by all sides") the participle may be wished for too
            return True
        if w in cues.concluded_verbs and folded is not None and _contact_subject(tokens, folded, head.tok1 + 1, t, cues):
            # the English twin of that clause: its subject and a finite verb in the past right
            # after the noun phrase, no relative word ("a deal Ankara struck with Russia", "the
            # agreements it had concluded with the UAE"): done, as "صفقة أبرمتها أنقرة" is
            return True
        if _takes_up_the_noun(w, cues.concluded_verbs):
            # an Arabic verb in the past whose attached pronoun takes up the noun before it is a
            # relative clause told of that noun ("صفقة أبرمتها أنقرة مع روسيا"): its deed is done
            # with or without a time, unlike an English participle, which may be wished for
            return True
        if w in cues.concluded_relatives:
            nxt = t + 1
            if nxt < len(words) and words[nxt].lower() in cues.concluded_fillers:
                nxt += 1
            verb = words[nxt].lower() if nxt < len(words) else ""
            return verb in cues.concluded_verbs or _bare(verb) in cues.concluded_verbs
        if not w[:1].isalnum() and w != ",":
            return False
    return False


def _contact_subject(tokens: _Tokens, folded: FoldedText, first: int, verb: int, cues: ModalityCues) -> bool:
    """Whether the English words right before the verb at `verb` (after the noun phrase that
    opens at `first`) are the subject of a finite clause: a pronoun (`subjects`) or a capitalised
    name of one or two words, perhaps with an auxiliary of the perfect (`perfect`) between."""
    words = tokens.words

    def written(k: int) -> str:
        s, e = folded.span(tokens.starts[k], tokens.ends[k])
        return folded.original[s:e]

    k = verb - 1
    if k >= first and words[k].lower() in cues.concluded_perfect:
        k -= 1
    if k < first or not words[k].isascii() or not words[k][:1].isalpha():
        return False
    if words[k].lower() in cues.concluded_subjects:
        return True
    if not written(k)[:1].isupper():
        return False
    return k == first or (k - 1 == first and written(k - 1)[:1].isupper())


def _told_done_in_a_relative(cand: _Candidate, tokens: _Tokens, cues: ModalityCues, folded: FoldedText | None = None) -> bool:
    """Whether a deal (`concluded_types`) is told done by a relative clause of its noun, whatever
    the clause around the noun asks or plans: the noun with a relative clause of signing right
    after it, or the Arabic verb of that clause itself, in the past with the pronoun that takes
    up the noun ("لا يجب أن تتأثر بصفقة أبرمتها أنقرة مع روسيا": the deal was concluded)."""
    if cand.form.event_type not in cues.concluded_types:
        return False
    head = cand.head
    if not cand.form.tense:
        return _concluded_after(tokens, head, cues, folded)
    word = tokens.words[head.tok0][len(head.prefix) :] if head.tok0 == head.tok1 else ""
    return cand.form.tense == "past" and cand.form.language == "ar" and _takes_up_the_noun(word, cues.concluded_verbs)


# the object pronouns an Arabic verb in the past carries for the noun its relative clause describes
_OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")


def _takes_up_the_noun(word: str, verbs: frozenset[str]) -> bool:
    """Whether the folded word is an Arabic verb of `verbs` with an object pronoun attached
    (`أبرمتها`, `وقعه`), the same verb without it being one of `verbs` too."""
    for pronoun in _OBJECT_PRONOUNS:
        if word.endswith(pronoun) and word in verbs and word[: -len(pronoun)] in verbs:
            return True
    return False


def _deciding_cue(cue: str | None, cues: ModalityCues) -> bool:
    """Whether a cue opens with a verb of a decision taken (`concluded_relatives.deciding`:
    agreed to, تعهدت ب), perhaps after the conjunction written on it (وتعهدت)."""
    first = fold_str((cue or "").split(" ", 1)[0]).lower()
    return first in cues.concluded_deciding or (first[:1] in ("و", "ف") and first[1:] in cues.concluded_deciding)


_YEAR_AFTER_VERB = 5  # words between a verb of signing with no relative word and its year: "وقعتها مع السودان عام 2001"
_YEAR_BEFORE_REACH = 3  # words between the year and the document's noun: "a 2001 security cooperation agreement"


def _document_of_a_year(tokens: _Tokens, head: _Hit) -> bool:
    """Whether the document is named with the year it was made (`_named_with_a_year`: "اتفاقية
    2001"، "اتفاق عام 2015", "the 2015 nuclear deal"), or with the year after an article and
    before at most a few words of its phrase ("a 2001 security cooperation agreement"). Such a
    document was signed that year, whatever is now asked of it."""
    words = tokens.words
    if _named_with_a_year(words, head):
        return True
    for t in range(head.tok0 - 1, max(-1, head.tok0 - 2 - _YEAR_BEFORE_REACH), -1):
        if _a_year(words[t]):
            return t > 0 and words[t - 1].lower() in ("a", "an", "the")
        if not words[t][:1].isalpha():
            return False
    return False


def _heeded(tokens: _Tokens, cue: _Hit, cues: ModalityCues) -> bool:
    """Whether a word of answering a call (`heeding_words`: استجاب، لبى، تلبية، heeded,
    answered) stands before the call word `cue` in its sentence, within `heeding_reach` words
    and past no punctuation (`استجاب العمال في المصانع لدعوة النقابة إلى الإضراب`, `لبى أنصار
    الحزب دعوته إلى الاعتصام`, `heeded a call for a general strike`): the deed called for was
    done by those who answered."""
    if not cues.heeding_words:
        return False
    words = tokens.words
    i = cue.tok0 - 1
    while i >= 0 and cue.tok0 - 1 - i <= cues.heeding_reach and words[i][0].isalnum():
        w = words[i]
        if w in cues.heeding_words or (w[:1] in ("و", "ف") and w[1:] in cues.heeding_words):
            return True
        i -= 1
    return False


_VENUE_REACH = 4  # words between a verb and the preposition of the gathering it was done at (its subject)


def _a_venue(tokens: _Tokens, head: _Hit, verb: _Hit, event_type: str, cues: ModalityCues) -> bool:
    """Whether an event word of a venue type is the object of a preposition of place or time
    (في، خلال: `اتفق القادة في قمة`, `هدد خلال لقائه`) a few words after the verb `verb` (its
    subject between), with no noun of taking part right before the preposition (`قررت
    المشاركة في القمة`) nor a verbal noun after ب between (`طلبت التعجيل بمناقشتها في
    اجتماع`: the meeting of the deed asked for): the gathering where the verb's deed was done."""
    if event_type not in cues.venue_types or head.tok0 < 2:
        return False
    words = tokens.words
    prep = head.tok0 - 1
    if words[prep] not in cues.venue_prepositions or prep - verb.tok1 - 1 > _VENUE_REACH:
        return False
    between = range(verb.tok1 + 1, prep)
    if any(not words[t][0].isalnum() or _verbal_noun_after_b(words, t) for t in between):
        return False
    if _bare(words[head.tok0]) in cues.venue_not_heads:
        return False  # "في عقد قمة": the holding of a gathering, a deed of its own, not the place of another
    before = words[prep - 1]
    return before not in cues.venue_not_after and _bare(before) not in cues.venue_not_after


def _of_outcome(tokens: _Tokens, head: _Hit, cues: ModalityCues) -> bool:
    """Whether the event word names the results of its event: a word of `outcome_words`
    leads it or ends it (`نتائج الانتخابات`, `election results`), or stands right after it
    in English (`the election results`; an Arabic `نتيجة` after it is "as a result of"); not
    after the `ل` of purpose (`تظاهروا رفضا لنتائج الانتخابات`: the rejection is what the
    protest is for)."""
    if "ل" in head.prefix:
        return False
    words = tokens.words
    spots = {head.tok0, head.tok1}
    if head.tok1 + 1 < len(words) and words[head.tok1 + 1].isascii():
        spots.add(head.tok1 + 1)
    return any(words[t].lower() in cues.outcome_words or _bare(words[t]) in cues.outcome_words for t in spots)


def _a_negated_setting(tokens: _Tokens, head: _Hit, cue: _Hit, cues: ModalityCues) -> bool:
    """Whether an English event noun is the object of a preposition of setting (in), at most one
    modifier between (`in the boycott`, `in twin referendums`), that stands past at least one
    other word after a negating cue: the cue governs that word's deed (`declined to take sides`,
    `rejected by voters`), and the noun names the event it was done in, which took place; not
    after a verb of entering into it (`refused to engage in talks`: none were held)."""
    words = tokens.words
    prep = head.tok0 - 1
    if prep > 0 and words[prep] in cues.setting_modifiers:
        prep -= 1
    if prep < 1 or words[prep] not in cues.setting_prepositions:
        return False
    if prep - cue.tok1 - 1 < 1 or not all(words[t][0].isalnum() for t in range(cue.tok1 + 1, prep)):
        return False
    before = words[prep - 1]
    return before not in cues.setting_not_after and _bare(before) not in cues.setting_not_after


def _of_a_part(tokens: _Tokens, head: _Hit, cues: ModalityCues) -> bool:
    """Whether the word right before a verbal noun with `ل` is a noun of a part or a stage of an
    event, or an ordinal describing one (`purpose_part_heads`: المرحلة الختامية لتمرين، ختام
    فعاليات النسخة الأولى لمناورات): the `ل` joins the event to its part, as `of` does in English,
    and the event is the one whose stage is told, no purpose still to be done."""
    return head.tok0 > 0 and tokens.words[head.tok0 - 1] in cues.purpose_part_heads


def _purpose_prefix(prefix: str, event_type: str, cues: ModalityCues) -> bool:
    """Whether a verbal noun's proclitics are the `ل` of purpose, for the types that keep it
    before the article too (`للمصادقة` is `ل` + `المصادقة`, as `لزيارة` is `ل` + `زيارة`)."""
    if prefix.endswith("لل") and event_type in cues.purpose_definite_types:
        prefix = prefix[:-1]
    return prefix in cues.purpose_prefixes


# the cues that make a sentence's deeds not yet done, or not done
_IRREALIS = frozenset(MODALITIES) - {"recurring", "left"}


def _told_before(
    tokens: _Tokens,
    index: dict[int, list[_Cue]],
    i: int,
    past_heads: frozenset[int],
    past_days: frozenset[str] = frozenset(),
    event_type: str = "",
) -> bool:
    """Whether `أن` at token `i` opens `قبل أن` in a sentence that tells the past, as news most
    often does: no verb in the future (`سيزور ... قبل أن يتوجه`), no cue of a deed not done that
    would govern an event of its type (`تعطيل` halts ties, agreements and meetings, no oath of
    office) and, unless an event verb in the past stands before it (`past_heads`) or in its clause
    (not before a complementizer) a word of a past day, a verb in the past of deciding
    (`past_days`: قال ظهر أمس إن الجيش قرر ...، قبل أن يؤدي مساء اليمين) or a year written out
    (إثر انقلاب 2008 قبل أن ينتخب), no word of what is still to come (`still_to_come`: لن، لا
    يزال، المقبل، تنتظر) nor, in the clause right before it, a verb in the present (ويلتقي، يفضل), so that the verb after it tells what came next (`عينه نائبا، قبل أن يستقيل`,
    `وتلا ... إعلان الاستقلال، قبل أن يؤدي سلفاكير اليمين`), not what is wished or awaited before
    it (`تريد ... قبل أن يتسلم`, `لن نغادر الساحة قبل أن يحاكم القتلة`)."""
    words = tokens.words
    still_to_come = _still_to_come()
    if i < 1 or words[i] != "ان" or words[i - 1].lstrip("و") != "قبل":
        return False
    j = i - 2
    told = False
    reported = False  # past a complementizer: a day or a verb of the saying, not of what was said
    # the clause right before قبل أن (past the comma that may set it off): a verb in the present there
    # ("ويلتقي الوزير نظيره اليوم قبل أن يتوجه") tells a deed to come after it
    nearest = True
    while j >= 0 and words[j] not in _SENTENCE_END:
        w = words[j]
        if _future_verb(w):
            return False  # a verb in the future, or a word that may be one
        if any(_governs_a_clause(c) and event_type not in c.form.except_types for c in index.get(j, ())):
            return False
        told = told or j in past_heads or (not reported and (w in past_days or _bare(w) in past_days or _a_year(w)))
        if not told and (w in still_to_come or _bare(w) in still_to_come or (nearest and _present_verb(w))):
            return False  # "لا يزال الطريق طويلا قبل أن تستعيد العلاقات عافيتها": not yet
        if w in _CLAUSE_MARKS and j < i - 2:
            nearest = False
        reported = reported or w in _COMPLEMENTIZERS
        j -= 1
    return True


_CLAUSE_MARKS = frozenset({"،", ",", "؛", ";", ":"})


def _present_verb(word: str) -> bool:
    """Whether a folded Arabic word is a verb in the present of the third person masculine (ي،
    perhaps after و or ف: ويلتقي، يفضل), not a noun that opens with ي (يوم، يناير، يونيو) nor
    one too short to be told apart (يد)."""
    bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 4 else word
    return bare[:1] == "ي" and len(bare) >= 4 and bare not in _present_prefix_nouns()


@lru_cache(maxsize=4)
def _present_prefix_nouns(path: Path | None = None) -> frozenset[str]:
    """data/modality.json `present_prefix_nouns`: nouns that open with the prefix of the present."""
    return frozenset(fold_str(w) for w in read_modality(path).get("present_prefix_nouns", ()))


@lru_cache(maxsize=4)
def _still_to_come(path: Path | None = None) -> frozenset[str]:
    """data/modality.json `still_to_come`: the words of a clause before `قبل أن` that tell what is
    not done yet, folded."""
    return frozenset(fold_str(w) for w in read_modality(path).get("still_to_come", ()))


_COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها"})


# endings of nouns in سيـ، ستـ، سنـ (سياسة، سيطرة، سنوات، ستين، سنتين), which no verb in the future takes
_NOUN_ENDINGS = ("ه", "ات", "ين")


def _future_verb(word: str) -> bool:
    """Whether a folded Arabic word may be a verb in the future (سيزور، ستعيد، سنعمل): سـ before
    the prefix of the present, on a word that ends as no noun in سيـ، ستـ or سنـ does (`منذ
    نحو عشر سنوات`, `السياسة`, `سيطرة`: a story told in the past stays so)."""
    return word[:1] == "س" and word[1:2] in ("ي", "ت", "ن") and len(word) >= 4 and not word.endswith(_NOUN_ENDINGS)


_NOUN_CUE_REACH = 1  # words a cue that qualifies a noun reaches (غير أفريقي، نحو 15 عاما، any attack)


def _governs_a_clause(cue: _Cue) -> bool:
    """Whether a cue of a deed not done may govern the verb of a clause after it: one that
    reaches no further than a word or two after it (`غير` of `لزعيم غير أفريقي`, `نحو` of `منذ
    نحو 15 عاما`) qualifies a noun, and leaves a story told in the past as it is."""
    return cue.form.kind in _IRREALIS and (cue.form.reach > _NOUN_CUE_REACH or cue.form.phrase_reach > 0)


_LIST_ITEMS = 6  # items of a list of verbal nouns walked back
_LIST_ITEM_WORDS = 8  # words of one item
_VERB_ENDINGS = ("ت", "وا", "تا", "ا")


def _listed_after(tokens: _Tokens, head: _Hit, verb_marks: frozenset[str] = frozenset()) -> _Hit | None:
    """The first item of a list of verbal nouns after `ب` that an Arabic word in the past
    form joined by `و` after a comma continues, as a verbal noun of its own: `طالبت الدول
    قطر بإغلاق قناة الجزيرة، وخفض علاقاتها مع إيران، وقطع صلتها`. The word has the bare
    form a verb shares with its verbal noun (no ending of person: `وقطعت` is a verb),
    a noun after it (its complement), and every item back to the `ب` one is a few words
    between commas, each after the first opening on `و`. None when the shape is not so, or
    when a word of count or a time word stands right after the word (`verb_marks`:
    `وتظاهر آلاف السوريين`, `وأطلق حينها`): the verb with its subject, which opens its own
    clause."""
    words = tokens.words
    i, j = head.tok0 - 1, head.tok1 + 1
    if head.prefix != "و" or i < 0 or j >= len(words) or not words[j][0].isalpha() or words[j] in verb_marks:
        return None
    if words[head.tok0][1:].endswith(_VERB_ENDINGS):
        return None
    if words[i] != ",":
        return _joined_after(tokens, head.tok0)
    for _ in range(_LIST_ITEMS):
        k = i - 1
        while k >= 0 and i - k <= _LIST_ITEM_WORDS and words[k][0].isalnum():
            k -= 1
        item = range(k + 1, i)
        lead = next((t for t in reversed(item) if _verbal_noun_after_b(words, t)), None)
        if lead is not None:
            return _Hit(tokens.starts[lead], tokens.ends[lead], lead, lead, "ب")
        if not item or not words[k + 1].startswith("و") or k < 0 or words[k] != ",":
            return None
        i = k
    return None


def _joined_after(tokens: _Tokens, tok0: int) -> _Hit | None:
    """The verbal noun after `ب` a few words before a bare word joined by `و` with no comma
    (`طالبت بإلغاء الاتفاقية مع إسرائيل وطرد السفير`, `دعوا إلى الإفراج عنهم وطرد السفير`):
    the second item of the pair, so the cue of the first governs it. The noun may be definite
    (`بالإفراج`; folding makes `بإلغاء` look so too). None when punctuation or no such noun
    stands between."""
    words = tokens.words
    k = tok0 - 1
    while k >= 0 and tok0 - k <= _LIST_ITEM_WORDS and words[k][0].isalnum():
        if _verbal_noun_after_b(words, k) or _definite_after_b(words, k):
            return _Hit(tokens.starts[k], tokens.ends[k], k, k, "ب")
        k -= 1
    return None


def _definite_after_b(words: list[str], t: int) -> bool:
    """Whether token `t` is a definite noun after `ب` or `إلى` (`بالإفراج`, `إلى الإفراج`)."""
    word = words[t]
    return (word.startswith("بال") and len(word) >= 6) or (t > 0 and words[t - 1] == "الي" and word.startswith("ال"))


def _verbal_noun_after_b(words: list[str], t: int) -> bool:
    """Whether token `t` is an indefinite noun after `ب` or `إلى` with a noun after it
    (`بإغلاق قناة`, `إلى إجراء انتخابات`): the head of an item of a list of verbal nouns."""
    word = words[t]
    if t + 1 >= len(words) or not words[t + 1][0].isalpha() or word.startswith(("ال", "بال")):
        return False
    return (word.startswith("ب") and len(word) >= 4) or (t > 0 and words[t - 1] == "الي")


_COORDINATED_REACH = 8
_CAUSED_REACH = 4


def _caused(tokens: _Tokens, i: int, causatives: frozenset[str], reach: int = _CAUSED_REACH) -> bool:
    """Whether a causative verb in the past or in -ing ("prompting", "forced", "led") stands
    within a few words before token `i`, its object between: "prompting Rabat to", "was
    forced to"."""
    for j in range(i, max(-1, i - reach), -1):
        word = tokens.words[j]
        if word in causatives:
            return True
        if not word[0].isalnum():
            return False
    return False


def _decided(tokens: _Tokens, i: int, verbs: frozenset[str], reach: int) -> bool:
    """Whether a verb or noun of deciding (`decided_acts`) stands within `reach` words before
    token `i`, its time, its maker or an aside set off by commas between ("decided on Tuesday
    to", "the decision taken on Monday by a number of Gulf states, along with Egypt, to"); not
    past the end of a sentence or another mark than a comma."""
    for j in range(i, max(-1, i - reach), -1):
        word = tokens.words[j]
        if word in verbs:
            return True
        if not word[0].isalnum() and word not in (",", "،"):
            return False
    return False


def _vote_blocked(tokens: _Tokens, i: int, cues: ModalityCues) -> bool:
    """Whether a word between the verb of voting before token `i` and "to" tells a vote not for
    the deed itself (`voted_acts.blockers`: "voted against a motion to", "voted down a bill on
    Tuesday to", "voted for a resolution calling on states to")."""
    for j in range(i, max(-1, i - cues.voted_reach), -1):
        word = tokens.words[j].lower()
        if word in cues.voted_verbs:
            return False
        if word in cues.voted_blockers:
            return True
    return False


def _ranked_doer(tokens: _Tokens, i: int, cues: ModalityCues) -> bool:
    """Whether the words before token `i` (the noun before "to") rank a doer among others in a
    past clause or an apposition: "was the first foreign official", "became the only leader",
    ", the last envoy", "becoming the first Arab states" (a copula or a comma, perhaps a word of
    degree after it, "became only the third", then "the", a rank word, then the noun's other
    words). Only the first to-clause is the ranked deed: in "the third country to agree to
    normalise ties" the ties are what was agreed, still to come."""
    words = tokens.words
    for j in range(i, max(1, i - cues.ranked_reach), -1):
        word = words[j]
        if word in cues.ranks:
            if words[j - 1] != "the":
                return False
            if words[j - 2] in cues.ranked_copulas:
                return True
            return j > 2 and words[j - 2] in cues.ranked_adverbs and words[j - 3] in cues.ranked_copulas
        if not word[0].isalnum() or (word == "to" and j < i):
            return False
    return False


def _coordinated_with_future(cand: _Candidate, tokens: _Tokens, future_end: int) -> bool:
    """Whether an Arabic verb in the present joined by و/ف follows, in its clause and
    within a few words, a verb in the future, whose time it shares."""
    head = cand.head
    if cand.form.language != "ar" or cand.form.tense != "present" or head.prefix[:1] not in ("و", "ف"):
        return False
    if future_end < 0 or not 0 < head.tok0 - future_end <= _COORDINATED_REACH:
        return False
    return all(w[0].isalnum() for w in tokens.words[future_end + 1 : head.tok0])


def _opened(cand: _Candidate, tokens: _Tokens, folded: FoldedText, past_heads: frozenset[int]) -> tuple[str, str] | None:
    """("planned", cue words) when a plan opened earlier in the sentence reaches the event word
    (events/opened_plans.py: "ومن المقرر أن يزور ... في أول زيارة له")."""
    head = cand.head.tok0
    at = opened_plan(tokens.words, head, tokens.index_at(tokens.sentence(head)[0]), past_heads)
    if at is None:
        return None
    s, e = folded.span(tokens.starts[at], tokens.ends[at])
    return "planned", folded.original[s:e]


def _in_power_list(
    cand: _Candidate, tokens: _Tokens, folded: FoldedText, past_heads: frozenset[int]
) -> tuple[str, str] | None:
    """("hypothetical", cue words) when a list of powers or rights opened earlier in the sentence
    reaches the event word (events/power_lists.py: "the power to appoint ministers, dissolve
    parliament and declare war"); a verb in the past is none of its items, save an Arabic bare
    form joined by و (في وسعه محاكمة وعزل الوزراء)."""
    head = cand.head.tok0
    if cand.form.tense == "future" or (
        cand.form.tense == "past" and not (cand.form.language == "ar" and verbal_noun_form(tokens.words, head))
    ):
        return None
    at = power_listed(tokens.words, head, tokens.index_at(tokens.sentence(head)[0]), past_heads)
    if at is None:
        return None
    s, e = folded.span(tokens.starts[at], tokens.ends[at])
    return "hypothetical", folded.original[s:e]


_OR_REACH = 8  # words between the event word an alternative follows and the `or` before it
_PERSON_ENDINGS = ("ت", "وا", "تا")


def _alternative_to(
    cand: _Candidate, tokens: _Tokens, governed: dict[int, tuple[str, str | None]]
) -> tuple[str, str | None] | None:
    """(modality, cue) of the event word that the word of `cand` is an alternative to, joined
    by `أو`/`or` a few words after it in its clause with nothing but words between ("هدد
    بتعليق العلاقات الدبلوماسية مع الإمارات أو سحب السفير", "threatened to suspend ties with
    the UAE or recall the ambassador"): the cue of the first governs the second, however far
    back it stands. `governed`: the modality and cue of each earlier event word by its last
    token. An Arabic verb with an ending of person (أو سحبت) opens a clause of its own."""
    head = cand.head
    words = tokens.words
    i = head.tok0 - 1
    if i < 1 or words[i].lower() not in _OR:
        return None
    if cand.form.language == "ar" and cand.form.tense == "past" and words[head.tok0].endswith(_PERSON_ENDINGS):
        return None
    for j in range(i - 1, max(-1, i - 1 - _OR_REACH), -1):
        if not words[j][0].isalnum():
            return None
        if j in governed:
            modality, cue = governed[j]
            return (modality, cue) if modality in _IRREALIS else None
    return None


def _coordinated_to(
    cand: _Candidate, tokens: _Tokens, governed: dict[int, tuple[str, str | None]], kinds: dict[int, str]
) -> tuple[str, str | None] | None:
    """(modality, cue) of the event word of the same type that the word of `cand` is joined to
    by و a few words after it in its clause with nothing but words between ("تعتزم
    الولايات المتحدة فرض عقوبات وحظر السفر", "plans to impose sanctions and a travel ban"): the
    cue of the first governs the second, however far back it stands, as a deed done makes the
    second done too. `governed`, `kinds`: the modality and cue, and the type, of each earlier
    event word by its last token. An Arabic verb with an ending of person (وفرضت) opens a clause
    of its own."""
    head = cand.head
    words = tokens.words
    if cand.form.language != "ar" or head.prefix != "و":
        return None  # an English noun after `and` is read with its partner's cue already
    if cand.form.tense == "past" and words[head.tok0].endswith(_PERSON_ENDINGS):
        return None
    return _unreal_partner_before(words, head.tok0, _OR_REACH, governed, kinds, cand.form.event_type)


def _unreal_partner_before(
    words: list[str],
    i: int,
    reach: int,
    governed: dict[int, tuple[str, str | None]],
    kinds: dict[int, str],
    event_type: str,
) -> tuple[str, str | None] | None:
    """(modality, cue) of the nearest event word up to `reach` words before token `i`, with
    nothing but words between, when it is of `event_type` and told as unreal (planned,
    threatened, hypothetical ...); None otherwise."""
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        if not words[j][0].isalnum():
            return None
        if j in governed:
            modality, cue = governed[j]
            return (modality, cue) if modality in _IRREALIS and kinds.get(j) == event_type else None
    return None


# the words that join the doers to the deed they do ("unrest from protesters", "a march by
# students", "احتجاجات من قبل المتظاهرين"), and how many words may stand between that deed and them
_DOERS_OF = ("from", "by", "among", "من قبل", "من جانب", "على يد")
_DOERS_REACH = 2


def _doers_of(
    cand: _Candidate, tokens: _Tokens, governed: dict[int, tuple[str, str | None]], kinds: dict[int, str]
) -> tuple[str, str | None] | None:
    """(modality, cue) of the event word whose doers the agent noun of `cand` names, joined to it
    by from, by or من قبل right before it ("raising the prospect of fresh unrest from protesters",
    "threatened new protests by students", «هددت باحتجاجات جديدة من قبل المتظاهرين»): they do that
    deed, as unreal as it is told; an agent noun is otherwise governed by negation only."""
    if not cand.form.agent:
        return None
    words = tokens.words
    i = cand.head.tok0
    for joint in _DOERS_OF:
        parts = fold_str(joint).split()
        k = i - len(parts)
        if k < 1 or [w.lower() for w in words[k:i]] != parts:
            continue
        return _unreal_partner_before(words, k, _DOERS_REACH, governed, kinds, cand.form.event_type)
    return None


# words that determine an English noun told before ("the strikes", "its strikes", "fresh strikes
# hit Gaza"), up to `_DETERMINER_REACH` tokens before it ("the Israeli strikes")
_DETERMINERS = frozenset({"the", "its", "their", "these", "those", "fresh", "renewed", "new", "further", "more"})
_DETERMINER_REACH = 3
_ARABIC_POSSESSIVES = ("ها", "هم", "هما")  # ضرباتها: not ه, which a folded ة ends with
_SENTENCES_BACK = 2


def _determined(tokens: _Tokens, head: _Hit) -> bool:
    """Whether the event word is determined as one told before: an English determiner before it
    in its noun phrase, or an Arabic article or a plural possessive on it (الضربات، ضرباتها)."""
    word = tokens.words[head.tok0]
    if is_arabic(word[0]):
        bare = word[1:] if word[:1] in ("و", "ف") else word
        return bare.startswith("ال") or word.endswith(_ARABIC_POSSESSIVES)
    for j in range(head.tok0 - 1, max(-1, head.tok0 - 1 - _DETERMINER_REACH), -1):
        w = tokens.words[j].lower()
        if w in _DETERMINERS:
            return True
        if not w[0].isalnum() and w not in ("'", "’"):
            return False
    return False


_POINTING_BACK = frozenset({"it", "them", "عليه", "عليها", "عليهما"})


def _points_back(tokens: _Tokens, head: _Hit) -> bool:
    """Whether the event words end in a pronoun that takes up a thing told before ("the cabinet
    approved it", «وافق مجلس النواب عليه»): their object is in the sentences before, as a
    determined noun's kind is."""
    return tokens.words[head.tok1].lower() in _POINTING_BACK


def _kind_told_before(guard: Guard, folded: FoldedText, tokens: _Tokens, head: _Hit) -> bool:
    """Whether an anaphoric word that lacks what it requires in its sentence ("The strikes
    resumed on Tuesday", "واستؤنفت الضربات يوم الثلاثاء") tells again a deed of its kind of
    the sentences before: determined, with a word it requires in one of the two sentences before
    and no word it excludes in either ("Teachers went on strike on Monday. The strike resumed")."""
    if not guard.anaphoric or not (_determined(tokens, head) or _points_back(tokens, head)):
        return False
    lo = tokens.sentence(head.tok0)[0]
    k = bisect.bisect_left(tokens.bounds, lo)
    start = tokens.bounds[k - _SENTENCES_BACK] if k >= _SENTENCES_BACK else 0
    if start >= lo:
        return False
    words: list[str] = []
    _tokenize(folded.text[start:lo], start, [], [], words)
    kept = [w for w in words if w[0].isalnum()]
    joined = " ".join(kept)
    return _any_in(guard.requires, joined, joined + " " + " ".join(map(_bare, kept))) and not _excluded(guard.excludes, kept)


def _other_reading_holds(guard: Guard, requires: tuple[tuple[str, ...], ...], tokens: _Tokens, hit: _Hit) -> bool:
    """Whether a second reading of an event word (`also`) holds: a word of each list it requires
    near (for an English word with `also_before`, before it, where its doer stands: "the army
    toppled", not "the court toppled ..., with officers of the army saying"), or one of
    `also_near` anywhere near; none it excludes."""
    if guard.also_excludes and not _guard_ok(Guard(excludes=guard.also_excludes, window=guard.window), tokens, hit):
        return False
    if guard.also_near and _guard_ok(Guard(guard.also_near, window=guard.window), tokens, hit):
        return True
    if guard.also_before and tokens.words[hit.tok0][:1].isascii():
        before = _context_words(tokens.words, hit.tok0 - 1, -1, guard.window)
        after = _context_words(tokens.words, hit.tok1 + 1, 1, guard.window)
        # the doer of a passive, named after "by" a few words on ("was toppled on Tuesday by the army")
        by = next((k for k, w in enumerate(after[:4]) if w.lower() == "by"), None)
        doer = list(reversed(before)) + (after[by + 1 : by + 5] if by is not None else [])
        joined = " ".join(doer)
        return all(_any_in(group, joined, joined + " " + " ".join(map(_bare, doer))) for group in requires)
    return all(_guard_ok(Guard(group, window=guard.window), tokens, hit) for group in requires)


def _guarded_selection(
    lexicon: TriggerLexicon, tokens: _Tokens, pool: list[_Candidate], folded: FoldedText | None = None
) -> list[_Candidate]:
    """The readings `_select` keeps whose guards hold. A kept reading whose guard fails is
    no reading of its words at all: the selection is made again without it, so that another
    reading may take them. One that lacks only the context it requires leaves them to any
    other («وافق الرئيس على الاتفاق»: no parliament's approval, the president's); one that a
    word of its context excludes tells that its words are no event of its type there, and
    leaves them to a reading of another type that reaches beyond them only ("boycotted an
    extraordinary session": no meeting held, the lawmakers' boycott; "Militants cut off aid
    to the town": no sanction, nor by the shorter "cut off ... aid"). Guards are read for the
    kept readings only, most often in one round."""
    verdicts: dict[int, bool | None] = {}  # by candidate: its guard holds; None: it lacks only what it requires

    def verdict(c: _Candidate) -> bool | None:
        found = verdicts.get(id(c), False)
        if found is not False or id(c) in verdicts:
            return found
        guard = lexicon.guards[c.form.entry]
        if _guard_ok(guard, tokens, c.head):
            found = True
        elif guard.requires and _guard_ok(replace(guard, requires=()), tokens, c.head):
            found = True if folded is not None and _kind_told_before(guard, folded, tokens, c.head) else None
        verdicts[id(c)] = found
        return found

    while True:
        chosen = _select(pool)
        unmet = {id(c) for c in chosen if not verdict(c)}
        if not unmet:
            return [c for c in chosen if not _title_suffix(lexicon, tokens, c.head)]
        excluded = [c for c in chosen if verdict(c) is False]
        pool = [c for c in pool if id(c) not in unmet and not any(_vetoed(c, x) for x in excluded)]


def _vetoed(c: _Candidate, excluded: _Candidate) -> bool:
    """Whether `c` reads some of the words of an excluded reading as an event of its type, or
    reads no word beyond them ("The wounded soldiers were flown to Germany": no troops sent,
    and no visit by the "flown to" of that deployment)."""
    overlaps = [any(h.start < x.end and x.start < h.end for x in excluded.parts) for h in c.parts]
    if c.form.event_type == excluded.form.event_type:
        return any(overlaps)
    return all(any(x.start <= h.start and h.end <= x.end for x in excluded.parts) for h in c.parts)


# an English word joined by a hyphen to a lower-case word after it ("Protest-linked doctors",
# "election-related violence", "a ceasefire-monitoring mission"): a modifier, no event word
_COMPOUND_AFTER = LazyPattern(r"-[a-z][a-z]")  # (not "coup-d'état")


def _compound_modifier(text: str, end: int) -> bool:
    """Whether the event word ending at `end` is the first part of an English compound modifier."""
    return text[end : end + 1] == "-" and text[end - 1 : end].isascii() and _COMPOUND_AFTER.match(text, end) is not None


def find_triggers(text: str, folded: FoldedText, lexicon: TriggerLexicon) -> list[TriggerMention]:
    """Triggers in `text` (its folded form given), each with its modality and cue.

    Offsets are into `text`. Overlapping matches are resolved longest first,
    so `اتفاق وقف إطلاق النار` is one ceasefire, not an agreement.
    """
    if not text:
        return []
    spans = lexicon.matcher.find_spans(folded, overlapping=True)
    single, parts, event_words = _matched_forms(lexicon, folded, spans)
    if not single and not parts:
        return []
    # the tokens of the sentences with a match: no later step leaves those
    tokens = _Tokens.of(folded, [m[1] for m in single] + [m[1] for matched in parts.values() for m in matched])
    # a word barred by what stands before it in its clause is not this reading at all,
    # and leaves its words to another ("restored ties ..., after they were cut")
    pool = [
        c
        for c in _candidates(lexicon, folded, tokens, single, parts)
        if not _barred_before(lexicon.guards[c.form.entry], tokens, c.head) and not _compound_modifier(text, c.head.end)
    ]
    chosen = _guarded_selection(lexicon, tokens, pool, folded)
    if not chosen:
        return []
    index = _cue_index(lexicon, folded, tokens, spans, (c.head.tok0 for c in chosen), event_words)
    starts_at: dict[int, list[_Cue]] = {}
    for items in index.values():
        for cue in items:
            starts_at.setdefault(cue.hit.tok0, []).append(cue)
    heads = frozenset(c.head.tok0 for c in chosen)
    past_heads = frozenset(c.head.tok0 for c in chosen if c.form.tense == "past")
    # the tokens of each event word of several words, so that a cue inside one ("محاولة
    # الانقلاب") governs no other (a one-word event word may: "اتفقت على إجراء انتخابات")
    owners: dict[int, object] = {
        i: c for c in chosen for h in c.parts if h.tok1 > h.tok0 for i in range(h.tok0, h.tok1 + 1)
    }
    out: list[TriggerMention] = []
    future_end = -1  # the last token of the latest verb in the future
    governed: dict[int, tuple[str, str | None]] = {}  # modality and cue by an event word's last token
    kinds: dict[int, str] = {}  # the event type by an event word's last token
    for cand in sorted(chosen, key=lambda c: c.head.start):
        modality, cue = _modality(cand, tokens, index, starts_at, folded, lexicon.cues, heads, owners, past_heads)
        h = cand.head
        if modality == ASSERTED and _coordinated_with_future(cand, tokens, future_end):
            modality, cue = "planned", "سـ"  # "ستغلق سفارتها وتطرد السفير": both still to come
        if modality == ASSERTED and cand.form.tense != "past":
            modality, cue = _opened(cand, tokens, folded, past_heads) or (modality, cue)
        if modality == ASSERTED:
            modality, cue = _in_power_list(cand, tokens, folded, past_heads) or (modality, cue)
        if modality == ASSERTED:
            modality, cue = _alternative_to(cand, tokens, governed) or (modality, cue)
        if modality == ASSERTED:
            modality, cue = _coordinated_to(cand, tokens, governed, kinds) or (modality, cue)
        if modality == ASSERTED:
            modality, cue = _doers_of(cand, tokens, governed, kinds) or (modality, cue)
        if modality != ASSERTED and _told_done_in_a_relative(cand, tokens, lexicon.cues, folded):
            modality, cue = ASSERTED, None
        governed[h.tok1] = (modality, cue)
        kinds[h.tok1] = cand.form.event_type
        if cand.form.tense == "future":
            future_end = h.tok1
        tense = cand.form.tense
        if modality == ASSERTED and tense == "present" and _after_qabla_an(tokens, h.tok0):
            tense = "past"  # "عينه وزيرا، قبل أن يستقيل في مارس": a later deed of a story told in the past
        guard = lexicon.guards[cand.form.entry]
        readings = [(cand.form.event_type, cand.form.cameo, False)] + [
            (other, cameo, True) for other, cameo, requires in guard.also if _other_reading_holds(guard, requires, tokens, h)
        ]
        out.extend(
            TriggerMention(
                start=h.start,
                end=h.end,
                text=text[h.start : h.end],
                event_type=event_type,
                cameo=cameo,
                modality=modality,
                cue=cue,
                weight=cand.form.weight,
                tense=tense,
                second_reading=second,
            )
            for event_type, cameo, second in readings
        )
    return out
