"""Places: a country named after a preposition of the side dealt with ("sanctions
on Syria", "a deal with Iran", "رفع العقوبات عن سوريا") is a side of talks, a deal or ties,
not where they were held; a venue the sentence states stays the place (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _country(found: list[dict], event_type: str) -> str | None:
    events = of_type(found, event_type)
    assert events, found
    return (events[0]["location"] or {}).get("country")


@pytest.mark.parametrize(
    ("text", "published", "event_type", "country"),
    [
        # the side dealt with: no place the text states
        ("President Trump announced on Tuesday the lifting of sanctions on Syria.", "2025-05-14", "relations", None),
        ("أعلن الرئيس الأمريكي يوم الثلاثاء رفع العقوبات عن سوريا.", "2025-05-14", "relations", None),
        ("The United States signed an agreement with Iran on Monday.", "2023-05-09", "agreement", None),
        ("Egypt reached a ceasefire agreement with Israel on Sunday.", "2023-05-08", "ceasefire", None),
        # a capital that names the government dealt with
        ("رفعت الولايات المتحدة يوم الاثنين العقوبات الاقتصادية عن طهران.", "2023-05-09", "relations", None),
        ("The United States lifted sanctions on Tehran on Monday.", "2023-05-09", "relations", None),
        # a venue the sentence states stays the place
        ("Turkey and Qatar held talks in Qatar on Monday.", "2023-05-09", "meeting", "QAT"),
        (
            "President Trump announced in Riyadh on Tuesday the lifting of sanctions on Syria.",
            "2025-05-14",
            "relations",
            "SAU",
        ),
        ("أعلن الرئيس الأمريكي في الرياض يوم الثلاثاء رفع العقوبات عن سوريا.", "2025-05-14", "relations", "SAU"),
        ("وقعت الولايات المتحدة يوم الاثنين في الدوحة اتفاقا مع إيران.", "2023-05-09", "agreement", "QAT"),
        # a city of the side's country named in the sentence: the dealings were held there
        (
            "The United States signed a defence agreement with Qatar on Monday, during the minister's visit to Doha.",
            "2023-05-09",
            "agreement",
            "QAT",
        ),
        (
            "وقعت فرنسا يوم الأحد اتفاقية دفاعية مع قطر خلال زيارة وزير الدفاع الفرنسي للدوحة.",
            "2023-05-08",
            "agreement",
            "QAT",
        ),
    ],
)
def test_party_after_preposition_is_no_venue(text: str, published: str, event_type: str, country: str | None) -> None:
    assert _country(extract(text, published), event_type) == country


@pytest.mark.parametrize(
    ("text", "published", "event_type", "country"),
    [
        # a deal reached at a gathering a setting clause says a capital hosted
        (
            "اتفق الطرفان الليبيان يوم الاثنين، خلال اجتماع استضافته القاهرة، على توحيد المصرف المركزي في طرابلس.",
            "2023-05-09",
            "agreement",
            "EGY",
        ),
        (
            "اتفق ممثلو الحكومتين الليبيتين في طرابلس، خلال اجتماع احتضنته العاصمة المصرية القاهرة يوم الاثنين، على آلية.",
            "2023-05-09",
            "agreement",
            "EGY",
        ),
        (
            "Sudan and South Sudan signed a border agreement on Monday, at talks hosted by the Ethiopian capital Addis Ababa.",
            "2023-05-09",
            "agreement",
            "ETH",
        ),
        # a capital's noun between the verb of hosting and the name
        ("عقد الجانبان يوم الأحد مباحثات استضافتها العاصمة العمانية مسقط.", "2023-05-08", "meeting", "OMN"),
    ],
)
def test_hosted_setting_places_the_deal(text: str, published: str, event_type: str, country: str | None) -> None:
    assert _country(extract(text, published), event_type) == country
