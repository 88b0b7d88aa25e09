"""Arabic trigger lexicon: a document told by the participle of its signing with the parties
or the time after it (الوثيقة الدستورية الموقعة بين، إعلان جدة الموقع في) was signed, and goods
told by the participle of donating (اللقاحات المتبرع بها) were given as aid, as the English
participles (the declaration signed in Jeddah, donated vaccines) already tell. A constitutional
declaration a ruler issues, a website, and blood or organs given by donors name no such deed."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

MAY = "2021-05-11"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # agreement: a document signed, told by the participle with the parties after it
        ("ويحكم السودان بموجب الوثيقة الدستورية الموقعة بين الجيش السوداني وقوى الحرية والتغيير في أغسطس 2019.", "agreement"),
        ("Sudan is governed under the constitutional document signed between the Sudanese army and civilian leaders in August 2019.", "agreement"),
        # agreement: a document signed, with the time after it, the noun without its article
        ("ويستند الحوار إلى وثيقة الدوحة الموقعة عام 2011 بين الحكومة السودانية وحركة التحرير والعدالة.", "agreement"),
        ("The talks rest on the Doha document signed in 2011 between the Sudanese government and the Liberation and Justice Movement.", "agreement"),
        # agreement: a declaration signed, with a proclitic on its noun
        ("ويلتزم الطرفان بإعلان جدة الموقع في مايو الماضي بين الجيش السوداني وقوات الدعم السريع.", "agreement"),
        ("Both sides abide by the Jeddah declaration signed in May between the Sudanese army and the Rapid Support Forces.", "agreement"),
        # aid: goods told by the participle of donating, in the feminine and the masculine
        ("وتواصل وصول شحنات من اللقاحات المتبرع بها من دول صديقة إلى تونس.", "aid"),
        ("Shipments of vaccines donated by friendly countries continued to arrive in Tunis.", "aid"),
        ("ووصل الاثنين إلى بيروت عتاد طبي متبرع به من الكويت.", "aid"),
        ("Medical equipment donated by Kuwait arrived in Beirut on Monday.", "aid"),
    ],
)
def test_participles_of_signing_and_donating_name_their_event(text, event_type):
    assert of_type(extract(text, MAY), event_type), extract(text, MAY)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a constitutional declaration issued by a ruler: a decree, no agreement
        ("وأصدر الرئيس الإعلان الدستوري الموقع في 25 يوليو.", "agreement"),
        # the participle's look-alike, a website or a position
        ("وتسلم الوزير الوثيقة من الموقع في بغداد.", "agreement"),
        # blood given by donors: no aid between states
        ("وتبقى الحاجة قائمة إلى الدم المتبرع به في مستشفيات العاصمة.", "aid"),
        ("Hospitals in the capital still need blood donated by volunteers.", "aid"),
    ],
)
def test_look_alikes_of_the_participles_name_no_event(text, event_type):
    assert not of_type(extract(text, MAY), event_type), extract(text, MAY)
