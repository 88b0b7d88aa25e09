"""A deed told in what a source wrote or tweeted ("Zarif wrote on Twitter: ...", "tweeted that",
«وكتب ظريف على تويتر») is reported as what it said is: with no date of its own and no catalog
entry behind it, it is no event of the article; a deed it dates stays one, attributed to the
writer."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_EN = "Iranian Foreign Minister Mohammad Javad Zarif on Sunday criticised U.S. President Donald Trump. "
_AR = "انتقد وزير الخارجية الإيراني محمد جواد ظريف أمس الأحد الرئيس الأمريكي دونالد ترامب. "


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        (_EN + 'Zarif wrote on Twitter: "Iran is attacked by the president of the United States."', []),
        (_EN + "Zarif tweeted that Iran is attacked by the president of the United States.", []),
        (_AR + 'وكتب ظريف على تويتر "إيران تتعرض لهجوم من رئيس الولايات المتحدة".', []),
        (_AR + "وغرد ظريف بأن إيران تتعرض لهجوم من رئيس الولايات المتحدة.", []),
        # guards: a deed the writing dates, and one told by no source
        (_EN + "The ministry wrote on its website that Israeli jets struck Gaza on Saturday.", ["2017-05-20"]),
        (_AR + "وكتبت الوزارة على موقعها أن طائرات إسرائيلية قصفت غزة يوم السبت.", ["2017-05-20"]),
        (_EN + "Israeli jets struck Gaza on Saturday.", ["2017-05-20"]),
    ],
)
def test_a_deed_in_a_written_report(text, attacks):
    found = of_type(extract(text, "2017-05-22"), "attack")
    assert [e["date"] for e in found] == attacks, [(e["trigger"], e["date"], e["attribution"]) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        _EN + "Hamas wrote on its website that Israeli jets struck Gaza on Saturday.",
        _AR + "وكتبت حركة حماس على موقعها أن طائرات إسرائيلية قصفت غزة يوم السبت.",
    ],
)
def test_a_dated_deed_written_is_the_writer_s(text):
    found = of_type(extract(text, "2017-05-22"), "attack")
    assert [e["attribution"] for e in found] == ["hamas"], [(e["trigger"], e["attribution"]) for e in found]
