"""Arabic wordings of world news. Diplomats expelled with their count in the singular accusative
(«طردت روسيا 20 دبلوماسيا تشيكيا») are expelled diplomats, a sanction. Weapons handed over or
granted to a state («سلمت ألمانيا دبابات ليوبارد إلى أوكرانيا») are military aid, not arms laid
down («سلم المسلحون أسلحتهم»). A crowd that clashed with the police («اشتبك متظاهرون مع الشرطة»,
"Students clashed with riot police") protested, as police that clashed with a crowd did; gunmen
clashing with the police still fought."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUB = "2024-03-15"  # a Friday


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("طردت روسيا 20 دبلوماسيا تشيكيا الخميس.", [("sanctions", "2024-03-14")]),
        ("سلمت ألمانيا دبابات ليوبارد إلى أوكرانيا الأربعاء.", [("aid", "2024-03-13")]),
        ("سلم المسلحون أسلحتهم للجيش في درعا الأربعاء.", []),
        ("اشتبك متظاهرون مع الشرطة أمام البرلمان الجورجي الاثنين.", [("protest", "2024-03-11")]),
        ("اشتبك متظاهرون مع قوات الأمن في بغداد يوم الثلاثاء.", [("protest", "2024-03-12")]),
        ("Students clashed with riot police in Dhaka on Monday.", [("protest", "2024-03-11")]),
        ("اشتبك مسلحون مع الشرطة في طرابلس الاثنين.", [("attack", "2024-03-11")]),
    ],
)
def test_world_news_wordings(text: str, kinds: list[tuple[str, str]]) -> None:
    assert [(e["event_type"], e["date"]) for e in extract(text, PUB)] == kinds
