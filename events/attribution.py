"""Who asserts a sentence: the article in its own voice, or a quoted source.

A sentence is attributed when a cue of reporting (`قالت`, `أفادت`, `وفقا ل`,
`according to`, `said`) or of claiming (`ادعت`, `زعمت`, `claimed`) governs
it. The speaker is the noun phrase the cue points at:

- an Arabic reporting verb is followed by its subject (verb-subject-object):
  `وادعت وكالة الأناضول التركية، أن ...` -> `وكالة الأناضول التركية`;
- a preposition of source is followed by it: `ووفقًا لوسائل الإعلام العالمية
  فإن ...` -> `وسائل الإعلام العالمية`, `according to Reuters` -> `Reuters`;
- an English verb has its subject before it (`the ministry said`) or, after a
  quotation, after it (`..., said the ministry`).

The speaker phrase ends at punctuation, at a complementizer or preposition,
at a time word, and at the first trigger word (`وأكدت مصادر تركية مطلعة وصول
دفعة` -> `مصادر تركية مطلعة`). The cue words live in data/modality.json
(section `attribution`), loaded once by `load_attribution`.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from events.model import TriggerMention
from events.text.lazy import LazyPattern
from events.text.matching import PhraseMatcher
from events.text.normalize import FoldedText, fold, fold_str
from events.triggers import TriggerLexicon, expand_pattern, find_triggers, load_triggers, read_modality

MAX_SPEAKER_WORDS = 7

_TOKEN = LazyPattern(r"[^\W_]+(?:'[^\W_]+)?|[^\w\s]")
_TOKEN_SPLIT = LazyPattern("(" + _TOKEN.pattern + ")")
_CONJUNCTIONS = ("", "و", "ف")


@dataclass(frozen=True)
class Attribution:
    """A source cue in a sentence and the words that name the speaker (offsets into the text)."""

    cue: str
    cue_start: int
    cue_end: int
    speaker_start: int
    speaker_end: int
    kind: str  # "claim" (ادعت، زعمت، claimed, alleged) | "report" (قالت، أفادت، وفقا ل، according to, said)


@dataclass(frozen=True, slots=True)
class _CueForm:
    kind: str  # claim | report
    role: str  # verb | preposition


@dataclass(frozen=True)
class AttributionCues:
    """The cue automaton and the word lists that bound a speaker phrase."""

    matcher: PhraseMatcher[_CueForm]
    not_sources: frozenset[str]
    stops: frozenset[str]
    subject_stops: frozenset[str]
    auxiliaries: frozenset[str]
    take_l: tuple[str, ...]  # prepositions whose ل is written on the next word


@lru_cache(maxsize=4)
def load_attribution(path: Path | None = None) -> AttributionCues:
    """Attribution cues (the `attribution` section of data/modality.json), built once."""
    data = read_modality(path)["attribution"]
    entries: list[tuple[str, _CueForm]] = []
    for key, kind, role in (
        ("report", "report", "verb"),
        ("claim", "claim", "verb"),
        ("report_prepositions", "report", "preposition"),
        ("claim_prepositions", "claim", "preposition"),
    ):
        for pattern in data[key]:
            for form in expand_pattern(pattern):
                entries.append((form.text, _CueForm(kind, role)))
    matcher: PhraseMatcher[_CueForm] = PhraseMatcher(entries, suffixes=("ه", "ها", "هم", "هما", "ن"), min_key=2)
    return AttributionCues(
        matcher,
        frozenset(_bare(fold_str(w)) for w in data["not_sources"]),
        frozenset(fold_str(w) for w in data["speaker_stops"]),
        frozenset(fold_str(w) for w in data["subject_stops"]),
        frozenset(fold_str(w) for w in data["auxiliaries"]),
        tuple(fold_str(w) for w in data["prepositions_with_l"]),
    )


# a passive of saying with no speaker before أن: "ويُذكر أن ..." (it is recalled that)
_IMPERSONAL_AR = frozenset({"يذكر"})


def _bare(word: str) -> str:
    for pre in ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل"):
        if word.startswith(pre) and len(word) - len(pre) >= 3:
            return word[len(pre) :]
    return word


class _Tokens:
    """The words and punctuation marks of a folded sentence, as parallel lists
    (folded offsets): cheaper to build than one object per token."""

    __slots__ = ("ends", "starts", "texts")

    def __init__(self, folded: FoldedText) -> None:
        # split() alternates the text between tokens with the tokens themselves
        pieces = _TOKEN_SPLIT.split(folded.text)
        offsets = list(accumulate(map(len, pieces), initial=0))
        self.starts: list[int] = offsets[1:-1:2]
        self.ends: list[int] = offsets[2::2]
        self.texts: list[str] = pieces[1::2]

    def __len__(self) -> int:
        return len(self.texts)

    def is_word(self, i: int) -> bool:
        return self.texts[i][0].isalnum()


@dataclass(slots=True)
class _CueHit:
    form: _CueForm
    first: int  # token indices, inclusive
    last: int
    start: int  # original offsets in the sentence
    end: int


def _token_index(tokens: _Tokens, pos: int) -> int:
    """Index of the token that contains folded offset `pos` (len(tokens) when none does)."""
    i = bisect.bisect_right(tokens.starts, pos) - 1
    return i if i >= 0 and pos < tokens.ends[i] else len(tokens)


def _cue_hits(
    spans: list[tuple[int, int, str, tuple[_CueForm, ...]]], folded: FoldedText, tokens: _Tokens
) -> list[_CueHit]:
    """The cue matches (folded spans) that stand as words of their own or after a conjunction or ب.

    A capitalised Latin cue inside a sentence is part of a name ("United
    States", "the Daily Report"), not a verb of saying.
    """
    out: list[_CueHit] = []
    for fs, fe, key, payload in spans:
        word = folded.text[fs:fe]
        prefix = word[: word.find(key)] if key in word else ""
        if prefix not in _CONJUNCTIONS and prefix not in ("ب", "وب", "فب"):
            continue
        o = folded.index[fs]
        if key[:1].isascii() and folded.original[o : o + 1].isupper() and folded.original[:o].strip():
            continue
        first = _token_index(tokens, fs)
        last = _token_index(tokens, fe - 1)
        if first >= len(tokens) or last >= len(tokens):
            continue
        out.append(_CueHit(payload[0], first, last, folded.index[fs], folded.index[fe - 1] + 1))
    return out


def _folded(folded: FoldedText, original: int) -> int:
    return bisect.bisect_left(folded.index, original)


# the ranges of `events.text.normalize.is_arabic`
_ARABIC_CHAR = LazyPattern("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def _is_latin(word: str) -> bool:
    """No character of `word` is Arabic (`is_arabic`)."""
    return _ARABIC_CHAR.search(word) is None


def _speaker_after(
    tokens: _Tokens, i: int, cues: AttributionCues, trigger_starts: set[int], latin: bool, checked: bool = False
) -> tuple[int, int]:
    """Token range [i, j) of the speaker phrase that starts at token i (its first word
    already vetted when `checked`)."""
    j = i
    texts, starts = tokens.texts, tokens.starts
    while j < len(texts) and j - i < MAX_SPEAKER_WORDS:
        word = texts[j]
        if not word[0].isalnum() or starts[j] in trigger_starts:
            break
        if j > i and (word in cues.stops or _bare(word) in cues.stops):
            break
        if j == i and not checked and word in cues.stops and word != "the":
            break
        if not latin and j > i and word[0] in "وف" and _bare(word[1:]) in cues.stops:
            break
        j += 1
    return i, j


def _speaker_before(tokens: _Tokens, i: int, cues: AttributionCues) -> tuple[int, int]:
    """Token range [k, i) of an English subject that ends before token i (auxiliaries skipped)."""
    texts = tokens.texts
    end = i
    while end > 0 and texts[end - 1] in cues.auxiliaries:
        end -= 1
    k = end
    while k > 0 and end - k < MAX_SPEAKER_WORDS:
        word = texts[k - 1]
        if word == "and" and k < end:
            # "..., the United States and Saudi Arabia said": sources joined by "and"
            # after a comma are one speaker
            joined = _joined_after_comma(texts, k - 1, end, cues)
            if joined is not None:
                return joined, end
        if not word[0].isalnum() or word in cues.subject_stops:
            break
        k -= 1
    return k, end


def _joined_after_comma(texts: Sequence[str], and_at: int, end: int, cues: AttributionCues) -> int | None:
    """The first token of a speaker phrase whose "and" is at `and_at`, when words with
    no other stop reach back from it to a comma within `MAX_SPEAKER_WORDS`; else None."""
    k = and_at
    while k > 0 and end - k < MAX_SPEAKER_WORDS:
        word = texts[k - 1]
        if word in (",", "،"):
            return k if k < and_at else None
        if not word[0].isalnum() or word in cues.subject_stops:
            return None
        k -= 1
    return None


def find_attribution(
    text: str,
    start: int,
    end: int,
    *,
    trigger: tuple[int, int] | None = None,
    cues: AttributionCues | None = None,
    lexicon: TriggerLexicon | None = None,
    triggers: Sequence[TriggerMention] | None = None,
    folded: FoldedText | None = None,
) -> Attribution | None:
    """The source cue of the sentence `text[start:end]` and its speaker, or None
    when the sentence speaks in the article's own voice.

    With `trigger` (offsets of an event's words), the cue nearest before it is
    taken, or an English `..., the ministry said` after it. `triggers` are the
    event words already found in `text` (the pipeline has them); without them
    the sentence is searched again. `folded` is the sentence already folded, when at hand.
    """
    cues = cues or load_attribution()
    sentence = text[start:end]
    if folded is None:
        folded = fold(sentence)
    spans = cues.matcher.find_spans(folded)
    if not spans:
        return None  # most sentences: no cue, no need for their words
    tokens = _Tokens(folded)
    hits = _cue_hits(spans, folded, tokens)
    if not hits:
        return None
    if triggers is not None:
        found = [m.start - start for m in triggers if start <= m.start < end]
    else:
        found = [m.start for m in find_triggers(sentence, folded, lexicon or load_triggers())]
    trigger_starts = {_folded(folded, p) for p in found}
    trigger_starts = {
        tokens.starts[k] for k in (_token_index(tokens, p) for p in trigger_starts) if k < len(tokens)
    }
    ordered = hits
    if trigger is not None:
        t0 = trigger[0] - start
        before = [h for h in hits if h.end <= t0]
        after = [
            h
            for h in hits
            if h.start >= trigger[1] - start and _is_latin(tokens.texts[h.first]) and len(tokens) - h.last <= 9
        ]
        ordered = list(reversed(before)) + after
    for hit in ordered:
        found = _speaker(hit, tokens, cues, trigger_starts)
        if found is None:
            continue
        s_tok, e_tok, skip = found
        if s_tok < e_tok:
            s0 = folded.to_original(tokens.starts[s_tok] + skip)
            s1 = folded.span(tokens.starts[e_tok - 1], tokens.ends[e_tok - 1])[1]
        else:
            s0 = s1 = hit.end
        return Attribution(
            cue=sentence[hit.start : hit.end],
            cue_start=start + hit.start,
            cue_end=start + hit.end,
            speaker_start=start + s0,
            speaker_end=start + s1,
            kind=hit.form.kind,
        )
    return None


def _speaker(
    hit: _CueHit, tokens: _Tokens, cues: AttributionCues, trigger_starts: set[int]
) -> tuple[int, int, int] | None:
    """(first token, end token, characters to skip in the first token) of the speaker, or None
    when the cue turns out not to name a source (`وفق الاتفاق`)."""
    texts = tokens.texts
    latin = _is_latin(texts[hit.first])
    i = hit.last + 1
    skip = 0
    if hit.form.role == "preposition":
        if not latin and i < len(tokens) and texts[i] == "ل":
            i += 1
        elif (
            i < len(tokens)
            and texts[i].startswith("ل")
            and tokens.is_word(i)
            and texts[hit.last].endswith(cues.take_l)
        ):
            skip = 1  # ووفقًا لوسائل الإعلام: the ل belongs to the cue
        if i + 1 < len(tokens) and texts[i] == "ما":
            i += 2  # بحسب ما ذكرت وكالة ...
        if i >= len(tokens) or not tokens.is_word(i):
            return None
        first = texts[i][skip:]
        if _bare(first) in cues.not_sources or first in cues.not_sources:
            return None
        s, e = _speaker_after(tokens, i, cues, trigger_starts, latin, checked=True)
        return (s, e, skip) if e > s else None
    if latin:
        k, e = _speaker_before(tokens, hit.first, cues)
        if e > k:
            return k, e, 0
        s, e = _speaker_after(tokens, i, cues, trigger_starts, latin)
        return s, e, 0
    s, e = _speaker_after(tokens, i, cues, trigger_starts, latin)
    if s >= e and texts[hit.first].lstrip("وف") in _IMPERSONAL_AR and i < len(tokens) and texts[i] in ("أن", "ان"):
        return None  # "ويذكر أن ...", it is recalled that: the article's own voice, no source
    return s, e, 0
