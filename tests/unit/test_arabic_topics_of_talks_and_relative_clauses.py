"""Arabic: topics of talks, events told so long before the sentence's own,
relative clauses about a name, resumed catalogued talks (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "والتقى وزير الخارجية الروسي سيرغي لافروف نظيره الفرنسي أمس وبحث الجانبان الاتفاق النووي الإيراني والأزمة الليبية.",
            {"RUS", "FRA"},
        ),
        ("واستقبل الرئيس المصري عبد الفتاح السيسي أمس وبحث مع وزير الخارجية القطري الأزمة السورية.", {"EGY", "QAT"}),
        (
            "بحث الرئيس الأمريكي دونالد ترامب مع ولي العهد السعودي محمد بن سلمان أمس الاتفاق النووي الإيراني والأزمة اليمنية.",
            {"USA", "SAU"},
        ),
        ("والتقى وزير الخارجية التركي نظيره الروسي أمس لبحث ملفات إيران واليمن.", {"TUR", "RUS"}),
        # a country named as the one visited stays
        ("وزار الرئيس المصري عبد الفتاح السيسي ليبيا أمس لبحث الأزمة الليبية.", {"EGY", "LBY"}),
    ],
)
def test_a_country_qualifying_the_topic_is_no_party(text, countries):
    talks = [e for e in extract(text, "2018-06-06") if e["event_type"] in ("meeting", "visit")]
    assert [set(e["countries"]) for e in talks] == [countries], talks


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        # the killing of yesterday, and apart from it the attack a week before it, dated so
        (
            "وقتل ثلاثة جنود مصريين أمس في سيناء بعد أسبوع من هجوم على مسجد في العريش.",
            [("2018-06-05", "وقتل"), ("2018-05-29", "هجوم")],
        ),
        ("وقتل ثلاثة جنود مصريين أمس في سيناء بعد أيام من هجوم على مسجد في العريش.", [("2018-06-05", "وقتل")]),
    ],
)
def test_an_event_told_days_before_is_not_the_sentence_s_own(text, attacks):
    found = of_type(extract(text, "2018-06-06"), "attack")
    assert [(e["date"], e["trigger"]) for e in found] == attacks, found


@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        # a relative clause about a person names no party of the event
        ("واعتقلت السلطات التركية أمس الصحفي أحمد سيك الذي انتقد الحكومة الروسية.", "arrest", {"TUR"}),
        (
            "وفاز المرشح الديمقراطي جو بايدن أمس في الانتخابات الرئاسية الأميركية والذي لديه تاريخ سيئ مع الرئيس التركي أردوغان.",
            "election",
            {"USA"},
        ),
        # one that describes the event word keeps its names
        ("وفرضت الدول الأربع أمس الحصار الذي شمل قطر.", "sanctions", {"SAU", "ARE", "BHR", "EGY", "QAT"}),
    ],
)
def test_a_relative_clause_about_a_name_adds_no_party(text, event_type, countries):
    found = of_type(extract(text, "2018-06-06"), event_type)
    assert [set(e["countries"]) for e in found] == [countries], found


def test_a_relative_clause_keeps_the_event_s_only_country():
    # "سمر بدوي، التي تسببت في أزمة بين السعودية وكندا": with nothing else to place it, the names stay
    found = of_type(
        extract(
            "كما تم القبض على نشطاء حقوق الإنسان، ومنهم سمر بدوي، التي تسببت في أزمة سياسية بين السعودية وكندا.",
            "2018-08-12",
        ),
        "arrest",
    )
    assert len(found) == 1 and "SAU" in found[0]["countries"], found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("وطالب الأمين العام للأمم المتحدة بالتحقيق في تفجير مرفأ بيروت الذي وقع الثلاثاء.", "2018-06-05"),
        ("وطالبت منظمة العفو الدولية بالتحقيق في الغارة التي شنها التحالف على صعدة أمس.", "2018-06-05"),
        ("The UN chief called for an investigation into the bombing in Beirut on Tuesday.", "2018-06-05"),
    ],
)
def test_a_demand_about_a_past_attack_leaves_the_attack(text, date):
    found = of_type(extract(text, "2018-06-06"), "attack")
    assert [e["date"] for e in found] == [date], found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a part denied in a deed: the deed was done, whoever did it
        ("ونفت الجماعة ضلوعها في التفجير الذي وقع في كابول الاثنين.", "2018-06-04"),
        ("ونفت طهران تورطها في الهجوم على السفارة في كابول الاثنين.", "2018-06-04"),
        ("Pakistan denied any involvement in the suicide bombing in Kashmir on Monday.", "2018-06-04"),
        ("The Taliban denied having any hand in the bombing in Kabul on Monday.", "2018-06-04"),
    ],
)
def test_a_part_denied_in_an_attack_leaves_the_attack(text, date):
    found = of_type(extract(text, "2018-06-06"), "attack")
    assert [e["date"] for e in found] == [date], found


@pytest.mark.parametrize(
    "text",
    [
        # the attack itself denied, or one still to come: none
        "ونفت الجماعة وقوع أي تفجير في كابول.",
        "The Taliban denied any role in a possible attack on Kabul.",
    ],
)
def test_no_attack_when_the_deed_itself_is_denied(text):
    assert of_type(extract(text, "2018-06-06"), "attack") == []


@pytest.mark.parametrize(
    "text",
    [
        # the pledge's day is not the killing's
        "وتعهد الرئيس الإيراني أمس بالرد على اغتيال العالم النووي محسن فخري زاده.",
        "The Iranian president vowed on Sunday to avenge the killing of the nuclear scientist Mohsen Fakhrizadeh.",
        # a hypothetical attack stays one
        "وتعهد الرئيس الإيراني بالرد على أي هجوم إسرائيلي.",
        "The UN chief called for an investigation into any attack on civilians.",
    ],
)
def test_no_attack_on_the_day_of_the_pledge(text):
    assert of_type(extract(text, "2018-06-06"), "attack") == []


@pytest.mark.parametrize(
    ("text", "date", "reference_id"),
    [
        # resumed on the day the sentence gives: a new round, not the catalogued opening
        ("واستؤنفت مشاورات الكويت اليوم بين الأطراف اليمنية.", "2018-06-06", None),
        # without a word of resumption, the catalogued talks keep their day
        ("وتعثرت المفاوضات اليمنية منذ فشل مشاورات الكويت.", "2016-04-21", "kuwait_yemen_talks_2016"),
    ],
)
def test_resumed_catalogued_talks_are_a_new_round(text, date, reference_id):
    found = of_type(extract(text, "2018-06-06"), "meeting")
    assert [(e["date"], e["reference_id"]) for e in found] == [(date, reference_id)], found


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        # the day of the arrest is not the day of the coup it is charged with
        ("واعتقلت السلطات التركية الثلاثاء 70 جنديا بتهمة الارتباط بمحاولة الانقلاب الفاشلة.", []),
        ("Turkish police detained 70 soldiers on Tuesday on charges of plotting the attack.", []),
        # a date of its own after the charge dates the deed
        ("وقضت محكمة مصرية الأحد بإعدام 20 شخصا بتهمة قتل ضباط شرطة في كرداسة عام 2013.", ["2013"]),
    ],
)
def test_a_charge_is_not_dated_by_the_arrest(text, attacks):
    assert [e["date"] for e in of_type(extract(text, "2018-06-06"), "attack")] == attacks


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "تعرضت محافظة إدلب لقصف جوي من قبل مقاتلات روسية، السبت، وذلك بعد يوم من فشل روسيا وتركيا وإيران "
            "بالتوصل إلى هدنة في المحافظة الواقعة شمال سوريا.",
            {"RUS", "SYR"},
        ),
        ("وقصفت مقاتلات روسية إدلب السبت بعد يوم من فشل تركيا وإيران بالتوصل إلى هدنة.", {"RUS", "SYR"}),
        ("Russian jets struck Idlib on Saturday a day after Turkey and Iran failed to agree a truce.", {"RUS", "SYR"}),
    ],
)
def test_the_parties_of_what_an_event_followed_are_not_its_own(text, countries):
    found = of_type(extract(text, "2018-09-09"), "attack")
    assert [set(e["countries"]) for e in found] == [countries], found


@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        # talks the event followed share its parties
        ("واتفق الطرفان أمس بعد محادثات بين السعودية وإيران في بكين.", "agreement", {"SAU", "IRN"}),
        # aid sent keeps the party it went to
        ("وأرسلت تركيا مساعدات أمس بعد قطع العلاقات مع الدوحة.", "aid", {"TUR", "QAT"}),
    ],
)
def test_parties_an_event_shares_with_what_it_followed_stay(text, event_type, countries):
    found = of_type(extract(text, "2018-09-09"), event_type)
    assert len(found) == 1 and countries <= set(found[0]["countries"]), found


def test_a_bare_regime_is_the_country_the_article_is_about():
    # "قوات النظام" in a story about Turkey that names Syria once is not Syria's army
    text = (
        "وأعلنت اللجنة العليا للانتخابات في تركيا فوز الرئيس التركي رجب طيب أردوغان في الانتخابات الرئاسية التركية. "
        "ويقول أردوغان إن تركيا قوية وإن الاقتصاد التركي ينمو. وتدعم تركيا فصائل معارضة في سوريا. "
        "وشنت قوات النظام أمس حملة اعتقالات واسعة ضد المعارضين والصحافيين."
    )
    assert all("SYR" not in e["countries"] for e in extract(text, "2018-06-24"))


def test_a_bare_regime_in_a_story_about_syria_is_syria_s():
    text = (
        "وقال المرصد السوري لحقوق الإنسان إن الغارات استهدفت بلدات في ريف دمشق. "
        "وقصفت قوات النظام أمس الغوطة الشرقية قرب دمشق."
    )
    attacks = of_type(extract(text, "2018-06-24"), "attack")
    assert attacks and all("syria_army" in e["actors"] for e in attacks), attacks


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        # strikes told as done almost daily are no one event
        ("ويشن الطيران الحربي للسعودية التي تقود تحالفا ضد الحوثيين، غارات جوية بشكل شبه يومي في محافظات يمنية.", 0),
        ("Saudi jets carry out air strikes in Yemen almost daily.", 0),
        ("وشن الطيران السعودي أمس غارات جوية على صنعاء.", 1),
    ],
)
def test_strikes_done_almost_daily_are_no_event(text, attacks):
    assert len(of_type(extract(text, "2018-06-06"), "attack")) == attacks


@pytest.mark.parametrize(
    ("text", "protests"),
    [
        ("ومنذ 2015، تخرج مظاهرات ضد الفساد كل يوم جمعة في العاصمة العراقية.", 0),
        ("Protests against corruption have been held every Friday in Baghdad since 2015.", 0),
        ("وتظاهر الآلاف الجمعة في بغداد.", 1),
    ],
)
def test_protests_every_friday_are_no_event(text, protests):
    assert len(of_type(extract(text, "2018-07-20"), "protest")) == protests


@pytest.mark.parametrize(
    ("text", "protests"),
    [
        # a rally held on a weekday of every week, whichever weekday, is a habit, no one event
        (
            "A statue stands opposite the Japanese embassy in Seoul, where supporters have held a rally every "
            "Wednesday since 1992.",
            0,
        ),
        ("Relatives of the missing have held a vigil outside the ministry in Buenos Aires every Thursday since 1977.", 0),
        ("Opposition supporters have rallied outside parliament in Yerevan on Saturdays since March.", 0),
        ("ونظم أنصار الضحايا وقفة احتجاجية كل أربعاء منذ عام 1992 أمام السفارة اليابانية في سيول.", 0),
        ("ونظم أنصار المعارضة وقفة احتجاجية أمام البرلمان في يريفان أيام السبت منذ مارس.", 0),
        # one weekday: that week's rally
        ("Hundreds of supporters held a rally outside the Japanese embassy in Seoul on Wednesday.", 1),
        ("ونظم أنصار الضحايا وقفة احتجاجية يوم الأربعاء أمام السفارة اليابانية في سيول.", 1),
    ],
)
def test_rallies_on_a_weekday_of_every_week_are_no_event(text, protests):
    assert len(of_type(extract(text, "2015-12-28"), "protest")) == protests


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "وترأس الملك السعودي سلمان بن عبد العزيز القمة التي عقدت في مدينة الظهران الشرقية على بعد حوالي 200 كيلومتر "
            "من الساحل الإيراني.",
            {"SAU"},
        ),
        ("King Salman chaired the summit in Dhahran, about 200 km from the Iranian coast.", {"SAU"}),
    ],
)
def test_a_point_a_place_is_measured_from_is_no_party(text, countries):
    found = of_type(extract(text, "2018-04-15"), "meeting")
    assert [set(e["countries"]) for e in found] == [countries], found


def test_a_point_measured_from_stays_the_place_when_alone():
    found = of_type(extract("وانفجرت سيارة مفخخة أمس على بعد 50 كيلومترا من بغداد.", "2018-04-15"), "attack")
    assert [e["countries"] for e in found] == [["IRQ"]], found


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a strike "carried out" (تم شنها) on a day of its own, told as what the sentence's strike came after
        (
            "وتأتي هذه الغارة بعد أربعة أيام من ضربة تم شنها مساء الأحد في بلدة الهري في محافظة دير الزور، "
            "ما أدى إلى مقتل 55 شخصا.",
            {"2018-06-17"},
        ),
        # a figurative blow is none
        ("وشكلت الخسارة ضربة قوية للحزب الحاكم الذي شن حملة انتخابية واسعة.", set()),
    ],
)
def test_a_strike_carried_out(text, dates):
    found = of_type(extract(text, "2018-06-21"), "attack")
    assert dates <= {e["date"] for e in found} and (dates or not found), found


def test_a_town_by_the_border_is_not_in_the_neighbour():
    text = (
        "وتأتي هذه الغارة بعد أربعة أيام من ضربة تم شنها مساء الأحد في بلدة الهري في محافظة دير الزور "
        "والمحاذية للحدود العراقية، ما أدى إلى مقتل 55 شخصا."
    )
    found = [e for e in of_type(extract(text, "2018-06-21"), "attack") if e["date"] == "2018-06-17"]
    assert [e["countries"] for e in found] == [["SYR"]], found


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        # a verbal attack, told with what was said
        (
            "وهاجم الرئيس التركي الجهات التي استغلت المأساة التي يشهدها الشرق الأوسط من أجل بيع أسلحتها "
            "وتحقيق مصالحها الداخلية قائلا \"تبا لما يفهمونه من الديمقراطية\".",
            0,
        ),
        ("وهاجم الرئيس المصري في كلمته أمس المشككين في إنجازات الحكومة.", 0),
        ("وهاجم مسلحون أمس نقطة تفتيش للجيش المصري في شمال سيناء.", 1),
    ],
)
def test_a_verbal_attack_is_no_attack(text, attacks):
    assert len(of_type(extract(text, "2018-06-06"), "attack")) == attacks


@pytest.mark.parametrize(
    "text",
    ["تسلسل زمني لأبرز الهجمات على قوات الأمن والجيش في مصر", "A timeline of attacks on the security forces in Egypt"],
)
def test_a_timeline_of_attacks_is_no_attack(text):
    assert of_type(extract(text, "2018-09-04"), "attack") == []


@pytest.mark.parametrize(
    "text",
    [
        "لكن بعض المناطق، بما فيها العاصمة القاهرة، تتعرض من حين لآخر لهجمات مسلحة تستهدف في الأغلب عناصر الأمن.",
        "Some areas, including Cairo, come under armed attacks from time to time.",
    ],
)
def test_attacks_from_time_to_time_are_no_event(text):
    assert of_type(extract(text, "2018-09-04"), "attack") == []
