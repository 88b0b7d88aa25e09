"""Cues that stand beside deeds that happened do not make them plans, denials or wishes
(real resources).

- A noun that presupposes the deed after it: the details of a killing («لم تذكر تفاصيل
  مقتلهم»), responsibility for it («نفت مسؤوليتها عن الهجوم», "denied responsibility for the
  attack"), acknowledging a strike («عدم الاعتراف بالغارة»), discussing an attack («لمناقشة
  الهجوم»), an inquiry with its adjectives («تحقيق مستقل في الغارة», "an independent
  investigation into the bombing"). For deals, meetings and visits the same words keep
  telling what is still to come.
- "forced his predecessor Abdelaziz Bouteflika to resign": a causative whose object has
  several words; "were among the first countries to send aid": a doer ranked among others
  did the deed.
- «تسعة» (nine) is no «تسعى», «كاملا» (whole) no «ك + أمل», «تنويه» (a notice) no «تنوي», «فنية» (technical)
  no «ف + نية»: no wish governs the deed after them.
- «طلب عدم نشر اسمه أن ...», «طلب عدم نشر هويته، أن ...», a source that asked not to be named: the deed it tells is
  no deed not done.
"""

from __future__ import annotations

import pytest

from events.text.normalize import fold
from events.triggers import ASSERTED, find_triggers, load_triggers


def _modality(text: str, word: str) -> str:
    found = [t for t in find_triggers(text, fold(text), load_triggers()) if t.text == word]
    assert found, [t.text for t in find_triggers(text, fold(text), load_triggers())]
    return found[0].modality


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # presupposing nouns: the deed after them happened
        ("وأكد الجيش مقتل ثلاثة جنود لكنه لم يكشف تفاصيل مقتلهم.", "مقتلهم"),
        ("ونفت الحركة مسؤوليتها عن الهجوم على المعسكر.", "الهجوم"),
        ("وتنفي الحكومة مسؤوليتها عن قصف المستشفى.", "قصف"),
        ("ونفت الحكومة أي مسؤولية عن الهجوم.", "الهجوم"),
        ("وقررت الحكومة عدم الاعتراف بالغارة على المصنع.", "بالغارة"),
        ("وطلبت فرنسا عقد جلسة طارئة لمناقشة الهجوم على القافلة.", "الهجوم"),
        ("ودعت المنظمة إلى فتح تحقيق مستقل في الغارة على السوق.", "الغارة"),
        ("ودعا المجلس إلى تحقيق نزيه وشفاف في القصف الذي طال المدرسة.", "القصف"),
        ("The militia denied responsibility for the attack on the convoy.", "attack"),
        ("Britain asked for a meeting of the council to discuss the attack on the embassy.", "attack"),
        # a causative with a long object, a doer ranked among others
        ("The protests forced his predecessor Abdelaziz Bouteflika to resign.", "resign"),
        ("Qatar and Turkey were among the first countries to send aid to Syria.", "send"),
        # a number or an adjective that reads as a verb of a wish
        ("وقتل تسعة أشخاص في هجوم على القرية.", "هجوم"),
        ("ودام الحصار شهرا كاملا قبل الهجوم على المدينة.", "الهجوم"),
        ("وأعلنت الوزارة أن تسعة جنود قتلوا في اشتباكات مع المسلحين.", "اشتباكات"),
        ("وجاء في تنويه نشرته الوزارة أن الشرطة اعتقلت المتهم.", "اعتقلت"),
        # «فنية» (technical) and «كنية» (a by-name) are no «ف/ك + نية» (an intention)
        ("وكانت لجنة فنية أردنية سورية قد عقدت اجتماعا في المعبر.", "عقدت"),
        ("وكان رجل كنيته أبو محمد قد اعتقل في بغداد.", "اعتقل"),
        # a source that asked not to be named
        ("وقال مسؤول طلب عدم نشر اسمه أن اشتباكات عنيفة اندلعت قرب المطار.", "اشتباكات"),
        ("وأضاف المصدر الذي طلب عدم نشر هويته، أن اشتباكات اندلعت في المدينة.", "اشتباكات"),
    ],
)
def test_the_deed_is_kept(text: str, word: str) -> None:
    assert _modality(text, word) == ASSERTED


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the same nouns before a deal, a meeting or a visit: still to come
        ("واجتمع الوزيران لمناقشة اتفاق التجارة.", "اتفاق"),
        ("ولم يكشف الطرفان تفاصيل الاتفاق المرتقب.", "الاتفاق"),
        # one of alternatives is no deed told as done
        ("ونفت الحكومة مسؤوليتها عن قتل أو اختفاء الصحفي.", "قتل"),
        # plain negation, denial and demand are still read
        ("ولم تشن القوات هجوما على المدينة.", "تشن"),
        ("ونفت الحكومة قصف المستشفى.", "قصف"),
        ("ودعت المنظمة إلى وقف الغارات على المدينة.", "الغارات"),
        ("وانسحبت القوات دون قتال من المدينة.", "قتال"),
        ("The militia denied the attack on the convoy.", "attack"),
        # plans stay plans
        ("The minister is due to travel to Doha on Wednesday to meet the emir.", "meet"),
        ("The president hopes to be the first leader to visit Damascus.", "visit"),
        ("وطلبت الحكومة عدم نشر قوات أجنبية في المدينة.", "نشر"),
        ("وتسعى الحكومة إلى عقد اجتماع مع المعارضة.", "اجتماع"),
        ("ويأمل الرئيس في زيارة القاهرة.", "زيارة"),
        ("وتنوي الحكومة عقد اجتماع مع المعارضة.", "اجتماع"),
    ],
)
def test_the_non_deed_is_still_blocked(text: str, word: str) -> None:
    assert _modality(text, word) != ASSERTED
