"""A city, a town or a region liberated by troops or fighters was captured,
as حررت القوات المدينة is; leaders who conferred in a capital or consulted with
one another held consultations, as تشاور is; prisoners liberated, an honour
conferred and a lawyer consulted are none of these."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2021-05-11"  # a Tuesday: "on Monday" is 2021-05-10


@pytest.mark.parametrize(
    ("english", "arabic", "kind"),
    [
        ("Syrian troops liberated the town of Palmyra on Monday.", "حررت القوات السورية مدينة تدمر يوم الاثنين.", "attack"),
        (
            "Yemeni government fighters liberated several villages in Shabwa province on Monday.",
            "حررت القوات اليمنية قرى في محافظة شبوة يوم الاثنين.",
            "attack",
        ),
        (
            "The Omani and Iranian foreign ministers conferred in Beijing on Monday.",
            "تشاور وزيرا الخارجية العماني والإيراني في بكين يوم الاثنين.",
            "meeting",
        ),
        (
            "The Bahraini king consulted with the Saudi crown prince on Monday.",
            "تشاور العاهل البحريني مع ولي العهد السعودي يوم الاثنين.",
            "meeting",
        ),
    ],
)
def test_the_english_wording_names_the_event_its_arabic_names(english, arabic, kind):
    assert [e["date"] for e in of_type(extract(arabic, PUBLISHED), kind)] == ["2021-05-10"]
    assert [e["date"] for e in of_type(extract(english, PUBLISHED), kind)] == ["2021-05-10"]


@pytest.mark.parametrize(
    ("told", "everyday", "kind"),
    [
        (
            "Syrian troops liberated the town of Palmyra on Monday.",
            "Syrian forces liberated 20 prisoners held in a Palmyra jail on Monday.",
            "attack",
        ),
        (
            "The Omani and Iranian foreign ministers conferred in Beijing on Monday.",
            "The Omani sultan conferred an honour on the Iranian foreign minister on Monday.",
            "meeting",
        ),
        (
            "The Bahraini king consulted with the Saudi crown prince on Monday.",
            "The Bahraini minister consulted with his lawyers on Monday.",
            "meeting",
        ),
    ],
)
def test_the_wording_names_its_event_and_its_everyday_sense_none(told, everyday, kind):
    assert of_type(extract(told, PUBLISHED), kind)
    assert of_type(extract(everyday, PUBLISHED), kind) == []
