"""Input readers: files, folders and standard input to Article records.

Formats (SCHEMA.md, "Article"): `.txt` (first line is the title when more
lines follow), `.jsonl` (one article object per line), `.csv` (a header row
with the article field names), `.json` (one object or a list of them),
`.html`/`.htm` (main text by trafilatura, metadata from the page), RSS/Atom
feeds (one article per entry), folders (recursive) and `-` for standard input.

`read_inputs` never raises for bad input: every file, line or row it cannot
read becomes a `ReadProblem` in the same stream as the articles, and the rest
goes on. Line formats are streamed (any file size, one line held at a time);
whole-document formats are refused above `MAX_FILE_BYTES`. trafilatura and
feedparser are imported only when an HTML page or a feed is read: importing
trafilatura alone costs about 0.2 s.
"""

from __future__ import annotations

import csv
import functools
import html
import io
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from typing import Any, BinaryIO

from events.encoding import (
    HEAD_BYTES,
    DecodeError,
    LineDecoder,
    bom_encoding,
    decode_bytes,
    decode_mostly_utf8,
    guess_utf16,
    is_binary_text,
    replaced_bytes_note,
    stream_codec,
)
from events.language import detect_language, normalize_language
from events.model import Article
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str, to_ascii_digits

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_LINE_BYTES",
    "ReadProblem",
    "detect_language",
    "html_to_text",
    "normalize_published",
    "read_inputs",
]

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Largest whole-document file (.txt, .json, .html, feeds) read; override with `read_inputs(max_file_bytes=...)`."""

MAX_LINE_BYTES = 20 * 1024 * 1024
"""Largest single line of a .jsonl file or field of a .csv file; override with `read_inputs(max_line_bytes=...)`."""

MAX_TITLE_CHARS = 300
"""A .txt file's first line longer than this is a paragraph, not a title."""

MAX_PROBLEMS_IN_A_ROW = 50
"""A line-based file that gives this many problems and no article in between is given up."""

STDIN_NAME = "<stdin>"

KIND_BY_EXTENSION: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "csv",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}

# Other names inputs use for the article fields (the canonical name always wins).
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("article_id", "guid"),
    "title": ("headline",),
    "text": ("body", "content", "article"),
    "published": ("date", "pubdate", "published_at", "publication_date", "datetime"),
    "source": ("sitename", "publisher"),
    "url": ("link",),
    "language": ("lang",),
}


