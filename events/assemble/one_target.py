"""Two tellings of an attack on one day at one target: one event, whoever each names as its doer."""

from __future__ import annotations

from events.assemble.mutual import _mutual
from events.assemble.rules import load_offensive_types
from events.model import Event


def at_one_target(a: Event, b: Event) -> bool:
    """Whether two tellings of a campaign's type (`offensive_types`) on one day, one of them
    dated by the text, strike one target: one place, or one's place in the country the other names alone
    ("اعترضت الدفاعات صاروخا أطلقه الحوثيون باتجاه جازان ... إطلاق الصواريخ على المملكة").
    The dedupe asks this only of tellings whose dates agree: their doers, told in other words
    (a militia, or the state said to back it), do not keep them apart."""
    if a.event_type not in load_offensive_types() or "publication" == a.date_basis == b.date_basis:
        return False
    if a.date_precision != "day" or b.date_precision != "day":
        return False  # a year or a month may hold many strikes
    if _mutual(a) != _mutual(b):
        return False  # clashes between sides are not a strike told beside them ("غارة جوية ... مواجهات")
    la, lb = a.location, b.location
    if not la or not lb or la.get("country") != lb.get("country"):
        return False
    country_a, country_b = la.get("precision") == "country", lb.get("precision") == "country"
    if country_a and country_b:
        return False
    return country_a or country_b or la.get("name") == lb.get("name")
