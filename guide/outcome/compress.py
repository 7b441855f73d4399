"""Pages made small on the wire: without their template indentation, and in gzip as Django's
GZipMiddleware writes it, faster.

libdeflate at level 6 (the `deflate` wheel) writes what zlib's level 6 writes, as small, in under
half the time.

The usual outcome page: most of it is compressed once, at start-up, and a request compresses
only the part that changes (`Frame`). An outcome page is the same for everyone who reaches that
outcome in that language, except for one part around "Your answers" (guide/outcome/prebuilt.py).
The part before it (the head) and the part after it (the tail) are compressed ahead; each request
compresses its own middle and joins the three into one gzip stream:

- the head's deflate blocks end on a byte boundary (a sync flush), so that more can follow;
- the middle is compressed with the head as its preset dictionary, so it refers back into the
  head as it would in one stream;
- deflate refers back by distance, so the tail can refer into the head only if the middle always
  has the same length: each middle is padded with spaces to the frame's `room` (the longest
  middle of that page). The tail is compressed with the head and `room` zero bytes before it as
  its dictionary; no page holds a zero byte, so the tail never refers into the middle.
- the tail holds the share address, which depends on where the page was served when PUBLIC_URL
  is unset: a tail other than the one compressed ahead is compressed for that request.

Compressing a 37 KB outcome page whole took 2.1 ms on the busy bench machine, its middle 0.36 ms;
served, the whole page gave 0.38–0.39 of a static file's requests per second, the frame 0.52
(docs/performance.md, issue 15): the frame stays. On the wire the page is at most about 100 bytes
larger than the whole page compressed at once (two more deflate blocks). Nothing here depends on
who asks: frames are built for every language and outcome at start-up.
"""

import gzip
import re
import secrets
import struct
import zlib
from dataclasses import dataclass, field

import deflate

#: deflate refers back at most this far.
WINDOW = 32 * 1024
#: Raw deflate (no zlib header), the largest window.
_RAW = -15

_INDENTATION = re.compile(rb"\n[ \t]+")


def compact(html: bytes) -> bytes:
    """A page without the indentation our templates leave at the start of each line.

    Every page must fit in one round trip (14 KB compressed, docs/performance.md), and the
    indentation is a few hundred of those bytes. A newline still separates the words, so nothing
    renders differently; the guide has no preformatted text and no text box whose spacing would
    matter."""
    return _INDENTATION.sub(b"\n", html)


def header(max_random_bytes: int) -> bytes:
    """A gzip header as django.utils.text.compress_string writes it: mtime 0, and a file name of
    random length against BREACH-style length guessing."""
    name = b"a" * secrets.randbelow(max_random_bytes) + b"\x00"
    return b"\x1f\x8b\x08" + bytes([gzip.FNAME]) + b"\x00\x00\x00\x00\x00\xff" + name


def trailer(data: bytes) -> bytes:
    return struct.pack("<II", deflate.crc32(data), len(data) & 0xFFFFFFFF)


def compress(data: bytes, max_random_bytes: int) -> bytes:
    """What django.utils.text.compress_string makes (level 6), with libdeflate."""
    return header(max_random_bytes) + deflate.deflate_compress(data, 6) + trailer(data)


@dataclass(frozen=True)
class Frame:
    """A page's head and tail, compressed ahead, around a middle of at most `room` bytes."""

    head: bytes
    tail: bytes
    room: int
    head_deflated: bytes = field(repr=False)
    tail_deflated: bytes = field(repr=False)

    @classmethod
    def around(cls, head: bytes, tail: bytes, room: int) -> "Frame":
        if b"\x00" in head or b"\x00" in tail:
            raise ValueError("a page with a zero byte cannot be framed")
        # Time spent here is spent once: the best zlib can do.
        first = zlib.compressobj(9, zlib.DEFLATED, _RAW, 9)
        head_deflated = first.compress(head) + first.flush(zlib.Z_SYNC_FLUSH)
        before_tail = (head + b"\x00" * room)[-WINDOW:]
        last = zlib.compressobj(9, zlib.DEFLATED, _RAW, 9, zlib.Z_DEFAULT_STRATEGY, before_tail)
        tail_deflated = last.compress(tail) + last.flush(zlib.Z_FINISH)
        return cls(head, tail, room, head_deflated, tail_deflated)

    def fill(self, middle: bytes, tail: bytes | None = None) -> "Filled":
        """The page with this middle, padded with spaces to the frame's room (and this tail, if
        not the one compressed ahead)."""
        if len(middle) > self.room:
            raise ValueError(f"a middle of {len(middle)} bytes does not fit in {self.room}")
        padded = middle + b" " * (self.room - len(middle))
        tail = self.tail if tail is None else tail
        return Filled(self, padded, tail, b"".join((self.head, padded, tail)))


@dataclass(frozen=True)
class Filled:
    frame: Frame
    #: The middle, padded.
    middle: bytes = field(repr=False)
    tail: bytes = field(repr=False)
    #: The whole page.
    body: bytes = field(repr=False)

    def gzip(self, max_random_bytes: int) -> bytes:
        """The page in gzip: one stream, its head and tail compressed ahead."""
        compressor = zlib.compressobj(
            6, zlib.DEFLATED, _RAW, 8, zlib.Z_DEFAULT_STRATEGY, self.frame.head[-WINDOW:]
        )
        middle = compressor.compress(self.middle) + compressor.flush(zlib.Z_SYNC_FLUSH)
        if self.tail == self.frame.tail:
            tail = self.frame.tail_deflated
        else:  # another share address: the tail as it follows this middle
            tail = compressor.compress(self.tail) + compressor.flush(zlib.Z_FINISH)
        return b"".join(
            (
                header(max_random_bytes),
                self.frame.head_deflated,
                middle,
                tail,
                trailer(self.body),
            )
        )
