"""English verbs of stressing, explaining, indicating and revealing report what a speaker says,
as their Arabic twins أكد، أوضح، أشار and كشف do: an undated deed told in the clause they govern,
past the article's lead, is the speaker's word and no event of the article's own, in English as
in Arabic; a deed the sentence dates, or the speaker's own deed, still is."""

from __future__ import annotations

import pytest

from events.model import Article
from events.pipeline import extract_article
from events.resources import load_resources

_LEAD = "Tripoli, Monday 29 May 2017.\n\nA Libyan journalist spoke to a television programme in Tunis.\n\n"
_LEAD_AR = "طرابلس، الاثنين 29 مايو 2017.\n\nتحدث إعلامي ليبي إلى برنامج تلفزيوني في تونس.\n\n"

# (text, event type, events kept)
EXTRACTED = [
    (_LEAD + "He stressed that the group had violated the truce in Tripoli.", "ceasefire", 0),
    (_LEAD + "He explained that the group had attacked the guest palaces complex in Tripoli.", "attack", 0),
    (_LEAD + "The minister revealed that Qatar had handed weapons to militias in Benghazi.", "aid", 0),
    (_LEAD + "He added, indicating that the group had violated the truce in Tripoli.", "ceasefire", 0),
    (_LEAD_AR + "وأكد أن المجموعة انتهكت الهدنة في طرابلس.", "ceasefire", 0),
    (_LEAD_AR + "وأوضح أن المجموعة هاجمت مجمع قصور الضيافة في طرابلس.", "attack", 0),
    # dated in its own clause, or the speaker's own deed: an event
    (_LEAD + "He stressed that the group attacked the guest palaces complex in Tripoli on Friday.", "attack", 1),
    (_LEAD + "The army stressed its readiness and attacked the group in Tripoli.", "attack", 1),
]


@pytest.mark.parametrize(("text", "kind", "count"), EXTRACTED)
def test_a_deed_told_under_a_verb_of_stressing(text: str, kind: str, count: int) -> None:
    events = extract_article(Article(id="x", text=text, published="2017-05-29"), load_resources())
    assert len([e for e in events if e.event_type == kind]) == count
