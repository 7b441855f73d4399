"""What someone who sees every encrypted byte learns from sizes: only the language (issue 17).

Against the real gunicorn (gunicorn.conf.py: the pages built and the padding decided at
start-up), in every language, a covering set of answer paths (every answer of every question,
every outcome) is walked as a browser without JavaScript would walk it, pressing Continue; on
each question the person first presses Continue without choosing (the error page), then chooses.
Each response's length on the wire is recorded, compressed as served and uncompressed.

Asserted: within a language every question page (with or without its error) has one length, and
every outcome page one length, so the sequence of response lengths is the same for every path
that asks the same number of questions. What stays visible (docs/privacy.md): the number of
requests (one fewer question after "never filed"), and, without JavaScript, request bodies (the
JavaScript path sends one length: tests/browser/test_history.py).
"""

import gzip
import urllib.parse
import urllib.request
from collections import defaultdict

import pytest

from guide.flow import routing
from guide.outcome import on_the_wire
from tests.pages import languages

PATHS = on_the_wire.covering_paths()


def post(url: str, fields: dict, encoding: str) -> tuple[int, bytes]:
    body = urllib.parse.urlencode(fields).encode()
    headers = {"Accept-Encoding": encoding}
    request = urllib.request.Request(url, data=body, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return len(body), response.read(), response.headers.get("Content-Encoding")
    except urllib.error.HTTPError as error:
        return len(body), error.read(), error.headers.get("Content-Encoding")


def walk(url: str, answers: dict[str, str], encoding: str) -> list[tuple[str, int, int]]:
    """(kind, request body length, response length) for each request of one walk."""
    seen = []
    given: dict[str, str] = {}
    for question in routing.questions_asked(answers):
        for fields in (
            {**given, "q": question.slug, "nav": "continue"},  # no answer: the error
            {**given, question.slug: answers[question.slug], "q": question.slug, "nav": "continue"},
        ):
            sent, body, coding = post(url, fields, encoding)
            assert coding == (encoding if encoding == "gzip" else None)
            kind = "outcome" if b'id="answers"' in _plain(body, coding) else "question"
            seen.append((kind, sent, len(body)))
        given[question.slug] = answers[question.slug]
    assert seen[-1][0] == "outcome"
    return seen


def _plain(body: bytes, coding) -> bytes:
    return gzip.decompress(body) if coding == "gzip" else body


@pytest.mark.parametrize("encoding", ["gzip", "identity"])
@pytest.mark.parametrize("language", languages())
def test_every_page_of_a_kind_is_one_length_on_the_wire(server, language, encoding):
    url = f"{server.url}/{language}/questions/"
    lengths = defaultdict(set)
    sequences = defaultdict(set)
    for answers in PATHS:
        seen = walk(url, answers, encoding)
        for kind, _sent, length in seen:
            lengths[kind].add(length)
        sequences[len(seen)].add(tuple(length for _kind, _sent, length in seen))
    assert len(lengths["question"]) == 1, sorted(lengths["question"])
    assert len(lengths["outcome"]) == 1, sorted(lengths["outcome"])
    assert all(len(found) == 1 for found in sequences.values())
    # The first question after a reload (a GET) is a question page like the others.
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert len(response.read()) in lengths["question"]


def test_padded_pages_decode_to_the_page(server):
    """The padding is in the gzip header's file name: the stream decodes to the whole page."""
    _sent, body, coding = post(
        f"{server.url}/ar/questions/", {**PATHS[0], "nav": "outcome"}, "gzip"
    )
    assert coding == "gzip" and body[3] & gzip.FNAME
    assert gzip.decompress(body).rstrip().endswith(b"</html>")
