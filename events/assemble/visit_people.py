"""A person a meeting names, named in a visit's own sentence too ("Iran's Foreign Minister
Hossein Amir-Abdollahian arrived in Riyadh on Thursday, on the first visit by an Iranian
foreign minister ... Amir-Abdollahian met his Saudi counterpart"), though the visit's parties
are read as countries only."""

from __future__ import annotations

from events.model import Event


def _a_person_of_the_visit_s_sentence(visit: Event, meeting: Event) -> bool:
    """Whether the words of one of the meeting's persons or bodies (not a country) stand in
    the visit's quote."""
    quote_at = (meeting.spans.get("quote") or [None])[0]
    if quote_at is None:
        return False
    for actor, places in (meeting.spans.get("actors") or {}).items():
        if len(actor) == 3 and actor.isupper():
            continue
        for start, end in places:
            name = meeting.quote[start - quote_at : end - quote_at].strip()
            if len(name) >= 4 and name in visit.quote:
                return True
    return False
