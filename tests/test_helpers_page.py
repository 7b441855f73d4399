"""The page for tax preparers and helpers: what it must say, and that it never advises filing."""

import re

from guide import content
from tests.helpers import visible_text
from tests.test_pages import FORBIDDEN


def test_helpers_page_is_linked_from_the_start_page(client):
    assert 'href="/en/for-helpers/"' in client.get("/en/").content.decode()


def test_helpers_page_covers_what_preparers_need(client):
    response = client.get("/en/for-helpers/")
    assert response.status_code == 200 and not response.cookies
    text = visible_text(response.content)
    for phrase in (
        "Let the person choose the answers",
        "Do not write the answers down",
        "section 7216",
        "only with the client's consent, a court order, or another exception in the law",
        "Only a lawyer or a representative accredited by the U.S. Department of Justice",
        "“Will ICE get my whole tax return?”",
        "“Should I stop filing?”",
        "“Is my family at risk?”",
        "This guide does not tell anyone whether to file.",
    ):
        assert phrase in text, phrase
    # The clients' own questions are quoted; the answers must not advise filing or not.
    lowered = re.sub(r"“[^”]*\?”", "", text).lower()
    for pattern in FORBIDDEN:
        assert not re.search(pattern, lowered), pattern


def test_helpers_page_links_the_flyer_in_every_language(client, settings):
    for code, _name in settings.LANGUAGES:
        html = client.get(f"/{code}/for-helpers/").content.decode()
        assert f'href="/{code}/flyer/"' in html, code


def test_helpers_page_lists_its_sources(client):
    html = client.get("/en/for-helpers/").content.decode()
    for key in content.HELPERS_PAGE_SOURCES:
        source = content.SOURCES[key]
        assert source.title in visible_text(html), key
