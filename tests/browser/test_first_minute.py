"""The outcome in the first minute (issue 14): what it means and what to do on the first screen,
leaving never costs the outcome, printing tells the truth, and the page's own buttons are
allowed what they use."""

import pytest
from django.conf import settings
from django.utils import translation

from guide import middleware
from guide.flow import decision, wire
from guide.flow.questionnaire import QUESTIONS
from guide.i18n import languages
from guide.outcome.headlines import HEADLINES
from tests.browser.checks import post_from_page, shows_another_page
from tests.conftest import PHONE

pytestmark = pytest.mark.browser


def _first_path(key: str) -> dict[str, str]:
    """The first answer path whose outcome opens with this "In short" (one per situation, and
    both kinds of "not clear yet")."""
    return next(
        p for p in decision.every_answer_path() if decision.outcome_for(p).sections[0] == key
    )


IN_SHORT = ["in_short_a", "in_short_b", "in_short_c", "in_short_d_order", "in_short_d_criminal"]
PATHS = {key: _first_path(key) for key in IN_SHORT}
SITUATIONS = {
    "A": PATHS["in_short_a"],
    "B": PATHS["in_short_b"],
    "C": PATHS["in_short_c"],
    "D": PATHS["in_short_d_order"],
}
SHIPPED = [
    code
    for code, _name in settings.LANGUAGES
    if (languages.status_of(code) is None or languages.status_of(code).ships)
]


def open_outcome(page, base_url: str, answers: dict[str, str], language: str = "en", **extra):
    page.goto(f"{base_url}/{language}/")
    post_from_page(
        page, f"{base_url}/{language}/questions/", {**answers, "nav": "outcome", **extra}
    )
    page.wait_for_selector("article.outcome")


def carried_answers(page) -> dict[str, str]:
    return dict(
        page.evaluate(
            "() => [...document.querySelectorAll('#answers input[type=hidden]')]"
            ".filter(i => i.name !== 'q').map(i => [i.name, i.value])"
        )
    )


@pytest.mark.parametrize("language", SHIPPED)
@pytest.mark.parametrize("key", IN_SHORT)
def test_headline_in_short_and_first_contact_are_on_the_first_screen(server, page, language, key):
    assert page.viewport_size == PHONE
    open_outcome(page, server.url, PATHS[key], language)
    boxes = {
        "headline": page.locator("article.outcome h1").first.bounding_box(),
        "in short": page.locator(".in-short__text").first.bounding_box(),
        "first contact": page.locator(".first-step a").first.bounding_box(),
    }
    for name, box in boxes.items():
        assert box is not None and box["y"] >= 0, (key, language, name)
        assert box["y"] + box["height"] <= PHONE["height"], (key, language, name, box)
    contact = page.locator(".first-step a").first.get_attribute("href")
    assert contact.startswith(("http", "tel:", f"/{language}/"))


@pytest.mark.parametrize("language", SHIPPED)
def test_the_start_page_shows_how_long_what_is_kept_and_start_on_the_first_screen(
    server, browser, language
):
    """On a phone (a touch screen: no Shift-key hint), in every language (issue 14)."""
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(f"{server.url}/{language}/")
    for locator in (
        page.locator("main .list li").nth(0),
        page.locator("main .list li").nth(1),
        page.locator("a.button--start"),
    ):
        box = locator.bounding_box()
        assert box is not None and box["y"] + box["height"] <= PHONE["height"], (language, box)
    context.close()


@pytest.fixture
def guide(server):
    return server


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_following_a_help_link_and_an_internal_link_keeps_the_outcome(guide, browser, javascript):
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript)
    # No site outside is ever reached from a test: the help site answers from here.
    context.route(
        "https://**/*",
        lambda route: route.fulfill(
            status=200,
            content_type="text/html",
            body="<!doctype html><title>Help</title><h1>Help</h1>",
        ),
    )
    page = context.new_page()
    answers = PATHS["in_short_b"]
    open_outcome(page, guide.url, answers)
    headline = page.locator("article.outcome h1").inner_text()
    address = page.url
    links = [
        page.locator(".first-step a[href^='https']").first,  # legal help elsewhere
        page.locator(".site-footer a[href$='/legal-help/']").first,
    ]  # a page of the guide
    for link in links:
        assert "(opens in new tab)" in link.inner_text()
        with context.expect_page() as opened:
            link.click()
        other = opened.value
        other.wait_for_load_state()
        assert other.locator("h1").inner_text()
        other.close()
        # The outcome is still there, answers intact, and still works.
        assert page.url == address
        assert page.locator("article.outcome h1").inner_text() == headline
        assert carried_answers(page) == dict(wire.slots(answers))
    change = page.locator(".summary-list__actions button").first
    if javascript:
        shows_another_page(page, change.click)
    else:
        change.click()
    assert page.locator(f"input[name={wire.NAMES[QUESTIONS[0].slug]}]:checked").count() == 1
    context.close()


