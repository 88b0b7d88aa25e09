"""The on-disk copy of the built resources (events.resource_cache): real files, real resources."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from events import resource_cache
from events.model import Article
from events.pipeline import extract_article
from events.resource_cache import cache_dir, keyed_files, load_cached
from events.resources import Resources, build_resources, load_resources

SENTENCES = [
    ("ar-visit", "زار وزير الخارجية التركي الدوحة أمس.", "ar"),
    ("ar-talks", "عقد الرئيس المصري عبد الفتاح السيسي محادثات مع ملك الأردن في عمان يوم الثلاثاء.", "ar"),
    ("en-sanctions", "The United States imposed new sanctions on Iran on Monday, the Treasury said.", "en"),
    ("en-talks", "Turkish President Erdogan held talks with the Emir of Qatar in Doha on Wednesday.", "en"),
]


def _extract(resources: Resources) -> list[list[dict]]:
    out = []
    for article_id, text, language in SENTENCES:
        article = Article(id=article_id, text=text, published="2020-11-10", language=language)
        out.append([e.to_dict() for e in extract_article(article, resources)])
    return out


def _files(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir()) if directory.exists() else []


class Builds:
    """`build_resources`, counting its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> Resources:
        self.calls += 1
        return build_resources()


def _not_built() -> Resources:
    raise AssertionError("built again although the cache holds a copy")


def test_cold_run_writes_the_cache_and_warm_run_reads_it(tmp_path):
    built = Builds()
    cold = load_cached(built, Resources, tmp_path)
    assert built.calls == 1
    [name] = _files(tmp_path)
    assert name.startswith("resources-") and name.endswith(".pickle")

    warm = load_cached(_not_built, Resources, tmp_path)
    assert isinstance(warm, Resources)
    assert warm.gazetteer is not cold.gazetteer  # read back from the file, not the same objects
    expected = _extract(build_resources())
    assert any(expected), "the sentences should give events"
    assert _extract(warm) == expected
    assert _files(tmp_path) == [name]


@pytest.mark.parametrize("damage", ["truncated", "flipped byte", "garbage", "empty", "wrong object"])
def test_damaged_cache_file_is_built_again_and_replaced(tmp_path, damage):
    load_cached(build_resources, Resources, tmp_path)
    [path] = tmp_path.iterdir()
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "flipped byte":
        middle = len(data) // 2
        path.write_bytes(data[:middle] + bytes([data[middle] ^ 0x20]) + data[middle + 1 :])
    elif damage == "garbage":
        path.write_bytes(b"\x80\x05not a pickle at all" * 100)
    elif damage == "empty":
        path.write_bytes(b"")
    else:  # a sound file, under the right key, whose content is not a Resources
        key = path.name.removeprefix(resource_cache.PREFIX).removesuffix(resource_cache.SUFFIX)
        resource_cache._write(tmp_path, path, key, {"not": "resources"})
    built = Builds()
    resources = load_cached(built, Resources, tmp_path)
    assert built.calls == 1
    assert isinstance(resources, Resources)
    assert _extract(resources) == _extract(build_resources())
    assert _files(tmp_path) == [path.name]
    assert path.read_bytes() != b"" and isinstance(load_cached(_not_built, Resources, tmp_path), Resources)


def test_a_changed_source_or_data_file_gives_a_new_key(tmp_path):
    data = tmp_path / "data.json"
    data.write_text('{"a": 1}', encoding="utf-8")
    cache = tmp_path / "cache"
    built = Builds()
    load_cached(built, Resources, cache, files=[data])
    [first] = _files(cache)
    load_cached(_not_built, Resources, cache, files=[data])

    data.write_text('{"a": 2}', encoding="utf-8")
    load_cached(built, Resources, cache, files=[data])
    assert built.calls == 2
    assert len(_files(cache)) == 2 and first in _files(cache)  # the old key's copy stays for a while
    load_cached(_not_built, Resources, cache, files=[data])


def test_the_most_recently_used_copies_stay(tmp_path):
    """Two checkouts of different versions sharing the cache each keep their copy;
    beyond `KEEP`, the least recently used copy goes."""
    data = tmp_path / "data.json"
    cache = tmp_path / "cache"
    names = []
    for version in range(resource_cache.KEEP):
        data.write_text(f'{{"v": {version}}}', encoding="utf-8")
        load_cached(Builds(), Resources, cache, files=[data])
        names.append((set(_files(cache)) - set(names)).pop())
    data.write_text('{"v": 0}', encoding="utf-8")
    load_cached(_not_built, Resources, cache, files=[data])  # version 0 read: now the most recently used
    data.write_text('{"v": 99}', encoding="utf-8")
    load_cached(Builds(), Resources, cache, files=[data])
    assert len(_files(cache)) == resource_cache.KEEP
    assert names[0] in _files(cache) and names[1] not in _files(cache)


