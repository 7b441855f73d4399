"""The words a person reads on a page, taken from the rendered templates.

The reviewers' documents (guide/review/documents.py) and the reading-level check
(guide/review/reading_level.py) both need the text exactly as the guide shows it, so they render
the real templates and turn the HTML into Markdown or plain text here, once.
"""

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import translation

from guide.content import CONTENT

#: Tags that start a new block of text.
BLOCKS = {
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "div",
    "section",
    "ul",
    "ol",
    "dl",
    "article",
    "blockquote",
    "br",
}
#: Marks where a sentence ends inside one block (e.g. a timeline entry's date, then its text).
BREAK = "\x00"
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


@dataclass(frozen=True)
class Block:
    kind: str  # "heading", "item" or "paragraph"
    markdown: str
    #: The plain text, in parts that each end a sentence.
    plain: tuple[str, ...]


class _Blocks(HTMLParser):
    """Collects blocks of text. A list item keeps everything inside it (a timeline entry's
    date, tag and text) as one block; a definition list keeps each term with its value.
    With `skip_glossary`, the "What does this word mean?" disclosures (guide/content/glossary.py, reviewed
    there once) are left out."""

    def __init__(self, skip_glossary: bool = False):
        super().__init__(convert_charrefs=True)
        self._skip_glossary = skip_glossary
        self._skipping = 0
        self.blocks: list[Block] = []
        self._markdown: list[str] = []
        self._plain: list[str] = []
        self._kind = "paragraph"
        self._item_depth = 0
        self._links: list[str] = []

    def _flush(self):
        markdown = _squash("".join(self._markdown)).strip(" —")
        plain = tuple(p for p in (_squash(part) for part in "".join(self._plain).split(BREAK)) if p)
        if plain:
            self.blocks.append(Block(self._kind, markdown, plain))
        self._markdown, self._plain, self._kind = [], [], "paragraph"

    def _inline(self, markdown: str, plain: str | None = None):
        self._markdown.append(markdown)
        self._plain.append(markdown if plain is None else plain)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self._skipping or (
            self._skip_glossary
            and tag == "details"
            and "term" in (attrs.get("class") or "").split()
        ):
            self._skipping += tag == "details"
            return
        if tag == "li":
            self._flush()
            self._item_depth += 1
            self._kind = "item"
        elif self._item_depth and tag in BLOCKS:
            self._inline(" ")
        elif tag in BLOCKS:
            self._flush()
            if tag in HEADINGS:
                self._kind = "heading"
        elif tag == "strong":
            self._inline("**", "")
        elif tag == "a":
            self._links.append(attrs.get("href") or "")
            self._inline("[", "")

    def handle_endtag(self, tag):
        if self._skipping:
            self._skipping -= tag == "details"
            return
        if tag in {"summary", "dt", "dd"}:
            self._inline(" ", BREAK)  # Each ends a sentence for a reader.
        elif tag == "li":
            self._flush()
            self._item_depth -= 1
        elif self._item_depth and tag in BLOCKS:
            self._inline(" — ", BREAK)
        elif tag in BLOCKS:
            self._flush()
        elif tag == "strong":
            self._inline("**", "")
        elif tag == "a":
            self._inline(f"]({self._links.pop()})", "")

    def handle_data(self, data):
        if not self._skipping:
            self._inline(data.replace("*", r"\*"), data)

    def close(self):
        super().close()
        self._flush()


def _squash(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    # Markup that opened before a space or closed after one: "** Who:**" -> "**Who:**".
    text = re.sub(r"\*\* (.+?) ?\*\*", r"**\1**", text).replace(" ]", "]").replace("[ ", "[")
    # A link whose text is its address reads better bare.
    return re.sub(r"\[(https://[^\]\s]+)\]\(\1\)", r"<\1>", text)


def blocks(html: str, skip_glossary: bool = False) -> list[Block]:
    parser = _Blocks(skip_glossary)
    parser.feed(html)
    parser.close()
    return parser.blocks


def as_markdown(html: str, skip_glossary: bool = False) -> str:
    lines: list[str] = []
    previous = ""
    for block in blocks(html, skip_glossary):
        if lines and not (block.kind == previous == "item"):
            lines.append("")  # A blank line ends a paragraph or a list in Markdown.
        if block.kind == "heading":
            lines.append(f"**{block.markdown.strip('*')}**")
        elif block.kind == "item":
            lines.append(f"- {block.markdown}")
        else:
            lines.append(block.markdown)
        previous = block.kind
    return "\n".join(lines)


def as_sentences(html: str) -> str:
    """Plain text for readability formulas: every block ends as a sentence, so a heading or a
    list item is not counted as the start of the next sentence."""
    sentences = []
    for block in blocks(html):
        for text in block.plain:
            sentences.append(text if text[-1] in '.!?:…”"' else f"{text}.")
    return " ".join(sentences)


def render_section(key: str, context: dict, language: str = "en") -> str:
    """One outcome section's HTML, rendered as the outcome page renders it."""
    with translation.override(language):
        # The request the outcome page is served for, as far as a section can see it: the
        # templates use it only through the context processors. Made by hand, because nothing
        # under guide/ may import django.test (tests/test_house.py).
        request = HttpRequest()
        request.method = "POST"
        request.path = request.path_info = f"/{language}/questions/"
        return render_to_string(
            f"guide/sections/{key}.html", {"content": CONTENT, **context}, request=request
        )
