"""Every link to another site: https, on its publisher's own domain, with a last-checked date;
and `make check-links` reports dead and unreachable links without crashing. No test here uses
the internet: the link checker is tried against a server on this machine."""

import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from django.core.management import CommandError, call_command

from guide import content
from guide.content import ExternalLink
from guide.review import link_check

LINKS = content.external_links()


def test_every_shown_link_is_in_the_data():
    urls = {link.url for link in LINKS}
    assert {s.url for s in content.SOURCES.values() if s.url} <= urls
    assert {h.url for h in content.HELP_LINKS if h.url} <= urls
    assert len(LINKS) >= len(content.HELP_LINKS)


@pytest.mark.parametrize("link", LINKS, ids=lambda link: link.origin)
def test_link_is_https_on_its_publishers_own_domain(link):
    parts = urlsplit(link.url)
    assert parts.scheme == "https", link.url
    assert link.publisher in content.PUBLISHER_DOMAINS, (
        f"{link.origin}: add {link.publisher!r} and its own domain to PUBLISHER_DOMAINS"
    )
    assert link_check.on_publisher_domain(link.url, link.publisher), (
        f"{link.origin}: {parts.hostname} is not {link.publisher}'s own domain "
        f"{content.PUBLISHER_DOMAINS[link.publisher]} (no mirrors, reprints or archives)"
    )


@pytest.mark.parametrize("link", LINKS, ids=lambda link: link.origin)
def test_link_was_checked_for_this_review(link):
    # Checked no later than the review, and within the half-year before it: a release whose
    # review date moves on must click its links through again.
    assert link.last_checked <= content.CONTENT.last_reviewed
    assert content.CONTENT.last_reviewed - link.last_checked <= timedelta(days=183)


def test_publisher_domains_are_bare_domains_and_reject_lookalikes():
    for publisher, domains in content.PUBLISHER_DOMAINS.items():
        for domain in domains:
            assert domain == domain.lower() and "/" not in domain and "." in domain, publisher
    assert link_check.on_publisher_domain(
        "https://www.justice.gov/eoir", "U.S. Department of Justice"
    )
    assert link_check.on_publisher_domain(
        "https://acis.eoir.justice.gov/en/", "U.S. Department of Justice"
    )
    assert not link_check.on_publisher_domain(
        "https://justice.gov.example.com/", "U.S. Department of Justice"
    )
    assert not link_check.on_publisher_domain(
        "https://notjustice.gov/", "U.S. Department of Justice"
    )
    assert not link_check.on_publisher_domain("https://www.justice.gov/", "Unknown publisher")


# --- The checker, against a server on this machine ----------------------------------------------


class _Site(BaseHTTPRequestHandler):
    def do_GET(self):
        status = {"/fine": 200, "/gone": 404, "/robots-blocked": 403}.get(self.path, 500)
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def local_site(monkeypatch):
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    # The checker treats this machine's address as the test publisher's own domain.
    monkeypatch.setitem(content.PUBLISHER_DOMAINS, "Local test site", ("127.0.0.1",))
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _link(url: str) -> ExternalLink:
    return ExternalLink(url, "Local test site", content.CONTENT.last_reviewed, f"test {url}")


def _closed_port() -> str:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}/nothing-listens"


def test_checker_tells_ok_dead_check_by_hand_and_unreachable(local_site):
    urls = [
        f"{local_site}/fine",
        f"{local_site}/gone",
        f"{local_site}/robots-blocked",
        _closed_port(),
    ]
    results = link_check.check_links([_link(url) for url in urls], timeout=5)
    assert [result.status for result in results] == [
        link_check.OK,
        link_check.DEAD,
        link_check.CHECK,
        link_check.UNREACHABLE,
    ]
    assert results[1].detail == "HTTP 404"


def test_command_reports_unreachable_links_cleanly_and_fails_only_on_dead_ones(
    local_site, monkeypatch, capsys
):
    monkeypatch.setattr(content, "external_links", lambda: [_link(_closed_port())])
    call_command("check_links", timeout=2)
    out = capsys.readouterr().out
    assert "unreachable" in out and "1 unreachable" in out
    assert "Run this again where the network allows" in out

    monkeypatch.setattr(
        content,
        "external_links",
        lambda: [_link(f"{local_site}/fine"), _link(f"{local_site}/gone")],
    )
    with pytest.raises(CommandError, match=r"Dead links: test .*/gone"):
        call_command("check_links", timeout=5)
    assert "1 ok, 1 dead" in capsys.readouterr().out
