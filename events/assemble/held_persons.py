"""A person named after the word of an arrest, a detention, a trial or a verdict is the one held
or tried, never the one who holds or tries: «وتم القبض على عدد من رجال الدين، أبرزهم سلمان العودة»,
"A number of clerics were arrested, most prominently Salman al-Awdah", «المعارض البحريني المحتجز في
البحرين نبيل رجب». Arabic's verb-subject order would read the first name after the word as its
subject; the one who holds is the first side named with it that is no person (a state, a body,
its forces), or none. A person named before the word ("Erdogan ordered the arrest of ...") keeps
the role the sentence's order gives it."""

from __future__ import annotations

from events.model import ActorMention


def held_person_as_target(
    event_type: str,
    trigger: tuple[int, int],
    initiator: list[ActorMention],
    others: list[ActorMention],
    language: str | None = None,
    tense: str = "",
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The initiator and the other actors of an arrest whose initiator is a person named after
    its word (see the module): the first other actor that is no person as the initiator, and the
    person first among the others. An Arabic verb (`tense`) keeps its subject after it: «وأمر
    أردوغان باعتقال ...» is Erdogan's order."""
    if event_type != "arrest" or not initiator or initiator[0].kind != "person" or initiator[0].start < trigger[1]:
        return initiator, others
    if language != "en" and tense:
        return initiator, others
    held = initiator[0]
    holder = next((a for a in others if a.kind != "person" and a.actor_id != held.actor_id), None)
    rest = [a for a in others if a is not holder]
    return ([holder] if holder is not None else []), [held, *rest]
