"""The table and the review panel speak the interface language: headers, list commas and correction lines."""

from __future__ import annotations

import pytest
from dashboard_sample import make_store

from dashboard.correction_text import correction_text
from dashboard.data import load_frame
from dashboard.names import load_names
from dashboard.table import table_frame


@pytest.fixture(scope="module")
def frame(tmp_path_factory):
    return load_frame(make_store(tmp_path_factory.mktemp("lists") / "events.sqlite"))


@pytest.fixture(scope="module")
def names():
    return load_names()


@pytest.mark.parametrize(("lang", "id_header", "sep"), [("en", "id", ", "), ("ar", "المعرّف", "، ")])
def test_table_headers_and_lists_in_the_interface_language(frame, names, lang, id_header, sep) -> None:
    table = table_frame(frame, names, lang)
    assert table.columns[-1] == id_header
    assert set(table.iloc[:, -1]) <= set(frame["event_id"])
    countries = table.iloc[:, 3]
    listed = [c for c in countries if len(c.split(sep)) > 1]
    assert listed, "the sample has events with several countries"
    other = ", " if sep == "، " else "، "
    assert not any(other in c for c in countries)


def _run(text: str) -> str:
    return f"\u2066{text}\u2069"


CORRECTIONS = [
    ({"id": 3, "action": "reject", "value": None, "author": "sara", "created_at": "2026-01-02"},
     "#3 rejected — sara 2026-01-02", f"{_run('#3')} رُفض — {_run('sara 2026-01-02')}"),
    ({"id": 4, "action": "type", "value": {"event_type": "visit"}, "author": None, "created_at": "2026-01-02"},
     "#4 Type: Visit — ? 2026-01-02", f"{_run('#4')} النوع: زيارة — {_run('? 2026-01-02')}"),
    ({"id": 5, "action": "date", "value": {"date": "2017-06", "date_precision": "month"}, "author": "a", "created_at": ""},
     "#5 Date: 2017-06 — a", f"{_run('#5')} التاريخ: {_run('2017-06')} — {_run('a')}"),
    ({"id": 6, "action": "actors", "value": {"actors": ["QAT", "TUR"]}, "author": "a", "created_at": "t"},
     "#6 Actors: Qatar, Turkey — a t", f"{_run('#6')} الفاعلون: قطر، تركيا — {_run('a t')}"),
    ({"id": 7, "action": "location", "value": {"location": {"name": "Doha", "country": "QAT"}}, "author": "a", "created_at": "t"},
     "#7 Location: Doha (Qatar) — a t", f"{_run('#7')} المكان: Doha (قطر) — {_run('a t')}"),
    ({"id": 8, "action": "location", "value": {"location": None}, "author": "a", "created_at": "t"},
     "#8 Location: none — a t", f"{_run('#8')} المكان: لا يوجد — {_run('a t')}"),
]


@pytest.mark.parametrize(("correction", "en", "ar"), CORRECTIONS, ids=[str(c[0]["action"]) + str(c[0]["id"]) for c in CORRECTIONS])
def test_a_correction_line_names_its_action_and_value(names, correction, en, ar) -> None:
    assert correction_text(correction, "en", names) == en
    assert correction_text(correction, "ar", names) == ar
