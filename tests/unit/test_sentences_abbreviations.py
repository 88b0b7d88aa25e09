"""A full stop after a word cut short does not end an English sentence; Arabic text keeps its cuts."""

import pytest

from events.text.sentences import split_sentences

CASES = [
    # titles before a name
    (
        "Maj. Karim Haddad led the patrol. It came back at dusk.",
        ["Maj. Karim Haddad led the patrol.", "It came back at dusk."],
    ),
    (
        "Sen. Dana Hill and Rep. Omar Field met Gov. Lee Stone.",
        ["Sen. Dana Hill and Rep. Omar Field met Gov. Lee Stone."],
    ),
    ("The talks were chaired by Prof. Nadia Aziz in Tunis.", ["The talks were chaired by Prof. Nadia Aziz in Tunis."]),
    (
        "Capt. Reed and Adm. Cole and Brig. Gen. Saleh arrived.",
        ["Capt. Reed and Adm. Cole and Brig. Gen. Saleh arrived."],
    ),
    # initialisms of three letters
    ("Envoys from the U.A.E. capital flew to Rome.", ["Envoys from the U.A.E. capital flew to Rome."]),
    # a.m. and p.m. inside and at the end of a sentence
    (
        "The truce began at 9 p.m. local time. Shelling stopped.",
        ["The truce began at 9 p.m. local time.", "Shelling stopped."],
    ),
    ("Fighting resumed after 6 a.m. and lasted all day.", ["Fighting resumed after 6 a.m. and lasted all day."]),
    ("The vote closed at 7:30 p.m. Baghdad time on Sunday.", ["The vote closed at 7:30 p.m. Baghdad time on Sunday."]),
    ("Polls open at 8 a.m. Tuesday across the country.", ["Polls open at 8 a.m. Tuesday across the country."]),
    ("The strike hit at 3 a.m. Two houses were destroyed.", ["The strike hit at 3 a.m.", "Two houses were destroyed."]),
    # rows kept as they were
    ("The pact was signed on Sept. 14 in Oslo. It holds.", ["The pact was signed on Sept. 14 in Oslo.", "It holds."]),
    ("Resolution No. 2334 passed. Then it was vetoed.", ["Resolution No. 2334 passed.", "Then it was vetoed."]),
    ("Harry S. Truman spoke in the U.S. capital.", ["Harry S. Truman spoke in the U.S. capital."]),
    ("They left in Jan. The talks ended.", ["They left in Jan.", "The talks ended."]),
    (
        "وصل الوفد إلى عمان. وقالت وكالة U.N. إن المحادثات بدأت.",
        ["وصل الوفد إلى عمان.", "وقالت وكالة U.N. إن المحادثات بدأت."],
    ),
    ("استقبل د. سامي الوفد في الساعة 10 صباحا. ثم غادر.", ["استقبل د. سامي الوفد في الساعة 10 صباحا.", "ثم غادر."]),
    ("التقى الوزير بممثل U.A.E. في بيروت. وبحثا الهدنة.", ["التقى الوزير بممثل U.A.E. في بيروت.", "وبحثا الهدنة."]),
    ("قال Gen. Smith إن القوات انسحبت. وانتهى الاجتماع.", ["قال Gen. Smith إن القوات انسحبت.", "وانتهى الاجتماع."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentences_at_abbreviations(text: str, expected: list[str]) -> None:
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == expected
