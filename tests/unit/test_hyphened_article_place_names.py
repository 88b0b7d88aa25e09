"""Places: an English place name that opens on the Arabic article and a space in the
gazetteer (Al Hoceima, El Fasher, El Obeid) is found as well when news joins the article to
the name by a hyphen (Al-Hoceima, El-Fasher, El-Obeid); the Arabic spelling is read as before
(real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _located(text: str, published: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e["event_type"], (e["location"] or {}).get("name"), (e["location"] or {}).get("country"))
        for e in extract(text, published)
    ]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The interior minister arrived in Al-Hoceima on Tuesday for talks with local officials.", "Al Hoceima", "MAR"),
        ("Police arrested the protest leader Nabil Karimi in Al-Hoceima on Monday.", "Al Hoceima", "MAR"),
        ("Rebel fighters shelled El-Fasher on Sunday.", "El Fasher", "SDN"),
        ("Thousands of protesters rallied in El-Obeid on Sunday.", "El Obeid", "SDN"),
    ],
)
def test_a_name_joined_to_its_article_by_a_hyphen_is_the_place(text, name, country) -> None:
    found = _located(text, "2018-06-04")
    assert found and found[0][1:] == (name, country)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the spaced English spelling and the Arabic one, as before
        ("The interior minister arrived in Al Hoceima on Tuesday for talks with local officials.", "Al Hoceima", "MAR"),
        ("وصل وزير الداخلية إلى الحسيمة يوم الثلاثاء لإجراء محادثات مع المسؤولين المحليين.", "Al Hoceima", "MAR"),
        ("قصف المتمردون مدينة الفاشر يوم الأحد.", "El Fasher", "SDN"),
    ],
)
def test_the_spaced_and_the_arabic_spellings_stay_the_place(text, name, country) -> None:
    found = _located(text, "2018-06-04")
    assert found and found[0][1:] == (name, country)
