"""The decision: pure functions from answers to the situation and the outcome, and every path.

Nothing here touches a request, a template or the outside world, so every path can be enumerated
and tested (see tests/test_rules.py and docs/outcomes.csv). Which questions are asked is routing
(guide/flow/routing.py).
"""

from dataclasses import dataclass

from guide.flow.questionnaire import QUESTIONS, Answers
from guide.flow.routing import is_asked

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
            if is_asked(question, answers):
                grown += [{**answers, question.slug: code} for code in question.codes]
            else:
                grown.append(answers)
        paths = grown
    return paths
