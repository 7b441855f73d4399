"""The guide's public address, to share and to print: never with an answer in it.

Everything here depends only on the configured PUBLIC_URL (or, when it is unset, the address the
page was served at) and the language, never on a request's answers: a shared or printed address
always opens the start page.
"""

import functools

import segno
from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe


def public_address(language: str, request: HttpRequest | None = None) -> str:
    """The start page of the guide in this language, e.g. https://example.org/es/: under
    PUBLIC_URL, or when that is unset, at the address this request came to (its host is one of
    ALLOWED_HOSTS: Django refuses any other)."""
    path = _start_path(language)
    if settings.PUBLIC_URL or request is None:
        return settings.PUBLIC_URL + path
    return request.build_absolute_uri(path)


@functools.cache
def _start_path(language: str) -> str:
    """The start page's path in this language. Every outcome page asks for it, and reversing a
    URL under another language took about 4 % of that page's time in Python; one entry per
    language, which is not who asks nor what they answered."""
    with translation.override(language):
        return reverse("start")


def qr_svg(address: str) -> SafeString:
    """A QR code for `address` as inline SVG, made here (no outside service).

    One <path> drawn with a stroke attribute: no style attribute, so the strict CSP allows it.
    It is hidden from screen readers because the address is always written out beside it.
    Error correction M still reads when a printed copy is a little worn.
    """
    svg = segno.make(address, error="m", micro=False).svg_inline(
        scale=1, border=4, omitsize=True, svgclass="qr", lineclass=None, dark="#000"
    )
    return mark_safe(svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1))
