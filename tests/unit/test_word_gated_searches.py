"""Searches skipped in an article that lacks the words of their phrases (`may_name`), or run only
for the nouns whose letters stand in the sentence, find exactly what the search over every
article and every noun finds: the gate only ever says no where the search finds nothing."""

from __future__ import annotations

import re

import pytest

from events.assemble import abducted, coming_before, following_years, measured_openers, presences, taken_up
from events.assemble.told_gatherings import _named, _nouns, nouns_in
from events.model import Article
from events.pipeline import find_mentions, prepare_article
from events.resources import load_resources
from events.text.sentences import split_sentences


def _ungated(monkeypatch: pytest.MonkeyPatch, module: object) -> None:
    """`module`'s article gate opened for every text: its search runs everywhere."""
    monkeypatch.setattr(module, "may_name", lambda text, anchors: True)


def _mentions(text: str):
    return find_mentions(prepare_article(Article(id="t", text=text, published="2024-03-10")), load_resources())


@pytest.mark.parametrize(
    "text",
    [
        "تجمع محتجون أمام السفارة الفرنسية في باماكو، وأعلن الرئيس المالي استقالته.",
        "أحرقوا سفارة فرنسا وقرب القاعدة العسكرية الأمريكية في البلاد.",
        "وصل الرئيس الفرنسي إلى باماكو في زيارة رسمية.",  # no noun of presence: the gate says no
        "Protesters gathered outside the French Embassy in Bamako as Mali's president resigned.",
        "They stormed the EMBASSY OF FRANCE and France's military base near Niamey.",
        "The French president arrived in Bamako on Sunday.",  # no noun of presence
    ],
)
def test_presence_owners_gated_as_ungated(text, monkeypatch):
    mentions = _mentions(text)
    gated = presences.without_presence_owners(text, mentions)
    _ungated(monkeypatch, presences)
    assert gated == presences.without_presence_owners(text, mentions)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وعلى هامش القمة التقى الأمير بالرئيس", True),
        ("وشارك في المؤتمر نائب رئيس الدولة", True),
        ("وقع القادة البيان خلال قمة العلا", False),  # an indefinite noun: no gathering told before
        ("وقع القادة البيان أمس", False),
        ("on the sidelines of the Summit, the leaders met", True),
        ("at the FORUM in Davos the ministers talked", True),
        ("the leaders signed the statement on Tuesday", False),
    ],
)
def test_nouns_in_holds_every_noun_named(text, found):
    padded = "مقدمة. " + text + " خاتمة."
    lo, hi = padded.index(text), padded.index(text) + len(text)
    named = [noun for noun in sorted(_nouns()) if _named(noun).search(padded, lo, hi)]
    listed = nouns_in(padded, lo, hi)
    assert [n for n in listed if n in named] == named  # every noun named, in the order searched
    assert bool(named) is found


@pytest.mark.parametrize(
    "text",
    [
        "اختطفت مليشيا عضو المجلس البلدي فتحي أمس.",
        "خطف مسلحون 36 شخصا في الجنوب.",
        "قصفت الطائرات مواقع في الشمال.",  # no abduction word
        "Gunmen KIDNAPPED the mayor of the town on Monday.",
        "He was abducted by the rebels.",
        "Gunmen attacked a checkpoint on Monday.",  # no abduction word
    ],
)
def test_abducted_persons_gated_as_ungated(text, monkeypatch):
    mentions = _mentions(text)
    gated = abducted.abducted_persons(text, mentions)
    _ungated(monkeypatch, abducted)
    assert gated == abducted.abducted_persons(text, mentions)


@pytest.mark.parametrize(
    "text",
    [
        "أصدر الملك أمس أوامر ملكية. كما قضت الأوامر بتعيين وزير جديد.",
        "وقع البلدان اتفاقا أمس. وينص الاتفاق على فتح السفارات.",
        "The two ministries issued a joint STATEMENT on Tuesday. The statement said Egypt had named an envoy.",
        "The ministers met on Tuesday. The statement said Egypt had named an envoy.",  # the lead names no noun
        "Leaders signed the Accords on Monday. The accords restore ties.",
    ],
)
def test_taken_up_starts_gated_as_ungated(text, monkeypatch):
    sentences = split_sentences(text)
    gated = taken_up.taken_up_starts(text, sentences)
    monkeypatch.setattr(taken_up, "_may_name_en_noun", lambda opening: True)
    assert gated == taken_up.taken_up_starts(text, sentences)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Morsi was elected in 2012. He was ousted the following year.", True),
        ("The deal was signed in 2015. THE NEXT YEAR it collapsed.", True),
        ("They met in 2010 and reached the agreement two years later.", True),
        ("وانتخب رئيسا في العام التالي.", True),
        ("ووقع الاتفاق بعد ذلك بعامين.", True),
        ("وقعت الحكومة الاتفاق أمس في الرياض.", False),
        ("The government signed the deal on Monday.", False),
    ],
)
def test_year_phrase_positions_gated_as_ungated(text, found, monkeypatch):
    gated = following_years.year_phrase_positions(text)
    _ungated(monkeypatch, following_years)
    assert gated == following_years.year_phrase_positions(text)
    assert bool(gated) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Americans landed on Monday. Hours after the Americans landed, the Treasury imposed sanctions.", True),
        ("وصلت القوات الاثنين. وبعد ساعات من وصولهم، فرضت الخزانة عقوبات.", True),
        ("وصلت القوات الاثنين. وفرضت الخزانة عقوبات.", False),
        ("The Americans landed on Monday. The Treasury imposed sanctions.", False),
    ],
)
def test_hours_opener_starts_gated_as_ungated(text, found, monkeypatch):
    sentences = split_sentences(text)
    gated = measured_openers.hours_opener_starts(text, sentences)
    _ungated(monkeypatch, measured_openers)
    assert gated == measured_openers.hours_opener_starts(text, sentences)
    assert bool(gated) is found


