"""An event word that is itself a verb in the simple present opening a relative clause
("Tehran, which backs the Houthis"; "القواعد التي تنتشر فيها قوات أمريكية") tells a standing
state of what the clause describes, no deed of a day; the same clause in the past, with a date
of its own, or an Arabic visit going on, stays."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2024-02-06"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The new warmth between Cairo and Tehran, which backs the Houthis, has raised hopes of calm in the Red Sea.", "aid"),
        ("Qatar's dialogue with Iran, which supports Houthi rebels, has worried Washington.", "aid"),
        ("Moscow, which arms the Houthi militias, has denied any role.", "aid"),
        ("وتستهدف الفصائل القواعد التي تنتشر فيها قوات أمريكية في العراق.", "deployment"),
        ("وقال مسؤولون إن إيران، التي تزود الحوثيين بالأسلحة، ستشارك في المحادثات.", "aid"),
        # a participle in -ing after a body of fighters is the same relative, with no pronoun
        ("Iraq and the United States on Friday announced that the mission of the U.S.-led coalition fighting Islamic State in Iraq would end by September 2025.", "attack"),
        ("Votel pointed to the Shi'ite militias fighting in both Iraq and Syria.", "attack"),
        ("وأعلن العراق والولايات المتحدة الجمعة أن مهمة التحالف الدولي الذي يقاتل تنظيم الدولة الإسلامية في العراق ستنتهي بحلول سبتمبر 2025.", "attack"),
        ("وأشار فوتيل إلى الميليشيات الشيعية التي تقاتل في العراق وسوريا.", "attack"),
    ],
)
def test_a_present_relative_is_no_event(text, event_type):
    found = of_type(extract(text, PUBLISHED), event_type)
    assert found == [], found


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Iran supplied the Houthi rebels with missiles on Monday, the coalition said.", "aid"),
        ("ونشرت الولايات المتحدة الاثنين ألف جندي إضافي في القواعد التي تستخدمها في العراق.", "deployment"),
        ("وقال الكرملين إن الرئيس التركي، الذي يزور موسكو اليوم الثلاثاء، سيلتقي بوتين.", "visit"),
        ("وطالبت واشنطن بالإفراج عن الصحفي الأمريكي جون سميث الذي يحاكم في طهران بتهم ينفيها.", "arrest"),
        # the subject of a deed, a participle dated right after it, or fighting as a noun, stays
        ("Israeli troops fighting Hamas in Gaza killed five people on Monday.", "attack"),
        ("It was a blow to the Saudi-led coalition fighting the Houthis since 2015.", "attack"),
        ("Heavy fighting between government forces and rebels broke out in Tripoli on Monday.", "attack"),
        # after "with", the forces and their participle tell the deed itself
        ("Dozens died on Tuesday, with Somali security forces shooting dead more than 30 protesters.", "attack"),
        ("وقاتلت القوات العراقية تنظيم الدولة الإسلامية في الموصل يوم الاثنين.", "attack"),
    ],
)
def test_a_deed_of_the_day_stays(text, event_type):
    found = of_type(extract(text, PUBLISHED), event_type)
    assert len(found) >= 1, found
