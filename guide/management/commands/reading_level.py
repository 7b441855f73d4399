from django.conf import settings
from django.core.management.base import BaseCommand

from guide.review import reading_level


class Command(BaseCommand):
    help = "Print the reading level of each question page, outcome page and outcome section."

    def add_arguments(self, parser):
        parser.add_argument(
            "--language",
            default=settings.LANGUAGE_CODE,
            help="A language with a formula: " + ", ".join(reading_level.FORMULAS),
        )

    def handle(self, *args, language, **options):
        formula = reading_level.formula_for(language)
        direction = "at most" if formula.lower_is_easier else "at least"
        self.stdout.write(
            f"{formula.name} ({language}); the tests want {direction} "
            f"{formula.limit:g} per page. The brief aims at grade 6.\n"
        )
        in_short = reading_level.in_short_texts(language)
        self.stdout.write('"In short", each on its own: grade 6 or below (the tests want it)')
        for reading in reading_level.readings(in_short, language):
            flag = "" if reading_level.in_short_passes(reading) else "   <- above grade 6"
            words = len(in_short[reading.page].split())
            self.stdout.write(f"  {reading.score:6.1f}  {reading.page} ({words} words){flag}")
        self.stdout.write("")
        for title, texts in (
            ("Pages", reading_level.page_texts(language)),
            ("Outcome sections", reading_level.section_texts(language)),
        ):
            self.stdout.write(title)
            for reading in reading_level.readings(texts, language):
                flag = "" if reading.passes else "   <- too hard"
                self.stdout.write(f"  {reading.score:6.1f}  {reading.page}{flag}")
            self.stdout.write("")
