"""Arrests and verdicts of unnamed counts of people (SCHEMA.md: an arrest is of a
named person), which make no event, unless the count is of persons of public life
(`crowd_counts.patients_ar`/`patients_en`: three activists, ثلاثة ناشطين, two officials).
A count of ordinary people (people, suspects, protesters, students, soldiers; أشخاص،
متظاهرين، طلاب) makes none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import ActorMention, TriggerMention
from events.text.normalize import is_arabic


@lru_cache(maxsize=4)
def load_crowd_counts(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A search for a count of people (data/assembly.json `crowd_counts`: "9 مهربين", "45
    شخصا", "14 إيرانيا", "dozens of protesters", or people told only by what the source called
    them, `crowd_described`: "من وصفهم بمثيري الشغب"), a match for the words that list names after
    one, and a search for one as the subject of an English passive just before the event word
    ("Dozens of protesters were arrested", "Thousands have been detained"), or of a clause
    after the count that takes part of it (`partitives`: "hundreds of protesters, many of whom
    were later sentenced", "مئات الأشخاص، صدرت بحق كثير منهم"). A bare count
    (`bare_numbers`) right before a mark or a preposition (`bare_followers`) is one too
    ("arrested dozens, ...", "اعتقلت العشرات في ..."), as is a figure told as an estimate
    (`approximators`: "more than 1,700 were detained", "اعتقلت الشرطة أكثر من 1700 في موسكو")."""
    rules = load_assembly_rules(path).get("crowd_counts", {})

    def alternatives(key: str) -> str:
        words = sorted(rules.get(key, ()), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"

    described_words = sorted(load_assembly_rules(path).get("crowd_described", ()), key=len, reverse=True)
    described = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in described_words) or "(?!)"
    figure = r"[\d٠-٩][\d٠-٩,.]*"
    # a count word may take "of the" or من before its noun ("several of the demonstrators", "عدد من المحتجين")
    # a figure told as an estimate stands for people with no noun after it ("more than 1,700 were
    # detained", "اعتقلت الشرطة أكثر من 1700 في موسكو"); a bare figure may be a year ("in 2019,")
    approximate = r"(?:" + alternatives("approximators") + r")\s+" + figure
    amount = r"(?:" + figure + "|" + alternatives("numbers") + r")(?:\s+(?:من|of|ألف|الف|آلاف))?(?:\s+the)?\s+"
    count = re.compile(
        r"(?<![^\W\d_])(?:" + amount + r"(?:(?:(?-i:[A-Z][\w-]*)|" + alternatives("qualifiers") + r")\s+){0,2}(?:ال)?(?:"
        + alternatives("people")
        + r")"
        # people of a nationality: a figure before an accusative nisba ("14 إيرانيا"), a count
        # before a plural one ("عشرة فلسطينيين", not "ملايين") or a demonym ("10 Palestinians")
        r"|" + figure + r"\s+[\u0621-\u064a]{3,}يا"
        r"|" + amount + r"(?:ال)?(?!ملايين)[\u0621-\u064a]{3,}يين"
        r"|" + amount + r"(?-i:[A-Z][a-z]+(?:ians|ans|is|ese|ites))"
        # people told only by what the source called them ("اعتقال من وصفهم بمثيري الشغب")
        r"|(?:" + described + r")"
        # a bare count standing as the object, before a mark, the sentence's end or a preposition
        # ("arrested dozens, most of them ...", "اعتقلت العشرات في ...")
        r"|(?:" + alternatives("bare_numbers") + r"|" + approximate + r")"
        # (a comma or a full stop before a digit groups or ends the figure: "more than 6,000 people")
        r"(?=\s*(?:[,.;:،؛!?؟](?![\d٠-٩])|$)|\s+(?:" + alternatives("bare_followers") + r")(?![^\W\d_])))"
        r"(?![^\W\d_])",
        re.IGNORECASE,
    )
    # the list may follow the count's adjectives ("3 قادة ميدانيين، هم ..."), as a word of its own
    # (not the pronoun ending a word, "يشتبه في انتمائهم", nor منهم after a word of a part of
    # them, `partitive_heads`: "صدرت بحق كثير منهم أحكام" tells what befell some, and names none)
    not_a_part = "".join(r"(?<!" + re.escape(w) + r"\s)" for w in rules.get("partitive_heads", ()))
    names = re.compile(
        r"(?:[\s,،:]+[^\W\d_]+){0,5}?[\s,،:]*(?<![^\W\d_])" + not_a_part + r"[وف]?(?:" + alternatives("names_follow") + r")(?![^\W\d_])"
        # or the next sentence opens with them ("ومن بين المدانين مدير الصحيفة ...")
        r"|[^.!?؟\n]*[.!?؟\n]\s*(?:" + alternatives("next_names") + r")(?![^\W\d_])"
        # or the next sentence opens with the count again and its list ("The five men, including ...")
        r"|[^.!?؟\n]*[.!?؟\n]\s*the\s+(?:" + alternatives("numbers") + r")(?:\s+[^\W\d_]+){1,2},?\s+(?:"
        + alternatives("names_follow") + r")(?![^\W\d_])"
        # or a name of two words or more stands in apposition ("two activists, Alaa Abd el-Fattah and ...")
        r"|\s*,\s*(?-i:[A-Z][\w'-]+(?:\s+(?:[A-Z][\w'-]+|el-[A-Z][\w'-]+|al-[A-Z][\w'-]+|bin|ben|abu|abd|el|al)){1,4})\s*(?:,|and\b|$)",
        re.IGNORECASE,
    )
    subject = re.compile(
        r"(?:" + count.pattern + r"|(?<![^\W\d_])(?:" + alternatives("bare_numbers") + r")(?:\s+more)?|(?<![^\W\d_])" + approximate + r")"
        r"(?:\s+[^\s,.;:]+){0,6}?(?:\s+(?:were|have\s+been|had\s+been|are\s+being|are)"
        # or a clause after it that takes part of it ("..., many of whom were later", "، صدرت بحق كثير منهم")
        r"|\s*[,،]\s*(?:[^\s,.;:،]+\s+){0,2}?(?:" + alternatives("partitives") + r")(?![^\W\d_])(?:\s+[^\s,.;:،]+){0,3}?)\s+$",
        re.IGNORECASE,
    )
    return count, names, subject


