"""What the accessibility tests look at in a rendered page, each as a list of readable problems
(an empty list means none). The page is a Playwright page already showing the state."""

from pathlib import Path

from tests.helpers import on_the_wire
from tests.pages import PageState

ROOT = Path(__file__).resolve().parents[2]
#: axe-core from the npm registry (package.json; `make test` installs it). Never fetched at run time.
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
NARROWEST = 320
TAP = 44

_SUBMIT = """([action, fields]) => {
  const form = document.createElement("form");
  form.method = "post";
  form.action = action;
  for (const [name, value] of fields) {
    const input = document.createElement("input");
    input.type = "hidden";
    input.name = name;
    input.value = value;
    form.appendChild(input);
  }
  document.body.appendChild(form);
  form.submit();
}"""


# A page is in place once the <main> that was on screen before (window.__before) has gone, the
# new one is not waiting for anything (aria-busy), and static/js/history.js has numbered its
# history entry (it does on every page).
PAGE_SHOWN = """() => {
  const main = document.querySelector("main");
  return main !== null && main !== window.__before && !main.hasAttribute("aria-busy")
    && history.state !== null && typeof history.state.kbyf === "number";
}"""


def shows_another_page(page, action) -> None:
    """Do something that shows another page, in place (history.js sends the guide's forms with
    fetch) or by loading one, and wait until it is on screen."""
    page.evaluate("window.__before = document.querySelector('main')")
    action()
    page.wait_for_function(PAGE_SHOWN)


def post_from_page(page, action: str, fields: dict[str, str]):
    """POST these fields (answers by slug and code) to `action` from a form on the page already
    shown, as the guide's own forms send them (tests/helpers.on_the_wire); returns the response of
    the page it leads to."""
    with page.expect_navigation() as navigation:
        page.evaluate(_SUBMIT, [action, list(on_the_wire(fields).items())])
    return navigation.value


def show(page, base_url: str, state: PageState) -> None:
    """Show a state as a person would reach it: GET its address, or POST its fields from a form
    on a page of the same site (the page must already be on it)."""
    if state.post is None:
        response = page.goto(base_url + state.path)
    else:
        if not page.url.startswith(base_url):
            page.goto(base_url + f"/{state.language}/")
        with page.expect_navigation() as navigation:
            page.evaluate(_SUBMIT, [base_url + state.path, list(state.post)])
        response = navigation.value
    assert response is not None and response.status == state.status, (
        f"{state.id}: status {response and response.status}, expected {state.status}"
    )


def start_axe(page) -> None:
    """Start axe-core's WCAG 2.2 A/AA checks in the page without waiting for them, so that two
    pages (two renderer processes, two cores) can be checked at once; `axe_problems` collects."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol: a Content-Security-Policy does not apply.
        page.evaluate(AXE.read_text(encoding="utf-8"))
    # preload fetches the stylesheets again for one rule (css-orientation-lock), on every page;
    # test_accessibility checks that rule once per stylesheet instead.
    page.evaluate(
        "options => { window.__axeRun = axe.run(document, options); }",
        {
            "runOnly": {"type": "tag", "values": AXE_TAGS},
            "resultTypes": ["violations"],
            "preload": False,
        },
    )


def axe_problems(page) -> list[str]:
    """The violations found by `start_axe`, one readable line per failing element."""
    result = page.evaluate("() => window.__axeRun")
    problems = []
    for violation in result["violations"]:
        for node in violation["nodes"]:
            problems.append(
                f"axe {violation['id']} ({violation['impact']}): {violation['help']}\n"
                f"    at {' '.join(node['target'])}: {node['html'][:160]}\n"
                f"    {node.get('failureSummary', '').replace(chr(10), ' ')[:300]}"
            )
    return problems


def overflow_problems(page, width: int = NARROWEST) -> list[str]:
    """Nothing scrolls sideways at `width` CSS px (reflow, WCAG 1.4.10)."""
    before = page.viewport_size
    page.set_viewport_size({"width": width, "height": before["height"]})
    try:
        return page.evaluate(
            """width => {
              const root = document.documentElement;
              if (root.scrollWidth <= root.clientWidth) return [];
              const wide = [...document.body.querySelectorAll("*")]
                .filter(el => el.getBoundingClientRect().right > root.clientWidth + 0.5)
                .slice(0, 5).map(el => el.outerHTML.slice(0, 120));
              return [`scrolls sideways at ${width}px: ${root.scrollWidth}px wide; ` + wide.join(" | ")];
            }""",
            width,
        )
    finally:
        page.set_viewport_size(before)


def tap_target_problems(page, size: int = TAP) -> list[str]:
    """Every answer (its radio and its label) and every button is at least 44×44 CSS px."""
    return page.evaluate(
        """size => {
          const problems = [];
          const shown = el => el.getClientRects().length > 0;
          const name = el => (el.innerText || el.value || el.id || "").trim().slice(0, 40);
          const check = (el, what, needWidth) => {
            const box = el.getBoundingClientRect();
            if (box.height < size - 0.5 || (needWidth && box.width < size - 0.5))
              problems.push(`${what} "${name(el)}" is ${box.width.toFixed(0)}×${box.height.toFixed(0)}px`);
          };
          for (const radio of document.querySelectorAll("input[type=radio], input[type=checkbox]")) {
            if (!shown(radio)) continue;
            check(radio, "answer", true);
            const label = radio.labels && radio.labels[0];
            if (!label) problems.push(`answer ${radio.id} has no label`);
            else check(label, "answer label", false);
          }
          for (const button of document.querySelectorAll(
              "button, [role=button], input[type=submit], input[type=button]")) {
            if (shown(button)) check(button, "button", true);
          }
          return problems;
        }""",
        size,
    )


def heading_problems(page) -> list[str]:
    """One h1, and no level skipped on the way down (an h2 may come before the h1: the error
    summary does)."""
    headings = page.evaluate(
        "() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')]"
        ".map(h => [Number(h.tagName[1]), h.textContent.trim().slice(0, 60)])"
    )
    problems = []
    if [level for level, _text in headings].count(1) != 1:
        problems.append(f"expected exactly one h1: {headings}")
    previous = 1
    for level, text in headings:
        if level > previous + 1:
            problems.append(f"h{level} '{text}' skips a level after h{previous}")
        previous = level
    return problems


def language_problems(page, state: PageState, languages: list[str]) -> list[str]:
    """The page's language is marked, and so is each link in another language (a language
    switcher names each language in that language)."""
    problems = []
    lang = page.evaluate("document.documentElement.lang")
    if lang != state.language:
        problems.append(f"<html lang='{lang}'>, expected '{state.language}'")
    for other, text, marked in page.evaluate(
        """languages => [...document.querySelectorAll("a[href]")].map(a => {
             const url = new URL(a.href);
             const other = url.origin === location.origin
               && languages.find(code => url.pathname.startsWith(`/${code}/`));
             return [other, a.textContent.trim(), a.closest("[lang]").lang];
           }).filter(([other]) => other)""",
        languages,
    ):
        if other != state.language and marked != other:
            problems.append(f"link '{text}' leads to the '{other}' pages but is marked '{marked}'")
    return problems
