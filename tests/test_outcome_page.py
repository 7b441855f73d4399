"""The outcome page joined from parts (guide/outcome/prebuilt.py) is the template's page, byte for
byte but for the spaces that pad its two holes (the answers, the share address).

The view serves the usual outcome page from parts rendered once per language and outcome; the
template (templates/guide/outcome.html) stays the reference, and still serves the rare variants.
Both are asked for here through the whole stack, every middleware included, in every language and
the pseudo-locale, on paths chosen so that every outcome, every answer in every position of "Your
answers", every last question and every set of hard words beside the answers appear
(`tests.pages.covering_paths`, 140 of the 9,360 paths). Those pieces are all that differs between
the paths of one outcome, and each is filled the same way on every path: the joined page is those
pieces put side by side. Which outcome each of the 9,360 paths leads to is pinned by the golden
table (tests/test_golden.py), so every path's page is made of pieces compared here. This is also
where every outcome is shown to render (status 200, an outcome page) in every language.
"""

import datetime
import difflib
import gc
import gzip
import logging
import urllib.parse
from functools import cache

import django.utils.cache
import pytest
from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.test import RequestFactory, override_settings
from django.utils.http import http_date

from guide.flow import decision, wire
from guide.outcome import prebuilt
from tests import pages, pseudo_locale

PATHS = decision.every_answer_path()


@cache
def covering_paths() -> list[dict[str, str]]:
    return pages.covering_paths()


def post(client, language: str, fields: dict[str, str], **headers):
    """The outcome for these answers (and handout options), as the guide's forms send it: every
    question's slot on the wire's codes (guide/flow/wire.py)."""
    answers = {key: value for key, value in fields.items() if key in wire.NUMBERS}
    options = {key: value for key, value in fields.items() if key not in wire.NUMBERS}
    body = urllib.parse.urlencode(wire.body(answers, nav=wire.OUTCOME, **options))
    return client.post(
        f"/{language}/questions/", body, content_type="application/x-www-form-urlencoded", **headers
    )


FELL_BACK = "Outcome page rendered from the template"


def served_joined(caplog, response) -> bool:
    """Whether the door served its prebuilt page: it says in the log when it did not."""
    fell_back = any(FELL_BACK in record.getMessage() for record in caplog.records)
    caplog.clear()
    return not fell_back


def both(client, monkeypatch, caplog, language: str, answers: dict[str, str], **headers):
    """The joined page, and the page the template renders for the same request."""
    caplog.set_level(logging.INFO, logger="guide.outcome")
    caplog.clear()
    joined = post(client, language, answers, **headers)
    assert served_joined(caplog, joined), "the joined page was not served"
    with monkeypatch.context() as patch:
        patch.setattr(prebuilt, "page_for", lambda answers, language, address: (None, "a test"))
        rendered = post(client, language, answers, **headers)
    assert not served_joined(caplog, rendered)
    return joined, rendered


def first_difference(a: bytes, b: bytes) -> int:
    """How many bytes a and b share at their start (halving: a page is 45 KB, paths thousands)."""
    same, differs = 0, min(len(a), len(b)) + 1
    while differs - same > 1:
        middle = (same + differs) // 2
        if a[:middle] == b[:middle]:
            same = middle
        else:
            differs = middle
    return same


def paddings(joined: bytes, rendered: bytes) -> list[tuple[int, int]]:
    """Where the joined page has runs of spaces that the template's page has not, and how long:
    (offset, length), at most one per hole of the page (its answers, its share address), each
    offset in the page with the runs before it taken out. Found where the two pages first
    differ, again; empty when they differ otherwise (the comparison then shows where)."""
    found: list[tuple[int, int]] = []
    while len(found) < 2 and len(joined) > len(rendered):
        at = first_difference(joined, rendered)
        run = len(joined[at:]) - len(joined[at:].lstrip(b" "))
        if not run:
            break
        found.append((at, run))
        joined = joined[:at] + joined[at + run :]
    return found


def without_padding(joined: bytes, rendered: bytes) -> bytes:
    """The joined page without the spaces that pad its holes."""
    for at, run in paddings(joined, rendered):
        joined = joined[:at] + joined[at + run :]
    return joined


