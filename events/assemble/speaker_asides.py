"""An event word in a relative clause opened right after the speaker's name ("قال الرئيس
روحاني، الذي أعيد انتخابه الشهر الماضي، إن ...", "Rouhani, who was re-elected last month,
said"): the clause is about the speaker, who is then a party of the event, not only its source."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules


@lru_cache(maxsize=4)
def _speaker_aside(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A relative clause opened right after the speaker's name, after a comma or none (a
    relative right after a definite name or title describes it: "قال الرئيس الإيراني الذي
    فاز بولاية ثانية إن ..."), up to the event word (data/assembly.json `speaker_asides`)."""
    words = load_assembly_rules(path)["speaker_asides"]
    return re.compile(r"\s*[،,]?\s*(?:" + alternation(words) + r")(?:\s+[^\s،,.]+){0,2}\s+$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _speaker_own(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the verb of saying and a word of time right after the speaker's name, before a possessive
    of the speaker in English ("said after his"), perhaps with a first word of the event's name;
    an Arabic event word that ends in a pronoun of the speaker: "انتخابه", "زيارتها")
    (data/assembly.json `speaker_own`)."""
    rules = load_assembly_rules(path)["speaker_own"]
    said = re.compile(
        r"(?:\s+\S+)?\s+(?:" + alternation(rules["times"]) + r")\s+(?:(?:" + alternation(rules["possessives"]) + r")\s+)?"
        r"(?:(?:" + alternation(rules["openers"]) + r")\s+|re-?)?$",
        re.IGNORECASE,
    )
    return said, re.compile(r"[^\s،,.]*(?:ه|ها)(?![^\s،,.])")


def _with_a_partner(text: str, trigger_start: int) -> bool:
    """Whether the English event word is a meeting's, its partner named right after it ("said
    after talks with President Erdogan"): the talks of the speaker, with that partner."""
    m = re.match(r"[^\W\d_]+(?:\s+[^\W\d_]+)?\s+with\s", text[trigger_start : trigger_start + 40])
    return m is not None and m.group().split()[0].lower() in load_assembly_rules()["speaker_own"].get("partnered", ())


def _of_the_speaker(text: str, speaker_end: int, trigger_start: int) -> bool:
    """Whether the event word is the speaker's own, told right after the verb of saying and a
    word of time ("Erdogan said after his re-election that ...", "قال أردوغان بعد إعادة انتخابه
    إن ..."): English by a possessive before it, Arabic by a pronoun at its end."""
    said, suffixed = _speaker_own()
    m = said.match(text, speaker_end, trigger_start)
    if m is None:
        return False
    if re.search(r"[A-Za-z]", text[speaker_end:trigger_start]):
        return bool(re.search(r"(?i)\b(?:his|her|its|their)\s+(?:re-?)?$", text[speaker_end:trigger_start])) or _with_a_partner(
            text, trigger_start
        )
    return suffixed.match(text, trigger_start) is not None


def on_the_speaker(text: str, speaker_end: int, trigger_start: int) -> bool:
    """Whether the event word stands in a relative clause on the speaker ("قال الرئيس روحاني،
    الذي أعيد انتخابه الشهر الماضي، إن ...", "Rouhani, who was re-elected last month, said"),
    or is the speaker's own told after the verb of saying (`_of_the_speaker`): the speaker is
    then the person the event is of, not only its source."""
    return _speaker_aside().match(text, speaker_end, trigger_start) is not None or _of_the_speaker(
        text, speaker_end, trigger_start
    )
