"""Event words that tell of no event: 'any' after them, a stopword under a pronoun
ending, a political clash, deaths in an earthquake (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract as extract_events

from events.text.normalize import fold
from events.triggers import ASSERTED, find_triggers, load_triggers


def extract(text: str, published: str = "2018-09-05") -> list[dict]:
    return extract_events(text, published)


def modalities(text: str) -> dict[str, str]:
    return {m.text: m.modality for m in find_triggers(text, fold(text), load_triggers())}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # 'any' right after the event word, past-looking verb or verbal noun: no event told
        ("وكان الرئيس الأمريكي قد حظر يوم الأثنين الرئيس السوري بشار الأسد من شن أي هجوم على إدلب.", "شن"),
        ("ويرى الوزير أن فرض أية قيود يضر بالتعاون.", "فرض"),
        ("The senator said Washington imposed any sanctions it could find.", "imposed"),
    ],
)
def test_any_after_the_event_word_is_not_an_event(text, trigger):
    assert modalities(text)[trigger] != ASSERTED


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("شنت الطائرات الحربية غارات على المدينة أمس.", "شنت"),
        ("وفرضت واشنطن عقوبات على طهران.", "وفرضت"),
        ("Washington imposed sanctions on Tehran.", "imposed"),
    ],
)
def test_without_any_the_event_stays_asserted(text, trigger):
    assert modalities(text)[trigger] == ASSERTED


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("سارعت السعودية لإرسال وفد للجزيرة لفض الاشتباك السياسي بين الحلفاء.", "attack"),
        (
            "وكانت إيران قد شهدت أعنف زلزال في نوفمبر الماضي بلغت قوته 7.3 درجة على مقياس ريختر "
            "وضرب نفس المنطقة الجبلية مما أدى إلى مقتل أكثر من 530 شخصا وإصابة الآلاف.",
            "attack",
        ),
    ],
)
def test_look_alike_words_are_not_events(text, absent):
    assert absent not in [e["event_type"] for e in extract(text)], extract(text)


def test_a_stopword_stays_one_under_a_pronoun_ending():
    # تقل (the jussive of أقال, dismissed) is listed as never a trigger: تقلهن (carried them) neither
    assert "تقلهن" not in modalities("لكن الطائرة التي كانت تقلهن تحطمت في جبال زاغروس.")
    assert "وأقاله" in modalities("وأقاله الرئيس من منصبه أمس.")


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("أقال الرئيس المصري وزير الداخلية أمس.", "appointment"),
        ("ودعا الوزير إلى المصالحة بين قطر وجيرانها، بعد المصالحة بين فتح وحماس في القاهرة.", None),
        ("اندلعت اشتباكات بين الجيش ومسلحين في سيناء أمس.", "attack"),
        ("قتل 5 جنود وأصيب آخرون في هجوم على حاجز في سيناء أمس.", "attack"),
    ],
)
def test_the_guards_keep_the_real_events(text, present):
    if present is None:  # المصالحة stays a trigger: the listed stopword مصالحه (his interests) has no ending here
        assert any(m for m in modalities(text) if "المصالحة" in m)
    else:
        assert present in [e["event_type"] for e in extract(text)], extract(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # targeting a state's sovereignty, or a state over its criticism: no strike
        ("إجراء عدته الحكومة اليمنية عملا عدائيا يستهدف سيادتها على ترابها الوطني.", False),
        ("وكانت السعودية استهدفت ألمانيا والسويد في السابق بسبب انتقادهما لانتهاكات حقوق الإنسان.", False),
        ("Saudi Arabia has targeted Germany and Sweden before over their criticism of its human rights record.", False),
        ("استهدفت المقاتلات التركية موكبا في قضاء سنجار أمس.", True),
    ],
)
def test_targeting_without_arms(text, kept):
    assert any(m.startswith(("يستهدف", "استهدف", "targeted")) for m in modalities(text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a charter named as the law one invokes is a document, not an agreement reached
        ("توعدت سوريا الجمعة الدول الغربية بالرد، وأنها ستطبق المادة 51 من ميثاق الأمم المتحدة الذي يمنحها الحق في ذلك.", False),
        ("وقال الوزير إن مصر تتصرف بموجب ميثاق جامعة الدول العربية.", False),
        # a charter agreed or signed stays one
        ("ووقعت الفصائل الليبية ميثاق شرف في القاهرة الأحد.", True),
        ("وأعلنت الأحزاب التونسية الخميس ميثاقا وطنيا جديدا.", True),
    ],
)
def test_a_charter_invoked_is_no_agreement(text, kept):
    found = [e for e in extract(text, "2018-04-13") if e["event_type"] == "agreement"]
    assert bool(found) == kept, found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a state closing its own airport, borders or roads targets no party: no sanction
        ("وكانت الهيئة العامة للطيران المدني العماني قررت الخميس إغلاق مطار صلالة أمام حركة الطيران في سلطنة عمان.", False),
        ("وأعلنت هيئة المنافذ الحدودية العراقية، الأربعاء، إغلاق الحدود البرية والمجال الجوي للبلاد لـ24 ساعة بمناسبة الانتخابات.", False),
        ("وأكد مصدر أمني مصري أنه تم اغلاق جميع المنافذ المؤدية الى المنيا.", False),
        ("Iraq closed its land borders and airspace for 24 hours on Wednesday for the election.", False),
        # one closing its borders with another, or the other's flights, does
        ("وقررت السعودية إغلاق كافة المنافذ البرية والبحرية والجوية مع قطر.", True),
        ("Saudi Arabia closed its airspace to Qatari flights on Monday.", True),
        # a body of no one country suspending a member acts against that member
        ("وعلقت جامعة الدول العربية عضوية سوريا الأربعاء.", True),
        ("The African Union suspended Sudan's membership on Wednesday.", True),
    ],
)
def test_a_closure_at_home_is_no_sanction(text, kept):
    found = [e for e in extract(text, "2018-05-10") if e["event_type"] == "sanctions"]
    assert bool(found) == kept, found


def test_a_closure_against_the_one_country_named_stays_a_sanction():
    text = "وأدت الأزمة إلى إغلاق الحدود البرية الوحيدة لقطر، وأغلقت الكثير من دول المنطقة مجالها الجوي أمام قطر."
    assert [e for e in extract(text, "2018-04-11") if e["event_type"] == "sanctions"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # 'is consistent with' (يتفق مع, agrees with): an opinion or a likeness, no agreement reached
        ("رد الفعل الشعبي هذا يتفق أيضا مع رد فعل جماعة أنصار الله الحوثية في اليمن.", False),
        ("Analysts say the Turkish position agrees with that of Russia on Syria.", False),
        # parties that agree on something did reach one
        ("واتفقت مصر مع السعودية على تشكيل لجنة مشتركة الأحد.", True),
        ("Egypt agreed with Saudi Arabia on Sunday to form a joint committee.", True),
    ],
)
def test_being_consistent_with_is_no_agreement(text, kept):
    found = [e for e in extract(text, "2018-05-08") if e["event_type"] == "agreement"]
    assert bool(found) == kept, found
