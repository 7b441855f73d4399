"""The legal content's metadata, held as data in one place.

Dates, the court timeline, the sources and the help links all live here, so a reviewer updates one
file and every page (outcome, about, legal help) follows. Every statement in the guide's text
traces to a source below, and every source traces to `shared/content/facts.md`.

Kept in the package's own file, so that `guide.content.CONTENT` and every other name is where it
always was. Beside it, the rest of what the guide says that is not in a template:

- `glossary`: hard words and their plain explanations, written once;
- `sentences`: sentences the guide says in more than one place, each written once;
- `timeline`: the court timeline as a picture (months, from TIMELINE below);
- `descriptions`: each public page's one-sentence description for search engines.
"""

from dataclasses import dataclass
from datetime import date

from django.utils.functional import Promise
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from guide.content import sentences
from guide.i18n.languages import join_sentences


@dataclass(frozen=True)
class TaxYears:
    #: The tax year of the next return people will file (a 2026 return is filed in 2027).
    next: int
    #: The last three tax years before it: a return filed for one of them counts as recent.
    recent: tuple[int, int, int]


TAX_YEARS = TaxYears(next=2026, recent=(2023, 2024, 2025))


@dataclass(frozen=True)
class ContentMeta:
    version: str
    #: When the text was last checked against the fact sheet.
    last_reviewed: date
    reviewed_by: str
    #: The date of the newest court information found. Shown as month and year: the month the
    #: court status holds for. Since facts.md Appendix C this is a case tracker's reading of the
    #: three cases (late July 2026), not a docket check by a person (that is `dockets_checked`).
    newest_court_information: date
    #: The newest item found in any search for the fact sheet. Every "we found no…" sentence
    #: (no report of an arrest, no appeal) holds as of this month, and says so.
    searched_to: date
    #: Set True only when a person has checked the court dockets for this release
    #: (see docs/content-review.md). Until then outcomes say that we could not confirm whether
    #: the court orders are still in force.
    dockets_checked: bool

    @property
    def court_orders_unconfirmed(self) -> Promise | None:
        """The callout the courts section and the about page show until a person has checked the
        dockets for this release (decided here, not in the templates); None once they have."""
        if self.dockets_checked:
            return None
        return _("We could not confirm whether these court orders are still in force.")


CONTENT = ContentMeta(
    version="2026.12.0",
    last_reviewed=date(2026, 12, 3),
    reviewed_by="Know Before You File maintainers, against the project's fact sheet",
    # facts.md Appendix C: "a case tracker showed no new decision in any of the three cases as
    # of late July 2026".
    newest_court_information=date(2026, 7, 28),
    searched_to=date(2026, 7, 28),
    dockets_checked=False,
)


#: The day the sources' and help links' addresses were taken from the fact sheet
#: (shared/content/facts.md, compiled 2026-11-25) and checked to be the publishers' own pages.
LINKS_CHECKED = date(2026, 11, 25)


@dataclass(frozen=True)
class Source:
    key: str
    publisher: str
    title: str
    #: As precise as the source itself is: (year, month, day) with month/day optional.
    published: tuple[int, ...] | None
    #: The publisher's own page. None where we found only mirrors: the source is then cited by
    #: name without a link.
    url: str | None
    tier: str
    #: When a person last confirmed the address on the publisher's own page. Update it (as a
    #: keyword, `last_checked=date(…)`) when you click a link through before a release.
    last_checked: date = LINKS_CHECKED

    @property
    def published_date(self) -> date | None:
        if not self.published:
            return None
        year, month, day = (*self.published, 1, 1)[:3]
        return date(year, month, day)

    @property
    def precision(self) -> str:
        return {1: "year", 2: "month", 3: "day"}.get(len(self.published or ()), "none")

    @property
    def date_format(self) -> str:
        """How its date is written: as precisely as the source dates itself."""
        return {"day": "DATE_FORMAT", "month": "YEAR_MONTH_FORMAT"}.get(self.precision, "Y")


