"""Missiles intercepted: the side that intercepts is the attack's target."""

from __future__ import annotations

from events.assemble.rules import load_interception_words
from events.model import ActorMention
from events.text.normalize import fold_str

# Words before the attack's word read for one of intercepting ("اعترضت قوات الدفاع الجوي السعودي صاروخا")
INTERCEPTION_REACH = 6


def _intercepted(text: str, sentence_start: int, trigger: tuple[int, int]) -> bool:
    """Whether the attack's word is, or follows within `INTERCEPTION_REACH` words in its
    sentence, a word of intercepting or detecting (`interception_words`), maybe with a
    conjunction or preposition on it (واعترضت، باعتراض)."""
    near = text[max(sentence_start, trigger[0] - 80) : trigger[1]].split()[-(INTERCEPTION_REACH + len(text[trigger[0] : trigger[1]].split())) :]
    return any(_is_interception_word(w) for w in near)


def _is_interception_word(word: str) -> bool:
    """Whether the word is one of `interception_words`, maybe with a conjunction or a
    preposition on it (واعترضت، باعتراض)."""
    words = load_interception_words()
    folded = fold_str(word).strip(".,،؛;:\"'«»()").lower()
    return folded in words or (folded[:1] in ("و", "ف", "ب") and folded[1:] in words)


def _interceptor_as_target(
    text: str,
    sentence_start: int,
    trigger: tuple[int, int],
    verb: bool,
    initiator: list[ActorMention],
    others: list[ActorMention],
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The parties of an intercepted missile attack: an initiator named before the attack's
    word, or right after it when the word is the verb of intercepting (`verb`: "اعترضت قوات
    الدفاع الجوي السعودي صاروخا"), is the side that intercepted, its target; the doer is the first other party of
    another country named after that word ("صاروخا أطلقته المليشيا الحوثية"), or none."""
    if not initiator or not _intercepted(text, sentence_start, trigger):
        return initiator, others
    if initiator[0].start >= trigger[0] and not (verb and _is_interception_word(text[trigger[0] : trigger[1]].split()[0])):
        # a party after a missile's word, or after the noun of intercepting ("اعتراض الصواريخ
        # التي أطلقتها المليشيا"), is the one that fired it; after the verb, the interceptor
        return initiator, others
    interceptor = initiator[0]
    doer = next((a for a in others if a.start >= trigger[0] and a.country and a.country != interceptor.country), None)
    rest = [a for a in others if a is not doer]
    return ([doer] if doer is not None else []), [interceptor, *rest]
