"""The decision: pure functions from answers to the questions asked and to the outcome.

Nothing here touches a request, a template or the outside world, so every path can be enumerated
and tested (see tests/test_rules.py and docs/outcomes.csv).
"""

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from guide.questions import QUESTIONS, QUESTIONS_BY_SLUG, Question

Answers = Mapping[str, str]

# The four headline situations of the content brief.
NAMED = "A"  # The agreement names people in your situation.
LATER = "B"  # It may apply to you later.
NOT_NAMED = "C"  # The agreement does not name people in your situation. Not a promise of safety.
UNCLEAR = "D"  # One answer matters and is not clear yet.


@dataclass(frozen=True)
class Outcome:
    situation: str
    #: Keys of the outcome sections to show, in page order. Each has a template
    #: templates/guide/sections/<key>.html.
    sections: tuple[str, ...]


def questions_asked(answers: Answers) -> list[Question]:
    """The questions this person is asked, in order, given what they have answered so far."""
    return [question for question in QUESTIONS if question.asked_when(answers)]


def progress(slug: str, answers: Answers) -> tuple[int, int]:
    """("Question n of total") for the question `slug`, given the answers so far.

    The total counts the questions this person has been or will be asked. Where a later question
    depends on an answer not given yet, it counts the most that could still be asked: the address
    question counts until `filed` is answered "never", and exactly one of protection/criminal
    counts before `order` is answered (one of them is always asked after it). So going forward
    the total never grows, and it drops only once: right after `filed` is answered "never".
    """
    asked = [question.slug for question in questions_asked(answers)]
    # A question that is not asked is never shown (steps.py picks only asked ones); counting it
    # last keeps this total, never a crash.
    number = asked.index(slug) + 1 if slug in asked else len(asked)
    return number, _most_questions(tuple(sorted(answers_kept(answers).items())))


def _most_questions(answered: tuple[tuple[str, str], ...]) -> int:
    """The largest number of questions on any complete path that agrees with these answers."""
    most = _most_after_prefix().get(answered)
    if most is not None:
        return most
    # Answers that are not the start of a path in question order (rare: a changed answer kept
    # a later one): look through every path.
    return max((len(path) for path in _all_paths() if set(answered) <= set(path)), default=0)


@cache
def _most_after_prefix() -> dict[tuple[tuple[str, str], ...], int]:
    """For every start of every path (answers in question order, sorted as progress() sorts
    them), the largest number of questions a path with that start has. Built once."""
    most: dict[tuple[tuple[str, str], ...], int] = {}
    for path in _all_paths():
        for length in range(len(path) + 1):
            key = tuple(sorted(path[:length]))
            most[key] = max(most.get(key, 0), len(path))
    return most


def answers_kept(answers: Answers) -> dict[str, str]:
    """Only valid answers to questions that are still asked (a changed answer can make an
    earlier-asked question irrelevant, e.g. `filed` changed to `never` drops `address`)."""
    valid = {
        slug: code
        for slug, code in answers.items()
        if slug in QUESTIONS_BY_SLUG and code in QUESTIONS_BY_SLUG[slug].codes
    }
    # Conditions only look at earlier questions, so one pass in order settles them.
    kept: dict[str, str] = {}
    for question in QUESTIONS:
        if question.slug in valid and question.asked_when(kept):
            kept[question.slug] = valid[question.slug]
    return kept


def question_after(slug: str, answers: Answers) -> Question | None:
    asked = questions_asked(answers)
    slugs = [question.slug for question in asked]
    if slug not in slugs:
        return asked[0] if asked else None
    position = slugs.index(slug)
    return asked[position + 1] if position + 1 < len(asked) else None


def question_before(slug: str, answers: Answers) -> Question | None:
    asked = questions_asked(answers)
    slugs = [question.slug for question in asked]
    if slug not in slugs or slugs.index(slug) == 0:
        return None
    return asked[slugs.index(slug) - 1]


def first_unanswered(answers: Answers) -> Question | None:
    return next((q for q in questions_asked(answers) if q.slug not in answers), None)


def is_complete(answers: Answers) -> bool:
    return first_unanswered(answers) is None


def situation_for(answers: Answers) -> str:
    """The headline situation, decided in the brief's order."""
    order = answers.get("order")
    criminal = answers.get("criminal")
    if order == "final" or criminal == "yes":
        return NAMED
    if order == "unsure":
        return UNCLEAR
    if order == "pending":
        return LATER
    if criminal == "unsure":
        return UNCLEAR
    return NOT_NAMED


def outcome_for(answers: Answers) -> Outcome:
    """Which situation, and which sections of the outcome page, in the brief's order."""
    situation = situation_for(answers)
    itin = answers.get("itin")
    filed = answers.get("filed")
    order = answers.get("order")
    criminal = answers.get("criminal")

    # What it means and what to do first (issue 14): the headline, "In short" and the one most
    # important next step fit on the first screen of a phone. Then the next steps and help,
    # then the background (why, the agreement, the courts), then the sources.
    in_short = f"in_short_{situation.lower()}"
    if situation == UNCLEAR:
        in_short += "_order" if order == "unsure" else "_criminal"
    sections: list[str] = [in_short]
    if situation == NAMED and answers.get("protection") in {"protection", "unsure"}:
        sections.append("other_protection")

    if situation == NAMED:
        sections.append("next_named_criminal" if criminal == "yes" else "next_named")
    elif situation == LATER:
        sections.append("next_later")
        if criminal == "unsure":
            sections.append("next_unclear_criminal")
    elif situation == UNCLEAR:
        # "Not sure" to both: both steps, the order first (issue 13).
        if order == "unsure":
            sections.append("next_unclear_order")
        if criminal == "unsure":
            sections.append("next_unclear_criminal")
    else:
        sections.append("next_not_named")

    if answers.get("this_year") in {"undecided", "not_file", "skip"}:
        sections.append("this_year")
        if itin in {"itin", "unsure"}:
            sections.append("this_year_itin_expiry")
        if situation in {NAMED, LATER}:
            sections.append("this_year_lawyer_first")
    sections.append("tax_help")

    sections.append(f"headline_{situation.lower()}")
    sections += ["covers", "not_covered"]
    if itin == "ssn":
        sections.append("not_covered_ssn")

    if (
        filed in {"recent", "older", "unsure"}
        or (itin == "itin" and filed == "never")
        or itin in {"applied", "thinking"}
    ):
        sections.append("address")

    if answers.get("household") in {"others", "unsure"} or itin == "ssn":
        sections.append("household")

    sections.append("courts")

    sections.append("sources")
    return Outcome(situation=situation, sections=tuple(sections))


def every_answer_path() -> list[dict[str, str]]:
    """Every complete set of answers the flow can receive, with skipped questions left out.

    Walks the questions in order, branching on each code of each question that is asked.
    """
    paths: list[dict[str, str]] = [{}]
    for question in QUESTIONS:
        grown: list[dict[str, str]] = []
        for answers in paths:
            if question.asked_when(answers):
                grown += [{**answers, question.slug: code} for code in question.codes]
            else:
                grown.append(answers)
        paths = grown
    return paths


@cache
def _all_paths() -> tuple[tuple[tuple[str, str], ...], ...]:
    """every_answer_path(), computed once and frozen so that no caller can change it."""
    return tuple(tuple(path.items()) for path in every_answer_path())
