"""Each public page's one-sentence description: what a search engine shows under the page's
title (`<meta name="description">`), in the page's language, instead of a guess of its own.

By route name. Pages that show answers (every question and the outcome, served at "questions")
have none: they are never indexed (views.private). tests/test_descriptions.py requires one for
every other page the URLconf serves, in every language.
"""

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

DESCRIPTIONS = {
    "start": _(
        "Answer a few questions and see in plain words what the April 2025 IRS–ICE "
        "agreement means for you; nothing you answer is stored."
    ),
    "intro": _(
        "What to know before the questions: nothing is saved, and you can go back and "
        "change an answer at any time."
    ),
    "legal_help": _(
        "Organizations that give free legal and tax help, with links to their own websites."
    ),
    "privacy": _(
        "This guide stores nothing: it has no database, no accounts and no cookies, and "
        "it never asks for your name, your tax number or your address."
    ),
    "safety": _(
        "How to use this guide safely on a shared phone or computer, and how to leave it quickly."
    ),
    "helpers": _(
        "How tax preparers, volunteers, advocates and family members can use this "
        "guide with the person they help."
    ),
    "about": _(
        "What this independent guide is, and the sources that every statement in it comes from."
    ),
    "words": _("The legal and tax words this guide uses, each explained in plain language."),
    "flyer": _("A one-page flyer to print, with this guide's address and a QR code."),
    "whats_changed": _("Each update to this guide, listed with the date it was made."),
}


def for_request(request: HttpRequest | None):
    """The description of the page this request asked for, or None."""
    match = getattr(request, "resolver_match", None)
    return DESCRIPTIONS.get(match.url_name) if match is not None else None
