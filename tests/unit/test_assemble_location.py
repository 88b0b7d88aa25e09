"""Where an event took place: not where a speaker told of it, and for a strike told
with neither place nor target, the country of the war the article is about."""

from __future__ import annotations

import pytest

from events.assemble.text import _locative
from events.model import Article, PlaceMention
from events.pipeline import extract_article
from events.resources import load_resources


def events_of(text: str, published: str = "2018-05-31") -> list[dict]:
    article = Article(id="t", text=text, published=published)
    return [e.to_dict() for e in extract_article(article, load_resources())]


def located(text: str, event_type: str, words: str) -> str | None:
    found = [e for e in events_of(text) if e["event_type"] == event_type and words in e["quote"]]
    assert found, text
    return (found[0]["location"] or {}).get("country")


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        # the place of the statement, before the word that opens what was said
        (
            "إضافة إلى ذلك، أعرب وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية مارك لوكوك الخميس، في بيان نشر في "
            "نيويورك، عن \"قلقه البالغ\" من المعارك في اليمن خلال الأسابيع الأخيرة.",
            "attack",
            "YEM",
        ),
        (
            "وقال المبعوث الأممي في نيويورك إن معارك عنيفة في اليمن قتلت 40 مقاتلا الاثنين.",
            "attack",
            "YEM",
        ),
        (
            "The UN envoy told the Security Council in New York that fierce battles in Yemen killed 40 fighters on Monday.",
            "attack",
            "YEM",
        ),
        # a source cited after the event: its place is the speaker's
        ("Fierce battles in Yemen killed 40 fighters on Monday, the UN envoy said in New York.", "attack", "YEM"),
        # a place in another event's words before the opening is that event's setting
        (
            "قال مستشار لرئيس الحكومة الليبية بعد اجتماع في باريس إن الفصائل الليبية اتفقت اليوم الثلاثاء على إجراء انتخابات.",
            "agreement",
            "FRA",
        ),
        (
            "An adviser to the Libyan prime minister said after a meeting in Paris that the Libyan factions signed "
            "an agreement on Tuesday to hold elections.",
            "agreement",
            "FRA",
        ),
        # "بعد أن" is a conjunction, not the opening of what was said
        (
            "تفيد التقارير الواردة من عفرين بوقوع عمليات نهب على أيدي مسلحين مدعومين من تركيا بعد أن بسطوا سيطرتهم عليها الأحد.",
            "attack",
            "SYR",
        ),
    ],
)
def test_the_place_a_speaker_spoke_from_is_not_the_events(text, event_type, country):
    found = [e for e in events_of(text) if e["event_type"] == event_type]
    assert found, text
    assert found[0]["location"]["country"] == country


SYRIA_AR = (
    "تتواصل المعارك في شمال سوريا. وقالت الحكومة السورية إن الجيش السوري يتقدم. "
    "وأعلن المرصد السوري نزوح الآلاف. {sentence}"
)
SYRIA_EN = (
    "Fighting continues in northern Syria. The Syrian government said the Syrian army was advancing. "
    "The Syrian Observatory reported that thousands had fled. {sentence}"
)
TURKEY_AR = "تستعد تركيا للانتخابات. وقال الرئيس التركي إن تركيا قوية. وأعلنت الحكومة التركية خطة جديدة. {sentence}"
TURKEY_EN = (
    "Turkey prepares for elections. The Turkish president said Turkey was strong. "
    "The Turkish government announced a new plan. {sentence}"
)


@pytest.mark.parametrize(
    ("frame", "sentence", "country"),
    [
        (SYRIA_AR, "وقتل خمسة مدنيين الأحد في قصف تركي.", "SYR"),
        (SYRIA_EN, "Turkish shelling killed five civilians on Sunday.", "SYR"),
        # the article is about the striking side's own country: it stays there
        (TURKEY_AR, "وقتل خمسة مدنيين الأحد في قصف تركي.", "TUR"),
        (TURKEY_EN, "Turkish shelling killed five civilians on Sunday.", "TUR"),
    ],
)
def test_a_strike_with_no_place_nor_target_is_in_the_country_of_the_war(frame, sentence, country):
    text = frame.format(sentence=sentence)
    found = [e for e in events_of(text) if e["event_type"] == "attack" and sentence[:12] in e["quote"]]
    assert found, text
    assert found[0]["location"]["country"] == country
    assert country in found[0]["countries"]


