"""Word families of sanctions and of relations restored as the wires tell them, in English and
Arabic: an ambassador who is a woman recalled, expelled or returned (سفيرتها، السفيرة), beside
the man the lexicon held; a frontier closed or reopened, as a border is; a state put on the
list of state sponsors of terrorism; ties raised to the level of ambassadors; the work of an
embassy resumed; exports and imports halted; a state suspended from a regional
body's activities; all contact with a state suspended; the
ambassador of one's own country recalled (سفير بلاده); access by air, land or sea closed; the verbal nouns of
severing ties and withdrawing or reinstating envoys; and the everyday senses of the same words (an ambassador received,
a foreign ambassador summoned to hear a protest, a frontier of science, a state taken off the list, a return told
not done after بعدم) that name no such event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2021-05-11"  # a Tuesday: "on Monday", الاثنين, is 2021-05-10


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a woman ambassador recalled, expelled, withdrawn or returned to her post
        ("قرر المغرب الاثنين استدعاء سفيرته في برلين للتشاور.", "sanctions"),
        ("استدعت الحكومة السويدية الاثنين سفيرتها لدى بغداد.", "sanctions"),
        ("قررت الحكومة العراقية الاثنين طرد السفيرة السويدية من بغداد.", "sanctions"),
        ("سحبت هولندا الاثنين سفيرتها من أنقرة.", "sanctions"),
        ("أمهلت الخارجية الاثنين السفيرة الفرنسية 48 ساعة لمغادرة البلاد.", "sanctions"),
        ("عادت السفيرة المغربية الاثنين إلى مدريد بعد عشرة أشهر من الأزمة.", "relations"),
        ("Morocco recalled its ambassador to Berlin for consultations on Monday.", "sanctions"),
        ("Iraq expelled the Swedish ambassador on Monday.", "sanctions"),
        ("Morocco's ambassador returned to her post in Madrid on Monday.", "relations"),
        # a frontier closed or reopened, as a border is
        ("Rwanda closed its frontier with Uganda on Monday.", "sanctions"),
        ("Rwanda reopened its frontier with Uganda on Monday.", "relations"),
        ("أغلقت رواندا الاثنين حدودها مع أوغندا.", "sanctions"),
        # a state put on, or back on, the list of state sponsors of terrorism
        ('The administration put Cuba back on the list of state sponsors of terrorism on Monday.', 'sanctions'),
        ('Washington designated Cuba a state sponsor of terrorism on Monday.', 'sanctions'),
        ('أعادت الإدارة الأمريكية الاثنين كوبا إلى قائمة الدول الراعية للإرهاب.', 'sanctions'),
        ('أدرجت الولايات المتحدة الاثنين كوبا على قائمة الدول الراعية للإرهاب.', 'sanctions'),
        # ties raised or elevated to the level of ambassadors, as upgraded ties are
        ('Egypt and Turkey raised their diplomatic relations to ambassadorial level on Monday.', 'relations'),
        ('Egypt and Turkey elevated their ties to the level of ambassadors on Monday.', 'relations'),
        ('رفعت مصر وتركيا الاثنين علاقاتهما الدبلوماسية إلى مستوى السفراء.', 'relations'),
        # the work of an embassy or a diplomatic mission resumed, as an embassy reopened is
        ('أعلنت وزارة الخارجية السعودية الاثنين استئناف عمل البعثة الدبلوماسية للمملكة في سوريا.', 'relations'),
        ('استأنفت الإمارات الاثنين عمل سفارتها في دمشق.', 'relations'),
        ('Britain resumed operations at its embassy in Tehran on Monday.', 'relations'),
        # all exports and imports with a state halted, told by their operations or as a pair
        ('أعلنت وزارة التجارة التركية الاثنين وقف جميع عمليات التصدير والاستيراد المتعلقة بإسرائيل.', 'sanctions'),
        ('أوقفت تركيا الاثنين الصادرات والواردات مع إسرائيل.', 'sanctions'),
        ('Turkey halted all exports and imports to and from Israel on Monday.', 'sanctions'),
        # a state suspended by a regional body from its activities or decision-making bodies
        ("West Africa's regional bloc ECOWAS suspended Guinea from its decision-making bodies on Monday.", 'sanctions'),
        ('The African Union suspended Mali from all its activities on Monday.', 'sanctions'),
        ('علق الاتحاد الإفريقي الاثنين مشاركة السودان في جميع أنشطته.', 'sanctions'),
        # all contact with a state or its embassy suspended, told in the singular
        ('علّقت الرباط الاثنين كل اتصال مع السفارة الألمانية.', 'sanctions'),
        ('قطعت الحكومة المغربية الاثنين التواصل مع السفارة الألمانية.', 'sanctions'),
        ('Morocco suspended all contact with the German embassy on Monday.', 'sanctions'),
        # the ambassador of one's own country recalled, named as his country's (سفير بلاده)
        ('أعلن وزير الخارجية الأردني الاثنين استدعاء سفير بلاده لدى إسرائيل فورا.', 'sanctions'),
        ('قررت الحكومة الأردنية الاثنين استدعاء سفير بلادها في تل أبيب.', 'sanctions'),
        ("Jordan's foreign minister recalled the country's ambassador to Israel on Monday.", 'sanctions'),
        # a state's access by air, land or sea closed, as its ports and borders closed are
        ('The Saudi-led coalition closed all air, land and sea access to Yemen on Monday.', 'sanctions'),
        ('Israel shut off sea access to Gaza on Monday.', 'sanctions'),
        ('أغلق التحالف بقيادة السعودية الاثنين جميع المنافذ الجوية والبرية والبحرية لليمن.', 'sanctions'),
        # the verbal nouns of severing ties, of withdrawing envoys and of reinstating them
        ('Morocco announced on Monday the severance of ties with Iran.', 'sanctions'),
        ('Morocco announced on Monday the breaking off of relations with Iran.', 'sanctions'),
        ('Morocco announced on Monday the withdrawal of its diplomats from Tehran.', 'sanctions'),
        ('أعلن المغرب الاثنين سحب سفيره من برلين.', 'sanctions'),
        ('Morocco announced on Monday the reinstatement of its ambassador to Berlin.', 'relations'),
    ],
)
def test_a_word_of_the_family_names_its_event(text, kind):
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), kind)] == ["2021-05-10"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a woman ambassador received, or a foreign one summoned to hear a protest
        ("استقبل وزير الخارجية الاثنين السفيرة الأمريكية في الرباط.", "sanctions"),
        ("استدعت وزارة الخارجية الاثنين السفيرة السويدية وسلمتها مذكرة احتجاج.", "sanctions"),
        ("The foreign minister received the new U.S. ambassador in Rabat on Monday.", "sanctions"),
        ("The ministry summoned the Swedish ambassador on Monday to protest.", "sanctions"),
        # a frontier of knowledge or of science
        ("The new telescope opened a frontier in astronomy on Monday.", "relations"),
        ("Scientists said on Monday the frontier of research had closed in on the virus.", "sanctions"),
        # a state taken off the list, or one the list is only asked for
        ('The United States removed Cuba from the list of state sponsors of terrorism on Monday.', 'sanctions'),
        ('رفعت الولايات المتحدة الاثنين اسم السودان من قائمة الدول الراعية للإرهاب.', 'sanctions'),
        ('طالب نواب الاثنين بإعادة كوبا إلى قائمة الدول الراعية للإرهاب.', 'sanctions'),
        # rates raised to a level, or ties raised to a level of no ambassadors
        ('Egypt raised interest rates to the level of 2008 on Monday.', 'relations'),
        ('Egypt and Turkey raised their relations to a strategic level on Monday.', 'relations'),
        # an embassy back at work after a holiday or an epidemic
        ('استأنف موظفو السفارة الأمريكية الاثنين عمل السفارة في الرباط بعد عطلة العيد.', 'relations'),
        ('The U.S. embassy in Rabat resumed operations on Monday after the coronavirus lockdown.', 'relations'),
        # exports halted by a storm
        ('أوقفت مصر الاثنين عمليات التصدير عبر ميناء دمياط بسبب العاصفة.', 'sanctions'),
        ('Egypt halted exports through Damietta port on Monday because of the storm.', 'sanctions'),
        # a player suspended from a club's activities
        ('The Egyptian football union suspended the player from all activities on Monday.', 'sanctions'),
        ('علق الاتحاد المصري لكرة القدم الاثنين مشاركة اللاعب في أنشطة النادي.', 'sanctions'),
        # a deed told not done after عدم with its preposition (بعدم، لعدم), as after عدم or not
        ('أبلغ الأردن الخارجية الإسرائيلية الاثنين بعدم إعادة سفيرها إلى عمان.', 'relations'),
        ('طالب نواب أردنيون الاثنين الحكومة بعدم فرض عقوبات على سوريا.', 'sanctions'),
        ('Jordan told Israel on Monday not to return its ambassador to Amman.', 'relations'),
        # contact with kidnappers cut by a hostage's family
        ('قطعت عائلة الرهينة الاثنين كل اتصال مع الخاطفين في مالي.', 'sanctions'),
        ('The family cut all contact with the kidnappers in Mali on Monday.', 'sanctions'),
        # the ambassador of one's own country received
        ('استقبل وزير الخارجية الأردني الاثنين سفير بلاده لدى إسرائيل.', 'sanctions'),
        # access closed to a website or a beach
        ('Egypt closed access to the website of Al Jazeera on Monday.', 'sanctions'),
        ('Police closed land access to the beach in Alexandria on Monday because of the storm.', 'sanctions'),
        # troops withdrawn, or an envoy's withdrawal demanded by protesters
        ('Morocco announced on Monday the withdrawal of its troops from Yemen.', 'sanctions'),
        ('Protesters in Rabat demanded on Monday the withdrawal of the French ambassador.', 'sanctions'),
    ],
)
def test_an_everyday_sense_names_no_such_event(text, kind):
    assert of_type(extract(text, PUBLISHED), kind) == []
