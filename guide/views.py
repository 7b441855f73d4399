"""Views: parse the request, ask the pure modules what to show, render it."""

from functools import wraps

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from guide import content, outcome, sharing
from guide.content import descriptions, glossary
from guide.flow import routing, wire
from guide.flow.questionnaire import QUESTIONS, Answers
from guide.methods import require_GET, require_http_methods
from guide.outcome import on_the_wire


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
    # Absolute, as a canonical address must be: under PUBLIC_URL, else where this was served.
    address = sharing.public_address(translation.get_language(), request)
    response["Link"] = f'<{address}>; rel="canonical"'
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
        # The outcome's one door (guide/outcome): the page, compressed and padded, as sent.
        return outcome.response_for(request, step.answers, step.options)
    page = render(
        request,
        "guide/question.html",
        _question_context(step, restarted=restarted),
        status=step.status,
    )
    # Compacted, compressed, and padded to one length per language (guide/outcome/on_the_wire.py):
    # its size tells nothing.
    return on_the_wire.finish(
        request, page.content, kind=on_the_wire.QUESTION, status=page.status_code
    )


@require_GET
def legal_help(request: HttpRequest) -> HttpResponse:
    return render(request, "guide/legal_help.html", {"groups": content.HELP_BY_GROUP})


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
        # "There are at most n questions": the longest path the routing can ask.
        "most_questions": routing.most_questions(),
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


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    return render(request, "500.html", status=500)


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    return render(request, "400.html", status=400)
