"""A leader or an envoy coming, told with no place after the verb ("the emir flew in on Sunday",
"was among the first to arrive", "ووصل وزير الخارجية المصري يوم الاثنين"), visits where the story
is filed (the dateline's city), or else the place the sentences before it tell of; a country named
as an owner ("Russia's invasion", "Syria's war") is not where the visitor came."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        (
            "AMMAN (Reuters) - Jordan's parliament opened a new session on Tuesday. "
            "Egypt's foreign minister flew in on Monday for consultations.",
            "EGY",
            "JOR",
        ),
        (
            "القاهرة (رويترز) - افتتح البرلمان المصري دورة جديدة يوم الثلاثاء. "
            "ووصل وزير الخارجية الأردني أيمن الصفدي يوم الاثنين لإجراء مشاورات.",
            "JOR",
            "EGY",
        ),
        (
            "MUSCAT (Reuters) - The ruler of Oman died on Friday after a long illness. "
            "Kuwait's emir arrived on Saturday to offer condolences.",
            "KWT",
            "OMN",
        ),
        # a place told before as where something was is where the visitor came, not the dateline's
        (
            "DUBAI (Reuters) - Gulf markets rose on Monday. "
            "Bahrain and Israel signed a joint communique in Manama on Sunday. "
            "The Israeli delegation, led by the national security adviser, flew in on a chartered flight.",
            "ISR",
            "BHR",
        ),
        (
            "Arab leaders gathered in Jeddah on Thursday for their annual summit. "
            "Few of them spoke of Syria's war. "
            "Ukraine's president also flew in on Friday, criticising Russia's invasion of his country.",
            "UKR",
            "SAU",
        ),
        (
            "اجتمع القادة العرب في الرياض يوم الخميس لعقد قمتهم السنوية. "
            "ووصل الرئيس الأوكراني فولوديمير زيلينسكي يوم الجمعة.",
            "UKR",
            "SAU",
        ),
    ],
)
def test_arrival_with_no_place_is_a_visit_where_the_story_is(text, visitor, host):
    events = extract(text, "2023-05-20")
    found = [ev for ev in of_type(events, "visit") if visitor in ev["countries"]]
    assert found, events
    assert {(ev["location"] or {}).get("country") for ev in found} == {host}, found


@pytest.mark.parametrize(
    "text",
    [
        "BEIRUT (Reuters) - The port was badly damaged on Tuesday. Relief supplies arrived on Thursday.",
        "بيروت (رويترز) - تضرر المرفأ بشدة يوم الثلاثاء. ووصلت مساعدات الإغاثة يوم الخميس.",
        "BEIRUT (Reuters) - Fighting flared on Tuesday. More troops flew in on Thursday.",
        "بيروت (رويترز) - اندلع القتال يوم الثلاثاء. ووصل عدد القتلى إلى عشرين يوم الخميس.",
    ],
)
def test_no_leader_coming_is_no_visit(text):
    assert not of_type(extract(text, "2023-05-20"), "visit")


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        (
            "ANKARA (AP) - Turkish officials praised U.S. Vice President Mike Pence, who flew in with Mike Pompeo.",
            "USA",
            "TUR",
        ),
        (
            "أنقرة (رويترز) - أشاد المسؤولون الأتراك بنائب الرئيس الأمريكي مايك بنس، الذي وصل برفقة وزير الخارجية مايك بومبيو.",
            "USA",
            "TUR",
        ),
    ],
)
def test_arrival_told_in_a_relative_clause(text, visitor, host):
    events = extract(text, "2023-05-20")
    found = [ev for ev in of_type(events, "visit") if visitor in ev["countries"]]
    assert found, events
    assert {(ev["location"] or {}).get("country") for ev in found} == {host}, found


@pytest.mark.parametrize(
    "text",
    [
        "BEIRUT (Reuters) - Lebanon's president signed the letter on Thursday after receiving "
        "U.S. envoy Amos Hochstein, who had flown in from Israel.",
        "بيروت (رويترز) - وقع الرئيس اللبناني الرسالة يوم الخميس بعد أن استقبل المبعوث الأمريكي "
        "آموس هوكشتاين، الذي وصل من إسرائيل.",
    ],
)
def test_where_the_visitor_flew_in_from_is_no_party(text):
    found = [ev for ev in of_type(extract(text, "2023-05-20"), "visit") if "USA" in ev["countries"]]
    assert found
    assert all("ISR" not in ev["countries"] and (ev["location"] or {}).get("country") == "LBN" for ev in found), found