@pytest.mark.parametrize(
    "text",
    [
        "دخل وقف إطلاق النار بوساطة روسيا وتركيا حيز التنفيذ في سوريا الجمعة.",
        "دخل وقف إطلاق النار برعاية تركيا حيز التنفيذ في سوريا الجمعة.",
        "دخل وقف إطلاق النار المدعوم من روسيا وتركيا حيز التنفيذ في سوريا الجمعة.",
        "A ceasefire brokered by Russia and Turkey took effect on Friday across Syria.",
        "A ceasefire brokered by Russia, Iran and Turkey took effect on Friday across Syria.",
    ],
)
def test_the_mediators_of_a_ceasefire_are_not_its_place(text):
    found = [e for e in events_of(text, published="2018-03-10") if e["event_type"] == "ceasefire"]
    assert found, text
    assert found[0]["location"]["country"] == "SYR"


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        # the destination of another event word is not this event's place
        ("صادق البرلمان التركي الأربعاء على الاتفاقية، وسيتم إرسال قوات إلى قطر فور نشرها.", "ratification", "TUR"),
        ("صادق البرلمان التركي الأربعاء على اتفاقية تسمح بإرسال قوات إلى قطر.", "ratification", "TUR"),
        (
            "The Turkish parliament on Wednesday ratified an agreement that allows troops to be sent to Qatar.",
            "ratification",
            "TUR",
        ),
        # the same event told by a second word: its destination is still its place
        (
            "ارتفعت حصيلة الهجوم الذي استهدف حافلة للأقباط كانت في طريقها إلى محافظة المنيا الجمعة إلى 28 قتيلا.",
            "attack",
            "EGY",
        ),
        # a visit's destination is where it happens
        ("The Egyptian president flew to Riyadh on Wednesday for talks with King Salman.", "visit", "SAU"),
    ],
)
def test_a_destination_of_another_event_word_is_not_the_place(text, event_type, country):
    found = [e for e in events_of(text, published="2018-03-10") if e["event_type"] == event_type]
    assert found, text
    assert found[0]["location"]["country"] == country


@pytest.mark.parametrize(
    ("text", "country", "not_a_party"),
    [
        # the river and its valley are not the kingdom of Jordan
        ("اعتقلت القوات الإسرائيلية الناشط الفلسطيني محمود الخطيب في منطقة الأغوار قرب نهر الأردن الاثنين.", "PSE", "JOR"),
        ("اعتقلت القوات الإسرائيلية الناشط الفلسطيني محمود الخطيب في غور الأردن الاثنين.", "PSE", "JOR"),
        ("Israeli forces arrested the Palestinian activist Mahmoud al-Khatib in the Jordan Valley on Monday.", "PSE", "JOR"),
        # a city of the gazetteer followed by a state of another country is a namesake
        ("Police arrested a man in Alexandria, Virginia, on Monday over a shooting.", "USA", "EGY"),
        ("اعتقلت الشرطة الأمريكية رجلا في مدينة الإسكندرية بولاية فيرجينيا الاثنين.", "USA", "EGY"),
        # a city and a province of its own country
        ("اعتقلت القوات العراقية القيادي في داعش أبو عمر الجبوري في الموصل بمحافظة نينوى الاثنين.", "IRQ", None),
        # a list of cities is not a city and its state
        ("Iraqi forces arrested the Islamic State commander Abu Omar al-Jubouri, who had fought in Mosul, Raqqa and Aleppo, on Monday.", "IRQ", None),
    ],
)
def test_a_name_read_as_another_place_is_not_its_namesake(text, country, not_a_party):
    found = [e for e in events_of(text, published="2018-03-10") if e["event_type"] == "arrest"]
    assert found, text
    assert found[0]["location"]["country"] == country
    assert not_a_party not in found[0]["countries"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a country after "in" right after the event word comes before a city of another country
        ("اندلعت معارك عنيفة في اليمن الأحد أسفرت عن مقتل 40 مقاتلا، وفق تقرير قدمه المبعوث الأممي لمجلس الأمن في نيويورك.", "Yemen"),
        ("اندلعت معارك عنيفة في اليمن الأحد، فيما عقد مجلس الأمن جلسة طارئة في نيويورك لبحث الوضع.", "Yemen"),
        ("Fierce battles in Yemen killed 40 fighters on Sunday as the Security Council met in New York to discuss the crisis.", "Yemen"),
        (
            "NEW YORK - Fierce battles in Yemen killed 40 fighters on Sunday, the UN envoy Martin Griffiths told "
            "the Security Council in New York on Tuesday.",
            "Yemen",
        ),
        # a city of that country still places it finer
        ("اندلعت معارك عنيفة في اليمن الأحد في مدينة الحديدة.", "Hodeidah"),
        ("Fierce battles in Yemen killed 40 fighters in Hodeidah on Sunday.", "Hodeidah"),
    ],
)
def test_a_country_named_in_right_after_the_event_word_beats_a_city_elsewhere(text, name):
    found = [e for e in events_of("T\n" + text, published="2018-03-13") if e["event_type"] == "attack"]
    assert found, text
    assert found[0]["location"]["name"] == name


