"""Record that a qualified translator reviewed a language:
`manage.py i18n_mark_reviewed es --by "Name, organisation"` (see TRANSLATING.md).

Sets status "reviewed" with today's date and the reviewer in locale/<ll>/status.toml, and keeps
the English as it was at the review (locale/<ll>/reviewed-source.pot), so that `make i18n-report`
can list every sentence changed since.
"""

from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.management import BaseCommand, CommandError
from django.utils.translation import to_locale

from guide.i18n import catalogues
from guide.i18n.languages import REVIEWED, read_status, status_path
from guide.management.commands.i18n_report import snapshot_path

TEMPLATE = """\
# How far this translation has been checked. Read by the site (a "draft" language shows a notice
# that links to the English page) and by `make i18n-check` / `make i18n-report`.
# See TRANSLATING.md, "Shipping and marking a language reviewed".

# "draft": not yet checked by a qualified translator. "reviewed": checked (fill in the two below).
status = "{status}"
# true once every entry is translated: from then on CI fails on any empty or fuzzy entry.
ships = {ships}
# The last review by a qualified translator: date (YYYY-MM-DD) and who.
reviewed_on = "{reviewed_on}"
reviewed_by = "{reviewed_by}"
"""


class Command(BaseCommand):
    help = "Mark a language reviewed by a qualified translator (status, date, reviewer)."

    def add_arguments(self, parser):
        parser.add_argument("language", help="language code, e.g. es")
        parser.add_argument("--by", required=True, help="who reviewed it")
        parser.add_argument("--on", default=date.today().isoformat(), help="YYYY-MM-DD")

    def handle(self, *args, language, by, on, **options):
        root = Path(settings.BASE_DIR)
        path = status_path(root / catalogues.UI, language)
        if not path.exists():
            raise CommandError(f"{path} does not exist: is {language!r} a language of the site?")
        if '"' in by or "\n" in by:
            raise CommandError("Write the reviewer's name without quotes or line breaks.")
        current = read_status(path)
        path.write_text(
            TEMPLATE.format(
                status=REVIEWED,
                ships=str(current.ships).lower(),
                reviewed_on=date.fromisoformat(on).isoformat(),
                reviewed_by=by,
            ),
            encoding="utf-8",
        )
        read_status(path)  # what was written must read back
        catalogues.source_catalogue(root).save(str(snapshot_path(root, to_locale(language))))
        self.stdout.write(
            f"{language}: reviewed on {on} by {by}. Commit {path} and "
            f"{snapshot_path(root, to_locale(language))}."
        )
