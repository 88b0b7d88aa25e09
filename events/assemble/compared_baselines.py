"""What "since" names after a comparison ("the heaviest bombardment since the 2014 war", "هي
الأعنف منذ حرب 2014") is the baseline a deed is measured against, not the deed: its words lend
no catalogued event's date to the deed compared, and a noun of a period there (war, حرب) tells
no event of its own. A deed with its own time named there ("the largest since the November 2019
protests") is still that past deed (dating.py `compared_since`), and so is a war a relative
clause of its own tells ("since the 50-day war of 2014, in which more than 2,100 Palestinians
died", «منذ الحرب التي شنتها إسرائيل على غزة»)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules, load_since_comparisons
from events.assemble.text import _EDGE_PUNCTUATION
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

_SINCE = LazyPattern(r"(?<![^\W\d_])(?:since|[وف]?منذ)(?![^\W\d_])", re.IGNORECASE)
_BREAK = LazyPattern(r"[,،.;:؛!?؟()]|\s(?:when|as|while|and|after|before)\s|\s(?:عندما|حين|حينما|بعد|قبل|و)\s")
_COMPARED_WORDS = 8  # words before "since" searched for a comparison ("the heaviest Israeli bombardment of Gaza")
_PHRASE_WORDS = 8  # words of the phrase after "since" at most
_PERIOD_WORDS = 3  # words between "since" and a noun of a period ("since the 2008-09 Gaza war")
_CLITICS = ("وال", "فال", "بال", "ال", "و", "ف")
# a relative clause right after the noun of a period (perhaps after its year or its place), which
# tells the war itself: ", in which ... died", ", which ended with", «التي شنتها إسرائيل»
_DESCRIBED = LazyPattern(
    r"(?:\s+(?:of|in)\s+(?:19|20)\d\d)?(?:\s+(?:in|on)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+Strip)?)?\s*,?\s*"
    r"(?:(?:in|during|after)\s+which|which|that)\s+(?!is\s|was\s+the\s)"
    r"|\s+(?:التي|الذي)\s+(?!هي\s|كانت\s+الأ)"
)
_RELATIVE_IN_WORD = LazyPattern(r"\s(?:التي|الذي)\s")
_COUNTING = frozenset({"من", "than", "of"})


@lru_cache(maxsize=4)
def load_compared_periods(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Nouns of a period that, after "since" of a comparison, name the baseline and no deed
    (data/assembly.json `compared_periods`: war, conflict; حرب، الحرب)."""
    return frozenset(fold_str(w).lower() for w in load_assembly_rules(path).get("compared_periods", {}).get("nouns", ()))


def _after_a_comparison(text: str, lo: int, since: int) -> bool:
    """Whether a superlative or "first" (`since_comparisons`) stands among the few words before
    `since`, in its clause (from `lo`)."""
    before = text[lo:since]
    cuts = [m.end() for m in _BREAK.finditer(before)]
    if cuts:
        before = before[cuts[-1] :]
    comparisons = load_since_comparisons()
    words = [fold_str(w).strip(_EDGE_PUNCTUATION).lower() for w in before.split()[-_COMPARED_WORDS:]]
    # "أكثر من ألف غارة منذ", "most of them since": a count, no comparison
    return any(w in comparisons and nxt not in _COUNTING for w, nxt in zip(words, [*words[1:], ""], strict=False))


