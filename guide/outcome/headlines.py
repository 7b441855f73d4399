"""Words used both on the outcome page and in the reviewer's golden table: written once."""

from django.utils.translation import gettext_lazy as _

from guide.flow import decision

HEADLINES = {
    decision.NAMED: _("The agreement names people in your situation"),
    decision.LATER: _("It may apply to you later"),
    decision.NOT_NAMED: _(
        "The agreement does not name people in your situation. This is not a promise of safety."
    ),
    decision.UNCLEAR: _("One answer matters and is not clear yet"),
}
