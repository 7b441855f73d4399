"""Views of the guide for people who review it: a lawyer reads docs/outcomes.md, anyone reads
docs/flow.mmd. Both are generated from the code (`make outcomes`, `make flow-diagram`) and a test
fails while a committed copy and the code disagree, so the review always matches what people see.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.utils import translation

from guide import content
from guide.flow import decision
from guide.flow.questionnaire import QUESTIONS
from guide.flow.routing import ASKED_WHEN
from guide.outcome import context_for
from guide.outcome.headlines import HEADLINES
from guide.review import page_text
from guide.review.golden import SKIPPED

ANY = "any"
NOT_ASKED = "not asked"

#: A set of answer paths written compactly: for each question, the codes it may have
#: (SKIPPED for "not asked"). Every combination of the codes is one of the paths.
Pattern = dict[str, frozenset[str]]


@dataclass(frozen=True)
class DistinctOutcome:
    number: int
    outcome: decision.Outcome
    #: The first answer path (in the order of every_answer_path) that leads here.
    example: dict[str, str]
    paths: tuple[dict[str, str], ...]


def distinct_outcomes() -> list[DistinctOutcome]:
    """Every distinct outcome (situation and sections), by situation, then in the order first
    reached, numbered from 1."""
    groups: dict[decision.Outcome, list[dict[str, str]]] = defaultdict(list)
    for answers in decision.every_answer_path():
        groups[decision.outcome_for(answers)].append(answers)
    ordered = sorted(groups.items(), key=lambda item: item[0].situation)  # a stable sort
    return [
        DistinctOutcome(number, outcome, paths[0], tuple(paths))
        for number, (outcome, paths) in enumerate(ordered, start=1)
    ]


def answer_patterns(paths, slugs: list[str] | None = None) -> list[Pattern]:
    """The paths (looking only at the questions `slugs`, all by default), merged into as few
    patterns as a simple method finds.

    Start with one pattern per path; two patterns that differ in one question only become one
    pattern with both codes for that question. Repeat until nothing merges. Each merge keeps
    exactly the same paths, so the patterns always cover these paths and no others.
    """
    slugs = slugs or [question.slug for question in QUESTIONS]
    cubes = {tuple(frozenset({path.get(slug, SKIPPED)}) for slug in slugs) for path in paths}
    changed = True
    while changed:
        changed = False
        for position in range(len(slugs)):
            merged: dict[tuple, frozenset[str]] = {}
            for cube in cubes:
                rest = cube[:position] + cube[position + 1 :]
                merged[rest] = merged.get(rest, frozenset()) | cube[position]
            grown = {rest[:position] + (codes,) + rest[position:] for rest, codes in merged.items()}
            if len(grown) < len(cubes):
                cubes, changed = grown, True
    order = {q.slug: {code: n for n, code in enumerate((*q.codes, SKIPPED))} for q in QUESTIONS}
    ordered = sorted(
        cubes,
        key=lambda cube: [
            sorted(order[s][c] for c in codes) for s, codes in zip(slugs, cube, strict=True)
        ],
    )
    return [dict(zip(slugs, cube, strict=True)) for cube in ordered]


def describe_codes(slug: str, codes: frozenset[str]) -> str:
    question = next(question for question in QUESTIONS if question.slug == slug)
    if codes == {SKIPPED}:
        return NOT_ASKED
    if codes == set(question.codes):
        return ANY
    return ", ".join(code for code in (*question.codes, SKIPPED) if code in codes)


def _in_words(slug: str, codes: frozenset[str]) -> str:
    """E.g. "order is none, pending or unsure"."""
    listed = describe_codes(slug, codes).split(", ")
    return f"{slug} is " + (", ".join(listed[:-1]) + " or " if len(listed) > 1 else "") + listed[-1]


def _condition(question) -> str:
    condition = ASKED_WHEN.get(question.slug)
    return condition.describe() if condition else "always"


# --- docs/outcomes.md ---------------------------------------------------------------------------


def _section_variants(outcomes: list[DistinctOutcome]) -> tuple[dict, dict]:
    """Each section's English text, once. If a section ever reads differently on two outcomes,
    both versions are kept and named key, key (2), …"""
    texts: dict[str, list[str]] = {key: [] for key in content.SECTION_SOURCES}
    names: dict[tuple[int, str], str] = {}
    for distinct in outcomes:
        # The source list differs per outcome: it is listed by key in each outcome instead.
        context = {**context_for(distinct.example), "sources": []}
        for key in distinct.outcome.sections:
            html = page_text.render_section(key, context)
            text = page_text.as_markdown(html, skip_glossary=True)
            texts.setdefault(key, [])
            if text not in texts[key]:
                texts[key].append(text)
            number = texts[key].index(text) + 1
            names[(distinct.number, key)] = key if number == 1 else f"{key} ({number})"
    return {key: variants for key, variants in texts.items() if variants}, names


def _section_sources(key: str) -> str:
    keys = [source.key for source in content.sources_for((key,))]
    return ", ".join(keys) if keys else "none (see the text)"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell.replace("|", r"\|") for cell in row) + " |" for row in rows]
    return lines


def _anchor(name: str) -> str:
    return "section-" + name.replace(" (", "-").replace(")", "").replace("_", "-")


def outcomes_markdown() -> str:
    with translation.override("en"):
        return _outcomes_markdown()


def _outcomes_markdown() -> str:
    outcomes = distinct_outcomes()
    texts, names = _section_variants(outcomes)
    path_count = sum(len(distinct.paths) for distinct in outcomes)
    meta = content.CONTENT
    lines = [
        "# Every distinct outcome, for review",
        "",
        "Generated from the code by `make outcomes`: do not edit by hand. A test fails while this "
        "file and the code disagree.",
        "",
        f"Content version {meta.version}, last reviewed {meta.last_reviewed.isoformat()}, newest "
        f"court information {meta.newest_court_information.isoformat()}. Dockets checked for this "
        f"release: {'yes' if meta.dockets_checked else 'no'}.",
        "",
        f"The guide has {path_count:,} answer paths (each one is a row of docs/outcomes.csv) and "
        f"{len(outcomes)} distinct outcomes. An outcome is a situation (its headline) and the "
        "sections shown, in page order. Part 1 lists each outcome, its sections and the answers "
        "that lead to it. Part 2 gives the full English text of every section once, with the "
        "sources behind it. Part 3 lists the sources.",
        "",
        "Every outcome page also shows, outside these sections: the heading “What you can do "
        "next” before the first next step; the person's answers with a Change button each, before "
        "the sources; a Start again button; and, only while safe hold is on (docs/deploy.md), a "
        "notice at the top that the legal situation changed on a given date, with the legal help "
        "links. The “What does this word mean?” explanations of hard words are left out of the "
        "section texts below: each is written once, in guide/content/glossary.py.",
        "",
        "## How to read the answers",
        "",
        "Each row of an outcome's table is one group of answers that leads to it: every "
        f"combination of the answers in a row does. “{ANY}” means every answer; “{NOT_ASKED}” "
        "means the question is skipped on that path. The questions and their answer codes:",
        "",
    ]
    rows = []
    for question in QUESTIONS:
        answers = "; ".join(f"`{choice.code}` {choice.label}" for choice in question.choices)
        rows.append([f"`{question.slug}`: {question.text}", _condition(question), answers])
    lines += _table(["Question", "Asked when", "Answers"], rows)
    lines += ["", "## Part 1: the outcomes"]
    situation = None
    for distinct in outcomes:
        outcome = distinct.outcome
        if outcome.situation != situation:
            situation = outcome.situation
            count = sum(1 for other in outcomes if other.outcome.situation == situation)
            lines += ["", f"### Situation {situation}: “{HEADLINES[situation]}” ({count} outcomes)"]
        sections = " · ".join(
            f"[{names[(distinct.number, key)]}](#{_anchor(names[(distinct.number, key)])})"
            for key in outcome.sections
        )
        lines += [
            "",
            f"#### Outcome {distinct.number} ({outcome.situation}), "
            f"{len(distinct.paths)} answer paths",
            "",
            f"Sections: {sections}",
            "",
        ]
        patterns = answer_patterns(distinct.paths)
        lines += _table(
            [question.slug for question in QUESTIONS],
            [[describe_codes(q.slug, pattern[q.slug]) for q in QUESTIONS] for pattern in patterns],
        )
    lines += ["", "## Part 2: the text of each section", ""]
    for key, variants in texts.items():
        for number, text in enumerate(variants, start=1):
            name = key if number == 1 else f"{key} ({number})"
            lines += [
                f'<a id="{_anchor(name)}"></a>',
                "",
                f"### {name}",
                "",
                f"*Sources: {_section_sources(key)}*",
                "",
                text,
                "",
            ]
    lines += ["## Part 3: the sources", ""]
    for source in content.SOURCES.values():
        link = f" <{source.url}>" if source.url else " (cited by name, no link)"
        lines.append(
            f"- **{source.key}**: {source.publisher}, “{source.title}”; tier "
            f"{source.tier}; last checked {source.last_checked.isoformat()}.{link}"
        )
    return "\n".join(lines).rstrip() + "\n"


# --- docs/flow.mmd ------------------------------------------------------------------------------


def _mermaid_text(text: object) -> str:
    return str(text).replace('"', "#quot;")


def flow_mermaid() -> str:
    with translation.override("en"):
        return _flow_mermaid()


def _flow_mermaid() -> str:
    lines = [
        "%% The guide's questions, when each is asked, and the four situations.",
        "%% Generated from guide/flow/questionnaire.py and guide/flow/decision.py by `make flow-diagram`:",
        "%% do not edit by hand. Render with any Mermaid viewer (GitHub shows it).",
        "flowchart TD",
        '    start(["Start"])',
    ]
    previous = ["start"]
    for number, question in enumerate(QUESTIONS, start=1):
        codes = " · ".join(question.codes)
        lines.append(
            f'    {question.slug}["{number}. {_mermaid_text(question.text)}<br/>answers: {codes}"]'
        )
        if condition := ASKED_WHEN.get(question.slug):
            check = f"ask_{question.slug}"
            lines.append(f'    {check}{{"{condition.describe()}?"}}')
            lines += [f"    {node} --> {check}" for node in previous]
            lines.append(f"    {check} -->|yes| {question.slug}")
            # Skipped: the next question is reached from the check's "no" branch.
            previous = [question.slug, f"{check}_no"]
            lines.append(f"    {check} -->|no| {check}_no((skip))")
        else:
            lines += [f"    {node} --> {question.slug}" for node in previous]
            previous = [question.slug]
    lines.append('    decide{"Situation (guide/flow/decision.py)"}')
    lines += [f"    {node} --> decide" for node in previous]
    for situation, rule in _situation_rules():
        lines.append(f'    {situation}["{situation}: {_mermaid_text(HEADLINES[situation])}"]')
        lines.append(f'    decide -->|"{rule}"| {situation}')
    counts: defaultdict[str, int] = defaultdict(int)
    for distinct in distinct_outcomes():
        counts[distinct.outcome.situation] += 1
    for situation, _rule in _situation_rules():
        lines.append(
            f'    {situation} --> {situation}_outcomes[/"{counts[situation]} distinct '
            f'outcomes: docs/outcomes.md"/]'
        )
    return "\n".join(lines) + "\n"


def _deciding_questions(paths: list[dict[str, str]]) -> list[str]:
    """The fewest questions (found greedily) whose answers alone settle the situation."""
    slugs = [question.slug for question in QUESTIONS]

    def settles(chosen: list[str]) -> bool:
        seen: dict[tuple, str] = {}
        for answers in paths:
            key = tuple(answers.get(slug, SKIPPED) for slug in chosen)
            if seen.setdefault(key, decision.situation_for(answers)) != decision.situation_for(
                answers
            ):
                return False
        return True

    for slug in list(slugs):
        if settles([s for s in slugs if s != slug]):
            slugs.remove(slug)
    return slugs


def _situation_rules() -> list[tuple[str, str]]:
    """For each situation, the answers that lead to it, in words, found by running the
    decision (decision.situation_for) on every path rather than written by hand."""
    every_path = decision.every_answer_path()
    deciding = _deciding_questions(every_path)
    paths: dict[str, list[dict[str, str]]] = defaultdict(list)
    for answers in every_path:
        paths[decision.situation_for(answers)].append(answers)
    described = []
    for situation in sorted(paths):
        alternatives = []
        for pattern in answer_patterns(paths[situation], deciding):
            parts = [
                _in_words(slug, codes)
                for slug, codes in pattern.items()
                if describe_codes(slug, codes) != ANY
            ]
            alternatives.append(" and ".join(parts))
        if len(alternatives) > 1:
            alternatives = [f"({alternative})" for alternative in alternatives]
        described.append((situation, " or ".join(alternatives)))
    return described
