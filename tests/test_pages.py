"""Every page and every state of the guide through Django's test client."""

import re

import pytest
from django.utils.formats import date_format

from guide import content
from guide.flow import decision, wire
from guide.flow.questionnaire import QUESTIONS, QUESTIONS_BY_SLUG
from tests.helpers import (
    ALL_CODES,
    chosen,
    field,
    final_path,
    on_the_wire,
    scrape,
    shortest_path,
    visible_text,
)

Q = "/en/questions/"
ALL_PATHS = decision.every_answer_path()
STATIC_PAGES = ["/en/", "/en/before-you-start/", "/en/legal-help/", "/en/privacy/", "/en/about/"]


def post(client, data):
    return client.post(Q, data)


def walk(client, answers: dict[str, str]):
    """Answer every question the way a person would, one page at a time; yield each response."""
    response = client.get(Q)
    yield response
    sent: dict[str, str] = {}
    while True:
        page = scrape(response.content)
        main_form = page.forms[-1]
        hidden = {f["name"]: f["value"] for f in main_form["fields"] if f.get("type") == "hidden"}
        slug = wire.question_numbered(hidden.pop("q")).slug
        sent = {**hidden, slug: answers[slug]}
        response = post(client, on_the_wire({**sent, "q": slug, "nav": "continue"}))
        yield response
        if b'class="outcome"' in response.content:
            return


@pytest.mark.parametrize("url", STATIC_PAGES + [Q])
def test_every_page_serves_with_no_cookie(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert not response.cookies
    assert "Set-Cookie" not in response


def test_root_picks_a_language_without_a_cookie(client):
    # Answered in place, without a redirect (tests/test_descriptions.py).
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response.status_code == 200 and response["Content-Language"] == "en"
    assert not response.cookies


# That every outcome renders, in every language, both as the page joined from parts and from the
# template: tests/test_outcome_page.py, on paths that show every piece a path can change.


def test_a_full_run_sets_no_cookie_and_keeps_one_address(client):
    responses = list(walk(client, final_path()))
    assert len(responses) == 8  # the first question, six more, the outcome
    for response in responses:
        assert response.status_code == 200
        assert "Set-Cookie" not in response and not response.cookies
        assert response.request["PATH_INFO"] == Q
    assert "The agreement names people in your situation" in visible_text(responses[-1].content)


@pytest.mark.parametrize("answers", ALL_PATHS[::97])
def test_no_answer_in_any_url_and_no_page_stored_or_indexed(client, answers):
    """On every page of a run: no answer code in any address, every form POSTs, and every
    question and outcome page is never stored or indexed (one walk checks both)."""
    for response in walk(client, answers):
        page = scrape(response.content)
        urls = page.links + [form["action"] for form in page.forms]
        for url in urls:
            assert "?" not in url or url.startswith("http"), url
            if not url.startswith("http"):
                assert not set(re.split(r"[/?=&#]", url)) & (ALL_CODES - {"", "en"}), url
        assert all(form["method"] == "post" for form in page.forms)
        assert "no-store" in response["Cache-Control"]
        assert "noindex" in response["X-Robots-Tag"]


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.slug)
def test_missing_answer_shows_the_question_again_with_an_error(client, question):
    earlier = _answers_reaching(question)
    response = post(client, on_the_wire({**earlier, "q": question.slug, "nav": "continue"}))
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    name = wire.NAMES[question.slug]
    assert f'href="#{name}_0"' in html and f'id="{name}_0"' in html
    assert f'id="{name}-error"' in html
    assert str(question.text) in visible_text(html)
    assert "Error:" in html.split("</title>")[0]


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.slug)
@pytest.mark.parametrize("bad", ["maybe", "YES", "", "<script>alert(1)</script>", "itin "])
def test_unknown_code_is_rejected_with_400_and_never_echoed(client, question, bad):
    earlier = _answers_reaching(question)
    response = post(
        client, on_the_wire({**earlier, "q": question.slug, question.slug: bad, "nav": "continue"})
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html and str(question.text) in visible_text(html)
    if bad.strip():
        assert bad not in html


@pytest.mark.parametrize("question", QUESTIONS[1:], ids=lambda q: q.slug)
def test_tampered_earlier_answer_is_rejected(client, question):
    earlier = _answers_reaching(question)
    victim = next(iter(earlier))
    response = post(
        client,
        on_the_wire(
            {
                **earlier,
                victim: "forged",
                "q": question.slug,
                question.slug: question.codes[0],
                "nav": "continue",
            }
        ),
    )
    assert response.status_code == 400
    assert "There is a problem" in response.content.decode()


def test_repeated_field_is_rejected(client):
    response = client.post(
        Q,
        "itin=itin&itin=ssn&q=itin&nav=continue",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"q": "nope"},
        {"nav": "sideways", "q": "itin"},
        {"change": "nope"},
        {"q": "protection", "nav": "continue"},
    ],
)
def test_forms_that_name_no_usable_question_get_a_question_and_400(client, data):
    response = post(client, data)
    assert response.status_code == 400
    assert 'name="q"' in response.content.decode()


