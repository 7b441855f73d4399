"""The phone's own Back, Forward and reload buttons (static/js/history.js), in Chromium at a phone's
size against the real server.

Every step checks the same things: no error page (Chromium shows "Confirm form resubmission" as
chrome-error://… with ERR_CACHE_MISS), the right question with the right answer selected, no
answer in any address, and no cookie. The tests find things by their markup, not by their words,
so that the Back and Forward test runs in every shipped language, right-to-left included.
"""

import json
import re

import pytest
from django.conf import settings
from playwright.sync_api import Error as PlaywrightError

from guide.flow import wire
from guide.flow.questionnaire import QUESTIONS
from tests.browser.checks import shows_another_page
from tests.conftest import PHONE
from tests.helpers import ALL_CODES
from tests.pages import FULL_BROWSER_LANGUAGES

pytestmark = pytest.mark.browser

SLOTS = set(wire.NAMES.values())
MAIN_FORM = "main form:has(button[name=nav][value=continue])"
INTRO_CONTINUE = "main form button[name=nav][value=stay]"


class Journey:
    """One person's tab: presses buttons and checks every page it lands on."""

    def __init__(self, server, context, page, lang="en"):
        self.server, self.context, self.page, self.lang = server, context, page, lang
        self.requests = []
        page.on("request", lambda request: self.requests.append(request))
        self.questions_url = f"{server.url}/{lang}/questions/"

    # --- Getting around ---------------------------------------------------------------------
    def start(self):
        self.page.goto(f"{self.server.url}/{self.lang}/")
        self.page.locator("a.button--start").click()
        self.page.wait_for_load_state()
        self.arrive(lambda: self.page.locator(INTRO_CONTINUE).click())

    def arrive(self, action):
        """Do something that shows another page (in place, or by loading one), and wait for it."""
        try:
            shows_another_page(self.page, action)
        except PlaywrightError as error:  # e.g. net::ERR_CACHE_MISS on Back
            pytest.fail(f"the browser showed an error: {error}")
        self.check_page()

    def back(self):
        self.arrive(lambda: self.page.go_back(wait_until="commit"))

    def forward(self):
        self.arrive(lambda: self.page.go_forward(wait_until="commit"))

    def back_to(self, slug, selected):
        """The browser's Back, then check the question and answer it shows."""
        self.back()
        self.on_question(slug, selected)

    def forward_to(self, slug, selected):
        self.forward()
        self.on_question(slug, selected)

    def reload(self):
        self.arrive(lambda: self.page.reload(wait_until="commit"))

    def answer(self, index=0):
        """Choose an answer to the question on screen and Continue; return (slug, code)."""
        radio = self.page.locator(f"{MAIN_FORM} input[type=radio]").nth(index)
        radio.check()
        picked = (self.slug(), radio.get_attribute("value"))
        self.arrive(lambda: self.page.locator(f"{MAIN_FORM} button[value=continue]").click())
        return picked

    # --- What is on screen --------------------------------------------------------------------
    def slug(self):
        """The question on screen (its form names it by number: guide/flow/wire.py)."""
        number = self.page.locator(f"{MAIN_FORM} input[name=q]").get_attribute("value")
        question = wire.question_numbered(number or "")
        return question.slug if question else number

    def selected(self):
        checked = self.page.locator(f"{MAIN_FORM} input[type=radio]:checked")
        return checked.get_attribute("value") if checked.count() else None

    def on_question(self, slug, selected):
        assert self.slug() == slug
        assert self.selected() == selected

    def on_outcome(self):
        assert self.page.locator("article.outcome").count() == 1

    def on_intro(self):
        assert self.page.locator(f"{MAIN_FORM} input[name=q]").count() == 0
        assert self.page.locator(INTRO_CONTINUE).count() == 1

    def shows_no_answer(self):
        """Nothing on the page carries an answer: no choice selected, no hidden answer field,
        no "Your answers" list."""
        assert self.page.locator("input[type=radio]:checked").count() == 0
        hidden = self.page.locator("input[type=hidden]").evaluate_all(
            "inputs => inputs.map(input => [input.name, input.value])"
        )
        # Every question's slot travels on every form, unanswered ones as NONE.
        assert all(value == wire.NONE for name, value in hidden if name in SLOTS), hidden
        assert self.page.locator(".summary-list").count() == 0

    def check_page(self):
        page = self.page
        assert re.match(r"https?://", page.url), f"error page: {page.url}"
        assert page.url.startswith(self.server.url), page.url
        assert "ERR_" not in page.content()
        assert page.locator("main").count() == 1
        assert page.evaluate("document.documentElement.lang") == self.lang
        # As Django decides it (translation.get_language_bidi).
        expected_dir = "rtl" if self.lang.split("-")[0] in settings.LANGUAGES_BIDI else "ltr"
        assert page.evaluate("document.documentElement.dir") == expected_dir
        # history.state holds a step marker at most: never an answer.
        state = page.evaluate("history.state")
        assert state is None or set(state) == {"kbyf"}, json.dumps(state)
        self.check_private()

    def check_private(self):
        assert self.context.cookies() == []
        for request in self.requests:
            url = request.url
            assert url.startswith(self.server.url), url
            assert "?" not in url, url
            parts = set(re.split(r"[/?=&#.]", url.removeprefix(self.server.url)))
            assert not parts & (ALL_CODES - {"", self.lang}), url


