"""Security headers on every response, HTTPS settings, `check --deploy`, the 405/404/400 pages,
outbound links and error logging: the server's side of the privacy promise (docs/privacy.md)."""

import html as html_lib
import logging
import os
import re
import secrets
import subprocess
import sys

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from guide.log_redaction import DropRequest, NoValuesFormatter
from tests.conftest import ROOT
from tests.helpers import on_the_wire
from tests.pages import languages, page_names, states_for
from tests.served import served

CONTENT_SOURCE = (ROOT / "guide" / "content" / "__init__.py").read_text(encoding="utf-8")


def directives(csp: str) -> dict[str, str]:
    return {part.split()[0]: " ".join(part.split()[1:]) for part in csp.split(";") if part.strip()}


def assert_security_headers(response):
    """On a Django test response or a served page's headers (tests/served.py)."""
    csp = directives(response["Content-Security-Policy"])
    assert csp["default-src"] == "'self'"
    # No 'unsafe-inline', no nonce, no other origin: scripts and styles come only from files here.
    assert csp["script-src"] == "'self'" and csp["style-src"] == "'self'"
    assert csp["form-action"] == "'self'"
    assert csp["frame-ancestors"] == "'none'"
    assert csp["base-uri"] == "'none'"
    assert csp["object-src"] == "'none'"
    assert "unsafe" not in response["Content-Security-Policy"]
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    policy = dict(item.strip().split("=", 1) for item in response["Permissions-Policy"].split(","))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"):
        assert policy[feature] == "()", feature
    # Only what the page's own buttons use ("Copy the address", "Share"), and only for this site.
    assert {feature: allow for feature, allow in policy.items() if allow != "()"} == {
        "clipboard-write": "(self)",
        "web-share": "(self)",
    }
    assert "Set-Cookie" not in response


def outbound_links(html: str, kind: str, exit_url: str = "") -> set[str]:
    """Legal help, sources and the exit button: every link to another site says noreferrer and
    has no query string built from answers. On pages with answers (questions, outcome) it opens
    in a new tab, so the answers are still there (issue 14); Exit always leaves in the same tab.
    Returns their addresses. exit_url: where the server that sent the page leads Exit to."""
    exit_url = exit_url or settings.EXIT_URL
    outbound = set()
    for tag in re.findall(r"<a\b[^>]*>", html):
        href = re.search(r'href="([^"]*)"', tag)
        if href and href.group(1).startswith(("http:", "https:", "//")):
            outbound.add(href.group(1))
            assert re.search(r'rel="[^"]*\bnoreferrer\b', tag), tag
            if kind in {"question", "outcome"} and href.group(1) != exit_url:
                assert 'target="_blank"' in tag, tag
            else:
                assert "target=" not in tag, tag
    # Every address to another site is written out in the content module (or is the exit
    # address): none is built from what a person answered.
    for url in outbound - {exit_url}:
        assert f'"{html_lib.unescape(url)}"' in CONTENT_SOURCE, url
    return outbound


@pytest.mark.parametrize("language", languages())
def test_every_page_and_state_has_every_security_header(server, exit_url, language):
    """And its links to other sites send no referrer and carry nothing (checked here, on the
    same response). Every state of the language, as the server sends it (tests/served.py)."""
    for state, response in served(server, states_for(language)).items():
        assert response.status == state.status, state.id
        headers = response.headers
        assert_security_headers(headers)
        # Over plain HTTP there is no HSTS: a browser would ignore it, and local runs stay usable.
        assert "Strict-Transport-Security" not in headers, state.id
        if state.kind in {"question", "outcome"}:
            assert "no-store" in headers["Cache-Control"], state.id
        outbound = outbound_links(response.html, state.kind, exit_url)
        assert exit_url in outbound, state.id
        if state.kind == "outcome":
            # The help links were really looked at (the sources are on the about page since
            # issue 14).
            assert len(outbound) >= 2, state.id  # the exit and at least one help link


