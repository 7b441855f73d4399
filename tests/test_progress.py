"""'Question n of total' is right on every path, with and without the address question."""

import re

import pytest

from guide.flow import decision, routing, wire
from guide.flow.questionnaire import QUESTIONS
from tests.helpers import on_the_wire, scrape, shortest_path

ALL_PATHS = decision.every_answer_path()
Q = "/en/questions/"


def asked_in_order(path: dict[str, str]) -> list[str]:
    return [question.slug for question in QUESTIONS if question.slug in path]


@pytest.mark.parametrize("path", ALL_PATHS[::97])
def test_progress_along_a_path_counts_up_and_ends_at_the_real_total(path):
    slugs = asked_in_order(path)
    totals = []
    for position, slug in enumerate(slugs):
        so_far = {s: path[s] for s in slugs[:position]}
        number, total = routing.progress(slug, so_far)
        assert number == position + 1
        totals.append(total)
    # The last question knows the real total, and no total ever promised fewer questions.
    assert totals[-1] == len(slugs)
    assert all(total >= len(slugs) for total in totals)
    assert totals == sorted(totals, reverse=True), "the total never grows going forward"


def test_the_total_drops_only_right_after_filed_says_never():
    for path in ALL_PATHS:
        slugs = asked_in_order(path)
        totals = [
            routing.progress(slug, {s: path[s] for s in slugs[:i]})[1]
            for i, slug in enumerate(slugs)
        ]
        if path["filed"] == "never":
            assert "address" not in slugs
            assert totals == [7, 7] + [6] * (len(slugs) - 2), path
        else:
            assert "address" in slugs
            assert totals == [7] * len(slugs), path


def test_going_back_with_later_answers_shows_the_exact_total():
    path = shortest_path()
    assert routing.progress("filed", path) == (2, 6)
    assert routing.progress("itin", path) == (1, 6)
    # Changing `filed` back to a return that was filed brings the address question back.
    assert routing.progress("filed", {**path, "filed": "recent"}) == (2, 7)


@pytest.mark.parametrize(
    "answers, slug, shown",
    [
        ({}, "itin", "Question 1 of 7"),
        ({"itin": "itin", "filed": "recent"}, "address", "Question 3 of 7"),
        ({"itin": "itin", "filed": "never"}, "household", "Question 3 of 6"),
        (
            {"itin": "itin", "filed": "never", "household": "alone", "order": "final"},
            "protection",
            "Question 5 of 6",
        ),
        (
            {
                "itin": "itin",
                "filed": "older",
                "address": "same",
                "household": "alone",
                "order": "none",
                "criminal": "no",
            },
            "this_year",
            "Question 7 of 7",
        ),
    ],
)
def test_each_question_page_says_where_the_person_is(client, answers, slug, shown):
    html = client.post(Q, on_the_wire({**answers, "q": slug, "nav": "stay"})).content.decode()
    progress = re.search(r'<p class="progress">\s*(.*?)\s*</p>', html, re.S)
    assert progress and progress.group(1) == shown
    # Plain text before the question: read by screen readers, not a picture or a bar only.
    assert html.index('class="progress"') < html.index("<legend")


def test_walking_the_shortest_path_page_by_page(client):
    path = {
        "itin": "ssn",
        "filed": "never",
        "household": "alone",
        "order": "none",
        "criminal": "no",
        "this_year": "file",
    }
    response = client.get(Q)
    seen = []
    while b'class="progress"' in response.content:
        html = response.content.decode()
        seen.append(re.search(r'<p class="progress">\s*(.*?)\s*</p>', html, re.S).group(1))
        main_form = scrape(html).forms[-1]
        hidden = {f["name"]: f["value"] for f in main_form["fields"] if f.get("type") == "hidden"}
        slug = wire.question_numbered(hidden.pop("q")).slug
        response = client.post(
            Q, on_the_wire({**hidden, slug: path[slug], "q": slug, "nav": "continue"})
        )
    assert seen == [
        "Question 1 of 7",
        "Question 2 of 7",
        "Question 3 of 6",
        "Question 4 of 6",
        "Question 5 of 6",
        "Question 6 of 6",
    ]


def test_the_intro_says_the_most_questions_any_path_asks(client):
    """The intro's count comes from the routing: the longest path any answers take."""
    longest = max(len(routing.questions_asked(answers)) for answers in decision.every_answer_path())
    assert routing.most_questions() == longest == 7
    assert "There are at most 7 questions." in client.get("/en/before-you-start/").content.decode()


def test_the_intros_count_follows_the_routing(client, monkeypatch):
    # Were the longest path one question, the intro would say so, in the singular.
    monkeypatch.setattr(routing, "most_questions", lambda: 1)
    html = client.get("/en/before-you-start/").content.decode()
    assert "There is at most 1 question." in html
    assert "at most 7" not in html