@pytest.fixture
def journey(server, context, page):
    return Journey(server, context, page)


# What this checks does not depend on the language's text (the same script, stylesheet and
# markup in every language): English, and Arabic for right to left (tests/pages.py).
@pytest.mark.parametrize("lang", FULL_BROWSER_LANGUAGES)
def test_browser_back_and_forward_across_three_questions(server, context, page, lang):
    journey = Journey(server, context, page, lang)
    journey.start()
    first = journey.answer()
    second = journey.answer()
    third = journey.answer()
    fourth_slug = journey.slug()
    assert page.url == journey.questions_url

    journey.back_to(*third)
    journey.back_to(*second)
    journey.back_to(*first)

    journey.forward_to(*second)
    journey.forward_to(*third)
    journey.forward_to(fourth_slug, None)
    assert page.url == journey.questions_url


def test_browser_back_from_the_first_question_reaches_the_intro_then_the_start(journey, page):
    journey.start()
    first = journey.answer()
    journey.back_to(*first)
    journey.back()
    journey.on_intro()
    journey.forward_to(*first)
    journey.back()
    journey.on_intro()
    journey.back()
    assert page.locator("a.button--start").count() == 1


def test_browser_back_and_forward_on_the_outcome(journey, page):
    journey.start()
    picked = []
    while page.locator("article.outcome").count() == 0:
        picked.append(journey.answer())
    journey.on_outcome()
    summary = page.locator(".summary-list").inner_text()

    journey.back_to(*picked[-1])
    journey.forward()
    journey.on_outcome()
    assert page.locator(".summary-list").inner_text() == summary

    # The guide's own Back on the outcome does the same.
    journey.arrive(lambda: page.locator(".back-form button").click())
    journey.on_question(*picked[-1])


def test_reload_on_a_question_starts_again_with_an_explanation(journey, page):
    journey.start()
    journey.answer()
    journey.answer()
    journey.reload()
    journey.on_question(QUESTIONS[0].slug, None)
    assert page.locator(".restarted-notice").is_visible()
    journey.shows_no_answer()


def test_reload_on_the_outcome_starts_again_with_an_explanation(journey, page):
    journey.start()
    while page.locator("article.outcome").count() == 0:
        journey.answer()
    journey.reload()
    journey.on_question(QUESTIONS[0].slug, None)
    assert page.locator(".restarted-notice").is_visible()
    journey.shows_no_answer()


