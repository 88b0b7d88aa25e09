"""An arrest told of a person it names ("Former air force commander General Akin Ozturk was
detained on Saturday", "Police detained opposition leader Ahmet Yilmaz", "واعتقلت الشرطة
المعارض أحمد يلماز") is the arrest of that person: never the retelling of an arrest of a count
of unnamed people told before it ("The government said 2,839 soldiers had been detained"),
which is no event and takes no named arrest along with it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.assemble.crowds import _clause_start
from events.model import ActorMention

# a run of two or more capitalised words: a name ("General Akin Ozturk", "Ahmet Yilmaz")
_NAME_RUN = re.compile(r"(?:\b[A-Z][a-z'’\-]+(?:\s+|$)){2,}")
_PASSIVE_BEFORE = re.compile(r"(?:was|were|had been|has been|have been|is|are|been|being)\s*$")
# an active verb's object: up to three lower-case words (a title: "opposition leader") before the name
_OBJECT = re.compile(r"\s*(?:(?!(?:in|at|on|of|from|near|across|during|after|before|by|for|with|and)\b)[a-z\-]+\s+){0,3}(?:[A-Z][a-z'’\-]+\s+){1,}[A-Z][a-z'’\-]+")


def names_its_person(
    text: str, trigger: tuple[int, int], sentence: tuple[int, int], actors: Sequence[ActorMention]
) -> bool:
    """Whether the arrest word's clause names whom it befell: a person of the actor dictionary
    after it in its sentence (not the doer before it: «فرض أردوغان قبضته»), or in English a name of two capitalised words or more as the subject of
    its passive (right before the auxiliary) or as the object after its verb, behind at most three
    lower-case words of a title ("detained opposition leader Ahmet Yilmaz")."""
    if any(a.kind == "person" and trigger[1] <= a.start < sentence[1] for a in actors):
        return True  # the person after the word: its object, or the subject of an Arabic passive
    opens = _clause_start(text, trigger, sentence)
    if not text[trigger[0] : trigger[1]][:1].isascii():
        return False
    before = text[opens : trigger[0]]
    aux = _PASSIVE_BEFORE.search(before.rstrip())
    if aux is not None:
        subject = before.rstrip()[: aux.start()].rstrip()
        return any(run.end() >= len(subject) for run in _NAME_RUN.finditer(subject))
    return _OBJECT.match(text, trigger[1], sentence[1]) is not None
