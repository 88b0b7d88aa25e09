"""The names an English article gives right after a word of office ("Taiwan's opposition leader
Lien Chan", "Secretary of State Condoleezza Rice"): a person the dictionary does not know is
still an official wherever the article names them again by a word of that name, with no title
("Lien arrived in Nanjing on Tuesday"), and a trip of theirs is an official's visit."""

from __future__ import annotations

import re
from functools import lru_cache

from events.assemble.parties import load_official_words

# a name of one to three capitalised words right after the word of office
_NAME = re.compile(r"\s+((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){0,2})\b")
# capitalised words that open no name ("President Bush of the United States", "leader On Tuesday")
_NOT_NAMES = frozenset({"The", "A", "An", "Of", "On", "In", "At", "And", "For", "To", "His", "Her", "Their", "Its"})
# words of a title that run on after the word of office ("Secretary General Antonio Guterres",
# "Crown Prince Mohammed bin Salman"), and given names too common to stand for one person alone
_NOT_THE_PERSON = frozenset(
    {
        "General", "Prince", "Princess", "Minister", "Secretary", "President", "King", "Queen", "Crown", "Sheikh",
        "Emir", "Sultan", "Chief", "Deputy", "Vice", "Prime", "Foreign", "Defence", "Defense", "Interior", "State",
        "Mohammed", "Muhammad", "Mohamed", "Mohammad", "Ahmed", "Ahmad", "Ali", "Abdullah", "Abdel", "Abdul", "Hassan",
        "Hussein", "Mahmoud", "Omar", "Khalid", "Khaled", "Salman", "John", "David", "Michael", "James", "Robert",
    }
)


@lru_cache(maxsize=4)
def titled_names(text: str) -> frozenset[str]:
    """The words of the names the text gives right after a word of office (data/assembly.json
    `official_words`), English only."""
    found: set[str] = set()
    for m in load_official_words().finditer(text):
        if not m.group().isascii():
            continue
        name = _NAME.match(text, m.end())
        if name is not None:
            found.update(w for w in name.group(1).split() if w not in _NOT_NAMES and w not in _NOT_THE_PERSON)
    return frozenset(found)


def names_a_titled_person(text: str, start: int, end: int) -> bool:
    """Whether the stretch names, by a word of their name, a person the text gave a title."""
    names = titled_names(text)
    return bool(names) and any(w in names for w in re.findall(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", text[start:end]))
