"""What a search engine and a browser find besides the page itself (issue 18): each public page's
one-sentence description in its own language, the icon, and a start page at "/" that answers in
place while every address the guide hands out (/<lang>/…) answers without a redirect."""

import struct
import unicodedata
from html.parser import HTMLParser
from io import BytesIO

import pytest
from django.conf import settings
from PIL import Image

from guide import sharing
from guide.content import descriptions
from tests.pages import all_states

GET_PAGES = [state for state in all_states() if state.post is None and state.status == 200]
# A few of the pages that show answers (every question and outcome is served at one address).
ANSWER_PAGES = [state for state in all_states() if state.kind != "page"][::40]


class Head(HTMLParser):
    def __init__(self):
        super().__init__()
        self.lang = None
        self.descriptions: list[str] = []
        self.icons: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        elif tag == "meta" and attrs.get("name") == "description":
            self.descriptions.append(attrs.get("content") or "")
        elif tag == "link" and "icon" in (attrs.get("rel") or "").split():
            self.icons.append(attrs["href"])


def head_of(response) -> Head:
    head = Head()
    head.feed(response.content.decode())
    return head


def pngs_in_ico(data: bytes) -> list[Image.Image]:
    """The pictures of an .ico file stored as PNGs, read as a browser reads them (Pillow's own
    .ico reader loses a palette picture's transparency)."""
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1), "not an icon"
    pictures = []
    for number in range(count):
        *_sizes, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * number)
        png = data[offset : offset + length]
        assert png.startswith(b"\x89PNG")
        pictures.append(Image.open(BytesIO(png)))
    return pictures


def get(client, state):
    response = client.get(state.path)
    assert response.status_code == 200, f"{state.id}: {state.path} answered {response.status_code}"
    return response


@pytest.mark.parametrize("state", GET_PAGES, ids=lambda state: state.id)
def test_every_public_page_has_one_description_in_its_language(client, state):
    """Every page opened by its address; only the questions' (a GET shows the first question)
    is kept out of search engines, and it is checked below with the other answer pages."""
    response = get(client, state)
    head = head_of(response)
    if response.get("X-Robots-Tag") == "noindex, nofollow":
        assert state.name == "page-questions"
        assert head.descriptions == []
        return
    assert head.lang == state.language
    assert len(head.descriptions) == 1, f"{state.id}: {head.descriptions}"
    description = head.descriptions[0]
    # Measured as a search engine shows it, in columns: a Chinese, Japanese or Korean character
    # takes two (Unicode's East Asian Width), so a 17-character Chinese sentence is not "short".
    width = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in description)
    assert 30 <= width <= 160, f"{state.id}: {description!r}"
    if state.language != settings.LANGUAGE_CODE:
        english = head_of(client.get("/en/" + state.path.split("/", 2)[2])).descriptions
        assert description not in english, f"{state.id}: the description is not translated"


@pytest.mark.parametrize("state", ANSWER_PAGES, ids=lambda state: state.id)
def test_pages_with_answers_are_never_indexed_nor_described(client, state):
    response = client.post(state.path, state.fields)
    assert response.status_code == state.status
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert head_of(response).descriptions == []


def test_every_description_is_used_by_a_page():
    routes = {state.name.removeprefix("page-") for state in GET_PAGES}
    assert set(descriptions.DESCRIPTIONS) <= routes - {"questions"}


def test_favicon_and_the_icon_pages_link_to_are_the_same_small_icon(client):
    icons = head_of(client.get("/es/privacy/")).icons
    assert len(icons) == 1 and icons[0].startswith(settings.STATIC_URL)
    linked = client.get(icons[0])
    favicon = client.get("/favicon.ico")
    for response in (linked, favicon):
        assert response.status_code == 200  # served in place: no redirect
        assert response["Content-Type"] == "image/x-icon"
    body = b"".join(favicon.streaming_content)
    assert body == b"".join(linked.streaming_content)
    assert len(body) < 4096
    # A tab's size and a phone home screen's, both with transparent corners.
    pictures = [picture.convert("RGBA") for picture in pngs_in_ico(body)]
    assert {picture.size for picture in pictures} == {(32, 32), (180, 180)}
    assert all(picture.getpixel((0, 0))[3] < 8 for picture in pictures)
    # The hashed address may be kept for good; /favicon.ico, which keeps its name, for a day.
    assert "max-age=31536000" in linked["Cache-Control"]
    assert favicon["Cache-Control"] == "public, max-age=86400"


@pytest.mark.parametrize(
    "accept, language",
    [
        ("es", "es"),
        ("es-MX,es;q=0.9,en;q=0.5", "es"),
        ("ar-EG,ar;q=0.9", "ar"),
        ("fr-FR,fr;q=0.9", "fr"),
        ("de-DE,de;q=0.9", "en"),
        ("", "en"),
    ],
)
def test_root_answers_in_place_in_the_browsers_language(client, settings, accept, language):
    # As `make run` serves it: no PUBLIC_URL, so addresses are the ones this was served at.
    settings.PUBLIC_URL = ""
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 200
    assert head_of(response).lang == language
    assert response["Content-Language"] == language
    # One address, a language per browser: every cache must tell them apart, and none but the
    # browser's own may keep it.
    assert "Accept-Language" in response["Vary"]
    assert "private" in response["Cache-Control"]
    # The canonical address is absolute (search engines ignore a relative one): the start page
    # of that language at the public address, or where this was served.
    assert response["Link"] == f'<http://testserver/{language}/>; rel="canonical"'
    start = client.get(f"/{language}/")
    assert head_of(response).descriptions == head_of(start).descriptions != []
    assert not response.cookies


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_the_address_in_a_qr_code_or_a_shared_link_never_redirects(client, language):
    path = sharing.public_address(language).removeprefix(settings.PUBLIC_URL)
    assert path == f"/{language}/"
    for accept in ("", "en", "es", "ar"):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE=accept)
        assert response.status_code == 200
        assert head_of(response).lang == language
