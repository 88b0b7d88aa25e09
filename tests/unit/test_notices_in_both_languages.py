"""The notices about an opening link's refused values, in English and in Arabic: each keeps its
English text and is told in the interface's language, with the refused value and parameter."""

from __future__ import annotations

import copy
import pickle

import pytest

from dashboard.notices import Notice, told
from dashboard.state import ViewState


@pytest.mark.parametrize(
    ("params", "english", "arabic"),
    [
        (
            {"from": "bogus"},
            "Ignored parameter 'from': not a date in YYYY-MM-DD form ('bogus').",
            "تم تجاهل المعلمة 'from': ليس تاريخًا بصيغة YYYY-MM-DD ('bogus').",
        ),
        (
            {"type": "picnic"},
            "Ignored unknown event type 'picnic' in 'type'.",
            "تم تجاهل قيمة غير معروفة (نوع حدث) 'picnic' في 'type'.",
        ),
        ({"zoom": "3"}, "Ignored unknown parameter 'zoom'.", "تم تجاهل معلمة غير معروفة 'zoom'."),
        (
            {"min_conf": "7"},
            "Ignored parameter 'min_conf': must be between 0 and 1 ('7').",
            "تم تجاهل المعلمة 'min_conf': يجب أن تكون بين 0 و1 ('7').",
        ),
        (
            {"q": "x" * 2500},
            "Ignored parameter 'q': value too long (2500 characters).",
            "تم تجاهل المعلمة 'q': القيمة طويلة جدًا (2500 حرفًا).",
        ),
        (
            {"from": "2020-01-01", "to": "2019-01-01"},
            "Ignored the date range: 'from' is after 'to'.",
            "تم تجاهل نطاق التاريخ: قيمة 'from' بعد قيمة 'to'.",
        ),
    ],
)
def test_a_notice_is_told_in_the_interface_language(params, english, arabic):
    (notice,) = ViewState.from_query(params).notices
    assert notice == english
    assert told(notice, "en") == english
    assert told(notice, "ar") == arabic


def test_a_plain_string_is_shown_as_it_is():
    assert told("Some other notice.", "ar") == "Some other notice."


def test_a_notice_survives_a_copy_and_a_pickle():
    notice = Notice("n_refused", key="to", reason=Notice("r_not_date", value="later"))
    for again in (copy.deepcopy(notice), pickle.loads(pickle.dumps(notice))):
        assert again == notice
        assert told(again, "ar") == told(notice, "ar") != str(notice)
