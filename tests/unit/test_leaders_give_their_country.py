"""Actors: heads of state and government, foreign and defence ministers and army
leaders of 2003-2025 give their event its country when the sentence names no
country; Kurdish officials read as the Kurdish body of the country the sentence
names; family names and given names that are common words name nobody (real
resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import actors_and_countries, extract


@pytest.mark.parametrize(
    ("text", "published", "actor", "country"),
    [
        # heads of state and of government
        ("Mohamed Bazoum met the French ambassador on Sunday.", "2023-05-07", "mohamed_bazoum", "NER"),
        ("التقى محمد بازوم، الأحد، السفير الفرنسي.", "2023-05-07", "mohamed_bazoum", "NER"),
        ("Assimi Goita received a Russian delegation on Monday.", "2023-05-08", "assimi_goita", "MLI"),
        ("استقبل عاصمي غويتا، الاثنين، وفدا روسيا.", "2023-05-08", "assimi_goita", "MLI"),
        ("Masrour Barzani met the US consul on Monday.", "2023-05-08", "masrour_barzani", "IRQ"),
        ("التقى مسرور بارزاني، الاثنين، القنصل الأمريكي.", "2023-05-08", "masrour_barzani", "IRQ"),
        # foreign and defence ministers
        ("Asaad al-Shaibani visited Riyadh on Monday.", "2025-01-06", "asaad_al_shaibani", "SYR"),
        ("زار أسعد الشيباني، الاثنين، الرياض.", "2025-01-06", "asaad_al_shaibani", "SYR"),
        ("Annalena Baerbock visited Beirut on Monday.", "2023-05-08", "annalena_baerbock", "DEU"),
        ("زارت أنالينا بيربوك، الاثنين، بيروت.", "2023-05-08", "annalena_baerbock", "DEU"),
        ("Dmytro Kuleba visited Ankara on Tuesday.", "2023-07-18", "dmytro_kuleba", "UKR"),
        ("زار دميترو كوليبا، الثلاثاء، أنقرة.", "2023-07-18", "dmytro_kuleba", "UKR"),
        # army chiefs
        ("Valery Gerasimov visited troops on Sunday.", "2023-05-07", "valery_gerasimov", "RUS"),
        ("زار فاليري غيراسيموف، الأحد، القوات.", "2023-05-07", "valery_gerasimov", "RUS"),
        ("Army chief Said Chengriha met the Italian ambassador on Monday.", "2023-05-08", "said_chengriha", "DZA"),
        ("التقى السعيد شنقريحة، الاثنين، السفير الإيطالي.", "2023-05-08", "said_chengriha", "DZA"),
    ],
)
def test_a_leader_gives_its_country(text, published, actor, country):
    actors, countries = actors_and_countries(extract(text, published))
    assert actor in actors, (actors, countries)
    assert country in countries, (actors, countries)


@pytest.mark.parametrize(
    ("text", "published", "actor", "country"),
    [
        ("Kurdish officials met the US envoy in Erbil on Monday. Iraq disputes it.", "2022-05-09", "krg", "IRQ"),
        ("التقى مسؤولون أكراد في العراق، الاثنين، المبعوث الأمريكي.", "2022-05-09", "krg", "IRQ"),
        ("In northeast Syria, Kurdish officials met the US envoy on Monday.", "2022-05-09", "aanes", "SYR"),
        ("التقى مسؤولون أكراد في سوريا، الاثنين، المبعوث الأمريكي.", "2022-05-09", "aanes", "SYR"),
    ],
)
def test_kurdish_officials_are_the_kurdish_body_of_the_country_named(text, published, actor, country):
    actors, countries = actors_and_countries(extract(text, published))
    assert actor in actors, (actors, countries)
    assert country in countries, (actors, countries)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Kurdish officials met the US envoy on Monday.", "2022-05-09"),
        ("التقى مسؤولون أكراد، الاثنين، المبعوث الأمريكي.", "2022-05-09"),
    ],
)
def test_kurdish_officials_of_no_named_country_are_no_body(text, published):
    actors, _ = actors_and_countries(extract(text, published))
    assert not actors & {"krg", "aanes"}, actors


@pytest.mark.parametrize(
    ("text", "published", "sentence", "not_actor"),
    [
        # a family name that is a common word names nobody, even after the full name
        (
            "زار محمد مخبر، الأحد، العاصمة الروسية موسكو. مخبر الشرطة التقى، الاثنين، قائد الشرطة في بغداد.",
            "2023-05-10",
            "مخبر الشرطة",
            "mohammad_mokhber",
        ),
        (
            "Gabi Ashkenazi visited Berlin on Sunday. Ashkenazi rabbis protested in Jerusalem on Monday.",
            "2020-05-10",
            "Ashkenazi rabbis",
            "gabi_ashkenazi",
        ),
    ],
)
def test_a_common_word_surname_names_nobody(text, published, sentence, not_actor):
    found = [e for e in extract(text, published) if sentence in e["quote"]]
    assert found, "the sentence gives no event"
    assert all(not_actor not in e["actors"] for e in found), [e["actors"] for e in found]
