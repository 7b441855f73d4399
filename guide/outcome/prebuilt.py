"""The outcome page, joined from parts rendered once instead of rendered for every request.

Rendering the outcome's twenty-odd section templates took about 8 ms a request, most of the
server's time (docs/performance.md). Yet what the page shows depends on who asks in only a few
places: the hidden copies of the answers, the Back form's last question, the "Your answers" rows
and the hard words those answers use; and, not on the answers but on the address the page was
served at, the "Share this guide" address. Everything else depends only on the language and the
outcome (decision.outcome_for). So for each language and outcome the page is rendered once, through
the same template and the same context as any other outcome page (guide/outcome/context.py), with
markers standing in for those few places; the markers are cut out, the rest is compacted
(guide/outcome/compress.compact), and a request only joins the parts with its own small pieces.

The answers' places are kept together, around "Your answers" (one form holds the answers: Back and
the language buttons name it), and that part is padded with spaces to the longest it can be for
its outcome, so every page of one outcome has one length before it is compressed. The share
address, with the closing tag after it, is padded likewise to ADDRESS_ROOM: every part around
those two holes is compressed ahead (guide/outcome/compress.Frame).

Nothing here is keyed by answers or filled by use: every page is built at start-up, for every
language and outcome (gunicorn.conf.py, before the port opens), never because someone asked,
so nothing records which outcome anyone reached. The template stays the reference, and serves the
rare variants (a second language beside the page, a printout with the answers):
tests/test_outcome_page.py checks that both give the same bytes on covering answer paths in every
language. Only guide/outcome (the door) calls this module.
"""

import array
import re
import threading
from dataclasses import dataclass, field, replace

from django.conf import settings
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import conditional_escape

from guide import context_processors
from guide.content import glossary
from guide.flow import decision, routing, wire
from guide.flow.questionnaire import QUESTIONS, Answers
from guide.outcome import compress
from guide.outcome.compress import compact
from guide.outcome.context import context_for, handout_options

# Private-use characters: no text of the guide contains them, and compacting never touches them.
_ANSWER_NAME, _ANSWER_CODE, _LAST_SLUG = "\ue000", "\ue001", "\ue002"
# Two marked rows of "Your answers": the first gives the repeating part, the second the last row.
_ROW_MARKS = (("\ue003", "\ue004", "\ue005"), ("\ue006", "\ue007", "\ue008"))
# Where a request's own pieces go, in the built page.
CARRIED, ROWS, WORDS, LAST, SHARE = "\ue010", "\ue011", "\ue012", _LAST_SLUG, "\ue013"
_ANSWER_SLOTS = (CARRIED, ROWS, WORDS, LAST)
_SLOTS = re.compile(f"([{CARRIED}{ROWS}{WORDS}{LAST}{SHARE}])")

#: Text (bytes) between the names of the slots (str) it leaves to fill.
Parts = tuple[bytes | str, ...]

#: Room for the share address and the tag that closes it, escaped: PUBLIC_URL's address, or
#: without it "https://", a host name (at most 253 characters in DNS), a port and a language's
#: start path. A longer address is served from the template (the door says so in the log).
ADDRESS_ROOM = 300


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
    #: The answers' part; what closes the share address (its hole is the address and this); the
    #: frame around the two holes.
    middle: Parts
    after_address: bytes
    frame: compress.Frame
    #: Of the answers' hard words, those explained above "Your answers" (not explained again).
    words_shown_before: frozenset[str]
    #: One row of "Your answers" for each answer, as any row but the last and as the last row.
    rows: dict[tuple[str, str], bytes]
    last_rows: dict[tuple[str, str], bytes]


@dataclass(frozen=True)
class Language:
    pages: dict[decision.Outcome, Page]
    #: The hidden field of each slot (templates/guide/_carried.html), by (slug, value on the wire).
    hidden: dict[tuple[str, str], bytes]
    #: The hard words' explanation for each list of new words, compacted.
    words: dict[tuple[str, ...], bytes]
    #: Every answer path's middle, padded and compressed after its page's head
    #: (compress.Frame.deflate_hole), one after another: path number n (in _path_numbers) is
    #: deflated[offsets[n]:offsets[n + 1]]. One bytes object, not 9,360: a worker that reads
    #: one does not copy the memory it shares with the others (reference counts are writes).
    deflated: bytes = b""
    offsets: array.array = field(default_factory=lambda: array.array("I"))


#: What names each question in a form (guide/flow/wire.py): its number.
_SLUGS = {q.slug: conditional_escape(q.number).encode() for q in QUESTIONS}


