"""The hand-over at the table: a second language beside the first, and a printout that shows the
situation and the answers only when the person chooses to include them."""

import pytest
from django.conf import settings
from django.utils import translation

from guide.outcome.headlines import HEADLINES
from tests.browser.checks import post_from_page, shows_another_page
from tests.helpers import final_path

pytestmark = pytest.mark.browser

SECOND = next(code for code, _name in settings.LANGUAGES if code != "en")


def open_outcome(server, page):
    page.goto(server.url + "/en/before-you-start/")
    post_from_page(page, server.url + "/en/questions/", {**final_path(), "nav": "outcome"})
    page.wait_for_selector("article.outcome")


def choose(page, *, also: str | None = None, print_details: bool = False):
    """Choose, then press Print: with other choices than the page shows, the page comes back
    with them and prints itself (static/js/print.js); the print dialog is only counted here."""
    options = page.locator(".handout-options")
    if also:
        options.locator(f"#also-{also}").check()
    if print_details:
        options.get_by_label("Also your result, what to do next and your answers").check()
    page.evaluate(
        "() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; }"
    )
    shows_another_page(page, options.get_by_role("button", name="Print or save as PDF").click)
    page.wait_for_function("() => window.__printed === 1")
    page.wait_for_selector("article.outcome")


def test_second_language_appears_beside_the_first_and_answers_survive(server, context, page):
    open_outcome(server, page)
    choose(page, also=SECOND)
    assert page.url == server.url + "/en/questions/"
    first = page.locator(".bilingual__column:not([lang])").first
    second = page.locator(f".bilingual__column[lang='{SECOND}']").first
    assert page.evaluate("document.documentElement.lang") == "en"
    assert first.inner_text().strip() and second.inner_text().strip()
    with translation.override(SECOND):
        translated = str(HEADLINES["A"])
    with translation.override("en"):
        english = str(HEADLINES["A"])
    assert translated != english
    assert second.locator("h1").inner_text() == translated
    assert first.locator("h1").inner_text() == english
    assert "Yes, I have an ITIN" in page.locator(".summary-list").inner_text()
    assert context.cookies() == []
    # On a phone the second language sits below the first; on a wide screen, beside it.
    top_first, top_second = (c.bounding_box()["y"] for c in (first, second))
    assert top_second > top_first
    page.set_viewport_size({"width": 1000, "height": 800})
    assert abs(first.bounding_box()["y"] - second.bounding_box()["y"]) < 2


def visible_in_print(page, selector: str) -> bool:
    return page.evaluate(
        "s => [...document.querySelectorAll(s)].some(e => getComputedStyle(e).display !== 'none'"
        " && e.getClientRects().length > 0)",
        selector,
    )


def test_printout_leaves_out_situation_and_answers_by_default(server, page):
    open_outcome(server, page)
    page.emulate_media(media="print")
    assert not visible_in_print(page, "h1")
    assert not visible_in_print(page, ".your-answers")
    assert visible_in_print(page, ".print-title")
    assert visible_in_print(page, ".dates")
    for selector in ["button", "nav", ".site-header", ".site-footer", ".handout-options"]:
        assert not visible_in_print(page, selector), selector
    # Help links are written out after the link text.
    after = page.evaluate(
        "() => getComputedStyle(document.querySelector('.outcome a[href^=\"https\"]'), '::after').content"
    )
    assert "https" in after or "attr(href)" in after or after.startswith('" ("')


def test_printout_shows_situation_and_answers_when_chosen(server, page):
    open_outcome(server, page)
    choose(page, print_details=True)
    page.emulate_media(media="print")
    assert visible_in_print(page, "h1")
    assert visible_in_print(page, ".your-answers")
    assert not visible_in_print(page, "button")


def test_print_button_uses_the_browsers_print_and_needs_javascript(server, browser, page):
    open_outcome(server, page)
    assert page.locator("[data-print]").is_visible()
    assert page.locator("[data-print-hint]").is_hidden()
    page.evaluate(
        "() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; }"
    )
    page.locator("[data-print]").click()
    assert page.evaluate("window.__printed") == 1
    no_js = browser.new_context(java_script_enabled=False)
    plain = no_js.new_page()
    open_outcome_without_js(server, plain)
    assert plain.locator("[data-print]").is_hidden()
    assert plain.locator("[data-print-hint]").is_visible()
    no_js.close()


def open_outcome_without_js(server, page):
    """Without JavaScript: answer through the guide's own forms, as a person would."""
    page.goto(server.url + "/en/before-you-start/")
    page.get_by_role("button", name="Continue").click()
    labels = ["Yes, I have an ITIN", "Yes, for 2023, 2024 or 2025", "Yes, I live there now"]
    for label in labels:
        page.get_by_label(label).check()
        page.get_by_role("button", name="Continue").click()
    page.get_by_label("Yes", exact=True).check()
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Yes, I have an order").check()
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("No", exact=True).check()
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Not yet").check()
    page.get_by_role("button", name="Continue").click()
    page.wait_for_selector("article.outcome")
