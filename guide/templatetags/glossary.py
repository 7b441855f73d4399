"""{% explain "key" … %}: a "What does this mean?" disclosure for hard words, at first use.

Each page explains a term once, where it first appears: the tag remembers the terms it has
shown in `glossary_shown`, a set that guide.context_processors.guide gives every page afresh.
Place the tag after the paragraph or question that uses the words, never inside a sentence.
"""

from django import template
from django.template.loader import render_to_string

from guide.content import glossary

register = template.Library()


@register.simple_tag(takes_context=True)
def explain(context, *keys: str) -> str:
    shown = context.get("glossary_shown")
    if shown is None:  # Rendered without the context processor: explain every term asked for.
        shown = set()
    new = [term for term in glossary.terms(*keys) if term.key not in shown]
    # A page built ahead (guide/outcome/prebuilt.py) asks to be told of every explanation:
    # what had been explained before it, and which words it was asked for.
    told = context.get("glossary_explained")
    if told is not None:
        told.append((frozenset(shown), tuple(term.key for term in new)))
    shown.update(term.key for term in new)
    if not new:
        return ""
    return render_to_string("guide/_explain.html", {"terms": new})


@register.simple_tag(takes_context=True)
def explain_question(context, question) -> str:
    """The hard words of a question, listed once in guide/content/glossary.py."""
    return explain(context, *glossary.QUESTION_TERMS.get(question.slug, ()))


@register.simple_tag(takes_context=True)
def explain_answers(context) -> str:
    """The hard words in the answers listed under "Your answers" (the answers given)."""
    keys = [
        key
        for answer in context.get("answered", ())
        for key in glossary.ANSWER_TERMS.get(tuple(answer), ())
    ]
    return explain(context, *keys)


@register.simple_tag(takes_context=True)
def explain_link(context, link) -> str:
    """The hard words in what a help link is for."""
    return explain(context, *glossary.HELP_LINK_TERMS.get(link.key, ()))
