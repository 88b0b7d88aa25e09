"""Regular expressions compiled the first time they are used, not when their module is imported.

Most of a short run's start-up went into compiling some hundreds of module-level
patterns, many of which a given article never needs (the English ones for an
Arabic article, the rare constructions for most). A `LazyPattern` is written
where `re.compile(...)` was and is used the same way (`.search`, `.finditer`,
`.pattern`, ...); it compiles on the first such use. After that, its methods
and attributes are read from its own slots: using it costs no more than using
the compiled pattern.

It is not a `re.Pattern`: pass `.search` and the like, never the object itself,
to `re.sub` or `re.search`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# what a compiled pattern offers, copied into the slots of the same name on first use
_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class LazyPattern:
    """`compiler(source, flags)`, done when the pattern is first used: `re.compile`, or
    another function that gives a pattern with the same matches (e.g.
    `events.text.gates.gated_compile`)."""

    __slots__ = ("_source", "_flags", "_compiler", "_compiled", *_ATTRIBUTES)

    def __init__(self, source: str, flags: int = 0, compiler: Callable[[str, int], re.Pattern[str]] = re.compile) -> None:
        self._source = source
        self._flags = flags
        self._compiler = compiler
        if compiler is re.compile:
            self.pattern = source  # known without compiling (a pattern made from another's reads it)

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        try:
            return self._compiled
        except AttributeError:
            pass
        pattern = self._compiler(self._source, self._flags)
        for name in _ATTRIBUTES:
            setattr(self, name, getattr(pattern, name))
        self._compiled = pattern
        return pattern

    def __getattr__(self, name: str) -> Any:
        # reached only while a slot is still empty, i.e. before the first use
        if name not in _ATTRIBUTES:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        self.compiled()
        return getattr(self, name)

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, (self._source, self._flags, self._compiler))

    def __repr__(self) -> str:
        return f"LazyPattern({self._source!r}, {self._flags!r})"
