"""Small helpers shared by the tests."""

import html as html_lib
import re
from html.parser import HTMLParser

from guide.flow import routing, wire
from guide.flow.questionnaire import QUESTIONS


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
    return on_the_wire({**answers, **controls})


def on_the_wire(fields: dict[str, str]) -> dict[str, str]:
    """Form fields written with the questionnaire's codes and slugs, as the guide's forms send
    them (guide/flow/wire.py). Anything else is left as it is: a tampered value stays tampered."""
    return {wire.NAMES.get(key, key): _on_the_wire(key, value) for key, value in fields.items()}


def _on_the_wire(key: str, value: str) -> str:
    if value in wire.ANSWERS.get(key, {}):
        return wire.ANSWERS[key][value]
    if key in ("q", "change") and value in wire.NUMBERS:
        return wire.NUMBERS[value]
    return value


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
    return routing.is_complete(answers)


ALL_CODES = {code for question in QUESTIONS for code in question.codes}


def field(slug: str, code: str) -> str:
    """How a page writes a question's answer in a form field (a hidden field or a radio):
    name and value, the value on the wire's codes."""
    return f'name="{wire.NAMES[slug]}" value="{wire.answer(slug, code)}"'


def chosen(html: str, slug: str, code: str) -> bool:
    """Whether the page shows this answer's radio selected."""
    return re.search(rf'<input type="radio" {field(slug, code)}[^>]*\bchecked', html) is not None
