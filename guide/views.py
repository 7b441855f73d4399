"""Views: parse the request, ask the pure modules what to show, render it."""

from functools import wraps

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from guide import content, descriptions, glossary, outcome_page, padding, sharing
from guide.flow import decision, routing, wire
from guide.flow.questionnaire import QUESTIONS, Answers
from guide.methods import require_GET, require_http_methods
from guide.outcome_text import HEADLINES


def private(view):
    """For pages that show answers: never cached anywhere, never indexed."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return never_cache(wrapped)


@require_GET
def start(request: HttpRequest) -> HttpResponse:
    return render(request, "guide/start.html")


@require_GET
def root(request: HttpRequest) -> HttpResponse:
    """The start page, answered at "/" in the language LocaleMiddleware chose from
    Accept-Language (English when none fits), instead of a redirect to /<lang>/: a redirect
    costs a phone on a slow network one more round trip before anything shows
    (docs/performance.md). The same address gives each browser its own language, so the
    answer varies by Accept-Language and only the browser may keep it; search engines are
    pointed to the language's own address."""
    response = render(
        request, "guide/start.html", {"description": descriptions.DESCRIPTIONS["start"]}
    )
    patch_vary_headers(response, ("Accept-Language",))
    patch_cache_control(response, private=True, no_cache=True)
    response["Link"] = f'<{sharing.public_address(translation.get_language())}>; rel="canonical"'
    return response


@require_GET
def intro(request: HttpRequest) -> HttpResponse:
    return render(request, "guide/intro.html", _intro_context({}))


# No CSRF token: a token would set a cookie, and these forms change nothing on the server. They
# only carry the person's own answers back to them, so a forged request gains an attacker nothing.
@csrf_exempt
@require_http_methods(["GET", "POST"])
@private
def questions(request: HttpRequest) -> HttpResponse:
    """Every question and the outcome are served here, by POST, so the address is the same
    whatever was answered. A GET shows the first question."""
    # The guide's own controls (the intro's Continue too) always POST, so a GET here means the
    # person arrived another way: a reload, the browser's Back or Forward, or a typed address.
    # The answers are gone by design; the first question says so (templates/guide/question.html).
    restarted = request.method in ("GET", "HEAD")
    # The POST body, read once: the step to show, each answer checked by its question's form.
    step = routing.first_question() if restarted else routing.step_for(request.POST)

    if step.kind == "intro":
        return render(request, "guide/intro.html", _intro_context(step.answers))
    if step.kind == "outcome":
        usual = not step.options.variant
        # The usual page, joined from parts built once (guide/outcome_page.py); the same
        # page as the template below, which still serves the rare variants.
        page = (
            outcome_page.response_for(step.answers, translation.get_language()) if usual else None
        )
        if page is None:
            options = _handout_options(step.options)
            page = render(request, "guide/outcome.html", _outcome_context(step.answers, options))
        if usual:
            # Padded to one length per language (guide/padding.py): its size tells nothing.
            page.page_kind = padding.OUTCOME  # type: ignore[attr-defined]  # read by guide.padding
        return page
    page = render(
        request,
        "guide/question.html",
        _question_context(step, restarted=restarted),
        status=step.status,
    )
    page.page_kind = padding.QUESTION  # type: ignore[attr-defined]  # read by guide.padding
    return page


@require_GET
def legal_help(request: HttpRequest) -> HttpResponse:
    return render(request, "guide/legal_help.html", {"groups": content.HELP_LINKS_BY_GROUP})


@require_GET
def helpers(request: HttpRequest) -> HttpResponse:
    sources = [content.SOURCES[key] for key in content.HELPERS_PAGE_SOURCES]
    return render(request, "guide/helpers.html", {"sources": sources})


@require_GET
def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "guide/privacy.html")


@require_GET
def safety(request: HttpRequest) -> HttpResponse:
    return render(request, "guide/safety.html")


@require_GET
def about(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "guide/about.html",
        {"sources": list(content.SOURCES.values()), "timeline": content.TIMELINE},
    )


@require_GET
def whats_changed(request: HttpRequest) -> HttpResponse:
    return render(request, "guide/whats_changed.html", {"changes": content.CHANGELOG})


@require_GET
def words(request: HttpRequest) -> HttpResponse:
    """Every hard word the guide uses, with its plain explanation, in alphabetical order."""
    terms = sorted(glossary.TERMS, key=lambda term: str(term.term).casefold())
    return render(request, "guide/words.html", {"terms": terms})


@require_GET
def flyer(request: HttpRequest) -> HttpResponse:
    """A one-page printable flyer with this language's address and its QR code."""
    address = sharing.public_address(request.LANGUAGE_CODE, request)
    return render(request, "guide/flyer.html", {"address": address, "qr": sharing.qr_svg(address)})


