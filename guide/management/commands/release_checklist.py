from django.core.management.base import BaseCommand

from guide.content import CHANGELOG, CONTENT, DOCKETS, TAX_YEARS

STEPS = (
    "Read docs/content-review.md.",
    "Check the court dockets (CourtListener or PACER) of each case below and look for new "
    "cases. Are the orders still in force? Any new ruling or appeal? Add each new event to "
    "TIMELINE in guide/content/__init__.py with its source, and the source to facts.md first.",
    "Only after a person has checked the dockets for this release: set CONTENT.dockets_checked "
    "= True. Until then every outcome says that we could not confirm whether the court orders "
    "are still in force.",
    "Set CONTENT.newest_court_information to the date of the newest court item found (a case "
    "tracker's reading counts, worded as such; only a person's docket check sets "
    "dockets_checked), CONTENT.searched_to to the newest item of any search, "
    "CONTENT.last_reviewed to today, CONTENT.reviewed_by to the reviewing organisation.",
    "Check the final Form 1040 for tax year {next_year} (filed in {filed_in}) on irs.gov: was a "
    "citizenship box added (reported in May 2026 as under consideration; facts.md Appendix C)? "
    "Check that the tax years the guide names are still right (TAX_YEARS in guide/content/__init__.py: "
    "next return {next_year}, recent returns {recent}). Change facts.md first if either moved.",
    "Read ICE's December 2025 declaration in CEDC v. Bessent (Richard S. Fitzgerald) on the "
    "docket; if it says what facts.md Appendix C reports, add it to SOURCES and cite it for "
    "the covers section (ICE's own statement that it did not use the addresses).",
    "Bump CONTENT.version and add an entry at the top of CHANGELOG (guide/content/__init__.py) saying "
    "what changed, in plain words, and which sections.",
    "Run `make check-links` where the network allows; open each link by hand that is not ok; "
    "update its last_checked date.",
    "Run `make outcomes` and `make flow-diagram`; have a lawyer or advocate review the diff of "
    "docs/outcomes.md.",
    "Run `make reading-level`: no page above grade 8; aim for grade 6.",
    "Run `make messages` and tell translators what changed (the CHANGELOG entry and the fuzzy "
    "entries in the .po files); see docs/content-review.md.",
    "Run `make test`: everything passes.",
    "After deploying: if the legal situation changes suddenly, switch on safe hold "
    "(SAFE_HOLD_DATE, docs/deploy.md) until the content is reviewed again.",
)

#: The step (numbered from 1) under which the dockets are listed.
DOCKET_STEP = 2


class Command(BaseCommand):
    help = "Print the release checklist for the legal content, with the docket check."

    def handle(self, *args, **options):
        newest = CHANGELOG[0]
        self.stdout.write(
            f"Release checklist: content version {CONTENT.version}, last reviewed "
            f"{CONTENT.last_reviewed.isoformat()} by {CONTENT.reviewed_by}."
        )
        self.stdout.write(
            f"Newest court information: "
            f"{CONTENT.newest_court_information.isoformat()}. Dockets checked for "
            f"this release: {'YES' if CONTENT.dockets_checked else 'NO'}."
        )
        self.stdout.write(
            f"Newest What's changed entry: {newest.when.isoformat()} ({newest.version}).\n"
        )
        years = {
            "next_year": TAX_YEARS.next,
            "filed_in": TAX_YEARS.next + 1,
            "recent": ", ".join(str(year) for year in TAX_YEARS.recent),
        }
        for number, step in enumerate(STEPS, start=1):
            self.stdout.write(f"[ ] {number}. {step.format(**years)}")
            if number == DOCKET_STEP:
                for docket in DOCKETS:
                    self.stdout.write(f"      - {docket.case}: {docket.where}")
