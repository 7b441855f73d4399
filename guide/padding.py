"""Every question page at one length, every outcome page at one length, in each language.

HTTPS hides what a page says, not how long it is. Someone who watches a person's connection and
has walked the guide once could tell the pages apart by their sizes: the question after "final",
the outcome of each situation (issue 17, docs/privacy.md). So the finished response (after
compression, the only point where its length on the wire is known) is padded to one length per
language and kind of page:

- gzip: the gzip header's file-name field (FNAME), which browsers ignore. Django's own
  GZipMiddleware already writes a file name of random length there against BREACH-style guessing
  (guide/compression.py); here it gets the one length that brings the page to its target.
- no compression: spaces after the document, which a browser ignores.

The targets are decided per language at start-up, from the pages themselves (never from what
anyone answered): the longest page of each kind over a covering set of answer paths (every
answer of every question, every question with and without its error, every outcome), plus a
margin for the answers the covering set did not combine. A page still longer than its target
(not seen in any test) is padded to the next multiple of PAGE_STEP above it, and one line says
so in the log (nothing about the answers).
"""

import logging
import threading

from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import translation

from guide import compression
from guide.flow import decision, routing, wire

logger = logging.getLogger(__name__)

QUESTION, OUTCOME = "question", "outcome"
#: Over the longest page of the covering set: room for the combinations it does not show.
MARGIN = 64
PAGE_STEP = 256

_lock = threading.Lock()
#: (language, kind, "gzip" or "identity") -> length on the wire. Filled only by build().
_targets: dict[tuple[str, str, str], int] = {}


def covering_paths(*, every_outcome: bool = True) -> list[dict[str, str]]:
    """Complete answer paths that together give every answer of every question (and, unless told
    otherwise, every outcome)."""
    chosen: list[dict[str, str]] = []
    seen_answers: set[tuple[str, str]] = set()
    seen_outcomes = set()
    for answers in decision.every_answer_path():
        outcome = decision.outcome_for(answers)
        new = set(answers.items()) - seen_answers
        if new or (every_outcome and outcome not in seen_outcomes):
            chosen.append(answers)
            seen_answers |= new
            seen_outcomes.add(outcome)
    return chosen


def question_posts(paths: list[dict[str, str]]):
    """The POST bodies that show every question of these paths: as reached by Continue, and again
    with each error (no answer chosen; a tampered answer)."""
    seen = set()
    for data in _question_posts(paths):
        key = tuple(sorted(data.items()))
        if key not in seen:
            seen.add(key)
            yield data


def _question_posts(paths):
    for answers in paths:
        asked = routing.questions_asked(answers)
        for index, question in enumerate(asked):
            before = {q.slug: answers[q.slug] for q in asked[:index]}
            previous = asked[index - 1].slug if index else None
            # On the wire's codes, every slot carried (guide/flow/wire.py).
            if previous:
                yield wire.body(before, q=previous, nav="continue")
            yield wire.body(before, q=question.slug, nav="continue")  # no answer: the error
            yield {**wire.body(before, q=question.slug, nav="continue"), question.slug: "x"}


def build(languages: list[str] | None = None) -> None:
    """Decide every language's targets (all by default) from its pages. gunicorn.conf.py does it
    at start-up, after the outcome pages are built; a process that has not (the test client,
    runserver) sends pages unpadded."""
    codes = languages or [code for code, _name in settings.LANGUAGES]
    # The pages as the server sends them, through every middleware, to a host it answers to.
    host = next((name.lstrip(".") for name in settings.ALLOWED_HOSTS if name != "*"), "localhost")
    compressed = Client(headers={"accept-encoding": "gzip"}, SERVER_NAME=host)
    plain = Client(SERVER_NAME=host)
    # Question pages differ between paths only in the answers they carry: the paths that give
    # every answer are enough (and the margin covers the rest). Rendered once, uncompressed; the
    # same bytes compressed are what GZipMiddleware sends (guide/compression.compress).
    questions = [None, *question_posts(covering_paths(every_outcome=False))]
    outcomes = [wire.body(answers, nav="outcome") for answers in covering_paths()]
    longest: dict[tuple[str, str, str], int] = {}

    def record(code, kind, encoding, length):
        key = (code, kind, encoding)
        longest[key] = max(longest.get(key, 0), length)

    for code in codes:
        with translation.override(code):
            address = reverse("questions")
        for data in questions:
            if data is None:  # a GET: the first question, after a reload
                response = plain.get(address, secure=True)
            else:
                response = plain.post(address, data, secure=True)
            _check(response, QUESTION, data)
            record(code, QUESTION, "identity", len(response.content))
            record(code, QUESTION, "gzip", len(compression.compress(response.content, 1)))
        for data in outcomes:
            for browser in (plain, compressed):
                response = browser.post(address, data, secure=True)
                _check(response, OUTCOME, data)
                encoding = response.get("Content-Encoding", "identity")
                record(code, OUTCOME, encoding, bare_length(response.content, encoding))
    with _lock:
        _targets.update((key, length + MARGIN) for key, length in longest.items())


#: What guide/compression.header writes before the file name (FNAME set, mtime 0, unknown OS).
_GZIP_START = b"\x1f\x8b\x08\x08\x00\x00\x00\x00\x00\xff"


def _check(response, kind: str, data) -> None:
    if getattr(response, "page_kind", None) != kind or (
        response.has_header("Content-Encoding") and response["Content-Encoding"] != "gzip"
    ):
        raise ValueError(f"{data} did not give a {kind} page")


def _gzip_parts(body: bytes) -> tuple[bytes, bytes] | None:
    """A gzip stream as our header before its file name, and all after the file name's end."""
    if not body.startswith(_GZIP_START):
        return None
    end = body.find(b"\x00", len(_GZIP_START))
    return (body[: len(_GZIP_START)], body[end + 1 :]) if end >= 0 else None


def bare_length(body: bytes, encoding: str) -> int:
    """The body's length with no padding: a gzip file name of length zero."""
    parts = _gzip_parts(body) if encoding == "gzip" else None
    return len(parts[0]) + 1 + len(parts[1]) if parts else len(body)


def padded(body: bytes, encoding: str, length: int) -> bytes:
    """The body at `length` bytes (at least its bare length)."""
    if encoding == "gzip":
        parts = _gzip_parts(body)
        if parts is None:
            return body  # not a stream this guide wrote: left as it is
        start, rest = parts
        return start + b"a" * (length - len(start) - 1 - len(rest)) + b"\x00" + rest
    return body + b" " * (length - len(body))


class PaddingMiddleware:
    """Pads question and outcome pages (the view marks them: `page_kind`) to their language's
    target. Sits above GZipMiddleware in MIDDLEWARE, so it sees the response as sent."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        kind = getattr(response, "page_kind", None)
        if kind is None or response.streaming:
            return response
        encoding = response.get("Content-Encoding", "identity")
        target = _targets.get((translation.get_language(), kind, encoding))
        if target is None:
            return response
        if encoding not in ("gzip", "identity"):
            return response
        bare = bare_length(response.content, encoding)
        length = target
        while length < bare:
            length += PAGE_STEP
        if length != target:
            logger.warning("A %s page was longer than its padding target", kind)
        response.content = padded(response.content, encoding, length)
        response["Content-Length"] = str(len(response.content))
        return response
