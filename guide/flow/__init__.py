"""The question flow and the decision, from a POST body to what is shown next.

- `questionnaire`: the questions and their answer codes, as data (all a person reads is here).
- `wire`: how answers and controls travel in a form, each at one width, and the one reading of
  a POST body (`read`).
- `question_forms`: one Django form per question, made from the data; it validates its answer.
- `routing`: which questions are asked and in what order, and `step_for`: the POST body as a
  typed `Step` (the question or outcome to show, its form, the outcome's options).
- `decision`: the pure decision: the situation and the outcome's sections for a set of answers,
  and every answer path (the golden table, docs/outcomes.csv).
"""
