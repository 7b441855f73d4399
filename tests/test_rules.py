"""The decision, checked against the content brief written out independently here."""

import itertools

import pytest

from guide.flow import decision, routing
from guide.flow.questionnaire import QUESTIONS, QUESTIONS_BY_SLUG
from tests.helpers import shortest_path

ALL_PATHS = decision.every_answer_path()


def brief_situation(a: dict[str, str]) -> str:
    """The brief's headline order, as a table of (condition, situation), first match wins."""
    table = [
        (lambda: a.get("order") == "final" or a.get("criminal") == "yes", "A"),
        (lambda: a.get("order") == "unsure", "D"),
        (lambda: a.get("order") == "pending", "B"),
        (lambda: a.get("criminal") == "unsure", "D"),
        (lambda: True, "C"),
    ]
    return next(situation for condition, situation in table if condition())


def test_every_path_is_every_combination_the_flow_allows():
    # itin 5 × (filed recent/older/unsure × address 4, or filed never) 13 × household 3
    # × (order final × protection 3, or order none/pending/unsure × criminal 3) 12 × this_year 4
    assert len(ALL_PATHS) == 5 * 13 * 3 * 12 * 4
    assert len({tuple(sorted(p.items())) for p in ALL_PATHS}) == len(ALL_PATHS)


@pytest.mark.parametrize("answers", ALL_PATHS[::7])
def test_conditional_questions_are_asked_exactly_when_the_brief_says(answers):
    assert ("address" in answers) == (answers["filed"] in {"recent", "older", "unsure"})
    assert ("protection" in answers) == (answers["order"] == "final")
    assert ("criminal" in answers) == (answers["order"] != "final")
    assert routing.is_complete(answers)


def test_situation_matches_the_brief_on_every_path():
    mismatches = [p for p in ALL_PATHS if decision.situation_for(p) != brief_situation(p)]
    assert mismatches == []
    assert {decision.situation_for(p) for p in ALL_PATHS} == {"A", "B", "C", "D"}


def sections(**answers):
    base = shortest_path()
    base.update(answers)
    return decision.outcome_for(base).sections


def test_final_order_path_shows_what_the_brief_requires():
    s = sections(order="final", criminal=None, protection="no_protection")
    assert s[0] == "in_short_a" and "headline_a" in s
    assert "not_covered" in s and "courts" in s and "next_named" in s
    assert "other_protection" not in s


@pytest.mark.parametrize("protection", ["protection", "unsure"])
def test_final_order_with_other_protection_says_it_may_matter(protection):
    s = sections(order="final", protection=protection)
    assert s[:2] == ("in_short_a", "other_protection")


def test_criminal_yes_points_to_both_lawyers():
    s = sections(criminal="yes")
    assert s[0] == "in_short_a" and "next_named_criminal" in s and "next_named" not in s


def test_unsure_order_shows_how_to_check():
    s = sections(order="unsure", criminal="no")
    assert s[0] == "in_short_d_order" and "next_unclear_order" in s


def test_pending_case_with_unsure_criminal_adds_the_criminal_paragraph():
    s = sections(order="pending", criminal="unsure")
    assert s[0] == "in_short_b"
    assert s.index("next_later") < s.index("next_unclear_criminal")


def test_unsure_criminal_alone_is_unclear():
    s = sections(criminal="unsure")
    assert (
        s[0] == "in_short_d_criminal"
        and "next_unclear_criminal" in s
        and "next_unclear_order" not in s
    )


def test_everyone_else_gets_not_named_with_the_check_and_rights():
    assert sections()[0] == "in_short_c" and "next_not_named" in sections()


@pytest.mark.parametrize(
    "itin, filed, shown",
    [
        ("itin", "recent", True),
        ("ssn", "older", True),
        ("unsure", "unsure", True),
        ("itin", "never", True),
        ("applied", "never", True),
        ("thinking", "never", True),
        ("ssn", "never", False),
        ("unsure", "never", False),
    ],
)
def test_address_section_follows_the_brief(itin, filed, shown):
    extra = {"address": "same"} if filed != "never" else {}
    assert ("address" in sections(itin=itin, filed=filed, **extra)) is shown


