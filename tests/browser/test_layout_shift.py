"""Nothing on a page moves after it first appears (issue 18): on a slow phone a control that jumps
as a script shows something above it is a mis-tap.

Chromium reports every movement of what is on screen as a `layout-shift` performance entry. On the
start page, a question (with and without its error) and an outcome, in every language, at a
phone's size and with no input at all, there must be none once the page has loaded and its
scripts have run. (Before this test: 0.048 on /en/, the Exit this page keyboard hint that exit.js
shows pushing the whole page down.)

A busy CPU used to move the header now and then (0.0046 on /es/ in about one full run in four,
2 loads in 190 with both cores busy): Chromium painted the page before the parser had reached the
current language's name in the chooser, then the name arrived, the chooser widened and the
service name beside it wrapped to two lines. Chromium's own entries said so: the summary was 44 px
wide (its minimum, the globe alone) in the first frame and 96.5 px after. templates/base.html now
holds rendering until <main> is parsed (`<link rel=expect>`): the first frame has the whole header.
"""

import pytest

from tests.browser import checks
from tests.pages import FULL_BROWSER_LANGUAGES, languages, states_for

pytestmark = pytest.mark.browser


def _states():
    chosen = []
    for language in languages():
        states = states_for(language)
        chosen.append(next(s for s in states if s.name == "page-start"))
        if language not in FULL_BROWSER_LANGUAGES:
            # What moves after load moves in every language alike (the same templates, scripts
            # and stylesheet); the start page checks each language's own text.
            continue
        questions = [s for s in states if s.kind == "question"]
        chosen.append(questions[0])  # the first question, plain
        chosen.append(next(s for s in questions if s.detail.get("error")))  # with its error
        chosen.append(next(s for s in states if s.kind == "outcome"))
    return chosen


# Every layout shift of this document so far (a buffered observer is handed those that happened
# before it was made), each with the elements that moved.
SHIFTS = """() => new Promise((resolve) => {
  const seen = [];
  const observer = new PerformanceObserver((list) => seen.push(...list.getEntries()));
  observer.observe({type: "layout-shift", buffered: true});
  setTimeout(() => {
    seen.push(...observer.takeRecords());
    observer.disconnect();
    resolve(seen.map((entry) => ({
      value: entry.value,
      input: entry.hadRecentInput,
      // What moved, from where to where ([x, y, width, height] in CSS pixels).
      moved: (entry.sources || []).map((source) => [
        source.node ? source.node.nodeName + "." + source.node.className : "?",
        ...[source.previousRect, source.currentRect].map((r) => [r.x, r.y, r.width, r.height]),
      ]),
    })));
  }, 300);
})"""


@pytest.mark.parametrize("state", _states(), ids=lambda state: state.id)
def test_nothing_moves_after_the_page_first_appears(server, page, state):
    checks.show(page, server.url, state)
    page.wait_for_load_state("load")
    # The scripts are deferred and run before "load"; give anything they start (a voice list,
    # a timer) a moment to show itself too.
    page.wait_for_timeout(700)
    shifts = page.evaluate(SHIFTS)
    assert not any(shift["input"] for shift in shifts), "no input was given"
    total = sum(shift["value"] for shift in shifts)
    assert not shifts, f"{state.id}: layout shifts add up to {total:.4f}: {shifts}"
