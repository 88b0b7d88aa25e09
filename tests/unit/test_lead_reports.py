"""A doing a source reports in the article's first sentence is the day's news, dated by
the day the sentence gives the saying, else by the publication; the source is its
attribution. Elsewhere, a report with no date of its own stays out, as do hearsay
("تفيد التقارير بأن") and claims."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "date", "basis"),
    [
        (
            "قالت مصادر ليبية، الأربعاء، إن مليشيات تابعة للمجلس الرئاسي اختطفت عضو المجلس فتحي المجبري "
            "من منزله في العاصمة الليبية طرابلس.",
            "2018-06-27",
            "relative",
        ),
        ("قالت مصادر إن مليشيات اختطفت عضو المجلس الرئاسي الليبي فتحي المجبري في طرابلس.", "2018-06-28", "publication"),
        (
            "Libyan sources said on Wednesday that militias kidnapped presidential council member Fathi al-Mejbri "
            "in Tripoli.",
            "2018-06-27",
            "relative",
        ),
        ("Sources said that militias kidnapped presidential council member Fathi al-Mejbri in Tripoli.", "2018-06-28", "publication"),
    ],
)
def test_a_reported_doing_in_the_lead_is_news(text, date, basis):
    found = of_type(extract(text, "2018-06-28"), "arrest")
    assert found and (found[0]["date"], found[0]["date_basis"]) == (date, basis), found
    assert found[0]["attribution"] != "article" and "LBY" in found[0]["countries"], found


@pytest.mark.parametrize(
    "text",
    [
        # not the lead: a report with no date of its own may tell of anything
        "عاد الهدوء إلى طرابلس. وقالت مصادر إن مليشيات اختطفت عضو المجلس الرئاسي الليبي فتحي المجبري في طرابلس.",
        "Calm returned to Tripoli. Sources said that militias kidnapped council member Fathi al-Mejbri in Tripoli.",
        # hearsay and claims
        "تفيد التقارير الواردة بأن مليشيات اختطفت عضو المجلس الرئاسي الليبي فتحي المجبري في طرابلس.",
        "زعمت مصادر أن مليشيات اختطفت عضو المجلس الرئاسي الليبي فتحي المجبري في طرابلس.",
    ],
)
def test_other_undated_reports_stay_out(text):
    assert not of_type(extract(text, "2018-06-28"), "arrest"), extract(text, "2018-06-28")