@lru_cache(maxsize=4)
def load_bare_plurals(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, right after an arrest's word, for its bare object: one of data/assembly.json
    `crowd_counts.bare_plurals` (protesters, المتظاهرين), after at most three words (a verb's
    subject, an adjective) and perhaps of, ال or لل ("arrested protesters", "اعتقلت الشرطة المصرية
    المتظاهرين", "الاعتقال التعسفي للمهاجرين")."""
    rules = load_assembly_rules(path).get("crowd_counts", {})
    plurals = alternation(rules.get("bare_plurals", ()), spaced=True)
    followers = alternation(rules.get("bare_followers", ()), spaced=True)
    # the object ends its clause or a place or a time follows it ("in Cairo", "في القاهرة"):
    # "people smugglers' boss Ahmed Dabbashi" goes on to name one
    return re.compile(
        # (never past the agent of a passive: "abducted by their fighters", "على أيدي مسلحين")
        r"(?:\s+(?!(?:by|يد|بيد|أيدي|ايدي|قبل)(?![^\W\d_]))[^\s,.;:،؛()\"]+){0,3}?\s+\(?(?:of\s+(?:the\s+)?)?(?P<plural>(?:لل|ل|ال)?(?:" + plurals + r"))"
        r"(?=\)?\s*(?:[,.;:،؛!?؟]|$)|\s+(?:" + followers + r")(?![^\W\d_]))",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def load_counted_patients(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Matches (Arabic, English) for a count's last word that is one of data/assembly.json
    `crowd_counts.patients_ar` / `patients_en` (ناشطين، صحفيين، activists, officials): a count
    of persons of public life stands as the patient. An Arabic word may carry the article (عشرات المتظاهرين)."""
    rules = load_assembly_rules(path).get("crowd_counts", {})

    def ending(key: str, article: str) -> re.Pattern[str]:
        words = sorted(rules.get(key, ()), key=len, reverse=True)
        alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
        return re.compile(r"(?<![^\W\d_])" + article + r"(?:" + alternatives + r")$", re.IGNORECASE)

    mass = "|".join(map(re.escape, rules.get("mass_ar", ()))) or "(?!)"
    arabic = re.compile(r"^(?!.*(?<![^\W\d_])(?:" + mass + r")(?![^\W\d_])).*" + ending("patients_ar", "(?:ال)?").pattern)
    return arabic, ending("patients_en", "")


def _counted_patients(text: str, trigger: tuple[int, int], found: str) -> bool:
    """Whether a count (`found`) is of persons that stand as the patient of the arrest or the
    verdict ("اعتقلت الشرطة ثلاثة ناشطين", "police arrested three activists", "two officials
    were detained"), persons of public life, not ordinary people, in the language of the event word; an Arabic count in thousands
    (`mass_ar`: "160 ألف شخص") is a wave of arrests, not one."""
    arabic, english = load_counted_patients()
    return (arabic if is_arabic(text[trigger[0]]) else english).search(found.strip()) is not None


@lru_cache(maxsize=4)
def load_clause_marks(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A search for the marks that open a clause (a comma, a semicolon, a colon or a dash), and a
    match, right after one, for one of data/assembly.json `crowd_counts.predicate_openers`
    (an auxiliary or a relative word, perhaps after and or و: "X, the former president, was
    detained"; "X، الذي اعتقل"), which goes on with a name before the mark."""
    words = sorted(load_assembly_rules(path).get("crowd_counts", {}).get("predicate_openers", ()), key=len, reverse=True)
    openers = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    marks = re.compile(r"[,،;؛:\u2013\u2014](?![\d٠-٩])")
    going_on = re.compile(r"\s*(?:and\s+|و\s*)?(?:" + openers + r")(?![^\W\d_])", re.IGNORECASE)
    return marks, going_on


def _clause_start(text: str, trigger: tuple[int, int], sentence: tuple[int, int]) -> int:
    """Where the clause of the event word opens: right after the last mark of a clause before
    it in its sentence (`load_clause_marks`); at the sentence's start when there is none, or
    when what follows that mark goes on with a name before it."""
    marks, going_on = load_clause_marks()
    last = None
    for mark in marks.finditer(text, sentence[0], trigger[0]):
        last = mark
    if last is None or going_on.match(text, last.end(), trigger[0]):
        return sentence[0]
    return last.end()


def _unnamed_crowd(
    text: str,
    trigger: tuple[int, int],
    sentence: tuple[int, int],
    actors: Sequence[ActorMention],
    others: Sequence[TriggerMention],
    tense: str = "",
) -> bool:
    """Whether an arrest or a verdict is of a count of people and of no named person
    ("تم إيقاف 9 مهربين", "حكم بإعدام 45 شخصا", "police arrested dozens of protesters"): SCHEMA.md's
    arrests are of named persons. The count is the object when it comes within 200 characters
    after the event word (asides may stand between) with no other event word between; names
    listed after it and its adjectives ("3 قادة ميدانيين، هم ...", "including"), or opening the
    next sentence ("ومن بين المدانين مدير الصحيفة ...", "The five men, including ..."), name the persons. In English the count
    may be the subject of a passive ("Dozens of protesters were arrested"). A person named
    before the clause of the event word opens ("the largest protests since Sisi came to power,
    and hundreds of people were detained") is not whom it befell. An Arabic verb in the past
    (`tense`) with a pronoun of one person or two as its object (اعتقله) befell that person; the
    count after it is its subject."""
    opens = _clause_start(text, trigger, sentence)
    if any(a.kind == "person" and a.end > opens for a in actors):
        return False
    if (
        tense == "past"
        and _ONE_PERSON_SUFFIX.search(text, trigger[0], trigger[1])
        and not _PASSIVE_AUXILIARY.search(text, max(0, trigger[0] - 8), trigger[0])  # "تم خطفه مع 35 شخصا": a noun
    ):
        return False  # "ثم اعتقله عناصر من جهاز الاستخبارات": him, told before; the count after the verb arrested him
    if _office_of_a_body(text, trigger, actors):
        return False  # "ألقت قوات الأمن القبض على رئيس حزب الحرية والعدالة": one person, by his office
    count, names, subject = load_crowd_counts()
    sentence_end = sentence[1]
    m = count.search(text, trigger[1], min(sentence_end, trigger[1] + 200))
    if m is None or any(trigger[1] <= t.start < m.start() for t in others):
        bare = load_bare_plurals().match(text, trigger[1], sentence_end)
        if bare is not None and not any(trigger[1] <= t.start < bare.start("plural") for t in others):
            return names.match(text, bare.end(), min(len(text), sentence_end + 30)) is None
        told = subject.search(text, max(sentence[0], trigger[0] - 120), trigger[0])
        if told is None or _counted_patients(text, trigger, (count.search(told.group()) or told).group()):
            return False
        return names.match(text, trigger[1], min(len(text), sentence_end + 30)) is None
    if _counted_patients(text, trigger, m.group()):
        return False
    if _NEW_CLAUSE.search(text, trigger[1], m.start()):
        return False  # "was arrested on Thursday, sources said, and warrants were issued for 300 members": another clause's count
    return names.match(text, m.end(), min(len(text), sentence_end + 30)) is None


# a pronoun of one person or two joined to an Arabic arrest word (اعتقله، اعتقالها، احتجازهما)
_ONE_PERSON_SUFFIX = re.compile(r"[^\W\d_]{3,}(?:ه|ها|هما)$")
_PASSIVE_AUXILIARY = re.compile(r"(?<![^\W\d_])(?:تم|يتم|جرى|يجري)\s+$")


# a word of belonging right before the title: the people of the body's head, not the head ("supporters of the head of")
_OF_BEFORE = re.compile(r"(?:\bof(?:\s+the)?|(?<![^\W\d_])(?:أنصار|مؤيدي|أعضاء|مساعدي|حراس|أقارب))\s+$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _office_titles(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], int]:
    """A search, anchored at the end, for a title of office right before a body's name
    (data/assembly.json `office_of_a_body`), and how far after the event word the title may stand."""
    rules = load_assembly_rules(path).get("office_of_a_body", {})
    words = sorted(rules.get("titles", ()), key=len, reverse=True)
    titles = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return re.compile(r"(?<![^\W\d_])[وفل]?(?:" + titles + r")(?:\s+the)?\s*$", re.IGNORECASE), int(rules.get("reach", 60))


def _office_of_a_body(text: str, trigger: tuple[int, int], actors: Sequence[ActorMention]) -> bool:
    """Whether a title of office stands right before the name of a body (an organisation of the
    actor dictionary) a few words after the event word, as its object (no count of people, nor
    the people of the title, before it): the head of that body is whom it befell."""
    title, reach = _office_titles()
    count = load_crowd_counts()[0]
    for a in actors:
        if a.kind != "organisation" or not trigger[1] <= a.start <= trigger[1] + reach:
            continue
        found = title.search(text, max(trigger[1], a.start - 30), a.start)
        # the title is the deed's object, no count of people before it ("dozens of supporters of the head of")
        if found is not None and count.search(text, trigger[1], found.start()) is None and not _OF_BEFORE.search(
            text, trigger[1], found.start()
        ):
            return True
    return False


# a comma and a word opening a coordinated clause of its own, between an event word and a count
_NEW_CLAUSE = re.compile(r"[,،]\s+(?:and|but|while)\s", re.IGNORECASE)
