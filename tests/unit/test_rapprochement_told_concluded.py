"""An English rapprochement is a drawing closer, a trend as the Arabic «التقارب» is, and tells no
ties restored ('the marked Egyptian security rapprochement with Hamas in recent months', as
«بالتقارب الأمني المصري الملحوظ مع حماس في الشهور الأخيرة»); it is relations only when a word of
agreeing, reaching or sealing beside it tells it concluded. Reconciliation named as the topic of a
view ('Hamas's vision of reconciliation', as «رؤية حماس في المصالحة») is no ties restored either (real
resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "He points as evidence to the marked Egyptian security rapprochement with Hamas in recent months, "
        "particularly in controlling the border between Egypt and the Gaza Strip.",
        "ويدلل على ذلك بالتقارب الأمني المصري الملحوظ مع حماس في الشهور الأخيرة، سيما في ضبط الحدود بين مصر وقطاع غزة.",
        "Remarks by Saudi Crown Prince Mohammed bin Salman this month expressed a rapprochement between the Sunni "
        "kingdom and the Jewish state, particularly in confronting Iran.",
        "وصدرت تصريحات عن ولي العهد السعودي الأمير محمد بن سلمان هذا الشهر تعبر عن تقارب بين المملكة السنية "
        "والدولة العبرية ولا سيما في مواجهة إيران.",
        "But Abdel Mahdi Motawea, a Palestinian political analyst, believes that saying Egypt identifies with Hamas's "
        "vision of reconciliation \"is an exaggeration\".",
        "Egypt identifies with Hamas's vision of reconciliation.",
        "يرى أن القول بأن مصر تتماهى مع رؤية حماس في المصالحة \"أمر مبالغ فيه\".",
    ],
)
def test_a_rapprochement_seen_or_expressed_restores_no_ties(text: str) -> None:
    assert not of_type(extract(text, "2018-08-02"), "relations")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Turkey and Israel sealed their rapprochement in Ankara on Monday.", "2018-07-30"),
        ("Diplomats said the rapprochement between Qatar and the UAE agreed in Doha on Friday could reshape the Gulf.", "2018-07-27"),
        ("Egypt and Hamas announced a reconciliation in Cairo on Monday.", "2018-07-30"),
        ("أعلنت مصر وحماس المصالحة في القاهرة يوم الاثنين.", "2018-07-30"),
        ("Fatah and Hamas reached a reconciliation in Cairo on Monday.", "2018-07-30"),
    ],
)
def test_ties_told_restored_still_are(text: str, date: str) -> None:
    assert date in [e["date"] for e in of_type(extract(text, "2018-08-02"), "relations")]
