"""A person charged in the passive with a time between the verb and the charge ("Abdeslam was
charged on Saturday with participation in terrorist murder") is a step of his prosecution, as
«وجهت النيابة إليه تهمة» is; a body charged with a task ("a committee was charged on Saturday with
drafting the law", "the committee charged with investigating the blast") is none
(data/triggers.json, the arrest rows of charged ... with)."""

from __future__ import annotations

import pytest
from test_extraction_support import asserted_words


@pytest.mark.parametrize(
    "text",
    [
        "Salah Abdeslam was charged on Saturday with participation in terrorist murder.",
        "The two men were charged in Brussels with membership of a terrorist group.",
        "وجهت النيابة البلجيكية إليه تهمة المشاركة في القتل الإرهابي يوم السبت.",
    ],
)
def test_a_person_charged_is_prosecuted(text):
    assert asserted_words(text, "arrest")


@pytest.mark.parametrize(
    "text",
    [
        "A committee was charged on Saturday with drafting the new election law.",
        "The committee charged with investigating the blast met on Saturday.",
        "The envoy was charged last year with overseeing the talks.",
        "كلفت الحكومة لجنة يوم السبت بصياغة قانون الانتخابات الجديد.",
    ],
)
def test_a_body_charged_with_a_task_is_no_arrest(text):
    assert not asserted_words(text, "arrest")