def assert_same_page(joined, rendered, language, answers) -> bool:
    """The same page but for padding; whether its answers were padded. Padding is spaces between
    two tags, where they change nothing: after the hidden fields of the answers (before an
    <input>), and after the tag that closes the share address."""
    assert joined.status_code == rendered.status_code == 200
    assert b'class="outcome"' in rendered.content
    unpadded = without_padding(joined.content, rendered.content)
    if unpadded != rendered.content:
        diff = difflib.unified_diff(
            rendered.content.decode().splitlines(),
            unpadded.decode().splitlines(),
            "template",
            "joined",
            lineterm="",
            n=1,
        )
        pytest.fail(f"{language} {answers}:\n" + "\n".join(list(diff)[:40]))
    answers_padded = False
    page = joined.content
    for at, run in paddings(joined.content, rendered.content):
        before, after = page[:at], page[at + run :]
        assert before.endswith((b">", b">\n")) and after.lstrip().startswith(b"<"), (language, at)
        if after.lstrip().startswith(b"<input"):
            answers_padded = True
        else:
            assert before.endswith(b"</code>") and b"data-share-url>" in before[-400:], at
        page = before + after  # offsets are of the page with the paddings before them removed
    return answers_padded


def built(language: str) -> None:
    """This language's pages built, as the server builds them at start-up; once a run (a build
    takes a second or so) unless a test changed the settings or forgot them."""
    if not prebuilt.is_built(language):
        prebuilt.build([language])


def assert_joined_pages_are_template_pages(client, monkeypatch, caplog, language):
    """On every covering path: the joined page is the template's page but for padding, and,
    compressed ahead around its middle, it still arrives whole: the gzip stream (its CRC and
    length checked by gzip.decompress) holds exactly the page sent uncompressed. Every path to
    one outcome gives a page of one length (the padding)."""
    built(language)
    padded = 0
    lengths: dict = {}
    for answers in covering_paths():
        joined, rendered = both(client, monkeypatch, caplog, language, answers)
        padded += assert_same_page(joined, rendered, language, answers)
        packed = post(client, language, answers, HTTP_ACCEPT_ENCODING="gzip")
        assert "Content-Encoding" not in joined and packed["Content-Encoding"] == "gzip"
        assert gzip.decompress(packed.content) == joined.content, (language, answers)
        lengths.setdefault(decision.outcome_for(answers), []).append(len(joined.content))
    # Most pages are padded, so the padding's place is checked, not only allowed.
    assert padded > len(covering_paths()) / 2
    assert all(len(set(found)) == 1 for found in lengths.values())
    assert any(len(found) > 1 for found in lengths.values())


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_joined_page_is_the_template_page(client, monkeypatch, caplog, language):
    assert_joined_pages_are_template_pages(client, monkeypatch, caplog, language)


def test_joined_page_is_the_template_page_in_the_pseudo_locale(
    client, monkeypatch, caplog, with_pseudo
):
    assert_joined_pages_are_template_pages(client, monkeypatch, caplog, pseudo_locale.CODE)


@pytest.mark.parametrize("host", ["guide.example.net", "a-much-longer-host-name.example.org"])
def test_without_public_url_the_joined_page_shares_the_address_it_was_served_at(
    client, monkeypatch, caplog, host
):
    """The share address is a slot each request fills: the joined page serves without
    PUBLIC_URL too, and gives the address the page was served at, as the template does."""
    with override_settings(PUBLIC_URL="", ALLOWED_HOSTS=[host]):
        prebuilt.build(["es"])
        joined, rendered = both(client, monkeypatch, caplog, "es", PATHS[-1], HTTP_HOST=host)
    assert_same_page(joined, rendered, "es", PATHS[-1])
    assert f"<code data-share-url>http://{host}/es/</code>".encode() in joined.content


def test_every_piece_is_covered_in_every_language():
    """The chosen paths reach every outcome the decision has, and every answer in every place."""
    outcomes = {decision.outcome_for(answers) for answers in PATHS}
    assert {decision.outcome_for(answers) for answers in covering_paths()} == outcomes
    rows = {(pair, n == len(a) - 1) for a in PATHS for n, pair in enumerate(a.items())}
    assert {
        (pair, n == len(a) - 1) for a in covering_paths() for n, pair in enumerate(a.items())
    } == rows
    assert len(covering_paths()) < len(PATHS) / 10


