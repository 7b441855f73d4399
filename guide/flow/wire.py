"""The wire format: how answers and controls travel in a form's POST body, and its one reading.

HTTPS hides what a body says, not how long it is (issue 17, docs/privacy.md). So every value
that depends on an answer has one width on the wire:

- each answer is its choice's position in the question, one digit ("1" for the first answer);
  an unanswered slot is NONE ("0"). The answer codes of the questionnaire (and of the golden
  table, docs/outcomes.csv) never travel: this is the one place that maps them;
- every form that carries answers carries every question's slot, in question order, answered
  or not (`slots`), so carrying more answers does not make a body longer;
- a question is named by its number, one digit (`q=5`, and `change=5` on the outcome page),
  and so is its slot (`a5`): a question left unanswered leaves out a field of one width, whichever
  question it was.

`read` turns a POST body into a `Submission` once; guide/flow/routing.py decides from it, and the
question's own form (guide/flow/question_forms.py) validates each answer against these codes.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from guide.flow.questionnaire import QUESTIONS, Answers, Question

#: An unanswered slot.
NONE = "0"

#: question slug -> answer code -> what travels. Positions, so each is one character wide.
ANSWERS: dict[str, dict[str, str]] = {
    question.slug: {code: str(n) for n, code in enumerate(question.codes, start=1)}
    for question in QUESTIONS
}
#: question slug -> what names it on the wire.
NUMBERS: dict[str, str] = {question.slug: question.number for question in QUESTIONS}
#: question slug -> the name of its answer's field (its slot) on the wire.
NAMES: dict[str, str] = {question.slug: "a" + question.number for question in QUESTIONS}
_BY_NUMBER: dict[str, Question] = {NUMBERS[question.slug]: question for question in QUESTIONS}

# One digit each: a tenth answer or question would change the width, so it is refused here.
assert all(len(value) == 1 for codes in ANSWERS.values() for value in codes.values())
assert all(len(value) == 1 for value in NUMBERS.values())

# What a form's buttons can ask for (nav=…).
CONTINUE = "continue"
BACK = "back"
#: Show the same step again (used when the page is asked for in another language).
STAY = "stay"
#: Show the outcome for these answers (used by the outcome page's own forms).
OUTCOME = "outcome"
NAVS = frozenset({CONTINUE, BACK, STAY, OUTCOME})


def answer(slug: str, code: str) -> str:
    """An answer code as it travels."""
    return ANSWERS[slug][code]


_CODES: dict[str, dict[str, str]] = {
    slug: {value: code for code, value in codes.items()} for slug, codes in ANSWERS.items()
}


def code_for(slug: str, sent: str) -> str:
    """What travelled, as the questionnaire's answer code (ValueError for anything else)."""
    try:
        return _CODES[slug][sent]
    except KeyError:
        raise ValueError(sent) from None


def question_numbered(value: str) -> Question | None:
    """The question a form names (q=…, change=…), or None."""
    return _BY_NUMBER.get(value)


def every_slot() -> list[tuple[str, str]]:
    """Every (name, value) a question's slot can carry."""
    return [
        (NAMES[slug], value) for slug, codes in ANSWERS.items() for value in (NONE, *codes.values())
    ]


def slots(answers: Answers, *, leave_out: str = "") -> list[tuple[str, str]]:
    """Every question's hidden field, in question order: its answer, or NONE."""
    return [
        (NAMES[q.slug], ANSWERS[q.slug][answers[q.slug]] if q.slug in answers else NONE)
        for q in QUESTIONS
        if q.slug != leave_out
    ]


def body(answers: Answers, **controls: str) -> dict[str, str]:
    """The fields a form of the guide sends for these answers (for the padding's start-up walk
    and for tests): every slot, then the controls; `q` and `change` given as slugs."""
    named = {
        key: NUMBERS[value] if key in ("q", "change") and value in NUMBERS else value
        for key, value in controls.items()
    }
    return {**dict(slots(answers)), **named}


class MultiValueMapping(Protocol):
    def getlist(self, key: str) -> Sequence[str]: ...

    def __contains__(self, key: object) -> bool: ...


@dataclass(frozen=True)
class Options:
    """How the person wants the outcome shown (the outcome page's handout form). They reveal
    nothing and store nothing; anything unexpected gives the usual page."""

    #: A second language beside the outcome, as sent ("" for none); the outcome page shows it
    #: only when it names another of the guide's languages.
    also: str = ""
    #: A printout includes the situation and answers (off unless chosen: paper gets left behind).
    print_details: bool = False
    #: Print was pressed with these choices: the page prints itself (static/js/print.js).
    print_now: bool = False

    @property
    def variant(self) -> bool:
        """Asked for anything but the usual page (a language that is no other language too: it
        is then served from the template, without one)."""
        return bool(self.also) or self.print_details or self.print_now


@dataclass(frozen=True)
class Submission:
    """A POST body, read once. Answers are left as sent: each question's form checks its own."""

    #: slug -> the value sent for that question's slot (absent when no field was sent).
    sent: Mapping[str, str] = field(default_factory=dict)
    #: The question the form was on (q), None when absent or unknown (routing then shows the
    #: first open question with an error).
    question: Question | None = None
    nav: str = CONTINUE
    #: "Change" on the outcome page: the question to show again.
    change: Question | None = None
    #: A change was asked for (even of no question we know).
    changing: bool = False
    #: The person came from the outcome page's "Change" and goes back there next.
    returning: bool = False
    options: Options = field(default_factory=Options)
    #: A repeated field or an unknown button: not sent by our forms.
    malformed: bool = False


def read(data: MultiValueMapping) -> Submission:
    """The one reading of a POST body."""
    malformed = False

    def single(key: str) -> str | None:
        nonlocal malformed
        values = data.getlist(key)
        if len(values) > 1:
            malformed = True
            return None
        return values[0] if values else None

    def last(key: str) -> str:
        # The handout options are read as Django's QueryDict.get reads them: the last value.
        values = data.getlist(key)
        return values[-1] if values else ""

    sent = {q.slug: value for q in QUESTIONS if (value := single(NAMES[q.slug])) is not None}
    question = question_numbered(single("q") or "")
    nav = single("nav") or CONTINUE
    change = single("change")
    returning = single("return") == "outcome"
    if nav not in NAVS:
        malformed = True
    return Submission(
        sent=sent,
        question=question,
        nav=nav,
        change=question_numbered(change or ""),
        changing=change is not None,
        returning=returning,
        options=Options(
            also=last("also"),
            print_details=last("print_details") == "yes",
            print_now=last("print") == "now",
        ),
        malformed=malformed,
    )
