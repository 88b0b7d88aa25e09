"""Well-known past events retold without a date by the names the press uses for them:
the name with the person's titles and given name written between its words, a name
shared by events of different years (the latest before the publication is meant), and
the keywords that single out one instance of a recurring event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.reference import load_catalog, without_titles
from events.text.normalize import fold


def _dates(text: str, published: str, event_type: str) -> list[str]:
    return [e["date"] for e in of_type(extract(text, published), event_type)]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # a title and a given name between the words of a catalogued name ("زيارة ترامب للسعودية")
        ("ويأتي القرار عقب زيارة الرئيس الأمريكي دونالد ترامب إلى الرياض.", "2017-06-05", "visit", "2017-05-20"),
        ("وجاءت الخطوة بعد زيارة الرئيس الأمريكي دونالد ترامب للسعودية.", "2017-06-05", "visit", "2017-05-20"),
        ("وانتقدت طهران زيارة الرئيس الأميركي دونالد ترامب إلى السعودية.", "2017-07-01", "visit", "2017-05-20"),
        ("The move came after President Trump's visit to Riyadh.", "2017-06-05", "visit", "2017-05-20"),
        # the same name, the latest visit before the publication
        ("وانتقدت طهران زيارة الرئيس الأمريكي دونالد ترامب للسعودية.", "2025-06-01", "visit", "2025-05-13"),
        ("Tehran criticised Trump's visit to Saudi Arabia.", "2025-06-01", "visit", "2025-05-13"),
        ("Tehran criticised Trump's visit to Saudi Arabia.", "2017-07-01", "visit", "2017-05-20"),
        # a hyphen between the words of a name
        ("وأشاد الوزير بنتائج القمة العربية الإسلامية-الأمريكية.", "2017-06-01", "meeting", "2017-05-21"),
        # an attack on two tankers the catalog knows
        ("وعلقت الرياض شحنات النفط إثر استهداف الحوثيين لناقلتي نفط سعوديتين في البحر الأحمر.", "2018-08-20", "attack", "2018-07-25"),
        ("Riyadh halted shipments after the Houthis attacked two Saudi oil tankers.", "2018-08-20", "attack", "2018-07-25"),
        # an attack of one name in two years: the latest before the publication
        ("وجاءت الغارات بعد هجوم المنيا الذي أسفر عن مقتل 29 شخصا.", "2017-05-28", "attack", "2017-05-26"),
        ("وأدان الأزهر هجوم المنيا.", "2017-06-10", "attack", "2017-05-26"),
        ("وأدان الأزهر هجوم المنيا.", "2018-11-20", "attack", "2018-11-02"),
        ("Al-Azhar condemned the Minya attack.", "2018-11-20", "attack", "2018-11-02"),
        ("Al-Azhar condemned the Minya attack.", "2017-06-10", "attack", "2017-05-26"),
        # a re-election told with its pronoun ("إعادة انتخابه"): the second term, not the first
        ("وهنأ الأمير حسن روحاني بعد إعادة انتخابه رئيسا لإيران.", "2017-06-01", "election", "2017-05-19"),
    ],
)
def test_a_well_known_event_named_without_a_date_takes_the_catalogued_date(text, published, event_type, date):
    assert _dates(text, published, event_type) == [date]


@pytest.mark.parametrize(
    ("text", "published", "event_type"),
    [
        # the visit told as the day's news keeps its own day
        ("وبدأ الرئيس الأمريكي دونالد ترامب اليوم زيارة إلى السعودية.", "2017-05-20", "visit"),
        # one tanker attacked: not the catalogued attack on two
        ("واستهدف الحوثيون اليوم ناقلة نفط سعودية في البحر الأحمر.", "2018-08-20", "attack"),
    ],
)
def test_a_visit_of_no_catalogued_name_keeps_the_article_s_day(text, published, event_type):
    assert _dates(text, published, event_type) == [published]


@pytest.mark.parametrize(
    "text",
    [
        "وجاءت الخطوة بعد زيارة الرئيس الأمريكي إلى السعودية.",
        "The move came after the US president's visit to Saudi Arabia.",
    ],
)
def test_a_visit_of_another_president_a_step_came_after_is_not_the_catalogued_one(text):
    # no catalogued name: not Trump's visit of May 20; held before the news, in the days before it
    assert _dates(text, "2017-06-05", "visit") == ["2017-06"]


@pytest.mark.parametrize(
    ("text", "compact"),
    [
        ("زيارة الرئيس الأمريكي دونالد ترامب للسعودية", "زياره ترامب للسعوديه"),
        ("بين الرئيس الأمريكي باراك أوباما والرئيس الإيراني حسن روحاني", "بين اوباما وروحاني"),
        ("US President Donald Trump's visit", "trump's visit"),
        ("Trump met Syrian President Ahmed al-Sharaa", "trump met al-sharaa"),
    ],
)
def test_titles_and_given_names_before_a_surname_are_left_out(text, compact):
    folded = fold(text)
    found = without_titles(load_catalog(), folded)
    assert found is not None
    assert found.text.lower() == compact
    # every kept character still points at its place in the original
    assert all(folded.original[i] for i in found.index)


@pytest.mark.parametrize(
    "text",
    [
        "زيارة الرئيس الأمريكي إلى السعودية",  # no surname after the titles
        "وزار الرئيس السعودية",
        "The president visited Riyadh",
    ],
)
def test_nothing_is_left_out_without_a_known_surname(text):
    assert without_titles(load_catalog(), fold(text)) is None
