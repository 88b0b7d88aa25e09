"""What a sentence tells "under the deal" the article told before ("The two countries reached an
agreement in Beijing on March 10. Under the deal, brokered by China, Tehran and Riyadh reopened
their embassies."): the definite noun of the deal names that agreement again, and a doing with
no date of its own that the deal brought about belongs to the weeks after it, not to the day of
the publication once the deal is more than a month old."""

from __future__ import annotations

from collections.abc import Sequence

from events.assemble.dating import _AGREEMENT_TYPES, _UNDER_THE_AGREEMENT
from events.assemble.text import _Candidate, _days_since_first_day
from events.model import Event

_MONTH_DAYS = 31  # days before the publication after which a deal told before is no news of the day


def _dated_deals(told: Sequence[Event]) -> list[Event]:
    """The agreements the article told before with a date of their own."""
    return [ev for ev in told if ev.event_type in _AGREEMENT_TYPES and ev.date and ev.date_basis != "publication"]


def _the_deal_retold(text: str, cand: _Candidate, told: Sequence[Event]) -> bool:
    """Whether an agreement's noun is the one of "under the deal" (بموجب الاتفاق) and the article
    told a dated agreement before: that agreement named again, no new one."""
    if cand.event_type not in _AGREEMENT_TYPES:
        return False
    found = _UNDER_THE_AGREEMENT.search(text, max(cand.sentence[0], cand.trigger[0] - 40), cand.trigger[1] + 1)
    return found is not None and found.end() == cand.trigger[1] and bool(_dated_deals(told))


def _over_a_month_before(value: str, published: str) -> bool:
    """Whether the first day `value` covers is more than `_MONTH_DAYS` before the publication
    (False when either is no date)."""
    days = _days_since_first_day(value, published)
    return days is not None and days > _MONTH_DAYS


def _under_a_told_deal(text: str, cand: _Candidate, told: Sequence[Event], published: str | None) -> bool:
    """Whether an event with no date of its own is told as done under "the deal" before it in its
    sentence, when every dated agreement the article told before is more than a month older
    than the publication: what that deal brought about then, not the day's news."""
    if not published or cand.event_type in _AGREEMENT_TYPES:
        return False
    if _UNDER_THE_AGREEMENT.search(text, cand.sentence[0], cand.trigger[0]) is None:
        return False
    deals = _dated_deals(told)
    return bool(deals) and all(_over_a_month_before(ev.date or "", published) for ev in deals)
