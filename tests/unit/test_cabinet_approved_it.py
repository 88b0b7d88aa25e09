"""A legislature or a cabinet that approved, ratified or accepted "it" ("The Israeli cabinet
approved it on August 30", «ووافق البرلمان التركي عليها أمس») ratified the deal, treaty, truce or resolution its sentence or one of
the two before names; not a budget, a bill or a plan so taken up, nor "it" with no deal told."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Israel and the PLO signed the accord on Monday. The Israeli cabinet approved it on August 3.", ["2006-08-03"]),
        (
            "The Security Council adopted the resolution on Friday. The Lebanese cabinet accepted it on Saturday, and Israel's cabinet approved it on Sunday.",
            ["2006-08-12", "2006-08-13"],
        ),
        ("Egypt and Israel signed a peace treaty in March 1979. The Egyptian parliament ratified it in April 1979.", ["1979-04"]),
        ("ووقعت تركيا وقطر الاتفاقية في مارس. ووافق البرلمان التركي عليها أمس.", ["2006-08-13"]),
        ("ووقعت تركيا وقطر الاتفاقية في مارس. والبرلمان التركي وافق عليها أمس.", ["2006-08-13"]),
        # no deal taken up
        ("The Israeli government presented its budget on Monday. The Israeli cabinet approved it on Sunday.", []),
        ("The Israeli finance minister drafted a plan to cut spending. The Israeli cabinet approved it on Sunday.", []),
        ("Israeli ministers met on Sunday. The Israeli cabinet approved it on Sunday.", []),
        # a proposal, a request or a submission named near: what was approved may be that, and the
        # reading is withheld, though the deal itself was sometimes meant
        ("Israel and Hamas agreed a truce on Friday after an Egyptian proposal. Israel's cabinet approved it on Saturday.", []),
        ("Under the 2015 nuclear agreement, Iran submitted a proposal on sanctions relief, and the Iranian parliament approved it on Sunday.", []),
        ("وافق مجلس الوزراء الروسي عليه يوم الأحد، بعد أن قدمت وزارة الدفاع طلبا بشأن الاتفاق العسكري مع سوريا.", []),
        # "it" is the proposal, the request or the mandate told after the deal
        ("Israel and Hamas agreed a truce in May. The army then proposed a ground operation in Gaza. The Israeli cabinet approved it on Sunday.", []),
        ("Turkey and Libya signed a maritime deal in November. Erdogan then asked parliament to allow troops to be sent to Libya. The Turkish parliament approved it on Thursday.", []),
        ("ووقعت تركيا وليبيا مذكرة تفاهم بحرية في نوفمبر. وطلب أردوغان من البرلمان تفويضا بإرسال قوات إلى ليبيا. ووافق البرلمان التركي عليه أمس.", []),
        ("وقدمت الحكومة التركية الموازنة في مارس. ووافق البرلمان التركي عليها أمس.", []),
        ("وقدمت الحكومة التركية مشروع قانون في مارس. ووافق البرلمان التركي عليه أمس.", []),
    ],
)
def test_a_deal_approved_as_it(text: str, dates: list[str]) -> None:
    found = of_type(extract(text, "2006-08-14"), "ratification")
    assert sorted(ev["date"] for ev in found) == dates, found
