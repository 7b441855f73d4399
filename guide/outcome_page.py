"""The outcome page, joined from parts rendered once instead of rendered for every request.

Rendering the outcome's twenty-odd section templates took about 8 ms a request, most of the
server's time (docs/performance.md). Yet what the page shows depends on who asks in only a few
places: the hidden copies of the answers, the Back form's last question, the "Your answers" rows
and the hard words those answers use. Everything else depends only on the language and the
outcome (decision.outcome_for). So for each language and outcome the page is rendered once, through
the same template and the same context as the view's, with markers standing in for those few
places; the markers are cut out, the rest is compacted (guide/middleware.py), and a request only
joins the parts with its own small pieces.

Those places are kept together, around "Your answers" (one form holds the answers: Back and the
language buttons name it), so that the page is a fixed head, a middle that changes and a fixed
tail. Head and tail are also compressed ahead (guide/compression.py), and every middle of one
page is padded with spaces to the same length, which that needs.

Nothing here is keyed by answers or filled by use: every page is built at start-up, for every
language and outcome (gunicorn.conf.py, before the port opens), never because someone asked,
so nothing records which outcome anyone reached. The template stays the reference, and serves the
rare variants (a second language beside the page, a printout with the answers):
tests/test_outcome_page.py checks that both give the same bytes on every answer path in every
language.
"""

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.dispatch import receiver
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.signals import setting_changed
from django.urls import reverse
from django.utils import translation
from django.utils.html import conditional_escape

from guide import context_processors, glossary
from guide.compression import Frame
from guide.content import ContentMeta
from guide.flow import decision, routing, wire
from guide.flow.questionnaire import QUESTIONS, Answers
from guide.middleware import compact

# Private-use characters: no text of the guide contains them, and compacting never touches them.
_ANSWER_NAME, _ANSWER_CODE, _LAST_SLUG = "\ue000", "\ue001", "\ue002"
# Two marked rows of "Your answers": the first gives the repeating part, the second the last row.
_ROW_MARKS = (("\ue003", "\ue004", "\ue005"), ("\ue006", "\ue007", "\ue008"))
# Where a request's own pieces go, in the built page.
CARRIED, ROWS, WORDS, LAST = "\ue010", "\ue011", "\ue012", _LAST_SLUG
_SLOTS = re.compile(f"([{CARRIED}{ROWS}{WORDS}{LAST}])")


@dataclass(frozen=True)
class _Question:
    """Stands in for a question in the marked "Your answers" rows."""

    summary: str
    slug: str

    @property
    def number(self) -> str:
        # The mark stands for the question's number in the Change buttons and the Back form.
        return self.slug


@dataclass(frozen=True)
class Page:
    #: The part of the page that changes, in UTF-8, split at its slots: text, slot, …, text.
    middle: tuple[bytes | str, ...]
    #: The rest of the page, before and after the middle, compressed ahead.
    frame: Frame
    #: Of the answers' hard words, those explained above "Your answers" (not explained again).
    words_shown_before: frozenset[str]
    #: One row of "Your answers" for each answer, as any row but the last and as the last row.
    rows: dict[tuple[str, str], bytes]
    last_rows: dict[tuple[str, str], bytes]


@dataclass(frozen=True)
class Language:
    pages: dict[decision.Outcome, Page]
    #: The hidden field of each answer (templates/guide/_carried.html), by (slug, code).
    hidden: dict[tuple[str, str], bytes]
    #: The hard words' explanation for each list of new words, compacted.
    words: dict[tuple[str, ...], bytes]


#: Each question's slug as the Back form writes it.
# What names each question in a form (guide/flow/wire.py): its number.
_SLUGS = {q.slug: conditional_escape(q.number).encode() for q in QUESTIONS}


def response_for(answers: Answers, language: str) -> HttpResponse | None:
    """The outcome page for these answers, or None when it is not built for this language
    (the view then renders the template, which gives the same page)."""
    # The content's dates and version (guide/context_processors.py) are on every page: pages
    # built for other content are not used (only tests change it while running).
    built = _built.get((language, context_processors.CONTENT))
    # Without PUBLIC_URL, "Share this guide" gives the address the page was served at, which
    # pages built ahead cannot know: the template serves (deployments set PUBLIC_URL).
    if built is None or not settings.PUBLIC_URL:
        return None
    page = built.pages.get(decision.outcome_for(answers))
    if page is None:
        return None
    middle = _middle(built, page, answers)
    if middle is None or len(middle) > page.frame.room:
        return None
    filled = page.frame.fill(middle)
    response = HttpResponse(filled.body)
    # Built from compacted parts: guide.middleware.CompactHTMLMiddleware need not scan it again.
    response.compacted = True  # type: ignore[attr-defined]
    # Most of it already compressed: guide.middleware.GZipMiddleware compresses only the middle.
    response.compressed_ahead = filled  # type: ignore[attr-defined]
    return response


