"""Routing, in one place: which questions are asked, in what order, and where a form leads.

The guide keeps no state between requests. Every form carries all answers given so far as hidden
fields; each request reads them once (guide/flow/wire.py), has each question's form check its own
answer (guide/flow/question_forms.py), then decides here what to show. Nothing here touches a
template: the decision of the outcome itself is guide/flow/decision.py.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import product

from guide.flow import question_forms, wire
from guide.flow.question_forms import INVALID, MISSING, QuestionForm
from guide.flow.questionnaire import QUESTIONS, QUESTIONS_BY_SLUG, Answers, Question
from guide.flow.wire import BACK, CONTINUE, OUTCOME, STAY, Options

__all__ = ["BACK", "CONTINUE", "INVALID", "MISSING", "OUTCOME", "STAY", "Step", "step_for"]


@dataclass(frozen=True)
class AnsweredWith:
    """A condition for asking a question: an earlier question was answered with one of these
    codes. Held as data (not a lambda) so the flow diagram can show it (guide/review/documents.py)."""

    slug: str
    codes: frozenset[str]

    def __call__(self, answers: Answers) -> bool:
        return answers.get(self.slug) in self.codes

    def describe(self) -> str:
        """In words, for reviewers (never shown to users, never translated)."""
        question = QUESTIONS_BY_SLUG[self.slug]
        codes = [code for code in question.codes if code in self.codes]
        listed = ", ".join(codes[:-1]) + " or " + codes[-1] if len(codes) > 1 else codes[0]
        return f"{self.slug} is {listed}"


#: The questions asked only after some answers (questionnaire.md); every other is always asked.
#: Each depends on one earlier question only.
ASKED_WHEN: dict[str, AnsweredWith] = {
    "address": AnsweredWith("filed", frozenset({"recent", "older", "unsure"})),
    "protection": AnsweredWith("order", frozenset({"final"})),
    "criminal": AnsweredWith("order", frozenset({"none", "pending", "unsure"})),
}


def is_asked(question: Question, answers: Answers) -> bool:
    """Whether this question is asked, given the answers so far."""
    condition = ASKED_WHEN.get(question.slug)
    return condition is None or condition(answers)


def questions_asked(answers: Answers) -> list[Question]:
    """The questions this person is asked, in order, given what they have answered so far."""
    return [question for question in QUESTIONS if is_asked(question, answers)]


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
        if question.slug in valid and is_asked(question, kept):
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


def most_questions() -> int:
    """The most questions any path asks: the intro's "There are at most n questions"."""
    return _most_questions({})


def progress(slug: str, answers: Answers) -> tuple[int, int]:
    """("Question n of total") for the question `slug`, given the answers so far.

    The total counts the questions this person has been or will be asked. Where a later question
    depends on an answer not given yet, it counts the most that could still be asked: the address
    question counts until `filed` is answered "never", and exactly one of protection/criminal
    counts before `order` is answered (one of them is always asked after it). So going forward
    the total never grows, and it drops only once: right after `filed` is answered "never".
    """
    asked = [question.slug for question in questions_asked(answers)]
    # A question that is not asked is never shown (step_for picks only asked ones); counting it
    # last keeps this total, never a crash.
    number = asked.index(slug) + 1 if slug in asked else len(asked)
    return number, _most_questions(answers_kept(answers))


def _most_questions(kept: Answers) -> int:
    """The largest number of questions on any complete path that agrees with these answers:
    every answer still open to a question that decides whether another is asked, tried."""
    deciding = sorted({c.slug for c in ASKED_WHEN.values()} - set(kept))
    choices = [QUESTIONS_BY_SLUG[slug].codes for slug in deciding]
    return max(
        len(questions_asked({**kept, **dict(zip(deciding, codes, strict=True))}))
        for codes in product(*choices)
    )


@dataclass(frozen=True)
class Step:
    """What a POST body asks for, read once, and what to show for it."""

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
    #: The question's form as the person sees it: their answer selected, or the error.
    form: QuestionForm | None = None
    #: How the outcome is to be shown (the outcome page's handout form).
    options: Options = field(default_factory=Options)

    @property
    def status(self) -> int:
        return 400 if self.tampered or self.error == INVALID else 200


def first_question() -> Step:
    """The first question, with nothing answered (a GET of the questions address)."""
    return Step("question", {}, QUESTIONS[0], form=question_forms.unbound(QUESTIONS[0]))


def step_for(data: wire.MultiValueMapping) -> Step:
    """Decide what to show for a submitted form.

    A form that was tampered with (an unknown answer code, a repeated field, an unknown control)
    shows its question again with an error and status 400; it never reaches the outcome.
    """
    sent = wire.read(data)
    checked = {q.slug: question_forms.check(q, sent.sent.get(q.slug)) for q in QUESTIONS}
    answers = {slug: found.answer for slug, found in checked.items() if found.answer}
    tampered = sent.malformed or any(found.problem == INVALID for found in checked.values())
    kept = answers_kept(answers)
    current = sent.question
    returning = sent.returning

    def shown(question: Question, error: str = "", *, keep: bool = True, **extra) -> Step:
        """The question shown, its form as sent when that is what failed."""
        if not error:
            form = question_forms.unbound(question, kept.get(question.slug))
        elif checked[question.slug].problem == error:
            form = question_forms.bound(question, sent.sent.get(question.slug))
        else:
            form = question_forms.unbound(question)
            form.reject()
        given = kept if keep else _without(kept, question)
        return Step("question", given, question, error, form=form, options=sent.options, **extra)

    def first_open(*, error: str = "", returning: bool = False) -> Step:
        """The first question without an answer, or the outcome once every asked question has
        one. An error here means the form named no usable question: it is answered with 400."""
        open_question = first_unanswered(kept)
        if open_question is None and not error:
            return Step("outcome", kept, options=sent.options)
        question = open_question or questions_asked(kept)[0]
        return shown(question, error, keep=not error, returning=returning, tampered=bool(error))

    if tampered:
        question = current if current and is_asked(current, kept) else None
        question = question or first_unanswered(kept) or questions_asked(kept)[0]
        return shown(question, INVALID, keep=False, returning=returning, tampered=True)

    # "Change" on the outcome page: show that question with its answer selected.
    if sent.changing:
        if sent.change is None or not is_asked(sent.change, kept):
            return first_open(error=INVALID)
        return shown(sent.change, returning=True)

    if sent.nav == OUTCOME:
        return first_open()

    if current is None or not is_asked(current, kept):
        # No question named, or one that does not apply to these answers.
        return first_open(error=INVALID)

    if sent.nav == BACK:
        previous = question_before(current.slug, kept)
        if previous is None:
            return Step("intro", kept, options=sent.options)
        return shown(previous, returning=returning)

    if sent.nav == STAY:
        return shown(current, returning=returning)

    # Continue: the current question must have an answer.
    if current.slug not in kept:
        return shown(current, MISSING, returning=returning)

    following = None if returning else question_after(current.slug, kept)
    if following is None:
        return first_open(returning=returning)
    return shown(following)


def _without(answers: Mapping[str, str], question: Question) -> dict[str, str]:
    return {slug: code for slug, code in answers.items() if slug != question.slug}
