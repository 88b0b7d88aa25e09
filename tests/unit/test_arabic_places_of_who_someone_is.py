"""Places of Arabic events: names that say who someone is are not where the event
happened: a country that qualifies an office, the seat of a body, the states listed as the doers
(real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _places(text: str, published: str, event_type: str) -> list[tuple[str | None, list[str]]]:
    return [((e["location"] or {}).get("country"), sorted(e["countries"])) for e in of_type(extract(text, published), event_type)]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "places"),
    [
        # the country of an office whose holder takes no part names a person, not the place
        (
            "وكتب الوزير أن إيران التي أجرت للتو انتخابات حرة تواجه انتقادات من رئيس الولايات المتحدة.",
            "2017-05-22",
            "election",
            [("IRN", ["IRN"])],
        ),
        # the country of a holder who is a party stays a party (the measures against Qatar, which
        # the states that cut their ties took each at home: placed nowhere; Kuwait, named in what
        # the minister adds, is none)
        (
            "وقال وزير الخارجية إن الدوحة تقبل الوساطة بعد أن قطعت دول الجوار العلاقات معها، "
            "مضيفا أن أمير قطر أجل خطابه لمنح الكويت فرصة للتهدئة.",
            "2017-06-06",
            "sanctions",
            [(None, ["ARE", "BHR", "EGY", "QAT", "SAU"])],
        ),
    ],
)
def test_a_country_after_an_office_is_a_place_only_of_its_holders_doing(text, published, event_type, places):
    assert _places(text, published, event_type) == places


@pytest.mark.parametrize(
    ("text", "published", "places"),
    [
        # the seat of the source is neither the place nor a side
        (
            "وذكرت وكالة الأنباء الفرنسية أن المرصد السوري لحقوق الإنسان، ومقره بريطانيا، قال إن الجيش "
            "السوري قصف بلدات المعارضة فجر الأربعاء.",
            "2018-09-05",
            [("SYR", ["SYR"])],
        ),
        (
            "The Observatory, based in Britain, said government aircraft bombed the town of Khan Sheikhoun on Wednesday.",
            "2018-09-05",
            [("SYR", ["SYR"])],
        ),
    ],
)
def test_the_seat_of_a_body_is_not_the_place(text, published, places):
    assert _places(text, published, "attack") == places


_QUARTET_AND_QATAR = ["ARE", "BHR", "EGY", "QAT", "SAU"]


@pytest.mark.parametrize(
    ("text", "published", "places"),
    [
        # capitals listed with the states that act are governments, not the place; nor is the
        # state they act against together (each acts at home)
        (
            "أعلنت كل من الرياض والقاهرة وأبو ظبي والمنامة فجر الاثنين قطع علاقاتها مع قطر متهمة إياها بدعم الإرهاب.",
            "2017-06-06",
            [(None, _QUARTET_AND_QATAR)],
        ),
        (
            "وقررت كل من السعودية والقاهرة وأبو ظبي والمنامة اليوم قطع علاقاتها الدبلوماسية مع قطر.",
            "2017-06-06",
            [(None, _QUARTET_AND_QATAR)],
        ),
        # the last of the states listed before the event word is not its place, nor the side after
        # "مع": the states that cut their ties did so each at home
        (
            "وكانت السعودية ومصر والإمارات والبحرين قد قطعت علاقاتها مع قطر الاثنين وأوقفت الرحلات الجوية "
            "من قطر وإليها متهمة الدوحة بدعم الإرهاب.",
            "2017-06-07",
            [(None, _QUARTET_AND_QATAR)],
        ),
        # the sides of a relation after "بين" are not the doers: the one that expelled is where
        (
            "ويتصاعد الخلاف بين كندا والسعودية منذ أن طردت الرياض السفير الكندي الاثنين.",
            "2018-08-10",
            [("SAU", ["CAN", "SAU"])],
        ),
        # a subject and an object side by side are no list (told on the day of the boycott, of which
        # the closing is a part)
        (
            "واتهمت الدوحة الرياض بإغلاق حدودها البرية أمام الحجاج القطريين.",
            "2017-06-05",
            [("SAU", _QUARTET_AND_QATAR)],
        ),
    ],
)
def test_the_states_listed_as_doers_are_not_the_place(text, published, places):
    assert _places(text, published, "sanctions") == places


def test_a_setting_after_in_is_no_side_that_displaces_the_doers():
    # the agreement's topic is set in Libya; Libya takes no part in it, nor is it where the
    # three states agreed (the text does not say where)
    text = "وقال مصدر إن تونس والجزائر ومصر اتفقت على إعداد قائمة بالجماعات المسلحة الناشطة في ليبيا."
    assert _places(text, "2017-06-09", "agreement") == [(None, ["DZA", "EGY", "TUN"])]


@pytest.mark.parametrize(
    ("text", "published", "places"),
    [
        # a strike whose sentence names only the striker, in a story of a war in another country
        # that names the striker almost as often: the war's country, not the striker's
        (
            "قتل عشرات المدنيين في اليمن في غارة على سوق شعبي في محافظة صعدة. "
            "وقال التحالف بقيادة السعودية إنه سيحقق في الغارة. "
            "وقالت الرياض إن قواتها تلتزم بالقانون الدولي، وتتهم السعودية إيران بدعم الحوثيين. "
            "ودافعت المملكة العربية السعودية عن عملياتها. "
            "وقد أسفرت الغارات الجوية التي شنها التحالف الشهر الماضي عن مقتل 40 شخصا.",
            "2018-09-02",
            [("YEM", ["YEM"]), ("YEM", ["ARE", "SAU", "YEM"]), ("YEM", ["ARE", "SAU", "YEM"])],
        ),
        # a state's own war at home, with a neighbour named in passing: the strike stays at home
        (
            "أعلن الجيش المصري مقتل 20 مسلحا في شمال سيناء. "
            "وقال المتحدث العسكري المصري إن القوات المصرية دمرت مخابئ للمسلحين. "
            "وكانت مصر قد شددت الرقابة على حدودها مع ليبيا. "
            "وشنت القوات الجوية المصرية غارات أسفرت عن مقتل مسلحين.",
            "2018-10-08",
            [("EGY", ["EGY"])],
        ),
    ],
)
def test_a_strike_told_by_its_striker_alone_is_in_the_wars_country(text, published, places):
    assert _places(text, published, "attack") == places


@pytest.mark.parametrize(
    ("text", "published", "strikes"),
    [
        # the country named before the strike's word is the striker; the side named after it, struck
        (
            "وكانت الولايات المتحدة قد شنت ضربات جوية استهدفت قوات الرئيس السوري بشار الأسد بعد هجوم كيماوي.",
            "2018-09-05",
            [("USA", "bashar_al_assad", "SYR")],
        ),
        # a side named after the strike's word but before another event's word
        # (the protest, the embassy's move) is still the strike's
        (
            "وتواجه إسرائيل انتقادات بعد أن قتلت قواتها الاثنين عشرات الفلسطينيين الذين كانوا يحتجون "
            "على نقل السفارة الأمريكية إلى القدس.",
            "2018-05-16",
            [("ISR", "PSE", "PSE")],
        ),
        # with no side of another country after the word, the striker's country stays
        (
            "وكانت تركيا قد شنت الشهر الماضي هجوما على مواقع المسلحين الأكراد قرب الحدود.",
            "2018-05-16",
            [("TUR", None, "TUR")],
        ),
    ],
)
def test_the_country_named_before_a_strike_is_its_striker_not_its_place(text, published, strikes):
    found = of_type(extract(text, published), "attack")
    assert [(e["actor1"], e["actor2"], (e["location"] or {}).get("country")) for e in found] == strikes


def test_a_meeting_held_at_a_bodys_seat_keeps_the_seat_as_its_place():
    # "في مقرها في الرياض": where the meeting was held, not a description of a source
    text = "وعقد وزراء خارجية دول مجلس التعاون الخليجي اجتماعا طارئا في مقرها في الرياض الأحد."
    found = of_type(extract(text, "2018-05-06"), "meeting")
    assert [(e["location"] or {}).get("name") for e in found] == ["Riyadh"]
