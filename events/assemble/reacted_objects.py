"""An event word named as the object of a reaction to it, when the article tells an event of
its kind elsewhere ("welcomed the peaceful conduct of the vote", "cast doubt on the agreement",
"played down the deal", "مسيرة تنديدا بالهجوم", "قضت ... ببطلان توقيع الاتفاقية", "قللت
الحكومة من أهمية الاتفاق"), or followed by a verdict on it ("declared the deal null and void", "اعتبرت
الاتفاق باطلا"): the word points back to that event, and the sentence tells of the reaction,
not of a new event of the one who reacted.
Told with no event of its kind elsewhere, the word may be the only telling of the deed and
stays (data/assembly.json `reacted_objects`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event, TriggerMention
from events.text.normalize import fold_str, is_arabic
from events.triggers import ASSERTED

_BEFORE = 60  # characters before the event word within which the word of reaction stands


@lru_cache(maxsize=4)
def load_reacted_objects(
    path: Path = ASSEMBLY_RULES,
) -> tuple[re.Pattern[str], dict[str, frozenset[str]], frozenset[str]]:
    """A search (folded, lower-cased) for a word of reaction followed by at most `between` words
    with no punctuation and none of `stops` (a relative pronoun opens a clause of its own:
    "بدور بغداد ومسقط اللتين استضافتا جولات حوار"), ending right before the event word; the
    kinds of event a told one of each type stands for (`kin`: a deal named back as a truce);
    and the types whose told event must be told with the same word (`same_word`)."""
    rules = load_assembly_rules(path)["reacted_objects"]
    words = alternation((fold_str(w).lower() for w in rules["words"]), spaced=True)
    stops = alternation(fold_str(w).lower() for w in rules["stops"])
    between = int(rules["between"])
    word = r"(?!(?:" + stops + r")\s)[^\s.,،;؛:!?؟()\"«»]+\s+"
    pattern = re.compile(r"(?<![^\W\d_])[وف]?(?:" + words + r")\s+(?:" + word + r"){0," + str(between) + r"}$")
    kin = {t: frozenset(v) for t, v in rules.get("kin", {}).items()}
    return pattern, kin, frozenset(rules.get("same_word", ()))


@lru_cache(maxsize=4)
def load_arabic_reach(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """The same search for an Arabic word of reaction with up to `ar_between` words after it:
    its subject stands there, a list of states perhaps ("ورحبت كل من الإمارات وقطر والكويت
    وعمان والعراق ومصر بالاتفاق"); read only before an event word its preposition ب opens."""
    rules = load_assembly_rules(path)["reacted_objects"]
    words = alternation((fold_str(w).lower() for w in rules["words"] if is_arabic(w)), spaced=True)
    stops = alternation(fold_str(w).lower() for w in rules["stops"])
    between = int(rules.get("ar_between", rules["between"]))
    word = r"(?!(?:" + stops + r")\s)[^\s.,،;؛:!?؟()\"«»]+\s+"
    return re.compile(r"(?<![^\W\d_])[وف]?(?:" + words + r")\s+(?:" + word + r"){0," + str(between) + r"}$")


@lru_cache(maxsize=4)
def load_verdicts(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match (folded, lower-cased), anchored right after the event word, for a verdict on it
    (`verdicts`: null and void, illegal, باطلا), maybe in quotation marks and after one of
    `verdict_links` (a copula or "as": "declared the agreement as illegal"), at most
    `verdict_words` words of the event's phrase before it ("called the nomination of his rival
    unconstitutional", "said the deployment was 'unacceptable'")."""
    rules = load_assembly_rules(path)["reacted_objects"]
    verdicts = alternation((fold_str(w).lower() for w in rules.get("verdicts", ())), spaced=True)
    links = alternation((fold_str(w).lower() for w in rules.get("verdict_links", ())), spaced=True)
    quote = r"[\"'«»“”]?"
    # the words of the event's own phrase between ("the nomination of his rival unconstitutional")
    own = r"(?:\s+[^\s.,،;؛:!?؟()\"«»“”]+){0," + str(int(rules.get("verdict_words", 0))) + r"}"
    return re.compile(own + r"\s*" + quote + r"(?:(?:" + links + r")\s+" + quote + r")?(?:" + verdicts + r")(?![^\W\d_])")


def _stem(word: str) -> str:
    """An event word without its article, proclitics and plural ending, to tell two tellings of
    one deed by the same word (الهجوم، بالهجوم)."""
    word = fold_str(word).lower().split()[-1]
    for article in ("وبال", "بال", "وال", "فال", "لل", "ال"):
        if word.startswith(article) and len(word) > len(article) + 2:
            return word[len(article) :]
    return word.removesuffix("s")


def reacted_object(text: str, cand: _Candidate, told: Sequence[Event], words: Sequence[TriggerMention]) -> bool:
    """Whether the event word is the object of a word of reaction and an event of its type (or
    kin) is told before it (`told`) or by an event word of another sentence told as done
    (`words`). Of the types whose articles tell many deeds (`same_word`: attacks), only an
    event told before with the same word (as its event word or in its sentence) is the one
    reacted to ("condemned the attempted coup" is not the helicopters' fire told before)."""
    pattern, kin, same_word = load_reacted_objects()
    types = {cand.event_type} | kin.get(cand.event_type, frozenset())
    stem = _stem(text[cand.trigger[0] : cand.trigger[1]]) if cand.event_type in same_word else None
    s, e = cand.sentence
    if not any(
        ev.event_type in types and (stem is None or stem == _stem(ev.trigger) or stem in fold_str(ev.quote).lower())
        for ev in told
    ) and (
        stem is not None
        or not any(t.event_type in types and t.modality == ASSERTED and not s <= t.start < e for t in words)
    ):
        return False
    head = fold_str(text[max(cand.sentence[0], cand.trigger[0] - _BEFORE) : cand.trigger[0]]).lower()
    if pattern.search(head) is not None:
        return True
    if text.startswith("ب", cand.trigger[0]) and load_arabic_reach().search(head) is not None:
        return True
    tail = fold_str(text[cand.trigger[1] : min(cand.sentence[1], cand.trigger[1] + _BEFORE)]).lower()
    return load_verdicts().match(tail) is not None
