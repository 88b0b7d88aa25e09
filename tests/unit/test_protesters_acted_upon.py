"""The people of a protest named only as those a force was used against ("the crackdown on
protesters", استخدام القوة ضد المتظاهرين) or as those it befell ("30 protesters have been
killed") tell no protest of their own; protesters who march or take to the streets do."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "The opposition condemned the government's crackdown on protesters in Khartoum on Monday.",
        "Rights groups condemned the violence against protesters in Baghdad on Monday.",
        "Activists say at least 30 protesters have been killed in Khartoum since Monday.",
        "أدانت المعارضة استخدام القوة ضد المتظاهرين في الخرطوم يوم الاثنين.",
        "أدانت منظمات حقوقية العنف ضد المتظاهرين في بغداد يوم الاثنين.",
    ],
)
def test_protesters_acted_upon_tell_no_protest(text: str) -> None:
    assert not of_type(extract(text, "2022-03-10"), "protest")


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of protesters marched in Khartoum on Monday.",
        "Protesters gathered outside parliament in Baghdad on Monday to demand new elections.",
        "خرج آلاف المتظاهرين إلى شوارع الخرطوم يوم الاثنين.",
    ],
)
def test_protesters_who_march_keep_their_protest(text: str) -> None:
    assert of_type(extract(text, "2022-03-10"), "protest")
