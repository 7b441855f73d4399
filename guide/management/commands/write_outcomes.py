from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from guide.review.documents import outcomes_markdown
from guide.review.golden import golden_csv


class Command(BaseCommand):
    help = (
        "Write docs/outcomes.csv (every answer path and its outcome: the golden table) and "
        "docs/outcomes.md (every distinct outcome with its full English text, for reviewers)."
    )

    def handle(self, *args, **options):
        docs = Path(settings.BASE_DIR) / "docs"
        text = golden_csv()
        (docs / "outcomes.csv").write_text(text, encoding="utf-8")
        self.stdout.write(
            f"Wrote {docs / 'outcomes.csv'} ({text.count(chr(10)) - 1} answer paths)."
        )
        review = outcomes_markdown()
        (docs / "outcomes.md").write_text(review, encoding="utf-8")
        self.stdout.write(f"Wrote {docs / 'outcomes.md'} (every distinct outcome, for review).")
