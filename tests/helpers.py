"""Small helpers shared by the tests."""

import html as html_lib
import re
from html.parser import HTMLParser

from guide import rules
from guide.questions import QUESTIONS


class FormScraper(HTMLParser):
    """Collects forms (action, method, inputs, buttons) and links from a page.

    Inputs and buttons belong to their form as a browser decides: the form named by their `form`
    attribute (anywhere on the page), else the form they are in."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []
        self.links: list[str] = []
        self.inputs: list[dict] = []
        self._open: dict | None = None
        self._named: list[tuple[str, str, dict]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._open = {
                "id": attrs.get("id"),
                "action": attrs.get("action"),
                "method": attrs.get("method"),
                "fields": [],
                "buttons": [],
            }
            self.forms.append(self._open)
        elif tag in ("input", "button"):
            kind = "fields" if tag == "input" else "buttons"
            if tag == "input":
                self.inputs.append(attrs)
            if "form" in attrs:
                self._named.append((attrs["form"], kind, attrs))
            elif self._open is not None:
                self._open[kind].append(attrs)
        elif tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag == "form":
            self._open = None

    def close(self):
        super().close()
        by_id = {form["id"]: form for form in self.forms if form["id"]}
        for form_id, kind, attrs in self._named:
            # A name no form has: the browser sends the element with no form at all.
            if form_id in by_id:
                by_id[form_id][kind].append(attrs)
        self._named = []


def scrape(html: bytes | str) -> FormScraper:
    scraper = FormScraper()
    scraper.feed(html.decode() if isinstance(html, bytes) else html)
    scraper.close()
    return scraper


def visible_text(html: bytes | str) -> str:
    text = html.decode() if isinstance(html, bytes) else html
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    return re.sub(r"\s+", " ", html_lib.unescape(text)).strip()


def post_for(answers: dict[str, str], **controls: str) -> dict[str, str]:
    return {**answers, **controls}


def final_path() -> dict[str, str]:
    return {
        "itin": "itin",
        "filed": "recent",
        "address": "same",
        "household": "others",
        "order": "final",
        "protection": "no_protection",
        "this_year": "undecided",
    }


def shortest_path() -> dict[str, str]:
    """A path of six questions ("never filed" skips the address): situation C, alone."""
    return {
        "itin": "itin",
        "filed": "never",
        "household": "alone",
        "order": "none",
        "criminal": "no",
        "this_year": "file",
    }


def complete(answers: dict[str, str]) -> bool:
    return rules.is_complete(answers)


ALL_CODES = {code for question in QUESTIONS for code in question.codes}
