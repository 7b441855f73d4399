"""Hard words explained: every glossary term a page uses is explained on that page, once, where
it is first used, and every explanation exists in every shipped language."""

import re
from html.parser import HTMLParser

import polib
import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import trans_real

from guide.content import glossary
from guide.i18n import languages
from tests.helpers import visible_text
from tests.pages import states_for
from tests.served import served

#: How each term shows up in the English text. Used only to find pages that use a term; the
#: glossary itself never depends on English wording.
ENGLISH_USES = {
    "itin": r"\bITINs?\b",
    "tax_return": r"\btax returns?\b",
    "deportation_order": r"\bdeportation orders?\b|\bremoval order",
    "final_order": r"\bfinal (?:deportation )?order",
    "immigration_court": r"\bimmigration courts?\b",
    "board_of_immigration_appeals": r"Board of Immigration Appeals",
    "criminal_investigation": r"\bcriminal investigations?\b",
    "agreement": r"\bagreement\b",
    "last_known_address": r"last known address",
    "a_number": r"\bA-number\b",
    "daca": r"\bDACA\b",
    "tps": r"\bTPS\b",
    "stay_of_removal": r"\bstay of removal\b",
    "deferred_action": r"\bdeferred action\b",
    "legal_help": r"\bfree legal help\b|\blegal help organization",
    "litc": r"Low Income Taxpayer Clinic",
    "vita": r"\bVITA\b",
    "taxpayer_advocate": r"Taxpayer Advocate Service",
}

ENGLISH = [state for state in states_for(settings.LANGUAGE_CODE)]

#: Where the glossary's explanations are written: its own sentences, and those it shares.
GLOSSARY_SOURCES = {"guide/content/glossary.py", "guide/content/sentences.py"}


class Explained(HTMLParser):
    """The page's text outside explanations, and the terms it explains (data-term).

    Source lists are left out: their titles are other publishers' words, not the guide's."""

    def __init__(self):
        super().__init__()
        self.terms: list[str] = []
        self.outside: list[str] = []
        self._depth = 0  # > 0 inside an element that carries data-term, or a disclosure of terms
        self._skip = 0  # > 0 inside <script>/<style>

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in {"script", "style"}:
            self._skip += 1
        if self._depth:
            self._depth += 1
        elif "data-term" in attrs or {"term", "source-list"} & set(
            (attrs.get("class") or "").split()
        ):
            self._depth = 1
        if "data-term" in attrs:
            self.terms.append(attrs["data-term"])

    def handle_endtag(self, tag):
        if tag in {"script", "style"}:
            self._skip -= 1
        if self._depth:
            self._depth -= 1

    def handle_data(self, data):
        if not self._depth and not self._skip:
            self.outside.append(data)


def explained(html: str) -> Explained:
    parser = Explained()
    parser.feed(html)
    return parser


def render(client, state):
    if state.post is None:
        return client.get(state.path)
    return client.post(state.path, state.fields)


def test_every_term_has_a_way_to_find_it_in_english_and_a_whole_explanation():
    assert set(ENGLISH_USES) == set(glossary.TERMS_BY_KEY)
    assert len(glossary.TERMS) == len(glossary.TERMS_BY_KEY), "one explanation per term"
    for term in glossary.TERMS:
        with translation.override("en"):
            text = str(term.explanation)
        assert text.endswith((".", "”")) and len(text.split(". ")) <= 4, term.key
    for slug, keys in glossary.QUESTION_TERMS.items():
        assert all(key in glossary.TERMS_BY_KEY for key in keys), slug


@pytest.mark.parametrize("state", ENGLISH, ids=lambda state: state.id)
def test_every_term_a_page_uses_is_explained_there_once(client, state):
    response = render(client, state)
    assert response.status_code == state.status
    page = explained(response.content.decode())
    outside = re.sub(r"\s+", " ", " ".join(page.outside))
    used = {key for key, pattern in ENGLISH_USES.items() if re.search(pattern, outside, re.I)}
    missing = used - set(page.terms)
    assert not missing, f"{state.id} uses {sorted(missing)} without explaining them"
    assert len(page.terms) == len(set(page.terms)), f"{state.id} explains a term twice"


@pytest.mark.parametrize("state", ENGLISH, ids=lambda state: state.id)
def test_each_explanation_comes_after_the_first_use_of_its_term(client, state):
    """A disclosure sits next to the paragraph or question that first uses the word, not at the
    top of the page before the reader has met it."""
    html = render(client, state).content.decode()
    main = html[html.index("<main") :]
    for key in re.findall(r'<div data-term="([a-z_]+)"', main):
        before = visible_text(main[: main.index(f'data-term="{key}"')])
        assert re.search(ENGLISH_USES[key], before, re.I), f"{state.id}: {key} explained before use"


def test_the_words_page_lists_every_term_once_with_its_explanation(client):
    html = client.get("/en/words/").content.decode()
    page = explained(html)
    assert sorted(page.terms) == sorted(glossary.TERMS_BY_KEY)
    text = visible_text(html)
    for term in glossary.TERMS:
        assert str(term.explanation) in text


def test_every_page_links_to_the_words_page(client):
    for state in ENGLISH:
        if state.kind == "page" and state.status == 200:
            assert 'href="/en/words/"' in render(client, state).content.decode(), state.id


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_every_explanation_is_translated_in_every_shipped_language(client, language):
    """Every language shows every term with its explanation. A language that ships (its
    status.toml says so, guide/i18n/languages.py) must have each term and each explanation in its
    compiled catalogue: a missing or fuzzy entry would show English in the middle of the page."""
    html = client.get(f"/{language}/words/").content.decode()
    with translation.override(language):
        for term in glossary.TERMS:
            # As the page shows it: any run of spaces (French writes a no-break space before
            # a colon) reads as one.
            explanation = re.sub(r"\s+", " ", str(term.explanation))
            assert explanation in visible_text(html), (language, term.key)
        catalog = trans_real.translation(language)._catalog
    status = languages.status_of(language)
    if status is None or not status.ships:  # The source language, or a draft translation.
        return
    with translation.override(None):  # No language: each lazy string gives its msgid.
        msgids = [str(term.term) for term in glossary.TERMS]
    # An explanation is one entry or several joined (guide/content/sentences.py): every entry
    # written in the glossary or among the shared sentences.
    msgids += [
        entry.msgid
        for entry in polib.pofile(str(settings.BASE_DIR / "explanations" / "locale" / "django.pot"))
        if any(path in GLOSSARY_SOURCES for path, _line in entry.occurrences)
    ]
    for msgid in msgids:
        assert msgid in catalog, f"{language} has no translation of {msgid!r}"


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_pages_in_every_language_show_their_disclosures(server, language):
    """The disclosures are not English-only: each language's question and outcome pages carry
    the same terms as the English ones (every such state, as served: tests/served.py)."""
    english = {state.name: response for state, response in served(server, ENGLISH).items()}
    states = [state for state in states_for(language) if state.kind != "page"]
    for state, response in served(server, states).items():
        with translation.override(language):
            terms = explained(response.html).terms
        assert terms == explained(english[state.name].html).terms, state.id
