"""One flow told twice: an event of a type `undated_precision` dates by the publication year
(aid, arms supplies) is an ongoing flow, and an article that tells it in two sentences may make
either side the subject of one of them ("سمح لإيران بتزويد الحوثيين بأسلحة", "الحوثيون ما زالوا
يتزودون بصواريخ مماثلة للأسلحة المصنعة في إيران"). Two such tellings of one year, the countries
of one all among the other's, are one flow, whichever side each reads as its doer."""

from __future__ import annotations

from events.assemble.rules import load_undated_precision
from events.model import Event


def _a_flow_of_the_year(event: Event) -> bool:
    """Whether the event is dated only by the publication year, as its type's ongoing flow."""
    return (
        event.date_basis == "publication"
        and event.date_precision == "year"
        and load_undated_precision().get(event.event_type) == "year"
    )


def one_flow(a: Event, b: Event) -> bool:
    """Whether two events of one type are tellings of one ongoing flow (see the module): both
    dated by the publication year, the countries of one all among the other's."""
    if a.event_type != b.event_type or not (_a_flow_of_the_year(a) and _a_flow_of_the_year(b)):
        return False
    ca, cb = set(a.countries), set(b.countries)
    return bool(ca) and bool(cb) and (ca <= cb or cb <= ca)
