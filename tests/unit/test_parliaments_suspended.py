"""A ruler who suspends, freezes or shuts down a parliament removes its members from office, as
dissolving it does; a session suspended is none. A leader's surname alone names him once the
article has given his full name (Saied)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Tunisia's president shut down parliament in July 2021.", "2021-07"),
        ("Tunisia's president suspended parliament on July 25, 2021.", "2021-07-25"),
        ("علق الرئيس التونسي قيس سعيد أعمال البرلمان في يوليو 2021.", "2021-07"),
        ("جمد الرئيس التونسي عمل البرلمان في 25 يوليو 2021.", "2021-07-25"),
        ("Kuwait's emir suspended parliament on May 10, 2024.", "2024-05-10"),
    ],
)
def test_a_parliament_suspended_is_a_change_of_office(text, date):
    found = of_type(extract(text, "2024-10-08"), "appointment")
    assert [e["date"] for e in found] == [date]
    assert len(found[0]["countries"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Tunisia's parliament speaker suspended the session on Monday after a brawl.",
        "علق رئيس البرلمان التونسي الجلسة يوم الاثنين بعد شجار.",
        # a comment on parliament, and the parliament as the subject
        "وعلق رئيس الحكومة التونسية على قرار البرلمان يوم الاثنين.",
        "علق البرلمان العراقي عضوية ثلاثة نواب يوم الاثنين.",
        "جمد البرلمان الليبي رواتب الوزراء يوم الاثنين.",
        "وجاء تعليق البرلمان العراقي على القرار الأمريكي يوم الاثنين.",
    ],
)
def test_a_session_suspended_is_none(text):
    assert of_type(extract(text, "2024-10-08"), "appointment") == []


def test_saied_by_his_surname_after_his_full_name():
    text = "Tunisian President Kais Saied won a second term on Sunday. Saied sacked the prime minister on July 25, 2021."
    sackings = [e for e in of_type(extract(text, "2024-10-08"), "appointment") if e["date"] == "2021-07-25"]
    assert sackings and sackings[0]["actor1"] == "kais_saied"
