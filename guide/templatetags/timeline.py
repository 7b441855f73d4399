from django import template

from guide.content import timeline

register = template.Library()


@register.simple_tag
def timeline_months(events):
    """{% timeline_months timeline as months %}: the picture's scale (guide/content/timeline.py)."""
    return timeline.months(events)
