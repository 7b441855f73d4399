"""guide/outcome/compress.py and the middleware around it: pages in gzip as Django writes them,
and pages the view finished (guide/outcome/on_the_wire.py) left as they are."""

import gzip
import zlib

import pytest
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


# Page-like bytes: anything but the zero byte, which no page holds and the frame relies on.
text = st.binary(max_size=3000).map(lambda data: data.replace(b"\x00", b"."))
# Long enough, and repetitive enough, for deflate to refer far back.
page_text = st.lists(
    st.sampled_from([b"<p>Una p\xc3\xa1gina</p>\n", b"<li>", b"ITIN ", b"\xd8\xa7"]), max_size=3000
).map(b"".join)


@given(head=page_text | text, middle=text, tail=page_text | text, spare=st.integers(0, 500))
def test_a_filled_frame_is_one_gzip_stream_of_the_whole_page(head, middle, tail, spare):
    frame = compress.Frame.around(head, tail, len(middle) + spare)
    filled = frame.fill(middle)
    assert filled.body == head + middle + b" " * spare + tail
    assert gzip.decompress(filled.gzip(100)) == filled.body


def test_the_tail_refers_back_into_the_head_across_any_middle():
    """The point of the padding: the tail is compressed as if it followed the head (it repeats
    it here, and costs next to nothing), yet decompresses right whatever fills the middle."""
    head = b"".join(b"<li>source %d: https://example.org/%d</li>\n" % (n, n) for n in range(300))
    frame = compress.Frame.around(head, head, 200)
    assert len(frame.tail_deflated) < len(frame.head_deflated) / 10
    for middle in (b"", b"<input>", head[:200], bytes(range(1, 201))):
        filled = frame.fill(middle)
        assert gzip.decompress(filled.gzip(1)) == filled.body


def test_a_middle_longer_than_the_room_is_refused():
    frame = compress.Frame.around(b"<p>", b"</p>", 3)
    with pytest.raises(ValueError):
        frame.fill(b"four")


def test_a_page_with_a_zero_byte_is_refused():
    with pytest.raises(ValueError):
        compress.Frame.around(b"<p>\x00", b"</p>", 3)


def test_the_middle_is_the_only_part_compressed_per_request(monkeypatch):
    frame = compress.Frame.around(b"<p>head</p>" * 200, b"<p>tail</p>" * 200, 50)
    compressed = []
    real = zlib.compressobj

    def counting(*args, **kwargs):
        compressor = real(*args, **kwargs)
        return type(
            "Counting",
            (),
            {
                "compress": lambda self, data: compressed.append(data) or compressor.compress(data),
                "flush": lambda self, mode: compressor.flush(mode),
            },
        )()

    monkeypatch.setattr(zlib, "compressobj", counting)
    frame.fill(b"<b>middle</b>").gzip(10)
    assert compressed == [b"<b>middle</b>" + b" " * 37]


def test_a_tail_other_than_the_one_compressed_ahead_is_compressed_with_its_request():
    """The share address in the tail is each request's own when PUBLIC_URL is unset."""
    head, tail = b"<p>head</p>" * 50, b"<p>https://guide.example.org/es/</p>" * 5
    frame = compress.Frame.around(head, tail, 20)
    other = tail.replace(b"example.org", b"example.net")
    filled = frame.fill(b"<i>", other)
    assert filled.body == head + b"<i>" + b" " * 17 + other
    assert gzip.decompress(filled.gzip(10)) == filled.body
    assert not filled.gzip(10)[:-8].endswith(frame.tail_deflated)


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
