"""An on-disk copy of the built resources, so that a new process need not build them again.

Building the dictionaries (automata, expanded trigger patterns, gazetteer,
catalog) takes most of a short run's start-up; reading back a pickle of the
result takes a fraction of that. The copy lives in one file per key in the
cache directory:

- `$EVENTS_CACHE_DIR` if set (an empty value or `off` turns the cache off),
  else `$XDG_CACHE_HOME/geo-timeline`, else `~/.cache/geo-timeline`;
- the key is a hash over every source file of the package and every data file
  (name and content), the Python version and the pyahocorasick build, so any
  change to code or data gives a new file and an old copy is never read;
- a file is written under a temporary name in the same directory and renamed
  into place, so a reader never sees half a file; of the files of other keys,
  the `KEEP` most recently used stay (two checkouts of different versions, or
  switching branches, each keep their copy) and the older are removed;
- the file carries its length and a checksum of its content: a truncated or
  damaged file is never unpickled into wrong data, it is built again and
  replaced.

The cache is only a shortcut: whatever goes wrong with it (no home, a
read-only or full disk, a damaged file), the resources are built as without
it. `EVENTS_DEBUG=1` names on stderr what went wrong.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import mmap
import os
import pickle
import struct
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

PACKAGE_DIR = Path(__file__).resolve().parent
APP_NAME = "geo-timeline"
FORMAT = 1  # raised whenever the file layout below changes
MAGIC = b"geo-timeline resources\n"
# after MAGIC: the key (KEY_LENGTH ascii characters), then the payload's length and crc32
KEY_LENGTH = 40
_SIZES = struct.Struct("<QI")
PREFIX, SUFFIX = "resources-", ".pickle"
STALE_TEMP_SECONDS = 3600  # a temporary file this old was left by a process that died while writing
KEEP = 3  # cache files kept, the most recently used

_UNSET: Any = object()


def pickled_by_fields(cls: type[T]) -> type[T]:
    """`cls`, a frozen dataclass with slots, pickled as a call of the class with its fields.

    What `dataclasses` gives such a class looks up the class's fields again for every
    object read back: with thousands of them among the resources (the trigger
    lexicon's payloads), that made reading the cache markedly slower.
    """
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if not all(f.init for f in fields):
        raise TypeError(f"{cls.__name__}: every field must be an argument of the class")
    names = tuple(f.name for f in fields)

    def __reduce__(self: Any) -> tuple[Any, ...]:
        return (cls, tuple([getattr(self, name) for name in names]))

    cls.__reduce__ = __reduce__  # type: ignore[assignment]
    return cls


def pickled_as_tuple(cls: type[T]) -> type[T]:
    """`cls`, a named tuple, pickled as a tuple of its class: read back without a call of
    the class's own constructor, written in Python, for each of tens of thousands of
    small entries of the gazetteer, the actors and the catalog."""
    if not (issubclass(cls, tuple) and hasattr(cls, "_fields")):
        raise TypeError(f"{cls.__name__} is no named tuple")
    make = tuple.__new__

    def __reduce__(self: Any) -> tuple[Any, ...]:
        return (make, (cls, tuple(self)))

    cls.__reduce__ = __reduce__  # type: ignore[assignment]
    return cls


def cache_dir(environ: Any = None) -> Path | None:
    """The directory of the cache, or None when it is turned off or there is no home to put it in."""
    env = os.environ if environ is None else environ
    explicit = env.get("EVENTS_CACHE_DIR")
    if explicit is not None:
        if explicit.strip().lower() in ("", "off"):
            return None
        return Path(explicit).expanduser()
    xdg = env.get("XDG_CACHE_HOME", "")
    if xdg and os.path.isabs(xdg):  # the XDG spec says to ignore a relative path
        return Path(xdg) / APP_NAME
    home = os.path.expanduser("~")
    if not home or home == "~" or not os.path.isabs(home) or not os.path.isdir(home):
        return None  # no home to keep a cache in (one is never created)
    return Path(home) / ".cache" / APP_NAME


def keyed_files() -> list[Path]:
    """Every file the resources are made from: the package's sources and its data files."""
    sources = [p for p in PACKAGE_DIR.rglob("*.py") if "__pycache__" not in p.parts]
    data = [p for p in (PACKAGE_DIR / "data").rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return sorted(sources + data)


def _ahocorasick_build() -> str:
    """The installed pyahocorasick: its version (from its dist-info, without the
    slow importlib.metadata) and the size and time of its compiled module."""
    import ahocorasick

    module = Path(ahocorasick.__file__ or "")
    stat = module.stat()
    version = "unknown"
    for entry in os.scandir(module.parent):
        name = entry.name
        if name.lower().startswith("pyahocorasick-") and name.endswith((".dist-info", ".egg-info")):
            version = name[len("pyahocorasick-") :].removesuffix(".dist-info").removesuffix(".egg-info")
            break
    return f"{version} {module.name} {stat.st_size} {stat.st_mtime_ns}"


def cache_key(files: Iterable[Path]) -> str:
    """A hash over the name and content of `files`, the Python version and the pyahocorasick build."""
    digest = hashlib.sha256()
    digest.update(f"{FORMAT}\0{sys.version}\0{sys.platform}\0{_ahocorasick_build()}\0".encode())
    for path in files:
        path = Path(path)
        name = _name_in_package(path)
        content = path.read_bytes()
        digest.update(f"{name}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()[:KEY_LENGTH]


def _name_in_package(path: Path) -> str:
    """`path` relative to the package when it lies there, else its own string. A path
    `keyed_files` gives is taken as it is: resolving every one of some hundreds of
    paths was a good part of the key's cost."""
    prefix = f"{PACKAGE_DIR}{os.sep}"
    text = str(path)
    if not text.startswith(prefix):
        text = str(path.resolve())
    if text.startswith(prefix):
        return text[len(prefix) :].replace(os.sep, "/")
    return str(path)


def load_cached(
    build: Callable[[], T],
    kind: type,
    directory: Path | None = _UNSET,
    files: Iterable[Path] | None = None,
) -> T:
    """What `build()` returns, read from the cache when it holds a copy for the
    current key, else built and written to it.

    `directory` defaults to `cache_dir()` (None: no cache) and `files`, the
    files the key is made from, to `keyed_files()`. A copy that is not a `kind`
    is treated as damaged.
    """
    if directory is _UNSET:
        directory = cache_dir()
    if directory is None:
        return build()
    directory = Path(directory)
    try:
        key = cache_key(keyed_files() if files is None else files)
    except Exception as exc:  # an unreadable source file: no key, no cache
        _debug(f"no key: {exc.__class__.__name__}: {exc}")
        return build()
    path = directory / f"{PREFIX}{key}{SUFFIX}"
    found = _read(path, key, kind)
    if found is not None:
        with contextlib.suppress(OSError):
            os.utime(path)  # used now: the last to be removed
        return found
    value = build()
    _write(directory, path, key, value)
    return value


def _read(path: Path, key: str, kind: type) -> Any:
    """The object stored in `path` under `key`, or None if there is none or it is damaged."""
    try:
        with open(path, "rb") as f:
            if hasattr(os, "getuid") and os.fstat(f.fileno()).st_uid != os.getuid():
                _debug(f"{path} belongs to another user: not read")
                return None
            data = _mapped(f)
    except FileNotFoundError:
        return None
    except Exception as exc:
        _debug(f"{path} not readable: {exc.__class__.__name__}: {exc}")
        return None
    try:
        with memoryview(data) as view:
            return _checked_load(view, path, key, kind)
    finally:
        if isinstance(data, mmap.mmap):
            data.close()


def _mapped(f: Any) -> mmap.mmap | bytes:
    """The file's content, mapped into memory rather than copied (some tens of megabytes:
    the copy, and the fresh memory it fills, cost more than the checksum); an empty file
    cannot be mapped and is read as it is. Written files are only ever replaced whole,
    never changed in place, so the mapped content holds still."""
    try:
        return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except ValueError:  # an empty file
        return f.read()


def _checked_load(view: memoryview, path: Path, key: str, kind: type) -> Any:
    """The object in `view` (a cache file's content), or None when it is damaged."""
    start = len(MAGIC) + KEY_LENGTH + _SIZES.size
    try:
        length, crc = _SIZES.unpack_from(view, len(MAGIC) + KEY_LENGTH)
    except struct.error:
        length = crc = -1
    with view[start:] as payload:
        if (
            view[: len(MAGIC)] != MAGIC
            or view[len(MAGIC) : len(MAGIC) + KEY_LENGTH] != key.encode("ascii")
            or len(payload) != length
            or zlib.crc32(payload) != crc
        ):
            _debug(f"{path} is damaged: built again")
            return None
        # Many thousands of small objects are made and all kept: the cyclic
        # collector's passes over them would more than double the load time. Once
        # read, they are moved out of its sight for good (they live as long as the
        # process): otherwise its first passes after the load, and every full pass
        # of a long run, would go over them all again.
        collecting = gc.isenabled()
        gc.disable()
        try:
            value = pickle.loads(payload)
            gc.freeze()
        except Exception as exc:
            _debug(f"{path} could not be read back: {exc.__class__.__name__}: {exc}")
            return None
        finally:
            if collecting:
                gc.enable()
    if not isinstance(value, kind):
        _debug(f"{path} holds a {type(value).__name__}, not a {kind.__name__}: built again")
        return None
    return value


def _write(directory: Path, path: Path, key: str, value: Any) -> None:
    """Store `value` in `path`, atomically; then remove the files of other keys. Never raises."""
    try:
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, temp = tempfile.mkstemp(prefix=f".{PREFIX}", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(MAGIC + key.encode("ascii") + _SIZES.pack(len(payload), zlib.crc32(payload)))
                f.write(payload)
            # No fsync: a file cut short by a crash fails its length or checksum and is built again.
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
    except Exception as exc:
        _debug(f"not written to {directory}: {exc.__class__.__name__}: {exc}")
        return
    _tidy(directory, keep=path)


def _tidy(directory: Path, keep: Path) -> None:
    """Remove the cache files of other keys but the `KEEP` - 1 most recently used,
    and temporary files left by processes that died."""
    now = time.time()
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return
    others: list[tuple[float, str]] = []
    for entry in entries:
        name = entry.name
        try:
            if name.startswith(PREFIX) and name.endswith(SUFFIX) and name != keep.name:
                others.append((entry.stat().st_mtime, entry.path))
            elif name.startswith(f".{PREFIX}") and name.endswith(".tmp") and now - entry.stat().st_mtime > STALE_TEMP_SECONDS:
                os.unlink(entry.path)
        except OSError:
            continue
    for _, path in sorted(others, reverse=True)[KEEP - 1 :]:
        with contextlib.suppress(OSError):
            os.unlink(path)


def _debug(message: str) -> None:
    if os.environ.get("EVENTS_DEBUG"):
        print(f"resource cache: {message}", file=sys.stderr)
