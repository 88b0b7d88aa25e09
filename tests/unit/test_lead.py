"""A deed an official source tells in the article's opening sentences is the article's news.

Kept: a past verb or a definite noun of the deed (the talks, المباحثات), told as done, in
the first or second sentence, by a spokesman, a ministry, the army or an official. Left
out: the same told as to come (a future verb, next, will), told by a source that is no
official (an analyst), told past the opening sentences, told in the second sentence after
a lead that told a deed, reported claims, accusations and denials."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "count"),
    [
        # a definite noun of the deed, told as done by a government spokesman
        (
            "قال متحدث باسم الحكومة الفرنسية إن المباحثات بين الرئيس الفرنسي والعاهل الأردني تناولت الأوضاع في سوريا.",
            "2019-04-10",
            "meeting",
            1,
        ),
        (
            "أكد الناطق باسم وزارة الخارجية المصرية أن المحادثات بين وزير الخارجية المصري ونظيره الروسي شهدت توافقا حول ليبيا.",
            "2019-04-10",
            "meeting",
            1,
        ),
        (
            "A French government spokesman said that the talks between the French president and the Jordanian king focused on Syria.",
            "2019-04-10",
            "meeting",
            1,
        ),
        # the official's title set off by commas beside the name
        (
            "قال خالد المصري، المتحدث باسم الحكومة الأردنية، إن المباحثات بين الرئيس الفرنسي والعاهل الأردني تناولت الأوضاع في سوريا.",
            "2019-04-10",
            "meeting",
            1,
        ),
        (
            "Khaled al-Masri, a Jordanian government spokesman, said that the talks between the French president and the Jordanian king focused on Syria.",
            "2019-04-10",
            "meeting",
            1,
        ),
        (
            "قال خالد المصري، الباحث في مركز للدراسات، إن المباحثات بين الرئيس الفرنسي والعاهل الأردني تناولت الأوضاع في سوريا.",
            "2019-04-10",
            "meeting",
            0,
        ),
        # told in the second sentence by an official body
        (
            "تشهد المنطقة توترا متصاعدا منذ أسابيع. وقال الجيش الأردني إن طائراته قصفت مواقع في جنوب سوريا.",
            "2019-04-10",
            "attack",
            1,
        ),
        (
            "Tension has been rising in the region for weeks. The Jordanian army said that its jets bombed positions in southern Syria.",
            "2019-04-10",
            "attack",
            1,
        ),
        # the talks still to come: no event
        (
            "قال متحدث باسم الحكومة الفرنسية إن المباحثات بين الرئيس الفرنسي والعاهل الأردني ستتناول الأوضاع في سوريا.",
            "2019-04-10",
            "meeting",
            0,
        ),
        (
            "قال متحدث باسم الحكومة الفرنسية إن المباحثات المقبلة بين الرئيس الفرنسي والعاهل الأردني تتناول الأوضاع في سوريا.",
            "2019-04-10",
            "meeting",
            0,
        ),
        (
            "A French government spokesman said that the talks between the French president and the Jordanian king will focus on Syria.",
            "2019-04-10",
            "meeting",
            0,
        ),
        # no official source: hearsay
        (
            "قال محلل سياسي إن المباحثات بين الرئيس الفرنسي والعاهل الأردني تناولت الأوضاع في سوريا.",
            "2019-04-10",
            "meeting",
            0,
        ),
        (
            "تشهد المنطقة توترا متصاعدا منذ أسابيع. وقال محلل سياسي إن الطائرات الأردنية قصفت مواقع في جنوب سوريا.",
            "2019-04-10",
            "attack",
            0,
        ),
        # past the opening sentences: hearsay
        (
            "تشهد المنطقة توترا متصاعدا منذ أسابيع. وتتبادل الأطراف الاتهامات. وقال الجيش الأردني إن طائراته قصفت مواقع في جنوب سوريا.",
            "2019-04-10",
            "attack",
            0,
        ),
        # in the second sentence, after a lead that told a deed: that deed retold, or one of its day
        (
            "التقى الرئيس الأردني والرئيس الفرنسي أمس الثلاثاء في عمان. وقال الديوان الملكي الأردني إن الجانبين وقعا اتفاقية للتعاون الدفاعي.",
            "2019-04-10",
            "agreement",
            0,
        ),
        (
            "قصفت الطائرات الأردنية أمس مواقع في جنوب سوريا. وقال الجيش الأردني إن طائراته قصفت مخزنا للأسلحة.",
            "2019-04-10",
            "attack",
            1,
        ),
        (
            "Jordanian jets bombed positions in southern Syria on Tuesday. The Jordanian army said that its jets bombed an arms depot.",
            "2019-04-10",
            "attack",
            1,
        ),
        # claims, accusations and denials stay out
        (
            "زعم متحدث باسم الجيش السوري أن الطائرات الأردنية قصفت مواقع في جنوب سوريا.",
            "2019-04-10",
            "attack",
            0,
        ),
        (
            "اتهمت وزارة الخارجية السورية الأردن بقصف مواقع في جنوب سوريا.",
            "2019-04-10",
            "attack",
            0,
        ),
        (
            "نفى الجيش الأردني أن طائراته قصفت مواقع في جنوب سوريا.",
            "2019-04-10",
            "attack",
            0,
        ),
        (
            "A Syrian army spokesman claimed that Jordanian jets bombed positions in southern Syria.",
            "2019-04-10",
            "attack",
            0,
        ),
        (
            "The Jordanian army denied that its jets bombed positions in southern Syria.",
            "2019-04-10",
            "attack",
            0,
        ),
    ],
)
def test_official_lead(text: str, published: str, event_type: str, count: int) -> None:
    assert len(of_type(extract(text, published), event_type)) == count
