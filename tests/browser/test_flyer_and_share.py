"""The flyer in a real Chromium: one printed page on Letter and on A4, and a QR code that a real
decoder reads back as the configured address; "Share this guide" shares only that address."""

import io
import json
import re

import pytest
import zxingcpp
from django.conf import settings
from django.test import override_settings
from PIL import Image

from guide import sharing
from guide.flow.questionnaire import QUESTIONS
from tests.browser.checks import show
from tests.helpers import ALL_CODES, final_path, on_the_wire
from tests.pages import FULL_BROWSER_LANGUAGES, PageState

pytestmark = pytest.mark.browser

LANGUAGES = [code for code, _name in settings.LANGUAGES]
ANSWER_LABELS = {str(choice.label) for question in QUESTIONS for choice in question.choices}


def pages_in(pdf: bytes) -> int:
    """Chromium writes one uncompressed /Type /Page dictionary per printed page."""
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))


def decode_qr(page) -> list[str]:
    png = page.locator("svg.qr").screenshot()
    return [result.text for result in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))]


@pytest.mark.parametrize("language", LANGUAGES)
def test_flyer_prints_on_exactly_one_page_of_letter_and_of_a4(server, page, language):
    page.goto(f"{server.url}/{language}/flyer/")
    page.emulate_media(media="print")
    for paper in ("Letter", "A4"):
        assert pages_in(page.pdf(format=paper)) == 1, (language, paper)
    # Sanity check of the counter: the long about page does not fit on one page.
    page.goto(f"{server.url}/{language}/about/")
    assert pages_in(page.pdf(format="A4")) > 1


# The QR code is drawn the same way for every language's address: English and Arabic.
@pytest.mark.parametrize("language", FULL_BROWSER_LANGUAGES)
def test_flyer_qr_code_decodes_to_the_served_address(server, page, language):
    page.goto(f"{server.url}/{language}/flyer/")
    expected = sharing.public_address(language)  # The server reads the same PUBLIC_URL.
    assert decode_qr(page) == [expected]
    assert expected in page.locator(".flyer__address").inner_text()


@pytest.mark.parametrize("language", FULL_BROWSER_LANGUAGES)
def test_flyer_qr_code_follows_the_public_url_setting(client, page, language):
    address = "https://know-before-you-file.example.org/guide"
    with override_settings(PUBLIC_URL=address):
        html = client.get(f"/{language}/flyer/").content.decode()
    page.set_content(html)
    assert decode_qr(page) == [f"{address}/{language}/"]


CAPTURE = """
window.__shared = [];
Object.defineProperty(navigator, "clipboard", {configurable: true, value: {
  writeText: text => { window.__shared.push(text); return Promise.resolve(); }}});
Object.defineProperty(navigator, "share", {configurable: true, value:
  data => { window.__shared.push(JSON.stringify(data)); return Promise.resolve(); }});
"""


def test_copy_and_share_send_only_the_start_address_never_an_answer(server, context, page):
    context.add_init_script(CAPTURE)
    answers = final_path()
    fields = on_the_wire({**answers, "nav": "outcome"})
    show(
        page,
        server.url,
        PageState("en", "outcome", "/en/questions/", tuple(fields.items()), kind="outcome"),
    )
    page.get_by_role("button", name="Copy the address").click()
    page.get_by_role("button", name="Share", exact=True).click()
    page.wait_for_function("() => window.__shared.length === 2")
    copied, shared = page.evaluate("window.__shared")
    address = sharing.public_address("en")
    assert copied == address
    assert json.loads(shared) == {"title": "Know Before You File", "url": address}
    assert page.get_by_role("status").inner_text() == "The address is copied."
    for text in (copied, shared):
        assert not set(re.split(r'[/:.?=&#\s"{},]+', text)) & (ALL_CODES - {"en"}), text
        assert not any(label in text for label in ANSWER_LABELS), text


def test_the_share_button_shows_only_where_the_browser_has_a_share_sheet(server, page):
    page.goto(f"{server.url}/en/about/")  # Deferred scripts have run once the page has loaded.
    assert page.evaluate("typeof navigator.share") == "undefined"  # Headless Chromium has none.
    assert page.locator("[data-share-native]").is_hidden()
    assert page.locator("[data-share-copy]").is_visible()  # The clipboard works on localhost.
    assert page.locator("[data-share-url]").inner_text() == sharing.public_address("en")
