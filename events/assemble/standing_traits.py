"""A trait told by an aside in the present perfect ("Oman, which has mediated between Riyadh and the
Houthis, said on Monday ..."; "Qatar, which has hosted talks between the two sides") or, in Arabic,
in the present ("وقالت قطر، التي تستضيف محادثات بين الطرفين، يوم الاثنين"): what the
state has done as its standing role of a go-between or a host, over no time the text gives, is no deed of the
main clause's day nor of the publication's. The words are data/assembly.json `standing_traits`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.repeated_firsts import after_a_denied_first_time
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import TimeMention
from events.text.lazy import LazyPattern

_REACH = 150  # characters before the event word within which the aside's opening is read
_CLOSE = LazyPattern(r"[,،]")  # the comma that closes the aside
_PARTICIPLE_REACH = 30  # characters after an English participle within which a date is its own


@lru_cache(maxsize=4)
def load_standing_traits(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], frozenset[str]]:
    """A search for the opening of an aside in the present perfect (', which has', ', who have
    long') or of an Arabic one in the present (، التي تستضيف، الذي يتوسط), running on with no
    punctuation to the end of the searched text, and the event types of a standing role."""
    rules = load_assembly_rules(path)["standing_traits"]
    opening = re.compile(
        r",\s+(?:"
        + alternation(rules["relatives"])
        + r")\s+(?:"
        + alternation(rules["perfect"])
        + r")\s+(?:(?:"
        + alternation(rules["adverbs"])
        + r")\s+)?[^,;:()\"“”]*$"
        + r"|،\s*(?:"
        + alternation(rules["ar_relatives"])
        + r")\s+[يت][^\W\d_]{2,}(?:\s[^،,؛;:()\"“”«»]*)?\s$",
        re.IGNORECASE,
    )
    return opening, frozenset(rules["types"])


def a_standing_trait(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> bool:
    """Whether an event word of a role's type (a meeting: a go-between, a host of talks) stands
    in an aside opened by ', which has' or ', who have', or by ، التي and a verb in the present
    (`load_standing_traits`), with no date of its own in the aside (', which has hosted the
    talks since 2019' is dated by their onset) and no catalogued event named."""
    start = cand.trigger[0]
    opening, types = load_standing_traits()
    if cand.event_type not in types or cand.reference_id is not None:
        return False
    m = opening.search(text, max(cand.sentence[0], start - _REACH), start)
    if m is None:
        return False
    close = _CLOSE.search(text, start, cand.sentence[1])
    end = close.start() if close is not None else cand.sentence[1]
    return not any(m.start() <= d.start < end for d in dates)


@lru_cache(maxsize=4)
def load_present_relatives(
    path: Path = ASSEMBLY_RULES,
) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str], re.Pattern[str]]:
    """Searches for an English relative after a comma (perhaps with an adverb after it) and
    an Arabic one (perhaps after a comma), each running to the end of the searched text; the
    types kept and the English words that are no verbs; a search for a body of fighters after a
    preposition, right before an English participle in -ing (data/assembly.json
    `standing_traits.present`)."""
    rules = load_assembly_rules(path)["standing_traits"].get("present", {})
    english = re.compile(
        r",\s*(?:" + alternation(rules.get("en_relatives", ())) + r")\s+(?:(?:"
        + alternation(rules.get("adverbs", ()), spaced=True) + r")\s+)?$",
        re.IGNORECASE,
    )
    arabic = re.compile(r"(?<![^\W\d_])(?:" + alternation(rules.get("ar_relatives", ())) + r")\s+$")
    participle = re.compile(
        r"(?<![\w'])(?:" + alternation(rules.get("en_participle_openers", ())) + r")\s+(?:[^\s,;:]+\s+){0,3}?"
        + r"(?:[^\s,;:]*(?=-))?(?:" + alternation(rules.get("en_participle_heads", ()), spaced=True) + r")\s+$",
        re.IGNORECASE,
    )
    return (
        english,
        arabic,
        frozenset(rules.get("kept_types", ())),
        frozenset(w.lower() for w in rules.get("en_not_verbs", ())),
        participle,
    )


