"""Police clashing with a crowd ("Riot police clashed with stone-throwing youths in the capital",
"Security forces clashed with protesters", «اشتبكت الشرطة مع محتجين في طهران», and the crowd first:
«اشتبك متظاهرون مع الشرطة», "Students clashed with riot police") tell a protest met by force, as "clashes between police and protesters" already does: a protest, not an attack.
The police are named beside the clash word (before it, or right after an Arabic verb), and the
crowd right after its "with" (مع), behind at most a few words of description, none a preposition
or a conjunction ("clashed with militants near protesters' camps": the militants); a clash of police
with gunmen, militants or troops stays an attack (data/assembly.json `police_clashes`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from events.assemble.retyping import retyped
from events.assemble.rules import alternation, load_assembly_rules
from events.assemble.text import Mentions
from events.assemble.word_gates import may_name
from events.text.gates import anchor_words

_DIACRITICS = re.compile("[\u064b-\u0652\u0640]")
_NEAR = 40  # characters between the police and the clash word


@dataclass(frozen=True)
class _Rules:
    word: re.Pattern[str]  # a clash word, at the start of the trigger's text
    police_before: re.Pattern[str]  # the police ending the text before the clash word
    police_after: re.Pattern[str]  # the police opening the text after an Arabic clash verb
    crowd_after: re.Pattern[str]  # with (مع), a few words, then the crowd, after the clash word
    crowd_before: re.Pattern[str]  # the crowd ending the text before the clash word
    crowd_first: re.Pattern[str]  # the crowd opening the text after an Arabic clash verb
    police_with: re.Pattern[str]  # with (مع), a few words, then the police, after the clash word


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    rules = load_assembly_rules()["police_clashes"]
    police = alternation([*rules["en_police"], *rules["ar_police"]], spaced=True)
    crowd = alternation([*rules["en_crowd"], *rules["ar_crowd"]], spaced=True)
    between = int(rules["words_between"])
    stops = alternation(rules["not_between"])  # a preposition or a conjunction: another noun's phrase
    return _Rules(
        word=re.compile(r"^[وف]?(?:" + alternation([*rules["en_words"], *rules["ar_words"]]) + r")", re.IGNORECASE),
        police_before=re.compile(r"(?<![^\W\d_])(?:" + police + r")(?:\s+[^\W\d_]+){0,2}\s+\Z", re.IGNORECASE),
        police_after=re.compile(r"^\s+(?:" + police + r")(?![^\W\d_])"),
        crowd_after=_with_then(crowd, between, stops),
        crowd_before=re.compile(r"(?<![^\W\d_])(?:" + crowd + r")(?:\s+[^\W\d_]+){0,2}\s+\Z", re.IGNORECASE),
        crowd_first=re.compile(r"^\s+(?:" + crowd + r")(?![^\W\d_])"),
        police_with=_with_then(police, between, stops),
    )


def _with_then(names: str, between: int, stops: str) -> re.Pattern[str]:
    """A match, after the clash word, for with (مع) and one of `names` behind a few words."""
    return re.compile(
        rf"^(?:\s+[^\s.,;:،]+){{0,{between}}}?\s+(?:with|مع)\s+(?:(?!(?:{stops})(?![^\W\d_]))[^\s.,;:،]+\s+){{0,{between}}}?"
        rf"(?:{names})(?![^\W\d_])",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _clash_anchors() -> tuple[tuple[str, ...], ...]:
    rules = load_assembly_rules()["police_clashes"]
    return anchor_words([*rules["en_words"], *rules["ar_words"]])


def _word_end(text: str, end: int) -> int:
    while end < len(text) and text[end].isalpha():
        end += 1
    return end


def _police_clash(text: str, start: int, end: int) -> bool:
    """Whether the clash word at `start`..`end` is of police with a crowd, or of a crowd with police."""
    rules = _rules()
    if rules.word.match(text[start:end]) is None:
        return False
    end = _word_end(text, end)
    after = _DIACRITICS.sub("", text[end : end + 120])
    before = text[max(0, start - _NEAR) : start]
    police = rules.police_before.search(before) is not None or rules.police_after.match(after) is not None
    if police and rules.crowd_after.match(after) is not None:
        return True
    # the crowd as the subject and the police after its with: «اشتبك متظاهرون مع الشرطة»
    crowd = rules.crowd_before.search(before) is not None or rules.crowd_first.match(after) is not None
    return crowd and rules.police_with.match(after) is not None


def police_clashes(text: str, mentions: Mentions) -> Mentions:
    """The mentions with each clash of police with a crowd told as a protest, not an attack."""
    if not may_name(text, _clash_anchors()):
        return mentions
    clashes = {id(t) for t in mentions.triggers if t.event_type == "attack" and _police_clash(text, t.start, t.end)}
    return retyped(mentions, clashes, "protest")
