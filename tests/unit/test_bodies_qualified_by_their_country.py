"""A body's shared name qualified by its country (البرلمان المجري, the Hungarian parliament,
Hungary's parliament) is that country's body even when the dictionary holds none for it: it is
never the body of another country the sentence names (`events.qualified_bodies`), so the approving
body's country stays among the event's countries and no other country's body is added."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.actors import find_actors
from events.resources import load_resources
from events.text.normalize import fold

PUB = "2024-02-27"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("صادق البرلمان المجري يوم الاثنين على انضمام السويد إلى حلف شمال الأطلسي.", "HUN"),
        ("وافق البرلمان الفنلندي يوم الخميس على اتفاقية التعاون الدفاعي مع الولايات المتحدة.", "FIN"),
        ("The Hungarian parliament ratified Sweden's NATO membership on Monday.", "HUN"),
        ("Hungary's parliament ratified the defence cooperation agreement with Sweden on Monday.", "HUN"),
    ],
)
def test_the_approving_body_keeps_its_country(text: str, country: str) -> None:
    found = of_type(extract(text, PUB), "ratification")
    assert found and country in found[0]["countries"], found


@pytest.mark.parametrize(
    ("text", "body", "other"),
    [
        ("صادق البرلمان المجري على اتفاقية التعاون مع السويد.", "البرلمان", "sweden_parliament"),
        ("وافقت الحكومة المجرية على اتفاقية التعاون مع السويد.", "الحكومة", "sweden_government"),
        ("The Hungarian parliament ratified the cooperation agreement with Sweden.", "parliament", "sweden_parliament"),
        # a legislature's own name qualified by another country: that country's, not the one it names
        ("Peru's Congress voted to remove President Pedro Castillo on Wednesday.", "Congress", "us_parliament"),
        ("Brazil's Senate approved the trade agreement with the European Union on Tuesday.", "Senate", "us_parliament"),
        ("صادق الكونغرس البيروفي الثلاثاء على عزل الرئيس بيدرو كاستيو.", "الكونغرس", "us_parliament"),
        ("وافق الكونغرس الكولومبي الثلاثاء على اتفاق السلام مع المتمردين.", "الكونغرس", "us_parliament"),
    ],
)
def test_a_qualified_body_is_no_other_countrys(text: str, body: str, other: str) -> None:
    actors = find_actors(text, fold(text), load_resources().actors)
    assert other not in [a.actor_id for a in actors]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the body's own country named by its nisba: still that body
        ("صادق البرلمان التركي على اتفاقية التعاون مع السويد.", "turkey_parliament"),
        ("The U.S. Congress approved the aid package for Ukraine on Tuesday.", "us_parliament"),
        ("صادق الكونغرس الأمريكي الثلاثاء على حزمة المساعدات لأوكرانيا.", "us_parliament"),
        ("Congress approved the aid package for Ukraine on Tuesday.", "us_parliament"),
        # a bare body with no country at it: the country the sentence names
        ("أعلنت السويد أن البرلمان صادق على الاتفاقية.", "sweden_parliament"),
        # a country after the body is the object of a verb, no nisba of the body
        ("دعت الحكومة السويد إلى المصادقة على الاتفاقية، وقال وزير الخارجية السويدي إنها ستفعل.", "sweden_government"),
    ],
)
def test_near_misses_keep_their_reading(text: str, actor: str) -> None:
    actors = find_actors(text, fold(text), load_resources().actors)
    assert actor in [a.actor_id for a in actors]


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        # a bare legislature in a story filed abroad is still the body its name is an alias of
        ("CAIRO (Reuters) - Congress voted on Wednesday to impose sanctions on Egyptian officials.", "sanctions", "USA"),
        ("القاهرة (رويترز) - وافق الكونغرس يوم الأربعاء على فرض عقوبات على مسؤولين مصريين.", "sanctions", "USA"),
    ],
)
def test_a_bare_legislature_filed_abroad_keeps_its_country(text: str, event_type: str, country: str) -> None:
    found = of_type(extract(text, PUB), event_type)
    assert found and country in found[0]["countries"], found
