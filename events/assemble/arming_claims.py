"""A reported supply of arms ("قال المندوب إن التقاعس سمح لإيران بتزويد الحوثيين بأسلحة
متقدمة", "أكد التقرير أن الحوثيين ما زالوا يتزودون بصواريخ من إيران"): arming a side of a
war is a flow going on as it is reported, not a deed of some time the report leaves out, so
with no date of its own it is the news of the publication's year (`undated_precision`) rather
than a claim of unknown time, which reported speech with no date otherwise makes it. Not when
its sentence goes on to tell a denial of it ("اتهمت الرياض طهران بتزويد الحوثيين بالصواريخ،
وهو ما نفته إيران مرارا"): a contested charge stays a claim."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_arming_cameos(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The CAMEO codes of a supply of arms (data/assembly.json `arming_claims.cameos`)."""
    return frozenset(load_assembly_rules(path).get("arming_claims", {}).get("cameos", ()))


@lru_cache(maxsize=4)
def load_arming_denials(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word of denial (data/assembly.json `arming_claims.denials`) as a whole word."""
    words = load_assembly_rules(path).get("arming_claims", {}).get("denials", ())
    return re.compile(r"(?<![^\W\d_])(?:" + alternation(words) + r")(?![^\W\d_])", re.IGNORECASE)


# how far after the event word its arms are named ("بتزويد الحوثيين بأسلحة", "supplying weapons to")
_ARMS_REACH = 50
_CLAUSE_END = re.compile(r"[,،.;:؛!?؟]")


@lru_cache(maxsize=4)
def load_arms_words(path: Path = ASSEMBLY_RULES) -> tuple[str, ...]:
    """The words of arms or of arming, folded and lower-cased (data/assembly.json
    `arming_claims.arms_words`), read inside the words of an event word."""
    return tuple(fold_str(w).lower() for w in load_assembly_rules(path).get("arming_claims", {}).get("arms_words", ()))


def reported_arming(text: str, cand: _Candidate) -> bool:
    """Whether the candidate is an event word of a supply of arms (`arming_claims`), which
    reported speech with no date leaves standing as current news, unless a denial of it follows
    in its sentence. Bare support or backing given to a group ("accused of backing the Houthis",
    "دعم ومساندة السلطات في الدوحة لميليشيا الحوثي") names no arms: it stays a claim."""
    if cand.cameo is None or cand.cameo not in load_arming_cameos():
        return False
    # the event word and the words of its phrase after it, up to the end of its clause
    said = _CLAUSE_END.split(text[cand.trigger[0] : min(cand.sentence[1], cand.trigger[1] + _ARMS_REACH)], maxsplit=1)[0]
    if not any(w in fold_str(said).lower() for w in load_arms_words()):
        return False
    return load_arming_denials().search(text, cand.trigger[1], cand.sentence[1]) is None
