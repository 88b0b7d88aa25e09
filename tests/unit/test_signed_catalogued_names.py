"""A catalogued name that a verb of signing governs (`وقّع ... إعلان العلا`, `signed ... the
Al-Ula declaration`) tells the signing of that document, an agreement, whatever type the
catalog gives the event; a subject and a date may stand between the verb and the name, a
preposition of time or cause may not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.signed_names import signed_type


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ('وقّع زعماء دول الخليج يوم الثلاثاء "إعلان العلا" في ختام قمتهم.', "إعلان", "agreement"),
        ("وفي المساء وقع الزعماء الستة إعلان العلا.", "إعلان", "agreement"),
        ("Gulf leaders signed on Tuesday the Al-Ula declaration at their summit.", "Al-Ula", "agreement"),
        ("وقعت اشتباكات بعد أيام من إعلان العلا.", "إعلان", None),
        ("Clashes broke out days after the Al-Ula declaration.", "Al-Ula", None),
        ("رحب الزعماء، ووقعوا لاحقا على اتفاقيات، بإعلان العلا.", "بإعلان", None),
        # a deed that took place ("وقعت" also tells what happened), not a document signed
        ("ووقعت مذبحة الأقصر في الدير البحري.", "مذبحة", None),
        ("Negotiators signed off on the day of the Doha talks.", "Doha", None),
    ],
)
def test_the_verb_before_the_name(text, name, expected):
    start = text.index(name)
    assert signed_type(text, 0, start, text[start:].split(" ")[0] + " " + text[start:].split(" ")[1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        'وقّع زعماء دول الخليج يوم الثلاثاء 5 يناير 2021 "إعلان العلا" في ختام قمتهم.',
        "Gulf leaders signed on Tuesday the Al-Ula declaration at their summit.",
    ],
)
def test_the_signing_is_an_agreement(text):
    events = extract(text, "2021-01-06")
    assert [e["date"] for e in of_type(events, "agreement")] == ["2021-01-05"], events
    assert not of_type(events, "relations"), events


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # a document signed in a visit is the document's own entry, on its day, not the visit's
        (
            'وقّع بابا الكنيسة الكاثوليكية فرنسيس وشيخ الأزهر الشريف الدكتور أحمد الطيب، مساء الاثنين في أبوظبي، '
            '"وثيقة الأخوة الإنسانية من أجل السلام العالمي والعيش المشترك"، في لقاء ديني حاشد.',
            "agreement",
            "2019-02-04",
        ),
        ("Pope Francis and the Grand Imam of Al-Azhar signed the Document on Human Fraternity in Abu Dhabi.", "agreement", "2019-02-04"),
        # the visit named stays the visit
        ("وأشاد المتحدث بزيارة البابا فرنسيس إلى الإمارات.", "visit", "2019-02-03"),
    ],
)
def test_a_document_signed_in_a_visit_is_its_own_entry(text, event_type, date):
    found = extract(text, "2019-02-20")
    assert [e["date"] for e in of_type(found, event_type)] == [date], found
    assert not of_type(found, "visit" if event_type == "agreement" else "agreement"), found
