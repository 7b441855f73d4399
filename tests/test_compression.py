"""guide/outcome/compress.py and the middleware around it: pages in gzip as Django writes them,
and pages the view finished (guide/outcome/on_the_wire.py) left as they are."""

import gzip

from django.http import HttpResponse
from django.test import RequestFactory
from hypothesis import given
from hypothesis import strategies as st

from guide.middleware import CompactHTMLMiddleware, GZipMiddleware
from guide.outcome import compress, on_the_wire


def test_compressed_pages_are_gzip_with_random_padding():
    page = "<p>Una página</p>\n".encode() * 100
    sizes = set()
    for _ in range(20):
        compressed = compress.compress(page, 100)
        assert compressed[:2] == b"\x1f\x8b" and compressed[3] & gzip.FNAME
        assert gzip.decompress(compressed) == page
        sizes.add(len(compressed))
    assert len(sizes) > 1


@given(st.binary(max_size=5000))
def test_any_bytes_come_back_whole(data):
    assert gzip.decompress(compress.compress(data, 100)) == data


def _through(middleware, response, **headers):
    request = RequestFactory().get("/", **headers)
    return middleware(lambda request: response)(request)


def test_middleware_compresses_a_page():
    page = b"<p>Una p\xc3\xa1gina</p>\n" * 50
    sent = _through(GZipMiddleware, HttpResponse(page), HTTP_ACCEPT_ENCODING="gzip")
    assert sent["Content-Encoding"] == "gzip" and "Accept-Encoding" in sent["Vary"]
    assert gzip.decompress(sent.content) == page


def test_a_finished_page_passes_the_middleware_untouched():
    """Compacted, compressed and padded by the view: neither compacting nor compressing again."""
    request = RequestFactory().get("/", HTTP_ACCEPT_ENCODING="gzip")
    page = b"<p>\n    indented</p>\n" * 50
    for headers in ({"HTTP_ACCEPT_ENCODING": "gzip"}, {}):
        request = RequestFactory().get("/", **headers)
        finished = on_the_wire.finish(request, page, kind=None)
        body = finished.content
        sent = _through(GZipMiddleware, _through(CompactHTMLMiddleware, finished), **headers)
        assert sent.content == body
        plain = gzip.decompress(body) if headers else body
        assert plain == compress.compact(page)


def test_identity_padding_after_a_newline_survives_the_middleware():
    """Spaces that pad a finished page are not taken for indentation."""
    request = RequestFactory().get("/")
    finished = on_the_wire.finish(request, b"<p>\n" * 100, kind=None, compacted=True)
    finished.content = on_the_wire.padded(finished.content, "identity", 500)
    assert _through(CompactHTMLMiddleware, finished).content.endswith(b"\n" + b" " * 100)
