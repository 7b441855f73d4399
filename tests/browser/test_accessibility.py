"""WCAG 2.2 AA in a real browser: every page, every question (plain and with its error) and the
outcomes that together show every outcome section and every pair of sections that can stand side
by side, in English and Arabic, and in every other language its text-heavy pages, a question
with its error and one outcome of each situation (tests/pages.py builds the lists from the code).

An outcome page is its sections in order, one template each, so anything axe-core or the layout
checks can find on an outcome lies inside a section or where two sections meet (or a section meets
the page around it). The covering outcomes (`pages.covering_outcomes`, 7 of the 112 today) show
each such place at least once, so checking all 112 finds nothing these do not; what differs
between paths to one outcome ("Your answers", hidden fields) is compared byte for byte with the
template on covering paths in tests/test_outcome_page.py.

For each: zero axe-core violations at a 360×740 phone size, no sideways scrolling at 320 px, every
answer and button at least 44×44 px, one h1 and no skipped heading level, and the language marked.
One browser page is reused for every state so the whole list runs in a few minutes.
"""

import pytest

from tests.browser import checks
from tests.conftest import PHONE
from tests.pages import FULL_BROWSER_LANGUAGES, browser_states, languages

pytestmark = pytest.mark.browser

# Every state of English and Arabic, and in the other languages the sample tests/pages.py
# explains (browser_states).
STATES = browser_states()


class Checker:
    """Checks states two at a time, in two browser contexts (two renderer processes, so both
    cores work): while one page runs axe-core the other loads. Each test asks for its own
    state's problems; the state after it is checked alongside."""

    def __init__(self, browser, base_url: str, states: list, width: int = 2):
        self.pages = [browser.new_context(viewport=PHONE).new_page() for _ in range(width)]
        self.base_url = base_url
        self.states = states
        self.done: dict[str, list[str]] = {}

    def problems(self, state) -> list[str]:
        if state.id not in self.done:
            at = self.states.index(state)
            batch = [s for s in self.states[at:] if s.id not in self.done][: len(self.pages)]
            for page, each in zip(self.pages, batch, strict=False):
                checks.show(page, self.base_url, each)
                checks.start_axe(page)
            for page, each in zip(self.pages, batch, strict=False):
                self.done[each.id] = (
                    checks.axe_problems(page)
                    + checks.overflow_problems(page)
                    + checks.tap_target_problems(page)
                    + checks.heading_problems(page)
                    + checks.language_problems(page, each, languages())
                )
        return self.done.pop(state.id)

    def close(self):
        for page in self.pages:
            page.context.close()


@pytest.fixture(scope="module")
def checker(browser, server):
    checker = Checker(browser, server.url, STATES)
    yield checker
    checker.close()


@pytest.mark.parametrize("state", STATES, ids=lambda state: state.id)
def test_every_state_in_every_language_is_accessible(checker, state):
    problems = checker.problems(state)
    assert not problems, f"{state.id} ({state.path}):\n" + "\n".join(problems)


# Every language links the same stylesheets (guide.css, and print.css for paper).
@pytest.mark.parametrize("language", FULL_BROWSER_LANGUAGES)
def test_the_stylesheets_never_lock_the_orientation(server, page, language):
    """The one axe rule that reads the stylesheets themselves."""
    page.goto(f"{server.url}/{language}/")
    page.evaluate(checks.AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "() => axe.run(document, {runOnly: {type: 'rule', values: ['css-orientation-lock']}})"
    )
    assert result["violations"] == []
    assert result["passes"] or result["inapplicable"], "the rule did not run"
