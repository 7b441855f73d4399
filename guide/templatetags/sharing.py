from django import template
from django.utils import translation

from guide import sharing

register = template.Library()


@register.simple_tag
def public_address() -> str:
    """{% public_address as address %}: the start page in the current language (never answers)."""
    return sharing.public_address(translation.get_language())
