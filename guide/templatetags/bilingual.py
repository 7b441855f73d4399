"""Two languages side by side on the outcome: `{% in_language code %}…{% endin_language %}`
renders its contents in another language, for the preparer and the client to read together.

The second copy's ids are prefixed, so ids stay unique on the page and labels, skip links and
`aria-labelledby` still point inside their own copy.
"""

import re

from django import template
from django.utils import translation
from django.utils.safestring import mark_safe

register = template.Library()

_ID_ATTRIBUTES = re.compile(r'\b(id|for|aria-labelledby|aria-describedby|aria-controls)="([^"]*)"')
_FRAGMENT_LINKS = re.compile(r'href="#([^"]+)"')


def prefix_ids(html: str, prefix: str) -> str:
    def attribute(match: re.Match) -> str:
        ids = " ".join(f"{prefix}{value}" for value in match.group(2).split())
        return f'{match.group(1)}="{ids}"'

    html = _ID_ATTRIBUTES.sub(attribute, html)
    return _FRAGMENT_LINKS.sub(lambda m: f'href="#{prefix}{m.group(1)}"', html)


class InLanguageNode(template.Node):
    def __init__(self, code: template.base.FilterExpression, nodelist: template.NodeList):
        self.code = code
        self.nodelist = nodelist

    def render(self, context) -> str:
        code = self.code.resolve(context)
        with translation.override(code):
            html = self.nodelist.render(context)
        return mark_safe(prefix_ids(html, f"{code}-"))


@register.tag
def in_language(parser, token):
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("{% in_language code %} takes one argument")
    nodelist = parser.parse(("endin_language",))
    parser.delete_first_token()
    return InLanguageNode(parser.compile_filter(bits[1]), nodelist)
