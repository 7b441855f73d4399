"""Property-based: whatever a browser, a bot or an attacker sends, every endpoint answers with a
page (never a 5xx, never a stack trace) and never repeats what was sent.

Thousands of generated form bodies (duplicated fields, unknown codes, non-UTF-8 bytes, bodies far
over the size limit, broken content types), paths and headers go through Django's test client,
which re-raises any exception a view lets through. Every generated value carries CANARY, so
"reflected input" is checked exactly: the canary must never come back in a body or a header.
"""

import os
from urllib.parse import quote_from_bytes, urlencode

from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import translation
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from guide.flow import routing
from guide.flow.questionnaire import QUESTIONS
from tests.helpers import ALL_CODES
from tests.pages import page_names

# Raise HOSTILE_EXAMPLES for a longer hunt; the default keeps the module near half a minute.
hypothesis_settings.register_profile(
    "hostile",
    max_examples=int(os.environ.get("HOSTILE_EXAMPLES", "800")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
HOSTILE = hypothesis_settings.get_profile("hostile")

CANARY = "Qz7canary"
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def endpoints() -> list[str]:
    paths = []
    for language in LANGUAGES:
        with translation.override(language):
            paths += [reverse(name) for name in page_names()]
    return paths


ENDPOINTS = endpoints()
QUESTIONS_PATHS = set()
for _language in LANGUAGES:
    with translation.override(_language):
        QUESTIONS_PATHS.add(reverse("questions"))
client = Client()

# --- What gets thrown -------------------------------------------------------------------------
FIELD_NAMES = [question.slug for question in QUESTIONS] + ["q", "nav", "change", "return"]
VALUES = sorted(ALL_CODES) + [
    routing.CONTINUE,
    routing.BACK,
    routing.STAY,
    routing.OUTCOME,
    "outcome",
]
junk = st.text(max_size=40)
names = st.one_of(st.sampled_from(FIELD_NAMES), junk, junk.map(lambda text: text + CANARY))
values = st.one_of(
    st.sampled_from(VALUES),
    junk.map(lambda text: CANARY + text),
    st.sampled_from(VALUES).map(lambda code: code + CANARY),
    st.just("<script>" + CANARY + "</script>"),
)
# Real field names and codes are common, so many bodies get deep into the steps; repeats are
# allowed, so duplicated fields come up all the time.
pairs = st.lists(st.tuples(names, values), max_size=24)
form_bodies = pairs.map(lambda items: urlencode(items).encode())
non_utf8_bodies = st.tuples(pairs, st.binary(min_size=1, max_size=200)).map(
    lambda parts: (
        urlencode(parts[0]).encode() + b"&itin=" + parts[1] + CANARY.encode() + b"\xff\xfe"
    )
)
huge_bodies = st.integers(min_value=settings.DATA_UPLOAD_MAX_MEMORY_SIZE, max_value=512 * 1024).map(
    lambda size: b"itin=" + b"x" * size + CANARY.encode()
)
many_fields = st.integers(min_value=settings.DATA_UPLOAD_MAX_NUMBER_FIELDS, max_value=2000).map(
    lambda count: b"&".join([b"q=itin"] * count + [CANARY.encode() + b"=1"])
)
bodies = st.one_of(
    form_bodies,
    form_bodies,
    non_utf8_bodies,
    huge_bodies,
    many_fields,
    st.binary(max_size=400).map(lambda raw: raw + CANARY.encode()),
)
content_types = st.sampled_from(
    [
        "application/x-www-form-urlencoded",
        "application/x-www-form-urlencoded; charset=latin-1",
        "application/x-www-form-urlencoded; charset=no-such-charset",
        "multipart/form-data",
        "multipart/form-data; boundary=" + CANARY,
        "text/plain",
        "application/json",
        "",
    ]
)
# WSGI hands headers over as latin-1 text.
header_text = st.text(alphabet=st.characters(min_codepoint=1, max_codepoint=255), max_size=60)
header_values = st.one_of(header_text.map(lambda text: text + CANARY), header_text)
methods = st.sampled_from(
    [
        "GET",
        "POST",
        "HEAD",
        "PUT",
        "DELETE",
        "OPTIONS",
        "PATCH",
        "TRACE",
        "PROPFIND",
        CANARY.upper(),
    ]
)
path_segments = st.one_of(
    st.sampled_from(["en", "questions", "..", "%", "static", "", CANARY]),
    st.binary(max_size=20).map(lambda raw: quote_from_bytes(raw, safe=b"")),
    junk.map(lambda text: quote_from_bytes((text + CANARY).encode(), safe=b"")),
)
paths = st.tuples(
    st.sampled_from([""] + [f"/{code}" for code in LANGUAGES] + ["/zz", "//"]),
    st.lists(path_segments, max_size=4),
    st.sampled_from(["", "/", "?" + CANARY + "=1", "?itin=itin&x=" + CANARY]),
).map(lambda parts: (parts[0] + "/" + "/".join(parts[1]) + parts[2]) or "/")


def assert_safe(response) -> None:
    assert response.status_code < 500, response.status_code
    body = response.content.decode("utf-8", errors="replace")
    assert CANARY.lower() not in body.lower(), "input reflected in the body"
    for name, value in response.items():
        assert CANARY.lower() not in value.lower(), f"input reflected in the {name} header"
    assert "Traceback" not in body


@HOSTILE
@given(path=st.sampled_from(ENDPOINTS), body=bodies, content_type=content_types)
def test_any_form_body_at_any_endpoint(path, body, content_type):
    response = client.generic("POST", path, data=body, content_type=content_type)
    assert_safe(response)
    if path in QUESTIONS_PATHS and response.status_code == 200:
        # A question or an outcome, whatever came in: never cached.
        assert "no-store" in response["Cache-Control"]


@HOSTILE
@given(path=paths, method=methods)
def test_any_path_with_any_method(path, method):
    assert_safe(client.generic(method, path))


HEADERS = [
    "HTTP_HOST",
    "HTTP_ACCEPT_LANGUAGE",
    "HTTP_COOKIE",
    "HTTP_REFERER",
    "HTTP_USER_AGENT",
    "HTTP_X_FORWARDED_PROTO",
    "HTTP_X_FORWARDED_HOST",
    "HTTP_ORIGIN",
    "HTTP_ACCEPT",
    "HTTP_ACCEPT_ENCODING",
    "HTTP_RANGE",
    "HTTP_IF_NONE_MATCH",
    "CONTENT_LENGTH",
    "CONTENT_TYPE",
]


@HOSTILE
@given(
    path=st.sampled_from(ENDPOINTS),
    method=methods,
    body=form_bodies,
    headers=st.dictionaries(st.sampled_from(HEADERS), header_values, max_size=6),
)
def test_any_headers_at_any_endpoint(path, method, body, headers):
    assert_safe(
        client.generic(
            method, path, data=body, content_type="application/x-www-form-urlencoded", **headers
        )
    )


def test_the_canary_would_be_caught():
    """The check above can fail: a page that echoes its input is detected."""
    from django.http import HttpResponse

    try:
        assert_safe(HttpResponse(f"You sent {CANARY}"))
    except AssertionError:
        return
    raise AssertionError("assert_safe missed a reflected value")
