"""Every page renders from one round trip: its HTML plus every render-blocking file (stylesheets;
scripts never block) is at most 14 KB compressed, exactly as the real server sends it.

A first TCP round trip carries about ten segments (≈14.6 KB, headers included): 14 × 1024 bytes
of compressed bodies leaves room for the headers. Byte counts are exact, so this is a test, not
a benchmark. Measured against gunicorn + WhiteNoise (the `server` fixture), over every page and
state in every language (tests/pages.py).
"""

import urllib.parse
from functools import cache
from html.parser import HTMLParser

import pytest

from tests.pages import languages, states_for
from tests.served import fetch, served

BUDGET = 14 * 1024


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


@cache
def static_bytes(url: str) -> int:
    response = fetch(url)
    assert response.status == 200, url
    assert response.headers.get("Content-Encoding") == "gzip", f"{url} is not served compressed"
    return len(response.wire)


# One test per language over all its states (each page fetched once a run: tests/served.py);
# a failure names every state over the budget.
@pytest.mark.parametrize("language", languages())
def test_every_page_and_its_render_blocking_files_fit_in_14_kb(server, language):
    over = []
    for state, response in served(server, states_for(language)).items():
        assert response.status == state.status, state.id
        assert response.headers.get("Content-Encoding") == "gzip", "pages are served compressed"
        found = Resources()
        found.feed(response.html)
        css = {
            link["href"]: static_bytes(urllib.parse.urljoin(server.url + state.path, link["href"]))
            for link in found.stylesheets
            if (link.get("media") or "all") != "print"
        }
        total = len(response.wire) + sum(css.values())
        if total > BUDGET:
            over.append(f"{state.id}: {total} bytes (HTML {len(response.wire)}, CSS {css})")
    assert not over, f"over {BUDGET} bytes compressed:\n" + "\n".join(over)


@pytest.mark.parametrize("language", languages())
def test_no_page_has_a_render_blocking_script(server, language):
    blocking = []
    for state, response in served(server, states_for(language)).items():
        found = Resources()
        found.feed(response.html)
        for script in found.scripts:
            if not script.get("src"):
                blocking.append(f"{state.id}: an inline script (blocks rendering; CSP forbids it)")
            elif "defer" not in script and script.get("type") != "module":
                blocking.append(f"{state.id}: {script['src']} blocks rendering: load it with defer")
    assert not blocking, "\n".join(blocking)