def test_the_key_covers_every_source_and_data_file():
    files = {p.relative_to(resource_cache.PACKAGE_DIR).as_posix() for p in keyed_files()}
    package = resource_cache.PACKAGE_DIR
    assert {p.relative_to(package).as_posix() for p in package.rglob("*.py")} <= files
    assert {f"data/{p.name}" for p in (package / "data").iterdir() if p.is_file()} <= files
    assert {"resources.py", "resource_cache.py", "triggers.py", "text/matching.py", "data/gazetteer.json"} <= files


def test_the_key_changes_with_content_and_name(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text("1", encoding="utf-8")
    b.write_text("1", encoding="utf-8")
    key = resource_cache.cache_key([a])
    assert resource_cache.cache_key([a]) == key
    assert resource_cache.cache_key([b]) != key
    a.write_text("2", encoding="utf-8")
    assert resource_cache.cache_key([a]) != key


def test_an_unwritable_cache_directory_still_gives_the_resources(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    resources = load_cached(build_resources, Resources, blocker / "cache")  # its parent is a file
    assert isinstance(resources, Resources)
    assert _extract(resources) == _extract(build_resources())
    assert capsys.readouterr().err == ""


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_cache_directory_still_gives_the_resources(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    cache.chmod(0o500)
    try:
        assert isinstance(load_cached(build_resources, Resources, cache), Resources)
        assert _files(cache) == []
    finally:
        cache.chmod(0o700)


def test_cache_location(monkeypatch, tmp_path):
    monkeypatch.delenv("EVENTS_CACHE_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    assert cache_dir() is None  # a missing home is not created
    (tmp_path / "home").mkdir()
    assert cache_dir() == tmp_path / "home" / ".cache" / "geo-timeline"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "geo-timeline"
    monkeypatch.setenv("EVENTS_CACHE_DIR", str(tmp_path / "mine"))
    assert cache_dir() == tmp_path / "mine"


@pytest.mark.parametrize("value", ["", "off", "OFF"])
def test_disabled_by_the_environment(monkeypatch, tmp_path, value):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("EVENTS_CACHE_DIR", value)
    assert cache_dir() is None
    built = Builds()
    load_cached(built, Resources)
    load_cached(built, Resources)
    assert built.calls == 2
    assert _files(tmp_path) == []


@pytest.fixture
def fresh_load_resources():
    load_resources.cache_clear()
    yield load_resources
    load_resources.cache_clear()


def test_load_resources_uses_the_cache_directory(monkeypatch, tmp_path, fresh_load_resources):
    monkeypatch.setenv("EVENTS_CACHE_DIR", str(tmp_path))
    first = fresh_load_resources()
    assert fresh_load_resources() is first  # still once per process
    [name] = _files(tmp_path)
    fresh_load_resources.cache_clear()
    second = fresh_load_resources()
    assert second is not first
    assert _extract(second) == _extract(first)
    assert _files(tmp_path) == [name]


def test_the_suite_does_not_use_the_users_cache():
    assert os.environ.get("EVENTS_CACHE_DIR")
    assert Path(os.environ["EVENTS_CACHE_DIR"]) != Path.home() / ".cache" / "geo-timeline"
    assert sys.modules["events.resource_cache"].cache_dir() == Path(os.environ["EVENTS_CACHE_DIR"])


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file-size limit")
def test_a_full_disk_leaves_no_partial_file(tmp_path):
    # A file-size limit makes writes past 1 MB fail as on a full disk (EFBIG
    # instead of ENOSPC), in a separate process so the limit ends with it.
    script = f"""
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 20, resource.RLIM_INFINITY))
from events.resource_cache import load_cached
from events.resources import Resources, build_resources
resources = load_cached(build_resources, Resources, {str(tmp_path)!r})
assert isinstance(resources, Resources)
print("ok")
"""
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=root)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "ok\n" and done.stderr == ""
    assert _files(tmp_path) == []


def test_a_copy_read_back_is_kept_out_of_the_collectors_passes(tmp_path):
    import gc

    load_cached(Builds(), Resources, tmp_path)
    warm = load_cached(_not_built, Resources, tmp_path)
    tracked = {id(o) for o in gc.get_objects()}  # the objects the collector still goes over
    assert id(warm) not in tracked and id(warm.triggers) not in tracked
    assert gc.get_freeze_count() > 0 and gc.isenabled()
    assert _extract(warm) == _extract(build_resources())
