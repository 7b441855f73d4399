"""Pages made small on the wire: without their template indentation, and in gzip as Django's
GZipMiddleware writes it, faster.

libdeflate at level 6 (the `deflate` wheel) writes what zlib's level 6 writes, as small, in under
half the time.

The usual outcome page: most of it is compressed once, at start-up, and a request compresses
only the parts that change (`Frame`). An outcome page is the same for everyone who reaches that
outcome in that language, except in two holes (guide/outcome/prebuilt.py): the answers, around
"Your answers", and the "Share this guide" address, which is the address the page was served at
when PUBLIC_URL is unset. The fixed parts around them are compressed ahead; each request
compresses its holes and joins everything into one gzip stream:

- each fixed part's deflate blocks end on a byte boundary (a sync flush), so that more can follow;
- a hole is compressed with the fixed part before it as its preset dictionary, so it refers back
  into that part as it would in one stream;
- deflate refers back by distance, so a fixed part can refer into the parts before it only if
  every hole always has the same length: each hole is padded with spaces to its `room` (for the
  answers, the longest middle of that page). A fixed part is compressed with what comes before
  it as its dictionary, each hole standing as `room` zero bytes; no page holds a zero byte, so a
  fixed part never refers into a hole.

Compressing a 37 KB outcome page whole took 2.1 ms on the busy bench machine, its middle 0.36 ms;
served, the whole page gave 0.38–0.39 of a static file's requests per second, the frame 0.52
(docs/performance.md, issue 15): the frame stays. Before the address had a hole of its own, a
request served without PUBLIC_URL compressed the whole 6 KB after the answers again, about a
tenth of the outcome page's time in the server (issue 17). On the wire the page is at most about
100 bytes larger than the whole page compressed at once (a few more deflate blocks). Nothing here
depends on who asks: frames are built for every language and outcome at start-up.
"""

import gzip
import re
import secrets
import struct
import zlib
from collections.abc import Sequence
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
    """A page's fixed parts, compressed ahead, with a hole of at most `rooms[i]` bytes after
    each part but the last."""

    parts: tuple[bytes, ...] = field(repr=False)
    rooms: tuple[int, ...]
    deflated: tuple[bytes, ...] = field(repr=False)

    @classmethod
    def around(cls, parts: Sequence[bytes], rooms: Sequence[int]) -> "Frame":
        if len(parts) != len(rooms) + 1:
            raise ValueError("a frame has one hole between each two fixed parts")
        if any(b"\x00" in part for part in parts):
            raise ValueError("a page with a zero byte cannot be framed")
        deflated = []
        before = b""  # what precedes the part, holes as zero bytes: at most a window of it
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            # Time spent here is spent once: the best zlib can do.
            compressor = _compressor(9, 9, before)
            flush = zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH
            deflated.append(compressor.compress(part) + compressor.flush(flush))
            if not last:
                before = (before + part + b"\x00" * rooms[index])[-WINDOW:]
        return cls(tuple(parts), tuple(rooms), tuple(deflated))

    def fill(self, *holes: bytes, ahead: dict[int, bytes] | None = None) -> "Filled":
        """The page with these holes, each padded with spaces to its room. `ahead`: holes
        (by number) already compressed, by `deflate_hole`, from these same bytes."""
        if len(holes) != len(self.rooms):
            raise ValueError(f"this frame has {len(self.rooms)} holes")
        padded = [self.pad(index, hole) for index, hole in enumerate(holes)]
        pieces = [piece for pair in zip(self.parts[:-1], padded, strict=True) for piece in pair]
        return Filled(self, tuple(padded), b"".join((*pieces, self.parts[-1])), ahead or {})

    def pad(self, index: int, hole: bytes) -> bytes:
        """Hole `index` padded with spaces to its room."""
        room = self.rooms[index]
        if len(hole) > room:
            raise ValueError(f"a hole of {len(hole)} bytes does not fit in {room}")
        return hole + b" " * (room - len(hole))

    def deflate_hole(self, index: int, padded: bytes) -> bytes:
        """Hole `index`, padded to its room, in deflate: after the fixed part before it, which is
        its dictionary, and ending on a byte boundary."""
        compressor = _compressor(6, 8, self.parts[index])
        return compressor.compress(padded) + compressor.flush(zlib.Z_SYNC_FLUSH)


@dataclass(frozen=True)
class Filled:
    frame: Frame
    #: The holes, padded.
    holes: tuple[bytes, ...] = field(repr=False)
    #: The whole page.
    body: bytes = field(repr=False)
    #: Holes compressed ahead, by number.
    ahead: dict[int, bytes] = field(default_factory=dict, repr=False)

    def gzip(self, max_random_bytes: int) -> bytes:
        """The page in gzip: one stream, its fixed parts (and any hole given) compressed ahead."""
        stream = [header(max_random_bytes)]
        for index, (deflated, hole) in enumerate(
            zip(self.frame.deflated[:-1], self.holes, strict=True)
        ):
            stream.append(deflated)
            found = self.ahead.get(index)
            stream.append(found if found is not None else self.frame.deflate_hole(index, hole))
        stream += (self.frame.deflated[-1], trailer(self.body))
        return b"".join(stream)


def _compressor(level: int, memory: int, before: bytes):
    """Raw deflate, the largest window, continuing after `before` (its last window of bytes)."""
    if not before:
        return zlib.compressobj(level, zlib.DEFLATED, _RAW, memory)
    return zlib.compressobj(
        level, zlib.DEFLATED, _RAW, memory, zlib.Z_DEFAULT_STRATEGY, before[-WINDOW:]
    )