SOURCES: dict[str, Source] = {
    source.key: source
    for source in (
        Source(
            "S2",
            "National Immigration Forum",
            "IRS & ICE Immigration Data-Sharing Agreement: Explainer",
            (2025,),
            "https://immigrationforum.org/article/irs-ice-immigration-data-sharing-agreement-explainer",
            "B",
        ),
        Source(
            "S10",
            "American Oversight",
            "Here's What the Government Tried to Keep Hidden in the IRS-ICE Data-Sharing Agreement",
            (2025, 5, 14),
            "https://americanoversight.org/heres-what-the-government-tried-to-keep-hidden-in-the-irs-ice-data-sharing-agreement/",
            "B",
        ),
        Source(
            "S15",
            "Public Citizen",
            "“It Will Be Too Late”: Groups Appeal Judge's Ruling Refusing to Stop IRS From "
            "Sharing Taxpayer Data With DHS, ICE",
            (2025, 5),
            "https://www.citizen.org/news/it-will-be-too-late-groups-appeal-judges-ruling-refusing-to-stop-irs-from-sharing-taxpayer-data-with-dhs-ice/",
            "B",
        ),
        Source(
            "S25",
            "FedScoop",
            "Court documents reveal ICE request for nearly 1.3 million taxpayer records",
            (2025, 10),
            "https://fedscoop.com/ice-irs-data-sharing-millions-of-records-court-case",
            "B",
        ),
        Source(
            "S28",
            "The Washington Times",
            "Judge blocks IRS sharing data with ICE",
            (2025, 11, 21),
            "https://twt-assets.washtimes.com/news/2025/nov/21/judge-blocks-irs-sharing-data-ice",
            "B",
        ),
        Source(
            "S30",
            "TaxCoda",
            "Court blocks IRS policy that shared taxpayer addresses with ICE",
            (2025, 11),
            "https://taxcoda.com/p/court-blocks-irs-policy-that-shared",
            "B",
        ),
        Source(
            "S33",
            "Civil Rights Litigation Clearinghouse",
            "Community Economic Development Center of Southeastern Massachusetts v. Scott Bessent",
            None,
            "https://clearinghouse.net/case/47018",
            "A",
        ),
        Source(
            "S34",
            "Civil Rights Litigation Clearinghouse",
            "Center for Taxpayer Rights v. Internal Revenue Service",
            None,
            "https://clearinghouse.net/case/46138",
            "A",
        ),
        Source(
            "S35",
            "FedScoop",
            "Federal judge blocks ICE from using IRS taxpayer data in enforcement",
            (2026, 2),
            "https://fedscoop.com/?p=88734",
            "B",
        ),
        Source(
            "S36",
            "Fox News",
            "Second federal judge blocks IRS from sharing addresses with ICE",
            (2026, 2, 5),
            "https://www.foxnews.com/politics/second-federal-judge-blocks-irs-from-sharing-addresses-ice",
            "B",
        ),
        Source(
            "S40",
            "FedScoop",
            "IRS official says agency improperly shared some taxpayer data with ICE",
            (2026, 2),
            "https://fedscoop.com/?p=88789",
            "B",
        ),
        Source(
            "S41",
            "Thomson Reuters Checkpoint",
            "IRS-ICE Data Sharing Error Admission Sparks Congressional, Legal Backlash",
            (2026, 2),
            "https://tax.thomsonreuters.com/news/irs-ice-data-sharing-error-admission-sparks-congressional-legal-backlash",
            "B",
        ),
        Source(
            "S42",
            "Bloomberg Tax",
            "IRS Defends ICE Data Sharing on Appeal, Despite Disclosure Error",
            (2026, 2, 17),
            "https://news.bloombergtax.com/daily-tax-report/irs-defends-ice-data-sharing-on-appeal-despite-disclosure-error",
            "B",
        ),
        Source(
            "S44",
            "FedScoop",
            "Appeals court gives OK to IRS to keep sharing data with ICE",
            (2026, 2, 26),
            "https://fedscoop.com/appeals-court-gives-ok-to-irs-to-keep-sharing-data-with-ice/",
            "B",
        ),
        Source(
            "S46",
            "Mediaite",
            "Judge Rules IRS Broke the Law ‘Approximately 42,695’ Times by Sharing "
            "Confidential Data with ICE",
            (2026, 2, 26),
            "https://www.mediaite.com/media/news/judge-rules-irs-broke-the-law-approximately-42695-times-by-sharing-confidential-data-with-ice/",
            "B",
        ),
        Source(
            "S48",
            "Techdirt",
            "The IRS's Verification System For Sharing Taxpayer Data With ICE Would Have "
            "Accepted ‘Don't Care 12345’ As A Valid Address",
            (2026, 3, 13),
            "https://www.techdirt.com/2026/03/13/the-irss-verification-system-for-sharing-taxpayer-data-with-ice-would-have-accepted-dont-care-12345-as-a-valid-address",
            "B",
        ),
        Source(
            "S56",
            "FedScoop",
            "Watchdog flags security issues with IRS-ICE data-sharing agreement",
            (2026, 6),
            "https://fedscoop.com/irs-ice-data-sharing-watchdog-report/",
            "B",
        ),
        Source(
            "S58",
            "Bloomberg Government",
            "IRS Data-Sharing Deal With ICE Failed to Meet Set Safeguards",
            (2026, 6),
            "https://news.bgov.com/immigration/irs-data-sharing-deal-with-ice-failed-to-meet-set-safeguards",
            "B",
        ),
        # facts.md Appendix C: the case tracker read as of about 2026-07-28 (trackers lag).
        Source(
            "S130",
            "Just Security",
            "Litigation tracker",
            (2026, 7),
            "https://www.justsecurity.org/107087/tracker-litigation-legal-challenges-trump-administration/",
            "B",
            last_checked=date(2026, 12, 3),
        ),
        Source(
            "S92",
            "Alianza Americas",
            "What we know about the IRS and DHS collaboration plan",
            (2025, 4),
            "https://alianzaamericas.org/tool/what-we-know-about-the-irs-and-dhs-collaboration-plan",
            "B",
        ),
        Source(
            "S102",
            "Raw Story (citing The Washington Post)",
            "IRS and ICE",
            (2026, 2),
            "https://www.rawstory.com/amp/irs-and-ice-2675261548",
            "B/C",
        ),
        Source(
            "S63",
            "Office of the Law Revision Counsel, U.S. House of Representatives",
            "26 U.S.C. § 7216: Disclosure or use of information by preparers of returns",
            None,
            "https://usc-cdn.house.gov/view.xhtml?edition=prelim&num=0&req=granuleid%3AUSC-prelim-title26-section7216",
            "A",
        ),
        Source(
            "S114",
            "The CPA Journal",
            "Getting Taxpayers' Consent to Disclose or Use Tax Return Information Under IRC "
            "Section 7216",
            (2019, 12, 3),
            "https://www.cpajournal.com/2019/12/03/getting-taxpayers-consent-to-disclose-or-use-tax-return-information-under-irc-section-7216/",
            "B",
        ),
        Source(
            "S65",
            "U.S. Department of Justice",
            "Criminal Resource Manual 507: Disclosure Under 26 U.S.C. 6103(i)(2)",
            None,
            "https://www.justice.gov/usam/criminal-resource-manual-507-disclosure-under-26-usc-6103i2",
            "A",
        ),
        Source(
            "S66",
            "Internal Revenue Service",
            "Internal Revenue Manual 11.3.28: Disclosure to Federal Agencies for "
            "Administration of Non-Tax Criminal Laws",
            None,
            "https://www.irs.gov/irm/part11/irm_11-003-028.html",
            "A",
        ),
        Source(
            "S67",
            "U.S. Code of Federal Regulations",
            "26 C.F.R. § 301.6212-2: Definition of last known address",
            None,
            None,
            "A",
        ),
        Source(
            "S68",
            "Internal Revenue Service",
            "VITA training: Determining Alien Status – Substantial Presence Test",
            None,
            "https://apps.irs.gov/app/vita/content/07/07_02_015.jsp",
            "A",
        ),
        Source(
            "S69",
            "Utah Office of Recovery Services (quoting the IRS)",
            "Policy CS 074P-1: Individual Taxpayer Identification Number",
            (2025, 2, 4),
            "https://policyors.utah.gov/074P-1.htm",
            "A",
        ),
        Source(
            "S70",
            "Internal Revenue Service",
            "Instrucciones para el Formulario W-7(SP)",
            None,
            "https://www.irs.gov/instructions/iw7sp/ch02.html",
            "A",
        ),
        Source(
            "S73",
            "Internal Revenue Service",
            "IR-2022-41: 2022 Low Income Taxpayer Clinic list now available",
            (2022, 2, 22),
            "https://irs.gov/es/newsroom/2022-low-income-taxpayer-clinic-list-now-available",
            "A",
        ),
        Source(
            "S78",
            "U.S. Department of Justice, Executive Office for Immigration Review",
            "List of Pro Bono Legal Service Providers",
            None,
            "https://www.justice.gov/eoir/list-pro-bono-legal-service-providers",
            "A",
        ),
        Source(
            "EOIR-CSI",
            "U.S. Department of Justice, Executive Office for Immigration Review",
            "Customer Service Initiatives",
            None,
            "https://www.justice.gov/eoir/customer-service-initiatives",
            "A",
        ),
        Source(
            "N2016-48",
            "Internal Revenue Service",
            "Notice 2016-48 (ITIN expiration)",
            (2016,),
            None,
            "A",
        ),
        Source(
            "ABA-PATH",
            "American Bar Association, Section of Taxation",
            "Shining a Light on the PATH",
            (2017, 8, 11),
            "https://www.americanbar.org/groups/taxation/publications/abataxtimes_home/17aug/17aug-pbm-lipman-shining-a-light-on-the-path/",
            "B",
        ),
    )
}


