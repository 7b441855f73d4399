"""Shared fixtures.

Browser tests run against the real stack (gunicorn + WhiteNoise, as `make run` serves it) and
drive Debian's Chromium through Playwright. A missing browser is a failure, never a skip.
"""

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
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


@contextmanager
def serve(log_path: Path, **extra_env: str):
    """gunicorn serving the guide with the project's own gunicorn.conf.py on a free port;
    extra_env overrides settings (e.g. EXIT_URL) for one test module's own server."""
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
    # Start-up builds every outcome page of every language before the port opens (gunicorn.conf.py).
    deadline = time.monotonic() + 180
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(f"gunicorn did not start:\n{log_path.read_text()}") from None
            time.sleep(0.1)
    try:
        yield LiveServer(url=f"http://127.0.0.1:{port}", log_path=log_path)
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def exit_url():
    """Where "Exit this page" leads in the session's server: a local neutral site."""
    with neutral_site(_free_port()) as url:
        yield url


@pytest.fixture(scope="session")
def server(tmp_path_factory, exit_url) -> LiveServer:
    """gunicorn serving the guide with the project's own gunicorn.conf.py on a free port, as many
    processes as `make run` starts on this machine. One for the whole session: its start-up builds
    every outcome page of every language (half a minute here), so no test module starts its own."""
    workers = str(2 * (os.cpu_count() or 1) + 1)
    log = tmp_path_factory.mktemp("server") / "server.log"
    with serve(log, EXIT_URL=exit_url, WEB_CONCURRENCY=workers) as live:
        yield live


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
