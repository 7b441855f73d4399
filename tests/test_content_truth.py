"""Issue 13: the content is true as of the newest sources, and says plainly what nobody knows.

One test (or a few) per finding of the review, each written to fail on the text the review read.
The facts behind each are in shared/content/facts.md (the section named in each test).
"""

import re
from datetime import date
from functools import cache
from io import StringIO

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.template import Context, Template
from django.test import Client
from django.utils import translation
from django.utils.dateformat import format as format_date
from django.utils.formats import get_format

from guide import content
from guide.content import glossary
from guide.flow import decision
from guide.flow.questionnaire import QUESTIONS_BY_SLUG
from guide.review import documents, reading_level
from tests.helpers import on_the_wire, shortest_path, visible_text

PROJECT = settings.BASE_DIR
MONTHS = {
    name: number
    for number, name in enumerate(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        start=1,
    )
}
# Django's English DATE_FORMAT abbreviates: "Nov. 25, 2026", "May 12, 2025", "Sept. 1, 2025".
ABBREVIATED = {
    "Jan.": 1,
    "Feb.": 2,
    "March": 3,
    "April": 4,
    "May": 5,
    "June": 6,
    "July": 7,
    "Aug.": 8,
    "Sept.": 9,
    "Oct.": 10,
    "Nov.": 11,
    "Dec.": 12,
}
DATE = re.compile(
    r"\b("
    + "|".join(re.escape(m) for m in [*MONTHS, *ABBREVIATED])
    + r")(?:\s+(\d{1,2}),)?\s+(\d{4})\b"
)


@cache
def distinct() -> list[documents.DistinctOutcome]:
    return documents.distinct_outcomes()


@cache
def outcome_text(number: int) -> str:
    """The English text of a distinct outcome's sections, hard-word explanations included."""
    return reading_level.outcome_page_text(distinct()[number - 1], "en")


def outcomes_of(situation: str) -> list[documents.DistinctOutcome]:
    return [d for d in distinct() if d.outcome.situation == situation]


def outcome_page(answers: dict[str, str], language: str = "en", **extra: str) -> str:
    response = Client().post(
        f"/{language}/questions/", on_the_wire({**answers, "nav": "outcome", **extra})
    )
    assert response.status_code == 200
    return response.content.decode()


def sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?”])\s+", text)


def dates_in(text: str) -> list[date]:
    found = []
    for month, day, year in DATE.findall(text):
        number = MONTHS.get(month) or ABBREVIATED[month]
        found.append(date(int(year), number, int(day or 1)))
    return found


def month_year(value: date, language: str = "en") -> str:
    with translation.override(language):
        return format_date(value, get_format("YEAR_MONTH_FORMAT"))


# --- High ---------------------------------------------------------------------------------------
def test_every_unsure_outcome_says_to_see_an_immigration_lawyer_before_filing():
    # The order question's hints send people who may have an order to "not sure" (situation D),
    # whatever they answered about filing this year.
    unsure = outcomes_of(decision.UNCLEAR)
    assert unsure
    for outcome in unsure:
        assert "talk to an immigration lawyer before you file a tax return" in (
            outcome_text(outcome.number)
        ), outcome.number


def test_no_outcome_says_anything_was_checked_later_than_the_newest_court_information():
    newest = content.CONTENT.newest_court_information
    for outcome in distinct():
        page = visible_text(outcome_page(outcome.example))
        for sentence in sentences(page):
            if "checked" in sentence.lower():
                assert not re.search(r"\bwe (last )?checked\b", sentence, re.I), sentence
                assert all(day <= newest for day in dates_in(sentence)), sentence
        if not content.CONTENT.dockets_checked:
            assert "docket" not in page.lower()


def test_every_we_found_no_sentence_is_dated():
    # The timeline and the sections: a "we found no…" holds only for the month searched.
    texts = [str(event.text) for event in content.TIMELINE]
    texts += sentences(" ".join(outcome_text(o.number) for o in distinct()))
    for text in texts:
        for sentence in sentences(text):
            if re.search(r"\bwe found no\b", sentence, re.I):
                assert dates_in(sentence), sentence


