from django import template

from guide import timeline

register = template.Library()


@register.simple_tag
def timeline_months(events):
    """{% timeline_months timeline as months %}: the picture's scale (guide/timeline.py)."""
    return timeline.months(events)
