"""A deed told with no day of its own and told again by the same verb at the start of the next
sentence, which gives its day, is one deed on that day, done where that sentence places it
(data/assembly.json `retold_verbs`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "day", "place"),
    [
        (  # present perfect, then the passive with a definite subject of another word
            "Mali's rival factions have signed a power-sharing accord, ending months of deadlock. "
            "The constitutional declaration was signed on Thursday in Bamako by the two movements' leaders.",
            "2022-03-05",
            "agreement",
            "2022-03-03",
            "Bamako",
        ),
        (  # a quoted title of several words before the verb
            'Chad and Niger have signed a border pact. The "Treaty of Friendship and Good Neighbourliness" '
            "was signed in the Nigerien capital, Niamey, on Tuesday.",
            "2021-06-10",
            "agreement",
            "2021-06-08",
            "Niamey",
        ),
        (  # a deal agreed, told again as signed, in a story whose dateline gives its day of filing
            "PRETORIA, Nov 3 (AFP) - Ethiopia's government and rebel authorities from Tigray have agreed to a "
            "permanent cessation of hostilities. The agreement was signed on Wednesday evening in the South "
            "African capital by the two sides.",
            "2022-11-03",
            "ceasefire",
            "2022-11-02",
            "Pretoria",
        ),
        (  # Arabic: the same past verb opens the next sentence
            "وقعت الحكومة السودانية والحركات المسلحة اتفاقا للسلام ينهي سنوات من الحرب.\n"
            "ووقعت الوثيقة يوم السبت في جوبا بحضور رئيس جنوب السودان.",
            "2020-10-04",
            "agreement",
            "2020-10-03",
            "Juba",
        ),
    ],
)
def test_a_deed_told_again_by_its_verb_takes_that_day_and_place(text, published, kind, day, place):
    found = of_type(extract(text, published), kind)
    assert [(e["date"], (e["location"] or {}).get("name")) for e in found] == [(day, place)]


@pytest.mark.parametrize(
    ("text", "published", "kind", "day"),
    [
        (  # one resignation told twice by its verb is one act, not two
            "Kenya's finance minister has resigned after weeks of pressure over a budget scandal. "
            "He resigned on Monday in a letter to the president.",
            "2021-11-10",
            "appointment",
            "2021-11-08",
        ),
        (  # reached, then signed: one truce, on the signing's day
            "Sudan's army and the RSF have reached a ceasefire deal after talks in Jeddah. The truce was signed "
            "on Saturday by envoys of the two sides.",
            "2023-05-22",
            "ceasefire",
            "2023-05-20",
        ),
        (  # the deed told in a participle's clause after the verb
            "Ethiopia and Somalia have signed a declaration formally ending years of hostility, agreeing to "
            "restore diplomatic ties and reopen embassies. The declaration was signed in Mogadishu on Sunday.",
            "2018-06-19",
            "relations",
            "2018-06-17",
        ),
    ],
)
def test_one_deed_told_twice_is_one_event_on_the_retelling_s_day(text, published, kind, day):
    assert [e["date"] for e in of_type(extract(text, published), kind)] == [day]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a kin verb of another deed, not a deal's noun in the passive: the deal keeps the publication's day
        ("Israel and Hamas have agreed to a ceasefire in Gaza. Israeli jets struck targets in Gaza on Saturday, "
         "killing five people.", "ceasefire"),
        ("Russia and Ukraine have agreed to a prisoner exchange. Ukraine signed a defence pact with Britain on "
         "Saturday.", "agreement"),
    ],
)  # fmt: skip
def test_a_kin_verb_of_another_deed_retells_nothing(text, kind):
    assert "2023-05-22" in [e["date"] for e in of_type(extract(text, "2023-05-22"), kind)]
