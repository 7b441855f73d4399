"""What someone who sees every encrypted byte learns from sizes: only the language (issue 17).

Against the real gunicorn (gunicorn.conf.py: the pages built and the padding decided at
start-up), in every language, a covering set of answer paths (every answer of every question,
every outcome) is walked as a browser without JavaScript walks it: each request's body is the
page's own form as the browser sends it (its hidden fields, the radio chosen, the button
pressed), scraped from the page before. On each question the person first presses Continue
without choosing (the error page), then chooses. Each response's length on the wire is recorded,
compressed as served and uncompressed.

Asserted, within a language:
- every request of one kind has one body length, whatever was answered before or now (a kind:
  Continue with an answer chosen, Continue with none chosen);
- every question page (with or without its error) has one length, every outcome page one length,
  so the sequence of lengths is the same for every path that asks the same number of questions.

With JavaScript, the guide sends the same forms with fetch: tests/browser/test_history.py checks
that each fetch body is the plain form's, to the byte. What stays visible (docs/privacy.md): the
number of requests (one question fewer after "never filed"), and that Continue was pressed with
no answer chosen (that body has no slot for the question).
"""

import gzip
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict

import pytest

from guide.flow import routing, wire
from guide.outcome import on_the_wire
from tests.helpers import scrape
from tests.pages import languages

#: Paths that give every answer of every question (so every question page, and both lengths of
#: path): walked in every language.
WALKS = on_the_wire.covering_paths(every_outcome=False)
#: Paths that also reach every outcome: their outcome pages, in one language.
PATHS = on_the_wire.covering_paths()

#: The kinds of request a walk makes.
CHOSEN, NONE_CHOSEN = "Continue, an answer chosen", "Continue, none chosen"


def post(url: str, fields: list[tuple[str, str]], encoding: str) -> tuple[int, bytes, str | None]:
    body = urllib.parse.urlencode(fields).encode()
    request = urllib.request.Request(url, data=body, headers={"Accept-Encoding": encoding})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return len(body), response.read(), response.headers.get("Content-Encoding")
    except urllib.error.HTTPError as error:
        return len(body), error.read(), error.headers.get("Content-Encoding")


def get(url: str, encoding: str) -> tuple[bytes, str | None]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.read(), response.headers.get("Content-Encoding")


def _plain(body: bytes, coding: str | None) -> bytes:
    return gzip.decompress(body) if coding == "gzip" else body


def continue_form(html: bytes, slug: str, code: str | None) -> list[tuple[str, str]]:
    """What the browser sends when Continue is pressed on this question page: the form's hidden
    fields, the radio chosen (none when `code` is None), then the button."""
    (form,) = [
        form
        for form in scrape(html).forms
        if any(button.get("value") == wire.CONTINUE for button in form["buttons"])
    ]
    fields = [(f["name"], f["value"]) for f in form["fields"] if f.get("type") == "hidden"]
    name = wire.NAMES[slug]
    radios = [f for f in form["fields"] if f.get("type") == "radio" and f["name"] == name]
    assert {radio["value"] for radio in radios} == set(wire.ANSWERS[slug].values())
    if code is not None:
        fields.append((name, wire.answer(slug, code)))
    (button,) = [b for b in form["buttons"] if b.get("value") == wire.CONTINUE]
    return [*fields, (button["name"], button["value"])]


def walk(url: str, answers: dict[str, str], encoding: str) -> list[tuple[str, str, int, int]]:
    """(request kind, question, request body length, response length) for each POST of one walk, from
    the first question reached afresh (a GET) to the outcome."""
    page, coding = get(url, encoding)
    seen = []
    for question in routing.questions_asked(answers):
        html = _plain(page, coding)
        assert f'name="q" value="{question.number}"'.encode() in html
        # Continue with no answer chosen: the same question, with its error.
        sent, errored, coding = post(url, continue_form(html, question.slug, None), encoding)
        seen.append((NONE_CHOSEN, question.slug, sent, len(errored)))
        html = _plain(errored, coding)
        sent, page, coding = post(
            url, continue_form(html, question.slug, answers[question.slug]), encoding
        )
        seen.append((CHOSEN, question.slug, sent, len(page)))
    assert b'id="answers"' in _plain(page, coding), "the walk ends on the outcome"
    return seen


@pytest.mark.parametrize(
    "language, encoding", [(code, "gzip") for code in languages()] + [("ar", "identity")]
)
def test_every_request_and_page_of_a_kind_is_one_length_on_the_wire(server, language, encoding):
    url = f"{server.url}/{language}/questions/"
    bodies = defaultdict(set)
    unanswered = defaultdict(set)
    pages = defaultdict(set)
    sequences = defaultdict(set)
    for answers in WALKS:
        seen = walk(url, answers, encoding)
        for n, (kind, slug, sent, length) in enumerate(seen):
            bodies[kind].add(sent)
            if kind == NONE_CHOSEN:
                unanswered[slug].add(sent)
            # The last response is the outcome; every other one a question page.
            pages["outcome" if n == len(seen) - 1 else "question"].add(length)
        sequences[len(seen)].add(tuple(length for _kind, _slug, _sent, length in seen))
    # Continue with an answer chosen: one length, whatever was answered, on every question.
    assert len(bodies[CHOSEN]) == 1, sorted(bodies[CHOSEN])
    # Continue with none chosen sends every slot but the question's own (a radio left unchosen
    # sends nothing): one length on every question, as every slot's name is one width.
    assert len(bodies[NONE_CHOSEN]) == 1, dict(unanswered)
    assert next(iter(bodies[NONE_CHOSEN])) == next(iter(bodies[CHOSEN])) - len("&a1=1")
    assert len(pages["question"]) == 1, sorted(pages["question"])
    assert len(pages["outcome"]) == 1, sorted(pages["outcome"])
    # Paths differ in how many questions they ask only by the address question.
    assert sorted(sequences) == [12, 14]
    assert all(len(found) == 1 for found in sequences.values()), dict(sequences)
    # The first question after a reload (a GET) is a question page like the others.
    assert len(get(url, encoding)[0]) in pages["question"]


@pytest.mark.parametrize("encoding", ["gzip", "identity"])
def test_every_outcome_page_is_one_length_on_the_wire(server, encoding):
    """Every outcome, in the language whose pages are longest (ar), as the outcome's own forms
    send it (every slot: guide/flow/wire.body, checked against the pages by the walks above)."""
    url = f"{server.url}/ar/questions/"
    bodies, lengths = set(), set()
    for answers in PATHS:
        sent, page, _coding = post(
            url, list(wire.body(answers, nav=wire.OUTCOME).items()), encoding
        )
        bodies.add(sent)
        lengths.add(len(page))
    assert len(bodies) == 1 and len(lengths) == 1, (sorted(bodies), sorted(lengths))


def test_padded_pages_decode_to_the_page(server):
    """The padding is in the gzip header's file name: the stream decodes to the whole page."""
    _sent, body, coding = post(
        f"{server.url}/ar/questions/", list(wire.body(PATHS[0], nav=wire.OUTCOME).items()), "gzip"
    )
    assert coding == "gzip" and body[3] & gzip.FNAME
    assert gzip.decompress(body).rstrip().endswith(b"</html>")
