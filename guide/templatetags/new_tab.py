"""Links that keep the answers: on a question or an outcome page, every link to another page
opens in a new tab and says so in its text (the GOV.UK rule for forms that would lose what was
entered). The guide keeps no answers, and history.js blanks a page with answers when it is left,
so following a link in the same tab would cost the person their outcome (issue 14).

Left alone: links within the page (#…), tel: links, "Exit this page" (it must leave and replace
the page) and links marked data-same-tab ("Start again" leaves the answers on purpose).
"""

import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

register = template.Library()

_LINK = re.compile(r"<a\s([^>]*)>(.*?)</a>", re.DOTALL)


def _stays(attributes: str) -> bool:
    href = re.search(r'\bhref="([^"]*)"', attributes)
    return (
        href is None
        or href.group(1).startswith(("#", "tel:", "mailto:"))
        or "js-exit-this-page" in attributes
        or "data-same-tab" in attributes
        or "target=" in attributes
    )


def open_in_new_tab(html: str) -> str:
    # Translators: added to the text of a link that opens in a new browser tab, GOV.UK style.
    said = escape(gettext("(opens in new tab)"))

    def replace(match: re.Match) -> str:
        attributes, text = match.group(1), match.group(2)
        if _stays(attributes):
            return match.group(0)
        # No rel="noopener" to add: browsers give a target="_blank" link no opener anyway,
        # and links to other sites already say noreferrer.
        # The header's name of the guide says it to screen readers only: the header stays small.
        quiet = ' class="visually-hidden"' if "data-quiet" in attributes else ""
        return f'<a {attributes} target="_blank">{text} <span{quiet}>{said}</span></a>'

    return _LINK.sub(replace, html)


class _NewTabNode(template.Node):
    def __init__(self, when, nodelist):
        self.when = when
        self.nodelist = nodelist

    def render(self, context):
        html = self.nodelist.render(context)
        if not self.when.resolve(context):
            return html
        return mark_safe(open_in_new_tab(html))


@register.tag
def links_open_new_tab(parser, token):
    """{% links_open_new_tab when %}…{% endlinks_open_new_tab %}: with `when` true, every link
    inside opens in a new tab (see above)."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("links_open_new_tab takes one argument")
    nodelist = parser.parse(("endlinks_open_new_tab",))
    parser.delete_first_token()
    return _NewTabNode(parser.compile_filter(bits[1]), nodelist)
