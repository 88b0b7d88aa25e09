"""Arabic arrests of a count of persons of public life; names of a body that several
countries have, read as the country the article or its sentence is about; actors of the
years 2011-2022 named in the news."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.actors import find_actors, load_actors
from events.assemble.places import _catalogued_location
from events.model import Event, PlaceMention
from events.pipeline import _filed_from
from events.places import load_gazetteer
from events.reference import load_catalog
from events.text.normalize import fold

PUB = "2021-03-10"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("اعتقلت الشرطة التونسية ثلاثة ناشطين في العاصمة يوم الاثنين.", "TUN"),
        ("أوقفت قوات الأمن المغربية 12 قياديا في حزب معارض في الدار البيضاء يوم الاثنين.", "MAR"),
        ("واعتقلت الشرطة المصرية يوم الاثنين عشرات الناشطين في القاهرة.", "EGY"),
        ("قضت محكمة تركية يوم الاثنين بالسجن على 14 صحافيا في جريدة معارضة.", "TUR"),
        ("اعتقلت قوات الأمن العراقية يوم الاثنين أكثر من 20 ناشطا في الناصرية.", "IRQ"),
        # counted nouns in the accusative after a figure, and the dual (no number word)
        ("وأوقفت الشرطة الجزائرية يوم الاثنين 15 معارضا في العاصمة الجزائرية.", "DZA"),
        ("اعتقل الجيش السوداني يوم الاثنين سبعة ضباط في الخرطوم.", "SDN"),
        ("اعتقلت الشرطة المصرية يوم الاثنين صحفيين اثنين في القاهرة.", "EGY"),
        ("واعتقل ناشطان بارزان في القاهرة يوم الاثنين.", "EGY"),
    ],
)
def test_a_count_of_persons_of_public_life_is_the_patient_of_an_arabic_arrest(text, country):
    (arrest,) = of_type(extract(text, PUB), "arrest")
    assert arrest["date"] == "2021-03-08" and country in arrest["countries"]


@pytest.mark.parametrize(
    "text",
    [
        # ordinary people, smugglers, migrants, women and people of a nationality, counted, still
        # name no patient
        "أوقفت قوات الأمن المغربية 12 شخصا يشتبه في انتمائهم إلى خلية متطرفة في الدار البيضاء يوم الاثنين.",
        "واعتقلت الشرطة المصرية يوم الاثنين عشرات المتظاهرين في القاهرة.",
        "اعتقلت قوات الأمن العراقية يوم الاثنين أكثر من 20 محتجا في الناصرية.",
        "وأوقفت الشرطة الجزائرية يوم الاثنين 15 طالبا في العاصمة الجزائرية.",
        "اعتقلت الشرطة السورية خمسة مواطنين في حمص يوم الاثنين.",
        "أوقفت السلطات الجزائرية تسعة مهربين قرب الحدود الليبية يوم الاثنين.",
        "اعتقلت القوات الإسرائيلية عشرة فلسطينيين في الخليل يوم الاثنين.",
        "أعلنت السلطات البحرينية اعتقال 14 إيرانيا يشتبه في انتمائهم إلى خلية يوم الاثنين.",
        "اعتقلت الشرطة التركية 35 مهاجرا في إزمير يوم الاثنين.",
        # men wanted by the police are no persons of public life either
        "ألقت القوات العراقية القبض على خمسة مطلوبين في الموصل يوم الاثنين.",
        # a threat or a denial of an arrest is no deed
        "هددت الشرطة التونسية باعتقال ثلاثة ناشطين إذا تظاهروا في العاصمة.",
        "نفت وزارة الداخلية التونسية اعتقال ثلاثة ناشطين في العاصمة يوم الاثنين.",
    ],
)
def test_no_arabic_arrest_of_a_count_without_a_patient_or_without_a_deed(text):
    assert of_type(extract(text, PUB), "arrest") == []


@pytest.mark.parametrize(
    "text",
    [
        "واعتقلت السلطات التركية حوالي 160 ألف شخص منذ محاولة الانقلاب.",
        "واعتقلت الشرطة المصرية يوم الاثنين آلاف المتظاهرين في القاهرة.",
    ],
)
def test_an_arabic_count_in_thousands_is_a_wave_no_arrest_event(text):
    assert of_type(extract(text, PUB), "arrest") == []


def _actors(text: str) -> list[tuple[str, str | None]]:
    dictionary = load_actors()
    return [(m.actor_id, m.country) for m in find_actors(text, fold(text), dictionary)]


@pytest.mark.parametrize(
    ("text", "name", "actor"),
    [
        # one name, the body of the country the sentence names nearest it
        (
            "قال رئيس الوزراء الفلسطيني رامي الحمد الله إن حكومة الوفاق الوطني ستتسلم المعابر، فيما تتواصل المعارك في ليبيا.",
            "حكومة الوفاق الوطني",
            "palestinian_authority",
        ),
        ("أعلنت حكومة الوفاق الوطني سيطرتها على ترهونة الليبية بعد معارك مع قوات حفتر.", "حكومة الوفاق الوطني", "libya_gna"),
        ("اشتبك الجيش الوطني مع قوات الوفاق قرب سرت الليبية.", "الجيش الوطني", "libyan_national_army"),
        ("قصف الجيش الوطني مواقع قسد في ريف حلب شمال سوريا.", "الجيش الوطني", "syrian_national_army"),
        ("تظاهر المصريون في ميدان التحرير ضد المجلس العسكري في القاهرة.", "المجلس العسكري", "egypt_scaf"),
        ("رفض تجمع المهنيين السودانيين بيان المجلس العسكري في الخرطوم.", "المجلس العسكري", "sudan_transitional_military_council"),
        ("أدى أعضاء المجلس الرئاسي اليمين الدستورية في عدن اليمنية.", "المجلس الرئاسي", "yemen_presidential_council"),
        ("التقى فايز السراج أعضاء المجلس الرئاسي في طرابلس.", "المجلس الرئاسي", "libya_gna"),
        # a parliament or an interior ministry named bare, in a sentence naming two countries
        ("زار رئيس الوزراء الأردني بغداد حيث صوت البرلمان العراقي على الاتفاق، وقال البرلمان إن التصويت تم.", "البرلمان", "iraq_parliament"),
        ("وقالت وزارة الداخلية المصرية إن وزارة الداخلية اعتقلت متهمين قرب الحدود مع ليبيا.", "وزارة الداخلية", "egypt_interior_ministry"),
        ("Tunisia's president froze parliament on Sunday, days after clashes with Libyan smugglers.", "parliament", "tunisia_parliament"),
        ("Iraqi forces clashed with Syrian militants; the interior ministry in Baghdad said.", "interior ministry", "iraq_interior_ministry"),
    ],
)
def test_a_shared_name_is_the_body_of_the_country_its_sentence_names(text, name, actor):
    at = text.index(name)
    mentions = [m for m in find_actors(text, fold(text), load_actors()) if m.start == at]
    assert [m.actor_id for m in mentions] == [actor]


@pytest.mark.parametrize(
    "text",
    [
        # a shared name in an article naming no country of its bodies is no actor
        "قال الناطق إن حكومة الوفاق الوطني ستجتمع غدا.",
        "وقال البرلمان إن الجلسة ستعقد الأحد.",
        "The interior ministry said the road would reopen.",
        # two countries named as often, neither in its sentence: no choice
        "زار الملك الأردني بغداد. وقال البرلمان إن الجلسة ستعقد الأحد.",
    ],
)
def test_a_shared_name_without_a_country_to_follow_names_no_actor(text):
    assert all(e.kind == "country" for e in map(load_actors().get, (a for a, _ in _actors(text)))), _actors(text)


@pytest.mark.parametrize(
    "text",
    [
        # a shared name after a word of place is the body's building
        "Demonstrators gathered again near parliament in Beirut on Monday as Lebanese police watched.",
        "وتجمع المحتجون أمام البرلمان في بغداد العراقية مجددا.",
        "واعتصم العشرات قرب وزارة الداخلية في القاهرة المصرية.",
    ],
)
def test_a_shared_name_after_a_word_of_place_names_no_body(text):
    assert all(load_actors().get(a).kind == "country" for a, _ in _actors(text)), _actors(text)


def test_a_named_body_after_a_word_of_place_stays():
    text = "تظاهر المئات أمام البرلمان العراقي في بغداد."
    assert "iraq_parliament" in [a for a, _ in _actors(text)]


def test_two_oaths_into_one_council_are_two_appointments():
    text = (
        "وأدى الفريق أحمد الجاسر مساء الخميس اليمين رئيسا للمجلس العسكري الانتقالي في السودان، "
        "فيما أدى الفريق كامل الدوري اليمين نائبا له."
    )
    assert len(of_type(extract(text, "2019-04-12"), "appointment")) == 2


def test_one_person_sworn_in_twice_is_one_appointment():
    text = (
        "أدى الرئيس عبد الفتاح السيسي السبت اليمين الدستورية لولاية ثانية. "
        "وأدى الرئيس عبد الفتاح السيسي السبت اليمين الدستورية أمام مجلس النواب المصري."
    )
    assert len(of_type(extract(text, "2018-06-03"), "appointment")) == 1


@pytest.mark.parametrize(
    ("text", "actor", "country"),
    [
        ("قال حزب المؤتمر الوطني إن البشير سيترشح.", "sudan_national_congress_party", "SDN"),
        ("أعلنت قوى الحرية والتغيير رفضها للبيان.", "sudan_ffc", "SDN"),
        ("دعا تجمع المهنيين السودانيين إلى الإضراب.", "sudan_professionals_association", "SDN"),
        ("هاجمت حركة العدل والمساواة مواقع للجيش.", "sudan_jem", "SDN"),
        ("وقعت الحركة الشعبية لتحرير السودان - شمال اتفاقا مع الحكومة.", "splm_north", "SDN"),
        ("اعتقل جهاز الأمن والمخابرات الوطني عددا من القادة.", "sudan_niss", "SDN"),
        ("فاز حزب الوفد بمقعدين.", "egypt_wafd_party", "EGY"),
        ("رفض حزب النور التعديلات.", "egypt_nour_party", "EGY"),
        ("تصدر التجمع الوطني للأحرار الانتخابات.", "morocco_rni", "MAR"),
        ("حل حزب الأصالة والمعاصرة ثانيا.", "morocco_pam", "MAR"),
        ("انتقد حزب الاستقلال الحكومة.", "morocco_istiqlal", "MAR"),
        ("قال عبد الإله بن كيران إن الحكومة ستستمر.", "abdelilah_benkirane", "MAR"),
        ("كلف الرئيس هشام المشيشي بتشكيل الحكومة.", "hichem_mechichi", "TUN"),
        ("قال الحزب التقدمي الاشتراكي إنه سيقاطع الجلسة.", "lebanon_psp", "LBN"),
        ("رشحت جبهة التحرير الوطني الرئيس لولاية خامسة.", "algeria_fln", "DZA"),
        ("اجتمع المجلس الوطني السوري في إسطنبول.", "syrian_national_council", "SYR"),
        ("The Forces of Freedom and Change rejected the deal.", "sudan_ffc", "SDN"),
        ("The Justice and Equality Movement signed the accord.", "sudan_jem", "SDN"),
    ],
)
def test_parties_movements_and_office_holders_of_the_decade(text, actor, country):
    assert (actor, country) in _actors(text)


@pytest.mark.parametrize(
    "text",
    [
        # ordinary words of the new names name no actor
        "أكد المتحدث أن الاستقلال الاقتصادي هدف الحكومة وأن الأصالة مهمة.",
        "دعا إلى العدل والمساواة بين المواطنين والحرية والتغيير في البلاد.",
        "The movement called for justice and equality and for freedom and change.",
    ],
)
def test_ordinary_words_name_no_new_actor(text):
    assert _actors(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a shared name passed over leaves every later name its own reading
        "وتجمع المحتجون أمام البرلمان في رام الله. وقال الرئيس محمود عباس إن عباس لن يتنازل.",
        "Crowds gathered near parliament in Ramallah. Palestinian President Mahmoud Abbas said Abbas would not resign.",
    ],
)
def test_names_after_one_passed_over_keep_their_own_reading(text):
    assert [a for a, _ in _actors(text)][-2:] == ["mahmoud_abbas", "mahmoud_abbas"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a power or a right to do a deed is not the deed
        ("ويملك البرلمان التركي صلاحية تعيين الوزراء وعزلهم منذ الاثنين.", "appointment"),
        ("ويحق للبرلمان التركي عزل الرئيس بعد موافقة الأغلبية.", "appointment"),
        ("وفي وسعه أيضا عزل الرئيس التركي بعد موافقة الأغلبية.", "appointment"),
        ("The new constitution gives the Turkish president the power to appoint ministers.", "appointment"),
        # a priority or an aim to be pursued
        ("Mechichi told the Tunisian parliament his priority would be to start talks with lenders.", "meeting"),
        ("وقال المشيشي أمام البرلمان التونسي إن أولويته ستكون بدء محادثات مع المقرضين.", "meeting"),
        # a party that has not joined a deal
        ("فيما لم تنضم حركة عبد الواحد محمد نور وحركة عبد العزيز الحلو إلى الاتفاق مع الحكومة السودانية حتى الآن.", "agreement"),
        ("ولم توقع الحكومة السودانية والحركات المسلحة في جوبا على الاتفاق يوم الاثنين.", "agreement"),
    ],
)
def test_a_power_to_act_or_a_deal_not_joined_is_no_event(text, kind):
    assert of_type(extract(text, PUB), kind) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وعزل البرلمان التركي الرئيس يوم الاثنين بعد موافقة الأغلبية.", "appointment"),
        ("Tunisian Prime Minister Hichem Mechichi started talks with the IMF in Tunis on Monday.", "meeting"),
        ("وانضمت حركة العدل والمساواة السودانية يوم الاثنين إلى الاتفاق مع الحكومة السودانية.", "agreement"),
    ],
)
def test_the_deed_itself_stays_an_event(text, kind):
    assert len(of_type(extract(text, PUB), kind)) == 1


@pytest.mark.parametrize(
    ("sentence", "kind", "country"),
    [
        # a city travelled to, in the sentence of a catalogued deal told in passing, is no place of the deal
        ("وصل الوفد إلى الخرطوم منذ توقيع الاتفاق.", "agreement", "SSD"),
        # a city that is no destination stays the deal's place
        ("احتفل الوفد في الخرطوم بتوقيع الاتفاق.", "agreement", "SDN"),
        # a visit is where its traveller goes
        ("وصل الوفد إلى الخرطوم منذ توقيع الاتفاق.", "visit", "SDN"),
    ],
)
def test_a_catalogued_deed_is_not_placed_where_someone_travels(sentence, kind, country):
    at = sentence.index("الخرطوم")
    khartoum = PlaceMention(at, at + 7, "الخرطوم", "Khartoum", "SDN", 15.55, 32.53, "city")
    event = Event("e", "a", kind, None, "2020-10-03", "day", "reference", "", sentence, "توقيع")
    event.location = {"name": "Khartoum", "country": "SDN", "lat": 15.55, "lon": 32.53, "precision": "city"}
    entry = load_catalog().get("juba_peace_agreement_2020")
    assert entry is not None and entry.location_country == "SSD"
    found = _catalogued_location(event, khartoum, entry, load_gazetteer(), sentence)
    assert found["country"] == country


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # filed from a country its body names too: that country's body, though another comes up more
        (
            "AMMAN, Feb 26 (Reuters) - Jordan's parliament backed the deal with Iraq on Monday. Iraq welcomed it, and "
            "Iraq's foreign minister and Iraq's premier praised Iraq's ties. Parliament also elected a new speaker on Monday.",
            "jordan_parliament",
        ),
        (
            "بغداد - صادق البرلمان العراقي، الاثنين، على الاتفاق مع الأردن. ورحب الأردن بالقرار، وقال الأردن إن الأردن "
            "يثمن ذلك، وأشاد رئيس وزراء الأردن به. وانتخب البرلمان الاثنين رئيسا جديدا له.",
            "iraq_parliament",
        ),
        # no dateline: the country named most, as before
        (
            "Jordan's parliament backed the deal with Iraq on Monday. Iraq welcomed it, and Iraq's foreign minister and "
            "Iraq's premier praised Iraq's ties. Parliament also elected a new speaker on Monday.",
            "iraq_parliament",
        ),
        # filed from a country the story does not name past its dateline: the country named most
        (
            "BAGHDAD, Feb 26 (Reuters) - Jordan's parliament backed the deal on Monday. Jordan welcomed it, and Jordan's "
            "foreign minister praised Jordan's ties. Parliament also elected a new speaker on Monday.",
            "jordan_parliament",
        ),
    ],
)
def test_a_shared_name_is_the_body_of_the_country_the_story_is_filed_from(text, actor):
    last = max(text.rfind("Parliament"), text.rfind("البرلمان"))
    filed = _filed_from(text, load_gazetteer())
    mentions = [m.actor_id for m in find_actors(text, fold(text), load_actors(), filed) if m.start == last]
    assert mentions == [actor]


@pytest.mark.parametrize(
    ("text", "name", "actors"),
    [
        # filed from and about a country whose body the dictionary does not know: not the one
        # legislature of another country named in passing
        (
            "HARARE, Nov 24 (Reuters) - Zimbabwe's new president was sworn in on Friday. Zimbabwe won independence "
            "from Britain in 1980. Mugabe's resignation was read out to parliament on Tuesday.",
            "parliament",
            [],
        ),
        (
            "BOGOTA, Dec 1 (Reuters) - Colombia's Congress approved the deal on Thursday. The United States welcomed "
            "it. The Senate had backed the accord on Tuesday.",
            "Senate",
            [],
        ),
        (
            "نيروبي - أدى رئيس كينيا الجديد اليمين يوم الجمعة. ونالت كينيا استقلالها عن بريطانيا عام 1963. "
            "وأقر البرلمان استقالة الحكومة يوم الثلاثاء.",
            "البرلمان",
            [],
        ),
        # the body of the country the story is filed from, or of the one its sentence names
        (
            "WASHINGTON, Dec 1 (Reuters) - The United States welcomed the deal with Colombia on Thursday. Colombia "
            "thanked it. The Senate backed the bill on Tuesday.",
            "Senate",
            ["us_parliament"],
        ),
        (
            "HARARE, Nov 24 (Reuters) - Zimbabwe's new president was sworn in on Friday. Zimbabwe won independence "
            "from Britain in 1980. In Britain, parliament debated the crisis on Tuesday.",
            "parliament",
            ["uk_parliament"],
        ),
        (
            "نيروبي - أدى رئيس كينيا الجديد اليمين يوم الجمعة. ونالت كينيا استقلالها عن بريطانيا عام 1963. "
            "وناقش البرلمان في بريطانيا الأزمة يوم الثلاثاء.",
            "البرلمان",
            ["uk_parliament"],
        ),
        # the building of a body, named with its word of a building after it or before it, is no actor
        (
            "Armenia and Azerbaijan signed a deal with Russia. Azerbaijan celebrated. Thousands of angry protesters "
            "stormed government headquarters and the parliament building in Yerevan.",
            "parliament",
            [],
        ),
        (
            "وقعت أرمينيا وأذربيجان اتفاقا مع روسيا. واحتفلت أذربيجان. واقتحم آلاف المحتجين الغاضبين مقر الحكومة "
            "ومبنى البرلمان في يريفان.",
            "البرلمان",
            [],
        ),
        # no dateline: a story about a country whose body the dictionary does not know, which
        # names another country's one legislature in passing, far less often
        (
            "انتخب البرلمان الأرميني أمس باشينيان رئيسا للوزراء. وتدخل أرمينيا عهدا جديدا بعد احتجاجات في أرمينيا. "
            "وطمأن باشينيان موسكو. وقد انتخبه البرلمان في 17 أبريل.",
            "البرلمان",
            [],
        ),
        (
            "Armenia's parliament elected Pashinyan prime minister. Armenia entered a new era after protests in "
            "Armenia. Pashinyan reassured Moscow. The parliament had elected Sargsyan on April 17.",
            "parliament",
            [],
        ),
        # named as often as the country the story is about, or named in its own sentence: that body
        (
            "انتخب البرلمان الأرميني أمس باشينيان رئيسا للوزراء. وطمأن باشينيان روسيا. وقد صادق البرلمان في روسيا على الاتفاق.",
            "البرلمان",
            ["russia_parliament"],
        ),
        (
            "Armenia's parliament elected Pashinyan prime minister. Pashinyan reassured Russia and Moscow. "
            "The parliament had approved the deal.",
            "parliament",
            ["russia_parliament"],
        ),
        # the body itself stays
        (
            "BAKU, Nov 10 (Reuters) - Azerbaijan signed a deal with Armenia on Tuesday. Azerbaijan celebrated. "
            "The parliament approved the deal on Wednesday.",
            "parliament",
            ["azerbaijan_parliament"],
        ),
    ],
)
def test_a_bare_legislature_foreign_to_the_story_or_a_building_is_no_actor(text, name, actors):
    last = text.rfind(name)
    filed = _filed_from(text, load_gazetteer())
    assert [m.actor_id for m in find_actors(text, fold(text), load_actors(), filed) if m.start == last] == actors

