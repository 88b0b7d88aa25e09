"""A LazyPattern finds exactly what the pattern compiled at once finds, and compiles only when used."""

import pickle
import re

import pytest

from events.text.gates import first_char_gated, gated_compile
from events.text.lazy import LazyPattern

ROWS = [
    # (source, flags, text)
    (r"(?<!\w)(?:وزير|وزيرة)\s+(?P<office>\S+)", 0, "زار وزير الخارجية التركي الدوحة أمس، والتقى وزيرة الدفاع."),
    (r"(?<!\S)[وف]?(?:بعد|قبل)\s+(?P<n>يوم|يومين)(?!\w)", 0, "وقع الهجوم بعد يومين من الاتفاق، وقبل يوم من القمة."),
    (r"(?<!\S)منذ\s+(?:عام\s+)?(?P<year>(?:19|20)\d\d)", 0, "تفرض القوات حصارا منذ عام 2013 على المدينة"),
    (r"\b(?:met|visited)\s+(?P<who>[A-Z]\w+)", 0, "The minister met Erdogan on Tuesday and visited Doha."),
    (r"(?<!\S)the\s+(?P<year>(?:19|20)\d\d)\s+election", re.IGNORECASE, "After THE 2018 Election, and the 2020 election too."),
    (r"\d+", 0, "no digits here"),
]


@pytest.mark.parametrize(("source", "flags", "text"), ROWS)
def test_finds_what_the_compiled_pattern_finds(source: str, flags: int, text: str) -> None:
    eager = re.compile(source, flags)
    lazy = LazyPattern(source, flags)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.findall(text) == eager.findall(text)
    assert lazy.sub("<>", text) == eager.sub("<>", text)
    assert lazy.split(text) == eager.split(text)
    found, expected = lazy.search(text), eager.search(text)
    assert (found and found.groupdict()) == (expected and expected.groupdict())
    assert [m and m.span() for m in (lazy.match(text), lazy.fullmatch(text))] == [
        m and m.span() for m in (eager.match(text), eager.fullmatch(text))
    ]
    assert (lazy.pattern, lazy.flags, lazy.groups, dict(lazy.groupindex)) == (
        eager.pattern,
        eager.flags,
        eager.groups,
        dict(eager.groupindex),
    )


@pytest.mark.parametrize(("source", "flags", "text"), ROWS)
def test_gated_finds_what_the_gated_pattern_finds(source: str, flags: int, text: str) -> None:
    eager = first_char_gated(re.compile(source, flags))
    lazy = LazyPattern(source, flags, compiler=gated_compile)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert (lazy.pattern, lazy.flags) == (eager.pattern, eager.flags)
    assert lazy.compiled() is lazy.compiled()


GATED_ROWS = [
    *((source, flags) for source, flags, _ in ROWS),
    (r"(?i)the\s+(?:day|week)\s+before", 0),  # a flag written in the pattern: no gate can precede it
    (r"(?:منذ)?\s*\d*", 0),  # may match the empty string: left as it is
    (r".{2}وزير", 0),  # any character first: left as it is
    (r"(?<!\w)(?:أمس|yesterday)(?!\w)", re.IGNORECASE),
]


@pytest.mark.parametrize(("source", "flags"), GATED_ROWS)
def test_gated_compile_is_first_char_gated(source: str, flags: int) -> None:
    eager = first_char_gated(re.compile(source, flags))
    once = gated_compile(source, flags)
    assert (once.pattern, once.flags) == (eager.pattern, eager.flags)


def test_compiles_only_when_first_used() -> None:
    calls: list[str] = []

    def compiler(source: str, flags: int) -> re.Pattern[str]:
        calls.append(source)
        return re.compile(source, flags)

    lazy = LazyPattern(r"(?<!\w)أمس(?!\w)", 0, compiler=compiler)
    assert calls == []
    assert lazy.search("زار الدوحة أمس") is not None
    assert lazy.search("and yesterday") is None
    assert calls == [r"(?<!\w)أمس(?!\w)"]


def test_pickles_and_refuses_other_attributes() -> None:
    lazy = LazyPattern(r"\bDoha\b", re.IGNORECASE, compiler=gated_compile)
    copy = pickle.loads(pickle.dumps(lazy))
    assert copy.search("in doha today").span() == lazy.search("in doha today").span()
    with pytest.raises(AttributeError):
        _ = lazy.no_such_attribute


def test_source_known_before_compiling() -> None:
    calls: list[str] = []
    lazy = LazyPattern(r"[^\W_]+(?:'[^\W_]+)?", 0)
    built = LazyPattern("(" + lazy.pattern + ")", 0, compiler=lambda s, f: calls.append(s) or re.compile(s, f))
    assert not hasattr(lazy, "_compiled")
    assert built.split("زار الوزير's دوحة") == re.split("(" + lazy.pattern + ")", "زار الوزير's دوحة")
    assert calls == [r"([^\W_]+(?:'[^\W_]+)?)"]
