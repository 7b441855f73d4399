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


@given(
    parts=st.lists(page_text | text, min_size=1, max_size=4),
    holes=st.lists(st.tuples(text, st.integers(0, 500)), min_size=3, max_size=3),
)
def test_a_filled_frame_is_one_gzip_stream_of_the_whole_page(parts, holes):
    """Any fixed parts, with any holes between them (each padded with spaces to its room)."""
    holes = holes[: len(parts) - 1]
    frame = compress.Frame.around(parts, [len(hole) + spare for hole, spare in holes])
    filled = frame.fill(*(hole for hole, _spare in holes))
    expected = b"".join(
        part + (hole + b" " * spare if index < len(holes) else b"")
        for index, (part, (hole, spare)) in enumerate(zip(parts, [*holes, (b"", 0)], strict=True))
    )
    assert filled.body == expected
    assert gzip.decompress(filled.gzip(100)) == filled.body


def test_each_part_refers_back_across_the_holes_before_it():
    """The point of the padding: a fixed part is compressed as if it followed the parts before it
    (it repeats the head here, and costs next to nothing), yet decompresses right whatever fills
    the holes."""
    head = b"".join(b"<li>source %d: https://example.org/%d</li>\n" % (n, n) for n in range(300))
    frame = compress.Frame.around((head, head, head), (200, 60))
    assert all(len(later) < len(frame.deflated[0]) / 10 for later in frame.deflated[1:])
    for middle in (b"", b"<input>", head[:200], bytes(range(1, 201))):
        for address in (b"", b"https://guide.example.org/es/</code>", bytes(range(1, 61))):
            filled = frame.fill(middle, address)
            assert gzip.decompress(filled.gzip(1)) == filled.body


@given(head=page_text | text, middle=text, tail=page_text | text, spare=st.integers(0, 300))
def test_a_hole_compressed_ahead_gives_the_same_stream(head, middle, tail, spare):
    """The outcome page's middle for every answer path is compressed at start-up
    (guide/outcome/prebuilt.py): the stream is the one a request would have made."""
    frame = compress.Frame.around((head, tail), (len(middle) + spare,))
    ahead = frame.deflate_hole(0, frame.pad(0, middle))
    assert frame.fill(middle, ahead={0: ahead}).gzip(1) == frame.fill(middle).gzip(1)


def test_a_hole_longer_than_its_room_is_refused():
    frame = compress.Frame.around((b"<p>", b"</p>"), (3,))
    with pytest.raises(ValueError):
        frame.fill(b"four")
    with pytest.raises(ValueError):
        frame.fill(b"a", b"b")  # and a hole it does not have


def test_a_page_with_a_zero_byte_is_refused():
    with pytest.raises(ValueError):
        compress.Frame.around((b"<p>\x00", b"</p>"), (3,))


def test_only_the_holes_are_compressed_per_request(monkeypatch):
    frame = compress.Frame.around(
        (b"<p>head</p>" * 200, b"<p>share</p>" * 100, b"<p>tail</p>" * 200), (50, 40)
    )
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
    frame.fill(b"<b>middle</b>", b"https://guide.example.org/es/").gzip(10)
    assert compressed == [
        b"<b>middle</b>" + b" " * 37,
        b"https://guide.example.org/es/" + b" " * 11,
    ]


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
