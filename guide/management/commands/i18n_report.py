"""`make i18n-report`: how far each language is translated, and what changed in English since
its last review.

The English at review time is kept in locale/<ll>/reviewed-source.pot (written by
`manage.py i18n_mark_reviewed`); comparing it with today's django.pot files lists every sentence
added or changed since, whatever state the translator's files are in.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management import BaseCommand
from django.utils.translation import get_language_info, to_language

from guide.i18n import catalogues
from guide.i18n.languages import read_status, status_path

SNAPSHOT = "reviewed-source.pot"


def snapshot_path(root: Path, locale: str) -> Path:
    return root / catalogues.UI / locale / SNAPSHOT


def _key(entry: polib.POEntry) -> tuple[str, str]:
    return (entry.msgctxt or "", entry.msgid)


def changed_since(snapshot: polib.POFile, current: polib.POFile) -> tuple[list[str], list[str]]:
    """English sentences (added or changed, removed or changed) since the snapshot."""
    old = {_key(entry) for entry in snapshot if entry.msgid}
    new = {_key(entry) for entry in current if entry.msgid}
    return (
        [msgid for key in new - old for msgid in [key[1]]],
        [msgid for key in old - new for msgid in [key[1]]],
    )


class Command(BaseCommand):
    help = "Per language: translated, fuzzy and untranslated entries and words; English changes."

    def handle(self, *args, **options):
        root = Path(settings.BASE_DIR)
        source = catalogues.source_catalogue(root)
        for locale in catalogues.locales(root):
            code = to_language(locale)
            status = read_status(status_path(root / catalogues.UI, code))
            reviewed = (
                f"reviewed {status.reviewed_on} by {status.reviewed_by}"
                if status.reviewed_on
                else "never reviewed"
            )
            name = get_language_info(code)["name"] if code in dict(settings.LANGUAGES) else code
            self.stdout.write(
                f"{code} ({name}): {status.status}, "
                f"{'ships' if status.ships else 'not shipped yet'}, {reviewed}"
            )
            total = catalogues.Counts()
            for label, directory in (
                ("interface", catalogues.UI),
                ("explanations", catalogues.EXPLANATIONS),
            ):
                po_file = catalogues.po_path(root, directory, locale)
                c = catalogues.counts(polib.pofile(str(po_file)))
                total += c
                self._line(label, c)
            self._line("total", total)
            snapshot = snapshot_path(root, locale)
            if not snapshot.exists():
                self.stdout.write(
                    f"  English since last review: no review recorded, all "
                    f"{len([e for e in source if e.msgid])} entries to review"
                )
            else:
                added, removed = changed_since(polib.pofile(str(snapshot)), source)
                self.stdout.write(
                    f"  English since last review: {len(added)} new or changed, "
                    f"{len(removed)} removed or changed"
                )
                for msgid in sorted(added):
                    self.stdout.write(f"    + {msgid}")
                for msgid in sorted(removed):
                    self.stdout.write(f"    - {msgid}")
            self.stdout.write("")

    def _line(self, label: str, c: catalogues.Counts) -> None:
        self.stdout.write(
            f"  {label:<13} entries: {c.translated} translated, {c.fuzzy} fuzzy, "
            f"{c.untranslated} untranslated; words: {c.translated_words} translated, "
            f"{c.fuzzy_words} fuzzy, {c.untranslated_words} untranslated"
        )
