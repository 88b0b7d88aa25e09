"""An aid told with a sum of money and no word of recurrence ("أعلنت المملكة عن دعم اقتصادي
بقيمة 3 مليارات دولار", "a donor conference raised 253 million euros") is a grant or a pledge
made once, not the ongoing flow `undated_precision` dates by the publication year: with no
date of its own it takes the publication day. So is a load sent once, told by its weight or as
a shipment ("أرسلت الإمارات طائرة تحمل 30 طناً من المساعدات الطبية").

The flow dated by the year is a supply of arms or military support (`flows.cameos`, `flows.words`:
"تزويد الحوثيين بالأسلحة", "military support"), or a supply told as going on (`flows.recurring`:
"ما زالت تقدم", "continues to send"). Relief sent or delivered (rescuers, tents, an aid plane, food
distributed) is a deed of one day: told with no date of its own, it is the news of the publication
day, as the annotators count it."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules, load_undated_precision
from events.model import Event


@lru_cache(maxsize=4)
def load_one_off_sums(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a search for a currency word of data/assembly.json `one_off_sums.currencies` as a whole
    word or sign, or a word of a load sent once (`one_off_sums.loads`: طنا، شحنة), a search for a word of recurrence of `one_off_sums.recurring`)."""
    rules = load_assembly_rules(path).get("one_off_sums", {})
    words = [*rules.get("currencies", ()), *rules.get("loads", ())]
    sums = re.compile(r"(?<![^\W\d_])(?:" + alternation(words, spaced=True) + r")(?![^\W\d_])", re.IGNORECASE)
    again = re.compile(r"(?<![^\W\d_])(?:" + alternation(rules.get("recurring", ()), spaced=True) + r")(?![^\W\d_])", re.IGNORECASE)
    return sums, again


@lru_cache(maxsize=4)
def load_flows(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str]]:
    """(the CAMEO codes of a flow of arms, a search for a word of military support or of a supply
    going on: data/assembly.json `one_off_sums.flows`)."""
    flows = load_assembly_rules(path).get("one_off_sums", {}).get("flows", {})
    words = [*flows.get("words", ()), *flows.get("recurring", ())]
    pattern = re.compile(r"(?<![^\W\d_])(?:" + alternation(words, spaced=True) + r")(?![^\W\d_])", re.IGNORECASE)
    return frozenset(flows.get("cameos", ())), pattern


def undated_precision(event: Event) -> str:
    """The precision of the publication date given to an event with no date of its own: the
    type's (`undated_precision`), but the day for a one-off sum of its sentence and for relief
    that is no flow of arms or military support and not told as going on."""
    precision = load_undated_precision().get(event.event_type, "day")
    if precision == "day":
        return precision
    sums, again = load_one_off_sums()
    if sums.search(event.quote) and not again.search(event.quote):
        return "day"
    cameos, flow_words = load_flows()
    if event.cameo in cameos or flow_words.search(event.quote) or again.search(event.quote):
        return precision
    return "day"
