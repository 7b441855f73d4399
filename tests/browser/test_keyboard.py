"""The whole guide with a keyboard alone (Tab, Space, the arrow keys within a radio group,
Enter), in every language, with a visible focus on everything that takes focus; and errors
announced: the error summary takes focus, and every radio names the error."""

import pytest

from guide.flow import wire
from guide.flow.questionnaire import QUESTIONS_BY_SLUG
from tests.browser import checks
from tests.helpers import final_path
from tests.pages import FULL_BROWSER_LANGUAGES, all_states

pytestmark = pytest.mark.browser

# The focused element's look, then its look without focus: they must differ.
_FOCUS_SHOWN = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return {html: "<body>", shown: false};
  const look = () => {
    const s = getComputedStyle(el);
    return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor,
            s.color, s.textDecorationLine, s.borderColor].join("|");
  };
  const focused = look();
  el.blur();
  const plain = look();
  el.focus();
  return {html: el.outerHTML.slice(0, 100), shown: focused !== plain};
}"""


def tab_to(page, selector: str, unseen: list[str], limit: int = 80) -> None:
    """Press Tab until an element matching `selector` has focus, noting any element whose
    focus cannot be seen."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focus = page.evaluate(_FOCUS_SHOWN)
        if not focus["shown"]:
            unseen.append(focus["html"])
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector} on {page.url}")


def press_and_wait(page, key: str) -> None:
    with page.expect_navigation():
        page.keyboard.press(key)


# What this checks does not depend on the language's text (the same script, stylesheet and
# markup in every language): English, and Arabic for right to left (tests/pages.py).
@pytest.mark.parametrize("language", FULL_BROWSER_LANGUAGES)
def test_the_whole_flow_with_the_keyboard_alone(server, page, language):
    unseen: list[str] = []
    page.goto(f"{server.url}/{language}/")
    tab_to(page, "a.button--start", unseen)
    press_and_wait(page, "Enter")
    tab_to(page, "main button.button", unseen)
    press_and_wait(page, "Enter")

    answers = final_path()
    for _ in range(len(QUESTIONS_BY_SLUG) + 1):
        number = page.evaluate("() => document.querySelector('main input[name=q]')?.value ?? null")
        if number is None or page.locator(".outcome").count():
            break
        question = wire.question_numbered(number)
        assert question is not None, number
        name, slug = wire.NAMES[question.slug], question.slug
        tab_to(page, f"input[type=radio][name={name}]", unseen)
        page.keyboard.press("Space")
        for _step in range(question.codes.index(answers[slug])):
            page.keyboard.press("ArrowDown")
        checked = page.locator(f"input[name={name}]:checked").get_attribute("value")
        assert checked == wire.answer(slug, answers[slug])
        tab_to(page, "button[name=nav][value=continue]", unseen)
        press_and_wait(page, "Enter")
    assert page.locator(".outcome").count() == 1, "the keyboard reached the outcome"
    assert page.locator("h1").count() == 1
    assert unseen == [], "focus was not visible on: " + "; ".join(dict.fromkeys(unseen))


# What this checks does not depend on the language's text (the same script, stylesheet and
# markup in every language): English, and Arabic for right to left (tests/pages.py).
@pytest.mark.parametrize("language", FULL_BROWSER_LANGUAGES)
def test_errors_are_announced_and_lead_to_the_answers(server, page, language):
    state = next(
        s
        for s in all_states()
        if s.language == language and s.kind == "question" and s.detail.get("error")
    )
    checks.show(page, server.url, state)
    summary = page.locator(".error-summary")
    assert summary.get_attribute("role") == "alert"
    assert page.evaluate("document.activeElement.classList.contains('error-summary')"), (
        "the error summary has focus when the page loads"
    )
    message = page.locator(".error-message").inner_text()
    radios = page.locator("input[type=radio]")
    assert radios.count() > 1
    for index in range(radios.count()):
        described = radios.nth(index).get_attribute("aria-describedby") or ""
        texts = [page.locator(f"#{ref}").inner_text() for ref in described.split()]
        assert message in texts, f"radio {index} is not described by the error"
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('.error-summary')")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.type") == "radio"
