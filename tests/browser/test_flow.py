"""A person's whole path in Chromium on a phone-sized screen, against the real server."""

import pytest

from guide.flow import wire
from tests.browser.checks import shows_another_page
from tests.helpers import final_path

pytestmark = pytest.mark.browser


def press(page, name):
    """Press a button that shows another page, and wait for that page."""
    shows_another_page(page, lambda: page.get_by_role("button", name=name).click())


def test_start_to_outcome_and_change_in_a_real_browser(server, context, page):
    requests = []
    page.on("request", lambda request: requests.append(request))
    page.goto(server.url + "/en/")
    page.get_by_role("button", name="Start now").click()
    press(page, "Continue")
    answers = final_path()
    labels = {
        "itin": "Yes, I have an ITIN",
        "filed": "Yes, for 2023, 2024 or 2025",
        "address": "Yes, I live there now",
        "household": "Yes",
        "order": "Yes, I have an order",
        "protection": "No",
        "this_year": "Not yet",
    }
    for slug in ["itin", "filed", "address", "household", "order", "protection", "this_year"]:
        assert answers[slug]
        page.get_by_label(labels[slug], exact=slug in {"household", "protection"}).check()
        press(page, "Continue")
        assert page.url == server.url + "/en/questions/"
    assert page.locator("h1").inner_text() == "The agreement names people in your situation"

    # Change one answer: the others survive and the outcome comes back.
    press(page, "Change Others at your address or on your return")
    assert page.get_by_label("Yes", exact=True).is_checked()
    page.get_by_label("No, only me").check()
    press(page, "Continue")
    summary = page.locator(".summary-list").inner_text()
    assert "No, only me" in summary and "Yes, I have an ITIN" in summary

    assert context.cookies() == []
    for request in requests:
        assert request.url.startswith(server.url), request.url
        assert "?" not in request.url, request.url


def test_guide_back_button_keeps_the_answer(server, page):
    page.goto(server.url + "/en/questions/")
    page.get_by_label("I have applied for one").check()
    press(page, "Continue")
    page.get_by_label("No, never").check()
    press(page, "Continue")
    press(page, "Back")
    assert page.get_by_label("No, never").is_checked()
    press(page, "Back")
    assert page.get_by_label("I have applied for one").is_checked()


def test_missing_answer_shows_the_error_summary_linked_to_the_field(server, page):
    page.goto(server.url + "/en/questions/")
    press(page, "Continue")
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    summary.get_by_role("link").click()
    # The first choice of the first question, named on the wire by its number (guide/flow/wire.py).
    assert page.evaluate("document.activeElement.id") == f"{wire.NAMES['itin']}_0"
