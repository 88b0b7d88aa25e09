"""An Arabic verb in the past that opens its clause tells the deed; a noun of its type past a
clause break after it, however sure, retells that deed: the verb's clause keeps the day, the
place and the parties. A noun joined by و (another deed), the cause of deaths the verb told,
or a noun read as a verb keeps its own telling."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "day", "place"),
    [
        (  # the day in the verb's clause, the round won in a clause of "after"
            "انتخب البرلمان الصومالي، أمس الأحد، حسن شيخ محمود رئيسا للبلاد، بعد حصوله على 214 صوتا "
            "في الجولة الثانية من التصويت.",
            "2022-05-16",
            "election",
            "2022-05-15",
            "Somalia",
        ),
        (
            "انتخب البرلمان العراقي، أمس الخميس، برهم صالح رئيسا للجمهورية، بعد حصوله على 219 صوتا "
            "في الجولة الثانية من التصويت.",
            "2018-10-03",
            "election",
            "2018-10-02",
            "Iraq",
        ),
    ],
)
def test_the_verb_that_opens_its_clause_keeps_its_day(text, published, kind, day, place):
    found = of_type(extract(text, published), kind)
    assert [(e["date"], (e["location"] or {}).get("name")) for e in found] == [(day, place)]


def test_a_verb_after_then_tells_the_next_stop_of_a_tour():
    text = (
        "وقام الرئيس الفرنسي بجولة خليجية بدأها في الرابع من مارس بزيارة الرياض حيث التقى ولي العهد، "
        "ثم توجه في اليوم التالي إلى أبوظبي والتقى ولي عهدها، قبل أن يختتم جولته في الدوحة."
    )
    found = of_type(extract(text, "2019-03-10"), "visit")
    assert ("2019-03-05", "Abu Dhabi") in [(e["date"], (e["location"] or {}).get("name")) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "kind", "trigger"),
    [
        (  # the cause of the deaths the verb told
            "لقي 3 جنود أتراك، على الأقل، مصرعهم في هجوم استهدف موقعهم في منطقة عفرين شمالي سوريا.",
            "2018-02-10",
            "attack",
            "هجوم",
        ),
        (  # the object of a second verb joined by و
            "اقتحم مسلح مبنى البلدية في الموصل، الاثنين ونفذ تفجيرا انتحاريا أوقع قتلى.",
            "2018-07-24",
            "attack",
            "تفجيرا انتحاريا",
        ),
        (  # a noun read as a verb of two does not open its clause
            "أقرّ وزراء الخارجية الأوروبيون أمس الاثنين في لوكسمبورغ حظرا على واردات النفط السوري، "
            "في أشد حزمة عقوبات يفرضها الاتحاد على دمشق.",
            "2011-09-06",
            "sanctions",
            "عقوبات",
        ),
    ],
)
def test_a_noun_of_its_own_telling_keeps_it(text, published, kind, trigger):
    assert [e["trigger"] for e in of_type(extract(text, published), kind)] == [trigger]