def test_static_files_error_pages_and_wrong_methods_have_the_headers_too(client):
    page = client.get("/en/")
    stylesheet = next(link for link in re.findall(r'href="([^"]+\.css)"', page.content.decode()))
    responses = [
        client.get(stylesheet),
        client.get("/en/no-such-page/"),
        client.get("/zz/"),
        client.post("/en/about/"),
        client.get("/en/", HTTP_HOST="attacker.example"),
        client.post("/en/questions/", on_the_wire({"q": "itin", "itin": "not-a-code"})),
    ]
    assert [response.status_code for response in responses] == [200, 404, 404, 405, 400, 400]
    for response in responses:
        assert_security_headers(response)


def test_hsts_is_sent_over_https(client, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    response = client.get("/en/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def production_env(**overrides: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    return {
        **env,
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "guide.example.org",
        "DJANGO_SECURE_SSL_REDIRECT": "1",
        "DJANGO_SECURE_HSTS_PRELOAD": "1",
        **overrides,
    }


def check_deploy(env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_settings():
    result = check_deploy(production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    # The one accepted warning (security.W003, no CSRF middleware: there is no cookie to protect
    # and nothing to change) is silenced in settings.py with its reason.
    assert "System check identified no issues (1 silenced)." in result.stdout
    assert settings.SILENCED_SYSTEM_CHECKS == ["security.W003"]


def test_check_deploy_fails_without_https_settings():
    """The deploy check is not vacuous: leaving out the HTTPS settings is reported."""
    result = check_deploy(
        production_env(DJANGO_SECURE_SSL_REDIRECT="0", DJANGO_SECURE_HSTS_SECONDS="0")
    )
    assert result.returncode != 0
    assert "security.W004" in result.stderr + result.stdout
    assert "security.W008" in result.stderr + result.stdout


@pytest.mark.parametrize("name", page_names())
def test_a_wrong_method_gets_a_helpful_page_and_allow_header(client, name):
    path = reverse(name)
    for method in ("put", "delete", "patch", "options"):
        response = getattr(client, method)(path)
        assert response.status_code == 405, (method, path)
        assert "GET" in response["Allow"] and "PUT" not in response["Allow"]
        assert "This page cannot do that" in response.content.decode()
    assert client.head(path).status_code == 200
    # Only the questions address takes a POST (an empty one is a form with no question: 400).
    assert client.post(path).status_code == (400 if name == "questions" else 405)


@pytest.mark.parametrize("language", [code for code, _ in settings.LANGUAGES])
def test_unknown_language_prefix_gets_a_translated_404(client, language):
    response = client.get("/zz/questions/", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 404
    body = response.content.decode()
    assert f'<html lang="{language}"' in body
    with translation.override(language):
        assert translation.gettext("Page not found") in body
    assert "zz" not in re.sub(r"<[^>]+>", " ", body).split()


def test_a_bad_host_gets_the_400_page_not_a_500(client):
    response = client.get("/en/questions/", HTTP_HOST="evil.example\u0000")
    assert response.status_code == 400
    assert "evil" not in response.content.decode()
    assert "We could not read what your browser sent" in response.content.decode()


def test_errors_are_logged_without_the_request_or_the_values():
    record = logging.LogRecord(
        "django.request",
        logging.ERROR,
        __file__,
        1,
        "Internal Server Error: %s",
        ("/en/questions/",),
        None,
    )
    try:
        raise ValueError("itin=applied order=final")
    except ValueError:
        record.exc_info = sys.exc_info()
    record.request = object()
    assert DropRequest().filter(record) is True
    assert record.request is None
    text = NoValuesFormatter("%(levelname)s %(name)s %(message)s").format(record)
    assert text.startswith("ERROR django.request Internal Server Error: /en/questions/")
    assert "builtins.ValueError" in text and "test_security_headers.py" in text
    assert "applied" not in text and "final" not in text


def test_settings_route_server_errors_through_the_redaction():
    config = settings.LOGGING
    console = config["handlers"]["console"]
    assert console["filters"] == ["drop_request"]
    assert config["formatters"][console["formatter"]]["()"].endswith("NoValuesFormatter")
    assert config["loggers"]["django.request"]["handlers"] == ["console"]
