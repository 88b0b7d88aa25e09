"""A downing is an attack only through the attack it stops. An attack word of downing or
intercepting (أسقط، إسقاط، shot down) tells no attack of its own when what it downed is a
craft of leisure («إسقاط طائرة لاسلكية ترفيهية صغيرة», "police shot down a small recreational
drone"): no one attacked, a flight was stopped; nor when what it downed is taken up by a
definite noun as the projectiles of an attack the article told before ("air defences shot down
most of the missiles", «أسقطت الدفاعات الجوية معظم الصواريخ»): the downing is that attack's
outcome, not a second deed (data/assembly.json `downed_craft`). So is an attack word whose subject
is a side's defences and whose object is a pronoun ("A Saudi interceptor missile destroyed it over
the capital", «وتمكنت الدفاعات الجوية السعودية من اعتراضه»), after an attack told before: the
defences stopped that attack's projectile (data/assembly.json `defence_nouns`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from events.assemble.interceptions import load_defence_nouns
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import TriggerMention
from events.text.normalize import fold_str

_CLAUSE_END = re.compile(r"[.!?؟;:؛,،]")
_QUOTES = "\"'«»“”()"
# after the projectiles taken up, a relative word or a verb of firing tells them anew
# ("اعتراض الصواريخ التي أطلقتها المليشيا", "the missiles fired by the Houthis")
_TOLD_ANEW = re.compile(r"^\s*(?:التي|الذي|اللذين|اللتين|that|which|fired|launched|اطلق\w*)(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class _Rules:
    downing: re.Pattern[str]  # a word of downing opening the attack word
    leisure: re.Pattern[str]  # a word of a craft of leisure
    retold: re.Pattern[str]  # a definite noun of projectiles
    reach: int


@lru_cache(maxsize=4)
def _rules(path: Path = ASSEMBLY_RULES) -> _Rules:
    rules = load_assembly_rules(path)["downed_craft"]

    def words(key: str) -> str:
        return alternation((fold_str(w).lower() for w in rules[key]), spaced=True)

    return _Rules(
        downing=re.compile(r"^[وف]?(?:" + words("downing") + r")(?!\w)", re.IGNORECASE),
        leisure=re.compile(r"(?<!\w)[وبل]?(?:" + words("leisure") + r")(?!\w)", re.IGNORECASE),
        retold=re.compile(r"(?<!\w)(?:" + words("retold") + r")(?!\w)", re.IGNORECASE),
        reach=int(rules["reach"]),
    )


def _downed(text: str, start: int, end: int, reach: int) -> str:
    """The words after the word of downing, up to `reach` of them, within its clause, folded."""
    after = text[start:end]
    stop = _CLAUSE_END.search(after)
    words = (after[: stop.start()] if stop else after).translate(str.maketrans("", "", _QUOTES)).split()
    return fold_str(" ".join(words[:reach])).lower()


def downed_no_attack(
    text: str, trigger: TriggerMention, sentence: tuple[int, int], triggers: Sequence[TriggerMention]
) -> bool:
    """Whether the attack word is a downing of a craft of leisure, or of the projectiles of
    an attack told in an earlier sentence, taken up by a definite noun."""
    if trigger.event_type != "attack":
        return False
    rules = _rules()
    head = fold_str(text[trigger.start : trigger.end]).lower()
    if _stopped_by_defences(text, trigger, sentence, head, rules.downing):
        return _attack_told_before(trigger, sentence, triggers)
    opened = rules.downing.match(head)
    if opened is None:
        return False
    after_start = trigger.start + opened.end()
    downed = _downed(text, after_start, sentence[1], rules.reach)
    if rules.leisure.search(downed):
        return True  # «إسقاط طائرة لاسلكية ترفيهية صغيرة», "shot down a recreational drone"
    retold = rules.retold.search(downed)
    if retold is None or len(downed[: retold.start()].split()) > 3:
        return False
    rest = _downed(text, after_start, sentence[1], rules.reach + 4)[retold.end() :]
    if _TOLD_ANEW.match(rest):
        return False  # "the missiles fired by the Houthis": their firing is told here
    return _attack_told_before(trigger, sentence, triggers)  # "shot down most of the missiles", after "launched more than 100 missiles"


def _attack_told_before(trigger: TriggerMention, sentence: tuple[int, int], triggers: Sequence[TriggerMention]) -> bool:
    """Whether an asserted attack word stands in a sentence before the attack word's."""
    return any(t.event_type == "attack" and t.modality == "asserted" and t.end <= sentence[0] for t in triggers)


def _stopped_by_defences(
    text: str, trigger: TriggerMention, sentence: tuple[int, int], head: str, downing: re.Pattern[str]
) -> bool:
    """Whether the attack word's subject, in the words right before it in its clause, is a side's
    defences (`defence_nouns`) and its object a pronoun: the word after it ("destroyed it"), or one
    joined to an Arabic word of downing («من اعتراضه»)."""
    nouns = load_defence_nouns()
    before = text[max(sentence[0], trigger.start - 100) : trigger.start]
    stops = list(_CLAUSE_END.finditer(before))
    if stops:
        before = before[stops[-1].end() :]
    if nouns.noun.search(fold_str(" ".join(before.split()[-nouns.reach :])).lower()) is None:
        return False
    after = text[trigger.end : sentence[1]].split()[:1]
    if after and after[0].strip(".,،؛;:\"'«»()").lower() in nouns.pronouns:
        return True
    return any(
        not p.isascii() and head.endswith(p) and downing.match(head[: -len(p)]) is not None
        for p in nouns.pronouns
    )
