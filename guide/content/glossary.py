"""Hard words explained: one plain explanation per term, written once, used everywhere.

A page shows a term's explanation at the term's first use (the `{% explain %}` tag in
guide/templatetags/glossary.py), and the "Words used in this guide" page lists them all.

Every explanation repeats what the guide already says (and so traces to the content brief and
shared/content/facts.md) or gives a word's plain dictionary meaning. None makes a new legal claim.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from guide.content import sentences
from guide.i18n.languages import join_sentences


@dataclass(frozen=True)
class Term:
    #: Stable key: used in templates and as the anchor on the words page. Never shown.
    key: str
    #: The word or phrase as the guide uses it.
    term: Promise
    #: One or two plain sentences (a few more at most). One the guide also says elsewhere is
    #: written once, in guide/content/sentences.py, and joined in (join_sentences).
    explanation: Promise


TERMS: tuple[Term, ...] = (
    Term(
        "itin",
        # Translators: keep the letters ITIN; the IRS uses them in every language.
        _("ITIN"),
        # facts.md §4.1 (S69, S70).
        _(
            "An ITIN (Individual Taxpayer Identification Number) is a tax number from the IRS. It "
            "is for federal taxes only. It is not an immigration status, and it does not give "
            "permission to work."
        ),
    ),
    Term(
        "tax_return",
        _("tax return"),
        _(
            "A tax return is the form about your income that you send to the IRS each year. Form "
            "1040 is one. One return can also list a spouse or dependents, such as children."
        ),
    ),
    Term(
        "deportation_order",
        _("deportation order"),
        # The brief's wording for question 5.
        _(
            "An order to leave the United States, given by an immigration judge or by an "
            "immigration or border officer. It is also called a removal order."
        ),
    ),
    Term(
        "final_order",
        _("final deportation order"),
        # facts.md §1.3; "an old order counts" is the brief's own answer choice for question 5.
        # When an order becomes final is a legal question the fact sheet does not answer.
        _(
            "The agreement is about deportation orders that are final. An old order can still "
            "count, even if you were deported or left and came back. Whether an order is final is "
            "a legal question: a lawyer can tell you."
        ),
    ),
    Term(
        "immigration_court",
        _("immigration court"),
        # facts.md §5 (EOIR is part of the U.S. Department of Justice) and the brief's hint for
        # question 7.
        _(
            "Immigration courts are part of the U.S. Department of Justice. An immigration judge "
            "decides whether a person may stay in the United States. A case there is not a "
            "criminal case."
        ),
    ),
    Term(
        "board_of_immigration_appeals",
        _("Board of Immigration Appeals"),
        _(
            "The part of the U.S. Department of Justice that decides appeals against decisions of "
            "immigration judges."
        ),
    ),
    Term(
        "criminal_investigation",
        _("federal criminal investigation"),
        # The brief's hint for question 7 and its "criminal unsure" outcome.
        join_sentences(
            _(
                "When federal agents or prosecutors look into whether someone broke a federal "
                "criminal law."
            ),
            sentences.NOT_A_FEDERAL_CASE,
            _("There is no public list of investigations."),
        ),
    ),
    Term(
        "agreement",
        _("the agreement"),
        # facts.md Summary (S2, S3) and §3.2, §3.3: what it allows, and beside it that two court
        # orders blocked it (dated, so it stays true whatever happens next).
        _(
            "A “memorandum of understanding” that the IRS and the Department of Homeland Security, "
            "which ICE is part of, signed on April 7, 2025. It sets out how ICE may ask the IRS for "
            "addresses of people with a final deportation order or under federal criminal "
            "investigation. Court orders in November 2025 and February 2026 blocked this."
        ),
    ),
    Term(
        "last_known_address",
        _("last known address"),
        # facts.md §4.4 (S67).
        join_sentences(
            _("The address the IRS keeps for each taxpayer."),
            sentences.LAST_KNOWN_ADDRESS,
            _(
                # Translators: follows “It is the address on the newest tax
                # return the IRS has processed.”: “a newer one” is a newer
                # address.
                "But the IRS may have a newer one: from a change of address you sent, or from the "
                "Postal Service's change-of-address records."
            ),
        ),
    ),
    Term(
        "a_number",
        # Translators: keep "A-number" recognisable; it is printed on U.S. immigration papers.
        _("A-number"),
        # The brief's "order unsure" outcome.
        _(
            "A number that is printed on papers from the Department of Homeland Security and from "
            "the immigration court. You need it to check an immigration court case. This guide "
            "never asks for it."
        ),
    ),
    Term(
        "daca",
        _("DACA"),
        _(
            "Deferred Action for Childhood Arrivals: a U.S. government program that can protect "
            "some people who came to the United States as children from deportation for a time."
        ),
    ),
    Term(
        "tps",
        _("TPS"),
        _(
            "Temporary Protected Status: it lets some people from certain countries stay in the "
            "United States for a time because of problems at home, such as war or disaster."
        ),
    ),
    Term(
        "stay_of_removal",
        _("stay of removal"),
        _("An order that stops a deportation from happening for a time."),
    ),
    Term(
        "deferred_action",
        _("deferred action"),
        _("A decision by the government not to act on a person's deportation for a time."),
    ),
    Term(
        "legal_help",
        _("free legal help"),
        # facts.md §5 (S78: EOIR pro bono list; accredited representatives). "Free" means free:
        # places that charge a small fee are named as such where they are listed.
        join_sentences(
            _(
                "Legal advice that costs nothing, from nonprofit groups and lawyers. Some may ask a "
                "small fee."
            ),
            sentences.WHO_READS_YOUR_PAPERS,
        ),
    ),
    Term(
        "litc",
        _("Low Income Taxpayer Clinic"),
        # facts.md §5 row 4 (S73).
        join_sentences(
            _("Clinics that are independent of the IRS and free or low cost."),
            sentences.WHAT_CLINICS_DO,
            sentences.CLINIC_LIST,
        ),
    ),
    Term(
        "vita",
        _("VITA"),
        # facts.md §5 row 6 (S77, S68).
        _(
            "Volunteer Income Tax Assistance: free help with tax returns from volunteers trained "
            "by the IRS."
        ),
    ),
    Term(
        "taxpayer_advocate",
        _("Taxpayer Advocate Service"),
        # facts.md §5 row 5 (S75).
        join_sentences(_("An office inside the IRS."), sentences.TAXPAYER_ADVOCATE_HELPS),
    ),
)

TERMS_BY_KEY: dict[str, Term] = {term.key: term for term in TERMS}

#: The hard words in each question (its text, hint, answers and "Why we ask"), explained on its
#: page after "Why we ask".
QUESTION_TERMS: dict[str, tuple[str, ...]] = {
    "itin": ("itin", "agreement"),
    "filed": ("tax_return",),
    "address": ("tax_return", "agreement"),
    "household": ("tax_return",),
    "order": (
        "deportation_order",
        "immigration_court",
        "board_of_immigration_appeals",
        "agreement",
        "final_order",
    ),
    "protection": ("daca", "tps", "stay_of_removal", "deferred_action", "deportation_order"),
    "criminal": ("immigration_court", "agreement", "criminal_investigation"),
    "this_year": ("tax_return",),
}

#: Answers whose words (shown in "Your answers" on the outcome) need a term of their own.
ANSWER_TERMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("order", "pending"): ("immigration_court", "board_of_immigration_appeals"),
}

#: The hard words in what each help link (content.HELP_LINKS) or help without a link
#: (content.HELP_WITHOUT_LINKS) is for.
HELP_LINK_TERMS: dict[str, tuple[str, ...]] = {
    "eoir_pro_bono": ("immigration_court", "legal_help"),
    "eoir_recognized": ("legal_help",),
    "uscis_legal_services": (),
    "eoir_case_status": ("immigration_court", "a_number"),
    "nijc": ("immigration_court",),
    "litc": ("litc",),
    "alianza": ("itin",),
    "vita": ("vita", "tax_return", "litc"),
    "taxpayer_advocate": ("taxpayer_advocate",),
}


def terms(*keys: str) -> list[Term]:
    """The terms for these keys, each once, in the order given (an unknown key is a bug)."""
    return [TERMS_BY_KEY[key] for key in dict.fromkeys(keys)]