def test_the_newest_court_information_is_appendix_c_and_no_older_than_any_event():
    # facts.md Appendix C: a case tracker showed no new decision as of late July 2026.
    assert content.CONTENT.newest_court_information >= max(e.when for e in content.TIMELINE)
    assert content.CONTENT.newest_court_information.strftime("%Y-%m") == "2026-07"
    assert content.CONTENT.searched_to >= content.CONTENT.newest_court_information


def test_what_the_agreement_allows_is_said_beside_the_court_orders_that_blocked_it():
    agreement = str(glossary.TERMS_BY_KEY["agreement"].explanation)
    assert "may ask the IRS" in agreement and "blocked this." in agreement
    intro = visible_text(Client().get("/en/before-you-start/").content)
    as_of = month_year(content.CONTENT.newest_court_information)
    assert f"criminal investigation. As of {as_of}, two court orders blocked this sharing." in intro
    covers = outcome_text(1)
    assert "ICE can ask the IRS" not in covers
    assert f"being investigated. As of {as_of}, two court orders blocked this sharing." in covers


# --- Medium -------------------------------------------------------------------------------------
def test_situation_c_does_not_say_for_certain_that_the_person_is_in_neither_group():
    for outcome in outcomes_of(decision.NOT_NAMED):
        text = outcome_text(outcome.number)
        assert "you are not in either group" not in text
        assert "Your answers do not put you in either group." in text
        assert "investigations are not public" in text


@pytest.mark.parametrize("situation", [decision.NOT_NAMED, decision.UNCLEAR])
def test_the_case_status_check_comes_with_its_limits(situation):
    for outcome in outcomes_of(situation):
        text = outcome_text(outcome.number)
        if "case status service" not in text:
            continue
        assert "This service shows only cases in immigration court." in text
        assert "Orders from border or immigration officers are not in it." in text
        assert "that does not prove there is no order" in text
        assert "It shows immigration court cases only" not in text


def test_each_ruling_says_what_it_did_and_which_court():
    by_day = {event.when: str(event.text) for event in content.TIMELINE}
    # facts.md §3.2: the notice went to the court and the plaintiffs, not to taxpayers.
    assert "warn the court and the groups that sued" in by_day[date(2025, 9, 1)]
    # §3.2: relief in part; ICE was not a party.
    nov = by_day[date(2025, 11, 21)]
    assert "granted only part of what the groups asked" in nov
    assert "could not give orders to ICE: it was not part of the case" in nov
    # §3.3: a preliminary injunction pending the merits.
    assert "lasts until the case is decided" in by_day[date(2026, 2, 5)]
    assert "Massachusetts" in by_day[date(2026, 2, 5)]
    # §3.1: it affirmed the denial of a preliminary injunction, on a sparse record.
    feb24 = by_day[date(2026, 2, 24)]
    assert "appeals court in Washington, D.C., upheld the May 2025 refusal" in feb24
    assert "at this early stage and on few facts" in feb24
    # §2.4: an indicative ruling while the appeal was pending.
    feb26 = by_day[date(2026, 2, 26)]
    assert "Center for Taxpayer Rights case" in feb26
    assert "while the appeal was going on" in feb26.lower()


def test_ices_december_2025_statement_is_given_as_ices_claim():
    for outcome in distinct():
        text = outcome_text(outcome.number)
        assert "No one has said publicly whether ICE used the addresses" not in text
        assert (
            "ICE told a court in December 2025 that it had not used the IRS addresses. "
            "That is ICE's own statement."
        ) in text


def test_the_court_status_gives_the_case_tracker_for_what_it_is():
    as_of = month_year(content.CONTENT.newest_court_information)
    for outcome in distinct():
        text = outcome_text(outcome.number)
        assert (
            f"In {as_of}, a case tracker showed no new decision in any of the three cases, "
            "and we found no appeal of the Massachusetts order."
        ) in text


