"""A deed dated in its own clause, told in a sentence naming no country.

"Heavy gunfire erupted on Sunday at the barracks", "Tokayev accepted the government's
resignation on Wednesday", "The rebels and the government have observed a bilateral
ceasefire since Aug. 29", «واندلعت اشتباكات عنيفة يوم الأحد قرب الثكنة»: a word of the
event with a time of its own right beside it, no clause break between them, tells a deed
done at a point in time, not a kind of event or a power to act. Told by a word of its type at
least `DATED_TRIGGER` strong ("fighting on Saturday", «قتال يوم السبت»; not a weak word, which the
time does not make a deed), in an article that one
country leads by a clear margin, such a deed took place there, as a strong verb in the
past does (`parties._at_home`); a noun with no time of its own ("the campaign was marred
by clashes") still needs its country named, and so does one after a word of the future in its
sentence («سيعطي الضوء الأخضر للموافقة على التعيين يوم الثلاثاء», "will approve the
appointment on Tuesday"): the time is that of a step still to come.
"""

from __future__ import annotations

from collections.abc import Sequence

from events.assemble.parties import a_states_own_deed, load_home_types
from events.assemble.rules import load_future_modals
from events.assemble.text import _Candidate
from events.assemble.the_country import names_many_lands
from events.model import TimeMention
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str
from events.triggers import _future_verb

# The most words between the event word and a time after it ("reconciled with his long-time
# rival Odinga in a 2018 handshake"), and between a time and the event word after it ("began on
# Wednesday with exchanges of fire").
WORDS_AFTER = 8
WORDS_BEFORE = 2

# The least weight of an event word its own time makes a deed at home: below the strong words
# a noun with no time needs (`STRONG_TRIGGER`), as the time beside it tells a deed done ("killed
# 300 rebels in fighting in the northern Kanem province on Saturday"); a weak word stays out.
DATED_TRIGGER = 0.7

# A break between two clauses or an aside: a comma, a colon, a bracket, a quotation mark.
_BREAK = LazyPattern(r"[,;:،؛()\"«»“”]")


def _joined(text: str, start: int, end: int, words: int) -> bool:
    """Whether the stretch text[start:end] holds at most `words` words and no clause break."""
    between = text[start:end]
    return start <= end and _BREAK.search(between) is None and len(between.split()) <= words


def _told_ahead(before: str) -> bool:
    """Whether the words `before` an event word hold a word of the future (`future_modals`: will,
    سوف) or an Arabic verb of the future (سيعطي، وستعقد)."""
    if load_future_modals().search(before) is not None:
        return True
    words = [fold_str(w) for w in before.split()]
    return any(_future_verb(w) or (w[:1] in ("و", "ف") and _future_verb(w[1:])) for w in words)


def dated_in_its_clause(
    text: str, sentence_start: int, trigger: tuple[int, int], weight: float, dates: Sequence[TimeMention]
) -> bool:
    """Whether the event word at `trigger` (of `weight`, at least `DATED_TRIGGER`) has a time of the sentence (`dates`,
    not a recurring one) in its clause: after it within `WORDS_AFTER` words, or right before it
    within `WORDS_BEFORE`, with no comma or other break between them, and no word of the future
    before it in its sentence (from `sentence_start`)."""
    if weight < DATED_TRIGGER or _told_ahead(text[sentence_start : trigger[0]]):
        return False
    return any(
        not d.recurring
        and (
            _joined(text, trigger[1], d.start, WORDS_AFTER)
            or _joined(text, d.end, trigger[0], WORDS_BEFORE)
        )
        for d in dates
    )


def dated_deed_at_home(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> bool:
    """Whether the candidate, in a sentence naming no country, is a state's own deed
    (`parties.a_states_own_deed`: no talks, deal or truce, which need their sides named) dated in
    its clause (`dated_in_its_clause`), told in no region of many states («في عدد من البلاد
    الأفريقية»). The domestic types (`home_country_types`: an arrest, a protest, an election)
    are placed at home by their own words, with their own guards (`parties._at_home`: "Turnout
    was 41%, lower than in 2014" dates no vote)."""
    return (
        a_states_own_deed(cand.event_type)
        and cand.event_type not in load_home_types()
        and not names_many_lands(text, cand.sentence)
        and dated_in_its_clause(text, cand.sentence[0], cand.trigger, cand.weight, dates)
    )