def page_for(answers: Answers, language: str, address: str) -> tuple[compress.Filled | None, str]:
    """The usual outcome page for these answers, with this share address; or None and why it is
    not built (the door then renders the template, which gives the same page)."""
    built = _built.get(language)
    if built is None or built[0] != _built_with():
        return None, "not built for this language and these settings"
    page = built[1].pages.get(decision.outcome_for(answers))
    if page is None:
        return None, "not built for this outcome"
    middle = _middle(built[1], page, answers)
    if middle is None or len(middle) > page.frame.rooms[0]:
        return None, "not built for these hard words"
    shared = conditional_escape(address).encode() + page.after_address
    if len(shared) > ADDRESS_ROOM:
        return None, "the share address is longer than its room"
    # The middle compressed at start-up, as this request would compress it.
    ahead = {}
    number = _path_numbers.get(_path_key(answers))
    if number is not None:
        offsets = built[1].offsets
        ahead[0] = built[1].deflated[offsets[number] : offsets[number + 1]]
    return page.frame.fill(middle, shared, ahead=ahead), ""


def _path_key(answers: Answers) -> tuple[str | None, ...]:
    return tuple(answers.get(q.slug) for q in QUESTIONS)


def _join(parts: Parts, pieces: dict[str, bytes]) -> bytes:
    return b"".join(part if isinstance(part, bytes) else pieces[part] for part in parts)


def _middle(built: Language, page: "Page | _Draft", answers: Answers) -> bytes | None:
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
    return _join(page.middle, pieces)


def _built_with() -> tuple:
    """What a built page depends on besides the language and the outcome: the content's dates
    and version (on every page) and the settings the page shows. Pages built with others are not
    served (only tests change them while running)."""
    return (
        context_processors.CONTENT,
        settings.SAFE_HOLD_DATE,
        settings.EXIT_URL,
        tuple(settings.LANGUAGES),
        tuple(settings.LOCALE_PATHS),
    )


def build(languages: list[str] | None = None) -> None:
    """Build every outcome page of these languages (all by default), for the settings and
    content in use. gunicorn.conf.py builds them all before the server takes a request; a
    process that has not built them (`manage.py runserver`, Django's test client) renders the
    template instead, which gives the same page."""
    codes = [code for code, _name in settings.LANGUAGES]
    for code in languages or codes:
        if code not in codes:
            raise ValueError(f"{code} is not in settings.LANGUAGES")
        with _lock, translation.override(code):
            _built[code] = (_built_with(), _build())


def is_built(language: str) -> bool:
    """Whether this language's pages are built for the settings and content in use."""
    built = _built.get(language)
    return built is not None and built[0] == _built_with()


def forget() -> None:
    """Drop every built page: the template serves until they are built again."""
    _built.clear()


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
#: Each language's pages, with what they were built with. Filled only by build().
_built: dict[str, tuple[tuple, Language]] = {}
#: Each answer path's number, the same in every language. Filled only by build(), with every path.
_path_numbers: dict[tuple[str | None, ...], int] = {}


def _build() -> Language:
    paths = [(answers, decision.outcome_for(answers)) for answers in decision.every_answer_path()]
    first_path: dict[decision.Outcome, dict[str, str]] = {}
    for answers, outcome in paths:
        first_path.setdefault(outcome, answers)
    drafts = {outcome: _build_page(answers) for outcome, answers in first_path.items()}

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
    # Every path's middle, made once: each page's room is the longest middle of the paths that
    # lead to it, and each middle, padded to that room, is compressed here rather than for each
    # request (about half of what serving the page cost a worker: docs/performance.md, issue
    # 17). Every path, so nothing tells which were asked for.
    middles: list[bytes] = []
    rooms = dict.fromkeys(drafts, 0)
    for number, (answers, outcome) in enumerate(paths):
        if _path_numbers.setdefault(_path_key(answers), number) != number:
            raise ValueError("two answer paths with one key")
        middle = _middle(built, drafts[outcome], answers)
        assert middle is not None, "the hard words of every path are built above"
        middles.append(middle)
        rooms[outcome] = max(rooms[outcome], len(middle))
    built.pages.update((outcome, draft.page(rooms[outcome])) for outcome, draft in drafts.items())
    deflated, offsets = [], array.array("I", [0])
    for middle, (_answers, outcome) in zip(middles, paths, strict=True):
        frame = built.pages[outcome].frame
        deflated.append(frame.deflate_hole(0, frame.pad(0, middle)))
        offsets.append(offsets[-1] + len(deflated[-1]))
    return replace(built, deflated=b"".join(deflated), offsets=offsets)


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

    head: Parts
    middle: Parts
    tail: Parts
    words_shown_before: frozenset[str]
    rows: dict[tuple[str, str], bytes]
    last_rows: dict[tuple[str, str], bytes]

    def page(self, room: int) -> Page:
        # The tail holds the share address (without PUBLIC_URL, each request's own): a hole of
        # its own, which takes the tag that closes it, so that its padding falls between two tags.
        if any(not isinstance(part, bytes) for part in self.head):
            raise ValueError("the head of the outcome page must hold no slot")
        if len(self.tail) != 3 or self.tail[1] != SHARE:
            raise ValueError("the tail of the outcome page must hold the share address once")
        before, _slot, after = self.tail
        assert isinstance(before, bytes) and isinstance(after, bytes)
        closing, bracket, rest = after.partition(b">")
        if not (closing.startswith(b"</") and bracket and rest.lstrip().startswith(b"<")):
            raise ValueError("the share address must be followed by a closing tag, then a tag")
        head = b"".join(part for part in self.head if isinstance(part, bytes))
        return Page(
            self.middle,
            closing + bracket,
            compress.Frame.around((head, before, rest), (room, ADDRESS_ROOM)),
            self.words_shown_before,
            self.rows,
            self.last_rows,
        )


