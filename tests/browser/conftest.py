"""A real dashboard server on a small store, and a headless Chromium (Debian's) to drive it.

Browser tests skip when /usr/bin/chromium or Playwright is missing, except
under CI (CI=true), where a missing browser is a failure.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _missing(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (required under CI)")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        _missing(f"{CHROMIUM} not found: install Debian's chromium to run the browser tests")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def server(browser, tmp_path_factory):
    """`streamlit run streamlit_app.py` on a free port over a store filled from the test fixture."""
    sys.path.insert(0, str(ROOT / "tests"))
    from dashboard_sample import make_store

    store = tmp_path_factory.mktemp("browser") / "events.sqlite"
    make_store(store).close()
    port = _free_port()
    env = {**os.environ, "EVENTS_DB": str(store), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    log = (tmp_path_factory.mktemp("browser-log") / "streamlit.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "streamlit_app.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(base + "/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"the dashboard server did not start (see {log.name})")
        time.sleep(0.3)
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


@pytest.fixture
def page(browser, server):
    """A fresh browser context that may reach the dashboard server only: every other request is blocked."""
    context = browser.new_context(viewport={"width": 1400, "height": 1700}, locale="en-US")
    page = context.new_page()
    page.blocked = []
    page.static = []

    def route(r):
        url = r.request.url
        if url.startswith(server):
            if "/app/static/" in url:
                page.static.append(url)
            r.continue_()
        else:
            page.blocked.append(url)
            r.abort()

    page.route("**/*", route)
    yield page
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
