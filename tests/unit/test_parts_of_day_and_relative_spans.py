"""Time expressions of news prose for the parts of a day and for spans counted from the
publication or from a day told before, with the precision each supports: a part of a day
keeps its day ("late Sunday", «فجر الاثنين»); a week, "earlier this month" or «مطلع الشهر
الجاري» name a month and no day; "a day earlier", "two days later", «في اليوم السابق»،
«قبل ذلك بيومين» count from the day told before them; "that same night", "the same afternoon",
«في الليلة نفسها», «عصر ذلك اليوم» is that day again, the last day of a span told before it; "days after the arrests", «بعد أيام من الاعتقال» is the month of the arrests'
day; "a week before the referendum", «قبل أسبوع من الاستفتاء» is counted from the referendum's day.
"At the time", «آنذاك», «في ذلك الوقت» take up the time told in their sentence or the one before,
at its precision; not before a word naming another time ("at the time of the vote"), nor a time
told further back. A weekday in a newspaper's name and «ليلة القدر» are no date."""

from __future__ import annotations

from test_extraction_support import extract, of_type

from events.temporal import find_dates

PUB = "2024-03-13"  # a Wednesday


def _dates(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, PUB, "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en")]


# (text, the expression as found, its value); a value of None: the expression is no date
DATES = [
    # parts of a day keep the day
    ("Troops shelled the village late Sunday.", "Sunday", "2024-03-10"),
    ("Troops shelled the village early on Monday.", "Monday", "2024-03-11"),
    ("Troops shelled the village on Monday evening.", "Monday evening", "2024-03-11"),
    ("Troops shelled the village on Tuesday night.", "Tuesday night", "2024-03-12"),
    ("Troops shelled the village in the early hours of Friday.", "Friday", "2024-03-08"),
    ("Troops shelled the village early Tuesday morning.", "Tuesday morning", "2024-03-12"),
    ("Troops shelled the village this morning.", "this morning", "2024-03-13"),
    ("Troops shelled the village last night.", "last night", "2024-03-12"),
    ("قصفت القوات القرية فجر الاثنين.", "فجر الاثنين", "2024-03-11"),
    ("قصفت القوات القرية مساء الأحد.", "مساء الأحد", "2024-03-10"),
    ("قصفت القوات القرية ليلة الثلاثاء.", "ليلة الثلاثاء", "2024-03-12"),
    ("قصفت القوات القرية في ساعة متأخرة من مساء الأحد.", "مساء الأحد", "2024-03-10"),
    ("قصفت القوات القرية في الساعات الأولى من صباح الجمعة.", "صباح الجمعة", "2024-03-08"),
    ("قصفت القوات القرية صباح اليوم.", "صباح اليوم", "2024-03-13"),
    ("قصفت القوات القرية مساء أمس.", "مساء أمس", "2024-03-12"),
    ("قصفت القوات القرية الليلة الماضية.", "الليلة الماضية", "2024-03-12"),
    # spans from the publication: the month or the year, never a day
    ("Troops shelled the village earlier this month.", "earlier this month", "2024-03"),
    ("Troops shelled the village last week.", "last week", "2024-03"),
    ("Troops shelled the village late last month.", "late last month", "2024-02"),
    ("Troops shelled the village earlier this year.", "earlier this year", "2024"),
    ("Troops shelled the village late last year.", "late last year", "2023"),
    ("قصفت القوات القرية مطلع الشهر الجاري.", "مطلع الشهر الجاري", "2024-03"),
    ("قصفت القوات القرية منتصف الشهر الماضي.", "منتصف الشهر الماضي", "2024-02"),
    ("قصفت القوات القرية أواخر العام الماضي.", "أواخر العام الماضي", "2023"),
    ("قصفت القوات القرية هذا العام.", "هذا العام", "2024"),
    ("قصفت القوات القرية الأسبوع الماضي.", "الأسبوع الماضي", "2024-03"),
    ("قصفت القوات القرية قبل يومين.", "قبل يومين", "2024-03-11"),
    # counted from the day told before
    ("The army entered the town on Monday. Rebels had shelled it a day earlier.", "a day earlier", "2024-03-10"),
    ("The army entered the town on Monday. Rebels had shelled it two days earlier.", "two days earlier", "2024-03-09"),
    ("The army entered the town on Monday. Rebels had shelled it a week earlier.", "a week earlier", "2024-03-04"),
    ("The army entered the town on Monday. Rebels shelled it two days later.", "two days later", "2024-03-13"),
    ("The army entered the town on Monday. Rebels shelled it the following day.", "the following day", "2024-03-12"),
    ("دخل الجيش البلدة الاثنين. وكان المتمردون قد قصفوها في اليوم السابق.", "في اليوم السابق", "2024-03-10"),
    ("دخل الجيش البلدة الاثنين. وكان المتمردون قد قصفوها قبل ذلك بيومين.", "قبل ذلك بيومين", "2024-03-09"),
    ("دخل الجيش البلدة الاثنين. وكان المتمردون قد قصفوها قبلها بيوم.", "قبلها بيوم", "2024-03-10"),
    ("دخل الجيش البلدة الاثنين. وقصفها المتمردون بعد ذلك بيومين.", "بعد ذلك بيومين", "2024-03-13"),
    ("دخل الجيش البلدة في 2 مارس. وقصفها المتمردون بعد ذلك بستة أيام.", "بعد ذلك بستة أيام", "2024-03-08"),
    ("دخل الجيش البلدة في 2 مارس، وانسحب منها بعد خمسة أيام فقط.", "بعد خمسة أيام", "2024-03-07"),
    ("دخل الجيش البلدة في 2 مارس، وانسحب منها بعدها بعشرة أيام.", "بعدها بعشرة أيام", "2024-03-12"),
    ("دخل الجيش البلدة الاثنين. وكان المتمردون قد قصفوها قبل ذلك بأربعة أيام.", "قبل ذلك بأربعة أيام", "2024-03-07"),
    ("دخل الجيش البلدة الاثنين. وكان المتمردون قد قصفوها قبلها بتسعة أيام.", "قبلها بتسعة أيام", "2024-03-02"),
    # a count of days before or after the noun of the deed told last, from that deed's time, even
    # one a count gave
    ("دخل الجيش البلدة في 2 مارس، وانسحب منها بعد ستة أيام. وقبل انسحابه بيوم واحد قصفها المتمردون.", "وقبل انسحابه بيوم واحد", "2024-03-07"),
    ("أجري الاستفتاء في 3 مارس. وبعد الاستفتاء بأسبوع أعلنت النتائج.", "وبعد الاستفتاء بأسبوع", "2024-03-10"),
    # the deed counted from, written with its short vowels (أُعلن), is the one told before, not a
    # later one of the same word
    ("وقع الطرفان البيان الذي أُعلن عنه فجر الثلاثاء. واقتحم المحتجون البرلمان بعد ساعات من الإعلان. "
     "وأعلن الرئيس الأحد سيطرة قواته على المدينة.", "بعد ساعات من الإعلان", "2024-03-12"),
    # not from a later time told between, nor from any time when no earlier word tells the deed
    ("استقال رئيس الوزراء في 9 مارس. وأعلن البرلمان في 12 مارس موعد الانتخابات. وقبل استقالته بيوم واحد اعتقلت الشرطة زعيم المعارضة.", "وقبل استقالته بيوم واحد", "2024-03-08"),
    ("دخل الجيش البلدة في 2 مارس. وقبل رمضان بأسبوع اعتقلت الشرطة زعيم المعارضة.", "وقبل رمضان بأسبوع", None),
    # a count of days written without the hamza
    ("دخل الجيش البلدة في 2 مارس. وقصفها المتمردون بعد ذلك بخمسة ايام.", "بعد ذلك بخمسة ايام", "2024-03-07"),
    # a part of the day is no deed
    ("دخل الجيش البلدة في 2 مارس. ووصل الوزير بعد الظهر بيوم.", "بعد الظهر بيوم", None),
    ("دخل الجيش البلدة الاثنين. وقصفها المتمردون في اليوم التالي.", "في اليوم التالي", "2024-03-12"),
    # a part of the day after or of the same day
    ("دخل الجيش البلدة الاثنين. وقصفها المتمردون صباح اليوم التالي.", "صباح اليوم التالي", "2024-03-12"),
    ("دخل الجيش البلدة الاثنين. وقصفها المتمردون فجر اليوم التالي.", "فجر اليوم التالي", "2024-03-12"),
    ("The army entered the town on Monday. That same night rebels shelled it.", "That same night", "2024-03-11"),
    ("The army entered the town on Monday. Rebels shelled it later that night.", "later that night", "2024-03-11"),
    ("دخل الجيش البلدة الاثنين. وقصفها المتمردون في الليلة نفسها.", "الليلة نفسها", "2024-03-11"),
    # after a span of days, the same day is its last one, told last
    (
        "استمرت المشاورات في الرياض من 29 فبراير إلى 7 مارس. واستقبل ولي العهد الوفد مساء اليوم نفسه.",
        "مساء اليوم نفسه",
        "2024-03-07",
    ),
    ("The talks ran from February 29 to March 7. The crown prince received the delegation later that day.", "later that day", "2024-03-07"),
    ("The talks ran from February 29 to March 7. The crown prince received the delegation later that afternoon.", "later that afternoon", "2024-03-07"),
    ("استمرت المشاورات في الرياض من 29 فبراير إلى 7 مارس. وقصفت الطائرات المدينة في الليلة نفسها.", "الليلة نفسها", "2024-03-07"),
    ("The army entered the town on Monday. A second bomb went off there the same afternoon.", "the same afternoon", "2024-03-11"),
    ("The army entered the town on Monday. Rebels shelled it later that afternoon.", "later that afternoon", "2024-03-11"),
    ("The army entered the town on Monday. Rebels shelled it later that morning.", "later that morning", "2024-03-11"),
    ("دخل الجيش البلدة الاثنين. وقصفها المتمردون عصر ذلك اليوم.", "عصر ذلك اليوم", "2024-03-11"),
    ("دخل الجيش البلدة الاثنين. وقصفها المتمردون بعد ظهر اليوم نفسه.", "ظهر اليوم نفسه", "2024-03-11"),
    # a part of today is the publication's day, not the day told before
    ("The army entered the town on Monday. Rebels shelled it this afternoon.", "this afternoon", "2024-03-13"),
    ("دخل الجيش البلدة الاثنين. وقصفها المتمردون عصر اليوم.", "عصر اليوم", "2024-03-13"),
    # with no day told before, the same afternoon names none
    ("A second bomb went off in the district the same afternoon.", "the same afternoon", None),
    # a few days from a deed told before with its day: that day's month
    ("Police arrested ten officers on 3 March. Days after the arrests, the minister resigned.", "Days after the arrests", "2024-03"),
    ("اعتقلت الشرطة عشرة ضباط يوم 3 مارس. وبعد أيام من الاعتقال، استقال الوزير.", "وبعد أيام من الاعتقال", "2024-03"),
    # a count of days from a deed named after it and told before with its day
    ("The Kurds voted in a referendum on Monday. Turkey had launched drills a week before the referendum.", "a week before the referendum", "2024-03-04"),
    ("صوت الأكراد في الاستفتاء يوم الاثنين. وكانت تركيا قد بدأت مناورات قبل أسبوع من الاستفتاء.", "قبل أسبوع من الاستفتاء", "2024-03-04"),
    # no date: a weekday in a newspaper's name, the Night of Power, a night in a name
    ("The Sunday Times reported that rebels shelled the village.", "Sunday", None),
    ("Rebels shelled the village, the Sunday Telegraph said.", "Sunday", None),
    ("Rebels shelled the village, the Mail on Sunday reported.", "Sunday", None),
    ("قصفت القوات القرية في ليلة القدر.", "ليلة القدر", None),
    ("Police raided the Night Owl club in the capital.", "Night", None),
    # words of the time told before: the time of their sentence or the one before, at its precision
    ("Students marched in the capital in May 2019. Police arrested dozens at the time.", "at the time", "2019-05"),
    (
        "Students marched in the capital on 4 May 2019. At that time police arrested dozens.",
        "At that time",
        "2019-05-04",
    ),
    ("تظاهر الطلاب في العاصمة في مايو 2019. واعتقلت الشرطة العشرات آنذاك.", "آنذاك", "2019-05"),
    ("تظاهر الطلاب في العاصمة عام 2019. واعتقلت الشرطة العشرات في ذلك الوقت.", "في ذلك الوقت", "2019"),
    ("تظاهر الطلاب في العاصمة في مايو 2019. واعتقلت الشرطة العشرات حينذاك.", "حينذاك", "2019-05"),
    # a time told further back than the sentence before is no longer the one spoken of
    (
        "Students marched in the capital in May 2019. The rally was large. Police arrested dozens at the time.",
        "at the time",
        None,
    ),
    ("تظاهر الطلاب في العاصمة في مايو 2019. وكانت المسيرة كبيرة. واعتقلت الشرطة العشرات آنذاك.", "آنذاك", None),
    # another time named after the words
    ("Students marched in the capital in May 2019. Police were absent at the time of the rally.", "at the time", None),
]


