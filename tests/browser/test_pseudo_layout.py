"""Longer text must not break the layout: every page and state in the pseudo-locale (accented,
about 40 % longer, a language Django lacks) fits a 320 px screen without sideways scrolling.
Of the outcomes, those that together show every section and every pair of neighbouring sections
(`pages.covering_outcomes`): an outcome page is its sections in order, so what could scroll
sideways lies in a section or where two meet.

The pseudo-locale exists only in tests, so pages are rendered in-process with it switched on and
shown in Chromium with the served stylesheet."""

import pytest
from django.contrib.staticfiles.storage import staticfiles_storage

from tests import pseudo_locale
from tests.browser import checks
from tests.pages import states_for

pytestmark = pytest.mark.browser

STATES = states_for(pseudo_locale.CODE, covering=True)


@pytest.fixture(scope="module")
def narrow_page(browser):
    context = browser.new_context(viewport={"width": checks.NARROWEST, "height": 740})
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("state", STATES, ids=lambda state: state.id)
def test_pseudo_locale_page_fits_320_px(client, with_pseudo, narrow_page, state):
    if state.post is None:
        response = client.get(state.path)
    else:
        response = client.post(state.path, state.fields)
    assert response.status_code == state.status
    assert f'lang="{pseudo_locale.CODE}"' in response.content.decode()[:300]
    narrow_page.set_content(response.content.decode())
    stylesheet = staticfiles_storage.path(staticfiles_storage.stored_name("css/guide.css"))
    narrow_page.add_style_tag(path=stylesheet)
    assert checks.overflow_problems(narrow_page) == []