@dataclass(frozen=True)
class _Remark:
    """A message about an input, named by its file and line (when there is one)."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class ReadProblem(_Remark):
    """An input (file, line, row or entry) that gave no article, and why."""


@dataclass(frozen=True, slots=True)
class _Options:
    published: str | None
    max_file_bytes: int
    max_line_bytes: int


@dataclass(frozen=True)
class ReadNotice(_Remark):
    """A remark on an input that still gave its article: a field that could not be read was left out."""


Item = Article | ReadProblem | ReadNotice


def read_inputs(
    paths: Sequence[str],
    published: str | None = None,
    stdin: BinaryIO | None = None,
    *,
    max_file_bytes: int | None = None,
    max_line_bytes: int | None = None,
) -> Iterator[Item]:
    """Articles and problems from files, folders and `-` (standard input), in order.

    `published` (YYYY-MM-DD) dates the articles that carry no publication
    date of their own. Folders are read recursively in name order, skipping
    hidden entries and files of unknown type.
    """
    options = _Options(
        published=normalize_published(published),
        max_file_bytes=MAX_FILE_BYTES if max_file_bytes is None else max_file_bytes,
        max_line_bytes=MAX_LINE_BYTES if max_line_bytes is None else max_line_bytes,
    )
    for path in paths:
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _guarded(STDIN_NAME, _read_stdin(stream, options))
        else:
            yield from _guarded(path, _read_path(path, options))


# ---------------------------------------------------------------- paths


def _os_reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _guarded(name: str, items: Iterator[Item]) -> Iterator[Item]:
    """`items`, with any error turned into a problem that names the file."""
    try:
        yield from items
    except OSError as exc:
        yield ReadProblem(getattr(exc, "filename", None) or name, None, _os_reason(exc))
    except Exception as exc:
        yield ReadProblem(name, None, f"unexpected error: {exc.__class__.__name__}: {exc}")


def _kind(path: str) -> str | None:
    return KIND_BY_EXTENSION.get(os.path.splitext(path)[1].lower())


def _read_path(path: str, options: _Options) -> Iterator[Item]:
    try:
        info = os.stat(path)
    except OSError as exc:
        yield ReadProblem(path, None, _os_reason(exc))
        return
    if stat.S_ISDIR(info.st_mode):
        for item in _walk(path):
            if isinstance(item, ReadProblem):
                yield item
            else:
                yield from _guarded(item, _read_file(item, _kind(item), options))
        return
    yield from _read_file(path, _kind(path), options, named=True)


def _walk(root: str) -> Iterator[str | ReadProblem]:
    """Files of known type under `root`, depth first in name order; loops and unreadable folders as problems."""
    visited: set[tuple[int, int]] = set()
    stack: list[Iterator[str]] = [iter([root])]
    while stack:
        path = next(stack[-1], None)
        if path is None:
            stack.pop()
            continue
        try:
            info = os.stat(path)
        except OSError as exc:
            if _kind(path) is not None or len(stack) == 1:
                yield ReadProblem(path, None, _os_reason(exc))
            continue
        if not stat.S_ISDIR(info.st_mode):
            if _kind(path) is None:
                continue
            if stat.S_ISREG(info.st_mode):
                yield path
            else:  # a named pipe or a device inside a folder would block the run, waiting for a writer
                yield ReadProblem(path, None, "not a regular file (a pipe, socket or device), not read")
            continue
        key = (info.st_dev, info.st_ino)
        if key in visited:
            yield ReadProblem(path, None, "directory loop: this folder was already read")
            continue
        visited.add(key)
        try:
            names = sorted(name for name in os.listdir(path) if not name.startswith("."))
        except OSError as exc:
            yield ReadProblem(path, None, _os_reason(exc))
            continue
        stack.append(iter([os.path.join(path, name) for name in names]))


def _read_file(path: str, kind: str | None, options: _Options, named: bool = False) -> Iterator[Item]:
    with open(path, "rb") as stream:
        info = os.fstat(stream.fileno())
        size = info.st_size if stat.S_ISREG(info.st_mode) else None
        if size == 0:
            yield ReadProblem(path, None, "empty file")
            return
        if kind is None:
            kind = sniff_kind(stream.peek(HEAD_BYTES)[:HEAD_BYTES]) if named else None
            if kind is None:
                known = ", ".join(sorted(KIND_BY_EXTENSION))
                yield ReadProblem(path, None, f"unknown file type (known: {known})")
                return
        if kind in ("jsonl", "csv"):
            reader = _read_jsonl if kind == "jsonl" else _read_csv
            yield from reader(stream, path, options)
            return
        data = _read_limited(stream, options.max_file_bytes, size)
        if data is None:
            yield ReadProblem(path, None, _too_large(size, options.max_file_bytes))
            return
        yield from _read_document(data, kind, path, options)


def _too_large(size: int | None, limit: int) -> str:
    shown = f"{size} bytes" if size else f"over {limit} bytes"
    return f"file too large ({shown}; the limit is {limit} bytes), not read"


def _read_limited(stream: BinaryIO, limit: int, size: int | None = None) -> bytes | None:
    """The whole stream, or None when it holds more than `limit` bytes."""
    if size is not None and size > limit:
        return None
    data = stream.read(limit + 1)
    return None if len(data) > limit else data


def _read_stdin(stream: BinaryIO, options: _Options) -> Iterator[Item]:
    head = stream.read(HEAD_BYTES)  # enough to sniff the format and the encoding of a pipe
    if not head:
        yield ReadProblem(STDIN_NAME, None, "empty input")
        return
    buffered = io.BufferedReader(_Prefixed(head, stream))
    kind = sniff_kind(head) or "text"
    if kind in ("jsonl", "csv"):
        reader = _read_jsonl if kind == "jsonl" else _read_csv
        yield from reader(buffered, STDIN_NAME, options)
        return
    data = _read_limited(buffered, options.max_file_bytes)
    if data is None:
        yield ReadProblem(STDIN_NAME, None, _too_large(None, options.max_file_bytes))
        return
    yield from _read_document(data, kind, STDIN_NAME, options)


_FEED_HEAD = LazyPattern(r"<(?:rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)
_HTML_HEAD = LazyPattern(r"<(?:!doctype\s+html|html|head|body|meta|title|p|div|article)[\s>/]", re.IGNORECASE)


def _head_text(head: bytes) -> str:
    found = bom_encoding(head)
    if found is not None:
        return head.decode(found[0], errors="ignore")
    if b"\x00" in head:
        codec = guess_utf16(head)
        return head.decode(codec, errors="ignore") if codec else ""
    return head.decode("utf-8", errors="ignore")


_HEADER_CELL = LazyPattern(r'"?[^\W\d][\w-]{0,39}"?')


def _is_csv_header(line: str) -> bool:
    """A first line of article field names, one of them the text's (`id,title,text`), split by , ; or tab."""
    line = line.strip().lstrip("\ufeff")
    for delimiter in (",", ";", "\t"):
        cells = [cell.strip() for cell in line.split(delimiter)]
        if len(cells) < 2 or not all(_HEADER_CELL.fullmatch(cell) for cell in cells):
            continue
        names = {cell.strip('"').lower() for cell in cells}
        if "text" in names or names & set(FIELD_ALIASES["text"]):
            return True
    return False


