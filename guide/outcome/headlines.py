"""Words used both on the outcome page and in the reviewer's golden table: written once."""

from django.utils.translation import gettext_lazy as _

from guide import rules

HEADLINES = {
    rules.NAMED: _("The agreement names people in your situation"),
    rules.LATER: _("It may apply to you later"),
    rules.NOT_NAMED: _(
        "The agreement does not name people in your situation. This is not a promise of safety."
    ),
    rules.UNCLEAR: _("One answer matters and is not clear yet"),
}
