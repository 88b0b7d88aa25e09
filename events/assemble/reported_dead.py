"""An attack a source reports by a count of its dead ("وقالت المصادر إن 7 خبراء حوثيين لقوا
مصرعهم في غارات لمقاتلات التحالف في صعدة"; "medics said 18 civilians were killed in air
strikes"), or by forces killing a count ("a U.S. official said American soldiers shot dead two
armed men", "وقال مسؤول إن القوات قتلت 3 مسلحين"), tells the day's news: a source counting the
dead of a strike speaks of one just done, not hearsay of a past deed (data/assembly.json
`reported_dead`). A toll of a whole war or
of a period ("قتلوا خلال الصراع", "have been killed since March", "so far"), a figure in the
thousands, a toll with no figure ("hundreds were killed") or a perfect ("have killed 28") tells
no single recent strike.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate

_FIGURE_WORDS = 6  # words between the figure and the verb of dying (the dead's description)
_CAUSE_WORDS = 3  # words between the verb of dying and the attack's word
# a figure of the dead right after the verb, perhaps past a word or two of its doer or a bound
_OBJECT_FIGURE = r"(?:\s+(?!and\b|و)[^\s\d]+){0,2}?\s+(?:at\s+least\s+)?(?:\d{1,3}|"
# a verb of killing in the attack's word (not another deed counted after it: "اختطفوا خمسة عمال")
_KILLING = re.compile(r"(?<![^\W\d_])(?:[وف]?قتل\w*|killed|shot\s+dead|shot\s+and\s+killed)(?![^\W\d_])", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have|had)\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_reported_dead(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A search for a figure, a few words and a verb of dying in the past (`verbs`), with at most
    a few words before the attack's word; and one for a word of a toll over a period (`periods`)."""
    rules = load_assembly_rules(path).get("reported_dead", {})
    verbs = alternation(rules.get("verbs", ()), spaced=True)
    figures = alternation(rules.get("figure_words", ()), spaced=True)
    return (
        re.compile(
            r"(?<![\w.,])(?:\d{1,3}|" + figures + r")(?![\w.,])"
            r"(?:\s+\S+){0," + str(_FIGURE_WORDS) + r"}?\s+[وف]?(?:" + verbs + r")(?![^\W\d_])"
            r"(?:\s+\S+){0," + str(_CAUSE_WORDS) + r"}?\s*$",
            re.IGNORECASE,
        ),
        re.compile(
            r"(?<![^\W\d_])[وف]?(?:" + alternation(rules.get("periods", ()), spaced=True) + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        re.compile(_OBJECT_FIGURE + figures + r")(?![\w.,])", re.IGNORECASE),
    )


def reports_counted_dead(text: str, cand: _Candidate) -> bool:
    """Whether the attack's word follows, in its sentence, a figure of the dead and a verb of dying
    in the past, with no word of a toll over a period in the sentence."""
    if cand.event_type != "attack" or cand.reference_id is not None:
        return False
    counted, period, object_figure = load_reported_dead()
    start = cand.trigger[0]
    sentence = text[cand.sentence[0] : cand.sentence[1]]
    if period.search(sentence):
        return False
    before = text[cand.sentence[0] : start]
    if counted.search(before):
        return True
    # the verb of dying is the attack's own word ("18 civilians were killed")
    if counted.search(text[cand.sentence[0] : cand.trigger[1]]) is not None:
        return True
    # the attack's word a verb of killing in the past, its figure of the dead right after it
    # ("soldiers shot dead two armed men", "قتلت القوات 5 مسلحين"), no perfect before it ("have killed")
    return (
        bool(cand.tense == "past")
        and _KILLING.search(text, cand.trigger[0], cand.trigger[1]) is not None
        and object_figure.match(text, cand.trigger[1], cand.sentence[1]) is not None
        and not _PERFECT.search(text, max(cand.sentence[0], cand.trigger[0] - 12), cand.trigger[1])
    )
