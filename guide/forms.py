"""One form class for every question, built from the question data."""

from django import forms
from django.utils.translation import gettext_lazy as _

from guide.questions import Question
from guide.steps import INVALID, MISSING

# Our own plain words: never Django's built-in messages, which some of our languages lack.
ERROR_MESSAGES = {
    "required": _("Choose one answer to continue."),
    "invalid_choice": _("We could not read that answer. Choose one of the answers again."),
}

# A value no question uses, so that binding it produces the "invalid" error without ever
# echoing what was sent.
_NOT_A_CODE = "\u2400"


class QuestionForm(forms.Form):
    def __init__(self, question: Question, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.question = question
        self.fields[question.slug] = forms.ChoiceField(
            label=question.text,
            help_text=question.hint,
            choices=[(choice.code, choice.label) for choice in question.choices],
            widget=forms.RadioSelect,
            error_messages=ERROR_MESSAGES,
        )
        # Read by our crispy template pack (templates/kbyf/); Django's Field has no such slot.
        self.fields[question.slug].more_hints = question.more_hints  # type: ignore[attr-defined]

    @classmethod
    def for_step(cls, question: Question, answers: dict[str, str], error: str) -> "QuestionForm":
        """The form as the person should see it: their earlier answer selected, or the error."""
        if error not in {MISSING, INVALID}:
            return cls(question, initial={question.slug: answers.get(question.slug)}, auto_id="%s")
        data = {} if error == MISSING else {question.slug: _NOT_A_CODE}
        form = cls(question, data=data, auto_id="%s")
        # Each answer names the error message, so a screen reader reads it on every radio
        # (the template pack renders the message with this id).
        form.fields[question.slug].widget.attrs["aria-describedby"] = f"{question.slug}-error"
        return form

    @property
    def field(self) -> forms.BoundField:
        return self[self.question.slug]