def _build_page(answers: dict[str, str]) -> _Draft:
    # The page as the view renders it for a POST with no handout options. The request is only
    # there for the context processors; nothing on the page comes from it (the share address,
    # the one thing that would, is a slot).
    request = HttpRequest()
    request.method = "POST"
    request.LANGUAGE_CODE = translation.get_language()
    context = context_for(answers, handout_options(wire.Options()))
    # A marked answer, and every answer that brings hard words, so that their explanation
    # shows where it would on a real page.
    marked = [(_ANSWER_NAME, _ANSWER_CODE), *glossary.ANSWER_TERMS]
    explained: list[tuple[frozenset[str], tuple[str, ...]]] = []
    context |= {
        # One marked hidden field stands for the slots (every question's, on the wire's codes);
        # every answer with hard words is among those answered.
        "carried": marked[:1],
        "answered": marked,
        "last_question": _Question(summary="", slug=_LAST_SLUG),
        "answer_rows": [(_Question(summary, slug), label) for summary, slug, label in _ROW_MARKS],
        "public_address": SHARE,
        # {% explain %} tells what it explained, and what had been before (templatetags/glossary).
        "glossary_explained": explained,
    }
    html: str = render_to_string("guide/outcome.html", context, request=request)

    html = html.replace(_hidden(marked[:1]), CARRIED)
    shown_before = _before_answers(explained, marked)
    words = _new_words(marked, shown_before)
    if words:
        text = render_to_string("guide/_explain.html", {"terms": glossary.terms(*words)})
        if html.count(text) != 1:
            raise ValueError("the hard words beside 'Your answers' were not found once")
        html = html.replace(text, WORDS)
    html, row, last_row = _cut_rows(html)
    if _ANSWER_NAME in html or _ANSWER_CODE in html:
        raise ValueError("an answer is shown somewhere guide/outcome/prebuilt.py does not fill")
    pieces = _SLOTS.split(compact(html.encode()).decode())
    parts = tuple(piece if index % 2 else piece.encode() for index, piece in enumerate(pieces))
    answer_slots = [index for index, part in enumerate(parts) if part in _ANSWER_SLOTS]
    first, last = answer_slots[0], answer_slots[-1]
    middle = parts[first : last + 1]
    # The middle is padded with spaces at its end, where they change nothing: after the hidden
    # fields of the answers (each ends its tag), before a tag.
    after = parts[last + 1]
    if not (middle[-1] == CARRIED and isinstance(after, bytes) and after.lstrip().startswith(b"<")):
        raise ValueError("the middle of the outcome page must end with the answers' hidden fields")
    if SHARE in middle:
        raise ValueError("the share address must not stand among the answers")
    return _Draft(
        head=parts[:first],
        middle=middle,
        tail=parts[last + 1 :],
        words_shown_before=shown_before,
        rows=_rows(compact(row.encode()).decode(), _ROW_MARKS[0]),
        last_rows=_rows(compact(last_row.encode()).decode(), _ROW_MARKS[1]),
    )


def _before_answers(explained, carried) -> frozenset[str]:
    """Of the answers' hard words, those explained before {% explain_answers %}: found as the one
    explanation that gave exactly the words these answers still needed."""
    words = set(_new_words(carried, frozenset()))
    found = {before & words for before, keys in explained if keys == _new_words(carried, before)}
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
