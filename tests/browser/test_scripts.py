"""Chinese, Korean, Punjabi and Vietnamese on the narrowest phone (issue 16, scripts and layout):
nothing scrolls sideways at 320 px, Chinese lines never start with closing punctuation, and
Korean lines break between words (static/css/guide.css, the :lang() rules)."""

import pytest

from tests.browser.checks import post_from_page
from tests.helpers import final_path

pytestmark = pytest.mark.browser

LANGUAGES = ["zh-hans", "zh-hant", "ko", "pa", "vi"]
NARROWEST = {"width": 320, "height": 640}

#: Marks that close a phrase or a sentence: none may begin a line (Chinese typesetting rules,
#: GB/T 15834; the same marks in Korean, and the Gurmukhi danda).
CLOSING = "。，、．：；？！）」』】〕〉》〗％.,:;?!)।"

#: Every line of the given blocks after their first, as the browser laid them out: the line's
#: first character and the one before it in the text (a space when the line broke at a space).
#: Lines are found by measuring each character with a Range: a character whose box lies below
#: the previous character's box begins a new line.
LINE_STARTS = """selector => {
  const starts = [];
  const range = document.createRange();
  for (const block of document.querySelectorAll(selector)) {
    if (block.closest(".visually-hidden")) continue;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let previous = null;
    let before = "";
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.data;
      for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (/\\s/.test(ch)) { before = " "; continue; }
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getClientRects()[0];
        if (!box || box.width === 0) continue;
        if (previous !== null && box.top >= previous.top + previous.height / 2) {
          starts.push({ch, before, line: text.slice(i, i + 12)});
        }
        previous = box;
        before = ch;
      }
    }
  }
  return starts;
}"""

PARAGRAPHS = "article.outcome p, article.outcome li:not(:has(p)), article.outcome dd"


def wide_elements(page) -> list[str]:
    return page.evaluate(
        """() => {
          const width = document.documentElement.clientWidth;
          return [...document.body.querySelectorAll("*")]
            .filter(el => el.getBoundingClientRect().right > width + 0.5)
            .slice(0, 5).map(el => el.outerHTML.slice(0, 160));
        }"""
    )


def assert_fits(page, what: str) -> None:
    scroll_width = page.evaluate("() => document.documentElement.scrollWidth")
    assert scroll_width <= NARROWEST["width"], (
        f"{what} scrolls sideways at 320 px ({scroll_width} px): {wide_elements(page)}"
    )


def open_outcome(server, page, language: str) -> None:
    page.goto(f"{server.url}/{language}/questions/")
    response = post_from_page(page, f"/{language}/questions/", {**final_path(), "nav": "outcome"})
    assert response is not None and response.status == 200
    page.wait_for_selector("article.outcome")


@pytest.fixture
def narrow(browser):
    context = browser.new_context(viewport=NARROWEST)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_is_wider_than_a_320_px_phone(server, narrow, language):
    # The start page, and legal help: its addresses and phone numbers are the longest words.
    for path in ("", "legal-help/"):
        narrow.goto(f"{server.url}/{language}/{path}")
        assert_fits(narrow, f"/{language}/{path}")
    narrow.goto(f"{server.url}/{language}/questions/")
    narrow.wait_for_selector("fieldset")
    assert_fits(narrow, f"/{language}/questions/")
    open_outcome(server, narrow, language)
    assert_fits(narrow, f"the outcome in {language}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_line_starts_with_closing_punctuation(server, narrow, language):
    open_outcome(server, narrow, language)
    starts = narrow.evaluate(LINE_STARTS, PARAGRAPHS)
    assert len(starts) > 20, "the outcome's paragraphs should wrap onto many lines at 320 px"
    bad = [start["line"] for start in starts if start["ch"] in CLOSING]
    assert bad == [], f"lines starting with closing punctuation in {language}: {bad}"


def test_chinese_breaks_by_the_strict_rules(server, narrow):
    for language in ("zh-hans", "zh-hant"):
        open_outcome(server, narrow, language)
        breaks = narrow.evaluate(
            """() => [...document.querySelectorAll("article.outcome p")]
                 .map(p => getComputedStyle(p).lineBreak)"""
        )
        assert breaks and set(breaks) == {"strict"}, (language, set(breaks))


def test_korean_breaks_between_words(server, narrow):
    open_outcome(server, narrow, "ko")
    rules = narrow.evaluate(
        """() => [...document.querySelectorAll("article.outcome p")]
             .map(p => getComputedStyle(p).wordBreak)"""
    )
    assert rules and set(rules) == {"keep-all"}, set(rules)
    # Korean words are separated by spaces: outside links (whose addresses may break anywhere),
    # a line begins only after a space, after a mark that ends a word, or with an opening
    # bracket (국토안보부 / (DHS)가).
    starts = narrow.evaluate(LINE_STARTS, "article.outcome p:not(:has(a))")
    assert len(starts) > 20
    inside_words = [
        start["line"]
        for start in starts
        if start["before"] not in " -/)." and start["ch"] not in "(（「"
    ]
    assert inside_words == [], f"Korean lines broken inside a word: {inside_words}"


def test_the_line_check_sees_a_line_that_starts_with_a_closing_mark(server, narrow):
    """The check above can fail: a paragraph laid out with no line-breaking rules at all
    (line-break: anywhere), exactly three characters wide, puts 。 at the start of its second line."""
    open_outcome(server, narrow, "zh-hans")
    narrow.evaluate(
        """() => {
          const p = document.createElement("p");
          p.id = "probe";
          p.style.cssText = "width: 3em; line-break: anywhere; letter-spacing: 0";
          p.textContent = "一二三。四五六";
          document.querySelector("article.outcome").prepend(p);
        }"""
    )
    starts = narrow.evaluate(LINE_STARTS, "#probe")
    assert [start["ch"] for start in starts][:1] == ["。"]
