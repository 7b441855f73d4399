from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from guide.golden import golden_csv


class Command(BaseCommand):
    help = "Write docs/outcomes.csv: every answer path and its outcome (the golden table)."

    def handle(self, *args, **options):
        path = Path(settings.BASE_DIR) / "docs" / "outcomes.csv"
        text = golden_csv()
        path.write_text(text, encoding="utf-8")
        self.stdout.write(f"Wrote {path} ({text.count(chr(10)) - 1} answer paths).")