# an English verb in the third person of the simple present (backs, supports, deploys, occupies)
_EN_PRESENT = LazyPattern(r"^[a-z]+[^s\W]s$")
# an Arabic verb with the prefix of the present (تنتشر، يدعم، تدعمان)
_AR_PRESENT = LazyPattern(r"^[يت][^\W\d_]{2,}$")


def a_present_relative(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> bool:
    """Whether the event word is a verb in the simple present that opens a relative clause
    ("Tehran, which backs the Houthis"; "القواعد التي تنتشر فيها قوات أمريكية"): a standing
    state of what the clause describes, no deed of a day, unless the clause has a date of its
    own or the word names a catalogued event (`load_present_relatives`)."""
    if cand.reference_id is not None:
        return False
    start = cand.trigger[0]
    word = text[start:cand.trigger[1]].split()[0] if text[start:cand.trigger[1]].split() else ""
    english, arabic, kept, not_verbs, participle = load_present_relatives()
    lead = text[max(cand.sentence[0], start - 40):start]
    if cand.event_type in kept:
        return False
    if word.isascii():
        lowered = word.lower()
        if lowered.endswith("ing") and participle.search(text, max(cand.sentence[0], start - 60), start) is not None:
            # "the U.S.-led coalition fighting Islamic State in Iraq would end by 2025": a relative with
            # no pronoun, short, whose own date stands right after it ("fighting the Houthis since 2015")
            return not any(cand.trigger[1] <= d.start < cand.trigger[1] + _PARTICIPLE_REACH for d in dates)
        if lowered in not_verbs or not (cand.tense == "present" or _EN_PRESENT.match(lowered)):
            return False
        if english.search(lead) is None:
            return False
    else:
        if not (cand.tense == "present" or _AR_PRESENT.match(word)):
            return False
        if after_a_denied_first_time(text, start):
            return False  # "وهذه ليست المرة الأولى التي ترسل فيها تركيا قوات": a deed done again
        if arabic.search(lead) is None:
            return False
    close = _CLOSE.search(text, cand.trigger[1], cand.sentence[1])
    end = close.start() if close is not None else cand.sentence[1]
    return not any(start <= d.start < end for d in dates)


@lru_cache(maxsize=4)
def load_accused_traits(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """Searches for the English and the Arabic opening of a charge describing a side, each
    ending right before the event word, and the types concerned (data/assembly.json
    `accused_traits`)."""
    rules = load_assembly_rules(path).get("accused_traits", {})
    english = re.compile("|".join(f"(?:{p})" for p in rules.get("en", ())) or "(?!)", re.IGNORECASE)
    arabic = re.compile("|".join(f"(?:{p})" for p in rules.get("ar", ())) or "(?!)")
    return english, arabic, frozenset(rules.get("types", ()))


def an_accused_trait(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> bool:
    """Whether the event word tells what a side is accused of in an aside or a participle
    describing it ("Iran, which Gulf states accuse of arming the Houthis, condemned the strikes";
    "إيران المتهمة بأنها تزود الحوثيين بمعدات"): a standing charge, no deed of a day, unless the
    charge has a date of its own before the next comma or the word names a catalogued event."""
    english, arabic, types = load_accused_traits()
    if cand.event_type not in types or cand.reference_id is not None:
        return False
    start = cand.trigger[0]
    lead = text[max(cand.sentence[0], start - _REACH) : start]
    opening = (english if text[start : start + 1].isascii() else arabic).search(lead)
    if opening is None:
        return False
    close = _CLOSE.search(text, cand.trigger[1], cand.sentence[1])
    end = close.start() if close is not None else cand.sentence[1]
    return not any(start <= d.start < end for d in dates)