def test_pages_reached_with_the_guide_show_no_restart_notice(journey, page):
    journey.start()
    assert page.locator(".restarted-notice").count() == 0
    journey.answer()
    journey.back()
    assert page.locator(".restarted-notice").count() == 0


def test_exit_then_back_shows_no_answer(journey, server, page):
    journey.start()
    journey.answer()
    journey.answer()
    while page.locator("article.outcome").count() == 0:
        journey.answer()
    # The neutral site is on the internet, which tests do not reach: send the same exit to a
    # page of ours instead. What is under test is what Back brings back afterwards.
    exit_link = page.locator("a.js-exit-this-page")
    assert exit_link.count() == 1
    neutral = f"{server.url}/en/about/"
    exit_link.evaluate("(link, url) => { link.href = url; }", neutral)
    journey.arrive(lambda: exit_link.click())
    assert page.url == neutral

    journey.back()
    journey.shows_no_answer()
    journey.on_question(QUESTIONS[0].slug, None)
    # Back again still brings back no answer.
    journey.back()
    journey.shows_no_answer()


def test_pressing_continue_twice_sends_once_and_keeps_the_answers(journey, page):
    journey.start()
    first = journey.answer()
    radio = page.locator(f"{MAIN_FORM} input[type=radio]").first
    radio.check()
    second = (journey.slug(), radio.get_attribute("value"))
    before = len(journey.requests)
    journey.arrive(lambda: page.locator(f"{MAIN_FORM} button[value=continue]").dblclick())
    posts = [r for r in journey.requests[before:] if r.method == "POST"]
    assert len(posts) == 1
    carried = dict(
        page.locator(f"{MAIN_FORM} input[type=hidden]").evaluate_all(
            "inputs => inputs.map(input => [input.name, input.value])"
        )
    )
    assert carried[wire.NAMES[first[0]]] == first[1]
    assert carried[wire.NAMES[second[0]]] == second[1]
    journey.back_to(*second)

    # A second press while the next page is still on its way is not sent at all. (Chromium
    # merges two presses in one instant into one request by itself, so press from a script.)
    page.locator(f"{MAIN_FORM} input[type=radio]").first.check()
    before = len(journey.requests)
    pressed = {}

    def press_twice():
        pressed["busy"] = page.evaluate(
            """selector => {
            const button = document.querySelector(selector);
            button.click();
            button.click();
            return button.getAttribute("aria-disabled");
        }""",
            f"{MAIN_FORM} button[value=continue]",
        )

    journey.arrive(press_twice)
    assert pressed == {"busy": "true"}
    assert len([r for r in journey.requests[before:] if r.method == "POST"]) == 1
    journey.back_to(*second)
    # The page Back brought back works again: its Continue is no longer marked busy.
    assert (
        page.locator(f"{MAIN_FORM} button[value=continue]").get_attribute("aria-disabled") is None
    )


def test_a_link_opened_in_a_new_tab_leaves_the_answers_in_place(journey, context, page):
    journey.start()
    while page.locator("article.outcome").count() == 0:
        journey.answer()
    summary = page.locator(".summary-list").inner_text()
    with context.expect_page() as opened:
        page.locator(".site-footer a").first.click(modifiers=["Control"])
    opened.value.wait_for_load_state()
    assert opened.value.url.startswith(journey.server.url)
    journey.check_page()
    assert page.locator(".summary-list").inner_text() == summary
    journey.back()
    assert journey.selected() is not None