def test_back_returns_to_the_previous_question_with_its_answer_selected(client):
    answers = {"itin": "applied", "filed": "older", "address": "moved"}
    response = post(client, on_the_wire({**answers, "q": "household", "nav": "back"}))
    html = response.content.decode()
    assert str(QUESTIONS_BY_SLUG["address"].text) in visible_text(html)
    assert chosen(html, "address", "moved")
    # The other answers still travel with the page.
    assert field("itin", "applied") in html and field("filed", "older") in html


def test_back_from_the_first_question_goes_to_the_intro(client):
    response = post(client, on_the_wire({"q": "itin", "nav": "back"}))
    assert response.status_code == 200 and "Before you start" in response.content.decode()


def test_back_then_continue_keeps_later_answers(client):
    answers = final_path()
    response = post(
        client, on_the_wire({**answers, "q": "order", "order": "final", "nav": "continue"})
    )
    html = response.content.decode()
    assert str(QUESTIONS_BY_SLUG["protection"].text) in visible_text(html)
    assert chosen(html, "protection", "no_protection")


def test_change_keeps_the_other_answers_and_returns_to_the_outcome(client):
    answers = final_path()
    page = post(client, on_the_wire({**answers, "change": "household"}))
    html = page.content.decode()
    assert chosen(html, "household", "others")
    assert 'name="return" value="outcome"' in html
    outcome = post(
        client,
        on_the_wire(
            {
                **{k: v for k, v in answers.items() if k != "household"},
                "household": "alone",
                "q": "household",
                "return": "outcome",
                "nav": "continue",
            }
        ),
    )
    text = visible_text(outcome.content)
    assert "Your answers" in text and "No, only me" in text
    for question in QUESTIONS:
        if question.slug in answers and question.slug != "household":
            assert str(question.label_for(answers[question.slug])) in text


def test_change_that_opens_a_new_question_asks_it_then_returns(client):
    answers = shortest_path()
    response = post(
        client,
        on_the_wire(
            {
                **{k: v for k, v in answers.items() if k != "filed"},
                "filed": "recent",
                "q": "filed",
                "return": "outcome",
                "nav": "continue",
            }
        ),
    )
    html = response.content.decode()
    assert str(QUESTIONS_BY_SLUG["address"].text) in visible_text(html)
    assert 'name="return" value="outcome"' in html
    done = post(
        client,
        on_the_wire(
            {
                **answers,
                "filed": "recent",
                "address": "same",
                "q": "address",
                "return": "outcome",
                "nav": "continue",
            }
        ),
    )
    assert b'class="outcome"' in done.content


