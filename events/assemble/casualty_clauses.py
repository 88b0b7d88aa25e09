"""An attack told as how people were hurt: "اتهمت تركيا إسرائيل برفض هبوط طائرات لنقل المصابين
الفلسطينيين، الذين أصيبوا في مواجهات مع الجيش الإسرائيلي" tells the wounded of the clashes the
article dates on Monday, not a second attack on the day of the publication.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.dedupe import earlier_dated_tellings
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import Event


@lru_cache(maxsize=4)
def load_casualty_clause(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """assembly.json `casualty_clauses`: a search, at the end of the text before an attack's word,
    for a relative word, a verb of being wounded or killed and a preposition."""
    rules = load_assembly_rules(path).get("casualty_clauses", {})
    auxiliary = alternation(rules.get("auxiliaries", ()), spaced=True)
    return re.compile(
        r"(?<![^\W\d_])[وف]?(?:" + alternation(rules.get("relatives", ()), spaced=True) + r")\s+"
        r"(?:(?:" + auxiliary + r")\s+)?(?:" + alternation(rules.get("verbs", ()), spaced=True) + r")\s+"
        r"(?:" + alternation(rules.get("prepositions", ()), spaced=True) + r")\s+(?:(?:the|a|an)\s+)?$",
        re.IGNORECASE,
    )


def told_as_a_casualty_clause(event: Event) -> bool:
    """Whether the attack's word comes right after a relative clause of people hurt in it."""
    quote, trigger = event.spans.get("quote"), event.spans.get("trigger")
    if event.event_type != "attack" or not quote or not trigger:
        return False
    return bool(load_casualty_clause().search(event.quote[: trigger[0] - quote[0]]))


def retold_as_casualties(undated: Event, events: list[Event]) -> Event | None:
    """The one attack the article dates before the publication, in one of the undated attack's
    countries, when the undated one is told as how people were hurt (`told_as_a_casualty_clause`)."""
    if undated.date_basis != "publication" or not undated.published or not told_as_a_casualty_clause(undated):
        return None
    dated = earlier_dated_tellings(undated, events)
    return dated[0] if len(dated) == 1 else None