@dataclass(frozen=True)
class RulingTag:
    """The tag a court ruling carries in the timeline: what it did to the sharing."""

    #: The tag's class besides "tag" (with its leading space), "" for none.
    css: str
    words: Promise


#: The tags by TimelineEvent.direction; an event that is not a ruling carries none.
RULING_TAGS: dict[str, RulingTag] = {
    "allowed": RulingTag("", _("Allowed the sharing")),
    "limited": RulingTag(" tag--limited", _("Blocked or limited the sharing")),
}


@dataclass(frozen=True)
class TimelineEvent:
    when: date
    #: "day" or "month": how precisely the sources date the event.
    precision: str
    text: Promise
    #: "allowed" where a court let sharing go on, "limited" where one blocked or limited it,
    #: "" for events that are not rulings.
    direction: str
    sources: tuple[str, ...]

    @property
    def tag(self) -> RulingTag | None:
        return RULING_TAGS.get(self.direction)

    @property
    def date_format(self) -> str:
        """How its date is written: as precisely as the sources date it."""
        return "YEAR_MONTH_FORMAT" if self.precision == "month" else "DATE_FORMAT"


TIMELINE: tuple[TimelineEvent, ...] = (
    TimelineEvent(
        date(2025, 4, 7),
        "day",
        _(
            "The IRS and the Department of Homeland Security, which ICE is part of, signed the "
            "agreement."
        ),
        # S2 gives the date; American Oversight's copy of the unsealed agreement (S10) is cited
        # on the about page, not on every outcome (page weight).
        "",
        ("S2",),
    ),
    TimelineEvent(
        date(2025, 5, 12),
        "day",
        _(
            "A federal judge in Washington, D.C., refused a request to block the agreement "
            "(the case Centro de Trabajadores Unidos v. Bessent)."
        ),
        "allowed",
        ("S15",),
    ),
    TimelineEvent(
        date(2025, 8, 7),
        "day",
        _("The IRS gave ICE addresses for about 47,000 people."),
        "",
        ("S40", "S25"),
    ),
    TimelineEvent(
        date(2025, 9, 1),
        "month",
        # facts.md §3.2: the notice went to the court and the plaintiffs, not to taxpayers.
        _(
            "In the case Center for Taxpayer Rights v. IRS, a federal judge in Washington, D.C., "
            "gave an order. The IRS had to warn the court and the groups that sued 24 hours before "
            "it shared taxpayer information with ICE."
        ),
        "limited",
        ("S34", "S30"),
    ),
    TimelineEvent(
        date(2025, 11, 21),
        "day",
        # facts.md §3.2: relief granted in part; ICE was not a party. Whether the appeal was
        # decided is said, dated, under the timeline (templates/guide/sections/courts.html).
        _(
            "The same judge blocked the IRS from sharing taxpayer addresses with ICE. She granted "
            "only part of what the groups asked. She could not give orders to ICE: it was not part "
            "of the case. The government appealed."
        ),
        "limited",
        ("S28", "S42"),
    ),
    TimelineEvent(
        date(2026, 2, 5),
        "day",
        # facts.md §3.3: a preliminary injunction "pending disposition of this litigation on
        # the merits".
        _(
            "In the case CEDC v. Bessent, a federal judge in Massachusetts ordered ICE not to use "
            "information it got from the IRS. This includes the addresses from August 2025. This "
            "order lasts until the case is decided."
        ),
        "limited",
        ("S35", "S36"),
    ),
    TimelineEvent(
        date(2026, 2, 24),
        "day",
        # facts.md §3.1: it affirmed the denial of a preliminary injunction, on a sparse record.
        _(
            "A federal appeals court in Washington, D.C., upheld the May 2025 refusal to block the "
            "agreement, at this early stage and on few facts. It said the law allows the IRS to "
            "give addresses, without a court order, on a valid ICE request for a criminal "
            "investigation. This did not end the two orders that blocked the sharing."
        ),
        "allowed",
        ("S44", "S58"),
    ),
    TimelineEvent(
        date(2026, 2, 26),
        "day",
        # facts.md §2.4: an indicative ruling, made while the appeal (No. 26-5006) was pending.
        _(
            "While the appeal was going on, the judge in the Center for Taxpayer Rights case found "
            "that the IRS broke the tax privacy law about 42,695 times. It gave out addresses "
            "without checking that ICE's request included the person's address."
        ),
        "",
        ("S46", "S48"),
    ),
    TimelineEvent(
        date(2026, 6, 8),
        "day",
        _(
            "The Treasury Inspector General for Tax Administration, a government watchdog, said "
            "the IRS's matching “was unable to accurately and consistently match ICE records.”"
        ),
        "",
        ("S56", "S58"),
    ),
)


