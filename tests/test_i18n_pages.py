"""Every page, in every language and the pseudo-locale, in every state: the right lang and dir,
and no English left on a page of a language that ships. Plus the language chooser and the notice
on draft translations.

The pseudo-locale ("qps", tests/pseudo_locale.py) is built from the English catalogue and compiled
once per run. It is added here only, the way TRANSLATING.md adds a language Django lacks: in
LANGUAGES, in LANG_INFO (updated in place), with a compiled catalogue on LOCALE_PATHS.
"""

import re
from functools import lru_cache
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.conf.locale import LANG_INFO
from django.utils import translation

from guide import content
from guide.flow import routing, wire
from guide.i18n.languages import LanguageStatus, status_of
from tests import pseudo_locale
from tests.helpers import chosen, field, final_path, on_the_wire, scrape
from tests.pages import states_for
from tests.served import served

ROOT = settings.BASE_DIR
PSEUDO = pseudo_locale.CODE
SITE_LANGUAGES = [code for code, _name in settings.LANGUAGES]


def ships(language: str) -> bool:
    """Languages whose pages must hold no English: the pseudo-locale, and every language whose
    status says it ships (es and ar once translated)."""
    status = status_of(language) if language in SITE_LANGUAGES else None
    return language == PSEUDO or bool(status and status.ships)


class Texts(HTMLParser):
    """The text a person (or a screen reader) gets: text nodes and labelling attributes."""

    def __init__(self):
        super().__init__()
        self.texts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in {"script", "style"}:
            self._skip += 1
        for name, value in attrs:
            if name in {"aria-label", "title", "alt", "placeholder"} and value:
                self.texts.append(value)

    def handle_endtag(self, tag):
        if tag in {"script", "style"}:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.texts.append(data)


def texts(html: str) -> list[str]:
    parser = Texts()
    parser.feed(html)
    return [re.sub(r"\s+", " ", text).strip() for text in parser.texts]


@lru_cache(maxsize=512)
def english_texts(html: str) -> tuple[str, ...]:
    """The English page's texts, once each: every other language is compared with the same
    English page (12 times a run)."""
    return tuple(dict.fromkeys(texts(html)))


# Text that is the same in every language by design: names and titles of the sources (cited as
# published), addresses, phone numbers, and each language's own name in the chooser.
SAME_IN_EVERY_LANGUAGE = (
    {s.publisher for s in content.SOURCES.values()}
    | {s.title for s in content.SOURCES.values()}
    | {s.url for s in content.SOURCES.values() if s.url}
    | {link.url for link in content.HELP_LINKS if link.url}
    | {info["name_local"] for info in LANG_INFO.values() if "name_local" in info}
    # Organisations', programmes' and documents' own names, which translators may keep as they
    # are, beside their explanation (TRANSLATING.md).
    | {
        "National Immigrant Justice Center (Chicago)",
        "Low Income Taxpayer Clinic",
        "Taxpayer Advocate Service",
        "Low Income Taxpayer Clinics",
        "Board of Immigration Appeals",
        "VITA (Volunteer Income Tax Assistance)",
        "Alianza Americas: What we know about the IRS and DHS collaboration plan",
    }
)


#: Words a language writes exactly as English does (Spanish "Error" and French "Sources" are
#: Spanish and French too; Filipinos say "tax return" in Tagalog, locale/tl/glossary.md).
SAME_IN_LANGUAGE = {"es": {"Error"}, "fr": {"Sources"}, "tl": {"Tax return"}}


def english_left(english_html: str, other_html: str, language: str = "") -> list[str]:
    """English text of the English page that is still on the other page."""

    def same_everywhere(text: str) -> bool:
        text = text.rstrip(" .,:")
        return text in SAME_IN_EVERY_LANGUAGE or text in SAME_IN_LANGUAGE.get(language, set())

    other = texts(other_html)
    other_whole = " ".join(text for text in other if not same_everywhere(text))
    left = []
    for text in english_texts(english_html):
        if not re.search(r"[a-z]{3}", text) or same_everywhere(text):
            continue
        if text in other or (len(text.split()) >= 4 and text in other_whole):
            left.append(text)
    return left


def fetch(client, state, language_of_path: str | None = None):
    path = state.path
    if language_of_path:
        path = re.sub(r"^/[a-z-]+/", f"/{language_of_path}/", path)
    if state.post is None:
        return client.get(path)
    return client.post(path, state.fields)


