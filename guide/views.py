"""Views: parse the request, ask the pure modules what to show, render it."""

from functools import wraps

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from guide import content, rules, steps
from guide.forms import QuestionForm
from guide.outcome_text import HEADLINES
from guide.questions import QUESTIONS


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
def intro(request: HttpRequest) -> HttpResponse:
    return render(request, "guide/intro.html", _intro_context({}))


# No CSRF token: a token would set a cookie, and these forms change nothing on the server. They
# only carry the person's own answers back to them, so a forged request gains an attacker nothing.
@csrf_exempt
@require_http_methods(["GET", "POST"])
@private
def questions(request: HttpRequest) -> HttpResponse:
    """Every question and the outcome are served here, by POST, so the address is the same
    whatever was answered. A GET (from the intro page) shows the first question."""
    if request.method == "GET":
        step = steps.Step("question", {}, QUESTIONS[0])
    else:
        step = steps.step_for(request.POST)

    if step.kind == "intro":
        return render(request, "guide/intro.html", _intro_context(step.answers))
    if step.kind == "outcome":
        return render(request, "guide/outcome.html", _outcome_context(step.answers))
    return render(request, "guide/question.html", _question_context(step), status=step.status)


@require_GET
def legal_help(request: HttpRequest) -> HttpResponse:
    return render(request, "guide/legal_help.html", {"groups": content.help_links_by_group()})


@require_GET
def helpers(request: HttpRequest) -> HttpResponse:
    sources = [content.SOURCES[key] for key in content.HELPERS_PAGE_SOURCES]
    return render(request, "guide/helpers.html", {"sources": sources})


@require_GET
def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "guide/privacy.html")


@require_GET
def about(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "guide/about.html",
        {"sources": list(content.SOURCES.values()), "timeline": content.TIMELINE},
    )


def _carried(answers: dict[str, str], *, leave_out: str = "") -> list[tuple[str, str]]:
    """The answers that travel in hidden fields, in question order."""
    return [(q.slug, answers[q.slug]) for q in QUESTIONS if q.slug in answers and q.slug != leave_out]


def _intro_context(answers: dict[str, str]) -> dict:
    return {
        "carried": _carried(answers),
        "first_question": QUESTIONS[0],
        "question_count": len(rules.questions_asked(answers)) if answers else None,
    }


def _question_context(step: steps.Step) -> dict:
    question = step.question
    return {
        "question": question,
        "form": QuestionForm.for_step(question, dict(step.answers), step.error),
        "carried": _carried(dict(step.answers), leave_out=question.slug),
        # The Back form keeps this question's saved answer too.
        "all_carried": _carried(dict(step.answers)),
        "returning": step.returning,
        "error": step.error,
    }


def _outcome_context(answers: dict[str, str]) -> dict:
    outcome = rules.outcome_for(answers)
    return {
        "outcome": outcome,
        "headline": HEADLINES[outcome.situation],
        "next_steps_start": next(k for k in outcome.sections if k.startswith("next_")),
        "carried": _carried(answers),
        "answer_rows": [
            (q, q.label_for(answers[q.slug])) for q in QUESTIONS if q.slug in answers
        ],
        "sources": content.sources_for(outcome.sections),
        "timeline": content.TIMELINE,
        "groups": content.help_links_by_group(),
        "help_links": {link.key: link for link in content.HELP_LINKS},
    }


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    return render(request, "500.html", status=500)


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    return render(request, "400.html", status=400)
