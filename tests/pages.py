"""Every page and state a person can see, in every language: built from the code, never listed by
hand, so a new page, question, outcome or language is covered as soon as it exists.

A `PageState` is either a GET of an address or a POST of form fields to the questions address
(every question and the outcome are served there). The browser and page-weight tests render each.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation

from guide import rules, steps
from guide.questions import QUESTIONS

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
    return [name for name in dict.fromkeys(_route_names(get_resolver()))
            if name not in NOT_GET_PAGES]


def _answers_before(question) -> dict[str, str]:
    """The answers of the first path that asks `question`, up to the question itself."""
    for answers in rules.every_answer_path():
        if question.asked_when(answers):
            before = QUESTIONS[: QUESTIONS.index(question)]
            return {q.slug: answers[q.slug] for q in before if q.slug in answers}
    raise AssertionError(f"No path asks {question.slug}")


def distinct_outcomes() -> list[dict[str, str]]:
    """One set of answers for each distinct outcome page (distinct by its sections)."""
    seen: dict[tuple[str, ...], dict[str, str]] = {}
    for answers in rules.every_answer_path():
        seen.setdefault(rules.outcome_for(answers).sections, answers)
    return list(seen.values())


def states_for(language: str) -> list[PageState]:
    with translation.override(language):
        paths = {name: reverse(name) for name in page_names()}
        questions = reverse("questions")
    states = [PageState(language, f"page-{name.replace(':', '-')}", path)
              for name, path in paths.items()]
    states.append(PageState(language, "page-not-found", f"/{language}/no-such-page/", status=404))
    for question in QUESTIONS:
        before = _answers_before(question)
        plain = {**before, "q": question.slug, "nav": steps.STAY}
        # Continue with no answer: the question comes back with its error.
        missing = {**before, "q": question.slug, "nav": steps.CONTINUE}
        detail = {"question": question.slug, "answers": before}
        states.append(PageState(language, f"question-{question.slug}", questions,
                                tuple(plain.items()), kind="question", detail=detail))
        states.append(PageState(language, f"question-{question.slug}-error", questions,
                                tuple(missing.items()), kind="question",
                                detail={**detail, "error": True}))
    for number, answers in enumerate(distinct_outcomes()):
        fields = {**answers, "nav": steps.OUTCOME}
        states.append(PageState(language, f"outcome-{number:03d}", questions,
                                tuple(fields.items()), kind="outcome",
                                detail={"answers": answers}))
    return states


def all_states() -> list[PageState]:
    return [state for language in languages() for state in states_for(language)]
