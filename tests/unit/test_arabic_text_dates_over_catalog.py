"""Dates the text gives against the catalog's, and dates of the sentence an event takes.

- An event word written with its year (انتخابات 2018) is that year's event, dated by the
  year, never a catalogued one of another year the other words name.
- A date right after the event word (استقالة الحكومة في كانون الأول/ديسمبر، the resignation
  of the government in December) is that event's own, over a catalogued day that disagrees.
- An office left (استقال، استقالة، resigned) is never a catalogued taking of office.
- A day counted from the publication (أمس، الثلاثاء) in the event's sentence, in no clause of
  another event, dates it rather than a catalogued event of long before; told right after the
  event's own verb and its subject, rather than one of any other day.
- An event between two countries is not a catalogued one between one of them and a third.
- A clause of explanation after a comma (، إذ التقى ...) telling the same deed dates it.
- A person's citizenship (الجنسية البريطانية) is no side of what the sentence tells.
- A pair as the subject of a meeting (الرئيسان ... التقيا) is the pair told before.
- A party's primary (انتخابات تمهيدية) is no election of the state.
- A sentence opened by right after an event told before (وعقب المظاهرة، ...) is of its day.
- An event after غداة, following a day of its sentence, is of the day before it.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "year"),
    [
        # the other words name a catalogued election of another year
        ("وخسر ائتلاف دولة القانون بزعامة نوري المالكي عددا من مقاعده مقارنة بانتخابات 2018.", "2021-10-12", "2018"),
        ("وحصل ائتلاف دولة القانون بزعامة المالكي على 25 مقعدا في انتخابات 2010.", "2021-10-12", "2010"),
        # a definite adjective may follow the year
        ("وتراجع ائتلاف دولة القانون بزعامة المالكي مقارنة بانتخابات 2018 البرلمانية.", "2021-10-12", "2018"),
        ("The State of Law coalition of Nouri al-Maliki lost seats compared with the 2018 election.", "2021-10-12", "2018"),
    ],
)
def test_an_event_word_with_its_year_is_that_years_event(text, published, year):
    (election,) = of_type(extract(text, published), "election")
    assert election["date"] == year


@pytest.mark.parametrize(
    ("text", "published", "month"),
    [
        ("وأجبرت الاحتجاجات العراقية على استقالة حكومة عادل عبد المهدي في كانون الأول/ديسمبر 2019.", "2021-10-12", "2019-12"),
        ("The Iraqi protests forced the resignation of Adil Abdul-Mahdi's government in December 2019.", "2021-10-12", "2019-12"),
    ],
)
def test_a_date_right_after_the_event_word_beats_the_catalog(text, published, month):
    (resignation,) = of_type(extract(text, published), "appointment")
    assert resignation["date"] == month


@pytest.mark.parametrize(
    "text",
    [
        "واستقال وزيران من حكومة الوحدة الوطنية بعد قمع المتظاهرين في طرابلس.",
        "Two ministers of Libya's Government of National Unity resigned in protest at the crackdown in Tripoli.",
    ],
)
def test_an_office_left_is_not_a_catalogued_taking_of_office(text):
    (resignation,) = of_type(extract(text, "2025-05-17"), "appointment")
    assert resignation["date"] == "2025-05-17"


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # the day in an aside between the verb of decision and the measure decided
        ("قررت المملكة المغربية، في اجتماع عقدته الحكومة أمس، إغلاق السفارة الإيرانية في الرباط.", "2021-09-23", "2021-09-22"),
        ("قرر مجلس الأمن القومي المغربي، في اجتماع ترأسه الملك أمس الأربعاء، الإغلاق الفوري للمجال الجوي أمام الطائرات الإيرانية.", "2021-09-23", "2021-09-22"),
    ],
)
def test_a_day_of_the_sentence_beats_an_old_catalogued_event(text, published, day):
    (measure,) = of_type(extract(text, published), "sanctions")
    assert measure["date"] == day


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a catalogued day close to the text's is the same event, told a day off
        ("وقررت الحكومة الجزائرية، في جلسة استثنائية عقدتها الثلاثاء، غلق المجال الجوي أمام الطيران المغربي.", "2021-09-23", "2021-09-22"),
    ],
)
def test_a_catalogued_day_close_to_the_texts_stays(text, published, day):
    (measure,) = of_type(extract(text, published), "sanctions")
    assert measure["date"] == day


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a day told right after the event's own verb and its subject: a catalogued deed of the
        # same kind on another day (the selection of the government in Geneva) is another event
        ("منح مجلس النواب الليبي، أمس الأربعاء، الثقة لحكومة الوحدة الوطنية برئاسة عبد الحميد الدبيبة.", "2021-03-11", "2021-03-10"),
        # a day off by one: the ouster the catalog knows was the day before the oath
        ("أدى الفريق أول ركن عبد الفتاح البرهان، مساء أمس الجمعة، اليمين رئيسا للمجلس العسكري الانتقالي في السودان.", "2019-04-13", "2019-04-12"),
        (
            "Libya's House of Representatives approved on Wednesday the unity government of Abdul Hamid Dbeibah in a vote of confidence.",
            "2021-03-11",
            "2021-03-10",
        ),
    ],
)
def test_a_day_after_the_event_s_own_verb_beats_a_catalogued_day(text, published, day):
    verb = text.split()[0] if not text.isascii() else "approved"
    assert [e["date"] for e in of_type(extract(text, published), "appointment") if e["trigger"] == verb] == [day]


def test_a_day_of_another_clause_s_verb_is_not_the_deed_s():
    text = "منح مجلس النواب الليبي الثقة لحكومة الدبيبة، وأدت الحكومة أمس الاثنين اليمين الدستورية."
    found = of_type(extract(text, "2021-03-16"), "appointment")
    assert "2021-03-15" not in [e["date"] for e in found if e["trigger"] == "منح"]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # the day of a reaction to the deed is not the deed's
        ("ووصف وزير الخارجية المغربي، أمس، قطع العلاقات مع إيران بأنه قرار سيادي.", "2019-06-06", "2018-05-01"),
    ],
)
def test_the_day_of_a_reaction_does_not_beat_the_catalog(text, published, day):
    (measure,) = of_type(extract(text, published), "sanctions")
    assert measure["date"] == day


@pytest.mark.parametrize(
    "text",
    [
        # the words name a catalogued event of Morocco and a third country; the sentence's
        # date, in the aside between the verb of decision and the measure, dates it
        "وقررت الجزائر، في اجتماع للمجلس الأعلى للأمن في 22 أيلول/سبتمبر 2021، إغلاق حدودها أمام الشاحنات المغربية.",
        "وقررت الجزائر، خلال اجتماع أمني عقد في 22 أيلول/سبتمبر 2021، إغلاق موانئها أمام السفن المغربية.",
    ],
)
def test_a_catalogued_event_of_other_sides_does_not_date_the_event(text):
    (measure,) = of_type(extract(text, "2021-09-25"), "sanctions")
    assert (measure["date"], sorted(measure["countries"])) == ("2021-09-22", ["DZA", "MAR"])


@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        # the citizenship a person holds is no side of the revolution told beside it
        ("وكان عبد الله، أحد وجوه ثورة 25 يناير 2011، قد حصل على الجنسية البريطانية قبل سنوات.", "protest", ["EGY"]),
        ("والتحق الطبيب، الذي يحمل الجنسية الألمانية، بالمحتجين في ساحة التحرير ببغداد أمس.", "protest", ["IRQ"]),
        # an arrest is done to the person: the citizenship names a side
        ("واعتقلت السلطات المصرية أمس الناشط علاء عبد الفتاح، حامل الجنسية البريطانية، في القاهرة.", "arrest", ["EGY", "GBR"]),
    ],
)
def test_a_persons_citizenship_is_no_side_of_what_the_sentence_tells(text, event_type, countries):
    (event,) = of_type(extract(text, "2021-12-21"), event_type)
    assert sorted(event["countries"]) == countries


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a clause of explanation after a comma tells the visit's meeting, with its day
        ("وكان الوزير أول مسؤول غربي يزور دمشق بعد انهيار النظام، إذ التقى الرئيس السوري في العاصمة في 20 كانون الأول/ديسمبر الماضي.", "2024-12-20"),
        ("وكانت الوزيرة أول مسؤولة أوروبية تزور كييف بعد الحرب، حيث اجتمعت بالرئيس الأوكراني في 3 كانون الثاني/يناير الماضي.", "2025-01-03"),
    ],
)
def test_a_clause_of_explanation_telling_the_same_deed_dates_it(text, day):
    (visit,) = of_type(extract(text, "2025-02-04"), "visit")
    assert visit["date"] == day


@pytest.mark.parametrize(
    "text",
    [
        # the pair told before is who met; the mediator and the places do not make the pair
        "استقبل الرئيس المصري أمس نظيره التركي في القاهرة. وكان الرئيسان قد تصافحا في الدوحة بوساطة من أمير قطر في تشرين الثاني/نوفمبر 2022، ثم التقيا في نيودلهي في أيلول/سبتمبر الماضي.",
    ],
)
def test_a_pair_as_the_subject_of_a_meeting_is_the_pair_told_before(text):
    meetings = [e for e in of_type(extract(text, "2024-02-15"), "meeting") if e["date"] == "2023-09"]
    assert len(meetings) == 1 and {"EGY", "TUR", "IND"} <= set(meetings[0]["countries"])


@pytest.mark.parametrize(
    "text",
    [
        # a party's primary picks its candidate: no election of the state
        "وأجرى حزب المعارضة التركي أمس انتخابات تمهيدية شارك فيها نحو مليون عضو.",
        "واختارت المعارضة التركية أمس رئيس بلدية إسطنبول مرشحا للرئاسة في انتخابات تمهيدية.",
    ],
)
def test_a_partys_primary_is_no_election(text):
    assert of_type(extract(text, "2025-03-24"), "election") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # right after the event told before: its day
        ("تظاهر آلاف الليبيين أمس الجمعة في طرابلس للمطالبة برحيل الحكومة. وعقب المظاهرة، أعلن وزيران في الحكومة الليبية استقالتهما.", "2025-05-16"),
        ("Thousands of Libyans protested in Tripoli on Friday against the government. Following the protest, two Libyan ministers resigned.", "2025-05-16"),
        # weeks after it: no day of it
        ("تظاهر آلاف الليبيين أمس الجمعة في طرابلس للمطالبة برحيل الحكومة. وبعد أسابيع من المظاهرة، أعلن وزيران في الحكومة الليبية استقالتهما.", "2025-05-17"),
    ],
)
def test_a_deed_right_after_an_event_told_before_is_of_its_day(text, day):
    (resignation,) = of_type(extract(text, "2025-05-17"), "appointment")
    assert resignation["date"] == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # غداة: the event named after it came the day before the day told
        ("وكانت المواجهات على الحدود قد بدأت في العاشر من أيار/مايو 2023، غداة هجوم مسلحين على بلدة حدودية في جنوب لبنان.", "2023-05-09"),
    ],
)
def test_the_event_after_the_morrow_word_is_of_the_day_before(text, day):
    assert day in [e["date"] for e in of_type(extract(text, "2024-11-27"), "attack")]


@pytest.mark.parametrize(
    "text",
    [
        "أدى رئيس المحكمة الدستورية العليا المستشار عدلي منصور، صباح اليوم الخميس، اليمين رئيسا مؤقتا لمصر. "
        "وقال منصور، في كلمة عقب أداء اليمين أمام الجمعية العامة للمحكمة، إن الشعب المصري صحح مسار ثورته.",
        "Adly Mansour, head of the Supreme Constitutional Court, was sworn in as Egypt's interim president on Thursday. "
        "In a speech after the swearing-in, Mansour praised the protesters.",
    ],
)
def test_an_oath_named_after_a_word_of_time_is_the_oath_told(text):
    assert [e["date"] for e in of_type(extract(text, "2013-07-04"), "appointment")] == ["2013-07-04"]