def _middle(built: "Language", page: "Page | _Draft", answers: Answers) -> bytes | None:
    """The page's middle filled in for these answers (None if its hard words were not built)."""
    carried = [(q.slug, answers[q.slug]) for q in QUESTIONS if q.slug in answers]
    words = _new_words(carried, page.words_shown_before)
    if words not in built.words:
        return None
    pieces = {
        CARRIED: b"".join(built.hidden[pair] for pair in wire.slots(answers)),
        ROWS: b"".join([*(page.rows[pair] for pair in carried[:-1]), page.last_rows[carried[-1]]]),
        WORDS: built.words[words],
        LAST: _SLUGS[routing.questions_asked(answers)[-1].slug],
    }
    return b"".join(part if isinstance(part, bytes) else pieces[part] for part in page.middle)


def build(languages: list[str] | None = None) -> None:
    """Build every outcome page of these languages (all by default), for the settings and
    content in use. gunicorn.conf.py builds them all before the server takes a request; a
    process that has not built them (`manage.py runserver`, Django's test client) renders the
    template instead, which gives the same page."""
    codes = [code for code, _name in settings.LANGUAGES]
    if not settings.PUBLIC_URL:
        return  # Not used without it (response_for): the template serves every outcome.
    for code in languages or codes:
        if code not in codes:
            raise ValueError(f"{code} is not in settings.LANGUAGES")
        with _lock, translation.override(code):
            _built[(code, context_processors.CONTENT)] = _build(code)


def _rows(row: str, marks: tuple[str, str, str]) -> dict[tuple[str, str], bytes]:
    """A marked row filled in for every answer, escaped as the template escapes."""
    summary, slug, label = marks
    return {
        (q.slug, code): row.replace(summary, conditional_escape(q.summary))
        .replace(slug, conditional_escape(q.number))
        .replace(label, conditional_escape(q.label_for(code)))
        .encode()
        for q in QUESTIONS
        for code in q.codes
    }


def _new_words(carried, shown: frozenset[str]) -> tuple[str, ...]:
    """The hard words of these answers not yet explained on the page (as {% explain_answers %})."""
    keys = [key for pair in carried for key in glossary.ANSWER_TERMS.get(pair, ())]
    return tuple(term.key for term in glossary.terms(*keys) if term.key not in shown)


_lock = threading.Lock()
#: Each language's pages, by (language, the content they were built with). Filled only by build().
_built: dict[tuple[str, ContentMeta], Language] = {}


@receiver(setting_changed)
def _rebuild_on_setting_change(**kwargs) -> None:
    # Pages built for other settings (tests change the safe hold date, the languages…) are
    # dropped: the template serves until they are built again.
    _built.clear()


def _build(code: str) -> Language:
    # The view module builds the context; imported here because it imports this module.
    from guide import views

    paths = [(answers, decision.outcome_for(answers)) for answers in decision.every_answer_path()]
    first_path: dict[decision.Outcome, dict[str, str]] = {}
    for answers, outcome in paths:
        first_path.setdefault(outcome, answers)
    drafts = {outcome: _build_page(views, answers) for outcome, answers in first_path.items()}

    words: dict[tuple[str, ...], bytes] = {}
    for answers, outcome in paths:
        carried = list(answers.items())
        new = _new_words(carried, drafts[outcome].words_shown_before)
        if new not in words:
            words[new] = _words_html(new).encode()
    built = Language(
        pages={},
        hidden={pair: _hidden([pair]).encode() for pair in wire.every_slot()},
        words=words,
    )
    if not all(field.endswith((b">", b">\n")) for field in built.hidden.values()):
        raise ValueError("each hidden field must end with its tag: the padding follows them")
    # Each page's room: its longest middle, over every answer path that leads to it.
    rooms = dict.fromkeys(drafts, 0)
    for answers, outcome in paths:
        middle = _middle(built, drafts[outcome], answers)
        assert middle is not None, "the hard words of every path are built above"
        rooms[outcome] = max(rooms[outcome], len(middle))
    built.pages.update((outcome, draft.page(rooms[outcome])) for outcome, draft in drafts.items())
    return built


def _hidden(carried: list[tuple[str, str]]) -> str:
    """What templates/guide/_carried.html writes for these answers, less what it writes for none."""
    html = render_to_string("guide/_carried.html", {"carried": carried})
    empty = render_to_string("guide/_carried.html", {"carried": []})
    if not html.endswith(empty):
        raise ValueError("guide/_carried.html must write one piece per answer")
    return html[: len(html) - len(empty)] if empty else html


def _words_html(keys: tuple[str, ...]) -> str:
    if not keys:
        return ""
    html = render_to_string("guide/_explain.html", {"terms": glossary.terms(*keys)})
    return compact(html.encode()).decode()


