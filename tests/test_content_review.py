"""Content that stays true: the reviewer's documents match the code, the two dates and the
docket line show where the brief says, and the What's changed page lists every update."""

import dataclasses
import itertools
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils.formats import date_format

from guide import content, context_processors
from guide.flow import decision
from guide.flow.questionnaire import QUESTIONS
from guide.flow.routing import ASKED_WHEN
from guide.review import documents
from guide.review.golden import SKIPPED
from tests.helpers import final_path, on_the_wire, visible_text

DOCS = Path(__file__).resolve().parent.parent / "docs"
NOT_IN_FORCE = "We could not confirm whether these court orders are still in force."


# --- docs/outcomes.md and docs/flow.mmd --------------------------------------------------------


def test_reviewers_outcomes_document_is_up_to_date_with_the_code():
    assert (DOCS / "outcomes.md").read_text(encoding="utf-8") == documents.outcomes_markdown(), (
        "The outcomes or their text changed: run `make outcomes`, have the diff of "
        "docs/outcomes.md reviewed, commit."
    )


def test_flow_diagram_is_up_to_date_with_the_code():
    assert (DOCS / "flow.mmd").read_text(encoding="utf-8") == documents.flow_mermaid(), (
        "The questions or the decision changed: run `make flow-diagram` and commit docs/flow.mmd."
    )


def test_make_outcomes_writes_both_documents(tmp_path, settings):
    (tmp_path / "docs").mkdir()
    settings.BASE_DIR = tmp_path
    call_command("write_outcomes")
    assert (tmp_path / "docs" / "outcomes.csv").read_text().startswith("itin,filed,")
    assert (tmp_path / "docs" / "outcomes.md").read_text() == documents.outcomes_markdown()


def _paths_of(pattern: documents.Pattern) -> set[tuple[str, ...]]:
    columns = [sorted(pattern[q.slug]) for q in QUESTIONS]
    return set(itertools.product(*columns))


def test_answer_patterns_cover_each_outcomes_paths_exactly_and_compactly():
    for distinct in documents.distinct_outcomes():
        expected = {tuple(p.get(q.slug, SKIPPED) for q in QUESTIONS) for p in distinct.paths}
        covered: list[tuple[str, ...]] = []
        for pattern in documents.answer_patterns(distinct.paths):
            covered += _paths_of(pattern)
        assert sorted(covered) == sorted(expected), distinct.number  # exact, no path twice
        assert len(documents.answer_patterns(distinct.paths)) <= 6, distinct.number


def test_every_distinct_outcome_is_in_the_document_once_with_all_its_section_texts():
    text = (DOCS / "outcomes.md").read_text(encoding="utf-8")
    outcomes = documents.distinct_outcomes()
    assert len(outcomes) == len({decision.outcome_for(p) for p in decision.every_answer_path()})
    for distinct in outcomes:
        assert text.count(f"#### Outcome {distinct.number} ({distinct.outcome.situation}),") == 1
        for key in distinct.outcome.sections:
            assert f"\n### {key}\n" in text, key
    # Full English text, not just names: sentences from several sections.
    for sentence in (
        "The agreement does not give ICE full tax returns.",
        "This service shows only cases in immigration court.",
        NOT_IN_FORCE,
    ):
        assert sentence in text


def test_flow_diagram_shows_every_question_its_condition_and_the_situations():
    diagram = documents.flow_mermaid()
    assert diagram.startswith("%%") and "flowchart TD" in diagram
    for question in QUESTIONS:
        assert f"    {question.slug}[" in diagram
        if condition := ASKED_WHEN.get(question.slug):
            assert f'{{"{condition.describe()}?"}}' in diagram
    assert '"order is none, pending or unsure"' not in diagram  # conditions end with "?"
    assert "order is none, pending or unsure?" in diagram
    for situation in (decision.NAMED, decision.LATER, decision.NOT_NAMED, decision.UNCLEAR):
        assert f"| {situation}\n" in diagram  # an edge from the decision to each situation
    # The conditions on those edges are worked out from the decision itself.
    assert '"order is none and criminal is no"| C' in diagram


def test_condition_descriptions_say_what_the_conditions_do():
    condition = ASKED_WHEN["criminal"]
    assert condition.describe() == "order is none, pending or unsure"
    assert condition({"order": "pending"}) and not condition({"order": "final"})
    assert not condition({})
    assert ASKED_WHEN["protection"].describe() == "order is final"


# --- The two dates and the docket line ---------------------------------------------------------


def _outcome(client, answers=None):
    response = client.post(
        "/en/questions/", on_the_wire({**(answers or final_path()), "nav": "outcome"})
    )
    assert response.status_code == 200
    return visible_text(response.content)


def test_outcome_and_about_page_show_the_two_dates_and_the_version(client):
    for text in (_outcome(client), visible_text(client.get("/en/about/").content)):
        reviewed = date_format(content.CONTENT.last_reviewed, "DATE_FORMAT")
        newest = date_format(content.CONTENT.newest_court_information, "YEAR_MONTH_FORMAT")
        assert f"Last reviewed: {reviewed}" in text
        assert f"Newest court information we found: {newest}" in text
        assert f"Content version: {content.CONTENT.version}" in text


def test_docket_line_shows_until_the_dockets_are_checked(client, monkeypatch):
    assert not content.CONTENT.dockets_checked
    assert NOT_IN_FORCE in _outcome(client)
    assert NOT_IN_FORCE in visible_text(client.get("/en/about/").content)
    checked = dataclasses.replace(content.CONTENT, dockets_checked=True)
    monkeypatch.setattr(context_processors, "CONTENT", checked)
    assert NOT_IN_FORCE not in _outcome(client)
    assert NOT_IN_FORCE not in visible_text(client.get("/en/about/").content)


def test_release_checklist_includes_the_docket_check(capsys):
    call_command("release_checklist")
    out = capsys.readouterr().out
    assert "Dockets checked for this release: NO" in out
    assert "dockets_checked = True" in out
    for docket in content.DOCKETS:
        assert docket.case in out and docket.where in out


# --- What's changed ----------------------------------------------------------------------------


def test_changelog_is_newest_first_and_names_the_current_version():
    dates = [change.when for change in content.CHANGELOG]
    assert dates == sorted(dates, reverse=True)
    assert content.CHANGELOG[0].version == content.CONTENT.version
    assert content.CHANGELOG[0].when <= content.CONTENT.last_reviewed
    assert len({change.version for change in content.CHANGELOG}) == len(content.CHANGELOG)
    assert content.CHANGELOG[-1].when.isoformat() == "2026-11-25"


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_whats_changed_page_lists_every_update_in_every_language(client, language):
    response = client.get(f"/{language}/whats-changed/")
    assert response.status_code == 200
    assert f'lang="{language}"' in response.content.decode()
    html = response.content.decode()
    for change in content.CHANGELOG:
        assert f'<time datetime="{change.when.isoformat()}">' in html
        assert change.version in visible_text(html)


def test_whats_changed_is_linked_from_the_dates(client):
    for html in (
        client.get("/en/about/").content.decode(),
        client.post(
            "/en/questions/", on_the_wire({**final_path(), "nav": "outcome"})
        ).content.decode(),
    ):
        assert 'href="/en/whats-changed/"' in html
