"""Pages made small on the wire: without their template indentation, and in gzip as Django's
GZipMiddleware writes it, faster.

libdeflate at level 6 (the `deflate` wheel) writes what zlib's level 6 writes, as small, in under
half the time. The usual outcome page is compressed whole for each request, like any other page:
compressing its head and tail once at start-up and only its middle per request (a "frame", until
issue 15) saved too little to keep (docs/performance.md), and would have kept every part that
differs per request (the share address too) inside one middle.
"""

import gzip
import re
import secrets
import struct

import deflate

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
