"""Every page and state a person can see, in every language: built from the code, never listed by
hand, so a new page, question, outcome or language is covered as soon as it exists.

A `PageState` is either a GET of an address or a POST of form fields to the questions address
(every question and the outcome are served there). The browser and page-weight tests render each.
"""

from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation

from guide.content import glossary
from guide.flow import decision, routing, wire
from guide.flow.questionnaire import QUESTIONS
from tests import scope

#: Named routes that take no argument but are not pages a person opens with GET (none yet).
NOT_GET_PAGES: set[str] = set()


@dataclass(frozen=True)
class PageState:
    language: str
    #: A short name for test ids, e.g. "page-privacy", "question-itin-error", "outcome-017".
    name: str
    path: str
    #: None for a GET; the POST fields otherwise.
    post: tuple[tuple[str, str], ...] | None = None
    status: int = 200
    kind: str = "page"  # "page", "question" or "outcome"
    #: Extra facts a test may need (the question slug, the answers of an outcome).
    detail: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def id(self) -> str:
        return f"{self.language}-{self.name}"

    @property
    def fields(self) -> dict[str, str]:
        return dict(self.post or ())


def languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def _route_names(resolver: URLResolver, prefix: str = "") -> list[str]:
    """Names of routes that take no argument, through nested includes."""
    names = []
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            if entry.pattern.regex.groups == 0:
                namespace = f"{prefix}{entry.namespace}:" if entry.namespace else prefix
                names += _route_names(entry, namespace)
        elif isinstance(entry, URLPattern) and entry.name and entry.pattern.regex.groups == 0:
            names.append(prefix + entry.name)
    return names


def page_names() -> list[str]:
    """Every named route of the URLconf that is opened with GET and takes no argument."""
    return [
        name for name in dict.fromkeys(_route_names(get_resolver())) if name not in NOT_GET_PAGES
    ]


@cache
def _every_path() -> tuple[dict[str, str], ...]:
    """decision.every_answer_path(), walked once per run: many test modules list pages from it."""
    return tuple(decision.every_answer_path())


def _answers_before(question) -> dict[str, str]:
    """The answers of the first path that asks `question`, up to the question itself."""
    for answers in _every_path():
        if routing.is_asked(question, answers):
            before = QUESTIONS[: QUESTIONS.index(question)]
            return {q.slug: answers[q.slug] for q in before if q.slug in answers}
    raise AssertionError(f"No path asks {question.slug}")


def distinct_outcomes() -> list[dict[str, str]]:
    """One set of answers for each distinct outcome page (distinct by its sections)."""
    return [dict(answers) for answers in _distinct_outcomes()]


@cache
def _distinct_outcomes() -> tuple[dict[str, str], ...]:
    seen: dict[tuple[str, ...], dict[str, str]] = {}
    for answers in _every_path():
        seen.setdefault(decision.outcome_for(answers).sections, answers)
    return tuple(seen.values())


def neighbours(sections: tuple[str, ...]) -> set[tuple[str, str]]:
    """Each section beside the next, and the first and last beside the page around them."""
    edged = ("<page>", *sections, "</page>")
    return set(pairwise(edged))


@cache
def _covering_outcomes() -> tuple[int, ...]:
    """Indexes into distinct_outcomes() of outcomes that, together, show every section and every
    pair of sections that can stand side by side (the page's edges included). An outcome page is
    its sections in order (templates/guide/sections/, one template each, guide/flow/decision.py picks
    them), so what a browser can find wrong in a layout or in accessibility lies in a section or
    where two meet: these outcomes show every such place at least once. Chosen greedily, the one
    that shows the most places not yet shown first; ties go to the earlier outcome."""
    outcomes = [decision.outcome_for(answers).sections for answers in _distinct_outcomes()]
    places = [{*sections, *neighbours(sections)} for sections in outcomes]
    left: set = set().union(*places)
    chosen: list[int] = []
    while left:
        best = max(range(len(places)), key=lambda n: (len(places[n] & left), -n))
        chosen.append(best)
        left -= places[best]
    return tuple(sorted(chosen))


def covering_outcomes() -> list[dict[str, str]]:
    """The answers of the outcomes that show every section and every neighbouring pair."""
    every = distinct_outcomes()
    return [every[n] for n in _covering_outcomes()]


