"""Reading level: the English questions, hints and outcomes read at U.S. grade 8 or below (the
brief aims at 6). Each shipped language is measured with a formula for that language."""

import re
import socket

import pytest
from django.conf import settings
from django.core.management import call_command

from guide.flow.questionnaire import QUESTIONS
from guide.i18n import languages
from guide.review import reading_level


def _measured_languages() -> list[str]:
    """English, and each language that ships (complete) and has a formula. A draft catalogue
    falls back to English for untranslated text, so measuring it would measure English."""
    measured = []
    for code, _name in settings.LANGUAGES:
        status = languages.status_of(code)
        if code in reading_level.FORMULAS and (status is None or status.ships):
            measured.append(code)
    return measured


@pytest.fixture(scope="module", params=_measured_languages())
def readings(request, django_db_blocker=None):
    language = request.param
    return language, reading_level.readings(reading_level.page_texts(language), language)


def test_no_page_is_above_grade_8(readings):
    language, results = readings
    too_hard = [f"{r.page}: {r.score:.1f}" for r in results if not r.passes]
    assert not too_hard, (
        f"Too hard to read ({results[0].formula.name}, {language}): {too_hard}. "
        "Run `make reading-level`, then use shorter sentences and common words."
    )


def test_every_question_and_outcome_page_is_measured(readings):
    _language, results = readings
    pages = [r.page for r in results]
    assert sum(page.startswith("question ") for page in pages) == len(QUESTIONS)
    assert sum(page.startswith("outcome ") for page in pages) >= 100
    assert all(r.score > 0 for r in results)


def test_measuring_english_downloads_nothing(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the reading-level check tried to use the network")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    # A rare word, so syllables come from the shipped pronouncing dictionary, not a cache.
    assert reading_level.score("The quizzaciously long word sits here. It is fine.", "en") > 0


def test_english_formula_tells_plain_from_hard_text():
    plain = "Talk to a lawyer. A lawyer can read your papers. Free help is listed below."
    hard = (
        "Notwithstanding jurisdictional considerations, individuals experiencing "
        "immigration-related administrative proceedings should consult qualified "
        "representation prior to submitting documentation."
    )
    assert reading_level.score(plain, "en") < 6 < 8 < reading_level.score(hard, "en")
    assert reading_level.formula_for("en").passes(reading_level.score(plain, "en"))
    assert not reading_level.formula_for("en").passes(reading_level.score(hard, "en"))


def test_spanish_uses_a_spanish_reading_ease_formula():
    formula = reading_level.formula_for("es")
    assert "Fernández Huerta" in formula.name and not formula.lower_is_easier
    plain = "Hable con un abogado. Un abogado puede leer sus papeles. La ayuda es gratis."
    hard = (
        "Independientemente de consideraciones jurisdiccionales, las personas involucradas "
        "en procedimientos administrativos migratorios deberían consultar representación "
        "calificada antes de presentar documentación."
    )
    assert reading_level.score(plain, "es") > 60 > reading_level.score(hard, "es")
    assert formula.passes(reading_level.score(plain, "es"))
    assert not formula.passes(reading_level.score(hard, "es"))


def test_a_language_without_a_formula_is_refused_clearly():
    with pytest.raises(ValueError, match="No reading-level formula"):
        reading_level.formula_for("ht")


def test_report_prints_each_page_grade(capsys):
    call_command("reading_level")
    out = capsys.readouterr().out
    assert "Flesch–Kincaid grade (en)" in out
    for number, question in enumerate(QUESTIONS, start=1):
        assert f"question {number} ({question.slug})" in out
    assert "outcome 1 (A)" in out and "Outcome sections" in out and "covers" in out
    # Issue 14: the "In short" texts are reported on their own, before the pages.
    assert out.index('"In short"') < out.index("Pages")
    assert "in_short_a" in out.split("Pages")[0] and "above grade 6" not in out.split("Pages")[0]


def test_every_in_short_is_grade_6_or_below(readings):
    language, _results = readings
    texts = reading_level.in_short_texts(language)
    assert {
        "in_short_a",
        "in_short_b",
        "in_short_c",
        "in_short_d_order",
        "in_short_d_criminal",
    } == set(texts)
    too_hard = [
        f"{r.page}: {r.score:.1f}"
        for r in reading_level.readings(texts, language)
        if not reading_level.in_short_passes(r)
    ]
    assert not too_hard, f"'In short' above grade 6 ({language}): {too_hard}"


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_every_in_short_is_at_most_three_sentences_and_60_words(language):
    for key, text in reading_level.in_short_texts(language).items():
        sentences = [part for part in re.split(r"(?<=[.!?؟])\s+", text.strip()) if part]
        assert len(sentences) <= 3, (language, key, sentences)
        assert len(text.split()) <= 60, (language, key, len(text.split()))