def _carried(answers: Answers, *, leave_out: str = "") -> list[tuple[str, str]]:
    """The hidden fields of the answers: every question's slot, in question order, on the wire's
    codes (guide/flow/wire.py), so that every form of a kind is one length."""
    return wire.slots(answers, leave_out=leave_out)


def _language_switch(answers: Answers, **controls: str) -> list[tuple[str, str]]:
    """Hidden fields that show this same step again: the language chooser POSTs them to the
    questions address of the other language (templates/guide/_language_chooser.html)."""
    return _carried(answers) + list(controls.items())


def _intro_context(answers: Answers) -> dict:
    return {
        "carried": _carried(answers),
        "first_question": QUESTIONS[0],
        "keeps_answers": bool(answers),
        # Reached with Back from the first question: another language keeps the answers.
        "language_switch": _language_switch(answers, q=QUESTIONS[0].number, nav=wire.BACK)
        if answers
        else None,
    }


def _question_context(step: routing.Step, *, restarted: bool = False) -> dict:
    question = step.question
    assert question is not None, "a question step always names its question"
    answers = dict(step.answers)
    return {
        "question": question,
        "restarted": restarted,
        "form": step.form,
        # The question's own slot is its radios.
        "carried": _carried(answers, leave_out=question.slug),
        # The Back form keeps this question's saved answer too.
        "all_carried": _carried(answers),
        "language_switch": _language_switch(
            answers,
            q=question.number,
            nav=wire.STAY,
            **({"return": "outcome"} if step.returning else {}),
        ),
        "returning": step.returning,
        "keeps_answers": True,
        "error": step.error,
        # (n, total) for "Question n of total".
        "progress": routing.progress(question.slug, answers),
    }


def _handout_options(options: wire.Options) -> dict:
    """How the person wants the outcome shown (read with the rest of the POST body, in
    guide/flow/wire.py): a second language beside it, and whether a printout includes their
    situation and answers. A language that is no other of the guide's is left out."""
    current = translation.get_language()
    others = [
        translation.get_language_info(code) | {"code": code}
        for code, _name in settings.LANGUAGES
        if code != current
    ]
    also = next((info for info in others if info["code"] == options.also), None)
    return {
        "also": also,
        "other_languages": others,
        "print_details": options.print_details,
        "print_now": options.print_now,
    }


#: The sections that say the same to everyone, whatever they answered: the agreement, what it
#: does not cover, the courts and the tax help. A printout holds only these unless the person
#: chooses to print their situation too (issue 14: two outcomes print the same text).
PRINTED_BY_DEFAULT = frozenset({"covers", "not_covered", "courts", "tax_help", "sources"})


def _outcome_parts(sections: tuple[str, ...]) -> list[dict]:
    """Each section of the outcome with what the template needs to lay it out."""
    first_next = next(key for key in sections if key.startswith("next_"))
    return [
        {
            "key": key,
            "template": f"guide/sections/{key}.html",
            "next_steps_start": key == first_next,
            # The situation's explanation, after the next steps: under a heading of its own.
            "why_start": key.startswith("headline_"),
            # Depends on the answers: left off a printout unless the person asks for it.
            "private": key not in PRINTED_BY_DEFAULT,
        }
        for key in sections
    ]


def _outcome_context(answers: Answers, options: dict | None = None) -> dict:
    outcome = decision.outcome_for(answers)
    return {
        **(options or {"also": None, "other_languages": [], "print_details": False}),
        "parts": _outcome_parts(outcome.sections),
        "outcome": outcome,
        "headline": HEADLINES[outcome.situation],
        # Back from the outcome shows the last question asked, its answer selected.
        "last_question": routing.questions_asked(answers)[-1],
        # The language buttons send the form of "Your answers" (templates/guide/_your_answers.html),
        # with nav=outcome: one copy of the answers on the page, not one per form.
        "language_switch_form": "answers",
        "carried": _carried(answers),
        # The answers as the questionnaire's codes, for the hard words they bring ({% explain_answers %}).
        "answered": [(q.slug, answers[q.slug]) for q in QUESTIONS if q.slug in answers],
        "answer_rows": [(q, q.label_for(answers[q.slug])) for q in QUESTIONS if q.slug in answers],
        "sources": content.sources_for(outcome.sections),
        "timeline": content.TIMELINE,
        "groups": content.HELP_LINKS_BY_GROUP,
        "help_links": content.HELP_LINKS_BY_KEY,
        # Links open in a new tab here, so that leaving never costs the answers (base.html).
        "keeps_answers": True,
        # Safe hold (docs/deploy.md): None, or the day the legal situation changed.
        "safe_hold_date": settings.SAFE_HOLD_DATE,
    }


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    return render(request, "500.html", status=500)


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    return render(request, "400.html", status=400)
