"""guide/compression.py: pages in gzip, whole or with their head and tail compressed ahead."""

import gzip
import zlib

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from hypothesis import given
from hypothesis import strategies as st

from guide import compression
from guide.middleware import GZipMiddleware

# Page-like bytes: anything but the zero byte, which no page holds and the frame relies on.
text = st.binary(max_size=3000).map(lambda data: data.replace(b"\x00", b"."))
# Long enough, and repetitive enough, for deflate to refer far back.
page_text = st.lists(
    st.sampled_from([b"<p>Una p\xc3\xa1gina</p>\n", b"<li>", b"ITIN ", b"\xd8\xa7"]), max_size=3000
).map(b"".join)


def test_compressed_pages_are_gzip_with_random_padding():
    page = "<p>Una página</p>\n".encode() * 100
    sizes = set()
    for _ in range(20):
        compressed = compression.compress(page, 100)
        assert compressed[:2] == b"\x1f\x8b" and compressed[3] & gzip.FNAME
        assert gzip.decompress(compressed) == page
        sizes.add(len(compressed))
    assert len(sizes) > 1


@given(head=page_text | text, middle=text, tail=page_text | text, spare=st.integers(0, 500))
def test_a_filled_frame_is_one_gzip_stream_of_the_whole_page(head, middle, tail, spare):
    frame = compression.Frame.around(head, tail, len(middle) + spare)
    filled = frame.fill(middle)
    assert filled.body == head + middle + b" " * spare + tail
    assert gzip.decompress(filled.gzip(100)) == filled.body


def test_the_tail_refers_back_into_the_head_across_any_middle():
    """The point of the padding: the tail is compressed as if it followed the head (it repeats
    it here, and costs next to nothing), yet decompresses right whatever fills the middle."""
    head = b"".join(b"<li>source %d: https://example.org/%d</li>\n" % (n, n) for n in range(300))
    frame = compression.Frame.around(head, head, 200)
    assert len(frame.tail_deflated) < len(frame.head_deflated) / 10
    for middle in (b"", b"<input>", head[:200], bytes(range(1, 201))):
        filled = frame.fill(middle)
        assert gzip.decompress(filled.gzip(1)) == filled.body


def test_a_middle_longer_than_the_room_is_refused():
    frame = compression.Frame.around(b"<p>", b"</p>", 3)
    with pytest.raises(ValueError):
        frame.fill(b"four")


def test_a_page_with_a_zero_byte_is_refused():
    with pytest.raises(ValueError):
        compression.Frame.around(b"<p>\x00", b"</p>", 3)


def test_the_middle_is_the_only_part_compressed_per_request(monkeypatch):
    frame = compression.Frame.around(b"<p>head</p>" * 200, b"<p>tail</p>" * 200, 50)
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


def _middleware_response(response):
    request = RequestFactory().get("/", HTTP_ACCEPT_ENCODING="gzip")
    return GZipMiddleware(lambda request: response)(request)


def test_middleware_uses_the_frame_for_the_page_it_was_filled_for():
    filled = compression.Frame.around(b"<p>head</p>" * 50, b"<p>tail</p>" * 50, 20).fill(b"<i>")
    response = HttpResponse(filled.body)
    response.compressed_ahead = filled
    sent = _middleware_response(response)
    assert sent["Content-Encoding"] == "gzip"
    assert gzip.decompress(sent.content) == filled.body
    # The frame's own stream: its tail, compressed ahead, ends it (before the 8-byte trailer).
    assert sent.content[:-8].endswith(filled.frame.tail_deflated)


def test_middleware_compresses_the_whole_page_if_it_changed_after_filling():
    filled = compression.Frame.around(b"<p>head</p>" * 50, b"<p>tail</p>" * 50, 20).fill(b"<i>")
    response = HttpResponse(filled.body + b"<p>added later</p>")
    response.compressed_ahead = filled
    sent = _middleware_response(response)
    assert gzip.decompress(sent.content) == filled.body + b"<p>added later</p>"
    assert not sent.content[:-8].endswith(filled.frame.tail_deflated)
