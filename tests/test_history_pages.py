"""What a GET of the questions address means (a reload, or the browser's history after the page
that showed the answers has gone), and the guide's own Back controls. The browser side of the
phone's Back, Forward and reload (static/js/history.js) is in tests/browser/test_history.py."""

import re

from guide.flow import routing, wire
from guide.flow.questionnaire import QUESTIONS
from tests.helpers import final_path, on_the_wire, scrape, visible_text

Q = "/en/questions/"
NOTICE = "The questions have started again."
SELECTED = re.compile(r"<input[^>]*\bchecked")


def test_a_get_of_the_questions_address_shows_the_first_question_and_says_the_answers_are_gone(
    client,
):
    html = client.get(Q).content.decode()
    assert NOTICE in visible_text(html)
    assert f'name="q" value="{QUESTIONS[0].number}"' in html
    assert not SELECTED.search(html)


def test_pages_reached_with_the_guide_say_nothing_about_starting_again(client):
    assert NOTICE not in visible_text(
        client.post(Q, on_the_wire({"q": "itin", "nav": "stay"})).content
    )
    assert NOTICE not in visible_text(
        client.post(Q, on_the_wire({"itin": "itin", "q": "itin"})).content
    )


def test_the_intro_continues_by_post_so_a_get_only_ever_means_a_reload_or_history(client):
    came_back = client.post(Q, on_the_wire({"q": "itin", "nav": "back"}))
    for response in (client.get("/en/before-you-start/"), came_back):
        page = scrape(response.content)
        assert Q not in page.links
        (form,) = [form for form in page.forms if form["action"] == Q]
        assert form["method"] == "post"
        fields = {field["name"]: field["value"] for field in form["fields"]}
        assert fields == {**dict(wire.slots({})), "q": QUESTIONS[0].number}
        assert form["buttons"][0]["value"] == "stay"
        # Continue shows the first question with nothing selected.
        html = client.post(Q, on_the_wire({**fields, "nav": "stay"})).content.decode()
        assert f'name="q" value="{QUESTIONS[0].number}"' in html and not SELECTED.search(html)


def test_back_on_the_outcome_shows_the_last_question_with_its_answer(client):
    answers = final_path()
    outcome = client.post(Q, on_the_wire({**answers, "nav": "outcome"}))
    page = scrape(outcome.content)
    # Back sends the page's one form of answers (named by its `form` attribute).
    (back,) = [
        form
        for form in page.forms
        if any(button.get("class") == "back-link" for button in form["buttons"])
    ]
    fields = {field["name"]: field["value"] for field in back["fields"]}
    last = routing.questions_asked(answers)[-1]
    assert fields == {**dict(wire.slots(answers)), "q": last.number}
    (button,) = [button for button in back["buttons"] if button.get("class") == "back-link"]
    assert (button["name"], button["value"]) == ("nav", "stay")

    html = client.post(Q, on_the_wire({**fields, "nav": "stay"})).content.decode()
    assert str(last.text) in visible_text(html)
    assert re.search(rf'value="{wire.answer(last.slug, answers[last.slug])}"[^>]*checked', html)
    assert NOTICE not in visible_text(html)
