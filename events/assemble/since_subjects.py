"""A comparison in a subject noun phrase: "since" and a bare noun of a happening, and then the
sentence's own verb ("The first UN convoy since the quake crossed into Syria on Thursday",
"أول قافلة منذ الزلزال عبرت يوم الخميس"). The phrase of "since" is only "since the quake": it
ends at the verb, whose own time dates the deed (Thursday), not the onset compared with. With a
verb of the happening's own onset ("since the war began in 2011") the time is the onset's, and
with a verb before "since" in its clause ("Thursday saw the deadliest day since the quake hit")
the phrase is an adjunct of that verb; neither is read here (data/assembly.json
`since_subjects`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.past_verbs import past_verb
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules, load_since_comparisons
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

_QUALIFIERS = 2  # words qualifying the noun ("the devastating February quake", "الزلزال المدمر")
_COMPARED_WORDS = 5  # words before "since" searched for the comparison ("the first United Nations convoy")
_CLAUSE_START = LazyPattern(r"[,،.;:؛!?؟()\"«»“”]|\s(?:that|which|who|إن|أن|بأن|التي|الذي)\s")
_WORD = LazyPattern(r"[^\W_][\w'’-]*")
_EN_ARTICLES = frozenset({"the", "a", "an", "this", "that", "its"})
_EDGES = ".,،;؛:!?؟\"'()«»“”"


@lru_cache(maxsize=4)
def _rules(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The nouns of a happening, the verbs of its onset and the verbs that make the words before
    "since" a clause of their own (data/assembly.json `since_subjects`), folded and lower-cased."""
    rules = load_assembly_rules(path).get("since_subjects", {})

    def folded(key: str) -> frozenset[str]:
        return frozenset(fold_str(w).lower() for w in rules.get(key, ()))

    return (
        folded("en_nouns") | folded("ar_nouns"),
        folded("onset_verbs"),
        folded("clause_verbs_en") | folded("clause_verbs_ar"),
    )


def _key(word: str) -> str:
    return fold_str(word.strip(_EDGES)).lower()


def _subject_before(text: str, since_start: int, lo: int) -> bool:
    """Whether the words of the clause before "since" (from `lo`) are a noun phrase with a
    comparison among its last words and no verb: the subject of the verb after the phrase."""
    start = lo
    for m in _CLAUSE_START.finditer(text, lo, since_start):
        start = m.end()
    words = text[start:since_start].split()
    if not words:
        return False
    comparisons = load_since_comparisons()
    if not any(_key(w) in comparisons for w in words[-_COMPARED_WORDS:]):
        return False
    _, _, clause_verbs = _rules()
    return not any(_key(w) in clause_verbs or past_verb(w.strip(_EDGES)) for w in words)


def verb_after_since(text: str, since_start: int, since_end: int, lo: int = 0) -> int | None:
    """Where the verb ending a phrase of "since" (from `since_start` to `since_end`) and a bare
    noun of a happening begins, when that phrase stands in a compared subject (see the module's
    docstring); None when the phrase is no such one. `lo` is where the clause may start."""
    if not _subject_before(text, since_start, lo):
        return None
    nouns, onsets, _ = _rules()
    words = []
    for m in _WORD.finditer(text, since_end):
        words.append(m)
        if len(words) > _QUALIFIERS + 3:
            break
    # no punctuation inside the phrase: "since the quake, aid has ..." is another construction
    if words and re.search(r"[,،.;:؛!?؟()]", text[since_end : words[-1].end()]):
        words = [w for w in words if not re.search(r"[,،.;:؛!?؟()]", text[since_end : w.end()])]
    i = 1 if words and words[0].group().lower() in _EN_ARTICLES else 0
    for j in range(i, min(len(words) - 1, i + _QUALIFIERS + 1)):
        if _key(words[j].group()) not in nouns:
            continue
        k = j + 1
        # Arabic adjectives after the noun: "الزلزال المدمر"
        while k < len(words) - 1 and k - j <= _QUALIFIERS and words[k].group().startswith("ال") and not past_verb(words[k].group()):
            k += 1
        verb = words[k]
        pair = _key(verb.group()) + (" " + _key(words[k + 1].group()) if k + 1 < len(words) else "")
        if _key(verb.group()) in onsets or pair in onsets:
            return None  # "since the war began in 2011": the onset's own clause
        if past_verb(verb.group()):
            return verb.start()
        return None
    return None
