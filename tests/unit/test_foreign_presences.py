"""A state named as the owner of an embassy, a consulate, a cultural centre or a military base on
the ground the article tells of does not make the article about that state: a change of office
told with no country of its own is the state's the article is about."""

from __future__ import annotations

import pytest

from events.assemble.presences import a_presence_owner
from events.model import Article
from events.pipeline import extract_article
from events.resources import load_resources

_AR = (
    "أعلن الرئيس المالي الانتقالي، الأحد، استقالته من رئاسة مالي. "
    "وتجمع متظاهرون السبت أمام السفارة الفرنسية في العاصمة، ورددوا هتافات ضد القاعدة الفرنسية. "
    "ونفت السفارة الفرنسية أي دور في الأحداث، وقالت إن القاعدة العسكرية الفرنسية لم تستقبل أحدا. "
    "وكان الضباط قد ظهروا مساء الجمعة على التلفزيون، وعينوا قائدا جديدا للمجلس."
)
_EN = (
    "Mali's junta leader stepped down on Sunday. "
    "On Saturday protesters gathered outside the French embassy and the French military base. "
    "The French embassy denied any role, and said the French base had sheltered no one. "
    "On Friday evening officers appeared on television and appointed a new leader of the council."
)


def appointment_countries(text: str) -> list[list[str]]:
    article = Article(id="t", text=text, published="2022-10-03")
    return [e.countries for e in extract_article(article, load_resources()) if e.event_type == "appointment"]


@pytest.mark.parametrize("text", [_AR, _EN])
def test_a_change_of_office_stays_in_the_state_the_article_tells_of(text):
    found = appointment_countries(text)
    assert len(found) >= 2 and all(c == ["MLI"] for c in found), found


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        ("تجمعوا أمام السفارة الفرنسية في العاصمة", "الفرنسية", True),
        ("قرب القاعدة العسكرية الأمريكية في البلاد", "الأمريكية", True),
        ("أحرقوا سفارة فرنسا", "فرنسا", True),
        ("وصل الرئيس الفرنسي إلى العاصمة", "الفرنسي", False),
        ("gathered outside the French embassy", "French", True),
        ("near France's military base", "France", True),
        ("stormed the embassy of France", "France", True),
        ("the French president arrived", "French", False),
    ],
)
def test_the_owner_of_a_presence_abroad(text, name, owner):
    start = text.index(name)
    assert a_presence_owner(text, start, start + len(name)) is owner
