"""The language chooser and the draft-translation notice, on every page (templates/base.html).

The language is only ever in the address (/es/…), never in a cookie. Pages that carry answers
(questions, the outcome, the intro reached with Back) give their context a `language_switch`: the
hidden fields that show the same step again. Their chooser is then a form that POSTs those fields
to the questions address of the other language, so nothing is lost and no answer enters an
address. Every other page links to its own address in the other language, like
django.urls.translate_url but rebuilt from the route, so nothing typed in the address is echoed.
"""

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from guide.i18n.languages import status_of

register = template.Library()


def _options(context) -> dict:
    request = context.get("request")
    switch = context.get("language_switch")
    # The outcome page names its form of answers instead (templates/guide/outcome.html).
    switch_form = context.get("language_switch_form")
    current = translation.get_language()
    options = []
    for code, _name in settings.LANGUAGES:
        info = translation.get_language_info(code)
        with translation.override(code):
            start = reverse("start")
            questions = reverse("questions")
        url = questions if switch or switch_form else start
        match = getattr(request, "resolver_match", None)
        if not (switch or switch_form) and match is not None and match.url_name:
            # The same page in that language, rebuilt from its route: never from the address
            # asked for, so nothing a visitor typed is written back into the page. An address
            # that is no page of the guide (a 404) leads to the start.
            with translation.override(code):
                url = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        options.append(
            {
                "code": code,
                "name": info["name_local"],
                "dir": "rtl" if info["bidi"] else "ltr",
                "url": url,
                "current": code == current,
            }
        )
    current_option = next(option for option in options if option["current"])
    return {
        "options": options,
        "current": current_option,
        "switch": switch,
        "switch_form": switch_form,
    }


@register.inclusion_tag("guide/_language_chooser.html", takes_context=True)
def language_chooser(context):
    return _options(context)


@register.inclusion_tag("guide/_column_translation_notice.html", takes_context=True)
def column_translation_notice(context):
    """The draft notice at the top of the second language's column on a two-language outcome
    (templates/guide/_outcome_part.html): the page's own notice speaks only for the page's
    language, and every place a draft translation shows, its notice shows."""
    also = context.get("also")
    language = translation.get_language()
    status = status_of(language)
    if not (also and also["code"] == language and status is not None and status.draft):
        return {"show": False}
    parts = context.get("parts") or []
    part = context.get("part")
    # The situation (the first parts) prints only when chosen: then the first part that always
    # prints carries the notice on paper too (print.css hides it where the situation printed).
    first_printed = next((p for p in parts if not p["private"]), None)
    if parts and part is parts[0]:
        return {"show": True, "print_only": False}
    return {"show": part is first_printed and parts[0]["private"], "print_only": True}


@register.inclusion_tag("guide/_translation_notice.html", takes_context=True)
def translation_notice(context):
    status = status_of(translation.get_language())
    if status is None or not status.draft:
        return {"show": False}
    chooser = _options(context)
    english = next(
        option for option in chooser["options"] if option["code"] == settings.LANGUAGE_CODE
    )
    return {
        "show": True,
        "english": english,
        "switch": chooser["switch"],
        "switch_form": chooser["switch_form"],
    }
