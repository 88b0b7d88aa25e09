"""A person an arrest or an appointment is told of by a pronoun ("وأحالته النيابة العسكرية
للتحقيق", "اعتقلته السلطات", "أقالها", "police arrested him"): the person is the nearest one
of the pronoun's gender named before it, in its sentence (across a clause break) or in the
sentence before; the person's name then also brings the catalogued event it belongs to."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import ActorMention, Event
from events.reference import ReferenceCatalog, match_references

# characters before a person's name within which a title of a woman marks her ("الناشطة ...")
_TITLE_REACH = 40


@dataclass(frozen=True)
class _ObjectPronouns:
    types: frozenset[str]
    ar_masculine: re.Pattern[str]  # the event word's ending: an attached pronoun of a man
    ar_feminine: re.Pattern[str]
    en_after: re.Pattern[str]  # "arrested him": the pronoun right after the event word
    feminine_titles: re.Pattern[str]  # a title of a woman right before her name
    breaks: re.Pattern[str]  # a clause break between a name and the event word of its sentence


@lru_cache(maxsize=4)
def load_object_pronouns(path: Path = ASSEMBLY_RULES) -> _ObjectPronouns:
    """The pronoun rules (data/assembly.json `object_pronouns`)."""
    rules = load_assembly_rules(path)["object_pronouns"]
    return _ObjectPronouns(
        types=frozenset(rules["types"]),
        ar_masculine=re.compile(r"\w{3,}(?:" + alternation(rules["ar_masculine"]) + r")$"),
        ar_feminine=re.compile(r"\w{3,}(?:" + alternation(rules["ar_feminine"]) + r")$"),
        en_after=re.compile(
            r"\s+(him|her)(?:\s*[.,;:]|\s+(?:" + alternation(rules["en_after_object"]) + r")(?![^\W\d_]))",
            re.IGNORECASE,
        ),
        feminine_titles=re.compile(
            r"(?<![^\W\d_])[وف]?(?:"
            + alternation(rules["feminine_titles"])
            + r")(?![^\W\d_])(?:\s+[^\s.!?؟،,]+){0,3}\s*$",
            re.IGNORECASE,
        ),
        breaks=re.compile(alternation(rules["clause_breaks"]), re.IGNORECASE),
    )


def _pronoun_gender(text: str, cand: _Candidate) -> str | None:
    """ "m" or "f" when the event word carries an object pronoun (or is followed by one), else None."""
    rules = load_object_pronouns()
    if cand.event_type not in rules.types:
        return None
    word = text[cand.trigger[0] : cand.trigger[1]].split()[0]
    if rules.ar_feminine.search(word):
        return "f"
    if rules.ar_masculine.search(word):
        return "m"
    m = rules.en_after.match(text, cand.trigger[1])
    if m is None:
        return None
    return "m" if m.group(1).lower() == "him" else "f"


def _feminine(text: str, person: ActorMention) -> bool:
    """Whether a title of a woman stands right before the person's name ("الناشطة", "Ms")."""
    return (
        load_object_pronouns().feminine_titles.search(text, max(0, person.start - _TITLE_REACH), person.start)
        is not None
    )


def pronoun_object(
    text: str, cand: _Candidate, before: Sequence[ActorMention], sentence_before: tuple[int, int]
) -> ActorMention | None:
    """The person the event word's object pronoun stands for, or None.

    `before` are the actors named in the article before the event word. A name of the
    event's sentence counts only across a clause break ("عنان، الذي اعتقلته السلطات"), else
    the sentence before is read; the nearest person of the pronoun's gender wins, named in
    full or by the surname of a full name given earlier."""
    gender = _pronoun_gender(text, cand)
    if gender is None:
        return None
    rules = load_object_pronouns()
    s = cand.sentence[0]
    for start, end in ((s, cand.trigger[0]), sentence_before):
        named = [a for a in before if start <= a.start and a.end <= end]
        actors = sorted(
            [*named, *by_surname(text, (start, end), [a for a in before if a.end <= start])], key=lambda a: a.start
        )
        if start == s:
            actors = [a for a in actors if rules.breaks.search(text, a.end, cand.trigger[0])]
        people = [a for a in actors if a.kind == "person" and _feminine(text, a) == (gender == "f")]
        if people:
            return people[-1]
    return None


def by_surname(text: str, span: tuple[int, int], earlier: Sequence[ActorMention]) -> list[ActorMention]:
    """The persons `span` names by their surname alone (the last word of a full name given
    before it in the article: "سامي عنان ... حملة عنان الذي"), as mentions of them."""
    found: list[ActorMention] = []
    by_word = {a.text.split()[-1]: a for a in earlier if a.kind == "person" and len(a.text.split()) > 1}
    for m in _WORD.finditer(text, span[0], span[1]):
        person = by_word.get(m.group())
        if person is not None:
            found.append(replace(person, start=m.start(), end=m.end(), text=m.group()))
    return found


_WORD = re.compile(r"[^\W\d_]+")


def with_object(
    person: ActorMention, initiator: list[ActorMention], others: list[ActorMention]
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The parties with the pronoun's person first among those the event is done to."""
    return (
        [a for a in initiator if a.actor_id != person.actor_id],
        [person, *(a for a in others if a.actor_id != person.actor_id)],
    )


def catalogued_by_object(event: Event, person: ActorMention, trigger_text: str, catalog: ReferenceCatalog) -> bool:
    """Date an event dated by the publication by the catalogued event its person's name and
    its event word tell ("سامي عنان ... وأحالته النيابة": the arrest of Sami Anan)."""
    bound = None if event.published_estimated else event.published
    entries = match_references(
        catalog, event.event_type, event.countries, f"{person.text} {trigger_text}", bound, event.language
    )
    if not entries:
        return False
    entry = entries[0]
    event.date, event.date_precision, event.date_basis = entry.date, entry.precision, "reference"  # type: ignore[assignment]
    event.end_date = entry.end_date
    event.reference_id = entry.id
    event.countries.extend(c for c in entry.countries if c not in event.countries)
    return True
