"""The guide's public address, to share and to print: never with an answer in it.

Everything here depends only on the configured PUBLIC_URL and the language, never on a request's
answers: a shared or printed address always opens the start page.
"""

import segno
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe


def public_address(language: str) -> str:
    """The start page of the guide in this language, e.g. https://example.org/es/."""
    with translation.override(language):
        return settings.PUBLIC_URL + reverse("start")


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
