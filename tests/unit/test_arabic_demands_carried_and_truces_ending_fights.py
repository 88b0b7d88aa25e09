"""Arabic: a demand carries to the second item joined to its first by `و` with no
comma, whether the first item is indefinite or definite, after `ب` or `إلى`; a fight that
ended in a truce (`وانتهت بهدنة`) tells the truce as an event beside the fight; a clause
of contrast after a comma (`، فيما قررت ...`) tells a second measure of the type. English tells an
outcome with a verb of an ending and in or with ("demonstrations ... that ended in clashes"): the
deed it ended keeps its own event and time, unless a comma parts the two (the war, in which ...
were killed, ended with the accords: the war's ending, not the killing's)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        # the second item of a demand is demanded too
        ("خرج آلاف المواطنين يوم الجمعة في مسيرة طالبت بإلغاء اتفاقية الغاز مع إسرائيل وطرد السفير الإسرائيلي.", "2023-10-20", "sanctions"),
        ("ودعا المحتجون إلى الإفراج عن المعتقلين وطرد السفير الأمريكي من بغداد.", "2020-01-10", "sanctions"),
        ("وطالب النواب بالإفراج عن الأسرى وقطع العلاقات مع تل أبيب.", "2021-05-15", "sanctions"),
        ("وطالبت الأحزاب الحكومة بإغلاق السفارة وقطع العلاقات مع طهران.", "2016-01-05", "sanctions"),
        # a truce only named beside the fight, with no verb of an ending, stays its circumstance
        ("واندلعت اشتباكات عنيفة بين فصيلين مسلحين في طرابلس الليبية أمس رغم الهدنة.", "2025-09-03", "ceasefire"),
    ],
)
def test_no_event_of_the_kind(text, published, kind):
    assert of_type(extract(text, published), kind) == []


@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        # a verb with its ending after the `و` opens a clause of its own
        ("وطالبت الحكومة بالإفراج عن الأسرى وطردت السفير الإسرائيلي أمس.", "2021-05-15", "sanctions", "2021-05-14"),
        # no demand before the pair: the second item stays a deed
        ("وقامت الحكومة أمس بإغلاق السفارة وطرد السفير الإيراني.", "2016-01-05", "sanctions", "2016-01-04"),
        # the fight ended in a truce: the truce is an event of its own
        ("واندلعت اشتباكات عنيفة بين فصيلين مسلحين في طرابلس الليبية أمس استمرت ساعات وانتهت بهدنة رعتها وساطة قبلية.", "2025-09-03", "ceasefire", "2025-09-02"),
        ("اندلعت مواجهات دامية في مدينة الزاوية الليبية يوم الأحد وانتهت بهدنة بين الطرفين.", "2024-06-04", "ceasefire", "2024-06-02"),
    ],
)
def test_event_kept(text, published, kind, date):
    found = of_type(extract(text, published), kind)
    assert [e["date"] for e in found] == [date]


@pytest.mark.parametrize(
    ("text", "published", "kind", "initiators"),
    [
        # a second measure in a clause of contrast, by another doer
        ("أعلنت الكويت أمس استدعاء سفيرها لدى طهران، فيما قررت قطر خفض مستوى علاقاتها الدبلوماسية مع إيران.", "2016-01-06", "sanctions", 2),
        ("قطعت جيبوتي أمس علاقاتها مع إيران، بينما قررت السودان طرد السفير الإيراني.", "2016-01-06", "sanctions", 2),
        # `فيما يتعلق`: as for, no clause of a deed of its own
        ("أعلنت الكويت أمس استدعاء سفيرها لدى طهران، فيما يتعلق بخفض مستوى العلاقات مع إيران.", "2016-01-06", "sanctions", 1),
        # a clause of contrast that reports a saying: the event word in it is no deed of its own
        ("قصفت الطائرات أمس مواقع في شمال العراق، في حين قالت مصادر محلية إن المنطقة تعرضت لهجوم مماثل في عام 2019.", "2018-08-16", "attack", 1),
    ],
)
def test_measures_of_a_sentence(text, published, kind, initiators):
    assert len(of_type(extract(text, published), kind)) == initiators


@pytest.mark.parametrize(
    ("text", "published", "outcome", "date"),
    [
        # a deed of lesser weight that ended in a deal stays beside the deal it ended in
        ('واستعادت قوات النظام السوري السيطرة على المعبر في 6 يوليو/تموز الماضي، مدعومة بغطاء جوي روسي، انتهت باتفاقات "تسوية" رعتها موسكو مع فصائل المعارضة.', "2018-10-15", "agreement", "2018-07-06"),
        ("وشنت القوات السورية حملة عسكرية على مدينة درعا يوم الأحد انتهت باتفاق مع الفصائل.", "2018-07-10", "agreement", "2018-07-08"),
        ("Regime forces regained control of the crossing on July 6, during a wide military campaign on Daraa province backed by Russian air cover, which ended in settlement deals sponsored by Moscow with opposition factions.", "2018-10-15", "agreement", "2018-07-06"),
    ],
)
def test_a_deed_that_ended_in_an_outcome_is_kept_beside_it(text, published, outcome, date):
    found = extract(text, published)
    assert len(of_type(found, "attack")) == 1
    assert len(of_type(found, outcome)) == 1
    if date is not None:
        assert [e["date"] for e in of_type(found, "attack")] == [date]


def test_an_outcome_alone_stays_the_sentence_event():
    # no deed before the verb of an ending: the deal alone
    found = extract("وانتهت المحادثات باتفاق بين الطرفين يوم الأحد.", "2018-07-10")
    assert of_type(found, "attack") == []



@pytest.mark.parametrize(
    "text",
    [
        "Opposition parties led mass demonstrations in Podgorica in October 2015 that ended in clashes with riot police.",
        "قادت أحزاب المعارضة في الجبل الأسود مظاهرات حاشدة في بودغوريتسا في أكتوبر 2015 انتهت باشتباكات مع الشرطة.",
    ],
)
def test_a_protest_that_ended_in_clashes_keeps_its_own_event_and_time(text):
    assert [e["date"] for e in of_type(extract(text, "2017-06-05"), "protest")] == ["2015-10"]


@pytest.mark.parametrize(
    "text",
    [
        "The Bosnian war, in which some 100,000 people were killed, ended with the U.S.-brokered Dayton peace accords in 1995.",
        "الحرب البوسنية، التي قتل فيها نحو 100 ألف شخص، انتهت باتفاق دايتون للسلام عام 1995.",
    ],
)
def test_a_deed_told_in_an_aside_before_the_ending_is_not_what_ended(text):
    assert of_type(extract(text, "2017-06-05"), "attack") == []
