"""A change of office told in a sentence that names no country takes place in the country the
article is about: the office is the state's own. So it is told by an Arabic noun whose object,
right after it, is an office holder named by an office word ("استقالة وزير الدفاع"، "إعفاء
الأمير متعب من منصبه"، "عزل الرئيس"; `official_words` of data/assembly.json) or the state's government
("رفع استقالة حكومته"، "استقالة الحكومة"; `government_words`), or by an English
passive or a perfect in the past ("Ibn Auf was later sworn in as head of the council", "was
dismissed", "had already quit"), or by a resignation an English verb in the past hands in ("who
handed in his government's resignation"): the deed is told as done, as a verb in the past tells it."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.parties import load_official_words
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.text.lazy import LazyPattern
from events.text.normalize import is_arabic

_NEXT_WORD = LazyPattern(r"\s+(\S+)")
# "was sworn in", "had been formally dismissed", "had already quit": a passive or a perfect in the
# past, perhaps an adverb between
_PASSIVE_PAST = LazyPattern(
    r"(?<![\w-])(?:was|were|had\s+been|has\s+been|have\s+been|had|has|have)"
    r"(?:\s+(?:later|then|also|already|formally|officially|subsequently|quickly|promptly))?\s+(?:[a-z]+ed|sworn|chosen|quit)(?![\w-])",
    re.IGNORECASE,
)
_PASSIVE_REACH = 40  # characters around the event word: "The army chief was dismissed", "was later sworn in"


@lru_cache(maxsize=4)
def load_submitted(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, anchored at the end, for an English verb in the past of handing in
    (`submitted_resignations`: handed in, tendered) and up to three words of whose it is, right
    before the event word ("who handed in his government's resignation")."""
    verbs = alternation(load_assembly_rules(path).get("submitted_resignations", ()), spaced=True)
    return re.compile(r"(?<![\w-])(?:" + verbs + r")(?:\s+[\w'’-]+){0,3}\s+$", re.IGNORECASE)


def office_change_at_home(text: str, cand: _Candidate) -> bool:
    """Whether the candidate is a change of office of the state's own (see the module)."""
    if cand.event_type != "appointment" or cand.tense not in ("", "base"):
        return False
    start, end = cand.trigger
    if not is_arabic(cand.trigger_text[:1]):
        lo, hi = max(cand.sentence[0], start - _PASSIVE_REACH), min(cand.sentence[1], end + _PASSIVE_REACH)
        return _PASSIVE_PAST.search(text, lo, hi) is not None or load_submitted().search(text, lo, start) is not None
    if load_government_words().match(text, end) is not None:
        return True  # "رفع استقالة حكومته": the state's own government
    if load_government_words().match(" " + cand.trigger_text) is not None and load_forming_verbs().search(
        _MARKS.sub("", text[max(0, start - 30) : start])  # "عُيّنت حكومة جديدة": with its short vowels
    ):
        return True  # "عينت حكومة جديدة برئاسة": the state's own new government, formed
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    office = load_official_words().match(m.group(1))
    return office is not None and office.end() == len(m.group(1))


@lru_cache(maxsize=4)
def load_government_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, after the event word, of one of `government_words` (الحكومة، حكومته) as the next word."""
    words = alternation(load_assembly_rules(path).get("government_words", {}).get("words", ()), spaced=True)
    return re.compile(r"\s+(?:" + words + r")(?!\w)")


_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")


@lru_cache(maxsize=4)
def load_forming_verbs(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a verb of forming or appointing a government (`government_words.forming_verbs`:
    عينت، شكلت، أدت) ending right before the government's noun, perhaps with one word between."""
    words = alternation(load_assembly_rules(path).get("government_words", {}).get("forming_verbs", ()), spaced=True)
    return re.compile(r"(?<![^\W\d_])[وف]?(?:" + words + r")(?:\s+[^\s,،.]+)?\s+\Z")


# "the coup that toppled the president": a relative pronoun right before the verb in the past
_RELATIVE_THAT = LazyPattern(r"(?<![\w-])that\s+$", re.IGNORECASE)
_EN_PAST = LazyPattern(r"[a-z]+(?:ed|ew|own)(?![\w-])", re.IGNORECASE)


def ousted_in_a_relative(text: str, cand: _Candidate) -> bool:
    """Whether an English change of office is told by a verb in the past right after "that" as a
    relative pronoun ("the coup that toppled Mauritania's first elected president in 2008"):
    the clause tells a deed of its own, not one told before pointed back at by "that"."""
    if cand.event_type != "appointment" or not _EN_PAST.match(text, cand.trigger[0]):
        return False
    return _RELATIVE_THAT.search(text, max(cand.sentence[0], cand.trigger[0] - 10), cand.trigger[0]) is not None
