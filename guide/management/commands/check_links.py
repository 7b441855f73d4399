from django.core.management.base import BaseCommand, CommandError

from guide import content
from guide.review.link_check import CHECK, DEAD, OK, UNREACHABLE, check_links


class Command(BaseCommand):
    help = (
        "Request every external link in guide/content/__init__.py (sources and help links) and report the "
        "dead ones. Without a network every link is reported unreachable: nothing is concluded."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--timeout",
            type=float,
            default=10.0,
            help="Seconds to wait for each site (default 10).",
        )

    def handle(self, *args, timeout, **options):
        links = content.external_links()
        results = check_links(links, timeout)
        for result in results:
            self.stdout.write(
                f"{result.status:<14} {result.link.origin:<26} {result.link.url}  ({result.detail})"
            )
        counts = {
            status: sum(r.status == status for r in results)
            for status in (OK, DEAD, CHECK, UNREACHABLE)
        }
        self.stdout.write(
            f"\n{len(results)} links: {counts[OK]} ok, {counts[DEAD]} dead, "
            f"{counts[CHECK]} to check by hand, {counts[UNREACHABLE]} unreachable."
        )
        if counts[UNREACHABLE]:
            self.stdout.write(
                "Unreachable links were not checked (no network, or the site did not answer). "
                "Run this again where the network allows, or open them in a browser."
            )
        if counts[DEAD]:
            raise CommandError(
                "Dead links: "
                + ", ".join(r.link.origin for r in results if r.status == DEAD)
                + ". Find the publisher's new page, update guide/content/__init__.py and its last_checked."
            )
