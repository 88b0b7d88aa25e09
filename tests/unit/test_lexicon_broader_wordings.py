"""Wordings of the fifteen event types a news reader knows, in Arabic and English, that the
lexicon lacked: the verbal noun of a verb it holds (مهاجمة beside هاجم, تحرير beside حرر, as
English has attacking and the liberation of), a warship sunk, targets hammered, an onslaught, a place infiltrated, hostages held, an opponent poisoned,
protests crushed, weapons given, sent or gifted, a sum lent, a call told by حادث, a person jailed by حبس,
charges brought by prosecutors,
goods embargoed, tariffs levied or raised, gas supplies cut, a side blacklisted, contacts with a state suspended, a leader installed, rescue
teams flown in, a people risen up, troops moved, reinforcements arrived, an armed group driven out, a bid to join an alliance approved, a winner declared by the
body that runs the vote; and
the words of the same spelling that name no event (an editor-in-chief, hostages or prices freed,
a boat lost in a storm, food poisoning, a crackdown on drugs, weapons sold or given up, banks
lending to firms, a road accident, breath held, a state's
accusations against another, a report embargoed, taxes levied, internet lines
cut, a radar installed, the wounded moved, a bid to host a tournament), or a deed only planned,
threatened, called for or denied."""

from __future__ import annotations

import pytest
from test_extraction_support import asserted_words, extract, of_type

