"""Sentences the guide says in more than one place, each written once (issue 15: one sentence,
one place), so a translator translates it once and a reviewer checks it once.

A text written in Python that says one is joined from it and the text's own sentences
(guide.i18n.languages.join_sentences); a template finds these as `shared` in its context
(guide/context_processors.py) and puts them beside its own sentences with `{% sentences %}`
(guide/templatetags/sentences.py). Either way the page's language decides the gap between them.

Each sentence's comment names every place that says it, for translators too (makemessages takes
it into the catalogues): a translation has to read well in all of them.
tests/test_one_sentence_one_place.py fails on a sentence of eight words or more that stands in
two catalogue entries.
"""

from django.utils.translation import gettext_lazy as _

NOT_A_FEDERAL_CASE = _(
    # Translators: said in two places. Alone, as the hint under the
    # question “Is there a criminal case against you in a federal court
    # right now?…” (guide/flow/questionnaire.py); and in the glossary's
    # “federal criminal investigation” (guide/content/glossary.py), after
    # “When federal agents or prosecutors look into whether someone broke a
    # federal criminal law.” “This” is a federal criminal case.
    "A case in a state or county court, a case in immigration court, or a traffic ticket is not "
    "this."
)

WHO_READS_YOUR_PAPERS = _(
    # Translators: said in two places. Alone, under the free legal help
    # on outcome pages (templates/guide/sections/_lawyer_list.html); and
    # at the end of the glossary's “free legal help”
    # (guide/content/glossary.py), after “Some may ask a small fee.”
    "Only a lawyer or a representative accredited by the U.S. Department of Justice should read "
    "your immigration papers with you."
)

WHAT_CLINICS_DO = _(
    # Translators: said in two places, both about Low Income Taxpayer
    # Clinics: the glossary's “Low Income Taxpayer Clinic”
    # (guide/content/glossary.py), after “Clinics that are independent of
    # the IRS and free or low cost.”; and the clinics' help link on the
    # legal help page (guide/content/__init__.py), after “Independent of
    # the IRS, free or for a small fee.” “They” are the clinics.
    "They help people with lower incomes with IRS problems and explain taxpayer rights in other "
    "languages."
)

CLINIC_LIST = _(
    # Translators: said in three places. After “They help people with
    # lower incomes…” in the glossary's “Low Income Taxpayer Clinic”
    # (guide/content/glossary.py) and in the clinics' help link on the
    # legal help page (guide/content/__init__.py); and in the outcome's
    # free tax help (templates/guide/sections/tax_help.html), after “Low
    # Income Taxpayer Clinics are independent of the IRS and free or low
    # cost.”
    "IRS Publication 4134 lists each clinic and the languages it offers."
)

LAST_KNOWN_ADDRESS = _(
    # Translators: said in two places: the glossary's “last known
    # address” (guide/content/glossary.py), after “The address the IRS
    # keeps for each taxpayer.”; and the outcome's “Your address”
    # (templates/guide/sections/address.html), after “The IRS keeps a
    # “last known address” for each taxpayer.” “It” is that address.
    "It is the address on the newest tax return the IRS has processed."
)

TAXPAYER_ADVOCATE_HELPS = _(
    # Translators: said in two places: the glossary's “Taxpayer Advocate
    # Service” (guide/content/glossary.py), after “An office inside the
    # IRS.”; and the outcome's free tax help
    # (templates/guide/sections/tax_help.html), after “The Taxpayer
    # Advocate Service is an office inside the IRS.” “It” is the Taxpayer
    # Advocate Service, an office.
    "It helps people who have problems with the IRS."
)
