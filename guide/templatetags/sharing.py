from django import template
from django.utils import translation

from guide import sharing

register = template.Library()


@register.simple_tag(takes_context=True)
def public_address(context) -> str:
    """{% public_address as address %}: the start page in the current language (never answers).
    A page built ahead gives `public_address` in its context: a slot that each request fills
    with its own address (guide/outcome/prebuilt.py)."""
    if "public_address" in context:
        return context["public_address"]
    return sharing.public_address(translation.get_language(), getattr(context, "request", None))
