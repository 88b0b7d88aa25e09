"""Earlier events retold without their date, dated from the catalog.

The press retells a catalogued deed named by its noun ("سقوط الموصل", "the fall of Mosul",
"the assassination of Chokri Belaid") by the verb of that noun as often ("سقطت الموصل",
"Mosul fell to ISIS", "اغتيل شكري بلعيد", "Chokri Belaid was assassinated"): the catalog's
`verb_forms` turn each alias that opens with such a noun into its verbal form. In English
the thing named becomes the subject, and a noun that takes an agent ("fell to") keeps the
agent an alias of the entry names, so that a place taken on two days by two sides is told
apart ("Raqqa fell to ISIS" in 2014 is no capture of Raqqa by the SDF in 2017). The
Saudi-led coalition's intervention in Yemen is named without the country too, after a word
that makes the first word of its name a noun ("بعد تدخل التحالف العربي بقيادة السعودية";
the same letters are the verb of a later intervention, "وتدخل التحالف ... لوقف الاشتباكات
في عدن"), and "the coalition's intervention" names it for an event in one of its countries
only. A name joined to a catalogued one by "and" names an entry with the words the first one's
aliases write before it ("Euphrates Shield and Olive Branch": "Operation Olive Branch",
the bare words being an idiom). The catalog holds more of the events of the region that the
press retells: the Sykes–Picot Agreement, the Balfour Declaration (no event of the
taxonomy), the wars of 1948, 1956 and 1967, the coups and revolutions of 1952–1970, the
Turkish coups of 1960 and 1980 and the invasion of Cyprus, the Lebanese civil war, the
Luxor massacre, and more of the ways the 1989 Sudanese and 2008 Mauritanian coups are told;
the Dahyan bus strike is named by its place and its victims ("الأطفال بحافلة" in Saada), and
Turkey's recall of its two ambassadors by the states they served in, the Gaza war of May
2021 by its length ("the 11-day war").
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2019-06-01"


@pytest.mark.parametrize(
    ("text", "event_type", "date", "country"),
    [
        # a verbal form of the deed's noun, with its place or person
        ("وقال إن الجيش انهار عندما سقطت الموصل.", "attack", "2014-06-10", "IRQ"),
        ("وسقطت الموصل بيد تنظيم الدولة في صيف ذلك العام.", "attack", "2014-06-10", "IRQ"),
        ("When Mosul fell to ISIS, the army collapsed.", "attack", "2014-06-10", "IRQ"),
        ("Mosul fell to the Islamic State after the army fled.", "attack", "2014-06-10", "IRQ"),
        ("واغتيل شكري بلعيد أمام منزله في تونس.", "attack", "2013-02-06", "TUN"),
        ("Chokri Belaid was assassinated outside his home, and the country was shaken.", "attack", "2013-02-06", "TUN"),
        ("وسقط نظام البشير بعد أشهر من الاحتجاجات.", "appointment", "2019-04-11", "SDN"),
        # the coalition's intervention, without the country
        ("وقال إن تدخل التحالف العربي بقيادة السعودية أدى إلى كارثة إنسانية.", "attack", "2015-03-26", "YEM"),
        ("وقال إن التدخل العسكري للتحالف أدى إلى كارثة إنسانية في اليمن.", "attack", "2015-03-26", "YEM"),
        ("وتصاعدت المعارك بعد تدخل التحالف العربي بقيادة السعودية دعما للحكومة الشرعية.", "attack", "2015-03-26", "YEM"),
        ("ومنذ تدخل التحالف العربي قتل الآلاف من المدنيين.", "attack", "2015-03-26", "YEM"),
        ("The coalition's intervention has killed thousands in Yemen.", "attack", "2015-03-26", "YEM"),
        ("Since the Saudi-led coalition intervened in Yemen, thousands have died.", "attack", "2015-03-26", "YEM"),
        # coups told by their year
        ("Bashir, who seized power in a 1989 military coup, ruled Sudan for three decades.", "appointment", "1989", "SDN"),  # the year the name writes
        ("Bashir came to power in a military coup in 1989.", "appointment", "1989", "SDN"),  # the year the name writes
        ("وقاد البشير انقلاب الإنقاذ ضد حكومة الصادق المهدي.", "appointment", "1989-06-30", "SDN"),
        ("وتولى ولد عبد العزيز الحكم بعد الانقلاب على الرئيس سيدي ولد الشيخ عبد الله.", "appointment", "2008-08-06", "MRT"),
        # a second name sharing the words the first one's aliases write before it
        ("Ankara carried out two operations in northern Syria, Euphrates Shield and Olive Branch, liberating Afrin.", "attack", "2018-01-20", "TUR"),
        ("Turkey launched Operations Euphrates Shield and Olive Branch in northern Syria.", "attack", "2018-01-20", "SYR"),
        # catalog corrections: the Dahyan bus strike told by its place and victims, Turkey's
        # recall of its two ambassadors told by the states
        ("وقالت إنها ستحقق في الغارة التي أدت إلى مقتل عدد من الأطفال بحافلة في صعدة.", "attack", "2018-08-09", "YEM"),
        ("وكانت تركيا قد استدعت سفيريها من إسرائيل والولايات المتحدة.", "sanctions", "2018-05-14", "TUR"),
        # new entries
        ("وقسمت اتفاقية سايكس بيكو المنطقة بين بريطانيا وفرنسا.", "agreement", "1916-05-16", "GBR"),
        ("The Sykes-Picot agreement divided the region between Britain and France.", "agreement", "1916-05-16", "FRA"),
        ("واحتلت إسرائيل الضفة الغربية وقطاع غزة في حرب 1967.", "attack", "1967", "ISR"),
        ("Israel captured the Golan Heights from Syria in the Six-Day War.", "attack", "1967-06-05", "ISR"),
        ("وشهدت مصر ثورة 23 يوليو 1952 التي أنهت الحكم الملكي.", "appointment", "1952-07-23", "EGY"),
        ("Mossadegh was overthrown in a 1953 coup backed by the CIA.", "appointment", "1953-08-19", "IRN"),
        ("وكانت الحرب الأهلية اللبنانية قد دمرت وسط بيروت.", "attack", "1975-04-13", "LBN"),
        ("Turkey invaded Cyprus after a Greek-backed coup.", "attack", "1974-07-20", "TUR"),
        ("وتحدث عن العدوان الثلاثي على مصر وتأميم القناة.", "attack", "1956-10-29", "EGY"),
        ("The Suez Crisis ended Britain's role as a great power.", "attack", "1956-10-29", "EGY"),
        ("وأعاد إلى الأذهان انقلاب 12 سبتمبر 1980 في تركيا.", "appointment", "1980-09-12", "TUR"),
        ("وجاء القذافي إلى الحكم بعد ثورة الفاتح من سبتمبر.", "appointment", "1969-09-01", "LBY"),
        ("ووقعت مذبحة الأقصر في الدير البحري.", "attack", "1997-11-17", "EGY"),
    ],
)
def test_retold_event_dated(text: str, event_type: str, date: str, country: str) -> None:
    found = extract(text, PUB)
    events = [e for e in of_type(found, event_type) if e["date"] and e["date"].startswith(date)]
    assert events, found
    assert country in events[0]["countries"]


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # the verb's words in ordinary sentences
        ("Oil prices fell to their lowest level in a year.", "attack", "2014-06-10"),
        ("وسقط صاروخ على الموصل أمس.", "attack", "2014-06-10"),
        # a place taken by another side, in another year
        ("Raqqa fell to ISIS in early 2014.", "attack", "2017"),
        # a coalition elsewhere, or in no country
        ("The coalition's intervention in Syria began in 2014.", "attack", "2015-03-26"),
        ("وقال إن تدخل التحالف الدولي ضد داعش في سوريا أضعف التنظيم.", "attack", "2015-03-26"),
        ("The coalition's intervention killed many civilians.", "attack", "2015-03-26"),
        # the verb of a later intervention, spelt as the noun
        ("وتدخل التحالف العربي بقيادة السعودية لوقف الاشتباكات في عدن.", "attack", "2015-03-26"),
        # the words of the new entries in ordinary sentences
        ("وحذر من سايكس بيكو جديدة تقسم المنطقة.", "agreement", "1916"),
        ("وطالب بدولة فلسطينية على حدود 1967.", "attack", "1967"),
        ("He called for a Palestinian state on the 1967 borders.", "attack", "1967"),
        ("وقتل الآلاف في الحرب الأهلية في سوريا.", "attack", "1975"),
        ("The president offered an olive branch to the opposition.", "attack", "2018"),
        ("Turkey carried out Operation Euphrates Shield and then offered an olive branch to the Kurds.", "attack", "2018"),
        ("Turkey carried out Operation Euphrates Shield and Olive Garden opened a restaurant in Ankara.", "attack", "2018"),
        ("وعبرت السفينة قناة السويس أمس.", "attack", "1956"),
        ("Cyprus and Turkey held talks on the island's gas.", "attack", "1974"),
        ("وقتل ثلاثة مدنيين في غارة جوية على صعدة أمس.", "attack", "2018-08-09"),
        ("واستدعت تركيا سفيرها من هولندا.", "sanctions", "2018-05-14"),
        ("The ministers met for 11 days in Geneva.", "attack", "2021"),
        ("The Free Officers of the army met the president.", "appointment", "1952"),
        ("وقالت الحكومة إن الثورة التي أطاحت بالنظام في 2019 مستمرة.", "appointment", "1969"),
    ],
)
def test_not_the_catalogued_event(text: str, event_type: str, date: str) -> None:
    found = extract(text, PUB)
    assert not [e for e in of_type(found, event_type) if e["date"] and e["date"].startswith(date)], found


def test_balfour_declaration_is_no_event() -> None:
    found = extract("وتحل اليوم ذكرى إعلان بلفور الذي منح اليهود وطنا قوميا في فلسطين.", PUB)
    assert not [e for e in found if (e["date"] or "").startswith("1917")], found


def test_a_war_named_by_its_length() -> None:
    found = extract("The new government took office weeks after the 11-day war in Gaza.", "2021-06-13")
    assert [e for e in of_type(found, "attack") if e["date"] == "2021-05-10"], found