@dataclass(frozen=True)
class HelpLink:
    key: str
    group: str
    name: Promise
    what_for: Promise
    url: str | None
    #: When a person last confirmed the address on the publisher's own page.
    last_checked: date
    phone: str = ""
    #: Who runs the site, as named in PUBLISHER_DOMAINS (never shown; checked by the tests).
    publisher: str = ""

    @property
    def tel(self) -> str:
        """The phone number as a tel: address, so that a phone can call it with one tap."""
        digits = "".join(ch for ch in self.phone if ch.isdigit())
        return f"tel:+{digits}" if digits else ""

    @property
    def phone_link(self) -> SafeString:
        """The phone number written as shown, as a tap-to-call link."""
        if not self.phone:
            return SafeString("")
        return format_html('<a href="{}">{}</a>', self.tel, self.phone)


HELP_GROUPS: tuple[tuple[str, Promise], ...] = (
    ("immigration", _("Immigration legal help")),
    ("tax", _("Tax help")),
    ("rights", _("Know your rights")),
)

#: The day facts.md Appendix D (legal help, right to counsel, § 7216) was added: the links taken
#: from it were found there on the publisher's own page.
APPENDIX_D_LINKS = date(2026, 12, 3)

# Only links that facts.md marks verified on the publisher's own page. National ones come first:
# the guide serves the whole country. Each says whom it serves and its languages where facts.md
# gives them. Still to be clicked through by a person before they may be added (facts.md §5,
# §7 item 18, Appendix D "unconfirmed"): ImmigrationLawHelp.org, the Immigration Advocates
# Network directory, immi.org, the CLINIC affiliate directory, the EOIR roster page, AILA's
# lawyer search, the ILRC red cards page, the IRS VITA locator, the FTC fraud-report address.
HELP_LINKS: tuple[HelpLink, ...] = (
    HelpLink(
        "eoir_pro_bono",
        "immigration",
        _("List of Pro Bono Legal Service Providers (U.S. Department of Justice)"),
        _(
            "For people anywhere in the U.S. with a case in immigration court: groups and lawyers "
            "near each immigration court who give free legal help. Updated every three months."
        ),
        "https://www.justice.gov/eoir/list-pro-bono-legal-service-providers",
        date(2026, 11, 25),
        publisher="U.S. Department of Justice, Executive Office for Immigration Review",
    ),
    HelpLink(
        "eoir_recognized",
        "immigration",
        _("Recognized organizations and accredited representatives (U.S. Department of Justice)"),
        # facts.md Appendix D: about 850 organizations and 2,290 representatives (August 2023),
        # rosters by state. The roster page's own address is unconfirmed: link the program page.
        _(
            "Nonprofit groups across the U.S. that the Department of Justice has recognized. Their "
            "accredited representatives, who are not lawyers, may give immigration legal help. "
            "The lists are by state."
        ),
        "https://www.justice.gov/eoir/recognition-and-accreditation-program",
        APPENDIX_D_LINKS,
        publisher="U.S. Department of Justice, Executive Office for Immigration Review",
    ),
    HelpLink(
        "uscis_legal_services",
        "immigration",
        _("Find legal services (U.S. Citizenship and Immigration Services)"),
        # facts.md Appendix D (USCIS, FTC): who may give immigration legal advice; notarios may
        # not.
        _(
            "Explains who may give immigration legal advice: lawyers and accredited "
            "representatives. A notario, a notary public or an immigration consultant may not."
        ),
        "https://www.uscis.gov/avoid-scams/find-legal-services",
        APPENDIX_D_LINKS,
        publisher="U.S. Citizenship and Immigration Services",
    ),
    HelpLink(
        "eoir_case_status",
        "immigration",
        _("Immigration court case status (U.S. Department of Justice)"),
        _(
            "Check an immigration court case with your A-number: the next hearing, the judge's "
            "decision and appeals. Online, or by phone 24 hours a day, in English and Spanish."
        ),
        "https://acis.eoir.justice.gov/en/",
        date(2026, 11, 25),
        phone="1-800-898-7180",
        publisher="U.S. Department of Justice, Executive Office for Immigration Review",
    ),
    HelpLink(
        "nijc",
        "immigration",
        _("National Immigrant Justice Center (Chicago)"),
        _(
            "For the Chicago area: legal screenings and representation, know-your-rights "
            "sessions, and a help desk at the Chicago immigration court, in English and Spanish."
        ),
        "https://immigrantjustice.org",
        date(2026, 11, 25),
        publisher="National Immigrant Justice Center",
    ),
    HelpLink(
        "litc",
        "tax",
        _("Low Income Taxpayer Clinics"),
        join_sentences(
            _("Independent of the IRS, free or for a small fee."),
            sentences.WHAT_CLINICS_DO,
            sentences.CLINIC_LIST,
        ),
        "https://www.taxpayeradvocate.irs.gov/litc",
        date(2026, 11, 25),
        publisher="Taxpayer Advocate Service",
    ),
    HelpLink(
        "alianza",
        "rights",
        _("Alianza Americas: What we know about the IRS and DHS collaboration plan"),
        _(
            "A community fact sheet for ITIN holders from April 2025. Check the date: some things "
            "have changed since then."
        ),
        "https://alianzaamericas.org/tool/what-we-know-about-the-irs-and-dhs-collaboration-plan",
        date(2026, 11, 25),
        publisher="Alianza Americas",
    ),
)


