"""The questionnaire as data: each question and its answer codes. When each is asked is routing
(guide/flow/routing.py); how the codes travel in a form is the wire format (guide/flow/wire.py).

Answer codes are the stable values from the content brief. They are the radio values, they travel
in POST bodies, and they are never translated or shown. Everything a person reads is marked for
translation here, once.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils.functional import Promise
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from guide.content import TAX_YEARS, sentences

if TYPE_CHECKING:
    # What gettext_lazy returns, as django-stubs names it: a Promise that stands for a str.
    from django.utils.functional import _StrPromise as LazyText
else:
    LazyText = Promise

Answers = Mapping[str, str]

UNSURE = "unsure"


@dataclass(frozen=True)
class Choice:
    code: str
    label: LazyText


@dataclass(frozen=True)
class Question:
    slug: str
    #: The question, used as the page's <h1> / fieldset legend.
    text: LazyText
    #: Short words for the "Your answers" list on the outcome page.
    summary: LazyText
    hint: LazyText
    why: LazyText
    choices: tuple[Choice, ...]
    #: Extra hints (routing help only, never a legal claim).
    more_hints: tuple[LazyText, ...] = ()

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(choice.code for choice in self.choices)

    def label_for(self, code: str) -> LazyText:
        return next(choice.label for choice in self.choices if choice.code == code)

    @property
    def number(self) -> str:
        """Its place in the questionnaire, from "1": what names it in a form (guide/flow/wire.py)."""
        return str(QUESTIONS.index(self) + 1)


NOT_SURE = pgettext_lazy("answer", "I'm not sure")

QUESTIONS: tuple[Question, ...] = (
    Question(
        slug="itin",
        text=_("Do you have an ITIN (Individual Taxpayer Identification Number)?"),
        summary=_("ITIN"),
        hint=_("An ITIN is a tax number from the IRS. It has 9 digits and starts with a 9."),
        why=_(
            "The agreement is about people, not about the kind of tax number they have. "
            "Your answer helps us show what matters for you."
        ),
        choices=(
            Choice("itin", pgettext_lazy("answer", "Yes, I have an ITIN")),
            Choice("applied", _("I have applied for one")),
            Choice("thinking", _("I am thinking about applying")),
            Choice(
                "ssn",
                _(
                    "I have a Social Security number (or I had an ITIN and now have a Social "
                    "Security number)"
                ),
            ),
            Choice(UNSURE, NOT_SURE),
        ),
    ),
    Question(
        slug="filed",
        text=_(
            "Has a U.S. federal tax return with your name on it been filed? It could be filed by "
            "you, or by someone who listed you as a spouse or dependent."
        ),
        summary=_("Tax return filed"),
        hint=_("A federal tax return is the yearly form you send to the IRS, such as Form 1040."),
        why=_(
            "The IRS keeps the address from tax returns. Your answer tells us whether to explain "
            "what the IRS may know about your address."
        ),
        choices=(
            Choice(
                "recent",
                format_lazy(
                    _("Yes, for {first}, {second} or {third}"),
                    first=TAX_YEARS.recent[0],
                    second=TAX_YEARS.recent[1],
                    third=TAX_YEARS.recent[2],
                ),
            ),
            Choice(
                "older",
                format_lazy(_("Yes, but only for {year} or earlier"), year=TAX_YEARS.recent[0] - 1),
            ),
            Choice("never", _("No, never")),
            Choice(UNSURE, NOT_SURE),
        ),
    ),
    Question(
        slug="address",
        text=_("Is the address on that tax return the place where you live now?"),
        summary=_("Address on the tax return"),
        hint=_("Think of the newest tax return with your name on it."),
        why=_(
            "The agreement is about addresses. Your answer helps us explain what the IRS may "
            "have on file."
        ),
        choices=(
            Choice("same", _("Yes, I live there now")),
            Choice("moved", _("No, I have moved since then")),
            Choice(
                "other",
                _(
                    "The return used another address, such as a tax office, a P.O. box or "
                    "someone else's home"
                ),
            ),
            Choice(UNSURE, NOT_SURE),
        ),
    ),
    Question(
        slug="household",
        text=_(
            "Does anyone else live at your address or appear on your tax return? For example a "
            "spouse, children, relatives or roommates."
        ),
        summary=_("Others at your address or on your return"),
        hint=_("We never ask about anyone else's immigration status."),
        why=_(
            "An address is shared by everyone who lives there. Your answer tells us whether to "
            "explain what is known about other people in a home."
        ),
        choices=(
            Choice("others", pgettext_lazy("answer", "Yes")),
            Choice("alone", _("No, only me")),
            Choice(UNSURE, NOT_SURE),
        ),
    ),
    Question(
        slug="order",
        text=_(
            "Has an immigration judge, or an immigration or border officer, ever given you an "
            "order to leave the U.S.?"
        ),
        summary=_("Deportation order"),
        hint=_("This is a deportation order, also called a removal order."),
        more_hints=(
            _(
                "An application with USCIS alone is not a court case. If that is all you have, "
                "choose “No, never”."
            ),
            _(
                "Choose “I'm not sure” if any of these happened: a judge gave you voluntary "
                "departure; a judge gave you withholding of removal or protection under the "
                "torture convention; officers sent you back at the border; you missed an "
                "immigration court date; a court cancelled your order; your case is now in a "
                "federal court of appeals."
            ),
            _("If you are not sure, the results page shows how to check."),
        ),
        why=_(
            "The agreement names people who have a final deportation order. This is the answer "
            "that matters most for what the agreement means for you."
        ),
        choices=(
            Choice("none", _("No, never")),
            Choice(
                "pending",
                _(
                    "My case in immigration court is still going on, or my appeal to the Board of "
                    "Immigration Appeals is waiting"
                ),
            ),
            Choice(
                "final",
                _(
                    "Yes, I have an order. This includes an old order, even if I was deported or "
                    "left and came back."
                ),
            ),
            Choice(UNSURE, NOT_SURE),
        ),
    ),
    Question(
        slug="protection",
        text=_(
            "Do you now have DACA, TPS, a stay of removal, deferred action, or a request to "
            "reopen your case that is waiting for a decision?"
        ),
        summary=_("Other protection"),
        hint=_(
            "TPS means Temporary Protected Status. DACA is Deferred Action for Childhood Arrivals."
        ),
        why=_(
            "Some people with a deportation order also have another kind of protection. Your "
            "answer tells us whether to mention it."
        ),
        choices=(
            Choice("protection", pgettext_lazy("answer", "Yes")),
            Choice("no_protection", pgettext_lazy("answer", "No")),
            Choice(UNSURE, NOT_SURE),
        ),
    ),
    Question(
        slug="criminal",
        text=_(
            "Is there a criminal case against you in a federal court right now? Or has a federal "
            "agent or prosecutor told you that you are being investigated?"
        ),
        summary=_("Federal criminal case"),
        # Said again in the glossary's "federal criminal investigation": written once.
        hint=sentences.NOT_A_FEDERAL_CASE,
        why=_(
            "The agreement also names people under federal criminal investigation. Your answer "
            "tells us whether that part applies to you."
        ),
        choices=(
            Choice("yes", pgettext_lazy("answer", "Yes")),
            Choice("no", pgettext_lazy("answer", "No")),
            Choice(UNSURE, NOT_SURE),
        ),
    ),
    Question(
        slug="this_year",
        text=format_lazy(
            _("Have you decided about filing your tax return for {year}?"), year=TAX_YEARS.next
        ),
        summary=_("Filing this year"),
        hint=_("This guide does not tell you whether to file. It shows what is known."),
        # True for every answer, "I prefer not to say" too: the answer only decides whether the
        # outcome adds the part about filing (decision.outcome_for).
        why=_(
            "Your answer tells us whether to add facts that can help you talk about filing with a "
            "tax clinic or a lawyer."
        ),
        choices=(
            Choice("file", _("I have decided to file")),
            Choice("undecided", _("Not yet")),
            Choice("not_file", _("I have decided not to file")),
            Choice("skip", _("I prefer not to say")),
        ),
    ),
)

QUESTIONS_BY_SLUG: dict[str, Question] = {question.slug: question for question in QUESTIONS}