def test_time_expressions_resolved() -> None:
    wrong = []
    for text, expression, value in DATES:
        found = _dates(text)
        if value is None and [d for d in found if expression in d[0]]:
            wrong.append((text, found))
        if value is not None and (expression, value) not in found:
            wrong.append((text, found))
    assert not wrong, wrong


# (text, event type, its date)
DEEDS = [
    ("Gunmen attacked a police checkpoint in Kirkuk late Sunday.", "attack", "2024-03-10"),
    ("Gunmen attacked a police checkpoint in Kirkuk on Monday evening.", "attack", "2024-03-11"),
    ("Gunmen attacked a police checkpoint in Kirkuk earlier this month.", "attack", "2024-03"),
    ("Gunmen attacked a police checkpoint in Kirkuk last week.", "attack", "2024-03"),
    ("هاجم مسلحون حاجزا للشرطة في كركوك فجر الاثنين.", "attack", "2024-03-11"),
    ("هاجم مسلحون حاجزا للشرطة في كركوك في ساعة متأخرة من مساء الأحد.", "attack", "2024-03-10"),
    ("هاجم مسلحون حاجزا للشرطة في كركوك مطلع الشهر الجاري.", "attack", "2024-03"),
    ("هاجم مسلحون حاجزا للشرطة في كركوك منتصف الشهر الماضي.", "attack", "2024-02"),
    ("هاجم مسلحون حاجزا للشرطة في كركوك أواخر العام الماضي.", "attack", "2023"),
    # counted from the day told before
    ("The Iraqi army reopened the road on Monday. Gunmen had attacked a police checkpoint in Kirkuk a day earlier.", "attack", "2024-03-10"),
    ("The Iraqi army reopened the road on Monday. Gunmen had attacked a police checkpoint in Kirkuk three days earlier.", "attack", "2024-03-08"),
    ("أعاد الجيش العراقي فتح الطريق الاثنين. وكان مسلحون قد هاجموا حاجزا للشرطة في كركوك في اليوم السابق.", "attack", "2024-03-10"),
    ("أعاد الجيش العراقي فتح الطريق الاثنين. وكان مسلحون قد هاجموا حاجزا للشرطة في كركوك قبل ذلك بيومين.", "attack", "2024-03-09"),
    ("أعاد الجيش العراقي فتح الطريق الاثنين. وهاجم مسلحون حاجزا للشرطة في كركوك صباح اليوم التالي.", "attack", "2024-03-12"),
    ("The Iraqi army reopened the road on Monday. That same night gunmen attacked a police checkpoint in Kirkuk.", "attack", "2024-03-11"),
    ("أعاد الجيش العراقي فتح الطريق الاثنين. وهاجم مسلحون حاجزا للشرطة في كركوك في الليلة نفسها.", "attack", "2024-03-11"),
    ("The Iraqi army reopened the road on Monday. A second bomb went off in Kirkuk the same afternoon, killing two people.", "attack", "2024-03-11"),
    ("أعاد الجيش العراقي فتح الطريق الاثنين. وانفجرت قنبلة ثانية في كركوك عصر ذلك اليوم.", "attack", "2024-03-11"),
    # a few days from a deed told before: that deed's month; the deed keeps its day
    ("Police arrested ten officers in Amman on 3 March. Days after the arrests, the Saudi foreign minister flew to Amman.", "visit", "2024-03"),
    ("Police arrested ten officers in Amman on 3 March. Days after the arrests, the Saudi foreign minister flew to Amman.", "arrest", "2024-03-03"),
    ("اعتقلت الشرطة عشرة ضباط في عمان يوم 3 مارس. وبعد أيام من الاعتقال، زار وزير الخارجية السعودي عمان.", "visit", "2024-03"),
    # a count of days before the noun of a deed told before: the noun is that deed, no event of its own
    ("دخل الجيش السوري البلدة في 2 مارس، وانسحب منها بعد ستة أيام. وقبل انسحابه بيوم واحد تظاهر آلاف السوريين في البلدة.", "protest", "2024-03-07"),
    ("استقال رئيس الوزراء الأرميني في 9 مارس. وقبل استقالته بيوم واحد، اعتقلت الشرطة زعيم المعارضة الأرمينية.", "arrest", "2024-03-08"),
    # a count of days from a deed named after it
    ("Kurds voted in an independence referendum in Erbil on Monday. Turkey had launched military drills on the Iraqi border a week before the referendum.", "military_exercise", "2024-03-04"),
    ("Kurds voted in an independence referendum in Erbil on Monday. Turkey had launched military drills on the Iraqi border a week before the referendum.", "election", "2024-03-11"),
    ("صوت الأكراد في استفتاء الاستقلال في أربيل يوم الاثنين. وكانت تركيا قد بدأت مناورات عسكرية على الحدود العراقية قبل أسبوع من الاستفتاء.", "military_exercise", "2024-03-04"),
    # "that" before a time told before opens no other clause: the time dates the deed
    ("Saudi Arabia cut ties with Qatar in June 2017. Ankara deployed more troops to Qatar that same month.", "deployment", "2017-06"),
    ("The army reopened the road in Kirkuk on Monday. Gunmen attacked a police checkpoint in Kirkuk that night.", "attack", "2024-03-11"),
    ("قطعت السعودية علاقاتها مع قطر في يونيو 2017. ونشرت تركيا مزيدا من القوات في قطر في الشهر نفسه.", "deployment", "2017-06"),
    # a newspaper's weekday is no day of the deed: the publication's news
    ("Gunmen attacked a police checkpoint in Kirkuk, the Sunday Times reported.", "attack", "2024-03-13"),
    # words of the time told before take it up at its precision
    (
        "In March 2011 thousands of opposition supporters marched in Djibouti. Several of their leaders were arrested at the time.",
        "arrest",
        "2011-03",
    ),
    (
        "في مارس 2011 خرج آلاف من أنصار المعارضة إلى شوارع جيبوتي. واعتقلت السلطات عددا من قادتهم آنذاك.",
        "arrest",
        "2011-03",
    ),
]


def test_the_noun_a_count_runs_from_is_no_event() -> None:
    text = "استقال رئيس الوزراء الأرميني في 9 مارس. وقبل استقالته بيوم واحد، اعتقلت الشرطة زعيم المعارضة الأرمينية."
    assert [e["date"] for e in of_type(extract(text, PUB), "appointment")] == ["2024-03-09"]


def test_deeds_take_the_dates_of_their_expressions() -> None:
    wrong = []
    for text, event_type, date in DEEDS:
        dates = [e["date"] for e in of_type(extract(text, PUB), event_type)]
        if dates[-1:] != [date]:
            wrong.append((text, dates))
    assert not wrong, wrong