def compared_since_phrases(text: str, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    """The spans, in `sentence`, of each phrase from "since" to the end of its clause (a few
    words at most) after a comparison: "since the 2014 war" in "the heaviest bombardment since
    the 2014 war, the army said", "منذ حرب 2014" in "هي الأعنف منذ حرب 2014"."""
    s, e = sentence
    spans = []
    for m in _SINCE.finditer(text, s, e):
        if not _after_a_comparison(text, s, m.start()):
            continue
        stop = _BREAK.search(text, m.end(), e)
        end = stop.start() if stop is not None else e
        words = list(re.finditer(r"\S+", text[m.end() : end]))
        if len(words) > _PHRASE_WORDS:
            end = m.end() + words[_PHRASE_WORDS - 1].end()
        spans.append((m.start(), end))
    return spans


def compared_periods(text: str, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    """Of `compared_since_phrases`, those naming a period a few words after "since" ("since the
    2014 war", "منذ حرب 2014"): a baseline, whose words name no deed of the sentence."""
    periods = load_compared_periods()
    return [
        (start, end)
        for start, end in compared_since_phrases(text, sentence)
        if any(_bare(w) in periods for w in text[start:end].split()[1 : _PERIOD_WORDS + 2])
    ]


def _bare(word: str) -> str:
    """The folded word less an Arabic article or conjunction before it."""
    folded = fold_str(word).strip(_EDGE_PUNCTUATION).lower()
    for clitic in _CLITICS:
        if folded.startswith(fold_str(clitic)) and len(folded) > len(clitic) + 2:
            return folded[len(clitic) :]
    return folded


def _described(text: str, trigger: tuple[int, int]) -> bool:
    """Whether a relative clause tells the noun at `trigger`, after it or within the event word
    itself («الحرب التي شنتها»)."""
    return _DESCRIBED.match(text, trigger[1]) is not None or _RELATIVE_IN_WORD.search(text, trigger[0], trigger[1]) is not None


def _a_period_after_since(text: str, trigger: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the event word at `trigger` is a noun of a period (`compared_periods`) a few words
    after "since" of a comparison."""
    periods = load_compared_periods()
    # (a catalogued war named there by a name that holds such a noun, "the worst crisis since the
    # 1975-1990 civil war", "أسوأ أزمة منذ الحرب الأهلية 1975-1990", is the baseline too)
    if not any(_bare(w) in periods for w in text[trigger[0] : trigger[1]].split()[: _PERIOD_WORDS + 1]):
        return False
    return any(
        start < trigger[0] < end and len(text[start : trigger[0]].split()) <= _PERIOD_WORDS + 1
        for start, end in compared_since_phrases(text, sentence)
    )


def a_described_compared_period(text: str, trigger: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the event word at `trigger` is a noun of a period after "since" of a comparison,
    told by a relative clause of its own (`_DESCRIBED`: "the worst since the 50-day war of 2014,
    in which more than 2,100 Palestinians died"): a war told, of the sides of the deed compared."""
    return _described(text, trigger) and _a_period_after_since(text, trigger, sentence)


def a_compared_period(text: str, trigger: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the event word at `trigger` is a noun of a period (`compared_periods`) a few words
    after "since" of a comparison: "the bloodiest day since the 2014 war", "الأكثر دموية منذ
    حرب 2014" compare the day with the war, which is no event told. Not a war a relative clause
    of its own tells ("the worst since the 50-day war of 2014, in which more than 2,100
    Palestinians died", «الأعنف منذ الحرب التي شنتها إسرائيل»): that war is told, a deed."""
    return not _described(text, trigger) and _a_period_after_since(text, trigger, sentence)


# between a superlative and the event word of the kind it ranks in: a noun or two (turnout,
# voter turnout), then a preposition and an indefinite determiner (not "at a", where something
# was done: "his first speech at a summit since the invasion") ("the lowest in a presidential
# election", "the highest turnout for any parliamentary vote"); in Arabic في and the noun
# without its article ("الأدنى في انتخابات رئاسية منذ")
_KIND_EN = r"\s+(?:[^\W\d_]+\s+){0,2}(?:in|for|of)\s+(?:a|an|any)\s+(?:[^\W\d_-]+\s+){0,2}$"
_KIND_AR = r"\s+(?:\S+\s+){0,2}[وف]?(?:في|خلال)\s+$"
_KIND_SINCE_WORDS = 6  # words between the event word and "since" at most ("presidential election since")


def _superlative_head() -> str:
    """A pattern for a superlative (`since_comparisons`, folded) as a whole word."""
    words = {fold_str(w).lower() for w in load_since_comparisons()}
    return r"(?<![^\W\d_])(?:" + alternation(words, spaced=True) + ")"


@lru_cache(maxsize=4)
def _kind_patterns(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Searches, English and Arabic (folded), for a superlative (`since_comparisons`) and what
    leads from it to the event word of the kind it ranks in, ending where that word begins."""
    head = _superlative_head()
    return re.compile(head + _KIND_EN, re.IGNORECASE), re.compile(head + _KIND_AR)


# a noun of a stretch of time that a superlative ranks, right before the event word ("one of the
# heaviest days of bombardment since", «أعنف أيام القصف منذ»)
_DAYS_EN = r"\s+(?:days?|nights?|weeks?|months?|hours?)\s+of\s+$"
_DAYS_AR = r"\s+(?:ايام|يوم|ليالي|ليلة|اسابيع|اسبوع|ساعات|اشهر)\s+$"


@lru_cache(maxsize=4)
def _day_patterns(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Searches, English and Arabic (folded), for a superlative (`since_comparisons`) and a noun
    of a stretch of time after it, ending where the event word begins."""
    head = _superlative_head()
    return re.compile(head + _DAYS_EN, re.IGNORECASE), re.compile(head + _DAYS_AR)


def _since_follows(text: str, trigger: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether "since" (منذ) stands a few words after the event word, in its clause."""
    after = text[trigger[1] : sentence[1]]
    stop = _BREAK.search(after)
    after = after[: stop.start()] if stop is not None else after
    since = _SINCE.search(after)
    return since is not None and len(after[: since.start()].split()) <= _KIND_SINCE_WORDS


def a_ranked_stretch(text: str, trigger: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the event word names what fills a stretch of time a superlative ranks, before
    "since" of that comparison ("in one of the heaviest days of bombardment since the war began",
    «في واحد من أعنف أيام القصف منذ بدء الحرب»): the measure of the day of the sentence's deed,
    no deed of its own."""
    word = text[trigger[0] : trigger[1]]
    before = text[max(sentence[0], trigger[0] - 60) : trigger[0]]
    english, arabic = _day_patterns()
    if (english.search(before) if word[:1].isascii() else arabic.search(fold_str(before))) is None:
        return False
    return _since_follows(text, trigger, sentence)


# a superlative or an ordinal, at most four words (the rank's noun: "US official", "Arab leader")
# and "to" right before an English event verb: "the highest-ranking US official to visit Taiwan"
_RANKED_INFINITIVE = r"(?:[\w-]+\s+){0,4}to\s+$"


@lru_cache(maxsize=4)
def _ranked_infinitive(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, ending where the event word begins, for a superlative or an ordinal
    (`since_comparisons`, "highest-ranking" included) and the rank's noun before "to"."""
    words = {w.lower() for w in load_since_comparisons() if w.isascii()} | {"highest-ranking", "most senior", "last"}
    head = r"(?<![\w-])(?:" + alternation(words, spaced=True) + r")\s+"
    return re.compile(head + _RANKED_INFINITIVE, re.IGNORECASE)


def a_ranked_infinitive(text: str, trigger: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether an English event verb stands as the infinitive of a rank ("Pelosi, the
    highest-ranking US official to visit Taiwan in 25 years, landed in Taipei late on Tuesday"):
    it describes the doer by the deed another word of the sentence tells on its time."""
    if not text[trigger[0] : trigger[0] + 1].isascii():
        return False
    before = text[max(sentence[0], trigger[0] - 70) : trigger[0]]
    return _ranked_infinitive().search(before) is not None


def a_compared_kind(text: str, trigger: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the event word names the kind of deed a superlative (`since_comparisons`) ranks a
    figure in, before "since" of that comparison: "Turnout was 28.8%, the lowest in a presidential
    election since the 2011 revolution", «وهي الأدنى في انتخابات رئاسية منذ ثورة 2011». The word
    stands after a preposition and an indefinite determiner (in a, for any; Arabic في and a noun
    without its article), with "since" a few words on in its clause: any such deed, none told."""
    word = text[trigger[0] : trigger[1]]
    arabic = not word[:1].isascii()
    if arabic and fold_str(word.split()[0]).lstrip("وفب").startswith("ال"):
        return False  # "الأعلى في الانتخابات": a definite noun names one vote
    before = text[max(sentence[0], trigger[0] - 80) : trigger[0]]
    cuts = [m.end() for m in _BREAK.finditer(before)]
    if cuts:
        before = before[cuts[-1] :]
    english, arabic_kind = _kind_patterns()
    if (arabic_kind.search(fold_str(before)) if arabic else english.search(before)) is None:
        return False
    return _since_follows(text, trigger, sentence)
