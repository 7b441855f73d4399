"""`make messages`: regenerate every catalogue from the source; `--check` fails if that changed any.

Joins each language's two catalogues, runs makemessages (which msgmerges: entries whose English
changed become fuzzy, keeping the old English as `#| msgid` for the translator), then splits them
again (see guide/i18n/catalogues.py). The English templates (django.pot) are kept for translation
platforms, the pseudo-locale and the report.
"""

import difflib
import os
from pathlib import Path

from django.conf import settings
from django.core.management import BaseCommand, CommandError, call_command

from guide.i18n import catalogues

#: Folders that hold no source of ours (makemessages already skips hidden ones like .venv).
IGNORE = ["tests", "scripts", "staticfiles", "node_modules", "build", "docs", "*.egg-info"]


def _snapshot(root: Path) -> dict[Path, str]:
    files = catalogues.all_po_files(root)
    files += [root / directory / catalogues.POT_NAME for directory in catalogues.CATALOGUE_DIRS]
    return {path: _comparable(path.read_text(encoding="utf-8")) for path in files if path.exists()}


def _comparable(text: str) -> str:
    # The only line that changes on every run.
    return "".join(
        line
        for line in text.splitlines(keepends=True)
        if not line.startswith('"POT-Creation-Date:')
    )


class Command(BaseCommand):
    help = "Regenerate the translation catalogues from the source (--check: fail if out of date)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Exit with an error if the regenerated catalogues differ.",
        )

    def handle(self, *args, check=False, **options):
        root = Path(settings.BASE_DIR)
        os.chdir(root)  # makemessages reads the source from the current folder
        before = _snapshot(root)
        originals = {path: path.read_text(encoding="utf-8") for path in before}
        for locale in catalogues.locales(root):
            catalogues.join(root, locale)
        call_command(
            "makemessages",
            all=True,
            add_location="file",
            no_obsolete=True,
            keep_pot=True,
            ignore_patterns=IGNORE,
            verbosity=0,
        )
        ui, explanations = catalogues.UI, catalogues.EXPLANATIONS
        for locale in catalogues.locales(root):
            catalogues.split(
                catalogues.po_path(root, ui, locale),
                catalogues.po_path(root, ui, locale),
                catalogues.po_path(root, explanations, locale),
            )
        catalogues.split(
            root / ui / catalogues.POT_NAME,
            root / ui / catalogues.POT_NAME,
            root / explanations / catalogues.POT_NAME,
        )
        if not check:
            return
        after = _snapshot(root)
        changed = sorted(
            path for path in before.keys() | after.keys() if before.get(path) != after.get(path)
        )
        # A check leaves an up-to-date catalogue as it found it, creation date included, so
        # that `make test` never leaves the work tree changed.
        for path in before.keys() - set(changed):
            path.write_text(originals[path], encoding="utf-8")
        for path in changed:
            name = str(path.relative_to(root))
            self.stdout.writelines(
                difflib.unified_diff(
                    before.get(path, "").splitlines(keepends=True),
                    after.get(path, "").splitlines(keepends=True),
                    f"a/{name}",
                    f"b/{name}",
                    n=1,
                )
            )
        if changed:
            raise CommandError(
                "The catalogues were out of date with the source (now regenerated: "
                + ", ".join(str(path.relative_to(root)) for path in changed)
                + "). Run `make messages` and commit the catalogues with the change."
            )
