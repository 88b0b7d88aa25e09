"""A verb in -ed right after a name set off by two commas ("Chad's leader, Gen Mahamat Deby,
seized power in April last year, ousting ...") is the English sentence's main verb, not a
participle opening a describing aside: its clause's time dates the participle in -ing that goes
on with its deed (events/assemble/aside_dates.py)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        (
            "Chad's leader, Gen Mahamat Deby, seized power in April last year, ousting the civilian "
            "government of the country.",
            "2022-09-17",
            "appointment",
            "2021-04",
        ),
        (  # a name with a particle
            "Sudan's army chief, Gen Abdel Fattah al-Burhan, staged a coup in October last year, arresting "
            "Prime Minister Abdalla Hamdok.",
            "2022-05-10",
            "arrest",
            "2021-10",
        ),
        (
            "Guinea's ruler, Col Mamady Doumbouya, seized power in September last year, detaining President "
            "Alpha Conde in Conakry.",
            "2022-05-10",
            "arrest",
            "2021-09",
        ),
    ],
)
def test_a_participle_after_the_main_verb_takes_its_time(text, published, kind, date):
    assert [e["date"] for e in of_type(extract(text, published), kind)] == [date]
