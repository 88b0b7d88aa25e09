"""A document told before the verb of its signing, in a relative clause (مذكرة التفاهم التي
وقعها الرئيسان), is signed by that verb: the signing is the event, not the document's noun read
under the preposition before it (تنفيذا لـ). And the deed of the main clause told before it by a
verb in the past (بدأت القوات الانتشار، ونشرت مصر قوات) stays an event of its own beside the
signing: the relative verb tells another deed, it does not take the main clause's place."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _events(text: str, published: str) -> list[tuple[str, str | None, list[str]]]:
    return sorted((e["event_type"], e["date"], sorted(e["countries"])) for e in extract(text, published))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "بدأت قوات روسية اليوم الأربعاء الانتشار في مدينة منبج السورية، تنفيذا لمذكرة التفاهم التي "
            "وقعها الرئيسان الروسي والتركي أمس الثلاثاء في سوتشي.",
            "2019-10-23",
            [("agreement", "2019-10-22", ["RUS", "SYR", "TUR"]), ("deployment", "2019-10-23", ["RUS", "SYR"])],
        ),
        (
            "ونشرت مصر قوات على حدودها مع ليبيا أمس، بموجب مذكرة التفاهم التي وقعها وزيرا الدفاع "
            "المصري والليبي في مارس الماضي.",
            "2019-10-23",
            [("agreement", "2019-03", ["EGY", "LBY"]), ("deployment", "2019-10-22", ["EGY", "LBY"])],
        ),
    ],
)
def test_signing_told_after_its_document(text, published, expected):
    assert _events(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the English counterparts: the deed of the main clause and the signing, each its own
        (
            "Russian troops began deploying in the Syrian town of Manbij on Wednesday, after Russia and "
            "Turkey signed a memorandum in Sochi on Tuesday.",
            "2019-10-23",
            [("agreement", "2019-10-22", ["RUS", "SYR", "TUR"]), ("deployment", "2019-10-23", ["RUS", "SYR"])],
        ),
        # a relative clause in the present tells no deed of a day: the main clause's deed alone
        (
            "بدأت قوات روسية اليوم الأربعاء الانتشار في مدينة منبج السورية، وفق الخطة التي تنفذها "
            "القوات الروسية.",
            "2019-10-23",
            [("deployment", "2019-10-23", ["RUS", "SYR"])],
        ),
    ],
)
def test_main_deed_kept(text, published, expected):
    assert _events(text, published) == expected