def sniff_kind(head: bytes) -> str | None:
    """`jsonl`, `feed`, `html` or `csv` (a header row naming a text column) when the first
    bytes show it, else None (plain text or unknown)."""
    text = _head_text(head[:4096]).lstrip()
    if text.startswith("{"):
        return "jsonl"
    if not text.startswith("<"):
        return "csv" if _is_csv_header(text.partition("\n")[0]) else None
    if _FEED_HEAD.search(text):
        return "feed"
    if _HTML_HEAD.search(text):
        return "html"
    return "feed" if text.startswith("<?xml") else "html"


class _Prefixed(io.RawIOBase):
    """A raw stream that gives `head` first, then the rest of `rest`."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest
        self._read = getattr(rest, "read1", rest.read)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n


# ---------------------------------------------------------------- records


def _clean_text(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


def _clean_title(value: str) -> str:
    return " ".join(value.split())


def _optional_str(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _field(record: Mapping[str, Any], name: str) -> Any:
    if name in record:
        return record[name]
    for alias in FIELD_ALIASES.get(name, ()):
        if alias in record:
            return record[alias]
    return None


def _published_value(value: Any) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            return normalize_published(str(int(value)))
        except (ValueError, OverflowError):
            return None
    return normalize_published(value) if isinstance(value, str) else None


def _make_article(
    *,
    article_id: str,
    text: str,
    name: str,
    line: int | None,
    options: _Options,
    title: str = "",
    published: str | None = None,
    source: str | None = None,
    url: str | None = None,
    language: str | None = None,
    where: str = "",
) -> Item:
    """An Article with its text and title cleaned, date and language filled; a problem when the text is empty."""
    body = _clean_text(text)
    if not body:
        return ReadProblem(name, line, f"{where}empty article")
    return Article(
        id=article_id,
        text=body,
        title=_clean_title(title),
        published=published or options.published,
        source=source,
        url=url,
        language=language or detect_language(body),
    )


def _article_from_record(
    obj: Any, name: str, line: int | None, default_id: str, options: _Options, where: str = ""
) -> Item:
    """An article from one JSON object or CSV row (field names as in SCHEMA.md, case-insensitive)."""
    if not isinstance(obj, dict):
        return ReadProblem(name, line, f"{where}not a JSON object")
    record = {str(key).strip().lower(): value for key, value in obj.items()}
    text = _field(record, "text")
    if text is None:
        return ReadProblem(name, line, f"{where}no text field")
    if not isinstance(text, str):
        return ReadProblem(name, line, f"{where}text is not a string")
    given_id = _field(record, "id")
    if isinstance(given_id, int) and not isinstance(given_id, bool):
        given_id = str(given_id)
    title = _field(record, "title")
    return _make_article(
        article_id=_optional_str(given_id) or default_id,
        text=text,
        name=name,
        line=line,
        options=options,
        title=title if isinstance(title, str) else "",
        published=_published_value(_field(record, "published")),
        source=_optional_str(_field(record, "source")),
        url=_optional_str(_field(record, "url")),
        language=normalize_language(_field(record, "language")),
        where=where,
    )


def _record_items(
    obj: Any, name: str, line: int | None, default_id: str, options: _Options, where: str = ""
) -> list[Item]:
    """The article of one record, after a notice when its publication date is written but unreadable."""
    item = _article_from_record(obj, name, line, default_id, options, where)
    if isinstance(item, Article):
        record = {str(key).strip().lower(): value for key, value in obj.items()}
        written = _field(record, "published")
        if _published_value(written) is None and _written(written):
            return [_unread_date_notice(written, name, line, options, where), item]
    return [item]


def _written(value: Any) -> bool:
    """Whether a field holds something (not null, not blank)."""
    return value is not None and not (isinstance(value, str) and not value.strip())


def _unread_date_notice(written: Any, name: str, line: int | None, options: _Options, where: str = "") -> ReadNotice:
    shown = written if isinstance(written, str) else json.dumps(written, ensure_ascii=False, default=str)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    instead = f"dated {options.published} as given" if options.published else "its date is estimated from its text"
    return ReadNotice(name, line, f"{where}publication date {shown!r} not understood; {instead}")


# ---------------------------------------------------------------- line formats


def _iter_lines(stream: BinaryIO, name: str, max_line: int) -> Iterator[tuple[int, str | ReadProblem]]:
    """(line number, decoded line or problem) for each line; a line longer than `max_line` is skipped unread."""
    buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(_Prefixed(b"", stream))
    head = buffered.peek(HEAD_BYTES)[:HEAD_BYTES]  # at least the buffer's worth (8 KB) unless the stream is shorter
    try:
        codec, bom = stream_codec(head)
        if codec is None and is_binary_text(head.decode("latin-1")):
            raise DecodeError("binary file")
    except DecodeError as exc:
        yield 1, ReadProblem(name, None, str(exc))
        return
    too_long = f"line longer than {max_line} bytes, skipped"
    if codec is not None:
        text = io.TextIOWrapper(buffered, encoding=codec, errors="strict", newline="")
        lineno = 0
        try:
            while line := text.readline(max_line + 1):
                lineno += 1
                if len(line) > max_line and not line.endswith(("\n", "\r")):
                    while (rest := text.readline(1 << 20)) and not rest.endswith(("\n", "\r")):
                        pass
                    yield lineno, ReadProblem(name, lineno, too_long)
                    continue
                yield lineno, line
        except UnicodeDecodeError:
            yield lineno + 1, ReadProblem(name, lineno + 1, f"cannot decode as {codec}; rest of file skipped")
        finally:
            text.detach()  # the caller owns the stream (it may be standard input)
        return
    buffered.read(bom)
    decoder = LineDecoder()
    lineno = 0
    while raw := buffered.readline(max_line + 1):
        lineno += 1
        if len(raw) > max_line and not raw.endswith(b"\n"):
            while (rest := buffered.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield lineno, ReadProblem(name, lineno, too_long)
            continue
        try:
            yield lineno, decoder.decode(raw)
        except DecodeError as exc:
            yield lineno, ReadProblem(name, lineno, str(exc))
            continue
        if decoder.replaced:
            yield lineno, ReadProblem(name, lineno, replaced_bytes_note(decoder.replaced))


class _ProblemCounter:
    """Counts problems since the last article; tells when a file is not worth reading on."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.in_a_row = 0

    def see(self, item: Item) -> bool:
        """False when the file should be given up."""
        self.in_a_row = self.in_a_row + 1 if isinstance(item, ReadProblem) else 0
        return self.in_a_row < MAX_PROBLEMS_IN_A_ROW

    def give_up(self) -> ReadProblem:
        return ReadProblem(self.name, None, f"{MAX_PROBLEMS_IN_A_ROW} unreadable lines in a row; rest of file skipped")


