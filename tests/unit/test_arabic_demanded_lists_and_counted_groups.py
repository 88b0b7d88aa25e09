"""Arabic: verbal nouns continuing a demanded list, deeds retold in a clause of
time, counted groups of states, the price offered in exchange, a role noun past an aside,
one event word with two objects in two places, a failed coup named without its country."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "sanctions"),
    [
        # the verbal nouns after و continue the list the demand governs
        (
            "طالبت الدول الأربع قطر بإغلاق قناة الجزيرة، وخفض علاقاتها مع إيران، وقطع صلتها بالجماعات الإرهابية.",
            [],
        ),
        ("طالب البرلمان الحكومة بطرد السفير الإيراني، وقطع العلاقات مع طهران.", []),
        ("دعت المعارضة إلى إجراء انتخابات مبكرة، وقطع العلاقات مع إسرائيل.", []),
        # a verb with an ending of person opens its own clause
        ("طالبت قطر بإلغاء الحصار، وقطعت السعودية علاقاتها مع قطر.", ["2017-06-05"]),
        # a list no cue governs is told as done
        ("قامت السعودية بإغلاق حدودها مع قطر، وقطع العلاقات معها.", ["2017-06-05"]),
        # a verb after a clause that is no list of verbal nouns
        ("أغلقت السعودية حدودها، وقطع الملك سلمان العلاقات مع قطر.", ["2017-06-05"]),
    ],
)
def test_a_verbal_noun_continuing_a_demanded_list_is_no_deed(text, sanctions):
    found = of_type(extract(text, "2017-06-23"), "sanctions")
    assert sorted(e["date"] for e in found) == sanctions, found


@pytest.mark.parametrize(
    ("text", "event_type", "dates"),
    [
        # a deed retold in a clause of time, with no date of its own: not of the publication's day
        ("وقال الوزير إن العلاقات تحسنت كثيرا منذ حين زار ماكرون الرياض.", "visit", []),
        ("وتدهورت العلاقات بين البلدين عندما التقى ولي العهد السعودي نتنياهو في نيوم.", "meeting", []),
        ("وأعلنت قطر حين زار أمير الكويت الدوحة أنها مستعدة للحوار.", "visit", []),
        # with a date in its clause, it is dated by it
        ("وكان الرئيس قد أشاد بالعلاقات حين زار ترامب الرياض في مايو 2017.", "visit", ["2017-05"]),
        ("وقال الوزير عندما التقى نظيره التركي أمس إن العلاقات جيدة.", "meeting", ["2018-03-09"]),
        # a verb of the sentence's own, after no subordinator of time
        ("زار أمير الكويت الدوحة حيث التقى أمير قطر.", "visit", ["2018-03-10"]),
    ],
)
def test_a_deed_retold_in_a_clause_of_time_takes_not_the_publication_day(text, event_type, dates):
    found = of_type(extract(text, "2018-03-10"), event_type)
    assert sorted(e["date"] for e in found) == dates, found


@pytest.mark.parametrize(
    ("text", "published", "countries"),
    [
        # a counted group of states after the article has named them: that group
        (
            "تتواصل أزمة قطر مع السعودية والإمارات والبحرين ومصر. "
            "وأغلقت أربع دول عربية أجواءها أمام الطائرات القطرية الأحد.",
            "2018-03-10",
            [["ARE", "BHR", "EGY", "QAT", "SAU"]],
        ),
        (
            "تصاعدت الأزمة بين الرباعي العربي وقطر. وقطعت أربع دول عربية علاقاتها مع قطر في الخامس من يونيو.",
            "2017-07-10",
            [["ARE", "BHR", "EGY", "QAT", "SAU"]],
        ),
        # named with its counterpart (Qatar): that group
        ("وقطعت أربع دول عربية علاقاتها مع قطر.", "2017-07-10", [["ARE", "BHR", "EGY", "QAT", "SAU"]]),
    ],
)
def test_a_counted_group_of_states_is_the_group_the_article_names(text, published, countries):
    found = of_type(extract(text, published), "sanctions")
    assert [sorted(e["countries"]) for e in found] == countries, found


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # four other states named before, and no counterpart of the group: not that group
        (
            "زار وزير الخارجية الجزائري تونس والمغرب وليبيا وموريتانيا. "
            "وقال إن أربع دول عربية شاركت في المناورات العسكرية في الأردن أمس.",
            [["JOR"]],
        ),
        ("وقال إن أربع دول عربية شاركت في المناورات العسكرية في الأردن أمس.", [["JOR"]]),
    ],
)
def test_a_counted_group_with_nothing_of_its_own_is_no_group(text, countries):
    found = of_type(extract(text, "2017-07-10"), "military_exercise")
    assert [sorted(e["countries"]) for e in found] == countries, found


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the price offered for a deal is no deed
        ("وفي مقابل إنهاء الحصار، طالبت الدول المجاورة لقطر بإغلاق شبكة الجزيرة.", "relations"),
        ("وعرضت تركيا سحب قواتها من سوريا مقابل وقف إطلاق النار.", "ceasefire"),
        ("The rebels offered to release the prisoners in exchange for a ceasefire.", "ceasefire"),
    ],
)
def test_a_deed_offered_in_exchange_is_no_event(text, event_type):
    assert of_type(extract(text, "2018-04-11"), event_type) == []


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the role noun after an aside between two commas
        (
            "وعين العاهل الأردني أمس، بعد ساعات قليلة من عودته من رحلته إلى الخارج، نجله الأكبر وزيرا للدفاع.",
            ["2018-07-09"],
        ),
        (
            "وعين العاهل المغربي، الاثنين، عقب لقاء مع قادة الأحزاب في القصر، صهره مستشارا للشؤون الدينية.",
            ["2018-07-09"],
        ),
        # no role noun within reach, however the asides fall: no appointment
        (
            "وعين العاهل الأردني أمس، بعد ساعات قليلة من عودته من رحلته الطويلة إلى الخارج والتي شملت عواصم أوروبية عدة "
            "وآسيوية ومحطات أخرى كثيرة، نجله الأكبر وزيرا للدفاع.",
            [],
        ),
    ],
)
def test_an_appointment_reaches_its_role_noun_past_an_aside(text, dates):
    found = of_type(extract(text, "2018-07-10"), "appointment")
    assert sorted(e["date"] for e in found) == dates, found


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        # one word, two objects each with a place of its own in another country: two deeds
        (
            "وجاء ذلك بعد اغتيال هنية في طهران ونصر الله في بيروت.",
            [("2024-07-31", "IRN"), ("2024-09-27", "LBN")],
        ),
        (
            "واغتالت إسرائيل هنية في طهران في 31 يوليو ونصر الله في بيروت في 27 سبتمبر.",
            [("2024-07-31", "IRN"), ("2024-09-27", "LBN")],
        ),
        (
            "وقصفت الطائرات الإسرائيلية مواقع في غزة وأخرى في جنوب لبنان أمس.",
            [("2024-10-09", "LBN"), ("2024-10-09", "PSE")],
        ),
        # the second deed with no date of its own and no catalog entry is not told as of the first's day
        (
            "واغتالت إسرائيل القيادي في حماس صالح العاروري في بيروت، والقيادي في الجهاد أكرم العجوري في دمشق.",
            [("2024-01-02", "LBN")],
        ),
    ],
)
def test_one_word_with_two_objects_in_two_places_tells_two_deeds(text, attacks):
    found = of_type(extract(text, "2024-10-10"), "attack")
    assert sorted((e["date"], e["location"]["country"]) for e in found) == attacks, found
    if len(found) == 2:
        first, second = sorted(found, key=lambda e: e["date"])
        assert second["location"]["country"] not in first["countries"], found


@pytest.mark.parametrize(
    ("text", "coups"),
    [
        # the failed coup, named without its country in a story about Turkey: the catalogued one
        (
            "اعتقلت السلطات التركية الصحفي أحمد ألتان في إسطنبول. وتشن أنقرة حملة على معارضيها منذ الانقلاب الفاشل.",
            ["2016-07-15"],
        ),
        (
            "اعتقلت السلطات التركية الصحفي أحمد ألتان في إسطنبول. "
            "وفصلت السلطات التركية أكثر من 150 ألف موظف بعد محاولة الانقلاب الفاشلة.",
            ["2016-07-15"],
        ),
        (
            "Turkish police detained the journalist Ahmet Altan in Istanbul. "
            "Ankara has pursued its critics since the failed coup.",
            ["2016-07-15"],
        ),
        # a story about a country with no such catalogued event: none
        ("اعتقلت السلطات المصرية الصحفي في القاهرة. وتشن مصر حملة على معارضيها منذ الانقلاب الفاشل.", []),
    ],
)
def test_a_failed_coup_named_bare_is_that_of_the_story_s_country(text, coups):
    found = [e for e in extract(text, "2018-03-10") if e.get("reference_id") == "turkey_coup_attempt_2016"]
    assert [e["date"] for e in found] == coups, found


@pytest.mark.parametrize(
    ("text", "protests"),
    [
        # the object of the past verb of a clause of time, with no date of its own: not of the day
        ("وقتلت قوات الأمن العراقية أحد المحتجين عندما فرقت اعتصاما أمام منشأة نفطية.", []),
        # with a date in the clause, it is dated by it
        ("وقتلت قوات الأمن العراقية أحد المحتجين عندما فرقت، الثلاثاء، اعتصاما أمام منشأة نفطية.", ["2018-08-14"]),
        # a verb in the present opens no retold deed
        ("وقتلت قوات الأمن العراقية أحد المحتجين عندما تفرق اعتصاما أمام منشأة نفطية.", ["2018-08-15"]),
        # no clause of time: the day's news
        ("وفرقت الشرطة العراقية اعتصاما أمام منشأة نفطية في البصرة.", ["2018-08-15"]),
    ],
)
def test_an_event_noun_in_a_past_clause_of_time_takes_not_the_publication_day(text, protests):
    found = of_type(extract(text, "2018-08-15"), "protest")
    assert sorted(e["date"] for e in found) == protests, found


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # اختار with its subject and object named at length before the role noun
        (
            "واختار الأمين العام للأمم المتحدة أنطونيو غوتيريش وزير الثقافة اللبناني السابق غسان سلامة "
            "مبعوثا خاصا إلى ليبيا أمس.",
            ["2017-06-16"],
        ),
        ("واختار الملك سلمان نجله الأمير خالد بن سلمان سفيرا لدى الولايات المتحدة أمس.", ["2017-06-16"]),
        # a role noun far beyond the verb's clause
        (
            "واختار الناخبون في تونس أمس مرشحي حزب النهضة في أغلب الدوائر رغم أن الحزب لم يقدم رئيسا للقائمة.",
            [],
        ),
        # planned: no event
        ("ومن المقرر أن يختار غوتيريش وزيرا سابقا للثقافة في لبنان مبعوثا جديدا إلى ليبيا.", []),
    ],
)
def test_a_choice_reaches_its_role_noun_past_long_names(text, dates):
    found = of_type(extract(text, "2017-06-17"), "appointment")
    assert sorted(e["date"] for e in found) == dates, found