def test_address_question_only_when_a_return_was_filed(client):
    never = post(
        client, on_the_wire({"itin": "itin", "filed": "never", "q": "filed", "nav": "continue"})
    )
    assert str(QUESTIONS_BY_SLUG["household"].text) in visible_text(never.content)
    recent = post(
        client, on_the_wire({"itin": "itin", "filed": "recent", "q": "filed", "nav": "continue"})
    )
    assert str(QUESTIONS_BY_SLUG["address"].text) in visible_text(recent.content)


def test_question_pages_follow_the_question_page_pattern(client):
    for question in QUESTIONS:
        earlier = _answers_reaching(question)
        response = post(client, on_the_wire({**earlier, "q": question.slug, "nav": "stay"}))
        html = response.content.decode()
        assert re.search(r"<legend[^>]*>\s*<h1[^>]*>", html), question.slug
        assert html.count("<h1") == 1
        assert "Why we ask" in html and "We do not save your answer" in html
        assert str(question.hint) in visible_text(html)
        assert 'value="back"' in html and 'value="continue"' in html
        radios = re.findall(r'<input type="radio"[^>]*>', html)
        assert [re.search(r'value="([^"]*)"', r).group(1) for r in radios] == [
            wire.answer(question.slug, code) for code in question.codes
        ]
        # The page title names neither the question nor an answer: history keeps titles.
        title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
        assert "Questions" in title and str(question.text) not in title


def test_no_free_text_input_anywhere(client):
    pages = [client.get(url) for url in STATIC_PAGES + [Q]]
    pages += [post(client, on_the_wire({**a, "nav": "outcome"})) for a in ALL_PATHS[::500]]
    for response in pages:
        html = response.content.decode()
        assert "<textarea" not in html
        for tag in re.findall(r"<input\b[^>]*>", html):
            assert re.search(r'type="(radio|hidden)"', tag), tag


def _answers_reaching(question):
    """Answers to every question before this one, on a path where it is asked."""
    path = next(p for p in ALL_PATHS if question.slug in p)
    before = []
    for q in QUESTIONS:
        if q.slug == question.slug:
            break
        before.append(q.slug)
    return {slug: path[slug] for slug in before if slug in path}


# --- What the outcome says -------------------------------------------------------------------


def outcome_text(client, **answers):
    response = post(client, on_the_wire({**answers, "nav": "outcome"}))
    assert response.status_code == 200
    return response.content.decode()


def test_final_order_outcome(client):
    html = outcome_text(client, **final_path())
    text = visible_text(html)
    assert "The agreement names people in your situation" in text
    assert "What the agreement does not cover" in text
    assert "talk to an immigration lawyer before you file" in text
    # The court timeline, both directions, with its as-of date.
    assert "Allowed the sharing" in text and "Blocked or limited the sharing" in text
    newest = date_format(content.CONTENT.newest_court_information, "YEAR_MONTH_FORMAT")
    assert f"As of {newest}" in text
    assert "We could not confirm whether these court orders are still in force." in text
    # Immigration legal help.
    assert "https://www.justice.gov/eoir/list-pro-bono-legal-service-providers" in html
    # The two dates.
    assert "Last reviewed:" in text and f"Newest court information we found: {newest}" in text


def test_unsure_order_outcome_shows_how_to_check_with_eoir(client):
    answers = {**final_path(), "order": "unsure", "criminal": "no"}
    answers.pop("protection")
    text = visible_text(outcome_text(client, **answers))
    assert "One answer matters and is not clear yet" in text
    assert "How to check whether you have a deportation order" in text
    assert "1-800-898-7180" in text and "A-number" in text
    assert "does not prove there is no order" in text


def test_timeline_is_in_date_order_and_every_event_is_sourced(client):
    dates = [event.when for event in content.TIMELINE]
    assert dates == sorted(dates)
    for event in content.TIMELINE:
        assert event.sources and all(key in content.SOURCES for key in event.sources)
    assert {event.direction for event in content.TIMELINE} >= {"allowed", "limited"}


