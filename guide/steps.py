"""Where a submitted form leads: a pure function from the POST body to the next step.

The guide keeps no state between requests. Every form carries all answers given so far as hidden
fields; each request checks them afresh against the question data, then decides what to show.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from guide import rules
from guide.questions import QUESTIONS_BY_SLUG, Question

# What a form's buttons can ask for.
CONTINUE = "continue"
BACK = "back"
#: Show the same step again (used when the page is asked for in another language).
STAY = "stay"
#: Show the outcome for these answers (used by the outcome page's own forms).
OUTCOME = "outcome"

# Why a question is shown again.
MISSING = "missing"
INVALID = "invalid"


class MultiValueMapping(Protocol):
    def getlist(self, key: str) -> Sequence[str]: ...

    def __contains__(self, key: object) -> bool: ...


@dataclass(frozen=True)
class Step:
    #: "intro", "question" or "outcome"
    kind: str
    answers: Mapping[str, str] = field(default_factory=dict)
    question: Question | None = None
    #: MISSING or INVALID when the question is shown again because of the answer sent.
    error: str = ""
    #: True when the person came from the outcome page's "Change" and goes back there next.
    returning: bool = False
    #: The form was tampered with (an unknown code, a repeated field): answered with 400.
    tampered: bool = False

    @property
    def status(self) -> int:
        return 400 if self.tampered or self.error == INVALID else 200


def step_for(data: MultiValueMapping) -> Step:
    """Decide what to show for a submitted form.

    A form that was tampered with (an unknown answer code, a repeated field, an unknown control)
    shows its question again with an error and status 400; it never reaches the outcome.
    """
    tampered = False

    def single(key: str) -> str | None:
        nonlocal tampered
        values = data.getlist(key)
        if len(values) > 1:
            tampered = True
            return None
        return values[0] if values else None

    answers: dict[str, str] = {}
    for slug, question in QUESTIONS_BY_SLUG.items():
        value = single(slug)
        if value is None:
            continue
        if value in question.codes:
            answers[slug] = value
        else:
            tampered = True

    current = QUESTIONS_BY_SLUG.get(single("q") or "")
    nav = single("nav") or CONTINUE
    change = single("change")
    returning = single("return") == "outcome"
    if nav not in {CONTINUE, BACK, STAY, OUTCOME}:
        tampered = True
    kept = rules.answers_kept(answers)

    if tampered:
        shown = current if current and current.asked_when(kept) else None
        shown = shown or rules.first_unanswered(kept) or rules.questions_asked(kept)[0]
        return Step(
            "question",
            _without(kept, shown),
            shown,
            error=INVALID,
            returning=returning,
            tampered=True,
        )

    # "Change" on the outcome page: show that question with its answer selected.
    if change is not None:
        changed = QUESTIONS_BY_SLUG.get(change)
        if changed is None or not changed.asked_when(kept):
            return _first_open_step(kept, error=INVALID)
        return Step("question", kept, changed, returning=True)

    if nav == OUTCOME:
        return _first_open_step(kept)

    if current is None or not current.asked_when(kept):
        # No question named, or one that does not apply to these answers.
        return _first_open_step(kept, error=INVALID)

    if nav == BACK:
        previous = rules.question_before(current.slug, kept)
        if previous is None:
            return Step("intro", kept)
        return Step("question", kept, previous, returning=returning)

    if nav == STAY:
        return Step("question", kept, current, returning=returning)

    # Continue: the current question must have an answer.
    if current.slug not in kept:
        return Step("question", kept, current, error=MISSING, returning=returning)

    following = None if returning else rules.question_after(current.slug, kept)
    if following is None:
        return _first_open_step(kept, returning=returning)
    return Step("question", kept, following)


def _without(answers: Mapping[str, str], question: Question) -> dict[str, str]:
    return {slug: code for slug, code in answers.items() if slug != question.slug}


def _first_open_step(answers: dict[str, str], *, error: str = "", returning: bool = False) -> Step:
    """The first question without an answer, or the outcome once every asked question has one.

    An error here means the form named no usable question: it is answered with 400.
    """
    open_question = rules.first_unanswered(answers)
    if open_question is None and not error:
        return Step("outcome", answers)
    question = open_question or rules.questions_asked(answers)[0]
    return Step(
        "question",
        _without(answers, question) if error else answers,
        question,
        error=error,
        returning=returning,
        tampered=bool(error),
    )
