"""Shared fixtures.

Browser tests run against the real stack (gunicorn + WhiteNoise, as `make run` serves it) and
drive Debian's Chromium through Playwright. A missing browser is a failure, never a skip.
"""

import os
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.neutral_site import neutral_site

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 360, "height": 740}


def pytest_addoption(parser):
    parser.addoption(
        "--covering-only",
        action="store_true",
        help="walk only the covering outcomes of tests/pages.py (make test-fast)",
    )


def pytest_configure(config):
    from tests import scope

    scope.covering_only = config.getoption("covering_only")


@dataclass
class LiveServer:
    url: str
    log_path: Path

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Starting:
    """A gunicorn started and not yet known to be serving."""

    process: subprocess.Popen
    port: int
    log_path: Path


def start(log_path: Path, **extra_env: str) -> Starting:
    """Start gunicorn serving the guide with the project's own gunicorn.conf.py on a free port;
    extra_env overrides settings (e.g. EXIT_URL)."""
    port = _free_port()
    env = {
        **os.environ,
        "PORT": str(port),
        "HOST": "127.0.0.1",
        "DJANGO_SECRET_KEY": "test-only-not-secret",
        "DJANGO_DEBUG": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        **extra_env,
    }
    with open(log_path, "w", encoding="utf-8") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    return Starting(process, port, log_path)


def serving(starting: Starting) -> LiveServer:
    """Wait until the server takes connections: its start-up builds every outcome page of every
    language before the port opens (gunicorn.conf.py)."""
    deadline = time.monotonic() + 180
    while True:
        try:
            with socket.create_connection(("127.0.0.1", starting.port), timeout=0.5):
                return LiveServer(
                    url=f"http://127.0.0.1:{starting.port}", log_path=starting.log_path
                )
        except OSError:
            if starting.process.poll() is not None or time.monotonic() > deadline:
                starting.process.kill()
                log = starting.log_path.read_text()
                raise RuntimeError(f"gunicorn did not start:\n{log}") from None
            time.sleep(0.1)


def stop(starting: Starting) -> None:
    starting.process.terminate()
    starting.process.wait(timeout=10)


# The session's server is started as soon as the tests are collected, if any test asks for it,
# and the tests that do not need it run first: its start-up (every outcome page of thirteen
# languages built, half a minute here) then runs on the second core beside them instead of
# before everything. It leads "Exit this page" to a local neutral site (tests/neutral_site.py)
# and runs as many processes as `make run` does on this machine.
_session: dict = {}


def needs_server(item) -> bool:
    return "server" in getattr(item, "fixturenames", ())


def pytest_collection_modifyitems(session, config, items):
    if config.option.collectonly or not any(map(needs_server, items)):
        return
    items.sort(key=needs_server)  # stable: each group keeps its order
    neutral = neutral_site(_free_port())
    _session["exit_url"] = neutral.__enter__()
    _session["neutral"] = neutral
    log = Path(tempfile.mkdtemp(prefix="kbyf-server-")) / "server.log"
    _session["starting"] = start(log, EXIT_URL=_session["exit_url"])


def pytest_sessionfinish(session):
    if "starting" in _session:
        stop(_session.pop("starting"))
    if "neutral" in _session:
        _session.pop("neutral").__exit__(None, None, None)


@pytest.fixture(scope="session")
def exit_url(server) -> str:
    """Where "Exit this page" leads in the session's server: a local neutral site."""
    return _session["exit_url"]


@pytest.fixture(scope="session")
def server() -> LiveServer:
    """The session's gunicorn (started after collection, above), once it serves."""
    assert "starting" in _session, "collected with no test that needs the server"
    return serving(_session["starting"])


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    assert os.path.exists(CHROMIUM), (
        f"Browser tests need Debian's Chromium at {CHROMIUM} (make browser installs it)."
    )
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser):
    """A fresh browser profile at a phone's size for each test."""
    context = browser.new_context(viewport=PHONE)
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture(scope="session")
def pseudo_dir(tmp_path_factory):
    """The test-only pseudo-locale (tests/pseudo_locale.py), generated and compiled once."""
    from tests import pseudo_locale

    directory = tmp_path_factory.mktemp("pseudo-locale")
    pseudo_locale.build(ROOT, directory)
    return directory


@pytest.fixture
def with_pseudo(settings, pseudo_dir, monkeypatch):
    """The pseudo-locale switched on for one test, as a language Django itself lacks."""
    from django.conf.locale import LANG_INFO

    from tests import pseudo_locale

    monkeypatch.setitem(LANG_INFO, pseudo_locale.CODE, pseudo_locale.LANG_INFO)
    settings.LANGUAGES = [*settings.LANGUAGES, (pseudo_locale.CODE, "Pseudo-English")]
    settings.LOCALE_PATHS = [*settings.LOCALE_PATHS, pseudo_dir]
