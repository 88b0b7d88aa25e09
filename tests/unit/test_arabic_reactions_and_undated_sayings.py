"""Arabic: deeds retold as what a reaction is to, events told as days before a
saying with no day of its own (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "attacks"),
    [
        # the strike condemned on Friday is the Wednesday's strike told after it
        (
            "دانت وزارة الخارجية العراقية، الجمعة، الضربات التي شنتها المقاتلات الحربية التركية على مناطق مدنية "
            "بقضاء سنجار شمالي العراق. وكانت وسائل إعلام كردية ذكرت في وقت سابق، أن المقاتلات التركية استهدفت "
            "موكبا، الأربعاء، في قضاء سنجار، مما أسفر عن سقوط 5 قتلى.",
            "2018-08-17",
            ["2018-08-15"],
        ),
        (
            "ندد الأزهر، السبت، بالهجوم الإرهابي على مسجد الروضة في شمال سيناء. "
            "وقتل مسلحون 305 أشخاص في هجوم على مسجد الروضة في شمال سيناء يوم الجمعة.",
            "2017-11-25",
            ["2017-11-24"],
        ),
        (
            "Iraq's foreign ministry on Friday condemned the Turkish air strikes on civilian areas in Sinjar. "
            "Turkish warplanes struck a convoy in Sinjar on Wednesday, killing five people.",
            "2018-08-17",
            ["2018-08-15"],
        ),
        # a reaction to a deed told nowhere else keeps it
        (
            "دانت وزارة الخارجية العراقية، الجمعة، الضربات التي شنتها المقاتلات الحربية التركية على قضاء سنجار شمالي العراق.",
            "2018-08-17",
            ["2018-08-17"],
        ),
    ],
)
def test_a_deed_a_reaction_is_to_takes_not_the_reaction_s_day(text, published, attacks):
    found = of_type(extract(text, published), "attack")
    assert sorted(e["date"] for e in found) == attacks, found


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        # the saying has no day of its own: the invasion is not of the publication day
        (
            "وقال الرئيس التركي رجب طيب أردوغان، بعد يوم من اجتياح قواته عفرين، إن تركيا ستستهدف منطقة القامشلي.",
            [],
        ),
        (
            "Turkish President Recep Tayyip Erdogan said, a day after his forces stormed Afrin in Syria, that Turkey would target Qamishli.",
            [],
        ),
        # with a day of its own, the sentence's event dates it back
        (
            "وقتل ثلاثة جنود مصريين أمس في سيناء بعد يوم من هجوم على مسجد في العريش.",
            ["2018-06-04", "2018-06-05"],
        ),
    ],
)
def test_an_event_days_before_an_undated_saying_is_not_of_the_publication_day(text, attacks):
    found = of_type(extract(text, "2018-03-28" if "عفرين" in text or "Afrin" in text else "2018-06-06"), "attack")
    assert sorted(e["date"] for e in found) == attacks, found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # what an expansion of a campaign would do: no attack
        ("ومن شأن توسيع الحملة العسكرية التركية لتشمل مناطق شرق الفرات أن يهدد بمواجهة القوات الأميركية في سوريا.", []),
        # what a deal signed yesterday would do: the deal stays
        ("ومن شأن الاتفاق الذي وقعته تركيا وقطر أمس أن يعزز التعاون العسكري.", ["agreement"]),
    ],
)
def test_what_an_expansion_would_do_is_no_event(text, kept):
    found = [e["event_type"] for e in extract(text, "2018-06-06") if e["event_type"] in ("attack", "agreement")]
    assert found == kept


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # what talks yielded, or agreed the need of, is their topic: Iran and Syria are no parties
        (
            "ويأتي ذلك بعد لقاء بين وزير الدفاع الإسرائيلي أفيغدور ليبرمان ونظيره الروسي سيرجي شويغو في موسكو أمس "
            "أثمر عن توافق روسي إسرائيلي على ضرورة انسحاب كل الميليشيات التابعة لإيران من مناطق الجنوب السوري.",
            {"ISR", "RUS"},
        ),
        (
            "Israeli Defence Minister Avigdor Lieberman met his Russian counterpart Sergei Shoigu in Moscow on Thursday "
            "and they agreed on the need for Iranian forces to leave southern Syria.",
            {"ISR", "RUS"},
        ),
        # a party named again in the topic stays
        ("التقى وزير الخارجية القطري نظيره التركي في أنقرة أمس وأكد الجانبان على ضرورة رفع الحصار عن قطر.", {"QAT", "TUR"}),
    ],
)
def test_what_talks_yielded_names_no_party(text, countries):
    talks = [e for e in extract(text, "2018-06-01") if e["event_type"] in ("meeting", "visit")]
    assert [set(e["countries"]) for e in talks] == [countries], talks


@pytest.mark.parametrize(
    ("sentence", "language", "published", "entry"),
    [
        # two catalogued Minya attacks (May 2017, November 2018) named alike: the latest before the publication
        ("وتذكر الأقباط الهجوم على حافلة قرب دير الأنبا صموئيل في المنيا.", "ar", "2024-05-01", "minya_attack_2018"),
        ("Copts remembered the attack on a bus near the Anba Samuel monastery in Minya.", "en", "2024-05-01", "minya_attack_2018"),
        # before the second one, the first
        ("وتذكر الأقباط الهجوم على حافلة قرب دير الأنبا صموئيل في المنيا.", "ar", "2018-01-10", "minya_bus_attack_2017"),
        ("Copts remembered the attack on a bus near the Anba Samuel monastery in Minya.", "en", "2018-01-10", "minya_bus_attack_2017"),
    ],
)
def test_of_catalogued_events_named_alike_the_latest_before_the_publication(sentence, language, published, entry):
    from events.reference import load_catalog, match_references

    found = match_references(load_catalog(), "attack", ["EGY"], sentence, published, language)
    assert [e.id for e in found] == [entry]


@pytest.mark.parametrize(
    ("text", "date", "countries"),
    [
        # seizing a city, told with a long subject (its allies, its backers) and a day between
        ("وسيطرت القوات التركية والفصائل الموالية لها الأحد على مدينة عفرين.", "2018-06-03", {"TUR", "SYR"}),
        ("وسيطرت قوات سوريا الديمقراطية المدعومة من الولايات المتحدة الأحد على مدينة الرقة.", "2018-06-03", {"SYR"}),
        ("Turkish forces and allied Syrian rebels on Sunday took full control of the city of Afrin.", "2018-06-03", {"TUR", "SYR"}),
    ],
)
def test_a_city_seized_is_an_attack(text, date, countries):
    found = of_type(extract(text, "2018-06-06"), "attack")
    assert [(e["date"], set(e["countries"])) for e in found] == [(date, countries)], found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "ويُذكر أن", it is recalled that: the article's own voice, not a source's report
        (
            "قال مسؤول في حركة الجهاد الإسلامي إن الحركة ملتزمة بالتهدئة. "
            "ويذكر أن إسرائيل أعلنت شن غارات على مواقع تابعة لحركة حماس في غزة.",
            ["attack"],
        ),
        # a named source that mentions it reports it
        (
            "قال مسؤول في حركة الجهاد الإسلامي إن الحركة ملتزمة بالتهدئة. "
            "ويذكر التقرير أن إسرائيل شنت غارات على مواقع تابعة لحركة حماس في غزة.",
            [],
        ),
    ],
)
def test_what_is_recalled_in_the_article_s_voice_is_no_report(text, kept):
    found = [e["event_type"] for e in extract(text, "2018-05-30") if e["event_type"] == "attack"]
    assert found == kept


@pytest.mark.parametrize(
    "text",
    [
        # "this attack" points back at the strike told before; the attacks it answers, with a day of
        # their own, are another event
        "أطلقت إيران صواريخ على مواقع لتنظيم داعش في دير الزور. وقال الحرس الثوري إن هذا الهجوم يأتي ردا على "
        "الاعتداءات التي استهدفت يوم 7 جوان الجاري مجلس الشورى الايراني في طهران.",
        "Iran fired missiles at Islamic State positions in Deir ez-Zor. The Revolutionary Guards said this attack was "
        "a response to the attacks that targeted the Iranian parliament in Tehran on June 7.",
    ],
)
def test_a_word_pointed_back_does_not_stand_for_another_of_its_sentence(text):
    found = of_type(extract(text, "2017-06-19"), "attack")
    assert sorted(e["date"] for e in found) == ["2017-06-07", "2017-06-19"], found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # receiving bodies, named far after the verb, is no reception of a visitor
        (
            "واستقبل بابا الإسكندرية بطريرك الكرازة المرقسية تواضروس الثاني في المطار الجثامين التي تم نقلها من "
            "مطار مصراته الليبي.",
            [],
        ),
        (
            "The Egyptian president received at the presidential palace in Cairo on Monday evening the first donations "
            "sent from Libya.",
            [],
        ),
        # a visitor received stays
        ("واستقبل الرئيس المصري عبد الفتاح السيسي في القاهرة أمس وزير الخارجية الليبي.", ["visit"]),
    ],
)
def test_receiving_things_far_after_the_verb_is_no_reception(text, kept):
    found = [e["event_type"] for e in extract(text, "2018-05-15") if e["event_type"] in ("meeting", "visit")]
    assert found == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an operation a future verb heads for is a plan
        (
            "وتحدث المتحدث باسم الحكومة التركية عن الوضع في منبج، مشددا على أن تركيا ستتوجه نحوها بعملية عسكرية "
            "بحال لم تنته الاتصالات مع واشنطن بشكل إيجابي.",
            [],
        ),
        ("وقالت الحكومة التركية أمس إنها ستلجأ إلى عملية عسكرية في منبج السورية.", []),
        # one begun stays
        ("وبدأت القوات التركية أمس عملية عسكرية في منبج السورية.", ["attack"]),
    ],
)
def test_an_operation_a_future_verb_heads_for_is_a_plan(text, kept):
    found = [e["event_type"] for e in extract(text, "2018-02-20") if e["event_type"] == "attack"]
    assert found == kept
