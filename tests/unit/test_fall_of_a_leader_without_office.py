"""The fall of Muammar Gaddafi's regime in 2011, which the press recalls as the start of Libya's
chaos ("وتشهد ليبيا فوضى عارمة منذ سقوط نظام العقيد معمر القذافي عام 2011", "since the fall of
the Gaddafi regime"), dismissed no office holder: Gaddafi had held no post of the state since
1979, and the catalog marks the event as of none of the types. The removal of a president who
held office (Morsi, ousted by the army in 2013) stays a change of office."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2018-05-27"


@pytest.mark.parametrize(
    "text",
    [
        "وتشهد ليبيا فوضى عارمة منذ سقوط نظام العقيد معمر القذافي عام 2011.",
        "وتعيش ليبيا حالة من الفوضى منذ ثورة 17 فيفري 2011 التي أطاحت بنظام معمر القذافي.",
        "Libya has been in chaos since the fall of the Gaddafi regime in 2011.",
        "Libya has been torn by rival governments since the toppling of Gaddafi in 2011.",
    ],
)
def test_the_fall_of_gaddafi_s_regime_is_no_change_of_office(text: str) -> None:
    assert of_type(extract(text, PUBLISHED), "appointment") == []


@pytest.mark.parametrize(
    "text",
    [
        "وتعيش مصر أزمة منذ الإطاحة بالرئيس محمد مرسي عام 2013.",
        "Egypt has been in crisis since the army ousted President Mohamed Morsi in 2013.",
    ],
)
def test_the_ouster_of_a_president_in_office_stays_one(text: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "appointment")] == ["2013"]