def test_exit_then_back_shows_no_answer(guide, browser, exit_url):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    answers = PATHS["in_short_a"]
    open_outcome(page, guide.url, answers)
    page.get_by_role("button", name="Emergency Exit this page").click()
    page.wait_for_url(exit_url)
    page.go_back()
    page.wait_for_load_state()
    with translation.override("en"):
        headline = str(HEADLINES["A"])
    assert headline not in page.locator("body").inner_text()
    assert page.locator(f"input[type=hidden][name={wire.NAMES['order']}]").count() == 0
    context.close()


def printed_text(page) -> str:
    page.emulate_media(media="print")
    text = page.locator("body").inner_text()
    page.emulate_media(media="screen")
    return " ".join(text.split())


def test_default_printouts_are_the_same_and_the_chosen_situation_prints_its_headline(server, page):
    default, chosen = {}, {}
    for situation, answers in SITUATIONS.items():
        open_outcome(page, server.url, answers)
        default[situation] = printed_text(page)
        open_outcome(page, server.url, answers, print_details="yes")
        chosen[situation] = printed_text(page)
    assert len(set(default.values())) == 1, "the default printouts differ"
    assert len(set(chosen.values())) == len(SITUATIONS), "some chosen printouts are the same"
    with translation.override("en"):
        for situation, text in chosen.items():
            assert str(HEADLINES[situation]) in text
            assert str(HEADLINES[situation]) not in default[situation]


def test_choosing_a_language_and_pressing_print_prints_it_without_a_jump(server, page):
    open_outcome(page, server.url, SITUATIONS["A"])
    options = page.locator(".handout-options")
    assert options.get_by_role("button", name="Show the page").is_hidden()
    options.locator("#also-es").check()
    page.evaluate(
        "() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; }"
    )
    shows_another_page(page, options.get_by_role("button", name="Print or save as PDF").click)
    page.wait_for_function("() => window.__printed === 1")
    assert page.locator(".bilingual__column[lang='es']").count() > 0
    # Still at the Print button, not thrown back to the top of the page.
    box = page.locator("[data-print]").bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"]


def test_permissions_policy_lets_copy_and_share_work_and_nothing_more(server, context, page):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    open_outcome(page, server.url, SITUATIONS["C"])
    # Every feature this browser knows, and whether the page may use it: only the two that
    # "Copy the address" and "Share" use (web-share only where the browser has it at all).
    allowed = page.evaluate("""() => {
      const policy = document.permissionsPolicy || document.featurePolicy;
      return policy.features().filter(f => policy.allowsFeature(f));
    }""")
    known = page.evaluate("() => (document.permissionsPolicy || document.featurePolicy).features()")
    assert "camera" in known and "clipboard-write" in known
    # Features that are not powerful (no prompt, nothing to leak) stay as the browser sets them.
    powerful = set(middleware.POWERFUL_FEATURES) | set(middleware.USED_FEATURES)
    assert {feature for feature in allowed if feature in powerful} == (
        {"clipboard-write", "web-share"} & set(known)
    )
    share = page.locator("[data-share]")
    address = share.locator("[data-share-url]").inner_text()
    share.get_by_role("button", name="Copy the address").click()
    page.wait_for_function(
        "() => document.querySelector('.share__status').textContent === 'The address is copied.'"
    )
    # (Reading it back is clipboard-read, which the policy rightly blocks: the status above is
    # set only once the browser has written the address.)
    assert address.endswith("/en/")
    # Share is offered exactly where the browser has it.
    has_share = page.evaluate("() => typeof navigator.share === 'function'")
    assert share.get_by_role("button", name="Share", exact=True).is_visible() is has_share


def test_the_shift_hint_shows_only_with_a_keyboard_and_only_on_the_start_page(server, browser):
    desktop = browser.new_context(viewport={"width": 1000, "height": 800})
    phone = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    for context, shown in ((desktop, True), (phone, False)):
        page = context.new_page()
        page.goto(server.url + "/en/")
        assert page.locator(".js-exit-shortcut-hint").is_visible() is shown
        page.goto(server.url + "/en/questions/")
        assert page.locator(".exit-this-page__hint").count() == 0
        context.close()