@dataclass(frozen=True)
class HelpWithoutLink:
    """Help the legal help page names without a link: facts.md verifies no address of its own
    for it (the IRS VITA locator is still to be clicked through, see HELP_LINKS above)."""

    key: str
    group: str
    name: Promise
    what_for: Promise


HELP_WITHOUT_LINKS: tuple[HelpWithoutLink, ...] = (
    HelpWithoutLink(
        "vita",
        "tax",
        _("VITA (Volunteer Income Tax Assistance)"),
        _(
            "Free help with tax returns from volunteers trained by the IRS. Ask a Low Income "
            "Taxpayer Clinic where to find one near you."
        ),
    ),
    HelpWithoutLink(
        "taxpayer_advocate",
        "tax",
        _("Taxpayer Advocate Service"),
        _(
            "An office inside the IRS that helps taxpayers with problems with the IRS. The clinic "
            "list above is on its website."
        ),
    ),
)


@dataclass(frozen=True)
class HelpGroup:
    """One heading of the legal help page: its links, then the help named without a link."""

    key: str
    title: Promise
    links: tuple[HelpLink, ...]
    without_links: tuple[HelpWithoutLink, ...]


#: The help under its group titles, in page order, and the links by key for the outcome's
#: sections: built once, since they are the same for everyone.
HELP_BY_GROUP: tuple[HelpGroup, ...] = tuple(
    HelpGroup(
        key,
        title,
        tuple(link for link in HELP_LINKS if link.group == key),
        tuple(entry for entry in HELP_WITHOUT_LINKS if entry.group == key),
    )
    for key, title in HELP_GROUPS
)
HELP_LINKS_BY_KEY: dict[str, HelpLink] = {link.key: link for link in HELP_LINKS}
#: The links the safe-hold notice puts at the top of every outcome (docs/deploy.md): the
#: immigration legal help, the help to talk to before relying on a page that may be out of date.
SAFE_HOLD_LINKS: tuple[HelpLink, ...] = next(
    group.links for group in HELP_BY_GROUP if group.key == "immigration"
)