def test_covering_outcomes_show_every_section_and_every_neighbouring_pair():
    """The browser checks (tests/browser/test_accessibility.py, test_pseudo_layout.py) look at
    these outcomes only: they must show every section, and every two sections that stand side by
    side on any path, as the decision makes them."""
    every = [decision.outcome_for(answers).sections for answers in PATHS]
    shown = [decision.outcome_for(answers).sections for answers in pages.covering_outcomes()]
    assert set().union(*every) == set().union(*shown)
    assert set().union(*map(pages.neighbours, every)) == set().union(*map(pages.neighbours, shown))
    # A small share of the distinct outcomes, so that the browser checks stay cheap (with the
    # next steps first since issue 14, more pairs of sections meet: 13 of 126 outcomes today).
    assert len(shown) < len(pages.distinct_outcomes()) / 8


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_joined_page_sends_the_same_headers_compressed(client, monkeypatch, caplog, language):
    built(language)
    answers = PATHS[-1]
    # never_cache dates Expires with the clock: the two requests may fall either side of a second.
    monkeypatch.setattr(django.utils.cache, "http_date", lambda _epoch=None: http_date(1.8e9))
    joined, rendered = both(
        client, monkeypatch, caplog, language, answers, HTTP_ACCEPT_ENCODING="gzip"
    )
    assert joined["Content-Encoding"] == rendered["Content-Encoding"] == "gzip"
    rendered_page = gzip.decompress(rendered.content)
    assert without_padding(gzip.decompress(joined.content), rendered_page) == rendered_page
    # The length differs: each compressed page has its own random padding (against BREACH).
    names = set(joined.headers) | set(rendered.headers)
    for name in names - {"Content-Length"}:
        assert joined.get(name) == rendered.get(name), name
    for header in (
        "Content-Security-Policy",
        "X-Robots-Tag",
        "Cache-Control",
        "Vary",
        "Content-Language",
    ):
        assert joined.has_header(header), header
    assert "Accept-Encoding" in joined["Vary"]


def test_rare_variants_still_come_from_the_template(client, monkeypatch):
    prebuilt.build(["en"])

    def not_asked(*args):
        raise AssertionError("a variant was asked of the prebuilt pages")

    monkeypatch.setattr(prebuilt, "page_for", not_asked)
    answers = PATHS[0]
    for extra in ({"also": "es"}, {"print_details": "yes"}):
        response = post(client, "en", {**answers, **extra})
        assert response.status_code == 200
        assert b'class="outcome outcome--' in response.content


def test_pages_built_for_other_settings_are_not_served(client, settings, caplog):
    caplog.set_level(logging.INFO, logger="guide.outcome")
    prebuilt.build(["en"])
    assert served_joined(caplog, post(client, "en", PATHS[0]))
    settings.SAFE_HOLD_DATE = datetime.date(2026, 1, 2)
    response = post(client, "en", PATHS[0])
    assert not served_joined(caplog, response)
    assert b"safe-hold__title" in response.content


def test_falling_back_says_so_in_one_line_that_tells_nothing_about_the_answers(client, caplog):
    caplog.set_level(logging.INFO, logger="guide.outcome")
    prebuilt.forget()
    post(client, "en", PATHS[0])
    [record] = [r for r in caplog.records if r.name.startswith("guide.outcome")]
    assert (
        record.getMessage() == f"{FELL_BACK}: not built for this language and these settings (en)"
    )


def test_pages_are_built_only_when_asked_for(client):
    prebuilt.forget()
    post(client, "en", PATHS[0])
    # Asked through the module's public door, not its private store (tests/test_house.py).
    for code, _name in settings.LANGUAGES:
        assert prebuilt.page_for(PATHS[0], code, "https://example.org/") == (
            None,
            "not built for this language and these settings",
        )


def test_an_outcome_request_leaves_no_frame_for_the_garbage_collector():
    """A skipped question's answer is checked by its form field, which raises a ValidationError;
    Django's refers to itself, so the garbage collector alone frees it. Its traceback used to keep
    every frame of the request alive with it (the request, the page, 117 objects a request), and
    the collections that freed them took 6 % of an outcome page's time (issue 17)."""
    built("en")
    answers = next(path for path in PATHS if len(path) < len(wire.NUMBERS))  # a skipped question
    body = urllib.parse.urlencode(wire.body(answers, nav=wire.OUTCOME)).encode()
    handler = WSGIHandler()

    def send():
        environ = (
            RequestFactory()
            .post("/en/questions/", body, content_type="application/x-www-form-urlencoded")
            .environ
        )
        response = handler(environ, lambda status, headers, exc_info=None: None)
        assert b'id="answers"' in b"".join(response)
        response.close()

    send()  # anything made once, on the first request, is made
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for _ in range(5):
            send()
        gc.collect()
        kinds = {type(found).__name__ for found in gc.garbage}
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert "frame" not in kinds and "WSGIRequest" not in kinds, kinds
