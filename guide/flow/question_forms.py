"""One Django form per question, built from the question data; each validates its own answer.

`form_class(question)` makes (once) a form with one radio field whose values are the question's
wire codes (guide/flow/wire.py) and whose clean value is the questionnaire's answer code. Its
field's errors decide why a question is shown again (`check`): no answer ("required", MISSING)
or one our forms never send ("invalid_choice", INVALID); the bound form shows them. The form is
drawn by our own crispy template pack (templates/kbyf/) through its FormHelper's layout.
"""

from dataclasses import dataclass
from functools import cache, partial
from typing import ClassVar

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Layout
from django import forms
from django.core.exceptions import ValidationError
from django.forms.utils import ErrorDict
from django.utils.translation import gettext_lazy as _

from guide.flow import wire
from guide.flow.questionnaire import QUESTIONS_BY_SLUG, Question

# Why a question is shown again.
MISSING = "missing"
INVALID = "invalid"
_PROBLEMS = {"required": MISSING, "invalid_choice": INVALID}

# Our own plain words: never Django's built-in messages, which some of our languages lack.
# Neither repeats what was sent.
ERROR_MESSAGES = {
    "required": _("Choose one answer to continue."),
    "invalid_choice": _("We could not read that answer. Choose one of the answers again."),
}


class QuestionForm(forms.Form):
    """The base of every question's form (made by form_class)."""

    question: ClassVar[Question]

    def __init__(self, *args, **kwargs):
        # Radio ids are "<name>_<n>" ("a1_0"): the error summary links to the first one.
        kwargs.setdefault("auto_id", "%s")
        super().__init__(*args, **kwargs)
        self.helper = FormHelper(self)
        # The <form> is the page's own (it carries the answers and the buttons); no CSRF token.
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(self.name)

    @property
    def name(self) -> str:
        """The answer's field name, as it travels (guide/flow/wire.py)."""
        return wire.NAMES[self.question.slug]

    @property
    def field(self) -> forms.BoundField:
        return self[self.name]

    def reject(self) -> None:
        """Show "We could not read that answer" on this question: something else in the body
        was not sent by our forms (the question itself may have been fine)."""
        if not self.is_bound:
            # An unbound form has no error list yet (full_clean leaves it alone): start one.
            self._errors, self.cleaned_data = ErrorDict(), {}
        self.add_error(
            self.name,
            ValidationError(ERROR_MESSAGES["invalid_choice"], code="invalid_choice"),
        )

    def full_clean(self) -> None:
        super().full_clean()
        self._name_the_error()

    def add_error(self, field, error) -> None:
        super().add_error(field, error)
        self._name_the_error()

    def _name_the_error(self) -> None:
        # Each answer names the error message, so a screen reader reads it on every radio
        # (the template pack renders the message with this id).
        if self._errors and self.name in self._errors:
            self.fields[self.name].widget.attrs["aria-describedby"] = f"{self.name}-error"


class AnswerField(forms.TypedChoiceField):
    """A question's radios. No answer is the slot not sent (radios left unchosen) or sent as
    wire.NONE: "required". Anything else our forms never send, an empty value too, is
    "invalid_choice"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.empty_values = [None]

    def to_python(self, value):
        return None if value in (None, wire.NONE) else str(value)


def form_class(question: Question) -> type[QuestionForm]:
    """The form of one question: a required radio field of its answers, on the wire's codes."""
    # Made once per question, found by its slug: hashing the Question itself would translate
    # each of its texts (lazy strings hash by their translation) on every request.
    return _form_class(question.slug)


@cache
def _form_class(slug: str) -> type[QuestionForm]:
    question = QUESTIONS_BY_SLUG[slug]
    answer = AnswerField(
        label=question.text,
        help_text=question.hint,
        choices=[(wire.answer(question.slug, c.code), c.label) for c in question.choices],
        coerce=partial(wire.code_for, question.slug),
        empty_value=None,
        widget=forms.RadioSelect,
        error_messages=ERROR_MESSAGES,
    )
    # Read by our crispy template pack (templates/kbyf/); Django's Field has no such slot.
    answer.more_hints = question.more_hints  # type: ignore[attr-defined]
    name = "".join(part.title() for part in question.slug.split("_")) + "Form"
    fields = {wire.NAMES[question.slug]: answer, "question": question}
    return type(name, (QuestionForm,), fields)


@dataclass(frozen=True)
class Checked:
    """What a question's form makes of what was sent for its slot."""

    #: The questionnaire's code of a valid answer, else None.
    answer: str | None
    #: MISSING or INVALID when the answer is not one to go on with, else "".
    problem: str


def check(question: Question, sent: str | None) -> Checked:
    """The question's form's verdict on what was sent (None: no field), without building the
    form: its one field's own clean, which is all Form.full_clean runs for it. Every POST checks
    every question's slot, and a bound form costs a deep copy of its field (about 0.1 ms each,
    most of an outcome page's time); the form is built only for the question shown (`bound`)."""
    field = form_class(question).base_fields[wire.NAMES[question.slug]]
    try:
        return Checked(field.clean(sent), "")
    except ValidationError as error:
        # Django's ValidationError refers to itself (its error_list), so only the garbage
        # collector frees it, and with it its traceback's frames: this request, response and all.
        # Dropped here, an outcome page with a skipped question no longer waits for a collection
        # (one every seven such requests, 6 % of their time in Python).
        error.__traceback__ = None
        return Checked(None, next((_PROBLEMS[c] for c in _codes(error) if c in _PROBLEMS), ""))


def _codes(error: ValidationError) -> list[str]:
    return [e.code for e in error.error_list if e.code]


def bound(question: Question, sent: str | None) -> QuestionForm:
    """The question's form bound to what was sent for its slot (None: no field was sent)."""
    return form_class(question)(data={} if sent is None else {wire.NAMES[question.slug]: sent})


def unbound(question: Question, answer: str | None = None) -> QuestionForm:
    """The question as first shown: the person's earlier answer (if any) selected."""
    initial = {wire.NAMES[question.slug]: wire.answer(question.slug, answer)} if answer else {}
    return form_class(question)(initial=initial)
