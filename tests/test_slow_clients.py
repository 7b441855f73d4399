"""Slow clients cannot take the guide down, and malformed requests are refused early.

Against the real gunicorn (gunicorn.conf.py, as `make run` serves it), on loopback. The bound on
the ordinary request is generous (10 s, where it takes milliseconds; the timing itself is in
`make bench`): with one-request-at-a-time workers it never comes while the slow connections are
open, so this fails if the server goes back to them.
"""

import socket
import urllib.parse
import urllib.request

import pytest

from guide.flow import wire
from tests.slow_clients import slow_clients, time_ordinary_request


@pytest.fixture
def live(server):
    return server


def port_of(server) -> int:
    return int(server.url.rsplit(":", 1)[1])


def test_an_ordinary_request_is_answered_while_400_connections_are_slow(live):
    port = port_of(live)
    with slow_clients(port, tricklers=200, readers=200, hold=30):
        took = time_ordinary_request(live.url + "/en/", timeout=10)
        assert took is not None, "GET /en/ got no answer while slow clients were connected"
        # And the form a trickler is slowly sending is answered too, for someone else.
        # In the form's own wire format (guide/flow/wire.py): the first answer, given.
        body = urllib.parse.urlencode(wire.body({"itin": "itin"}, q="itin")).encode()
        request = urllib.request.Request(live.url + "/en/questions/", data=body)
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 200


def raw(port: int, data: bytes) -> bytes:
    """The status line of the server's answer to these bytes."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(data)
        answer = b""
        while b"\r\n" not in answer:
            chunk = sock.recv(4096)
            if not chunk:
                break
            answer += chunk
    return answer.split(b"\r\n", 1)[0]


HOST = b"Host: 127.0.0.1\r\n"


@pytest.mark.parametrize(
    "request_bytes, status",
    [
        (b"GET /en/" + b"a" * 5000 + b" HTTP/1.1\r\n" + HOST + b"\r\n", b"414"),
        (
            b"GET /en/ HTTP/1.1\r\n"
            + HOST
            + b"".join(b"X-%d: a\r\n" % i for i in range(80))
            + b"\r\n",
            b"431",
        ),
        (b"GET /en/ HTTP/1.1\r\n" + HOST + b"X-A: " + b"a" * 9000 + b"\r\n\r\n", b"431"),
        (b"\x16\x03\x01 not http\r\n\r\n", b"400"),
        (b"GET /en/ HTTP/9.9\r\n" + HOST + b"\r\n", b"400"),
        (b"POST /en/questions/ HTTP/1.1\r\n" + HOST + b"Content-Length: abc\r\n\r\n", b"400"),
    ],
    ids=["long line", "many fields", "long field", "not http", "bad version", "bad length"],
)
def test_malformed_requests_are_refused_by_the_server_before_django(live, request_bytes, status):
    before = live.log_text().count("Invalid request from")
    assert raw(port_of(live), request_bytes).split(b" ")[1] == status
    # gunicorn refused it itself (its one-line warning; Django never saw it), no traceback.
    log = live.log_text()
    assert log.count("Invalid request from") == before + 1
    assert "Traceback" not in log


def test_a_bad_host_is_refused_with_one_line_and_no_traceback(live):
    before = len(live.log_text())
    answer = raw(port_of(live), b"GET /en/ HTTP/1.1\r\nHost: evil.example\r\n\r\n")
    assert answer.split(b" ")[1] == b"400"
    log = live.log_text()[before:]
    assert "Invalid HTTP_HOST header: 'evil.example'" in log
    assert "Traceback" not in log
