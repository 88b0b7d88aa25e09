"""A day set off by two commas between a cue and its event word ("فشل البرلمان، الأربعاء، في
انتخاب رئيس", "نفت الحركة، الخميس، تقارير عن انتخاب") is an aside, no clause of its own: the
cue still governs the event word after it. The noun of will (الإرادة الملكية, a royal decree)
is no cue of a plan."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2023-06-16"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("بيروت - فشل مجلس النواب اللبناني، الأربعاء، للمرة الثانية عشرة في انتخاب رئيس للجمهورية.", "election"),
        ("بيروت - أخفق البرلمان اللبناني، مساء الأربعاء، في انتخاب رئيس للجمهورية.", "election"),
        ("الدوحة - نفت حركة حماس، الخميس، تقارير عن انتخاب رئيس جديد لمكتبها السياسي.", "election"),
        ("عمان - نفت الحكومة الأردنية، اليوم الخميس، الأنباء التي تحدثت عن إقالة وزير الداخلية.", "appointment"),
        ("Lebanon's parliament, on Wednesday, failed to elect a president for the 12th time.", "election"),
        ("Hamas, on Thursday, denied reports that it had elected a new leader.", "election"),
    ],
)
def test_a_cue_reaches_past_the_day_set_aside(text: str, event_type: str) -> None:
    assert not of_type(extract(text, PUB), event_type), extract(text, PUB)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # no cue before the aside: the deed told after it stands
        ("بغداد - انتخب مجلس النواب العراقي، مساء الخميس، محمود المشهداني رئيسا له.", "election"),
        ("تونس - أعلن الرئيس التونسي قيس سعيد، مساء الأحد، إعفاء رئيس الحكومة من منصبه.", "appointment"),
        ("Iraq's parliament, on Thursday, elected Abdul Latif Rashid as president.", "election"),
        # the royal will is a decree, no wish
        ("عمان - صدرت الإرادة الملكية السامية، اليوم الخميس، باختيار الأمير الحسين بن عبدالله الثاني وليا للعهد.", "appointment"),
        ("عمّان - صدرت الإرادة الملكية السامية بتعيين سمير الرفاعي رئيسا للوزراء الأردني.", "appointment"),
    ],
)
def test_a_deed_past_a_day_set_aside_stands(text: str, event_type: str) -> None:
    assert of_type(extract(text, PUB), event_type), extract(text, PUB)


def test_a_wish_still_plans() -> None:
    text = "أرادت الحكومة الأردنية إرسال قوات إلى الحدود السورية."
    assert not of_type(extract(text, PUB), "deployment"), extract(text, PUB)
