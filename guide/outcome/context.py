"""What the outcome template is given: every decision about the page, made here, for the
template to show (templates/guide/outcome.html decides nothing about the answers)."""

from django.conf import settings
from django.utils import translation

from guide import content
from guide.flow import decision, routing, wire
from guide.flow.questionnaire import QUESTIONS, Answers
from guide.outcome.headlines import HEADLINES

#: The sections that say the same to everyone, whatever they answered: the agreement, what it
#: does not cover, the courts and the tax help. A printout holds only these unless the person
#: chooses to print their situation too (issue 14: two outcomes print the same text).
PRINTED_BY_DEFAULT = frozenset({"covers", "not_covered", "courts", "tax_help", "sources"})

#: "Your answers" (and the handout options) stand just before this section: the answers and the
#: sources side by side, the only part of the page that changes with the answers
#: (guide/outcome/prebuilt.py).
ANSWERS_BEFORE = "sources"


def handout_options(options: wire.Options) -> dict:
    """How the person wants the outcome shown (read with the rest of the POST body, once, in
    guide/flow/wire.py): a second language beside it, and whether a printout includes their
    situation and answers. A language that is no other of the guide's is left out."""
    current = translation.get_language()
    others = [
        translation.get_language_info(code) | {"code": code}
        for code, _name in settings.LANGUAGES
        if code != current
    ]
    also = next((info for info in others if info["code"] == options.also), None)
    return {
        "also": also,
        "other_languages": others,
        "print_details": options.print_details,
        "print_now": options.print_now,
    }


def parts(sections: tuple[str, ...]) -> list[dict]:
    """Each section of the outcome with what the template needs to lay it out."""
    first_next = next(key for key in sections if key.startswith("next_"))
    return [
        {
            "key": key,
            "template": f"guide/sections/{key}.html",
            "next_steps_start": key == first_next,
            # The situation's explanation, after the next steps: under a heading of its own.
            "why_start": key.startswith("headline_"),
            # Depends on the answers: left off a printout unless the person asks for it.
            "private": key not in PRINTED_BY_DEFAULT,
            "answers_before": key == ANSWERS_BEFORE,
        }
        for key in sections
    ]


def context_for(answers: Answers, options: dict | None = None) -> dict:
    """The outcome template's context for these answers (and handout options: the usual page
    when None)."""
    outcome = decision.outcome_for(answers)
    return {
        **(options or {"also": None, "other_languages": [], "print_details": False}),
        "parts": parts(outcome.sections),
        "outcome": outcome,
        "headline": HEADLINES[outcome.situation],
        # Back from the outcome shows the last question asked, its answer selected.
        "last_question": routing.questions_asked(answers)[-1],
        # The language buttons send the form of "Your answers" (templates/guide/_your_answers.html),
        # with nav=outcome: one copy of the answers on the page, not one per form.
        "language_switch_form": "answers",
        # Every question's slot, on the wire's codes (guide/flow/wire.py): one length for all.
        "carried": wire.slots(answers),
        # The answers as the questionnaire's codes, for the hard words they bring
        # ({% explain_answers %}).
        "answered": [(q.slug, answers[q.slug]) for q in QUESTIONS if q.slug in answers],
        "answer_rows": [(q, q.label_for(answers[q.slug])) for q in QUESTIONS if q.slug in answers],
        "sources": content.sources_for(outcome.sections),
        # This outcome's own list of sources: on paper with the situation, when the person chose
        # to print it; on screen the page links to every source (templates/guide/sections/sources.html).
        "source_list": bool(options and options.get("print_details")),
        "timeline": content.TIMELINE,
        # The safe-hold notice's links (templates/guide/_safe_hold.html), when it is on.
        "safe_hold_links": content.SAFE_HOLD_LINKS,
        "help_links": content.HELP_LINKS_BY_KEY,
        # Links open in a new tab here, so that leaving never costs the answers (base.html).
        "keeps_answers": True,
        # Safe hold (docs/deploy.md): None, or the day the legal situation changed.
        "safe_hold_date": settings.SAFE_HOLD_DATE,
    }