def test_the_release_checklist_checks_form_1040_and_the_tax_years():
    out = StringIO()
    call_command("release_checklist", stdout=out)
    text = out.getvalue()
    assert f"final Form 1040 for tax year {content.TAX_YEARS.next}" in text
    assert "citizenship box" in text
    assert f"recent returns {', '.join(map(str, content.TAX_YEARS.recent))}" in text
    assert "{" not in text


def test_both_unsure_answers_show_both_steps():
    both = [
        a
        for a in decision.every_answer_path()
        if a.get("order") == "unsure" and a.get("criminal") == "unsure"
    ]
    assert both
    for answers in both:
        sections = decision.outcome_for(answers).sections
        assert "next_unclear_order" in sections and "next_unclear_criminal" in sections
        assert sections.index("next_unclear_order") < sections.index("next_unclear_criminal")


def test_the_criminal_case_step_says_how_to_get_a_lawyer_without_promising_one():
    for outcome in distinct():
        if "next_named_criminal" not in outcome.outcome.sections:
            continue
        text = outcome_text(outcome.number)
        assert "the lawyer on your criminal case" not in text
        # facts.md Appendix D: only for a person charged or arrested who cannot pay.
        assert (
            "If you are charged with a crime or arrested and cannot pay a lawyer, you can "
            "ask the court for one."
        ) in text
        assert "investigat" not in next(s for s in sentences(text) if "ask the court" in s)


def test_the_filing_part_is_true_for_every_answer_that_shows_it():
    shown_for = {
        a["this_year"]
        for a in decision.every_answer_path()
        if "this_year" in decision.outcome_for(a).sections
    }
    assert {"not_file", "skip"} <= shown_for
    for outcome in distinct():
        if "this_year" in outcome.outcome.sections:
            text = outcome_text(outcome.number)
            assert "have not decided" not in text
            assert "Filing and not filing can each have effects." in text
    assert "If you have not decided" not in str(QUESTIONS_BY_SLUG["this_year"].why)


def test_legal_help_leads_with_national_directories_and_links_nothing_unconfirmed():
    page = Client().get("/en/legal-help/").content.decode()
    links = [link.key for link in content.HELP_LINKS if link.group == "immigration"]
    national = ["eoir_pro_bono", "eoir_recognized", "uscis_legal_services"]
    assert links[:3] == national and links.index("nijc") > 2
    urls = re.findall(r'<h3 class="help-list__name"><a href="([^"]+)"', page)
    assert urls.index(content.HELP_LINKS_BY_KEY["uscis_legal_services"].url) < urls.index(
        content.HELP_LINKS_BY_KEY["nijc"].url
    )
    assert "For the Chicago area" in str(content.HELP_LINKS_BY_KEY["nijc"].what_for)
    # facts.md §5, §7 item 18 and Appendix D: not confirmed, so never linked.
    for unconfirmed in (
        "immigrationlawhelp.org",
        "immigrationadvocates.org",
        "immi.org",
        "cliniclegal.org",
        "aila.org",
        "informedimmigrant.com",
        "ilrc.org",
        "unitedwedream.org",
        "ftc.gov",
        "nilc.org",
    ):
        assert unconfirmed not in page


def test_section_7216_is_said_as_the_fact_sheet_supports_it():
    helpers = visible_text(Client().get("/en/for-helpers/").content)
    duty = helpers.split("Tax preparers' duty of confidentiality", 1)[1].split(
        "Explaining the agreement", 1
    )[0]
    assert "only with the client's consent, a court order, or another exception in the law" in duty
    # Appendix D: whether VITA volunteers are bound is unconfirmed: say nothing either way.
    assert "VITA" not in duty and "volunteer" not in duty.lower()
    assert "generally may not give" not in helpers
    for outcome in distinct():
        text = outcome_text(outcome.number)
        assert "only with your consent, a court order, or another exception in the law" in text


