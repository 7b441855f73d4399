"""Question and outcome pages as they go on the wire: compacted, compressed, and padded so that
every page of a kind is one length in each language.

HTTPS hides what a page says, not how long it is. Someone who watches a person's connection and
has walked the guide once could tell the pages apart by their sizes: the question after "final",
the outcome of each situation (issue 17, docs/privacy.md). So the finished response (after
compression, the only point where its length on the wire is known) is padded to one length per
language and kind of page:

- gzip: the gzip header's file-name field (FNAME), which browsers ignore. Django's own
  GZipMiddleware already writes a file name of random length there against BREACH-style guessing
  (guide/outcome/compress.py); here it gets the one length that brings the page to its target.
- no compression: spaces after the document, which a browser ignores.

Why here and not in middleware: padding needs to know the kind of page, which only the view
knows, and the outcome page built ahead is compacted already (compacting it again would take the
spaces that pad its holes). Rather than set attributes on the response for middleware to read,
the view hands its page to `finish`, which does what the middleware would (compact, compress as
guide.middleware.GZipMiddleware does, then pad) and returns a `FinishedPage`: the compacting
middleware leaves that class alone, and the compressing one leaves any response that already has
a Content-Encoding, as Django's does.

The targets are decided per language at start-up, from the pages themselves (never from what
anyone answered): the longest page of each kind over a covering set of answer paths (every
answer of every question, every question with and without its error, every outcome), plus a
margin for the answers the covering set did not combine. A page still longer than its target
(not seen in any test) is padded to the next multiple of PAGE_STEP above it, and one line says
so in the log (nothing about the answers).
"""

import io
import logging
import sys
import threading
import urllib.parse

from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.http import HttpRequest, HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers

from guide.flow import decision, routing, wire
from guide.outcome import compress
from guide.outcome.compress import compact

logger = logging.getLogger(__name__)

QUESTION, OUTCOME = "question", "outcome"
#: Over the longest page of the covering set: room for the combinations it does not show.
MARGIN = 320
PAGE_STEP = 256
#: As django.middleware.gzip.GZipMiddleware.max_random_bytes.
MAX_RANDOM_BYTES = 100

_lock = threading.Lock()
#: (language, kind, "gzip" or "identity") -> length on the wire. Filled only by measure().
_targets: dict[tuple[str, str, str], int] = {}


class FinishedPage(HttpResponse):
    """A page whose body is final: compacted, compressed if the browser takes gzip, padded.
    guide.middleware.CompactHTMLMiddleware leaves it as it is."""


def finish(
    request: HttpRequest,
    body: bytes | compress.Filled,
    *,
    kind: str | None,
    status: int = 200,
    compacted: bool = False,
) -> FinishedPage:
    """The page as sent: compacted (unless it is already), in gzip when the browser takes it
    (Django's GZipMiddleware, step for step, with libdeflate), padded to the target of its kind
    (None: not padded). A prebuilt outcome page comes as its frame filled in
    (guide/outcome/compress.Filled): only its holes (the answers, the share address) are
    compressed here."""
    filled = body if isinstance(body, compress.Filled) else None
    if isinstance(body, compress.Filled):
        body = body.body
    page = FinishedPage(body if compacted else compact(body), status=status)
    encoding = "identity"
    if len(page.content) >= 200:
        patch_vary_headers(page, ("Accept-Encoding",))
        if re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
            compressed = (
                filled.gzip(MAX_RANDOM_BYTES)
                if filled is not None
                else compress.compress(page.content, MAX_RANDOM_BYTES)
            )
            if len(compressed) < len(page.content):
                page.content = compressed
                page["Content-Encoding"] = encoding = "gzip"
    target = _targets.get((translation.get_language(), kind, encoding)) if kind else None
    if target is not None:
        bare = bare_length(page.content, encoding)
        length = target
        while length < bare:
            length += PAGE_STEP
        if length != target:
            logger.warning("A %s page was longer than its padding target", kind)
        page.content = padded(page.content, encoding, length)
    page["Content-Length"] = str(len(page.content))
    return page


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
                yield wire.body(before, q=previous, nav=wire.CONTINUE)
            yield wire.body(before, q=question.slug, nav=wire.CONTINUE)  # no answer: the error
            # A tampered answer, as wide as a real one.
            yield {**wire.body(before, q=question.slug, nav=wire.CONTINUE), question.slug: "x"}


def measure(languages: list[str] | None = None) -> None:
    """Decide every language's targets (all by default) from its pages. gunicorn.conf.py does it
    at start-up, after the outcome pages are built (guide/outcome.build); a process that has not
    (the test client, runserver) sends pages unpadded."""
    codes = languages or [code for code, _name in settings.LANGUAGES]
    # The pages as the server sends them, through the whole application and every middleware
    # (Django's own WSGI handler, as gunicorn calls it), to a host it answers to. Unpadded:
    # no target is set yet. Uncompressed; the same bytes compressed are what `finish` sends.
    host = next((name.lstrip(".") for name in settings.ALLOWED_HOSTS if name != "*"), "localhost")
    handler = WSGIHandler()
    # Question pages differ between paths only in the answers they carry: the paths that give
    # every answer are enough (and the margin covers the rest).
    questions = [None, *question_posts(covering_paths(every_outcome=False))]
    outcomes = [wire.body(answers, nav=wire.OUTCOME) for answers in covering_paths()]
    longest: dict[tuple[str, str, str], int] = {}
    for code in codes:
        with translation.override(code):
            address = reverse("questions")
        for kind, posts in ((QUESTION, questions), (OUTCOME, outcomes)):
            for data in posts:
                body = _send(handler, host, address, data)
                if (b'id="answers"' in body) != (kind == OUTCOME):
                    raise ValueError(f"{data} did not give a {kind} page")
                for encoding, length in (
                    ("identity", len(body)),
                    ("gzip", len(compress.compress(body, 1))),
                ):
                    key = (code, kind, encoding)
                    longest[key] = max(longest.get(key, 0), length)
    with _lock:
        _targets.update((key, length + MARGIN) for key, length in longest.items())


def _send(handler: WSGIHandler, host: str, path: str, data: dict | None) -> bytes:
    """One request to the application, over HTTPS as deployed; a GET when data is None (the
    first question, after a reload)."""
    body = urllib.parse.urlencode(data).encode() if data is not None else b""
    environ = {
        "REQUEST_METHOD": "GET" if data is None else "POST",
        "PATH_INFO": path,
        "SCRIPT_NAME": "",
        "QUERY_STRING": "",
        "SERVER_NAME": host,
        "SERVER_PORT": "443",
        "HTTP_HOST": host,
        "SERVER_PROTOCOL": "HTTP/1.1",
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.url_scheme": "https",
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        "wsgi.version": (1, 0),
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    response = handler(environ, _start_response)
    try:
        return b"".join(response)
    finally:
        response.close()


def _start_response(status, headers, exc_info=None):
    return lambda data: None


#: What guide/outcome/compress.header writes before the file name (FNAME set, mtime 0, unknown OS).
_GZIP_START = b"\x1f\x8b\x08\x08\x00\x00\x00\x00\x00\xff"


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
