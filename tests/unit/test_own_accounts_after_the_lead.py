"""A state that tells, past the lead, what its own forces or country did, on a day given to its
saying ("Azerbaijan said on Sunday that its forces had captured Shusha", «وقالت أذربيجان يوم الأحد
إن قواتها قصفت مدينة شوشة»), gives the doer's own account: the deed is of the day of the saying,
no hearsay of unknown time (`events.assemble.core`, `own_account`; real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

DAY = "2020-11-10"  # a Tuesday: "on Sunday" is 8 November
SUNDAY = "2020-11-08"
# a lead of other news: the report is no lead of its own
LEAD_EN = "Russian peacekeepers began deploying to Nagorno-Karabakh on Tuesday.\n"
LEAD_AR = "بدأت قوات حفظ السلام الروسية الانتشار في ناغورني قره باغ يوم الثلاثاء.\n"


def _reported(found: list[dict]) -> list[tuple[str, str]]:
    return [(e["date"], e["date_basis"]) for e in of_type(found, "attack") if "AZE" in e["countries"]]


@pytest.mark.parametrize(
    "text",
    [
        LEAD_EN + "Azerbaijan said on Sunday that its forces had captured Shusha.",
        LEAD_EN + "Azerbaijan said on Sunday its forces captured Shusha.",
        LEAD_AR + "وقالت أذربيجان يوم الأحد إن قواتها قصفت مدينة شوشة.",
    ],
)
def test_a_state_s_account_of_its_own_forces_deed_is_of_the_day_it_is_told(text):
    assert _reported(extract(text, DAY)) == [(SUNDAY, "relative")]


@pytest.mark.parametrize(
    "text",
    [
        # another side's forces: the speaker's charge stays hearsay
        LEAD_EN + "Azerbaijan said on Sunday that Armenian forces had shelled Ganja.",
        LEAD_AR + "وقالت أذربيجان يوم الأحد إن القوات الأرمينية قصفت مدينة كنجه.",
        # a plan of its own forces is no deed
        LEAD_EN + "Azerbaijan said on Sunday that its forces would capture Shusha.",
        LEAD_AR + "وقالت أذربيجان يوم الأحد إن قواتها ستقصف مدينة شوشة.",
    ],
)
def test_no_own_account_stays_unreported(text):
    assert _reported(extract(text, DAY)) == []
