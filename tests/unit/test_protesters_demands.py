"""The people of a protest named only as those whose demands are met, answered or urged ("to meet
the demands of protesters", "the protesters' demands", لتلبية مطالب المحتجين) tell no protest of
their own, as protesters spoken to tell none; protesters who march or voice their demands do."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        'The army had given Mursi 48 hours on Monday to meet the demands of protesters or face a "road map".',
        "The United States had urged the authorities to respond to the protesters' demands before the army moved.",
        "Rights groups urged the government on Monday to meet the demands of the protesters.",
        "وحثت الولايات المتحدة السلطات على الاستجابة لمطالب المتظاهرين قبل تحرك الجيش.",
        "ودعت منظمات حقوقية الحكومة يوم الاثنين إلى تلبية مطالب المحتجين.",
    ],
)
def test_protesters_named_by_their_demands_hold_no_protest(text: str) -> None:
    assert not of_type(extract(text, "2022-03-10"), "protest")


@pytest.mark.parametrize(
    "text",
    [
        "Protesters in Khartoum on Monday repeated their demands.",
        "Thousands of protesters marched in Khartoum on Monday to press their demands.",
        "The protesters' march reached parliament in Khartoum on Monday.",
        "نقل المتظاهرون مطالبهم إلى البرلمان في الخرطوم يوم الاثنين.",
        "خرج آلاف المحتجين إلى شوارع الخرطوم يوم الاثنين للمطالبة بتلبية مطالبهم.",
    ],
)
def test_protesters_who_act_keep_their_protest(text: str) -> None:
    assert of_type(extract(text, "2022-03-10"), "protest")
