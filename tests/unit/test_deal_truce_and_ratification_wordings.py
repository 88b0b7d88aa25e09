"""The wider wordings of deals signed or reached, truces agreed and deals ratified, in Arabic and
English news of every region: a ceasefire with its adjectives joined before what it stops, the
Maghreb verb of signing, a deal agreed or initialled in the passive, consent or assent given, a
deal or a truce approved by a body told in the passive, a law of ratification passed. Words of
the same spelling in another sense, or the deed only sought, refused or still to come, tell none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2021-05-21"


def _types(text: str) -> set[str]:
    return {e["event_type"] for e in extract(text, PUB)}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a ceasefire with two or three adjectives joined before what it stops
        ("أعلنت مصر الجمعة نجاح وساطتها في التوصل إلى وقف متبادل ومتزامن لإطلاق النار بين إسرائيل والفصائل الفلسطينية.", "ceasefire"),
        ("اتفق الطرفان الجمعة على وقف فوري وشامل لإطلاق النار في ليبيا.", "ceasefire"),
        ("أعلنت الحكومة السودانية الجمعة وقفا شاملا ودائما لإطلاق النار في دارفور.", "ceasefire"),
        ("Israel and Hamas agreed on Friday to a mutual and simultaneous ceasefire in Gaza.", "ceasefire"),
        # the Maghreb verb of signing, with a document after it
        ("تم أمس الأحد بقصر قرطاج إمضاء مذكرة تفاهم بين تونس والجزائر حول الشراكة الطاقية.", "agreement"),
        ("أمضت الجزائر والنيجر الخميس اتفاقية لإنجاز أنبوب الغاز العابر للصحراء.", "agreement"),
        ("وأمضى الاتفاقية عن الجانب التونسي وزير الخارجية وعن الجانب الليبي نظيره الليبي.", "agreement"),
        ("Tunisia and Algeria signed a memorandum of understanding on energy on Sunday.", "agreement"),
        # a deal, its text or its terms agreed, clinched or initialled, told in the passive
        ("The text of the peace treaty between Armenia and Azerbaijan was agreed in March.", "agreement"),
        ("The deal between Iran and the world powers was clinched after 18 days of talks in Vienna.", "agreement"),
        ("The accord between Sudan and the rebels had been initialled in August in Juba.", "agreement"),
        # a deal initialled, in either spelling
        ("Serbia and Kosovo initialled the 15-point agreement on Friday.", "agreement"),
        ("Armenia and Azerbaijan initialed a peace agreement at the White House on Friday.", "agreement"),
        # Arabic: the passive of agreeing, a deal initialled
        ("تم الاتفاق على نص المعاهدة بين أرمينيا وأذربيجان في مارس.", "agreement"),
        ("وقع الطرفان السودانيان الجمعة بالأحرف الأولى على اتفاق السلام في جوبا.", "agreement"),
    ],
)
def test_the_wording_tells_its_deed(text: str, event_type: str) -> None:
    assert event_type in _types(text), text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the same ceasefire only sought or demanded
        ("تسعى مصر للتوصل إلى وقف شامل ودائم لإطلاق النار بين إسرائيل والفصائل الفلسطينية.", "ceasefire"),
        ("طالب مجلس الأمن الجمعة بوقف فوري وشامل لإطلاق النار في غزة.", "ceasefire"),
        ("The U.N. Security Council on Friday called for an immediate and lasting ceasefire in Gaza.", "ceasefire"),
        # still to be agreed, only expected
        ("The terms of the treaty between Armenia and Azerbaijan have yet to be agreed.", "agreement"),
        ("The text Serbia and Kosovo negotiated is expected to be initialled next week.", "agreement"),
        ("لم يتم الاتفاق بعد على نص بين أرمينيا وأذربيجان.", "agreement"),
    ],
)
def test_the_wording_tells_no_deed(text: str, event_type: str) -> None:
    assert event_type not in _types(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the verb of spending time, or of going ahead with a deal
        "أمضى الرئيس التونسي ثلاثة أيام في الجزائر لبحث الاتفاقيات الثنائية.",
        "تمضي الحكومة التونسية قدما في تنفيذ الاتفاق مع صندوق النقد الدولي.",
        "أمضى المعارض التونسي عقدا في السجن قبل توقيع اتفاق المصالحة.",
        "Tunisia's president spent three days in Algiers discussing the agreements.",
    ],
)
def test_time_spent_or_going_ahead_signs_nothing(text: str) -> None:
    found = of_type(extract(text, PUB), "agreement")
    assert not [e for e in found if e["trigger"] and e["trigger"][:1] in "أتيإ" and "مض" in e["trigger"]], found
    assert "spent" not in " ".join(e["trigger"] or "" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        # consent or assent given to a treaty, a deal or the bill that carries it
        "The U.S. Senate gave its consent to the arms control pact with Russia on Wednesday.",
        "The European Parliament gave its consent to the trade agreement with Japan on Wednesday, a step Tokyo welcomed.",
        "British lawmakers passed the withdrawal agreement bill, and Queen Elizabeth gave it royal assent on Jan. 23.",
        # Arabic: a green light, consent given
        "أعطى البرلمان الأردني الخميس الضوء الأخضر لاتفاقية المياه مع إسرائيل.",
        "منح مجلس الشيوخ الأمريكي الخميس موافقته على معاهدة ستارت الجديدة مع روسيا.",
        # a deal or a truce approved or ratified by a body, told in the passive
        "The truce, brokered by the United States and France, was approved by Israel's security cabinet late on Tuesday.",
        "The maritime accord with Libya was ratified by the Turkish parliament on Thursday.",
        # Arabic: a truce deal approved by a government or a cabinet
        "وافقت الحكومة الإسرائيلية الخميس على اتفاق وقف إطلاق النار في لبنان.",
        "صادق المجلس الوزاري الإسرائيلي المصغر فجر الجمعة على اتفاق الهدنة في غزة.",
        # a law of ratification voted or passed; the Maghreb formula of a bill approving a treaty
        "صوّت مجلس النواب العراقي، في جلسته المنعقدة اليوم الخميس، على قانون تصديق اتفاقية تنظيم الملاحة في خور عبد الله بين العراق والكويت.",
        "صوت مجلس النواب الأردني الخميس على قانون التصديق على اتفاقية التعاون مع مصر.",
        "صادق مجلس النواب المغربي بالإجماع، اليوم الخميس، على مشروع القانون رقم 01.17 الموافق بموجبه على القانون التأسيسي للاتحاد الإفريقي.",
        # English: a bill ratifying a treaty passed
        "Iraq's parliament on Thursday passed a law ratifying the navigation agreement with Kuwait.",
    ],
)
def test_a_deal_ratified(text: str) -> None:
    assert "ratification" in _types(text), text


@pytest.mark.parametrize(
    "text",
    [
        # consent to a search or a treatment, consent withheld, a green light for an operation
        "The Iraqi detainee gave his consent to the search on Wednesday, before the deal with Baghdad collapsed.",
        "Egypt's parliament refused to give its consent to the maritime agreement with Greece.",
        "أعطى الرئيس التركي الخميس الضوء الأخضر لعملية عسكرية في شمال سوريا بعد انهيار الاتفاق.",
        # a budget deal, a plan approved by a commander, a truce a government refused or a party accepted
        "The budget deal between Egypt and the IMF was approved by parliament on Monday.",
        "The offensive plan was approved by Israel's army chief on Tuesday before the truce collapsed.",
        "رفضت الحكومة الإسرائيلية الخميس الموافقة على اتفاق وقف إطلاق النار في غزة.",
        "وافقت حركة حماس الخميس على اتفاق وقف إطلاق النار في غزة.",
        # the same bill only referred or debated
        "أحالت الحكومة الأردنية الخميس مشروع قانون التصديق على اتفاقية الغاز مع إسرائيل إلى مجلس النواب.",
        "ناقشت لجنة الخارجية في البرلمان المغربي الخميس مشروع القانون الموافق بموجبه على اتفاقية التبادل الحر مع تونس.",
        "Jordan's government on Thursday sent parliament a bill ratifying the gas agreement with Israel.",
    ],
)
def test_no_deal_ratified(text: str) -> None:
    assert "ratification" not in _types(text), text


@pytest.mark.parametrize(
    ("text", "event_type", "present"),
    [
        # a road map signed is a document signed; one proposed is none
        ("وقعت الحكومة السودانية والحركة الشعبية الخميس خارطة طريق للسلام في أديس أبابا.", "agreement", True),
        ("Sudan's government and the SPLM-N signed a roadmap for peace in Addis Ababa on Thursday.", "agreement", True),
        ("اقترح الاتحاد الأفريقي الخميس خارطة طريق للسلام في السودان.", "agreement", False),
        ("The African Union on Thursday proposed a roadmap for peace in Sudan.", "agreement", False),
        # a deal whose working began entered into force, as one that came into effect did
        ("بدأ العمل بالاتفاقية التجارية بين المغرب والإمارات الخميس.", "ratification", True),
        ("The trade pact between Morocco and the UAE came into effect on Thursday.", "ratification", True),
        # work begun on a project the deal brings
        ("بدأ العمل الخميس في مشروع الطاقة الذي تنص عليه الاتفاقية بين المغرب والإمارات.", "ratification", False),
        ("Work began on Thursday on the power plant the Morocco-UAE agreement provides for.", "ratification", False),
        # a state acceding to, joining or rejoining a treaty is bound by it
        ("Palestine formally acceded to the Rome Statute of the International Criminal Court on Thursday.", "ratification", True),
        ("The United States formally rejoined the Paris climate agreement on Thursday.", "ratification", True),
        ("انضمت فلسطين رسميا الخميس إلى نظام روما الأساسي للمحكمة الجنائية الدولية.", "ratification", True),
        ("أعلن العراق الخميس انضمامه إلى اتفاقية حظر الأسلحة الكيميائية.", "ratification", True),
        # a bid to join, or talks joined
        ("Ukraine applied on Thursday to accede to the convention on cluster munitions.", "ratification", False),
        ("يسعى العراق إلى الانضمام إلى اتفاقية حظر الأسلحة الكيميائية.", "ratification", False),
        ("انضمت مصر رسميا الخميس إلى المفاوضات حول الاتفاق بين السودان وإثيوبيا.", "ratification", False),
    ],
)
def test_the_deed_told_or_none(text: str, event_type: str, present: bool) -> None:
    assert (event_type in _types(text)) is present, text


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # an aside opened by the participle of the noun's own deed, right after it, dates the deed
        ("The treaty, signed by Russia and the United States in Prague in April, cuts nuclear warheads.", "2010-04"),
        ("The treaty, signed by Presidents Dmitry Medvedev and Barack Obama in Prague in April, must still be "
         "approved by Russia's upper house.", "2010-04"),
        # Arabic: the relative clause of the noun's signing dates it
        ("المعاهدة، التي وقعها الرئيسان الروسي والأمريكي في براغ في أبريل، يجب أن يصادق عليها مجلس الاتحاد.", "2010-04"),
    ],
)
def test_a_deal_dated_by_the_aside_of_its_signing(text: str, date: str) -> None:
    found = of_type(extract(text, "2011-01-25"), "agreement")
    assert [e["date"] for e in found] == [date], found


def test_an_aside_of_another_deed_keeps_its_date() -> None:
    found = extract("The truce, announced after clashes in Gaza in April, collapsed on Tuesday.", "2011-01-25")
    assert [e["date"] for e in of_type(found, "ceasefire")] != ["2010-04"]
    assert [e["date"] for e in of_type(found, "attack")] == ["2010-04"]
