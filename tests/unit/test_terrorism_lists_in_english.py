"""Individuals, entities or groups designated, placed or put on a state's terrorism or sanctions
lists are a measure against them (CAMEO 163), in English as the Arabic lexicon reads
«صنفت ... على قوائم الإرهاب» and «أدرجت ... على قائمة العقوبات»; the English pattern had asked
for 'terrorist', so 'terrorism lists' told nothing. One who stands designated (is designated on
international terrorism lists), one taken off a list, a post one is designated to and emphasis
placed on terrorism are no measure taken."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2021-05-11"  # a Tuesday: "on Monday" is 2021-05-10


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia, the UAE, Bahrain and Egypt designated individuals and entities sponsored by Qatar on banned terrorism lists on Monday.",
        "The Muslim World League ended his membership on Monday after he was designated on the terrorism lists issued by Saudi Arabia.",
        "Bahrain placed the two groups on its terrorism list on Monday.",
        "The United States put the company on its sanctions list on Monday.",
        "صنفت مصر والسعودية أفرادا وكيانات ترعاها قطر على قوائم الإرهاب يوم الاثنين.",
        "أدرجت الولايات المتحدة الشركة على قائمة العقوبات يوم الاثنين.",
    ],
)
def test_a_side_put_on_a_terrorism_or_sanctions_list_is_sanctioned(text):
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "sanctions")] == ["2021-05-10"]


@pytest.mark.parametrize(
    "text",
    [
        "He attended the wedding of a financier who is designated on international and national terrorism lists.",
        "The United States removed Sudan from its terrorism blacklist on Monday.",
        "The minister placed emphasis on the fight against terrorism on Monday and listed the priorities of his government.",
        "Egypt's president designated Mostafa Madbouly as prime minister on Monday.",
    ],
)
def test_a_standing_listing_a_removal_or_an_emphasis_is_no_measure(text):
    assert of_type(extract(text, PUBLISHED), "sanctions") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Qatar's prime minister attended the wedding of the son of Abdul Rahman al-Nuaimi, a financier of terrorism"
            " who is designated as a terrorist by the United States, saying the Qataris are deceiving Trump.",
            "sanctions",
        ),
        (
            "Qatar's prime minister attended the wedding of the son of one of the biggest financiers of terrorism,"
            " who is designated on international and national terrorism lists, saying the Qataris are deceiving Trump.",
            "sanctions",
        ),
        (
            "Qatar's prime minister attended the wedding of the son of Abdul Rahman al-Nuaimi, a financier"
            " who is detained in Bahrain, saying the Qataris are deceiving Trump.",
            "arrest",
        ),
        ("حضر رئيس الوزراء القطري حفل زفاف نجل الممول المدرج على قوائم الإرهاب الدولية.", "sanctions"),
        ("التقى الوزير بالناشط المحتجز في البحرين.", "arrest"),
    ],
)
def test_a_present_passive_in_a_relative_clause_is_a_state(text, kind):
    # the Arabic participle after its noun, the English relative clause in the present passive
    assert of_type(extract(text, PUBLISHED), kind) == []


def test_a_past_passive_in_a_relative_clause_is_the_deed():
    text = "Nuaimi, who was designated as a terrorist by the United States on Monday, attended the wedding."
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "sanctions")] == ["2021-05-10"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The writer pointed out that Nuaimi is convicted in some of the worst atrocities committed by al Qaeda in Iraq.", "arrest"),
        ("US troops are deployed in Syria to fight Islamic State.", "deployment"),
        ("وأشار الكاتب إلى أن النعيمي مدان في بعض أسوأ الفظائع التي ارتكبها تنظيم القاعدة في العراق.", "arrest"),
        ("القوات الأمريكية المنتشرة في سوريا تقاتل تنظيم الدولة الإسلامية.", "deployment"),
    ],
)
def test_a_present_passive_of_a_main_clause_is_a_state(text, kind):
    assert of_type(extract(text, PUBLISHED), kind) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Abdul Rahman al-Nuaimi was convicted in Baghdad on Monday.", "arrest"),
        ("Abdul Rahman al-Nuaimi is detained in Baghdad since Monday.", "arrest"),
    ],
)
def test_a_past_passive_or_a_dated_state_is_the_deed(text, kind):
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), kind)] == ["2021-05-10"]