@dataclass(frozen=True)
class _Draft:
    """A page before its head and tail are compressed: that needs the length of its longest
    middle, known once every page's hard words are."""

    head: bytes
    tail: bytes
    middle: tuple[bytes | str, ...]
    words_shown_before: frozenset[str]
    rows: dict[tuple[str, str], bytes]
    last_rows: dict[tuple[str, str], bytes]

    def page(self, room: int) -> Page:
        return Page(
            middle=self.middle,
            frame=Frame.around(self.head, self.tail, room),
            words_shown_before=self.words_shown_before,
            rows=self.rows,
            last_rows=self.last_rows,
        )


def _build_page(views, answers: dict[str, str]) -> _Draft:
    request = RequestFactory().post(reverse("questions"))
    request.LANGUAGE_CODE = translation.get_language()
    context = views._outcome_context(answers, views._handout_options(request))
    # A marked answer, and every answer that brings hard words, so that their explanation
    # shows where it would on a real page.
    marked = [(_ANSWER_NAME, _ANSWER_CODE), *glossary.ANSWER_TERMS]
    shown = _Recording()
    context |= {
        "carried": marked[:1],
        "answered": marked,
        "last_question": _Question(summary="", slug=_LAST_SLUG),
        "answer_rows": [(_Question(summary, slug), label) for summary, slug, label in _ROW_MARKS],
        "glossary_shown": shown,
    }
    html: str = render_to_string("guide/outcome.html", context, request=request)

    html = html.replace(_hidden(marked[:1]), CARRIED)
    shown_before = shown.before_answers(marked)
    words = _new_words(marked, shown_before)
    if words:
        explained = render_to_string("guide/_explain.html", {"terms": glossary.terms(*words)})
        if html.count(explained) != 1:
            raise ValueError("the hard words beside 'Your answers' were not found once")
        html = html.replace(explained, WORDS)
    html, row, last_row = _cut_rows(html)
    if _ANSWER_NAME in html or _ANSWER_CODE in html:
        raise ValueError("an answer is shown somewhere guide/outcome_page.py does not fill")
    pieces = _SLOTS.split(compact(html.encode()).decode())
    # Between the page's text (bytes), the names of the slots (str) it leaves to fill.
    parts = [piece if index % 2 else piece.encode() for index, piece in enumerate(pieces)]
    head, middle, tail = pieces[0].encode(), tuple(parts[1:-1]), pieces[-1].encode()
    # The middle is padded with spaces at its end (guide/compression.py), where they change
    # nothing: after the hidden fields of the answers (each ends its tag), before a tag.
    if not (middle[-1] == CARRIED and tail.lstrip().startswith(b"<")):
        raise ValueError("the middle of the outcome page must end with the answers' hidden fields")
    return _Draft(
        head=head,
        tail=tail,
        middle=middle,
        words_shown_before=shown_before,
        rows=_rows(compact(row.encode()).decode(), _ROW_MARKS[0]),
        last_rows=_rows(compact(last_row.encode()).decode(), _ROW_MARKS[1]),
    )


class _Recording(set):
    """The page's `glossary_shown` (guide/templatetags/glossary.py), remembering for each
    {% explain %} what had been explained before it."""

    def __init__(self):
        super().__init__()
        self.calls: list[tuple[frozenset[str], tuple[str, ...]]] = []

    def update(self, *iterables: Iterable[str]) -> None:
        keys = tuple(key for each in iterables for key in each)
        self.calls.append((frozenset(self), keys))
        super().update(keys)

    def before_answers(self, carried) -> frozenset[str]:
        """Of the answers' hard words, those explained before {% explain_answers %}: found as
        the one call that explained exactly the words these answers still needed."""
        words = set(_new_words(carried, frozenset()))
        found = {
            before & words for before, keys in self.calls if keys == _new_words(carried, before)
        }
        if len(found) != 1:
            raise ValueError("cannot tell where the answers' hard words are explained")
        return found.pop()


def _cut_rows(html: str) -> tuple[str, str, str]:
    """The marked rows out of the page: the page with a slot, the repeating row, the last row.

    Two rows render as A C(1) C(2) B. Cut at each row's first mark instead, and the first cut is
    a row that repeats (the end of one row and the start of the next) and the second is the
    last row up to its last mark: A C(1) … C(n) B is then A' + R(1) … R(n-1) + L(n) + B'.
    """
    first = min(html.index(mark) for mark in _ROW_MARKS[0])
    second = min(html.index(mark) for mark in _ROW_MARKS[1])
    end = max(html.rindex(mark) + 1 for mark in _ROW_MARKS[1])
    if any(mark in html[second:] for mark in _ROW_MARKS[0]) or any(
        mark in html[:second] for mark in _ROW_MARKS[1]
    ):
        raise ValueError("the rows of 'Your answers' are not one repeating piece")
    return html[:first] + ROWS + html[end:], html[first:second], html[second:end]
