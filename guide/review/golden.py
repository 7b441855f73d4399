"""The golden table: every answer path and its outcome, as CSV a person can read and review.

`make outcomes` writes it to docs/outcomes.csv; a test fails when the committed table and the
code disagree, so every change to the decision shows up as a reviewed diff of this table.
"""

import csv
import io

from django.utils import translation

from guide.flow import decision
from guide.flow.questionnaire import QUESTIONS
from guide.outcome.headlines import HEADLINES

SKIPPED = "-"
COLUMNS = [question.slug for question in QUESTIONS] + ["situation", "headline", "sections"]


def golden_rows() -> list[dict[str, str]]:
    rows = []
    for answers in decision.every_answer_path():
        outcome = decision.outcome_for(answers)
        row = {question.slug: answers.get(question.slug, SKIPPED) for question in QUESTIONS}
        row["situation"] = outcome.situation
        row["headline"] = str(HEADLINES[outcome.situation])
        row["sections"] = " ".join(outcome.sections)
        rows.append(row)
    return rows


def golden_csv() -> str:
    with translation.override("en"):
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(golden_rows())
        return buffer.getvalue()
