"""An attack told from the side that suffered it: after a verb of undergoing (تعرضت السفارة
لهجوم), before a clause of undergoing on it (هجوم تعرض له موقعهم), as a passive verb with
the doer after a mark of the passive (قتل على يد، من قبل، من جانب; killed by, at the hands
of) or as an English passive with none. The name after the mark is the doer; the side that
suffered is the target, never the doer; with no doer named the attack has no initiator, and
its target is the sufferer, not a name told as a place (في بغداد، شرقي سوريا, in Syria)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # a passive verb with its doer after على يد / من قبل / by / at the hands of
        ("وأكدت مصادر أن الناشط الإيراني قتل أمس على يد قوات الأمن التركية.", "TUR", "IRN"),
        ("وقتل جنديان سعوديان الأحد على يد الحوثيين قرب الحدود اليمنية.", "houthis", "SAU"),
        ("A Saudi journalist was killed yesterday at the hands of Iranian agents.", "IRN", "SAU"),
        ("Saudi positions came under attack on Monday by the Houthis.", "houthis", "SAU"),
        # the doer unnamed: no initiator, the sufferer is the target
        ("وقتل جندي تركي أمس على يد مسلحين أكراد في سوريا.", None, "TUR"),
        ("Three Turkish soldiers were killed yesterday by Kurdish militants in Syria.", None, "TUR"),
        ("The Turkish army was attacked by Kurdish fighters in Afrin on Sunday.", None, "turkey_army"),
        ("وتعرضت السفارة الأمريكية في بغداد أمس لهجوم صاروخي.", None, "USA"),
        # a clause of undergoing on the attack's word: the side named before it suffered it
        ("قتل ثلاثة جنود روس في هجوم تعرض له موقعهم شرقي سوريا.", None, "RUS"),
        ("أصيب جنود أمريكيون أمس في هجوم تعرضت له دوريتهم في العراق.", None, "USA"),
    ],
)
def test_the_side_that_suffered_an_attack_is_its_target(text, actor1, actor2):
    (attack,) = of_type(extract(text, "2018-05-10"), "attack")
    assert (attack["actor1"], attack["actor2"]) == (actor1, actor2)


@pytest.mark.parametrize(
    ("text", "event_type", "actor1"),
    [
        # the doer already after the mark of undergoing
        ("وتعرض الجنود الأتراك أمس لهجوم من قبل مسلحين سوريين.", "attack", "SYR"),
        ("تعرضت مدينة إدلب أمس لقصف جوي من قبل طائرات روسية.", "attack", "RUS"),
        # undergoing something else, then a deed of the sufferer's own
        ("وتتعرض إسرائيل لضغوط دولية بعد أن قتلت قواتها الاثنين نحو 60 متظاهرا.", "attack", "ISR"),
        # من جانب واحد is "unilaterally", no mark of a doer
        ("وأعلنت روسيا وقف إطلاق النار من جانب واحد في سوريا أمس.", "ceasefire", "RUS"),
        # an active verb: its subject stays the doer
        ("وشنت الطائرات التركية غارات على مواقع كردية في العراق أمس.", "attack", "TUR"),
    ],
)
def test_a_doer_told_otherwise_stays(text, event_type, actor1):
    (event,) = of_type(extract(text, "2018-05-10"), event_type)
    assert event["actor1"] == actor1


@pytest.mark.parametrize(
    ("text", "actor1", "backers"),
    [
        # a backer after a phrase of support stays a party, never the doer
        ("وشنت القوات الحكومية السورية، بدعم من روسيا، هجوما على مواقع المعارضة في إدلب أمس.", "syria_army", {"RUS"}),
        ("وشن الجيش العراقي بمساندة من الطيران الأمريكي هجوما على الموصل أمس.", "iraq_army", {"USA"}),
        ("Iraqi forces, with the support of US aircraft, attacked Mosul on Monday.", "iraq_army", {"USA"}),
        # two backers joined by و, a word between the phrase and them; the capital before the aside
        # of support is the doer, its state's government (the clause goes on past the aside)
        ("وبدأت دمشق، بدعم من حليفتيها روسيا وإيران، هجوما على إدلب أمس.", "SYR", {"RUS", "IRN"}),
        # a helper that is no name of the dictionary changes nothing
        ("وهاجمت القوات التركية بمساعدة مقاتلين سوريين مدينة عفرين أمس.", "turkey_army", set()),
    ],
)
def test_a_backer_is_never_the_doer(text, actor1, backers):
    (attack,) = of_type(extract(text, "2018-05-10"), "attack")
    assert attack["actor1"] == actor1
    assert backers <= set(attack["countries"])


def test_a_charge_of_support_moves_no_party():
    (cut,) = of_type(extract("وقطعت السعودية العلاقات مع قطر أمس متهمة إياها بدعم الإرهاب.", "2018-05-10"), "sanctions")
    assert (cut["actor1"], cut["actor2"]) == ("SAU", "QAT")


@pytest.mark.parametrize(
    ("text", "actor1", "not_a_party"),
    [
        # a named group's patron, after a noun of a proxy or after التابعة ل, is no party
        ("وهاجم حزب الله، وكيل إيران في لبنان، مواقع إسرائيلية أمس.", "hezbollah", "IRN"),
        ("ورصدت الدفاعات السعودية صاروخا أطلقته الميليشيا الحوثية الإرهابية التابعة لإيران من صعدة أمس.", "houthis", "IRN"),
        ("وهاجمت ميليشيا الحوثي التابعة لإيران سفينة سعودية أمس.", "houthis", "IRN"),
        # the group's nationality adjective was no party before either
        ("وقصفت ميليشيات الحوثي الإيرانية مواقع للجيش اليمني أمس.", "houthis", "IRN"),
    ],
)
def test_the_patron_of_a_named_group_is_no_party(text, actor1, not_a_party):
    (attack,) = of_type(extract(text, "2018-05-10"), "attack")
    assert attack["actor1"] == actor1
    assert not_a_party not in attack["countries"]


@pytest.mark.parametrize(
    ("text", "event_type", "actor1"),
    [
        # the patron of a plain noun stands for it, as the subject right after the verb
        ("وهاجمت قوات موالية لإيران قاعدة أمريكية في سوريا أمس.", "attack", "IRN"),
        ("ووصلت قوات موالية للحكومة السورية أمس إلى مدينة عفرين.", "deployment", "syria_government"),
        # far after a noun event word, behind a preposition: no subject
        ("وخرجت أمس مظاهرة أمام مقر لحركة مقربة من إيران في مدينة البصرة العراقية.", "protest", "IRQ"),
        # a subject before the verb stays; a patron of positions struck is their owner, no subject
        ("وقالت الوزارة إن طائرات إسرائيلية قصفت أمس مواقع تابعة لحزب الله في سوريا.", "attack", "ISR"),
        ("وقصفت أمس مواقع تابعة لحزب الله في سوريا.", "attack", None),
    ],
)
def test_the_patron_of_a_plain_noun_stands_for_it(text, event_type, actor1):
    (event,) = of_type(extract(text, "2018-05-10"), event_type)
    assert event["actor1"] == actor1


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # a country after a word of its part, after the event word, is where: the side named is the doer
        ("واتهمت المنظمة التحالف بقيادة السعودية بارتكاب جريمة حرب إثر غارة استهدفت حافلة شمالي اليمن في أغسطس الماضي.", "saudi_led_coalition"),
        ("وأعلن الجيش العراقي أنه قتل عشرات المسلحين في غارات جوية شرقي سوريا أمس.", "iraq_army"),
        # no other side: the country stays
        ("وتوافد الناخبون أمس إلى المدارس وسط بغداد للإدلاء بأصواتهم.", "IRQ"),
    ],
)
def test_a_country_named_as_a_part_is_where_not_the_doer(text, actor1):
    (event,) = extract(text, "2018-09-02")
    assert event["actor1"] == actor1


# Supplies of arms and aid. A supply of arms told in reported speech or an accusation with no
# date of its own is a flow going on as it is reported: the news of the publication's year, not
# a claim of unknown time dropped. A denial told after it in its sentence, a negation, and
# reported deeds of other kinds with no date keep the old reading. An aid takes place where it
# is received: a country the sentence names other than as where the supply goes (the giver, the
# one telling of it, what the sentence speaks of) is not its place; the party named right
# before the verbal noun, or after a word of origin, is the giver. One flow told twice in an
# article is one event; two flows between other parties stay two.

SUPPLY_DAY = "2018-06-08"


def _aid(text: str) -> list[tuple[str | None, str | None, list[str], str | None, str | None]]:
    return [
        (e["date"], e["date_basis"], sorted(e["countries"]), (e["location"] or {}).get("country"), e["actor1"])
        for e in of_type(extract(text, SUPPLY_DAY), "aid")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a spokesman's words: the supply goes on
        "قال المتحدث باسم التحالف إن إيران تواصل تزويد الحوثيين بالصواريخ الباليستية.",
        # the receiver as the subject, the giver after a word of origin
        "أكد التقرير أن الحوثيين ما زالوا يتزودون بطائرات مسيرة من إيران.",
        # the giver after a verb of letting
        "وقال المندوب إن التقاعس الدولي سمح لإيران بتزويد الحوثيين بأسلحة متقدمة.",
        # the giver right before the verbal noun, a purpose clause naming another country
        "وأكد أن النظام الإيراني مستمر في تزويد الحوثيين بالأسلحة بهدف تهديد أمن السعودية.",
        "وأوضح المتحدث أن هذا العمل يثبت تورط النظام الإيراني بدعم الميليشيا الحوثية بقدرات نوعية.",
    ],
)
def test_a_reported_supply_of_arms_is_news_of_the_year(text):
    found = _aid(text)
    assert len(found) == 1
    date, basis, countries, place, _ = found[0]
    assert (date, basis, place) == ("2018", "publication", "YEM")
    assert {"IRN", "YEM"} <= set(countries)


@pytest.mark.parametrize(
    "text",
    [
        "قال المتحدث باسم التحالف إن إيران تواصل تزويد الحوثيين بالصواريخ الباليستية.",
        "أكد التقرير أن الحوثيين ما زالوا يتزودون بطائرات مسيرة من إيران.",
        "وأكد أن النظام الإيراني مستمر في تزويد الحوثيين بالأسلحة بهدف تهديد أمن السعودية.",
    ],
)
def test_the_giver_is_the_initiator(text):
    assert [actor for *_, actor in _aid(text)] in (["IRN"], ["iran_government"])


@pytest.mark.parametrize(
    "text",
    [
        # the accused denies it in the same sentence: a contested charge
        "واتهمت الرياض طهران بتزويد الحوثيين بالصواريخ، وهو ما نفته إيران مرارا.",
        "Riyadh accused Tehran of supplying the Houthis with missiles, which Iran denied.",
        # a negated supply
        "وقال المتحدث إن إيران لم تزود الحوثيين بأي أسلحة.",
    ],
)
def test_a_denied_or_negated_supply_is_no_event(text):
    assert _aid(text) == []


def test_a_reported_attack_with_no_date_keeps_its_reading():
    found = extract("وقال المتحدث إن طائرات التحالف قصفت مواقع الحوثيين.", SUPPLY_DAY)
    assert [(e["event_type"], e["date"]) for e in found] == [("attack", SUPPLY_DAY)]


@pytest.mark.parametrize(
    ("text", "place", "giver"),
    [
        # the giver as the subject, the receiver with the proclitic ل
        ("أرسلت السعودية مساعدات غذائية لليمن أمس.", "YEM", "SAU"),
        ("وسلمت الولايات المتحدة أسلحة للجيش اللبناني أمس.", "LBN", "USA"),
        # a third country named after في is where the aid was given
        ("وزعت الإمارات مساعدات غذائية على اللاجئين السوريين في الأردن أمس.", "JOR", "ARE"),
        # a country after إلى, a city after إلى, and the English "to"
        ("وقدمت تركيا مساعدات إنسانية إلى قطر أمس.", "QAT", "TUR"),
        ("أرسلت السعودية مساعدات غذائية إلى مدينة عدن أمس.", "YEM", "SAU"),
        ("Saudi Arabia sent food aid to Yemen on Tuesday.", "YEM", "SAU"),
    ],
)
def test_aid_takes_place_where_it_is_received(text, place, giver):
    assert [(p, actor) for *_, p, actor in _aid(text)] == [(place, giver)]


@pytest.mark.parametrize(
    "text",
    [
        "قال المندوب إن التقاعس الدولي سمح لإيران بتزويد الحوثيين بأسلحة متقدمة. "
        "وأضاف أن الحوثيين ما زالوا يتزودون بالصواريخ من إيران.",
        # the second telling makes the receiver its subject and names the giver only as a maker
        "قال المندوب إن التقاعس الدولي سمح لإيران بتزويد الحوثيين بأسلحة متقدمة. "
        "وأكد التقرير أن الحوثيين ما زالوا يتزودون بصواريخ مماثلة للأسلحة المصنعة في إيران.",
    ],
)
def test_one_flow_told_twice_is_one_event(text):
    assert [(d, c, p) for d, _, c, p, _ in _aid(text)] == [("2018", ["IRN", "YEM"], "YEM")]


def test_two_flows_between_other_parties_stay_two():
    text = "وقال إن إيران تزود الحوثيين بالصواريخ. وأضاف أن روسيا تزود الحكومة السورية بالأسلحة."
    assert sorted((c, p) for _, _, c, p, _ in _aid(text)) == [(["IRN", "YEM"], "YEM"), (["RUS", "SYR"], "SYR")]


def test_two_dated_deliveries_stay_two():
    text = (
        "أرسلت السعودية أمس مساعدات غذائية إلى اليمن. "
        "وكانت السعودية قد أرسلت في الثالث من مايو مساعدات طبية إلى اليمن."
    )
    assert sorted(d for d, *_ in _aid(text)) == ["2018-05-03", "2018-06-07"]