PUBLISHED = "2021-05-11"  # a Tuesday: "on Monday", يوم الاثنين, is 2021-05-10


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the verbal noun of attacking, bare or after a preposition, as the English gerund
        ("أعلن الجيش التركي مهاجمة مواقع لحزب العمال الكردستاني في شمال العراق يوم الاثنين.", "attack"),
        ("قامت القوات التركية بمهاجمة مواقع المسلحين في عفرين يوم الاثنين.", "attack"),
        ("Turkish forces carried out the attacking of PKK positions in northern Iraq on Monday.", "attack"),
        # the verbal noun of liberating a city, an airport or a port, as "the liberation of"
        ("أعلنت القوات العراقية تحرير مدينة تلعفر من تنظيم الدولة يوم الاثنين.", "attack"),
        ("أعلنت قوات التحالف تحرير ميناء الحديدة من الحوثيين يوم الاثنين.", "attack"),
        ("Iraqi forces announced the liberation of the city of Tal Afar from Islamic State on Monday.", "attack"),
        # a warship sunk by a side, told by the verb or its verbal noun
        ("أغرقت القوات الأوكرانية سفينة حربية روسية في البحر الأسود يوم الاثنين.", "attack"),
        ("أعلنت البحرية الأوكرانية إغراق الفرقاطة الروسية بصاروخين يوم الاثنين.", "attack"),
        ("Ukrainian forces sank the Russian navy's Black Sea flagship on Monday.", "attack"),
        ("Ukrainian missiles caused the sinking of the Russian cruiser Moskva in the Black Sea on Monday.", "attack"),
        ("A British cargo ship was sunk by Houthi missiles in the Red Sea on Monday.", "attack"),
        ("أغرقت صواريخ الحوثيين سفينة شحن بريطانية في البحر الأحمر يوم الاثنين.", "attack"),
        # an opponent, a spy or a leader poisoned
        ("Ukrainian opposition leader Viktor Yushchenko was poisoned with dioxin on Monday.", "attack"),
        ("Britain blamed Russia for the poisoning of former spy Sergei Skripal in Salisbury on Monday.", "attack"),
        ("تعرض المعارض الروسي أليكسي نافالني للتسميم في سيبيريا يوم الاثنين.", "attack"),
        ("اتهمت بريطانيا روسيا بتسميم الجاسوس السابق سيرغي سكريبال يوم الاثنين.", "attack"),
        # protests or an uprising crushed by force, a deadly crackdown
        ("The Myanmar army crushed pro-democracy uprisings by force on Monday.", "attack"),
        ("The Syrian army put down the revolt in Deraa on Monday.", "attack"),
        # targets hammered by warplanes or artillery, as pounded (دكت)
        ("Israeli warplanes hammered Gaza overnight into Monday.", "attack"),
        ("Russian artillery hammered Ukrainian positions near Bakhmut on Monday.", "attack"),
        # a military onslaught, as a sweeping attack (هجوم كاسح)
        ("Israel's military onslaught on Gaza entered its third week on Monday.", "attack"),
        ("Russia's onslaught on the city of Mariupol continued on Monday.", "attack"),
        ("شنت إسرائيل هجوما كاسحا على غزة يوم الاثنين.", "attack"),
        # armed men who infiltrated a place, the verb before or after them
        ("Hamas militants infiltrated southern Israel on Monday.", "attack"),
        ("تسلل مسلحون إلى قاعدة عسكرية في سيناء يوم الاثنين.", "attack"),
        ("مسلحون تسللوا إلى قرية في شمال سيناء يوم الاثنين.", "attack"),
        ("دكت المدفعية الإسرائيلية مواقع حزب الله في جنوب لبنان يوم الاثنين.", "attack"),
        ("Sudanese security forces launched a deadly crackdown in Khartoum on Monday.", "attack"),
        # hostages taken, told by the verb of holding with them; hostage-taking and kidnappings as nouns
        ("احتجز مسلحان رهائن في مقر محافظة أربيل يوم الاثنين.", "attack"),
        ("The hostage-taking at the Erbil governorate building in Iraq ended on Monday.", "attack"),
        ("A wave of kidnappings hit northern Nigeria on Monday.", "attack"),
        ("قمعت قوات الأمن السورية الاحتجاجات في درعا يوم الاثنين.", "attack"),
        # an armed group driven out of a city, its routers named after the date, its name before من
        ("Al Shabaab was driven out of Mogadishu on Monday by African Union troops.", "attack"),
        ("طردت القوات العراقية تنظيم داعش من الموصل يوم الاثنين.", "attack"),
        ("طرد الجيش العراقي مسلحي تنظيم الدولة من الرمادي يوم الاثنين.", "attack"),
        ("شنت قوات الأمن السودانية حملة قمع ضد المتظاهرين في الخرطوم يوم الاثنين.", "attack"),
        # weapons given, gifted or handed over to a side
        ("منحت ألمانيا أوكرانيا منظومات دفاع جوي يوم الاثنين.", "aid"),
        ("أهدت الإمارات الجيش الصومالي مدرعات يوم الاثنين.", "aid"),
        ("Germany gave Ukraine air defence systems on Monday.", "aid"),
        ("India gifted two helicopters to the Maldives on Monday.", "aid"),
        ("The United States handed over 20 armoured vehicles to the Lebanese army on Monday.", "aid"),
        # weapons sent to a side
        ("Britain sent anti-tank missiles and other weapons to Ukraine on Monday.", "aid"),
        ("أرسلت بريطانيا صواريخ مضادة للدروع إلى أوكرانيا يوم الاثنين.", "aid"),
        ("أرسلت روسيا منظومات دفاع جوي إلى سوريا يوم الاثنين.", "aid"),
        # a sum lent to a side
        ("أقرضت السعودية باكستان 3 مليارات دولار يوم الاثنين.", "aid"),
        ("Saudi Arabia lent Pakistan $3 billion on Monday.", "aid"),
        ("China loaned Sri Lanka $1 billion on Monday.", "aid"),
        # a leader who spoke with another on the phone
        ("حادث الرئيس المصري نظيره الفرنسي هاتفيا يوم الاثنين.", "meeting"),
        ("وحادثت رئيسة الوزراء البريطانية ولي العهد السعودي هاتفيا يوم الاثنين.", "meeting"),
        ("The Egyptian president spoke with his French counterpart by phone on Monday.", "meeting"),
        # a person jailed (حبس in its forms that are no noun), incarcerated
        ("حبست السلطات المصرية الناشط علاء عبد الفتاح يوم الاثنين.", "arrest"),
        ("وحبست النيابة المصرية الصحفي 15 يوما على ذمة التحقيق يوم الاثنين.", "arrest"),
        ("Egyptian authorities incarcerated activist Alaa Abd El-Fattah on Monday.", "arrest"),
        ("Egyptian activist Alaa Abd El-Fattah was incarcerated on Monday.", "arrest"),
        # charges brought by prosecutors or the police, the preposition joined to the person or not
        ("وجهت النيابة التركية اتهامات للصحفي أحمد شيك يوم الاثنين.", "arrest"),
        ("وجهت النيابة التركية اتهامات إلى الصحفي أحمد شيك يوم الاثنين.", "arrest"),
        ("Turkish prosecutors charged journalist Ahmet Sik with aiding terrorism on Monday.", "arrest"),
        ("Hong Kong police charged Jimmy Lai with collusion with foreign forces on Monday.", "arrest"),
        ("Former Peruvian president Alberto Fujimori was charged with human rights abuses in Lima on Monday.", "arrest"),
        # goods embargoed, tariffs or sanctions levied, planes barred from a state's airspace (as the
        # Arabic lexicon tells an embargo or duties imposed and planes kept from crossing)
        ("The European Union embargoed Russian oil imports on Monday.", "sanctions"),
        ("Washington levied tariffs on Chinese steel on Monday.", "sanctions"),
        ("Qatari planes were banned from Saudi airspace on Monday.", "sanctions"),
        ("Saudi Arabia denied Qatari planes access to its airspace on Monday.", "sanctions"),
        # gas supplies to a state cut or halted, tariffs on a side's goods raised
        ("Russia cut gas supplies to Europe on Monday.", "sanctions"),
        ("Russia halted gas supplies to Poland and Bulgaria on Monday.", "sanctions"),
        ("The United States raised tariffs on Chinese steel to 25 percent on Monday.", "sanctions"),
        ("أوقفت روسيا إمدادات الغاز إلى أوكرانيا يوم الاثنين.", "sanctions"),
        ("قطعت روسيا إمدادات الغاز عن أوروبا يوم الاثنين.", "sanctions"),
        ("رفعت الولايات المتحدة الرسوم الجمركية على الصلب الصيني إلى 25 بالمئة يوم الاثنين.", "sanctions"),
        # a side put on a blacklist, as one placed on a trade blacklist
        ("وضعت وزارة الخزانة الأمريكية ثلاثة بنوك إيرانية على القائمة السوداء يوم الاثنين.", "sanctions"),
        ("The United States placed Huawei on a trade blacklist on Monday.", "sanctions"),
        ("فرض الاتحاد الأوروبي حظرا على واردات النفط الروسي يوم الاثنين.", "sanctions"),
        ("فرضت الولايات المتحدة رسوما جمركية على الصلب الصيني يوم الاثنين.", "sanctions"),
        ("منعت السعودية الطائرات القطرية من عبور أجوائها يوم الاثنين.", "sanctions"),
        # political, military or official contacts with a state suspended or frozen
        ("New Zealand suspended high-level political and military contacts with Myanmar on Monday.", "sanctions"),
        ("علقت نيوزيلندا الاتصالات السياسية والعسكرية رفيعة المستوى مع ميانمار يوم الاثنين.", "sanctions"),
        ("جمدت الإمارات اتصالاتها الرسمية مع قطر يوم الاثنين.", "sanctions"),
        # a bid to join an alliance approved by its members, a state formally joining it
        ("Turkey and Hungary approved Finland's bid to join NATO on Monday.", "ratification"),
        ("Finland became NATO's 31st member on Monday.", "ratification"),
        ("Finland formally joined NATO on Monday.", "ratification"),
        ("وافقت تركيا والمجر على طلب فنلندا الانضمام إلى الناتو يوم الاثنين.", "ratification"),
        ("انضمت فنلندا رسميا إلى حلف شمال الأطلسي يوم الاثنين.", "ratification"),
        # a winner declared or a victory announced by the body that runs the vote
        ("Egypt's electoral commission declared Sisi the winner on Monday.", "election"),
        ("Egypt's electoral commission announced Sisi's victory on Monday.", "election"),
        ("أعلنت الهيئة الوطنية للانتخابات فوز السيسي بولاية ثانية يوم الاثنين.", "election"),
        # a plebiscite, the word for a referendum the lexicon held in Arabic (استفتاء)
        ("Egypt held a plebiscite on the constitution on Monday.", "election"),
        ("أجرت مصر استفتاء على الدستور يوم الاثنين.", "election"),
        # a leader installed in an office by a side, the verb's subject and the office apart
        ("The Malian junta installed Assimi Goita as interim president on Monday.", "appointment"),
        ("نصب المجلس العسكري في مالي أسيمي غويتا رئيسا انتقاليا يوم الاثنين.", "appointment"),
        ("أعلن المجلس العسكري في مالي تنصيب أسيمي غويتا رئيسا انتقاليا يوم الاثنين.", "appointment"),
        # rescue teams flown into a stricken country bring aid, as rescue teams arriving or landing do
        ("Search and rescue teams from dozens of countries have flown into Turkey on Monday.", "aid"),
        ("Armenian rescue teams flew into Turkey on Monday.", "aid"),
        ("وصلت فرق إنقاذ أرمينية إلى تركيا يوم الاثنين.", "aid"),
        # a people that rose up against a ruler or a grievance
        ("Iraqis rose up against the government in Basra on Monday.", "protest"),
        ("انتفض سكان البصرة ضد انقطاع الكهرباء يوم الاثنين.", "protest"),
        ("انتفض العراقيون احتجاجا على الفساد في البصرة يوم الاثنين.", "protest"),
        # troops moved with their number between, or told moved in the passive; soldiers counted after a number
        ("Russia has moved about 30,000 troops into Belarus on Monday.", "deployment"),
        ("A further 1,000 U.S. troops are being moved from Germany to Romania, the Pentagon said on Monday.", "deployment"),
        ("نقلت روسيا نحو 30 ألف جندي إلى بيلاروسيا يوم الاثنين.", "deployment"),
        ("نقلت الولايات المتحدة ألف جندي من ألمانيا إلى رومانيا يوم الاثنين.", "deployment"),
        # military reinforcements or a convoy arriving, the word of their kind after them
        ("وصلت تعزيزات عسكرية تركية إلى إدلب يوم الاثنين.", "deployment"),
        ("وصل رتل عسكري تركي إلى إدلب يوم الاثنين.", "deployment"),
        ("Turkish military reinforcements arrived in Idlib on Monday.", "deployment"),
        # a contingent or peacekeepers arriving, as troops do
        ("A first contingent of Kenyan police officers arrived in Haiti on Monday to lead the mission.", "deployment"),
        ("About 400 Kenyan peacekeepers arrived in Haiti on Monday.", "deployment"),
        ("وصلت أول دفعة من أفراد الشرطة الكينية إلى هايتي يوم الاثنين لقيادة البعثة.", "deployment"),
    ],
)
def test_a_broader_wording_names_its_event(text: str, kind: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), kind)] == ["2021-05-10"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # attacking in words; an attack only aimed at, threatened, called for or denied
        ("انتقد الوزير في كلمته مهاجمة الصحف للحكومة يوم الاثنين.", "attack"),
        ("نشطت الجماعات المسلحة في سنجار بهدف مهاجمة تركيا.", "attack"),
        ("هددت إيران يوم الاثنين بمهاجمة القواعد الأمريكية في المنطقة.", "attack"),
        ("دعت المعارضة يوم الاثنين إلى مهاجمة مواقع الجيش.", "attack"),
        ("نفى الجيش يوم الاثنين مهاجمة المدنيين في درعا.", "attack"),
        ("Iran threatened on Monday to attack U.S. bases in the region.", "attack"),
        # an editor-in-chief, a body's name, prices freed, hostages freed, a liberation vowed
        ("قال رئيس تحرير الصحيفة يوم الاثنين إن المدينة تعيش أزمة اقتصادية.", "attack"),
        ("تسيطر هيئة تحرير الشام على مناطق واسعة من إدلب.", "attack"),
        ("أعلنت الحكومة يوم الاثنين تحرير أسعار الوقود في المدينة.", "attack"),
        ("نجحت القوات يوم الاثنين في تحرير الرهائن المحتجزين في مدينة أربيل.", "attack"),
        ("تعهدت القوات يوم الاثنين بتحرير المدينة من تنظيم داعش.", "attack"),
        ("The newspaper's editor-in-chief said on Monday the city faced a crisis.", "attack"),
        ("The Iraqi government announced the liberalisation of fuel prices in the city on Monday.", "attack"),
        # a boat that sank with migrants or in a storm, stocks sunk by prices
        ("غرق قارب للمهاجرين قبالة السواحل الليبية يوم الاثنين.", "attack"),
        ("أغرقت العاصفة عشرات الزوارق في ميناء الإسكندرية يوم الاثنين.", "attack"),
        ("A migrant boat sank off the Libyan coast on Monday.", "attack"),
        ("The storm sank dozens of fishing boats in the Egyptian port of Alexandria on Monday.", "attack"),
        ("An Egyptian ferry was sunk by a storm in the Red Sea on Monday.", "attack"),
        ("Falling oil prices sank tanker stocks on Monday.", "attack"),
        # food poisoning, relations poisoned
        ("Dozens of Egyptian schoolchildren were poisoned by contaminated food in Cairo on Monday.", "attack"),
        ("The Egyptian opposition leader said on Monday the dispute had poisoned relations with Cairo.", "attack"),
        ("أصيب عشرات التلاميذ المصريين بتسمم غذائي في القاهرة يوم الاثنين.", "attack"),
        ("نقل المعارض المصري إلى المستشفى بعد تسمم غذائي في وجبة يوم الاثنين.", "attack"),
        # a crackdown on drugs or corruption, rivals crushed at the polls, a crushing defeat
        ("Egyptian police launched a crackdown on drug smugglers in Sinai on Monday.", "attack"),
        ("The Egyptian government launched a crackdown on corruption on Monday.", "attack"),
        ("The Egyptian president crushed his rivals in the election on Monday.", "attack"),
        ("Egypt suffered a crushing defeat against Ghana on Monday.", "attack"),
        ("The Egyptian police officer put down the phone on Monday.", "attack"),
        # prices hammering households, a team hammered, a deal hammered out
        ("Rising prices hammered Egyptian households on Monday.", "attack"),
        ("Egypt hammered Ghana 4-0 on Monday.", "attack"),
        ("The Egyptian minister faced an onslaught of criticism on Monday.", "attack"),
        ("واجه الوزير المصري هجوما إعلاميا كاسحا يوم الاثنين.", "attack"),
        # spies or migrants slipping in, an infiltration only feared
        ("Russian spies infiltrated the Egyptian ministry on Monday.", "attack"),
        ("تسلل مهاجرون إلى إسبانيا عبر سبتة يوم الاثنين.", "attack"),
        ("Israel said on Monday it feared militants would infiltrate the border.", "attack"),
        # a base infiltrated is no base set up
        ("تسلل مسلحون إلى قاعدة عسكرية في سيناء يوم الاثنين.", "deployment"),
        ("The Egyptian and Turkish negotiators hammered out a deal on Monday.", "attack"),
        ("دكت الأسعار المرتفعة ميزانيات الأسر المصرية يوم الاثنين.", "attack"),
        ("أدانت كندا يوم الاثنين قمع نشطاء حقوق الإنسان في السعودية.", "attack"),
        # a journalist held by police, the release of hostages demanded
        ("احتجزت الشرطة المصرية الصحفي في القاهرة يوم الاثنين.", "attack"),
        ("Iraq demanded the release of hostages held in Erbil on Monday.", "attack"),
        # families driven out by rents, migrants expelled while troops stand by, hardliners expelled from a party
        ("Rising rents drove Egyptian families out of central Cairo on Monday, as troops guarded the square.", "attack"),
        ("طردت السلطات المصرية المهاجرين من سيناء يوم الاثنين، بينما انتشرت القوات في المدينة.", "attack"),
        ("طرد الحزب المصري المتشددين من صفوفه يوم الاثنين.", "attack"),
        # a licence to sell fireworks, weapons given up, tanks under a sales contract
        ("منحت الحكومة المصرية الشركة ترخيصا لبيع صواريخ الألعاب النارية يوم الاثنين.", "aid"),
        ("باعت ألمانيا مصر صواريخ بموجب صفقة يوم الاثنين.", "aid"),
        ("The Libyan rebels gave up their weapons on Monday.", "aid"),
        ("Germany gave Ukraine tanks under a sales contract on Monday.", "aid"),
        # troops sent with weapons, weapons experts sent, systems sent under a sale
        ("Russia sent troops and weapons into Ukraine on Monday.", "aid"),
        ("Britain sent weapons experts to Ukraine on Monday.", "aid"),
        ("أرسلت روسيا منظومات دفاع جوي إلى تركيا بموجب صفقة بيع يوم الاثنين.", "aid"),
        # banks lending to firms, support lent
        ("أقرضت البنوك المصرية الشركات الصغيرة 5 مليارات جنيه يوم الاثنين.", "aid"),
        ("Egyptian banks lent small businesses 5 billion pounds on Monday.", "aid"),
        ("Qatar lent its support to the Palestinian cause on Monday.", "aid"),
        # an accident reported by phone
        ("أبلغ شهود الشرطة المصرية عن حادث سير على الطريق الصحراوي هاتفيا يوم الاثنين.", "meeting"),
        ("Witnesses reported a road accident to the Egyptian police by phone on Monday.", "meeting"),
        # breath held
        ("حبست الجماهير المصرية أنفاسها في الدقائق الأخيرة يوم الاثنين.", "arrest"),
        ("The Egyptian crowd held its breath in the final minutes on Monday.", "arrest"),
        # a state's accusations against another
        ("وجهت السعودية اتهامات إلى قطر بدعم الإرهاب يوم الاثنين.", "arrest"),
        ("وجهت السعودية والإمارات اتهامات لقطر بمساندة الإرهاب يوم الاثنين.", "arrest"),
        ("Saudi Arabia charged Qatar with backing terrorism on Monday.", "arrest"),
        # a report under embargo, taxes or fees levied at home, fans kept out of a stadium
        ("The Egyptian report was embargoed until Monday.", "sanctions"),
        ("The Egyptian government levied new taxes on citizens on Monday.", "sanctions"),
        ("Egyptian footballers were banned from the Cairo stadium on Monday.", "sanctions"),
        ("فرضت الحكومة المصرية ضرائب جديدة على المواطنين يوم الاثنين.", "sanctions"),
        # tariffs lifted, supplies cut by a fault or a storm, duties raised at home on imports, prices raised
        ("رفعت الولايات المتحدة الرسوم الجمركية عن الصلب الصيني يوم الاثنين.", "sanctions"),
        ("أوقفت الشركة المصرية إمدادات الغاز إلى المصانع بسبب عطل يوم الاثنين.", "sanctions"),
        ("A storm cut gas supplies to Cairo on Monday.", "sanctions"),
        # gas deliveries or shipments halted, as the frozen arms deliveries table keeps them
        ("Moscow halted gas deliveries to Poland on Monday.", "sanctions"),
        ("أوقفت موسكو شحنات الغاز إلى بولندا يوم الاثنين.", "sanctions"),
        ("The Egyptian government raised customs duties on imported cars on Monday.", "sanctions"),
        ("The Egyptian government raised fuel prices on Monday.", "sanctions"),
        # a list of honour
        ("وضعت الجامعة المصرية الطلاب المتفوقين على قائمة الشرف يوم الاثنين.", "sanctions"),
        ("The Egyptian university placed its best students on the honour list on Monday.", "sanctions"),
        ("منعت إدارة الملعب المشجعين المصريين من دخول المدرجات يوم الاثنين.", "sanctions"),
        # internet lines cut, contacts with a crew or with kidnappers
        ("قطعت الشركة المصرية اتصالات الإنترنت مع سيناء يوم الاثنين.", "sanctions"),
        ("قطعت السلطات المصرية الاتصالات مع طاقم السفينة يوم الاثنين.", "sanctions"),
        ("Egypt suspended phone contacts with the ship's crew on Monday.", "sanctions"),
        ("The Egyptian government cut contacts with the kidnappers on Monday.", "sanctions"),
        # a bid to host a tournament, a member only expected, a player joining a club
        ("FIFA approved Egypt's bid to host the tournament on Monday.", "ratification"),
        ("Sweden is expected to become NATO's 32nd member next year, the Egyptian minister said on Monday.", "ratification"),
        ("انضم اللاعب المصري رسميا إلى نادي ليفربول يوم الاثنين.", "ratification"),
        # a victory in a war or a cup
        ("Egypt's army announced victory over militants in Sinai on Monday.", "election"),
        ("The Egyptian football federation declared Al Ahly the winner of the cup on Monday.", "election"),
        # a plebiscite or a referendum only called for
        ("The Egyptian opposition called for a plebiscite on the constitution on Monday.", "election"),
        ("دعت المعارضة المصرية إلى استفتاء على الدستور يوم الاثنين.", "election"),
        ("أعلن الجيش المصري النصر على المسلحين في سيناء يوم الاثنين.", "election"),
        # a radar installed or set up, tents pitched, a ruler self-proclaimed
        ("Egyptian engineers installed the new radar system as part of the upgrade on Monday.", "appointment"),
        ("نصب الجيش المصري منظومة رادار جديدة في سيناء يوم الاثنين.", "appointment"),
        ("نصب المتظاهرون خياما أمام مقر رئيس الحكومة في القاهرة يوم الاثنين.", "appointment"),
        ("نصب الزعيم الليبي نفسه حاكما على البلاد يوم الاثنين.", "appointment"),
        # a team flown home, a minister flown in
        ("The Armenian medical team flew home from Turkey on Monday.", "aid"),
        ("The Armenian foreign minister flew into Ankara on Monday.", "aid"),
        ("عاد فريق الإنقاذ الأرميني من تركيا إلى يريفان يوم الاثنين.", "aid"),
        # shares that rose, fans who leapt for joy
        ("Egyptian shares rose up to 3 percent on Monday.", "protest"),
        ("انتفض جمهور الأهلي المصري فرحا بالهدف في القاهرة يوم الاثنين.", "protest"),
        # the wounded moved to a hospital, soldiers taken home on leave
        ("The wounded Russian troops were moved to a hospital in Belarus on Monday.", "deployment"),
        ("نقل الجيش المصري جنديا مصابا إلى المستشفى يوم الاثنين.", "deployment"),
        ("نقلت الحافلات ألف جندي مصري إلى منازلهم في إجازة يوم الاثنين.", "deployment"),
        ("وصلت تعزيزات عسكرية تركية إلى إدلب يوم الاثنين.", "visit"),
        ("Turkish military reinforcements arrived in Idlib on Monday.", "visit"),
        ("A first contingent of Kenyan police officers arrived in Haiti on Monday to lead the mission.", "visit"),
        ("وصلت أول دفعة من أفراد الشرطة الكينية إلى هايتي يوم الاثنين لقيادة البعثة.", "visit"),
        # a leader arriving makes a visit, no deployment
        ("Kenyan President William Ruto arrived in Haiti on Monday.", "deployment"),
        ("وصل الرئيس الكيني وليام روتو إلى هايتي يوم الاثنين.", "deployment"),
    ],
)
def test_the_same_words_in_another_sense_name_no_event(text: str, kind: str) -> None:
    assert of_type(extract(text, PUBLISHED), kind) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Myanmar army crushed pro-democracy uprisings by force in 1988.", "uprisings"),
        ("قمعت قوات الأمن السورية الاحتجاجات في درعا عام 2011.", "الاحتجاجات"),
    ],
)
def test_protests_crushed_stay_the_protest_they_name(text: str, word: str) -> None:
    assert asserted_words(text, "protest") == [word]
    assert asserted_words(text, "attack")
