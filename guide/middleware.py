"""Security headers that Django 5.2 does not set by itself.

Django's SecurityMiddleware already sends nosniff, Referrer-Policy, Cross-Origin-Opener-Policy and
(over HTTPS) HSTS; XFrameOptionsMiddleware sends X-Frame-Options. This adds the rest, on every
response, static files and error pages included (it sits first in MIDDLEWARE, so it wraps them all).
Below them: the checks on malformed requests, and the two steps that keep pages small on the wire
(compacting and compressing them).
"""

import re

import django.middleware.gzip
from django.core.exceptions import BadRequest
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import patch_vary_headers

from guide.outcome import compress
from guide.outcome.compress import compact
from guide.outcome.on_the_wire import FinishedPage

# Everything comes from this origin. No inline script or style anywhere (templates must not use
# <script> bodies or style= attributes), nothing may frame the guide, forms only post back here.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        # Only the guide's own forms, sent by static/js/history.js to this same site.
        "connect-src 'self'",
        "object-src 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
    ]
)

# Every powerful browser feature, switched off for this page and anything it could embed, except
# the two that the guide's own buttons use, for this site only (issue 14): "Copy the address"
# (clipboard-write) and "Share" (web-share), in static/js/share.js. A camera or location prompt on
# this site would only frighten people.
USED_FEATURES = ("clipboard-write", "web-share")
POWERFUL_FEATURES = (
    "accelerometer",
    "autoplay",
    "bluetooth",
    "browsing-topics",
    "camera",
    "clipboard-read",
    "display-capture",
    "encrypted-media",
    "fullscreen",
    "gamepad",
    "geolocation",
    "gyroscope",
    "hid",
    "identity-credentials-get",
    "idle-detection",
    "local-fonts",
    "magnetometer",
    "microphone",
    "midi",
    "otp-credentials",
    "payment",
    "picture-in-picture",
    "publickey-credentials-create",
    "publickey-credentials-get",
    "screen-wake-lock",
    "serial",
    "storage-access",
    "usb",
    "window-management",
    "xr-spatial-tracking",
)
PERMISSIONS_POLICY = ", ".join(
    [f"{feature}=()" for feature in POWERFUL_FEATURES]
    + [f"{feature}=(self)" for feature in USED_FEATURES]
)

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "Permissions-Policy": PERMISSIONS_POLICY,
    # Other sites may not load our pages or files as subresources.
    "Cross-Origin-Resource-Policy": "same-origin",
    # Also on static files, which XFrameOptionsMiddleware (after WhiteNoise) never sees.
    "X-Frame-Options": "DENY",
}


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        for name, value in SECURITY_HEADERS.items():
            response[name] = value
        if response.has_header("Location"):
            response["Location"] = without_query(response["Location"])
        return response


def without_query(location: str) -> str:
    """Our own redirects (to the language prefix, or to add a slash) never carry a query string.

    The guide uses none; one typed or pasted into an address could hold an answer, and carrying it
    on would put it back into the browser's history and into the next request's log line.
    """
    if location.startswith("/") and not location.startswith("//"):
        return location.split("?", 1)[0]
    return location


class RejectMalformedRequests:
    """Answer a request Django itself would choke on with the 400 page.

    Django reads a Content-Length that is not a number as a crash (a 500) when the body is read;
    gunicorn refuses most of these first, but the guide must not depend on what sits in front.
    Sits after SecurityHeadersMiddleware, so the 400 page still gets every header.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        length = request.META.get("CONTENT_LENGTH", "")
        if length and not re.fullmatch(r"[0-9]{1,12}", length):
            raise BadRequest("Malformed Content-Length")
        return self.get_response(request)


class CompactHTMLMiddleware:
    """Drops the indentation our templates leave at the start of each line of a page.

    Every page must fit in one round trip (14 KB compressed, docs/performance.md), and the
    indentation is a few hundred of those bytes. A newline still separates the words, so nothing
    renders differently; the guide has no preformatted text and no text box whose spacing would matter.
    Question and outcome pages come finished (guide/outcome/on_the_wire.FinishedPage: compacted,
    compressed and padded by the view, which alone knows their kind): they are left as they are.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            not response.streaming
            and not isinstance(response, FinishedPage)
            and response.get("Content-Type", "").startswith("text/html")
            and not response.has_header("Content-Encoding")
        ):
            response.content = compact(response.content)
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return response


class GZipMiddleware(django.middleware.gzip.GZipMiddleware):
    """Django's GZipMiddleware, step for step (Vary, the Accept-Encoding check, only when smaller,
    weak ETags, the random padding), compressing faster (guide/outcome/compress.py): with
    libdeflate. At zlib's level 6 a 45 KB outcome page took longer than all the rest of its
    request (docs/performance.md). Question and outcome pages come compressed already
    (guide/outcome/on_the_wire.py): like Django's, it leaves a response with a Content-Encoding."""

    def process_response(self, request, response):
        if response.streaming:
            return super().process_response(request, response)
        if len(response.content) < 200 or response.has_header("Content-Encoding"):
            return response
        patch_vary_headers(response, ("Accept-Encoding",))
        if not re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
            return response
        compressed = compress.compress(response.content, self.max_random_bytes)
        if len(compressed) >= len(response.content):
            return response
        response.content = compressed
        response.headers["Content-Length"] = str(len(compressed))
        etag = response.get("ETag")
        if etag and etag.startswith('"'):
            response.headers["ETag"] = "W/" + etag
        response.headers["Content-Encoding"] = "gzip"
        return response
