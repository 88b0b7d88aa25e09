"""The dateline of a wire story, in Arabic and English."""

from __future__ import annotations

import pytest

from events.text.dateline import find_dateline


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("دبي، الإمارات العربية المتحدة (CNN)-- قال عبدالله المعلمي", "دبي، الإمارات العربية المتحدة (CNN)-- "),
        ("أتلانتا، الولايات المتحدة الأمريكية (CNN) – أكدت قوات التحالف", "أتلانتا، الولايات المتحدة الأمريكية (CNN) – "),
        ("بيروت - أعلن الجيش اللبناني", "بيروت - "),
        ("ANKARA, June 7 (Reuters) - Turkey's parliament", "ANKARA, June 7 (Reuters) - "),
        ("GENEVA (AP) — Libya's rivals", "GENEVA (AP) — "),
        ("JERUSALEM, May 10, 2021 - Israeli warplanes", "JERUSALEM, May 10, 2021 - "),
        ("JERUSALEM/ANKARA, June 1 - Turkey withdrew", "JERUSALEM/ANKARA, June 1 - "),
        ("RIYADH/BEIRUT, Nov 5 - Lebanese Prime Minister", "RIYADH/BEIRUT, Nov 5 - "),
        ("  الدوحة – وصل وزير الدفاع", "الدوحة – "),
        ("(Beirut) – Egyptian security forces arrested", "(Beirut) – "),
        ("RIYADH: Saudi Arabia on Wednesday sent", "RIYADH: "),
        ("Abu Dhabi: The UAE Air Force hosted", "Abu Dhabi: "),
    ],
)
def test_a_dateline_is_found(text, dateline):
    span = find_dateline(text)
    assert span is not None
    assert text[span[0] : span[1]] == dateline


@pytest.mark.parametrize(
    "text",
    [
        "قال الرئيس - في كلمة ألقاها",
        "Turkey - Qatar ties are strong.",
        "The US - led coalition said",
        "زار وزير الخارجية التركي الدوحة أمس.",
        "Saudi Arabia cut ties with Qatar (June 2017).",
        "He said: The talks failed.",
        "(Reuters is not responsible) the deal.",
        "",
    ],
)
def test_no_dateline_in_an_ordinary_opening(text):
    assert find_dateline(text) is None


def test_a_byline_before_the_dateline_is_skipped():
    text = "By Parisa Hafezi\nDUBAI (Reuters) - Iran's Revolutionary Guards seized a tanker on Friday."
    span = find_dateline(text)
    assert span is not None and text[span[0] : span[1]].startswith("DUBAI (Reuters)")
