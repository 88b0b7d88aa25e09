"""A deed told by a strong verb in the past, in a sentence that names no country,
takes place in the country the article is about."""

import pytest

from tests.unit.test_extraction_support import extract, of_type

SUDAN = (
    "Sudan's army chief dissolved the cabinet on Monday and declared a state of emergency in Sudan. "
    "Sudan's prime minister was placed under house arrest in Khartoum. "
)
LEBANON = "Lebanon's economy has collapsed since 2019, and Lebanon's currency has lost most of its value. "


@pytest.mark.parametrize(
    ("text", "published", "kind", "country"),
    [
        (SUDAN + "The military and civilian groups signed a power-sharing deal in August 2019.", "2021-10-26", "agreement", "SDN"),
        (
            "حل قائد الجيش السوداني الحكومة أمس وأعلن حالة الطوارئ في السودان. "
            "ووقع المجلس العسكري وقوى الحرية والتغيير اتفاقا لتقاسم السلطة في أغسطس 2019.",
            "2021-10-26",
            "agreement",
            "SDN",
        ),
        (LEBANON + "In April 2022, the government reached a staff-level agreement with the International Monetary Fund.", "2023-05-02", "agreement", "LBN"),
    ],
)
def test_a_past_deed_in_a_sentence_naming_no_country_is_the_article_s_country(text, published, kind, country):
    events = of_type(extract(text, published), kind)
    assert any(country in e["countries"] for e in events)


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        (SUDAN + "The groups hope to sign a power-sharing deal soon.", "2021-10-26", "agreement"),
        (LEBANON + "An agreement with the fund would unlock billions in aid.", "2023-05-02", "agreement"),
    ],
)
def test_no_past_deed_no_event(text, published, kind):
    assert of_type(extract(text, published), kind) == []