def _read_jsonl(stream: BinaryIO, name: str, options: _Options) -> Iterator[Item]:
    counter = _ProblemCounter(name)
    for lineno, line in _iter_lines(stream, name, options.max_line_bytes):
        if isinstance(line, str):
            if not line.strip():
                continue
            items = _json_line(line, name, lineno, options)
        else:
            items = [line]
        yield from items
        if not counter.see(items[-1]):
            yield counter.give_up()
            return


def _json_line(line: str, name: str, lineno: int, options: _Options) -> list[Item]:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return [ReadProblem(name, lineno, f"not JSON: {exc.msg} (column {exc.colno})")]
    except (ValueError, RecursionError) as exc:
        return [ReadProblem(name, lineno, f"not JSON: {exc}")]
    return _record_items(obj, name, lineno, f"{name}:{lineno}", options)


def _ends_inside_quotes(line: str, inside: bool, delimiter: str) -> bool:
    """Whether a CSV record is still inside a quoted field after `line` (read as Python's csv module reads it)."""
    i, n = 0, len(line)
    while i < n:
        if inside:
            j = line.find('"', i)
            if j < 0:
                return True
            if line.startswith('"', j + 1):  # an escaped quote
                i = j + 2
                continue
            inside = False
            i = j + 1
        elif line.startswith('"', i):  # a quote opens a field only at its start
            inside = True
            i += 1
            continue
        k = line.find(delimiter, i)
        if k < 0:
            return False
        i = k + 1
    return inside


