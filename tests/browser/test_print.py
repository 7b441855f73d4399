"""The outcome prints as a clean handout of at most two pages (Letter and A4): nothing to press,
every link's address written out, the review date and the sources kept.

Printing every outcome in every language would take minutes, so each language prints the
outcomes with the most text (measured, not chosen by hand): if they fit, shorter ones do too.
"""

import re

import pytest
from django.test import Client

from tests.browser import checks
from tests.helpers import visible_text
from tests.pages import FULL_BROWSER_LANGUAGES, all_states, languages

pytestmark = pytest.mark.browser

LONGEST_PER_LANGUAGE = 3
MAX_PAGES = 2


def _longest_outcomes() -> list:
    client = Client()
    by_language: dict[str, list] = {}
    for state in all_states():
        if state.kind == "outcome":
            html = client.post(state.path, state.fields).content
            by_language.setdefault(state.language, []).append((len(visible_text(html)), state))
    return [
        state
        for language in languages()
        for _size, state in sorted(by_language[language], key=lambda pair: -pair[0])[
            : LONGEST_PER_LANGUAGE if language in FULL_BROWSER_LANGUAGES else 1
        ]
    ]


def pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))


@pytest.fixture(scope="module")
def printer(browser):
    context = browser.new_context()
    page = context.new_page()
    page.emulate_media(media="print")
    yield page
    context.close()


@pytest.mark.parametrize("state", _longest_outcomes(), ids=lambda state: state.id)
def test_the_longest_outcomes_print_on_at_most_two_pages(server, printer, state):
    checks.show(printer, server.url, state)
    for paper in ["Letter", "A4"]:
        pages = pdf_pages(printer.pdf(format=paper))
        assert 1 <= pages <= MAX_PAGES, f"{state.id} prints on {pages} {paper} pages"


def test_the_printed_outcome_keeps_dates_sources_and_link_addresses_and_no_buttons(server, printer):
    state = next(state for state in all_states() if state.kind == "outcome")
    checks.show(printer, server.url, state)
    shown = printer.evaluate(
        """() => {
          const visible = el => el.getClientRects().length > 0;
          const external = [...document.querySelectorAll("main a[href^='http']")]
            .filter(visible).filter(a => !a.classList.contains("source-link"));
          return {
            buttons: [...document.querySelectorAll("button, .button, [role=button]")]
              .filter(visible).map(el => el.outerHTML.slice(0, 80)),
            unwritten: external.filter(a => !getComputedStyle(a, "::after").content
              .includes(a.getAttribute("href"))).map(a => a.outerHTML.slice(0, 80)),
            externalLinks: external.length,
            sources: [...document.querySelectorAll(".source-list li")].filter(visible).length,
            dates: [...document.querySelectorAll(".dates")].filter(visible)
              .map(el => el.innerText).join(" "),
          };
        }"""
    )
    assert shown["buttons"] == []
    assert shown["externalLinks"] > 0 and shown["unwritten"] == []
    # The sources differ from outcome to outcome: they print only with the situation (issue 14).
    assert shown["sources"] == 0
    assert shown["dates"].strip(), "the review dates are printed"
