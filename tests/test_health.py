"""/healthz for load balancers: no language, no page, nothing about the caller."""

import time
import urllib.request


def test_healthz_answers_ok_in_plain_text_without_a_language_prefix(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"].startswith("text/plain")
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert not response.cookies and "Set-Cookie" not in response


def test_healthz_takes_head_but_no_other_method(client):
    assert client.head("/healthz").status_code == 200
    assert client.post("/healthz").status_code == 405


def test_healthz_under_a_language_is_not_found(client):
    assert client.get("/en/healthz").status_code == 404


def test_real_server_answers_and_logs_nothing_about_the_caller(server):
    with urllib.request.urlopen(f"{server.url}/healthz", timeout=10) as response:
        assert response.status == 200 and response.read() == b"ok"
    # The worker writes its access-log line just after it has sent the response.
    deadline = time.monotonic() + 10
    while not (lines := [line for line in server.log_text().splitlines() if "/healthz" in line]):
        assert time.monotonic() < deadline, "gunicorn's access log records the request line"
        time.sleep(0.05)
    for line in lines:
        # Method, path, status, size and time only: no address, no user agent.
        assert "127.0.0.1" not in line and "Python-urllib" not in line, line


def test_healthz_is_not_redirected_to_https_but_pages_are(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/healthz").status_code == 200
    response = client.get("/en/")
    assert response.status_code == 301 and response["Location"].startswith("https://")