def _csv_records(
    source: Iterable[tuple[int, str | ReadProblem]], delimiter: str, max_chars: int
) -> Iterator[tuple[int, str | ReadProblem]]:
    """(first line, record text or problem): physical lines joined where a quoted field spans them.

    A record longer than `max_chars` is skipped without being held in memory.
    """
    parts: list[str] = []
    size = 0
    start: int | None = None
    inside = False
    for lineno, line in source:
        if isinstance(line, ReadProblem):
            yield lineno, line
            continue
        if start is None:
            start, parts, size = lineno, [], 0
        inside = _ends_inside_quotes(line, inside, delimiter)
        size += len(line)
        if size <= max_chars:
            parts.append(line)
        else:
            parts = []
        if not inside:
            if size <= max_chars:
                yield start, "".join(parts)
            else:
                yield start, ReadProblem("", start, f"CSV record longer than {max_chars} characters, skipped")
            start = None
    if start is not None:
        if size <= max_chars:
            yield start, "".join(parts)
        else:
            yield start, ReadProblem("", start, f"CSV record longer than {max_chars} characters, skipped")


def _parse_csv_record(record: str, delimiter: str, max_chars: int) -> list[str]:
    """One record's fields; csv's process-wide field limit is raised only for the call."""
    previous = csv.field_size_limit(max(max_chars, 1))
    try:
        return next(csv.reader([record], delimiter=delimiter), [])
    finally:
        csv.field_size_limit(previous)


_LINE_BREAK = LazyPattern(r"\r\n|\r|\n")


def _check_quoted_lines(record: str, delimiter: str, max_chars: int, start: int) -> None:
    """Raise csv.Error when a quoted field joined lines it should not have.

    A stray quote (`2,He said "no` or a quote never closed) makes the csv module
    read every line up to the next quote, or to the end of the file, as one field:
    rows silently merged into one article. A field that spans lines must end
    with its closing quote, as a strict reader wants.
    """
    body = record.rstrip("\r\n")
    if not _LINE_BREAK.search(body) and not _ends_inside_quotes(record, False, delimiter):
        return
    previous = csv.field_size_limit(max(max_chars, 1))
    try:
        next(csv.reader([record], delimiter=delimiter, strict=True), [])
    except csv.Error as exc:
        end = start + len(_LINE_BREAK.findall(body))
        where = "the end of the file" if _ends_inside_quotes(record, False, delimiter) else f"line {end}"
        lines = f"line {start}" if end == start else f"lines {start}-{end}"
        raise csv.Error(f"a quoted field runs from line {start} to {where} ({exc}); {lines} skipped") from None
    finally:
        csv.field_size_limit(previous)


def _read_csv(stream: BinaryIO, name: str, options: _Options) -> Iterator[Item]:
    """Rows of a CSV (or TSV / semicolon) file with a header row; a record's id and problems use its first line."""
    source = _iter_lines(stream, name, options.max_line_bytes)
    max_chars = options.max_line_bytes
    first: tuple[int, str] | None = None
    for lineno, line in source:
        if isinstance(line, ReadProblem):
            yield line
            if line.line is None:
                return
            continue
        first = lineno, line
        break
    if first is None:
        return
    delimiter = max((",", ";", "\t"), key=lambda d: (first[1].count(d), d == ","))
    records = _csv_records(_chain([first], source), delimiter, max_chars)
    header: list[str] | None = None
    counter = _ProblemCounter(name)
    for start, record in records:
        if isinstance(record, ReadProblem):
            item: Item = ReadProblem(name, record.line, record.message)
        else:
            try:
                row = _parse_csv_record(record, delimiter, max_chars)
                _check_quoted_lines(record, delimiter, max_chars, start)
            except csv.Error as exc:
                item = ReadProblem(name, start, f"bad CSV row: {exc}")
            else:
                if header is None:
                    header = [cell.strip().lstrip("\ufeff").lower() for cell in row]
                    if not any(column == "text" or column in FIELD_ALIASES["text"] for column in header):
                        shown = ", ".join(header) or "none"
                        yield ReadProblem(name, start, f"no text column in the header row (columns: {shown})")
                        return
                    continue
                if not any(cell.strip() for cell in row):
                    continue
                if len(row) > len(header):
                    item = ReadProblem(name, start, f"bad CSV row: {len(row)} fields, the header has {len(header)}")
                else:
                    record_fields = dict(zip(header, row, strict=False))
                    *notices, item = _record_items(record_fields, name, start, f"{name}:{start}", options)
                    yield from notices
        yield item
        if not counter.see(item):
            yield counter.give_up()
            return