def test_the_translators_flags_are_answered():
    legal_help = str(glossary.TERMS_BY_KEY["legal_help"].explanation)
    assert "for free or at a low cost" not in legal_help
    assert legal_help.startswith("Legal advice that costs nothing")
    lawyer_first = [o for o in distinct() if "this_year_lawyer_first" in o.outcome.sections]
    assert lawyer_first
    for outcome in lawyer_first:
        text = outcome_text(outcome.number)
        assert "With your answers" not in text
        assert "Because of your answers, talk to an immigration lawyer." in text


# --- Spanish and Arabic -------------------------------------------------------------------------
def catalogue(language: str, domain_dir: str = "") -> polib.POFile:
    root = PROJECT / domain_dir if domain_dir else PROJECT
    return polib.pofile(str(root / "locale" / language / "LC_MESSAGES" / "django.po"))


def entries(language: str) -> dict[str, polib.POEntry]:
    found = {}
    for po in (catalogue(language), catalogue(language, "explanations")):
        found.update({entry.msgid: entry for entry in po if not entry.obsolete})
    return found


def test_as_of_reads_as_the_month_the_information_holds_for():
    for language, wrong in (("es", "Hasta"), ("ar", "حتى")):
        for msgid, entry in entries(language).items():
            if "%(as_of)s" in msgid:
                assert wrong not in entry.msgstr, (language, entry.msgstr)
                assert any(
                    "as_of is a month and year" in comment for comment in [entry.comment or ""]
                ), msgid


def test_listed_translation_errors_are_fixed():
    es, ar = entries("es"), entries("ar")
    assert "suspensión de la deportación" not in es["stay of removal"].msgstr
    assert not any("suspensión de la deportación" in e.msgstr for e in es.values())
    assert not any("منع الترحيل" in e.msgstr for e in ar.values())
    assert not any("تأكّد من الإجابة" in e.msgstr for e in ar.values())
    assert "withholding of removal" in next(
        e.msgstr for m, e in ar.items() if "withholding of removal" in m
    )
    assert ar["Tax return filed"].msgstr != "تقديم الإقرار الضريبي"


DRAFT_NOTICE = "This translation has not yet been checked by a qualified translator."


def draft_notice(language: str) -> str:
    with translation.override(language):
        return Template("{% include 'guide/_translation_notice_text.html' %}").render(Context())


@pytest.mark.parametrize("also", ["es", "ar"])
def test_the_second_language_column_shows_its_draft_notice(also):
    from guide.i18n.languages import status_of

    assert status_of(also).draft
    html = outcome_page(
        shortest_path(),
        also=also,
    )
    columns = html.split(f'class="bilingual__column" lang="{also}"')
    assert len(columns) > 2
    assert draft_notice(also).strip() in columns[1]
    # Once on screen (the first row) and once more for paper (the first row that always prints).
    assert html.count(draft_notice(also).strip()) == 2
    assert html.count('class="translation-notice print-only"') == 1


def test_an_english_page_beside_english_shows_no_notice():
    html = outcome_page(
        shortest_path(),
        language="es",
        also="en",
    )
    # Only the Spanish page's own notice.
    assert len(re.findall(r'class="translation-notice(?: print-only)?"', html)) == 1


def test_a_printout_keeps_the_draft_notice():
    css = (PROJECT / "static" / "css" / "print.css").read_text()
    for rule in re.findall(r"([^{}]+)\{\s*display:\s*none", css):
        selectors = {s.strip() for s in rule.split(",")}
        assert not selectors & {".translation-notice", ".translation-notice p"}, rule
    # Only the notice's English button or link is left off paper, never its words (the first
    # child).
    # The notice is one line on screen (issue 14: a <details>); on paper it is opened.
    assert ".translation-notice > :not(summary, p:first-of-type) { display: none" in css
    assert ".translation-notice::details-content { content-visibility: visible" in css
    html = Client().get("/es/").content.decode()
    notice = html.split('<details class="translation-notice">', 1)[1].lstrip()
    assert notice.startswith("<summary>")
    assert notice.split("</summary>", 1)[1].lstrip().startswith("<p>")
    assert draft_notice("es").strip() in html
