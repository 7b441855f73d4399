"""Dates and phone numbers read correctly in every language (issue 16): month names in the page's
own language and never in English, the year in Western digits, phone numbers exactly as
guide/content writes them and kept left to right in a right-to-left page."""

import re
import unicodedata
from datetime import date

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.formats import date_format

from guide import content
from tests.helpers import final_path, on_the_wire, visible_text

LANGUAGES = [code for code, _ in settings.LANGUAGES]
OTHER_LANGUAGES = [code for code in LANGUAGES if code != "en"]

ENGLISH_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
#: An English month in a date: "April 7, 2025", "Nov. 25, 2026", "September 2025".
ENGLISH_DATE = re.compile(rf"\b(?:{ENGLISH_MONTHS})\b\.?\s+(?:\d{{1,2}},\s*)?\d{{4}}\b")

#: How each language writes the day the agreement was signed and its month, written out by hand
#: (Django's formats, ours in guide/i18n/formats/, and the month names of the catalogues must
#: give exactly this). The signing is on every outcome's court timeline.
SIGNED = date(2025, 4, 7)
SIGNED_AS_WRITTEN = {
    "en": ("April 7, 2025", "April 2025"),
    "es": ("7 de abril de 2025", "abril de 2025"),
    "pt-br": ("7 de abril de 2025", "abril de 2025"),
    "ht": ("7 avril 2025", "avril 2025"),
    "zh-hans": ("2025年4月7日", "2025年4月"),
    "zh-hant": ("2025年4月7日", "2025年4月"),
    "vi": ("Ngày 07 tháng 4 năm 2025", "tháng 4 năm 2025"),
    "ko": ("2025년 4월 7일", "2025년 4월"),
    "tl": ("Abril 7, 2025", "Abril 2025"),
    "pa": ("7 ਅਪ੍ਰੈਲ 2025", "ਅਪ੍ਰੈਲ 2025"),
    "ru": ("7 апреля 2025 г.", "апрель 2025 г."),
    "ar": ("7 أبريل، 2025", "أبريل 2025"),
    "fr": ("7 avril 2025", "avril 2025"),
}

TIME = re.compile(r'<time datetime="(\d{4})-(\d{2})-(\d{2})">([^<]*)</time>')
TEL_LINK = re.compile(r'<a href="tel:\+(\d+)">([^<]*)</a>')
PHONES = {link.phone for link in content.HELP_LINKS if link.phone}


def outcome(client, language: str, answers: dict[str, str]) -> str:
    response = client.post(f"/{language}/questions/", on_the_wire({**answers, "nav": "outcome"}))
    assert response.status_code == 200
    return response.content.decode()


def unsure_path() -> dict[str, str]:
    answers = {**final_path(), "order": "unsure", "criminal": "no"}
    answers.pop("protection")
    return answers


def written(language: str, when: date, fmt: str) -> str:
    with translation.override(language):
        return date_format(when, fmt)


def non_western_digits(text: str) -> set[str]:
    return {ch for ch in text if unicodedata.category(ch) == "Nd" and not ch.isascii()}


def test_every_language_is_covered():
    assert set(SIGNED_AS_WRITTEN) == set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_dates_are_written_as_the_language_writes_them(language):
    day, month = SIGNED_AS_WRITTEN[language]
    assert written(language, SIGNED, "DATE_FORMAT") == day
    assert written(language, SIGNED, "YEAR_MONTH_FORMAT") == month


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_outcome_dates_its_timeline_and_court_information_in_its_language(client, language):
    html = outcome(client, language, final_path())
    text = visible_text(html)
    assert SIGNED_AS_WRITTEN[language][0] in text
    # Each date on the timeline, as the language writes it, and the year in Western digits.
    shown = TIME.findall(html)
    assert len(shown) >= len(content.TIMELINE)
    for year, month, day, words in shown:
        when = date(int(year), int(month), int(day))
        assert words in {
            written(language, when, "DATE_FORMAT"),
            written(language, when, "YEAR_MONTH_FORMAT"),
        }, (language, when, words)
        assert year in words and not non_western_digits(words)
    # "As of <month year>", the dates at the end, and the sources below the outcome.
    assert written(language, content.CONTENT.newest_court_information, "YEAR_MONTH_FORMAT") in text
    assert written(language, content.CONTENT.last_reviewed, "DATE_FORMAT") in text
    # The English page shows English dates: the pattern finds them where they are.
    assert bool(ENGLISH_DATE.findall(text)) == (language == "en"), language


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sources_are_dated_in_the_pages_language(client, language):
    text = visible_text(client.get(f"/{language}/about/").content)
    dated = [source for source in content.SOURCES.values() if source.published]
    assert dated
    for source in dated:
        when = written(language, source.published_date, source.date_format)
        assert when in text, (language, source.key, when)
        assert str(source.published_date.year) in when
    if language != "en":
        assert ENGLISH_DATE.findall(text) == [], language


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_no_english_month_is_left_on_a_page(client, language):
    pages = [
        client.get(f"/{language}/{path}").content.decode()
        for path in ("", "before-you-start/", "legal-help/", "whats-changed/", "for-helpers/")
    ]
    pages.append(outcome(client, language, unsure_path()))
    for html in pages:
        text = visible_text(html)
        assert ENGLISH_DATE.findall(text) == [], language
        assert not non_western_digits(text), language


@pytest.mark.parametrize("language", LANGUAGES)
def test_phone_numbers_are_written_as_given_and_kept_left_to_right(client, language):
    pages = {
        "legal help": client.get(f"/{language}/legal-help/").content.decode(),
        "outcome": outcome(client, language, unsure_path()),
    }
    for where, html in pages.items():
        links = TEL_LINK.findall(html)
        assert {shown for _, shown in links} == PHONES, (language, where, links)
        for digits, shown in links:
            # The number as guide/content writes it, its tel: address the same digits.
            assert shown in PHONES and digits == re.sub(r"\D", "", shown)
        # Every number is isolated from the text around it (<bdi>, left to right by itself:
        # it has no right-to-left letter), so "1-800-898-7180" stays in order in Arabic too.
        isolated = re.findall(r'<bdi class="nowrap">(<a href="tel:[^"]+">[^<]*</a>)</bdi>', html)
        assert len(isolated) == len(links), (language, where)
