"""Wordings of the event types any news reader knows, in English and Arabic, beside the ones
the lexicon held (troops massed near a border, marching into a town, rolling across a river
or heading to a region; fighters marching into a city or taking a town named by its kind; a
vigil held by supporters; the state of war between two states ended; a trade status revoked,
supplies cut, cooperation suspended; a national dialogue;
a leader landing at an airport; a bid to join an alliance approved; wounded flown abroad for
treatment; a leader stripped of his leadership and another named in his place; a government
formed), and the everyday senses of the same words (crowds massing, protesters marching,
support mustered, locusts advancing, a vigil in mourning, a state of war declared, supplies
cut by a storm, a table of a meal, a rocket landing, wounded taken to a local hospital,
immunity stripped, a committee formed, a bid to host a games approved) that name no such
event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2021-05-11"  # a Tuesday: "on Monday", الاثنين, is 2021-05-10


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # troops massed near a border, the subject before the verb; soldiers counted after the Arabic verb
        ("More than 100,000 Russian troops massed near Ukraine's borders on Monday.", "deployment"),
        ("Thousands of Turkish troops were massing on the Syrian border on Monday.", "deployment"),
        ("حشدت روسيا الاثنين 100 ألف جندي قرب حدود أوكرانيا.", "deployment"),
        # troops marching into a town, rolling across a river
        ("Russian troops marched into the Georgian town of Gori on Monday.", "deployment"),
        ("Lebanese army troops rolled across the Litani river into southern Lebanon on Monday.", "deployment"),
        # peacekeepers heading to a region, the subject before or after the verb
        ("Russian peacekeepers were heading to Nagorno-Karabakh on Monday.", "deployment"),
        ("تتجه قوات حفظ السلام الروسية الاثنين إلى إقليم ناغورني قره باغ.", "deployment"),
        # fighters marching into a city, a town taken named by its kind, armed men advancing on a place
        ("M23 fighters marched into the city centre of Goma on Monday.", "attack"),
        ("Russian forces pushed deep into Georgia on Monday, taking the town of Gori.", "attack"),
        ("زحف مقاتلو حركة إم 23 الاثنين إلى وسط مدينة غوما.", "attack"),
        ("زحفت قوات الجيش السوداني الاثنين نحو مدينة الفاشر.", "attack"),
        # a vigil held by supporters, a stand with candles
        ("Supporters of the former president held a prayer vigil in Davao on Monday.", "protest"),
        ("أقام أنصار الرئيس الاثنين وقفة بالشموع أمام مقر المحكمة في مانيلا.", "protest"),
        # the state of war between two states ended
        ("Ethiopia and Eritrea on Monday declared an end to the state of war between them.", "relations"),
        ("أعلنت إثيوبيا وإريتريا الاثنين إنهاء حالة الحرب بينهما.", "relations"),
        # a trade status revoked, a customs duty imposed, supplies cut, cooperation with a state suspended
        ("India revoked Pakistan's most-favoured-nation trade status on Monday.", "sanctions"),
        ("ألغت الهند الاثنين وضع الدولة الأولى بالرعاية لباكستان.", "sanctions"),
        ("India imposed a 200 percent customs duty on all Pakistani imports on Monday.", "sanctions"),
        ("Israel cut fuel supplies to Gaza on Monday.", "sanctions"),
        ("قطعت إسرائيل الاثنين إمدادات الوقود عن قطاع غزة.", "sanctions"),
        ("China suspended cooperation with the United States on climate change on Monday.", "sanctions"),
        # a national dialogue among a country's parties
        ("Yemen's national dialogue opened in Sanaa on Monday.", "meeting"),
        ("انطلق الحوار الوطني اليمني الاثنين في صنعاء.", "meeting"),
        # a leader who landed at an airport
        ("The Qatari emir landed at Riyadh airport on Monday.", "visit"),
        ("هبطت طائرة أمير قطر الاثنين في مطار الرياض.", "visit"),
        # a bid to join an alliance approved, told by its possessive
        ("Hungary's parliament approved its bid on Monday, clearing Sweden's path into NATO.", "ratification"),
        ("أصبحت فنلندا عضوا في حلف الناتو بعد أن وافقت تركيا الاثنين على طلبها.", "ratification"),
        # wounded flown abroad for treatment, medical supplies brought in by aircraft
        ("Turkey flew dozens of injured Somalis to Ankara for treatment on Monday.", "aid"),
        ("نقلت طائرة عسكرية تركية الاثنين عشرات الجرحى الصوماليين إلى أنقرة للعلاج.", "aid"),
        ("A Turkish military aircraft brought in medical supplies to Mogadishu on Monday.", "aid"),
        # a leader stripped of his party's leadership, another named in his place or taking over from him
        ("The ruling party in Zimbabwe stripped President Robert Mugabe of its leadership on Monday.", "appointment"),
        ("جرد الحزب الحاكم في زيمبابوي الاثنين موغابي من رئاسة الحزب.", "appointment"),
        ("The Kuwaiti emir named a new crown prince in his place on Monday.", "appointment"),
        ("Kazakh President Tokayev took over from Nazarbayev as chairman of the Security Council on Monday.", "appointment"),
        # a government told by the participle or the intransitive verb of its forming
        ("Diab's cabinet in Lebanon, formed on Monday with the backing of Hezbollah, promised reforms.", "appointment"),
        ("تشكلت الحكومة اللبنانية الجديدة الاثنين برئاسة حسان دياب.", "appointment"),
        # its noun first, or born by the idiom of seeing the light
        ("وكانت الحكومة اللبنانية قد تشكلت الاثنين برئاسة حسان دياب.", "appointment"),
        ("وأبصرت الحكومة النور الاثنين في لبنان برئاسة حسان دياب.", "appointment"),
        # told with a clause of what came before it
        ("وكانت الحكومة اللبنانية قد تشكلت الاثنين بعد أن فاز التحالف بالانتخابات.", "appointment"),
    ],
)
def test_a_wording_a_news_reader_knows_names_its_event(text, kind):
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), kind)] == ["2021-05-10"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # crowds or supporters massed, support mustered, protesters marching, a river crossed by migrants
        ("Crowds of supporters massed outside the stadium in Kyiv on Monday.", "deployment"),
        ("حشد الحزب الحاكم الاثنين الدعم لمرشحه في الانتخابات.", "deployment"),
        ("Hundreds of protesters marched into the city centre of Tbilisi on Monday.", "deployment"),
        ("Hundreds of migrants crossed the Evros river into Greece on Monday.", "deployment"),
        # troops heading home or back to their barracks
        ("US troops were heading home from Afghanistan on Monday.", "deployment"),
        ("توجهت القوات الأمريكية الاثنين إلى ثكناتها في العراق.", "deployment"),
        # protesters marching or advancing on a palace, locusts spreading, a tour taking in a town
        ("Hundreds of protesters marched into the city centre of Goma on Monday.", "attack"),
        ("زحف آلاف المتظاهرين الاثنين نحو القصر الرئاسي في الخرطوم.", "attack"),
        ("زحف الجراد الاثنين نحو الحقول في السودان.", "attack"),
        ("The Georgian president's tour took in the town of Gori on Monday.", "attack"),
        # a vigil or candles in mourning or memory of the dead
        ("Residents held a candlelight vigil in Nairobi on Monday in memory of the flood victims.", "protest"),
        ("أقام السكان الاثنين وقفة بالشموع في بيروت حدادا على أرواح ضحايا الانفجار.", "protest"),
        # a state of war declared
        ("Russia declared a state of war with Ukraine on Monday.", "relations"),
        ("أعلنت السلطات الإثيوبية الاثنين حالة الحرب في البلاد.", "relations"),
        # a trade status granted, supplies cut by a storm, by militants or on a front line, cooperation with an inquiry
        ("India granted Pakistan most-favoured-nation status on Monday.", "sanctions"),
        ("A storm cut power supplies to Beirut on Monday.", "sanctions"),
        ("قطعت العاصفة الاثنين إمدادات الكهرباء عن بيروت.", "sanctions"),
        ("Militants cut supplies to the besieged town of Palma on Monday.", "sanctions"),
        ("قطعت القوات العراقية الاثنين خطوط الإمدادات عن مقاتلي داعش في الموصل.", "sanctions"),
        ("Myanmar's rebels suspended cooperation with the UN inquiry on Monday.", "sanctions"),
        # a table of a meal
        ("جمع الملك الاثنين أفراد الأسرة على مائدة الإفطار في الرباط.", "meeting"),
        ("The Italian family sat around one table for dinner in Rome on Monday.", "meeting"),
        # a party named after a national dialogue, a prize won by its sponsors
        ("فاز الرباعي الراعي للحوار الوطني في تونس الاثنين بجائزة نوبل للسلام.", "meeting"),
        ("Tunisia's National Dialogue Party won two seats in the vote on Monday.", "meeting"),
        # a rocket or an aid flight that landed at an airport
        ("A rocket landed at Baghdad airport on Monday.", "visit"),
        ("هبطت طائرة محملة بالمساعدات القطرية الاثنين في مطار بيروت.", "visit"),
        # a bid to host a games, a request for asylum
        ("The IOC approved its bid to host the 2032 Olympics in Brisbane on Monday, a member said.", "ratification"),
        ("وافقت السلطات الألمانية الاثنين على طلبه للجوء، حسب عضو في البرلمان.", "ratification"),
        # wounded taken to a local hospital
        ("نقلت سيارات الإسعاف الاثنين الجرحى إلى مستشفى مقديشو للعلاج.", "aid"),
        ("Somali ambulances flew through Mogadishu with the injured for treatment on Monday.", "aid"),
        # immunity or citizenship stripped
        ("The parliament of Kuwait stripped the deputy of his immunity on Monday.", "appointment"),
        ("جرد البرلمان الكويتي الاثنين النائب من الحصانة.", "appointment"),
        # a committee formed by a government
        ("The Lebanese government formed a committee on Monday to investigate the blast.", "appointment"),
        ("تشكلت في لبنان الاثنين لجنة تابعة للحكومة للتحقيق في الانفجار.", "appointment"),
        # a government not yet formed, or one expected to be; the verb of another noun after it
        ("ولم تكن الحكومة قد تشكلت بعد في لبنان الاثنين.", "appointment"),
        ("ويتوقع أن تكون الحكومة قد أبصرت النور في لبنان الاثنين.", "appointment"),
        ("اتهمت الحكومة العراقية الاثنين جماعة تشكلت عام 2014 بتنفيذ الهجوم في بغداد.", "appointment"),
        ("أعلنت الحكومة اللبنانية أن المبادرة رأت النور الاثنين.", "appointment"),
    ],
)
def test_an_everyday_sense_of_the_wording_names_no_such_event(text, kind):
    assert of_type(extract(text, PUBLISHED), kind) == []