@pytest.mark.parametrize(
    "itin, household, shown",
    [
        ("itin", "others", True),
        ("itin", "unsure", True),
        ("itin", "alone", False),
        ("ssn", "alone", True),
    ],
)
def test_household_section_follows_the_brief(itin, household, shown):
    assert ("household" in sections(itin=itin, household=household)) is shown


def test_ssn_holders_learn_social_security_is_separate():
    assert "not_covered_ssn" in sections(itin="ssn")
    assert "not_covered_ssn" not in sections(itin="itin")


@pytest.mark.parametrize("this_year", ["undecided", "not_file", "skip"])
def test_undecided_filers_get_only_sourced_facts_about_filing(this_year):
    s = sections(this_year=this_year)
    assert "this_year" in s and "this_year_itin_expiry" in s
    assert "this_year_lawyer_first" not in s
    named = sections(this_year=this_year, criminal="yes")
    assert "this_year_lawyer_first" in named


def test_decided_filers_are_not_lectured():
    assert not any(key.startswith("this_year") for key in sections(this_year="file"))


def test_every_outcome_has_tax_help_courts_and_sources_last():
    for path in ALL_PATHS[::11]:
        s = decision.outcome_for(path).sections
        assert {"covers", "not_covered", "courts", "tax_help"} <= set(s)
        assert s[-1] == "sources"


def test_every_outcome_puts_what_to_do_before_the_background():
    """Issue 14: "In short" first, then the next steps and help, then why, the agreement and
    the courts: a person reads what to do before the history."""
    for path in ALL_PATHS[::7]:
        s = decision.outcome_for(path).sections
        assert s[0].startswith("in_short_")
        first_next = next(i for i, key in enumerate(s) if key.startswith("next_"))
        background = min(
            s.index(key)
            for key in s
            if key.startswith("headline_") or key in {"covers", "not_covered", "courts"}
        )
        assert first_next < s.index("tax_help") < background


def test_changed_answers_drop_questions_that_no_longer_apply():
    kept = routing.answers_kept(
        {
            "filed": "never",
            "address": "same",
            "order": "none",
            "protection": "protection",
            "criminal": "no",
            "itin": "bogus",
        }
    )
    assert kept == {"filed": "never", "order": "none", "criminal": "no"}


def test_answer_codes_are_the_briefs():
    assert {q.slug: q.codes for q in QUESTIONS} == {
        "itin": ("itin", "applied", "thinking", "ssn", "unsure"),
        "filed": ("recent", "older", "never", "unsure"),
        "address": ("same", "moved", "other", "unsure"),
        "household": ("others", "alone", "unsure"),
        "order": ("none", "pending", "final", "unsure"),
        "protection": ("protection", "no_protection", "unsure"),
        "criminal": ("yes", "no", "unsure"),
        "this_year": ("file", "undecided", "not_file", "skip"),
    }


def test_every_question_but_the_last_offers_im_not_sure():
    # "I prefer not to say" plays that part on the last question, as the brief words it.
    for question in QUESTIONS:
        assert ("unsure" in question.codes) or question.slug == "this_year"
    assert "skip" in QUESTIONS_BY_SLUG["this_year"].codes


def test_at_most_seven_questions_on_any_path():
    assert max(len(p) for p in ALL_PATHS) == 7
    assert all(len(routing.questions_asked(p)) == len(p) for p in ALL_PATHS[::13])


def test_question_neighbours():
    answers = {"itin": "itin", "filed": "never"}
    assert routing.question_after("filed", answers).slug == "household"
    assert routing.question_before("household", answers).slug == "filed"
    assert routing.question_before("itin", answers) is None
    pairs = itertools.pairwise(
        q.slug for q in routing.questions_asked({"filed": "recent", "order": "final"})
    )
    assert ("order", "protection") in pairs
