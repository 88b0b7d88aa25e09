"""A catalogued change of office told by a verb of its own and told again by a noun
("Bouteflika has resigned ..." then "handing his resignation letter"; "قدّم ... استقالته"
then "وتزامنت استقالة الحريري مع ...") is one event, even when the second telling's clause
names another state as the doer of something else: no other state joins a change of office."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "Algeria's President Abdelaziz Bouteflika has resigned after weeks of street protests. "
            "Television footage showed Mr Bouteflika handing his resignation letter to the head of the council.",
            "2019-04-03",
            "2019-04-02",
        ),
        (
            "قدّم رئيس الوزراء اللبناني سعد الحريري أمس السبت استقالته في خطاب متلفز من الرياض. "
            "وتزامنت استقالة الحريري مع صاروخ أطلقه الحوثيون من اليمن على الرياض مساء السبت.",
            "2017-11-05",
            "2017-11-04",
        ),
    ],
)
def test_a_catalogued_change_of_office_told_again_is_one_event(text, published, date):
    assert [e["date"] for e in of_type(extract(text, published), "appointment")] == [date]
