"""Every page renders from one round trip: its HTML plus every render-blocking file (stylesheets;
scripts never block) is at most 14 KB compressed, exactly as the real server sends it.

A first TCP round trip carries about ten segments (≈14.6 KB, headers included): 14 × 1024 bytes
of compressed bodies leaves room for the headers. Byte counts are exact, so this is a test, not
a benchmark. Measured against gunicorn + WhiteNoise (the `server` fixture), over every page and
state in every language (tests/pages.py).
"""

import gzip
import urllib.error
import urllib.parse
import urllib.request
from functools import cache
from html.parser import HTMLParser

import pytest

from tests.pages import PageState, all_states

BUDGET = 14 * 1024
STATES = all_states()


class Resources(HTMLParser):
    """The stylesheets and scripts a page asks for."""

    def __init__(self):
        super().__init__()
        self.stylesheets: list[dict] = []
        self.scripts: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and "stylesheet" in (attrs.get("rel") or "").split():
            self.stylesheets.append(attrs)
        elif tag == "script":
            self.scripts.append(attrs)


def fetch(url: str, data: dict[str, str] | None = None) -> tuple[int, dict, bytes]:
    """The response as sent on the wire: compressed when the server compresses."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(url, data=body, headers={"Accept-Encoding": "gzip"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@cache
def static_bytes(url: str) -> int:
    status, headers, body = fetch(url)
    assert status == 200, url
    assert headers.get("Content-Encoding") == "gzip", f"{url} is not served compressed"
    return len(body)


def render(server, state: PageState) -> tuple[dict, bytes]:
    status, headers, body = fetch(
        server.url + state.path, state.fields if state.post is not None else None
    )
    assert status == state.status, state.id
    return headers, body


@pytest.mark.parametrize("state", STATES, ids=lambda state: state.id)
def test_page_and_its_render_blocking_files_fit_in_14_kb(server, state):
    headers, body = render(server, state)
    assert headers.get("Content-Encoding") == "gzip", "pages are served compressed"
    found = Resources()
    found.feed(gzip.decompress(body).decode())
    css = {
        link["href"]: static_bytes(urllib.parse.urljoin(server.url + state.path, link["href"]))
        for link in found.stylesheets
        if (link.get("media") or "all") != "print"
    }
    total = len(body) + sum(css.values())
    assert total <= BUDGET, (
        f"{state.id}: {total} bytes compressed (HTML {len(body)}, CSS {css}) > {BUDGET}"
    )


@pytest.mark.parametrize("state", STATES, ids=lambda state: state.id)
def test_no_page_has_a_render_blocking_script(server, state):
    _headers, body = render(server, state)
    found = Resources()
    found.feed(gzip.decompress(body).decode())
    for script in found.scripts:
        assert script.get("src"), f"{state.id}: inline script (blocks rendering; CSP forbids it)"
        assert "defer" in script or script.get("type") == "module", (
            f"{state.id}: {script['src']} blocks rendering: load it with defer"
        )