def covering_paths() -> list[dict[str, str]]:
    """The first answer paths that, together, show every piece an outcome page fills in beyond
    its sections: every outcome, every answer in every position of "Your answers" (last or
    not), every last question, and every set of hard words beside the answers for each outcome.
    Those pieces are all that differs between the paths of one outcome (guide/outcome/prebuilt.py
    joins exactly them); which outcome each path leads to is pinned for every path by the golden
    table (tests/test_golden.py, docs/outcomes.csv)."""
    seen: set = set()
    chosen = []
    for answers in _every_path():
        outcome = decision.outcome_for(answers)
        pairs = list(answers.items())
        pieces = {
            ("outcome", outcome),
            ("last question", routing.questions_asked(answers)[-1].slug),
            ("hard words", outcome, tuple(p for p in pairs if p in glossary.ANSWER_TERMS)),
            *(("row", pair, n == len(pairs) - 1) for n, pair in enumerate(pairs)),
        }
        if not pieces <= seen:
            chosen.append(dict(answers))
            seen |= pieces
    return chosen


def states_for(language: str, *, covering: bool | None = None) -> list[PageState]:
    """Every page and question state in `language`, and every distinct outcome, or with
    `covering` only the covering outcomes (named as in the full list). Unsaid, as the run
    says (`make test-fast` covers only, tests/scope.py)."""
    if covering is None:
        covering = scope.covering_only
    return list(_states(language, covering))


@cache
def _states(language: str, covering: bool) -> tuple[PageState, ...]:
    with translation.override(language):
        paths = {name: reverse(name) for name in page_names()}
        questions = reverse("questions")
    states = [
        PageState(language, f"page-{name.replace(':', '-')}", path) for name, path in paths.items()
    ]
    states.append(PageState(language, "page-not-found", f"/{language}/no-such-page/", status=404))
    for question in QUESTIONS:
        before = _answers_before(question)
        # As the guide's forms send them: every slot, on the wire's codes (guide/flow/wire.py).
        plain = wire.body(before, q=question.slug, nav=wire.STAY)
        # Continue with no answer: the question comes back with its error.
        missing = wire.body(before, q=question.slug, nav=wire.CONTINUE)
        detail = {"question": question.slug, "answers": before}
        states.append(
            PageState(
                language,
                f"question-{question.slug}",
                questions,
                tuple(plain.items()),
                kind="question",
                detail=detail,
            )
        )
        states.append(
            PageState(
                language,
                f"question-{question.slug}-error",
                questions,
                tuple(missing.items()),
                kind="question",
                detail={**detail, "error": True},
            )
        )
    outcomes = list(enumerate(distinct_outcomes()))
    if covering:
        outcomes = [outcomes[n] for n in _covering_outcomes()]
    for number, answers in outcomes:
        fields = wire.body(answers, nav=wire.OUTCOME)
        states.append(
            PageState(
                language,
                f"outcome-{number:03d}",
                questions,
                tuple(fields.items()),
                kind="outcome",
                detail={"answers": answers},
            )
        )
    return tuple(states)


def all_states(*, covering: bool | None = None) -> list[PageState]:
    return [state for language in languages() for state in states_for(language, covering=covering)]


#: The languages the browser checks walk in full: every page, every question state and the
#: covering outcomes. English is the source and Arabic the one right-to-left script; every other
#: language renders the same templates with the same stylesheet, so what a browser can find that
#: differs by language is in how its text fits (length, script, line breaking).
FULL_BROWSER_LANGUAGES = ("en", "ar")
#: In every other language, the browser looks at the pages with the most running text and the
#: longest words, a question with and without its error, and one outcome of each situation (A, B,
#: C, D). Every page × state × language is still rendered and checked without a browser (page
#: weight, untranslated text, security headers: tests/test_page_weight.py, test_i18n_pages.py,
#: test_security_headers.py).
SAMPLED_PAGES = ("page-start", "page-words", "page-about", "page-legal_help", "page-helpers")


def browser_states() -> list[PageState]:
    """The states the browser checks (tests/browser/test_accessibility.py), as said above."""
    chosen: list[PageState] = []
    for language in languages():
        states = states_for(language, covering=True)
        if language in FULL_BROWSER_LANGUAGES:
            chosen += states
            continue
        chosen += [s for s in states if s.name in SAMPLED_PAGES]
        first = next(s for s in states if s.kind == "question")
        chosen += [
            s
            for s in states
            if s.kind == "question" and s.detail["question"] == first.detail["question"]
        ]
        situations: dict[str, PageState] = {}
        for state in states_for(language, covering=False):
            if state.kind == "outcome":
                situations.setdefault(decision.situation_for(state.detail["answers"]), state)
        chosen += [situations[key] for key in sorted(situations)]
    return chosen
