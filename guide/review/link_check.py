"""Checks that the guide's links to other sites still answer (`make check-links`).

Run by a maintainer before a release, never by the site itself: a person's browser only ever
follows a link they click. Where there is no network, every link is reported "unreachable" and
nothing is concluded about it.
"""

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from http.client import HTTPException
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

from guide.content import PUBLISHER_DOMAINS, ExternalLink

OK = "ok"
DEAD = "dead"  # The publisher's server says the page is gone (404, 410).
CHECK = "check by hand"  # It answered, but not with the page (blocked robots, errors, moved away).
UNREACHABLE = (
    "unreachable"  # No answer at all: no network, a name that does not resolve, a timeout.
)

GONE = {404, 410}
USER_AGENT = "KnowBeforeYouFile-link-check/1 (+maintainers' release check)"


@dataclass(frozen=True)
class LinkResult:
    link: ExternalLink
    status: str
    detail: str


def on_publisher_domain(url: str, publisher: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(
        host == domain or host.endswith("." + domain)
        for domain in PUBLISHER_DOMAINS.get(publisher, ())
    )


def check_link(link: ExternalLink, timeout: float) -> LinkResult:
    request = Request(link.url, headers={"User-Agent": USER_AGENT})
    try:
        with urlopen(request, timeout=timeout) as response:
            final = response.geturl()
            if not on_publisher_domain(final, link.publisher):
                return LinkResult(link, CHECK, f"now leads off the publisher's site, to {final}")
            moved = f"; now at {final}" if final != link.url else ""
            return LinkResult(link, OK, f"HTTP {response.status}{moved}")
    except HTTPError as error:
        status = DEAD if error.code in GONE else CHECK
        return LinkResult(link, status, f"HTTP {error.code}")
    except (TimeoutError, URLError, HTTPException, OSError) as error:
        reason = getattr(error, "reason", error)
        return LinkResult(link, UNREACHABLE, str(reason) or type(error).__name__)


def check_links(links: list[ExternalLink], timeout: float, workers: int = 8) -> list[LinkResult]:
    """Checks each link (a few at a time, so a slow site does not hold up the others), in the
    order given."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda link: check_link(link, timeout), links))
