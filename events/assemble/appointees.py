"""Who an appointment names after its word: the people a noun or a verb of appointing takes
(«باختيار الأمير محمد بن نايف»، «بتعيين الأمير محمد بن سلمان»; appointed X), not the ruler
who issued the decree before it. Two appointments naming different people there are two
offices given, though one king issued both."""

from __future__ import annotations

from events.actors import load_actors
from events.model import Event


def persons_after_the_word(event: Event) -> set[str]:
    """The people the event's sentence names after its word: whom a noun of appointing takes
    («باختيار الأمير محمد بن نايف»، «بتعيين الأمير محمد بن سلمان»; the appointment of X), not
    the ruler who issued the decree before it."""
    trigger = event.spans.get("trigger")
    if not trigger:
        return set()
    actors = load_actors()
    return {
        actor_id
        for actor_id, places in (event.spans.get("actors") or {}).items()
        if (entry := actors.get(actor_id)) is not None
        and entry.kind == "person"
        and any(start >= trigger[1] for start, _ in places)
    }


def appointed_apart(a: Event, b: Event) -> bool:
    """Whether two appointments told in two sentences name the people appointed after their
    words and share none of them («أصدر الملك أمراً باختيار الأمير محمد بن نايف ولياً لولي
    العهد. كما أصدر أمراً بتعيين الأمير محمد بن سلمان وزيراً للدفاع»): two offices given, not
    one told twice, though the same king issued both."""
    if a.quote == b.quote:
        return False
    after_a, after_b = persons_after_the_word(a), persons_after_the_word(b)
    return bool(after_a) and bool(after_b) and not after_a & after_b
