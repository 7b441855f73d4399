"""Small helpers shared by the tests."""

import html as html_lib
import re
from html.parser import HTMLParser

from guide import rules
from guide.questions import QUESTIONS


class FormScraper(HTMLParser):
    """Collects forms (action, method, inputs, buttons) and links from a page."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []
        self.links: list[str] = []
        self.inputs: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append({"action": attrs.get("action"), "method": attrs.get("method"),
                               "fields": [], "buttons": []})
        elif tag == "input":
            self.inputs.append(attrs)
            if self.forms:
                self.forms[-1]["fields"].append(attrs)
        elif tag == "button" and self.forms:
            self.forms[-1]["buttons"].append(attrs)
        elif tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])


def scrape(html: bytes | str) -> FormScraper:
    scraper = FormScraper()
    scraper.feed(html.decode() if isinstance(html, bytes) else html)
    return scraper


def visible_text(html: bytes | str) -> str:
    text = html.decode() if isinstance(html, bytes) else html
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    return re.sub(r"\s+", " ", html_lib.unescape(text)).strip()


def post_for(answers: dict[str, str], **controls: str) -> dict[str, str]:
    return {**answers, **controls}


def final_path() -> dict[str, str]:
    return {"itin": "itin", "filed": "recent", "address": "same", "household": "others",
            "order": "final", "protection": "no_protection", "this_year": "undecided"}


def complete(answers: dict[str, str]) -> bool:
    return rules.is_complete(answers)


ALL_CODES = {code for question in QUESTIONS for code in question.codes}
