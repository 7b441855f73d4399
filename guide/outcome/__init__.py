"""The outcome page's one door: its context, and its response.

Everything else reaches the outcome through the two functions here: the view
(guide/views.py), the reviewers' documents (guide/review/documents.py), the reading-level tool
(guide/review/reading_level.py) and the tests. Behind the door:

- context.py: what the outcome template is given (every decision about the page);
- prebuilt.py: the usual page joined from parts rendered once at start-up, or the template;
- on_the_wire.py: the page's bytes as sent (compacted, compressed, padded to one length);
- compress.py: gzip as Django writes it, with libdeflate;
- headlines.py: the headlines, shared with the golden table.
"""

import logging

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation

from guide import sharing
from guide.flow import wire
from guide.flow.questionnaire import Answers
from guide.outcome import on_the_wire, prebuilt
from guide.outcome.context import context_for, handout_options

__all__ = ["build", "context_for", "response_for"]

logger = logging.getLogger(__name__)


def response_for(
    request: HttpRequest, answers: Answers, options: wire.Options | None = None
) -> HttpResponse:
    """The outcome page for these answers and handout options (read from the POST body with the
    answers, guide/flow/wire.py), as sent: the prebuilt page when there is one, the template
    otherwise (the same bytes: tests/test_outcome_page.py); either way compacted, compressed and
    padded here (guide/outcome/on_the_wire.py)."""
    language = translation.get_language()
    options = options or wire.Options()
    if options.variant:
        # A second language beside the page, or a printout with the answers: rare, and from the
        # template; not padded (docs/privacy.md says what that leaves visible).
        page = render(request, "guide/outcome.html", context_for(answers, handout_options(options)))
        return on_the_wire.finish(request, page.content, kind=None)
    # The share address does not depend on the answers: a slot each request fills with the
    # public address, or with the address this page was served at.
    body, why_not = prebuilt.page_for(answers, language, sharing.public_address(language, request))
    if body is not None:
        return on_the_wire.finish(request, body, kind=on_the_wire.OUTCOME, compacted=True)
    # Never the answers, nor the outcome: only that the slower way served, and why.
    logger.info("Outcome page rendered from the template: %s (%s)", why_not, language)
    page = render(request, "guide/outcome.html", context_for(answers, handout_options(options)))
    return on_the_wire.finish(request, page.content, kind=on_the_wire.OUTCOME)


def build(languages: list[str] | None = None) -> None:
    """At start-up (gunicorn.conf.py): every outcome page of these languages (all by default),
    then each language's one length for question and outcome pages, measured from them."""
    prebuilt.build(languages)
    on_the_wire.measure(languages)