@pytest.mark.parametrize(
    ("text", "locative"),
    [
        ("تجمع المحتجون قبالة مقر الحكومة بوسط لندن", True),
        ("تجمع المحتجون وسط لندن", True),
        ("وتجمعوا فوسط لندن", True),
        ("protesters gathered in central London", True),
        ("وأعلنت لندن", False),
        ("London", False),
    ],
)
def test_a_noun_of_places_after_a_clitic_makes_a_capital_a_place(text, locative):
    start = text.index("لندن") if "لندن" in text else text.index("London")
    place = PlaceMention(start, start + 4 if "لندن" in text else start + 6, "London", "London", "GBR", 51.5, -0.1, "city")
    assert _locative(text, place) is locative


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "قنا" is also the Qatar News Agency: the Egyptian city needs a cue
        (
            "وقطعت السعودية ومصر والإمارات والبحرين العلاقات الدبلوماسية مع قطر الاثنين بعد تصريحات نسبتها "
            "وكالة الأنباء القطرية الرسمية \"قنا\" لأمير قطر.",
            None,
        ),
        ("وقتل خمسة أشخاص الأحد في هجوم بمدينة قنا المصرية.", "Qena"),
        ("Five people were killed on Sunday in an attack in the Egyptian city of Qena.", "Qena"),
    ],
)
def test_a_city_named_like_a_news_agency_needs_a_cue(text, name):
    found = events_of(text, published="2018-03-10")
    assert found, text
    names = [(e["location"] or {}).get("name") for e in found]
    assert (name in names) if name else ("Qena" not in names)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the striking side, named as a country, is not where: the target's country is
        ("شنت الولايات المتحدة ضربات جوية على مواقع للجيش السوري الجمعة.", "SYR"),
        ("The United States launched air strikes on Syrian army positions on Friday.", "SYR"),
        # a country after "in" is the place, whoever struck
        ("شن الجيش التركي ضربات جوية على مسلحين أكراد في تركيا الجمعة.", "TUR"),
    ],
)
def test_the_country_that_struck_is_not_the_place_of_the_strike(text, country):
    found = [e for e in events_of(text, published="2018-03-10") if e["event_type"] == "attack"]
    assert found, text
    assert found[0]["location"]["country"] == country