def problems_of(state, html: str, content_language: str, english_html: str, names: list[str]):
    """What is wrong with one state's page in its language: lang and dir, the chooser naming
    every language in `names` in its own name, and English left on a page of a shipped language."""
    problems = []
    if content_language != state.language:
        problems.append(f"{state.id}: Content-Language {content_language}")
    bidi = translation.get_language_info(state.language)["bidi"]
    if not re.search(rf'<html lang="{state.language}" dir="{"rtl" if bidi else "ltr"}"', html):
        problems.append(f"{state.id}: not <html lang={state.language}> with its direction")
    # The chooser names every language in its own name, each marked with its own language.
    for code in names:
        name = translation.get_language_info(code)["name_local"]
        if not re.search(rf'lang="{code}" dir="(ltr|rtl)"[^>]*>{re.escape(name)}<', html):
            problems.append(f"{state.id}: the chooser does not name {code}")
    if state.language != "en" and ships(state.language):
        left = english_left(english_html, html, state.language)
        if left:
            problems.append(f"{state.id}: English left: {left}")
    return problems


def in_english(state):
    """The same state of the English guide."""
    return next(english for english in states_for("en") if english.name == state.name)


# One test per language over every state (each page fetched once a run, as the server sends it:
# tests/served.py); a failure names every state that fails, and why.
@pytest.mark.parametrize("language", SITE_LANGUAGES)
def test_every_page_in_every_language_and_state(server, language):
    pages = served(server, states_for(language))
    english = served(server, states_for("en"))
    problems = []
    for state, response in pages.items():
        assert response.status == state.status, state.id
        assert "Set-Cookie" not in response.headers, state.id
        english_html = english[in_english(state)].html
        problems += problems_of(
            state, response.html, response.headers["Content-Language"], english_html, SITE_LANGUAGES
        )
    assert not problems, "\n".join(problems)


def test_every_page_in_the_pseudo_locale_and_state(client, with_pseudo):
    """The pseudo-locale is added in this process only (with_pseudo), so through the test client;
    its chooser names it too."""
    problems = []
    for state in states_for(PSEUDO):
        response = fetch(client, state)
        assert response.status_code == state.status, state.id
        assert not response.cookies, state.id
        english = fetch(client, state, language_of_path="en").content.decode()
        problems += problems_of(
            state,
            response.content.decode(),
            response["Content-Language"],
            english,
            [*SITE_LANGUAGES, PSEUDO],
        )
    assert not problems, "\n".join(problems)


def test_the_english_check_catches_an_unmarked_sentence():
    english = "<main><p>Choose one answer.</p><p>FedScoop</p><p>ITIN</p></main>"
    other = "<main><p>Choose one answer.</p><p>FedScoop</p><p>ITIN</p></main>"
    assert english_left(english, other) == ["Choose one answer."]
    assert english_left(english, other.replace("Choose one answer.", "Elija una.")) == []


# --- choosing a language by address and by browser ---


@pytest.mark.parametrize(
    "accept, expected",
    [
        ("es", "es"),
        ("es-MX,es;q=0.9,en;q=0.5", "es"),
        ("es-419", "es"),
        ("ar", "ar"),
        ("ar-EG,ar;q=0.9", "ar"),
        ("fr-FR,fr;q=0.9", "fr"),
        ("de-DE,de;q=0.9", "en"),
        ("", "en"),
    ],
)
def test_root_follows_accept_language_without_a_cookie(client, accept, expected):
    # The start page in that language, in place (tests/test_descriptions.py).
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 200 and response["Content-Language"] == expected
    assert f'<html lang="{expected}"' in response.content.decode()
    assert not response.cookies


def test_the_pseudo_locale_is_reachable_only_when_tests_add_it(client):
    assert client.get(f"/{PSEUDO}/").status_code == 404


