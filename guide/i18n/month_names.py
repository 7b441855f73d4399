"""Month names, marked again so that they are in our own catalogues.

Dates on our pages (|date:"DATE_FORMAT" and "YEAR_MONTH_FORMAT") take their month names from
Django's catalogue. Django has none for languages it does not ship (Haitian Creole, Tagalog…), so
those pages would show "June 8, 2026" in English. With the same strings in our catalogues, the
translator supplies them and our translation is used (it is read after Django's). A language Django
lacks has no date formats of its own either, so it uses Django's defaults, "N j, Y" and "F Y":
N takes the abbreviations below, F the full names. Nothing imports this module.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# Translators: month names, as in a date such as "June 8, 2026" or "June 2026".
MONTHS = (
    _("January"),
    _("February"),
    _("March"),
    _("April"),
    _("May"),
    _("June"),
    _("July"),
    _("August"),
    _("September"),
    _("October"),
    _("November"),
    _("December"),
)

# Translators: month names in short dates such as "Nov. 25, 2026". Abbreviate as is usual in
# your language, or write the full name.
MONTHS_AP = (
    pgettext_lazy("abbrev. month", "Jan."),
    pgettext_lazy("abbrev. month", "Feb."),
    pgettext_lazy("abbrev. month", "March"),
    pgettext_lazy("abbrev. month", "April"),
    pgettext_lazy("abbrev. month", "May"),
    pgettext_lazy("abbrev. month", "June"),
    pgettext_lazy("abbrev. month", "July"),
    pgettext_lazy("abbrev. month", "Aug."),
    pgettext_lazy("abbrev. month", "Sept."),
    pgettext_lazy("abbrev. month", "Oct."),
    pgettext_lazy("abbrev. month", "Nov."),
    pgettext_lazy("abbrev. month", "Dec."),
)