#: The sources behind each outcome section (the court timeline brings its own).
SECTION_SOURCES: dict[str, tuple[str, ...]] = {
    # "In short" says again, shorter, what its headline section and next steps say; the court
    # orders it names are the timeline's (every outcome shows "courts").
    "in_short_a": ("S2", "S65"),
    "in_short_b": ("S2",),
    "in_short_c": ("S2", "S25", "S56"),
    "in_short_d_order": ("S2", "EOIR-CSI"),
    "in_short_d_criminal": ("S2",),
    "headline_a": ("S2", "S65"),
    "headline_b": ("S2",),
    "headline_c": ("S2", "S25", "S56"),
    "headline_d": ("S2",),
    "other_protection": (),
    # ICE's December 2025 statement (facts.md Appendix C, "safe wording") is known only from
    # tier-C reports of its filing (S132), and a tier-C source is never cited alone: it stays
    # uncited until a person reads the declaration on the CEDC docket (release checklist).
    "covers": ("S2", "S65", "S36", "S25", "S40", "S41", "S102"),
    "not_covered": ("S66", "S69", "S70", "S68", "S63"),
    "not_covered_ssn": ("S33",),
    "address": ("S67", "S92", "S70", "S48"),
    "household": ("S36",),
    "courts": ("S130",),
    "next_named": ("S78",),
    "next_named_criminal": ("S78",),
    "next_later": ("S78", "EOIR-CSI"),
    "next_unclear_order": ("EOIR-CSI",),
    "next_unclear_criminal": (),
    "next_not_named": ("EOIR-CSI",),
    "tax_help": ("S73",),
    "this_year": ("S68",),
    "this_year_itin_expiry": ("N2016-48", "ABA-PATH"),
    "this_year_lawyer_first": (),
    "sources": (),
}


