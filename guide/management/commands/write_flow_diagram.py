from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from guide.review.documents import flow_mermaid


class Command(BaseCommand):
    help = "Write docs/flow.mmd: a Mermaid diagram of the questions, their conditions and outcomes."

    def handle(self, *args, **options):
        path = Path(settings.BASE_DIR) / "docs" / "flow.mmd"
        path.write_text(flow_mermaid(), encoding="utf-8")
        self.stdout.write(f"Wrote {path}.")
