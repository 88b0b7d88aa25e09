"""Arabic: people told by a pronoun, and elections won. An arrest or an appointment
whose event word carries an object pronoun (وأحالته النيابة العسكرية للتحقيق، اعتقلته
السلطات، أقالها، police arrested him) is of the nearest person of the pronoun's gender named
before it, in its sentence across a clause break or in the sentence before; that person's name
brings the catalogued event it belongs to, and keeps it apart from another person's arrest of
the same day. A second term won (فاز بولاية ثانية، بفترة رئاسية ثانية، won a second term) is
an election, and a re-election (أعيد انتخابه، was re-elected) is dated by the later election of
its person the catalog knows, not the first."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

ANAN_DAYS = "2018-01-25"
ROUHANI_DAYS = "2017-06-20"


@pytest.mark.parametrize(
    ("text", "published", "event_type", "person", "date"),
    [
        # the person named in the sentence before, dated by the catalog through the name
        (
            "أعلن الجيش المصري أن رئيس الأركان السابق سامي عنان خالف القانون بإعلان ترشحه. "
            "وأحالته النيابة العسكرية للتحقيق.",
            ANAN_DAYS,
            "arrest",
            "sami_anan",
            "2018-01-23",
        ),
        # a date of its own stays its date
        (
            "ظهر الزعيم الكردي صلاح الدين دميرطاش أمام المحكمة. واعتقلته السلطات التركية في نوفمبر 2016.",
            "2018-02-20",
            "arrest",
            "selahattin_demirtas",
            "2016-11",
        ),
        # a dismissal: the person dismissed is the one named before, the doer the one named after
        (
            "انتقد وزير الخارجية الأمريكي ريكس تيلرسون سياسة البيت الأبيض. وأقاله الرئيس دونالد ترامب الثلاثاء.",
            "2018-03-15",
            "appointment",
            "rex_tillerson",
            "2018-03-13",
        ),
        # in its own sentence, across a comma: the woman for a pronoun of a woman
        (
            "دعت المندوبة الأمريكية نيكي هيلي إلى اجتماع لمجلس الأمن، ثم أقالها الرئيس دونالد ترامب الثلاثاء.",
            "2018-03-15",
            "appointment",
            "nikki_haley",
            "2018-03-13",
        ),
        # the person named by the surname of a full name given earlier in the article
        (
            "أعلن رئيس الأركان السابق سامي عنان ترشحه للرئاسة. وانتقد الجيش المصري الإعلان. "
            "وكان أنصار عنان، الذي أوقفته السلطات الثلاثاء، قد احتجوا.",
            ANAN_DAYS,
            "arrest",
            "sami_anan",
            "2018-01-23",
        ),
        # English: the pronoun after the event word
        (
            "Egypt's army said former chief of staff Sami Anan had broken the law. Military prosecutors arrested him.",
            ANAN_DAYS,
            "arrest",
            "sami_anan",
            "2018-01-23",
        ),
    ],
)
def test_a_pronoun_takes_the_person_named_before(text, published, event_type, person, date):
    found = of_type(extract(text, published), event_type)
    assert [(person in e["actors"], e["date"]) for e in found] == [(True, date)], found


@pytest.mark.parametrize(
    "text",
    [
        "أعلن رئيس الأركان السابق سامي عنان ترشحه للرئاسة. وأحالته النيابة العسكرية للتحقيق.",
        "Former chief of staff Sami Anan announced his bid. Military prosecutors arrested him on Tuesday.",
    ],
)
def test_the_persons_country_is_the_events_when_no_other_is_named(text):
    found = of_type(extract(text, ANAN_DAYS), "arrest")
    assert [(e["actors"], e["countries"], e["date"]) for e in found] == [(["sami_anan"], ["EGY"], "2018-01-23")], found


@pytest.mark.parametrize(
    ("text", "person", "other"),
    [
        # a pronoun of a man passes over a woman named nearer
        (
            "انتقد وزير الخارجية الأمريكي ريكس تيلرسون المندوبة الأمريكية نيكي هيلي. وأقاله الرئيس دونالد ترامب.",
            "rex_tillerson",
            "nikki_haley",
        ),
        # a pronoun of a woman passes over a man named nearer
        (
            "انتقدت المندوبة الأمريكية نيكي هيلي وزير الخارجية ريكس تيلرسون. وأقالها الرئيس دونالد ترامب.",
            "nikki_haley",
            "rex_tillerson",
        ),
    ],
)
def test_the_pronoun_takes_a_person_of_its_gender(text, person, other):
    found = of_type(extract(text, "2018-03-15"), "appointment")
    assert [(person in e["actors"], other in e["actors"]) for e in found] == [(True, False)], found


def test_a_pronoun_arrest_is_not_merged_into_another_persons_arrest():
    text = (
        "أوقفت السلطات المصرية المرشح الرئاسي السابق أحمد شفيق الثلاثاء. "
        "وقال الجيش إن رئيس الأركان السابق سامي عنان خالف القانون. "
        "وأحالته النيابة العسكرية للتحقيق الثلاثاء."
    )
    found = of_type(extract(text, ANAN_DAYS), "arrest")
    people = sorted(p for e in found for p in e["actors"] if p in ("ahmed_shafik", "sami_anan"))
    assert people == ["ahmed_shafik", "sami_anan"], found


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # a second term won: an election; a catalogued one by the catalog
        ("وكان الرئيس الإيراني حسن روحاني قد فاز بولاية ثانية.", ROUHANI_DAYS, "2017-05-19"),
        ("فاز الرئيس الإيراني حسن روحاني بفترة رئاسية ثانية.", ROUHANI_DAYS, "2017-05-19"),
        ("Iranian President Hassan Rouhani won a second term.", ROUHANI_DAYS, "2017-05-19"),
        # a re-election is the later election of the person, not the first
        ("أعيد انتخاب الرئيس الإيراني حسن روحاني.", ROUHANI_DAYS, "2017-05-19"),
        ("وقال الرئيس الإيراني حسن روحاني، الذي أعيد انتخابه، إن بلاده مستعدة للحوار.", ROUHANI_DAYS, "2017-05-19"),
        # in a relative clause on the speaker, with a date of its own: the text's date
        (
            "وقال الرئيس الإيراني حسن روحاني، الذي أعيد انتخابه الشهر الماضي، إن بلاده مستعدة للحوار.",
            ROUHANI_DAYS,
            "2017-05",
        ),
        # no catalogued election: the text dates it
        ("وفاز الرئيس الكيني أوهورو كينياتا بولاية ثانية الأحد.", "2017-10-31", "2017-10-29"),
        ("Kenyan President Uhuru Kenyatta won a second term on Sunday.", "2017-10-31", "2017-10-29"),
    ],
)
def test_a_second_term_won_is_an_election(text, published, date):
    found = of_type(extract(text, published), "election")
    assert [e["date"] for e in found] == [date], found


@pytest.mark.parametrize(
    "text",
    [
        # hoped for: no election held
        "ويأمل الرئيس الإيراني حسن روحاني الفوز بولاية ثانية.",
        # a second term of a club's board is no state's election
        "وفاز النادي بولاية ثانية في الدوري.",
    ],
)
def test_a_second_term_hoped_for_is_no_election(text):
    assert of_type(extract(text, "2017-04-20"), "election") == []