#: The sources behind the page for tax preparers and helpers.
HELPERS_PAGE_SOURCES: tuple[str, ...] = ("S63", "S114", "S66", "S40", "S68", "S36", "S78", "S73")


def sources_for(sections: tuple[str, ...]) -> list[Source]:
    """Every source behind the sections shown, each once, in the order first cited."""
    keys: list[str] = []
    for section in sections:
        keys += SECTION_SOURCES[section]
        if section == "courts":
            for event in TIMELINE:
                keys += event.sources
    return [SOURCES[key] for key in dict.fromkeys(keys)]


# --- Where each publisher's own pages live ------------------------------------------------------
#: Every external link must be on its publisher's own domain (or a subdomain of it): never a
#: mirror, reprint or archive. Add a publisher here only after checking which domain it owns.
PUBLISHER_DOMAINS: dict[str, tuple[str, ...]] = {
    "Alianza Americas": ("alianzaamericas.org",),
    "American Bar Association, Section of Taxation": ("americanbar.org",),
    "American Oversight": ("americanoversight.org",),
    "Bloomberg Government": ("bgov.com",),
    "Bloomberg Tax": ("bloombergtax.com",),
    "Civil Rights Litigation Clearinghouse": ("clearinghouse.net",),
    "FedScoop": ("fedscoop.com",),
    "Fox News": ("foxnews.com",),
    "Just Security": ("justsecurity.org",),
    "Internal Revenue Service": ("irs.gov",),
    "Mediaite": ("mediaite.com",),
    "National Immigrant Justice Center": ("immigrantjustice.org",),
    "National Immigration Forum": ("immigrationforum.org",),
    "Office of the Law Revision Counsel, U.S. House of Representatives": ("house.gov",),
    "Public Citizen": ("citizen.org",),
    "Raw Story (citing The Washington Post)": ("rawstory.com",),
    "TaxCoda": ("taxcoda.com",),
    "Taxpayer Advocate Service": ("taxpayeradvocate.irs.gov",),
    "Techdirt": ("techdirt.com",),
    "The CPA Journal": ("cpajournal.com",),
    "The Washington Times": ("washtimes.com",),
    "Thomson Reuters Checkpoint": ("thomsonreuters.com",),
    "U.S. Citizenship and Immigration Services": ("uscis.gov",),
    "U.S. Department of Justice": ("justice.gov",),
    "U.S. Department of Justice, Executive Office for Immigration Review": ("justice.gov",),
    "Utah Office of Recovery Services (quoting the IRS)": ("utah.gov",),
}


