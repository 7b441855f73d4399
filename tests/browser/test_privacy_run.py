"""Full runs in Chromium against the real server (gunicorn, its access log): the answers stay in
POST bodies and nowhere else.

The runs choose every answer of every question at least once (what a run sends), and reach the
outcomes that together show every outcome section and every pair of neighbouring sections (what
an outcome page links to or asks for: tests/pages.py, `covering_outcomes`). An outcome page is its
sections, so every link or request any of the 112 outcomes could make is made here.

Answer codes such as "yes", "no", "same" or "other" are ordinary words, so nothing here searches
for them loosely: URLs must be exactly the guide's own addresses with no query string, no request
may carry a Referer or a cookie, and every line the server wrote must be a bare access-log line.
"""

import re
from urllib.parse import urlsplit

import pytest

from guide.flow import decision, wire
from guide.flow.questionnaire import QUESTIONS
from tests.helpers import ALL_CODES, on_the_wire
from tests.pages import covering_outcomes

pytestmark = pytest.mark.browser


def runs() -> list[dict[str, str]]:
    """The covering outcomes, then the first paths that choose an answer no run has chosen."""
    chosen = covering_outcomes()
    seen = {pair for answers in chosen for pair in answers.items()}
    for answers in decision.every_answer_path():
        if not set(answers.items()) <= seen:
            chosen.append(answers)
            seen |= set(answers.items())
    return chosen


OUTCOMES = runs()
ANSWERS = {(q.slug, code) for q in QUESTIONS for code in q.codes}
PAGES_OF_A_RUN = {"/en/", "/en/before-you-start/", "/en/questions/"}
# gunicorn.conf.py: '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
ACCESS_LINE = re.compile(r'\[[^\]]+\] "(GET|POST) (/[^ "?]*)" (\d{3}) (\d+|-) (\d+)ms')


def answer_every_question(page, answers: dict[str, str]) -> None:
    """From the first question to the outcome: pick each answer and press Continue, as a person
    would (a real click on a real form), one page at a time."""
    sent = on_the_wire(answers)  # as the radios name and value them: a1=2 …
    while page.locator("article.outcome").count() == 0:
        name = page.locator("main input[type=radio]").first.get_attribute("name")
        with page.expect_navigation():
            # One round trip to the browser per page keeps 100+ full runs quick.
            page.evaluate(
                """([name, code]) => {
                const radio = document.querySelector(`main input[type=radio][name="${name}"][value="${code}"]`);
                radio.click();
                const form = radio.form;
                form.querySelector('button[value="continue"]').click();
            }""",
                [name, sent[name]],
            )


def test_every_outcome_leaves_no_answer_anywhere_but_the_post_body(server, context, page):
    # Every answer is sent in some run (tests/test_outcome_page.py checks that the covering
    # outcomes show every section and every neighbouring pair).
    assert {pair for answers in OUTCOMES for pair in answers.items()} == ANSWERS
    log_start = len(server.log_text())
    requests, responses = [], []
    page.on("request", lambda request: requests.append(request))
    page.on("response", lambda response: responses.append(response))

    # The first run starts where a person starts; the others at the first question, where the
    # intro's button leads.
    page.goto(server.url + "/en/")
    page.get_by_role("button", name="Start now").click()
    page.get_by_role("button", name="Continue").click()
    for answers in OUTCOMES:
        if page.locator("article.outcome").count():
            page.goto(server.url + "/en/questions/")
        answer_every_question(page, answers)
        assert page.url == server.url + "/en/questions/"
        assert page.locator("article.outcome").count() == 1

    posts = [request for request in requests if request.method == "POST"]
    assert len(posts) >= sum(len(answers) for answers in OUTCOMES)

    # Nothing goes to another origin, nothing has a query string, and the only pages are the
    # start, the intro and the single questions address.
    for request in requests:
        url = urlsplit(request.url)
        assert f"{url.scheme}://{url.netloc}" == server.url, request.url
        assert not url.query and not url.fragment, request.url
        # Pages come as documents, or by fetch when static/js/history.js sends a form.
        if request.resource_type in ("document", "fetch"):
            assert url.path in PAGES_OF_A_RUN, request.url
        else:
            assert url.path.startswith("/static/"), request.url
        headers = request.all_headers()
        # Chromium reports a Referer it left empty as "": either way nothing was sent.
        assert not headers.get("referer"), (request.url, headers.get("referer"))
        assert "cookie" not in headers, request.url

    # The answers were really sent, in POST bodies, as the exact field pairs.
    sent = [post.post_data for post in posts]
    assert any(f"{wire.NAMES['this_year']}=" in body for body in sent)

    # No cookie, and every question and outcome response says no-store.
    assert context.cookies() == []
    for response in responses:
        assert "set-cookie" not in response.all_headers(), response.url
        if urlsplit(response.url).path == "/en/questions/":
            assert "no-store" in response.headers["cache-control"], response.url

    # Every line the server wrote during the runs is an access-log line: method, path, status,
    # size and time. No body, no query string, no answer as a path segment.
    lines = [line for line in server.log_text()[log_start:].splitlines() if line.strip()]
    assert len([line for line in lines if '"POST /en/questions/"' in line]) == len(posts)
    for line in lines:
        match = ACCESS_LINE.fullmatch(line)
        assert match, line
        assert not set(match.group(2).strip("/").split("/")) & ALL_CODES, line
        assert "=" not in line and "&" not in line, line
