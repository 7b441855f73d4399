"""`{% sentences %}…{% endsentences %}`: sentences that are catalogue entries of their own, side by
side in one paragraph, with the gap the page's language puts between two sentences (a space, none
in Chinese: guide/i18n/languages.py).

Each translation, include or variable inside is one piece. Whitespace in the template's own text
between them is where a gap goes; the pieces' own whitespace at their ends is left out, so an
included template's line breaks never stand between two Chinese sentences. Text of the template
that is not whitespace (a tag such as `<strong>`) stays as written, joined to what it touches:

    <li>{% sentences %}
      <strong>{% translate "Your full tax return." %}</strong>
      {% include "guide/sections/_full_returns.html" %}
    {% endsentences %}</li>

Each piece is rendered as anywhere else in the template, escaped as it would be there: a
translation is the translator's HTML, a variable (a shared sentence from guide/content/sentences.py,
given as `shared` by guide/context_processors.py) is escaped.
"""

from django import template
from django.template.base import Node, NodeList, TextNode
from django.utils.safestring import SafeString, mark_safe

from guide.i18n.languages import sentence_gap

register = template.Library()

#: Stands for a gap among the pieces.
_GAP = None


class SentencesNode(Node):
    child_nodelists = ("nodelist",)

    def __init__(self, nodelist: NodeList):
        self.nodelist = nodelist

    def render(self, context) -> SafeString:
        pieces: list[str | None] = []
        for node in self.nodelist:
            if isinstance(node, TextNode):
                text = node.s
                core = text.strip()
                if text[:1].isspace():
                    pieces.append(_GAP)
                if core:
                    pieces.append(core)
                    if text[-1:].isspace():
                        pieces.append(_GAP)
            else:
                pieces.append(str(node.render_annotated(context)).strip())
        gap = sentence_gap()
        html: list[str] = []
        pending = False
        for piece in pieces:
            if piece is _GAP:
                pending = bool(html)
            elif piece:
                if pending:
                    html.append(gap)
                    pending = False
                html.append(piece)
        return mark_safe("".join(html))


@register.tag
def sentences(parser, token) -> SentencesNode:
    if len(token.split_contents()) != 1:
        raise template.TemplateSyntaxError("{% sentences %} takes no argument")
    nodelist = parser.parse(("endsentences",))
    parser.delete_first_token()
    return SentencesNode(nodelist)