def _chain(*parts: Iterable[Any]) -> Iterator[Any]:
    for part in parts:
        yield from part


# ---------------------------------------------------------------- whole documents


def _read_document(data: bytes, kind: str, name: str, options: _Options) -> Iterator[Item]:
    if not data.strip():
        yield ReadProblem(name, None, "empty file")
        return
    if kind in ("text", "html") and sniff_kind(data[:HEAD_BYTES]) == "feed":
        kind = "feed"
    if kind == "feed":
        yield from _read_feed(data, name, options)
        return
    if kind == "html":
        try:
            page, replaced = _decode_html(data)
        except DecodeError as exc:
            yield ReadProblem(name, None, str(exc))
            return
        yield _read_html(page, name, options)
    else:
        try:
            decoded = decode_bytes(data)
        except DecodeError as exc:
            yield ReadProblem(name, None, str(exc))
            return
        replaced = decoded.replaced
        if kind == "json":
            yield from _read_json(decoded.text, name, options)
        else:
            yield _read_text(decoded.text, name, options)
    if replaced:
        yield ReadProblem(name, None, replaced_bytes_note(replaced))


def _read_text(text: str, name: str, options: _Options) -> Item:
    """A plain-text article: the first line is the title when more lines follow (and it is title-sized)."""
    body = _clean_text(text)
    first, _, rest = body.partition("\n")
    title = ""
    if rest.strip() and len(first.strip()) <= MAX_TITLE_CHARS:
        title, body = first, rest
    return _make_article(article_id=name, text=body, title=title, name=name, line=None, options=options)


def _read_json(text: str, name: str, options: _Options) -> Iterator[Item]:
    """A .json file: one article object, a list of them, or JSON lines."""
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError):
        yield from _read_jsonl(io.BytesIO(text.encode("utf-8")), name, options)
        return
    if isinstance(obj, list):
        for index, entry in enumerate(obj, 1):
            yield from _record_items(entry, name, None, f"{name}:{index}", options, where=f"item {index}: ")
    else:
        yield from _record_items(obj, name, None, name, options)


