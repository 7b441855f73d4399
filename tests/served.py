"""Every page state (tests/pages.py) as the session's server sends it, fetched once per run.

Several checks read the same pages and nothing else: the 14 KB budget and render-blocking
scripts (test_page_weight.py), the security headers and outbound links
(test_security_headers.py), the language of every page (test_i18n_pages.py). Each used to ask for
all 2,000-odd states again, one test per state. Here each state is fetched once, from gunicorn as
a browser gets it (compressed, padded; outcome pages prebuilt), a few at a time as phones would
send them, and kept for the rest of the run. Only the tests keep them: the guide keeps nothing.
"""

import gzip
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from email.message import Message

from tests.pages import PageState

#: Requests in flight at once: the server runs one process per core and a few more.
AT_ONCE = 4


@dataclass(frozen=True)
class Served:
    status: int
    #: Header names are case-insensitive here, as in HTTP.
    headers: Message
    #: The body as sent on the wire (gzip where the server compressed it).
    wire: bytes

    @property
    def html(self) -> str:
        plain = self.wire
        if self.headers.get("Content-Encoding") == "gzip":
            plain = gzip.decompress(plain)
        return plain.decode()


_served: dict[tuple[str, PageState], Served] = {}


def fetch(url: str, data: dict[str, str] | None = None) -> Served:
    """One request, as a browser that accepts gzip sends it; a POST when data is given."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(url, data=body, headers={"Accept-Encoding": "gzip"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return Served(response.status, response.headers, response.read())
    except urllib.error.HTTPError as error:
        return Served(error.code, error.headers, error.read())


def served(server, states: list[PageState]) -> dict[PageState, Served]:
    """These states as the server at server.url sends them; each fetched at most once a run."""
    missing = [state for state in states if (server.url, state) not in _served]

    def one(state: PageState) -> Served:
        return fetch(server.url + state.path, state.fields if state.post is not None else None)

    with ThreadPoolExecutor(AT_ONCE) as pool:
        for state, response in zip(missing, pool.map(one, missing), strict=True):
            _served[server.url, state] = response
    return {state: _served[server.url, state] for state in states}