def test_without_javascript_the_guide_controls_work_everywhere(server, browser):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    try:
        page = context.new_page()
        journey = Journey(server, context, page)

        def press(locator):
            with page.expect_navigation():
                locator.click()
            journey.check_page()

        def answer():
            radio = page.locator(f"{MAIN_FORM} input[type=radio]").first
            radio.check()
            picked = (journey.slug(), radio.get_attribute("value"))
            press(page.locator(f"{MAIN_FORM} button[value=continue]"))
            return picked

        page.goto(server.url + "/en/")
        press(page.locator("a.button--start"))
        press(page.locator(INTRO_CONTINUE))
        first = answer()
        second = answer()
        press(page.locator(".back-form button"))
        journey.on_question(*second)
        press(page.locator(".back-form button"))
        journey.on_question(*first)
        press(page.locator(".back-form button"))
        journey.on_intro()
        press(page.locator(INTRO_CONTINUE))
        journey.on_question(*first)

        picked = [first]
        press(page.locator(f"{MAIN_FORM} button[value=continue]"))
        while page.locator("article.outcome").count() == 0:
            picked.append(answer())
        press(page.locator(".back-form button"))
        journey.on_question(*picked[-1])
        press(page.locator(f"{MAIN_FORM} button[value=continue]"))
        journey.on_outcome()
        press(page.locator(".summary-list button[name=change]").first)
        journey.on_question(*picked[0])
        press(page.locator(f"{MAIN_FORM} button[value=continue]"))
        journey.on_outcome()
        press(page.locator("main a.button--secondary[href$='/en/']"))
        assert page.locator("a.button--start").count() == 1
    finally:
        context.close()


@pytest.mark.parametrize("path", ["/en/", "/en/privacy/"])
def test_start_and_privacy_pages_say_to_use_the_guides_own_back(server, page, path):
    page.goto(server.url + path)
    assert "Use the guide's own Back and Change buttons instead of the browser's back button." in (
        page.locator("main").inner_text()
    )


# Chromium's history manipulation intervention: its Back button skips the entries of a page that
# added entries before the person touched it, so Back right after a page loads would jump too
# far. Playwright's go_back does not apply that rule, so check the rule's condition instead: an
# entry is only ever added while the page has had a tap or key press, and never on load. (A
# Playwright evaluate counts as a gesture too, so the load case is checked on its own: a page
# that pushed on load, as history.js once did, would record False before any evaluate.)
RECORD_PUSHES = """(() => {
  const push = history.pushState.bind(history);
  window.__pushes = [];
  history.pushState = function (...args) {
    window.__pushes.push(navigator.userActivation.hasBeenActive);
    return push(...args);
  };
})()"""


def test_history_entries_are_added_only_when_the_person_presses_a_button(journey, page):
    page.add_init_script(RECORD_PUSHES)
    journey.start()
    length = page.evaluate("history.length")
    pressed = 0
    while page.locator("article.outcome").count() == 0:
        journey.answer()
        pressed += 1
        assert page.evaluate("history.length") == length + pressed
    pushes = page.evaluate("window.__pushes")
    assert pushes == [True] * (pressed + 1)  # the intro's Continue, then each answer

    # A page loaded the ordinary way (a form sent without the script, a reload) adds none.
    journey.reload()
    length = page.evaluate("history.length")
    page.wait_for_timeout(200)
    assert page.evaluate("window.__pushes") == []
    assert page.evaluate("history.length") == length


def test_browser_back_and_forward_need_no_request(journey, page):
    journey.start()
    first = journey.answer()
    second = journey.answer()
    before = len(journey.requests)
    journey.back_to(*second)
    journey.back_to(*first)
    journey.forward_to(*second)
    assert journey.requests[before:] == []


def test_browser_back_after_changing_language_returns_to_the_first_language(journey, page):
    journey.start()
    first = journey.answer()
    second_slug = journey.slug()
    journey.lang = "ar"

    def choose_arabic():
        page.locator("summary.language-chooser__current").click()  # the list opens
        page.locator("button.language-chooser__option[lang=ar]").click()

    journey.arrive(choose_arabic)
    assert page.url == f"{journey.server.url}/ar/questions/"
    assert journey.slug() == second_slug
    journey.lang = "en"
    journey.back()
    assert page.url == journey.questions_url
    journey.on_question(second_slug, None)
    journey.back_to(*first)
