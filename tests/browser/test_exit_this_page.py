"""Exit this page: the plain link works with JavaScript off, Shift pressed 3 times works with it
on, the page is hidden at once, Back does not lead straight back, and no referrer is sent.

The session's server has EXIT_URL pointing at a local stand-in for the neutral site
(tests/neutral_site.py), so that the exit can be followed to the end offline.
"""

import pytest

from tests.browser.checks import shows_another_page
from tests.conftest import PHONE
from tests.neutral_site import NeutralSite

pytestmark = pytest.mark.browser


@pytest.fixture
def guide(server):
    return server


def answer_first_question(page, guide, javascript=True):
    page.goto(guide.url + "/en/questions/")
    page.get_by_label("I have applied for one").check()
    continue_ = page.get_by_role("button", name="Continue").click
    if javascript:
        # The next question arrives by fetch and its history entry is added then: wait for it,
        # or the history length is read (and Shift pressed) on the page that is going away.
        shows_another_page(page, continue_)
    else:
        continue_()  # an ordinary page load, which click waits for


def test_exit_button_works_without_javascript(browser, guide, exit_url):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    answer_first_question(page, guide, javascript=False)
    NeutralSite.seen.clear()
    page.get_by_role("button", name="Emergency Exit this page").click()
    page.wait_for_url(exit_url)
    assert page.locator("h1").inner_text() == "Weather"
    assert [seen["path"] for seen in NeutralSite.seen].count("/weather") == 1
    assert all("referer" not in seen for seen in NeutralSite.seen if seen["path"] == "/weather")
    context.close()


def test_shift_three_times_hides_the_page_and_replaces_it_in_history(page, guide, exit_url):
    answer_first_question(page, guide)
    history_length = page.evaluate("history.length")
    NeutralSite.seen.clear()
    live = page.locator("[data-exit-live]")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    assert live.text_content() == "Shift, press 1 more time to exit."
    page.keyboard.press("Shift")
    page.wait_for_url(exit_url)
    assert page.locator("h1").inner_text() == "Weather"
    # location.replace: the neutral site took the guide's place instead of adding an entry.
    assert page.evaluate("history.length") == history_length
    exits = [seen for seen in NeutralSite.seen if seen["path"] == "/weather"]
    assert len(exits) == 1 and "referer" not in exits[0]


def test_another_key_between_shifts_starts_the_count_again(page, guide):
    page.goto(guide.url + "/en/")
    live = page.locator("[data-exit-live]")
    page.keyboard.press("Shift")
    assert live.text_content() == "Shift, press 2 more times to exit."
    page.keyboard.press("a")
    assert live.text_content() == ""
    page.keyboard.press("Shift")
    assert live.text_content() == "Shift, press 2 more times to exit."
    assert page.url == guide.url + "/en/"


def test_skip_link_reaches_the_exit_button_and_the_button_stays_on_screen(page, guide):
    page.goto(guide.url + "/en/questions/")
    page.locator('a.skip-link[href="#exit-this-page"]').focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "exit-this-page"
    # The Shift hint is shown only where the shortcut works (JavaScript on, a keyboard), and
    # the exit explanation only on the start and safety pages (issue 14).
    page.goto(guide.url + "/en/")
    assert page.get_by_text("press the Shift key 3 times").is_visible()
    # On a long page the button stays at the top of the screen.
    page.goto(guide.url + "/en/about/")
    page.mouse.wheel(0, 5000)
    page.wait_for_function("() => window.scrollY > 500")
    box = page.locator("#exit-this-page").bounding_box()
    assert box is not None and 0 <= box["y"] < 80


def test_the_exit_hint_links_to_the_safety_page(page, guide):
    page.goto(guide.url + "/en/")
    page.locator(".exit-this-page__hint").get_by_role("link").click()
    assert page.url == guide.url + "/en/safety/"
    assert page.locator("h1").inner_text() == "Using this guide safely"


def test_the_page_is_hidden_in_the_same_moment_as_the_exit_starts(page, guide):
    answer_first_question(page, guide)
    assert page.evaluate("getComputedStyle(document.body).visibility") == "visible"
    # Three Shift key-ups and a look at the page within one script run: before the browser has
    # had any chance to leave, the page is already hidden.
    visibility = page.evaluate("""() => {
        for (let i = 0; i < 3; i++) {
            document.dispatchEvent(new KeyboardEvent("keyup", {key: "Shift"}));
        }
        return getComputedStyle(document.body).visibility;
    }""")
    assert visibility == "hidden"