@dataclass(frozen=True)
class ExternalLink:
    """One link to another site, wherever it appears, for the link checks."""

    url: str
    publisher: str
    last_checked: date
    #: Where the link comes from, e.g. "source S2" or "help link litc".
    origin: str


def external_links() -> list[ExternalLink]:
    """Every link to another site that the guide shows: the sources and the help links."""
    links = [
        ExternalLink(source.url, source.publisher, source.last_checked, f"source {source.key}")
        for source in SOURCES.values()
        if source.url
    ]
    links += [
        ExternalLink(link.url, link.publisher, link.last_checked, f"help link {link.key}")
        for link in HELP_LINKS
        if link.url
    ]
    return links


# --- What changed in the content ----------------------------------------------------------------
@dataclass(frozen=True)
class ContentChange:
    when: date
    #: The CONTENT.version this change was released as.
    version: str
    #: What changed, in plain words for the people who use the guide (shown on the What's
    #: changed page, in every language).
    summary: Promise
    #: Which outcome sections (keys as in SECTION_SOURCES) or pages changed, so reviewers and
    #: translators know where to look. Never shown.
    changed: tuple[str, ...]


#: Newest first. Every new CONTENT.version adds an entry here (docs/content-review.md).
CHANGELOG: tuple[ContentChange, ...] = (
    ContentChange(
        date(2026, 12, 3),
        "2026.12.0",
        _(
            "Court information up to July 2026, and each court ruling now says what it did. ICE's "
            "statement of December 2025 about the addresses. People who are not sure about an "
            "order or a criminal case are told to talk to an immigration lawyer before they file. "
            "More legal help for the whole country, and how to get a lawyer in a criminal case."
        ),
        (
            "headline_c",
            "headline_d",
            "covers",
            "not_covered",
            "courts",
            "next_named_criminal",
            "next_unclear_order",
            "next_unclear_criminal",
            "next_not_named",
            "this_year",
            "this_year_itin_expiry",
            "this_year_lawyer_first",
            "legal_help",
            "helpers",
            "intro",
            "words",
        ),
    ),
    ContentChange(
        date(2026, 11, 25),
        "2026.11.0",
        _(
            "First version of this guide. It explains the April 2025 agreement between the IRS "
            "and ICE, with court information up to June 2026."
        ),
        ("all",),
    ),
)


# --- The docket check, a step of every release (docs/content-review.md) ------------------------
@dataclass(frozen=True)
class Docket:
    case: str
    #: Courts and docket numbers, as facts.md §3.1–3.3 give them.
    where: str


#: The cases a person checks (CourtListener or PACER) before setting CONTENT.dockets_checked.
DOCKETS: tuple[Docket, ...] = (
    Docket(
        "Centro de Trabajadores Unidos v. Bessent",
        "D.D.C. (Judge Friedrich); appeal D.C. Cir. No. 25-5181",
    ),
    Docket(
        "Center for Taxpayer Rights v. IRS",
        "D.D.C. No. 1:25-cv-00457 (Judge Kollar-Kotelly); appeal D.C. Cir. No. 26-5006",
    ),
    Docket(
        "Community Economic Development Center of Southeastern Massachusetts (CEDC) v. Bessent",
        "D. Mass. No. 1:25-cv-12822 (Judge Talwani); any First Circuit appeal",
    ),
)
