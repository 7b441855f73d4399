"""One sentence, one place (issue 15): a sentence of the guide lives in one catalogue entry, so a
translator translates it once and a reviewer checks it once. A text that needs it again includes
that entry (a shared template or a placeholder) instead of repeating its words, or, for a
sentence said both in Python (a glossary explanation, a help link's description, a question's
hint) and elsewhere, says it from guide/content/sentences.py.

Sentences that are entries of their own stand side by side with the gap of the page's language
(guide/i18n/languages.py): a space, none in Chinese."""

import re
from collections import defaultdict
from pathlib import Path

import polib
import pytest
from django.template import Context, Template
from django.utils import translation

from guide.i18n.languages import join_sentences
from tests.pages import states_for
from tests.served import served

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = [ROOT / "locale" / "django.pot", ROOT / "explanations" / "locale" / "django.pot"]

#: Shorter sentences ("Find free legal help.", "Nothing was saved.") may stand in two entries.
MIN_WORDS = 8

_ABBREVIATION = re.compile(r"\b(?:U\.S|D\.C|No|Feb|Aug|Dec)\.$")


def sentences(msgid: str) -> list[str]:
    """The sentences of an English entry, its tags left out: split after . ! or ?, except after
    an abbreviation such as "U.S."."""
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", msgid)).strip()
    found: list[str] = []
    for piece in re.split(r"(?<=[.!?])\s+", text):
        if found and _ABBREVIATION.search(found[-1]):
            found[-1] += " " + piece
        elif piece:
            found.append(piece)
    return found


def repeated(entries: list[str]) -> dict[str, list[str]]:
    """Each sentence of MIN_WORDS words or more that stands in two entries or more."""
    where: dict[str, list[str]] = defaultdict(list)
    for msgid in entries:
        for sentence in dict.fromkeys(sentences(msgid)):
            where[sentence].append(msgid)
    return {
        sentence: msgids
        for sentence, msgids in where.items()
        if len(msgids) > 1 and len(sentence.split()) >= MIN_WORDS
    }


def test_the_split_finds_a_sentence_repeated_in_another_entry():
    entries = [
        "In April 2025 the IRS and the U.S. Department of Homeland Security signed an agreement.",
        "<strong>The agreement.</strong> In April 2025 the IRS and the U.S. Department of Homeland Security "
        "signed an agreement. Then more.",
        "Nothing was saved.",
        "Nothing was saved. Try again.",
    ]
    found = repeated(entries)
    assert list(found) == [
        "In April 2025 the IRS and the U.S. Department of Homeland Security signed an agreement."
    ]
    assert sentences(entries[1])[-1] == "Then more."


def test_every_sentence_lives_in_one_entry():
    entries = [
        entry.msgid
        for template in TEMPLATES
        for entry in polib.pofile(str(template))
        if entry.msgid and not entry.obsolete
    ]
    found = repeated(entries)
    assert not found, "\n".join(
        f"{sentence!r} is in {len(msgids)} entries" for sentence, msgids in found.items()
    )


def test_sentences_joined_in_python_take_the_gap_of_the_language_shown():
    text = join_sentences("One.", "Two.")
    for language, joined in (("en", "One. Two."), ("fr", "One. Two."), ("zh-hans", "One.Two.")):
        with translation.override(language):
            assert str(text) == joined, language


def test_the_sentences_tag_joins_its_pieces_with_the_gap_and_escapes_as_anywhere_else():
    template = Template(
        "{% load i18n sentences %}<p>{% sentences %}\n"
        '  <strong>{% translate "Title." %}</strong>\n'
        "  {% blocktranslate trimmed %}\n    <em>Own</em>\n    sentence.\n  {% endblocktranslate %}\n"
        "  {{ shared }}\n"
        "{% endsentences %}</p>"
    )
    context = {"shared": "Shared <sentence> isn't HTML."}
    with translation.override("en"):
        english = template.render(Context(context))
    with translation.override("zh-hant"):
        chinese = template.render(Context(context))
    assert english == (
        "<p><strong>Title.</strong> <em>Own</em> sentence. Shared &lt;sentence&gt; isn&#x27;t "
        "HTML.</p>"
    )
    assert chinese == english.replace(". ", ".").replace("</strong> ", "</strong>")


#: Two sentences in one paragraph with white space between them, in Chinese: the end of one
#: (closing an inline tag, perhaps), space, and the start of the next.
_CHINESE_GAP = re.compile(
    r"[。？！](?:</(?:strong|a|bdi|span|em)>)*\s+(?:<(?:strong|a|bdi|span|em)\b[^>]*>)*[^\s<]"
)


@pytest.mark.parametrize("language", ["zh-hans", "zh-hant"])
def test_no_chinese_page_puts_a_space_between_two_sentences(server, language):
    """Where a page puts sentences that are entries of their own side by side, Chinese shows
    no space between them (a space there shows, as it never does in a Chinese sentence)."""
    found = {}
    for state, response in served(server, states_for(language)).items():
        for match in _CHINESE_GAP.finditer(response.html):
            found.setdefault(match.group(0), state.id)
    assert not found, found