_META_CHARSET = LazyPattern(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_XML_ENCODING = LazyPattern(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_TITLE_TAG = LazyPattern(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def _decode_html(data: bytes) -> tuple[str, int]:
    """Page text and the broken UTF-8 sequences replaced in it: by its BOM, else UTF-8
    when it is valid (or nearly), else the charset the page declares, else detected."""
    if bom_encoding(data) is None and b"\x00" not in data[:HEAD_BYTES]:
        try:
            return data.decode("utf-8"), 0
        except UnicodeDecodeError:
            pass
        mostly = decode_mostly_utf8(data)
        if mostly is not None:
            return mostly.text, mostly.replaced
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            try:
                return data.decode(declared.group(1).decode("ascii").lower()), 0
            except (LookupError, UnicodeDecodeError):
                pass
    decoded = decode_bytes(data)
    return decoded.text, decoded.replaced


def _read_html(page: str, name: str, options: _Options) -> Item:
    """An HTML page: main text by trafilatura (no network), title, date and canonical URL from its metadata."""
    import trafilatura

    page = _XML_ENCODING.sub("", page, count=1)
    params = {"extensive_search": False, "original_date": True, "max_date": date.today().isoformat()}
    try:
        doc = trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False, include_tables=True, date_extraction_params=params
        )
    except Exception:  # a page trafilatura cannot parse still has visible text
        doc = None
    text = (getattr(doc, "text", None) or "").strip()
    if not text:
        text = html_to_text(page, skip_head=True)
    title = getattr(doc, "title", None) or ""
    if not title and (match := _TITLE_TAG.search(page)):
        title = html_to_text(match.group(1))
    first, _, rest = text.partition("\n")
    if title and rest.strip() and _clean_title(first) == _clean_title(title):
        text = rest
    return _make_article(
        article_id=name,
        text=text,
        title=title,
        name=name,
        line=None,
        options=options,
        published=normalize_published(getattr(doc, "date", None)),
        source=_optional_str(getattr(doc, "sitename", None)),
        url=_optional_str(getattr(doc, "url", None)),
    )


def _read_feed(data: bytes, name: str, options: _Options) -> Iterator[Item]:
    """One article per RSS/Atom entry; text is the entry's content (or summary) with HTML removed."""
    import feedparser

    # a file object, never bytes: feedparser would take short bytes for a file name
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=False)
    entries = parsed.get("entries") or []
    if not entries:
        reason = parsed.get("bozo_exception")
        detail = f": {reason}" if parsed.get("bozo") and reason else ""
        yield ReadProblem(name, None, f"not an RSS/Atom feed, or a feed with no entries{detail}")
        return
    source = _optional_str(html_to_text(parsed.get("feed", {}).get("title") or ""))
    for index, entry in enumerate(entries, 1):
        link = _optional_str(entry.get("link"))
        published = _entry_published(entry)
        item = _make_article(
            article_id=_optional_str(entry.get("id")) or link or f"{name}:{index}",
            text=_entry_text(entry),
            title=html_to_text(entry.get("title") or ""),
            name=name,
            line=None,
            options=options,
            published=published,
            source=source,
            url=link,
            where=f"entry {index}: ",
        )
        # the entry's own keys (feedparser's mapping of `published` to `updated` is deprecated)
        written = next((dict.get(entry, k) for k in _ENTRY_DATE_KEYS if _written(dict.get(entry, k))), None)
        if isinstance(item, Article) and published is None and written is not None:
            yield _unread_date_notice(written, name, None, options, where=f"entry {index}: ")
        yield item


def _entry_text(entry: Mapping[str, Any]) -> str:
    parts = [(c.get("value") or "", c.get("type") or "") for c in entry.get("content") or []]
    if not any(value.strip() for value, _ in parts):
        detail = entry.get("summary_detail") or {}
        parts = [(entry.get("summary") or "", detail.get("type") or "text/html")]
    value, kind = max(parts, key=lambda part: len(part[0]))
    return html_to_text(value) if "html" in kind or "<" in value else html.unescape(value)


_ENTRY_DATE_KEYS = ("published", "updated", "created")


def _entry_published(entry: Mapping[str, Any]) -> str | None:
    """The entry's date as written (its own time zone), else feedparser's UTC reading of it.

    feedparser's reading is taken only of a form we do not read ourselves and only
    within the years we accept: it rolls an impossible date over (2017-13-45 to
    2018-01-01) and reads any run of digits as a year (9999-12-01).
    """
    # the entry's own keys: feedparser's mapping of a missing `published` to `updated`
    # is deprecated (it warns), and both are tried here in turn anyway
    get = (lambda key: dict.get(entry, key)) if isinstance(entry, dict) else entry.get
    for key in _ENTRY_DATE_KEYS:
        found = normalize_published(get(key))
        if found:
            return found
    for key in _ENTRY_DATE_KEYS:
        parsed, written = get(f"{key}_parsed"), get(key)
        if not parsed or (isinstance(written, str) and _ours_but_invalid(written)):
            continue
        try:
            found = _valid(int(parsed[0]), int(parsed[1]), int(parsed[2]))
        except (TypeError, ValueError, IndexError):
            continue
        if found:
            return found
    return None


def _ours_but_invalid(written: str) -> bool:
    """A date written in a numeric form `normalize_published` reads, which it found impossible."""
    text = to_ascii_digits(written.strip())
    return text.isdigit() or bool(_ISO_DATE.search(text) or _DMY_DATE.search(text))


# ---------------------------------------------------------------- HTML to text

_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object"})
_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)


