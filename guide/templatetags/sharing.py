from django import template
from django.utils import translation

from guide import sharing

register = template.Library()


@register.simple_tag(takes_context=True)
def public_address(context) -> str:
    """{% public_address as address %}: the start page in the current language (never answers)."""
    return sharing.public_address(translation.get_language(), getattr(context, "request", None))