@pytest.mark.parametrize(
    ("text", "event_type", "countries", "attribution"),
    [
        # a news outlet's nationality names no party and no place
        ("اعتقلت السلطات المصرية الصحفي يوم الثلاثاء، بحسب ما ذكر موقع إخباري أمريكي.", "arrest", ["EGY"], None),
        ("واعتقلت السلطات المصرية الثلاثاء الصحفي الذي أجرى مقابلة مع الموقع الإخباري الأمريكي.", "arrest", ["EGY"], None),
        ("Egyptian authorities on Tuesday arrested the journalist who gave an interview to the American news site.",
         "arrest", ["EGY"], None),
        ("Saudi state media said Houthi rebels fired a missile at Riyadh on Tuesday.", "attack", ["YEM", "SAU"], None),
        # ... though it may say who reports it
        ("وذكرت وسائل إعلام سورية أن القوات الحكومية قصفت جسر الشغور يوم الثلاثاء.", "attack", ["SYR"], "SYR"),
        # a body of a state named like an outlet is a party
        ("وقالت وكالة الاستخبارات الأمريكية إن روسيا شنت هجوما إلكترونيا على أوكرانيا الثلاثاء.", "attack",
         ["RUS", "UKR"], None),
    ],
)
def test_a_news_outlets_nationality_is_no_party(text, event_type, countries, attribution):
    found = [e for e in events_of(text) if e["event_type"] == event_type]
    assert found and found[0]["countries"] == countries, found
    if attribution:
        assert found[0]["attribution"] == attribution, found


YEMEN_AR = (
    "تتواصل المعارك في مدينة الحديدة اليمنية. وقالت الحكومة اليمنية إن الجيش اليمني يتقدم نحو الميناء. "
    "وأعلنت مصادر يمنية نزوح الآلاف من الحديدة. ويقترب التحالف بقيادة السعودية من وسط المدينة. {sentence}"
)
YEMEN_EN = (
    "Fighting continues in the Yemeni city of Hodeidah. The Yemeni government said the Yemeni army was advancing on "
    "the port. Yemeni sources reported that thousands had fled Hodeidah. The Saudi-led coalition is closing in on the "
    "city centre. {sentence}"
)


@pytest.mark.parametrize(
    ("frame", "sentence", "country"),
    [
        # the war's country named behind a relative pronoun, in another clause, is no side left out
        (
            YEMEN_AR,
            "وسيطرت قوات التحالف على المطار يوم الأربعاء فيما تواصلت جهود الأمم المتحدة لمنع هجوم على الميناء "
            "الذي يمثل شريان حياة لملايين اليمنيين.",
            "YEM",
        ),
        (
            YEMEN_EN,
            "Coalition forces seized the airport on Wednesday while UN efforts continued to prevent an attack on the "
            "port, which is a lifeline for millions of Yemenis.",
            "YEM",
        ),
    ],
)
def test_a_coalitions_capture_is_in_the_country_of_the_war(frame, sentence, country):
    text = frame.format(sentence=sentence)
    found = [e for e in events_of(text, "2018-06-24") if e["event_type"] == "attack" and sentence[:12] in e["quote"]]
    assert found, text
    assert found[0]["location"]["country"] == country
    assert country in found[0]["countries"]


@pytest.mark.parametrize(
    ("text", "published", "country"),
    [
        # the call the speaker told it by, and the city he spoke from, belong to no event he tells of
        (
            "ألقت أجهزة أمنية ليبية القبض على والد منفذ هجوم مانشستر، أمس الأربعاء، في العاصمة طرابلس. "
            "وكشف في اتصال هاتفي مع وكالة أسوشيتد برس من طرابلس، أنه تحدث مع ابنه قبل 5 أيام من الهجوم الدامي.",
            "2017-05-25",
            "LBY",
        ),
        (
            "اعتقلت الشرطة البريطانية شقيق منفذ التفجير في مانشستر الأربعاء. وقال في مكالمة هاتفية مع وكالة "
            "رويترز من بغداد، إنه تحدث مع شقيقه قبل أيام من التفجير.",
            "2017-05-25",
            "IRQ",
        ),
    ],
)
def test_the_city_a_caller_spoke_from_is_not_the_place_of_what_he_tells(text, published, country):
    assert not [
        e for e in events_of(text, published) if e["event_type"] == "attack" and country in e["countries"]
    ], events_of(text, published)