@pytest.mark.parametrize(
    "text",
    [
        "ويأتي القرار قبل ساعات من قمة تستضيفها إسطنبول.",
        "وجاء القرار بعد أيام من القمة.",  # no verb of coming in the present
        "The move comes days before a summit in Istanbul.",
        "The move came after a summit in Istanbul.",  # neither word
    ],
)
def test_coming_occasions_gated_as_ungated(text, monkeypatch):
    triggers = _mentions(text).triggers
    gated = coming_before.coming_occasions(text, triggers, split_sentences(text))
    _ungated(monkeypatch, coming_before)
    assert gated == coming_before.coming_occasions(text, triggers, split_sentences(text))


def test_the_case_blind_article_keeps_its_offsets():
    """`nouns_in` reads the case-blind article at the text's own offsets."""
    text = "İSTANBUL ZİRVESİ — at the Summit"
    lo = text.index("at")
    assert nouns_in(text, lo, len(text)) == [n for n in sorted(_nouns()) if re.search(n, text[lo:], re.IGNORECASE)]


@pytest.mark.parametrize(
    "text",
    [
        "The ministers met on Tuesday. The minister announced the decision on Wednesday.",
        "The two sides signed a deal. The deal, signed late on Saturday, restores ties.",
        "وقع الطرفان اتفاقا. وأعلن الوزير القرار يوم الأربعاء.",  # no English determiner: the gate says no
    ],
)
def test_anaphor_starts_gated_as_ungated(text, monkeypatch):
    from events.assemble import anaphor_days

    sentences = split_sentences(text)
    gated = anaphor_days.anaphor_starts(text, sentences, sentences)
    _ungated(monkeypatch, anaphor_days)
    assert gated == anaphor_days.anaphor_starts(text, sentences, sentences)


@pytest.mark.parametrize(
    ("text", "trigger", "language"),
    [
        ("Houthi rebels seized the port. On Tuesday the group fired missiles at ships.", "fired", "en"),
        ("سيطر الحوثيون على الميناء. وأطلقت الجماعة صواريخ على السفن.", "وأطلقت", "ar"),
        ("Iran said on Monday that the country launched drones.", "launched", "en"),
    ],
)
def test_group_nouns_gated_find_what_the_plain_search_finds(text, trigger, language):
    from events.assemble.group_subjects import load_named_again

    gated = load_named_again()["nouns"]
    plain = re.compile(gated.pattern.split(")", 1)[1], gated.flags)  # without the leading look-ahead
    assert gated.pattern.startswith("(?=[")
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in gated.finditer(text)]  # each row names a noun of a group or a state


@pytest.mark.parametrize(
    ("text", "trigger", "language"),
    [
        ("Houthi rebels seized the port. On Tuesday the group fired missiles at ships.", "fired", "en"),
        ("سيطر الحوثيون على الميناء. وأطلقت الجماعة صواريخ على السفن.", "وأطلقت", "ar"),
        ("سيطر الحوثيون على الميناء. وأطلقت الجماعه صواريخ على السفن.", "وأطلقت", "ar"),  # a folded spelling
        ("Qatar hosted the talks. On Monday the Gulf state announced a deal.", "announced", "en"),
        ("Gunmen attacked a checkpoint on Monday.", "attacked", "en"),  # no noun: the gate says no
        ("هاجم مسلحون نقطة تفتيش يوم الاثنين.", "هاجم", "ar"),  # no noun
    ],
)
def test_group_subject_gated_as_ungated(text, trigger, language, monkeypatch):
    from events.assemble import group_subjects

    actors = _mentions(text).actors
    start = text.rfind(". ") + 2 if ". " in text else 0
    at = text.index(trigger, start)
    gated = group_subjects.group_subject(text, start, (at, at + len(trigger)), actors, language, len(text))
    _ungated(monkeypatch, group_subjects)
    assert gated == group_subjects.group_subject(text, start, (at, at + len(trigger)), actors, language, len(text))
