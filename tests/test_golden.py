"""docs/outcomes.csv is the reviewed table of every answer path: the code must agree with it."""

import csv
from pathlib import Path

from guide.flow import decision
from guide.flow.questionnaire import QUESTIONS
from guide.review.golden import SKIPPED, golden_csv
from tests.test_rules import brief_situation

GOLDEN = Path(__file__).resolve().parent.parent / "docs" / "outcomes.csv"


def test_golden_table_is_up_to_date_with_the_code():
    assert GOLDEN.read_text(encoding="utf-8") == golden_csv(), (
        "The decision changed: run `make outcomes`, review the diff of docs/outcomes.csv, commit."
    )


def test_golden_table_headlines_follow_the_brief():
    headline_for = {
        "A": "The agreement names people in your situation",
        "B": "It may apply to you later",
        "C": "The agreement does not name people in your situation. "
        "This is not a promise of safety.",
        "D": "One answer matters and is not clear yet",
    }
    with GOLDEN.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(decision.every_answer_path())
    for row in rows:
        answers = {q.slug: row[q.slug] for q in QUESTIONS if row[q.slug] != SKIPPED}
        assert row["situation"] == brief_situation(answers), row
        assert row["headline"] == headline_for[row["situation"]], row
