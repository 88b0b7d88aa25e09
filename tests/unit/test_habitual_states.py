"""Arabic: generic and habitual statements. A state of affairs told in the present with
its length in years (وتفرض إسرائيل حصارا منذ عشر سنوات, Israel has imposed a blockade for more
than a decade), deeds told over the past years (خلال السنوات الست الماضية), sanctions a country
is under (إيران التي تواجه عقوبات أميركية), campaigns counted (وشنت أنقرة عمليتين عسكريتين) and
an attack in words (وطأة الهجوم على حماس في وسائل إعلام مصرية, a scathing attack) are no events
of the publication's day; an ongoing operation dated by its start, an event told with a span of
days, and armed attacks reported by the media stay."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2018-05-18"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the present, منذ and a vague span of years: a state of affairs, not the day's news
        # (an exact count dates its onset: test_standing_states_ar.py)
        ("وتقدم الولايات المتحدة مساعدات عسكرية لمصر منذ عقود.", "aid"),
        ("ويحاصر الجيش السوري مدينة دوما منذ سنوات.", "attack"),
        ("وتشن السعودية غارات على الحوثيين في اليمن منذ أكثر من ثلاث سنوات.", "attack"),
        # English: has/have, for and a span of years
        ("Israel has imposed a blockade on the Gaza Strip for more than a decade.", "sanctions"),
        # (an exact count of years dates the state by its onset: test_standing_states_en.py)
        # deeds told over the past years, in any tense: many deeds, no event of a day
        (
            "وتتعاون حماس مع مصر في تأمين الحدود بعد سلسلة من الهجمات الدامية التي أودت بحياة "
            "عشرات من أفراد الجيش في سيناء خلال السنوات الست الماضية.",
            "attack",
        ),
        ("وشنت إسرائيل مئات الغارات على مواقع إيرانية في سوريا خلال الأعوام الماضية.", "attack"),
        ("Israel has carried out hundreds of air strikes in Syria over the past five years.", "attack"),
    ],
)
def test_a_state_of_years_is_no_event_of_the_day(text, event_type):
    found = of_type(extract(text, PUBLISHED), event_type)
    assert found == [], found


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # an ongoing operation or siege that began on a date the text gives: dated by its start
        # (a siege lasting since then is a blockade in force)
        ("ويشن التحالف عملية عسكرية منذ أواخر مارس 2015 ضد الحوثيين في اليمن.", "attack", "2015-03"),
        ("وتفرض قوات النظام حصارا محكما على الغوطة الشرقية منذ 2013.", "sanctions", "2013"),
        ("Israel has imposed a blockade on Gaza since 2007.", "sanctions", "2007"),
        # a span of days: a visit going on at the time of writing
        ("ويزور وزير الخارجية القطري تركيا منذ يومين.", "visit", PUBLISHED),
        # the past and قبل + years: an event of years before, not a state
        ("زار الرئيس التركي قطر قبل ثلاث سنوات.", "visit", "2015"),
        # a span of years that measures a comparison, not the event word's own state
        ("وقصفت الطائرات الروسية مواقع المعارضة في إدلب، وهو أعنف قصف منذ سنوات.", "attack", PUBLISHED),
        # deeds of the past days or week: the day's news
        ("شنت إسرائيل غارات على مواقع إيرانية في سوريا خلال الأيام الماضية.", "attack", PUBLISHED),
        ("Israel carried out air strikes on Iranian targets in Syria in the past week.", "attack", PUBLISHED),
    ],
)
def test_events_with_a_start_or_a_short_span_stay(text, event_type, date):
    found = of_type(extract(text, PUBLISHED), event_type)
    assert [e["date"] for e in found] == [date], found


@pytest.mark.parametrize(
    "text",
    [
        # a phrase of the media or of speech after the attack's word
        "وخفت وطأة الهجوم على حماس في وسائل إعلام مصرية.",
        "وشن الرئيس الإيراني هجوما على السعودية في تصريحات للتلفزيون الرسمي.",
        "Erdogan attacked Israel in a speech in Ankara.",
        "The Iranian president attacked Saudi Arabia on Twitter.",
        # an adjective of speech before the attack's noun
        "The Turkish president launched a scathing attack on Saudi Arabia.",
        "Iran's foreign minister delivered a verbal attack on Saudi Arabia.",
    ],
)
def test_an_attack_in_words_is_no_attack(text):
    found = of_type(extract(text, PUBLISHED), "attack")
    assert found == [], found


@pytest.mark.parametrize(
    "text",
    [
        # armed attacks the media report, or aimed at the media
        "شنت الطائرات الإسرائيلية غارات على مواقع لحماس في غزة، بحسب وسائل إعلام فلسطينية.",
        "Israeli jets struck Hamas targets in Gaza, media reported.",
        "Houthi militants launched a missile attack on Saudi Arabia.",
        "قصفت الطائرات الحربية السورية مواقع للمعارضة في إدلب.",
    ],
)
def test_armed_attacks_stay(text):
    found = of_type(extract(text, PUBLISHED), "attack")
    assert len(found) == 1, found


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # campaigns counted: deeds of the past summed up, no event of a day
        ("وشنت أنقرة عمليتين عسكريتين عبر الحدود مع سوريا حيث أقامت مراكز للمراقبة.", []),
        ("ونفذ الجيش التركي ثلاث عمليات عسكرية في شمال سوريا.", []),
        ("Turkey has launched two military operations across the border into Syria.", []),
        # wars counted are campaigns counted
        ("Israel has fought several wars with Lebanon.", []),
        ("Israel, which has fought three wars with Hamas in Gaza, denied any role.", []),
        ("وخاضت إسرائيل عدة حروب مع لبنان.", []),
        ("وخاضت إسرائيل وحزب الله حربين.", []),
        # a war told with its year stays
        ("Israel and Hezbollah fought a war in Lebanon in 2006.", ["2006"]),
        ("خاضت إسرائيل وحزب الله حربا عام 2006.", ["2006"]),
        # with a date of their own they stay
        ("شن الجيش المصري عمليتين عسكريتين في سيناء يوم الثلاثاء.", ["2018-05-15"]),
        # strikes or attacks counted are deeds of a day
        ("نفذ انتحاريان عمليتين في بغداد أوقعتا عشرات القتلى.", [PUBLISHED]),
        ("Turkish jets carried out two air strikes on Kurdish positions in Syria.", [PUBLISHED]),
    ],
)
def test_counted_campaigns_are_no_event_of_the_day(text, dates):
    found = of_type(extract(text, PUBLISHED), "attack")
    assert [e["date"] for e in found] == dates, found


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # sanctions a country is under, after a verb of undergoing in the present: a state
        ("وطدت قطر علاقاتها مع إيران التي تواجه عقوبات أميركية بسبب برنامجها الصاروخي.", []),
        ("ويخضع النظام السوري لعقوبات أوروبية.", []),
        ("Qatar has strengthened ties with Iran, which faces U.S. sanctions over its missile programme.", []),
        ("Russia remains under Western sanctions.", []),
        # sanctions imposed, or undergone with a date of their own, stay
        ("فرضت الولايات المتحدة عقوبات جديدة على إيران.", [PUBLISHED]),
        ("وتواجه الحكومة ضغوطا بعد أن فرضت واشنطن عقوبات على إيران.", [PUBLISHED]),
        ("Iran faces new U.S. sanctions announced by the Treasury on Monday.", ["2018-05-14"]),
    ],
)
def test_sanctions_undergone_are_a_state(text, dates):
    found = of_type(extract(text, PUBLISHED), "sanctions")
    assert [e["date"] for e in found] == dates, found
