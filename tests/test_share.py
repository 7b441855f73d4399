"""The guide's public address, to share and print: from the PUBLIC_URL setting, per language, and
never with an answer in it."""

import re

import pytest
from django.conf import settings
from django.test import override_settings

from guide import sharing
from guide.flow import decision
from guide.flow.questionnaire import QUESTIONS
from tests.helpers import ALL_CODES, final_path, on_the_wire, visible_text

LANGUAGES = [code for code, _name in settings.LANGUAGES]
ALL_PATHS = decision.every_answer_path()
ANSWER_LABELS = {str(choice.label) for question in QUESTIONS for choice in question.choices}


def share_section(html: str) -> str:
    """The share block, without the spaces that pad the address on an outcome page built ahead
    (guide/outcome/prebuilt.py): between two tags, where they show nothing."""
    start = html.index('<section class="share"')
    block = html[start : html.index("</section>", start) + len("</section>")]
    return re.sub(r"</code> +<", "</code><", block)


@pytest.mark.parametrize("language", LANGUAGES)
def test_public_address_is_the_configured_address_of_the_start_page(language):
    with override_settings(PUBLIC_URL="https://guide.example.org/kbyf"):
        assert sharing.public_address(language) == f"https://guide.example.org/kbyf/{language}/"


def test_the_qr_svg_has_no_style_attribute_and_is_hidden_from_screen_readers():
    svg = str(sharing.qr_svg("https://guide.example.org/en/"))
    assert svg.startswith('<svg aria-hidden="true"') and svg.endswith("</svg>")
    assert "style" not in svg and "<script" not in svg and "href" not in svg


@pytest.mark.parametrize("language", LANGUAGES)
def test_flyer_writes_out_the_address_for_its_language(client, language):
    with override_settings(PUBLIC_URL="https://guide.example.org"):
        html = client.get(f"/{language}/flyer/").content.decode()
    assert f"https://guide.example.org/{language}/" in visible_text(html)
    # One picture on the flyer itself: its QR code (the header's globe is the language chooser's).
    flyer = html.split('class="flyer"')[1]
    assert flyer.count("<svg") == 1 and "<input" not in flyer


@pytest.mark.parametrize("answers", ALL_PATHS[::211] + [final_path()])
def test_shared_text_on_the_outcome_never_contains_an_answer(client, answers):
    """The share block is the same for every outcome: it cannot carry an answer."""
    html = client.post(
        "/en/questions/", on_the_wire({**answers, "nav": "outcome"})
    ).content.decode()
    block = share_section(html)
    assert block == share_section(client.get("/en/about/").content.decode())
    title = re.search(r'data-share-title="([^"]*)"', block).group(1)
    address = re.search(r"<code data-share-url>(.*?)</code>", block).group(1)
    assert (title, address) == ("Know Before You File", sharing.public_address("en"))
    shared = [title, address]
    for text in shared:
        assert not set(re.split(r"[/:.?=&#\s]+", text)) & (ALL_CODES - {"en"}), text
        assert not any(label in text for label in ANSWER_LABELS), text
    # A display to copy, never a text box (the guide has no free-text input anywhere).
    assert "<input" not in block and "<textarea" not in block


@pytest.mark.parametrize("language", ["en", "ar"])
def test_without_public_url_the_flyer_and_share_use_the_address_the_page_was_served_at(
    client, language
):
    """Issue 14: with PUBLIC_URL unset, not a made-up 127.0.0.1:8000 but where the page came from."""
    with override_settings(PUBLIC_URL="", ALLOWED_HOSTS=["guide.example.net"]):
        flyer = client.get(f"/{language}/flyer/", HTTP_HOST="guide.example.net").content.decode()
        outcome = client.post(
            f"/{language}/questions/",
            on_the_wire({**final_path(), "nav": "outcome"}),
            HTTP_HOST="guide.example.net",
        ).content.decode()
    for html in (flyer, outcome):
        assert f"http://guide.example.net/{language}/" in share_section(html)
        assert "127.0.0.1" not in html
    assert f"http://guide.example.net/{language}/" in visible_text(flyer)