class _TextCollector(HTMLParser):
    def __init__(self, skip_head: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.skipped = _SKIPPED_TAGS | {"head", "title"} if skip_head else _SKIPPED_TAGS

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self.skipped:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: Any) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skipped:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(fragment: str, skip_head: bool = False) -> str:
    """Visible text of an HTML fragment: tags removed, entities decoded, one line per block, scripts dropped."""
    if "<" not in fragment and "&" not in fragment:
        return _clean_title(fragment) if "\n" not in fragment.strip() else _clean_text(fragment)
    collector = _TextCollector(skip_head)
    try:
        collector.feed(fragment)
        collector.close()
        raw = "".join(collector.parts)
    except Exception:  # a broken fragment: fall back to removing anything tag-like
        raw = html.unescape(re.sub(r"<[^>]*>", " ", fragment))
    lines = (" ".join(line.split()) for line in raw.splitlines())
    return "\n".join(line for line in lines if line)


# ---------------------------------------------------------------- dates


# Month names as `fold_str` writes them (lower case, no accents, Arabic letter variants folded).
_MONTH_NAMES: tuple[str, ...] = (
    "january|jan|janvier|janv|يناير|جانفي|كانون الثاني",
    "february|feb|fevrier|fevr|fev|فبراير|فيفري|شباط",
    "march|mar|mars|مارس|اذار",
    "april|apr|avril|avr|ابريل|افريل|نيسان",
    "may|mai|مايو|ماي|ايار",
    "june|jun|juin|يونيو|يونيه|جوان|حزيران",
    "july|jul|juillet|juil|يوليو|يوليه|جويليه|تموز",
    "august|aug|aout|اغسطس|اوت|اب",
    "september|sep|sept|septembre|سبتمبر|ايلول",
    "october|oct|octobre|اكتوبر|تشرين الاول",
    "november|nov|novembre|نوفمبر|تشرين الثاني",
    "december|dec|decembre|ديسمبر|كانون الاول",
)
_MONTHS: dict[str, int] = {name: number for number, names in enumerate(_MONTH_NAMES, 1) for name in names.split("|")}

_ISO_DATE = LazyPattern(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY_DATE = LazyPattern(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")


@functools.lru_cache(maxsize=1)
def _month_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(day month year, month day year) over folded text; compiled on first use, as most inputs never need them."""
    months = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
    day_month = re.compile(
        rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s*(?:de\s+|of\s+)?\b({months})\b\.?,?\s*(\d{{4}})(?!\d)"
    )
    month_day = re.compile(rf"\b({months})\b\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)")
    return day_month, month_day


def _valid(year: int, month: int, day: int) -> str | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def normalize_published(value: str | None) -> str | None:
    """A publication date in any common form as `YYYY-MM-DD`, else None.

    Reads ISO 8601 (`2017-06-05`, `2017-06-05T10:00:00Z`, `20170605`), day
    first numeric dates (`05/06/2017`; month first only when the day shows it,
    as in `06/25/2017`), RFC 822 as in RSS (`Mon, 05 Jun 2017 10:00:00 GMT`),
    month names in English, French and Arabic (`5 June 2017`, `June 5, 2017`,
    `5 juin 2017`, `5 يونيو 2017`, `5 حزيران 2017`) and Unix timestamps. The
    date is the one written, in the writer's time zone: no conversion to UTC.
    """
    if not isinstance(value, str):
        return None
    text = to_ascii_digits(value.strip())
    if not text:
        return None
    if text.isdigit():
        return _from_number(text)
    if match := _ISO_DATE.search(text):
        return _valid(int(match[1]), int(match[2]), int(match[3]))
    if match := re.match(r"(\d{4})(\d{2})(\d{2})(?:T|$)", text):
        return _valid(int(match[1]), int(match[2]), int(match[3]))
    if match := _DMY_DATE.search(text):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        day, month = (second, first) if second > 12 >= first else (first, second)
        return _valid(year, month, day)
    folded = fold_str(text)
    day_month, month_day = _month_patterns()
    if match := day_month.search(folded):
        return _valid(int(match[3]), _MONTHS[match[2]], int(match[1]))
    if match := month_day.search(folded):
        return _valid(int(match[3]), _MONTHS[match[1]], int(match[2]))
    from email.utils import parsedate_tz  # RFC 822 with a two-digit year; rare, and the module is slow to import

    parsed = parsedate_tz(text)
    if parsed is not None:
        return _valid(*parsed[:3])
    return None


def _from_number(digits: str) -> str | None:
    """`20170605`, or a Unix time in seconds (10 digits) or milliseconds (13 digits)."""
    if len(digits) == 8:
        return _valid(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    if len(digits) in (9, 10, 12, 13):
        seconds = int(digits) / (1000 if len(digits) > 10 else 1)
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    return None