def test_every_section_names_only_known_sources():
    for key, sources in content.SECTION_SOURCES.items():
        assert all(source in content.SOURCES for source in sources), key
    used = {
        s.key
        for p in ALL_PATHS[::37]
        for s in content.sources_for(decision.outcome_for(p).sections)
    }
    assert "S2" in used and "S66" in used


def test_sources_list_shows_publisher_title_date_and_link(client):
    """The outcome's own sources come with its printout (print_details); on screen the page
    links to every source, on the about page."""
    plain = outcome_text(client, **final_path())
    assert 'href="/en/about/#sources"' in plain and "source-list" not in plain
    html = outcome_text(client, **final_path(), print_details="yes")
    shown = content.sources_for(decision.outcome_for(final_path()).sections)
    for source in shown:
        assert source.publisher in visible_text(html)
        if source.url:
            assert f'href="{source.url.replace("&", "&amp;")}"' in html


def test_sources_are_the_publishers_own_and_never_tier_c_alone():
    for source in content.SOURCES.values():
        assert source.tier in {"A", "B", "B/C"}, source.key
        if source.url:
            assert source.url.startswith("https://"), source.key


def test_legal_help_page_lists_each_link_with_what_it_is_for_and_when_checked(client):
    html = client.get("/en/legal-help/").content.decode()
    text = visible_text(html)
    for title in ("Immigration legal help", "Tax help", "Know your rights"):
        assert title in text
    for link in content.HELP_LINKS:
        assert f'href="{link.url}"' in html
        assert str(link.what_for) in text
    assert text.count("Link last checked:") == len(content.HELP_LINKS)
    assert "for people anywhere in the u.s. with a case in immigration court" in text.lower()


def test_outbound_links_send_no_referrer(client):
    pages = [
        client.get("/en/legal-help/"),
        client.get("/en/about/"),
        post(client, on_the_wire({**final_path(), "nav": "outcome"})),
    ]
    for response in pages:
        for tag in re.findall(r'<a\b[^>]*href="https?://[^"]*"[^>]*>', response.content.decode()):
            assert 'rel="noreferrer' in tag or "noreferrer" in tag, tag
        assert '<meta name="referrer" content="no-referrer">' in response.content.decode()


FORBIDDEN = [
    # "Whether you must file depends on your income" is the brief's own, neutral sentence.
    r"(?<!whether )\byou (should|must|need to|have to) (not )?file\b",
    r"\b(do not|don't|never) file\b",
    r"\bstop filing\b",
    r"\beveryone (must|has to) file\b",
]


def test_no_path_tells_anyone_to_file_or_not(client):
    seen = set()
    for answers in ALL_PATHS:
        sections = decision.outcome_for(answers).sections
        if sections in seen:
            continue
        seen.add(sections)
        text = visible_text(outcome_text(client, **answers)).lower()
        for pattern in FORBIDDEN:
            assert not re.search(pattern, text), (pattern, sections)


def test_start_page_says_what_a_person_needs_to_decide(client):
    text = visible_text(client.get("/en/").content)
    assert "about 3 minutes" in text
    assert "Nothing you answer is stored" in text
    assert "not the IRS, not ICE and not a government website" in text
    assert "not legal advice" in text and "Start now" in text and "Other ways to get help" in text


def test_intro_says_what_the_brief_asks(client):
    text = visible_text(client.get("/en/before-you-start/").content)
    for phrase in (
        "at most 7 questions",
        "Nothing is saved",
        "go back and change",
        "“I'm not sure” is always a fine answer",
        "not legal advice",
        "Answer for one person. If you file with a spouse, go through it again for them.",
        "you can answer the questions about immigration on your own",
    ):
        assert phrase in text, phrase


def test_every_page_says_it_is_independent_and_not_legal_advice(client):
    for url in STATIC_PAGES + [Q]:
        text = visible_text(client.get(url).content)
        assert "An independent information guide. Not legal advice." in text


def test_unknown_page_is_a_plain_404(client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