def test_pages_in_arabic_are_right_to_left(client):
    html = client.get("/ar/privacy/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html


# --- the chooser keeps the answers ---


def chooser_fields(html: str, language: str) -> tuple[str, dict[str, str]]:
    """Where the chooser's button for this language sends what: the fields of its form (its own,
    or the one its `form` attribute names) and its own name and value, as a browser sends them."""
    ((form, button),) = [
        (form, button)
        for form in scrape(html).forms
        for button in form["buttons"]
        if button.get("class") == "language-chooser__option" and button.get("lang") == language
    ]
    fields = {field["name"]: field["value"] for field in form["fields"]}
    if "name" in button:
        fields[button["name"]] = button["value"]
    return button["formaction"], fields


def switch(client, html: str, language: str):
    action, fields = chooser_fields(html, language)
    return client.post(action, fields), fields


def test_the_chooser_on_a_question_keeps_the_answers_and_the_question(client):
    answers = {"itin": "applied", "filed": "older", "address": "moved"}
    page = client.post(
        "/en/questions/", on_the_wire({**answers, "q": "household", "nav": routing.STAY})
    )
    response, fields = switch(client, page.content.decode(), "es")
    # Every question's slot, on the wire's codes (guide/flow/wire.py).
    assert fields == wire.body(answers, q="household", nav=routing.STAY)
    html = response.content.decode()
    assert response.status_code == 200 and '<html lang="es"' in html
    assert f'name="q" value="{wire.NUMBERS["household"]}"' in html
    for slug, code in answers.items():
        assert field(slug, code) in html


def test_the_chooser_keeps_the_answer_given_on_the_question_and_the_way_back(client):
    answers = final_path()
    page = client.post("/en/questions/", on_the_wire({**answers, "change": "household"}))
    response, fields = switch(client, page.content.decode(), "ar")
    assert fields[wire.NAMES["household"]] == wire.answer("household", answers["household"])
    assert fields["return"] == "outcome"
    html = response.content.decode()
    assert chosen(html, "household", "others")
    assert 'name="return" value="outcome"' in html and '<html lang="ar" dir="rtl"' in html


def test_the_chooser_on_the_outcome_shows_the_same_outcome_in_the_other_language(client):
    answers = final_path()
    page = client.post("/en/questions/", on_the_wire({**answers, "nav": routing.OUTCOME}))
    response, fields = switch(client, page.content.decode(), "ar")
    last = routing.questions_asked(answers)[-1].slug
    # The outcome's one form of answers also holds the question Back goes to.
    assert fields == wire.body(answers, q=last, nav=routing.OUTCOME)
    assert response.status_code == 200 and b'class="outcome"' in response.content
    assert chooser_fields(response.content.decode(), "en") == ("/en/questions/", fields)


def test_the_chooser_on_the_intro_reached_with_back_keeps_the_answers(client):
    page = client.post(
        "/en/questions/", on_the_wire({"itin": "ssn", "q": "itin", "nav": routing.BACK})
    )
    response, fields = switch(client, page.content.decode(), "es")
    assert fields[wire.NAMES["itin"]] == wire.answer("itin", "ssn")
    assert response.status_code == 200 and field("itin", "ssn") in response.content.decode()


def test_the_chooser_on_other_pages_links_to_the_same_page(client):
    links = scrape(client.get("/en/privacy/").content).links
    assert "/es/privacy/" in links and "/ar/privacy/" in links
    # An address that is no page leads to the start in the other language.
    links = scrape(client.get("/en/no-such-page/").content).links
    assert "/es/" in links and "/ar/" in links


# --- the notice on draft translations ---

NOTICE = "has not yet been checked by a qualified translator"


def test_a_draft_language_says_so_and_links_the_english_page(client):
    assert status_of("es").draft
    html = client.get("/es/privacy/").content.decode()
    with translation.override("es"):
        notice_es = translation.gettext(
            "This translation has not yet been checked by a qualified translator. If something "
            "is unclear, read the English page."
        )
    assert NOTICE not in notice_es  # translated, so shown in Spanish
    assert notice_es in html
    assert re.search(r'class="translation-notice".*href="/en/privacy/"', html, re.S)
    assert NOTICE not in client.get("/en/privacy/").content.decode()


def test_the_notice_on_a_question_returns_to_english_with_the_answers(client):
    html = client.post(
        "/es/questions/", on_the_wire({"itin": "itin", "q": "filed", "nav": "stay"})
    ).content
    notice = html.decode().split('class="translation-notice"')[1].split("</div>")[0]
    assert 'action="/en/questions/"' in notice and field("itin", "itin") in notice


def test_a_reviewed_language_shows_no_notice(client, monkeypatch):
    reviewed = LanguageStatus("reviewed", True, None, "A. Translator")
    monkeypatch.setattr("guide.templatetags.languages.status_of", lambda code: reviewed)
    assert NOTICE not in client.get("/es/privacy/").content.decode()
