"""Slow clients, as a phone on a weak signal (or anyone who wants the guide down) would be:
shared by tests/test_slow_clients.py (behaviour) and `make bench` (figures).

- A trickler sends a POST's headers, then its body one byte at a time, a byte a second.
- A slow reader sends requests for pages and reads nothing back, with a small receive buffer,
  so that the server's writes fill the socket and wait.

While they are open, an ordinary request is timed. Everything goes to 127.0.0.1 only, and every
loop is bounded: the clients close after `hold` seconds whatever happens.
"""

import contextlib
import socket
import threading
import time
import urllib.request
from contextlib import contextmanager, suppress

BODY_LENGTH = 1000


def _connect(port: int, receive_buffer: int | None = None) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if receive_buffer:
        # Before connecting, so the window the server sees is small from the start.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
    sock.settimeout(5)
    sock.connect(("127.0.0.1", port))
    sock.setblocking(False)
    return sock


@contextmanager
def slow_clients(port: int, *, tricklers: int = 200, readers: int = 200, hold: float = 30):
    """Open the slow connections, keep them trickling for at most `hold` seconds, close them."""
    host = f"127.0.0.1:{port}"
    socks: list[socket.socket] = []
    trickling: list[socket.socket] = []
    for _ in range(tricklers):
        sock = _connect(port)
        sock.send(
            (
                f"POST /en/questions/ HTTP/1.1\r\nHost: {host}\r\n"
                "Content-Type: application/x-www-form-urlencoded\r\n"
                f"Content-Length: {BODY_LENGTH}\r\n\r\n"
            ).encode()
        )
        socks.append(sock)
        trickling.append(sock)
    # The largest page, uncompressed (no Accept-Encoding), never read.
    request = (f"GET /en/about/ HTTP/1.1\r\nHost: {host}\r\n\r\n").encode()
    for _ in range(readers):
        sock = _connect(port, receive_buffer=2048)
        with suppress(BlockingIOError):
            sock.send(request)
        socks.append(sock)

    stop = threading.Event()

    def trickle():
        sent = 0
        deadline = time.monotonic() + hold
        while not stop.is_set() and sent < BODY_LENGTH - 1 and time.monotonic() < deadline:
            for sock in trickling:
                # OSError: the server closed it, one slow client fewer.
                with contextlib.suppress(OSError):
                    sock.send(b"a")
            sent += 1
            stop.wait(1)

    thread = threading.Thread(target=trickle, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=5)
        for sock in socks:
            sock.close()


def time_ordinary_request(url: str, timeout: float = 30) -> float | None:
    """Seconds to a full answer to GET url (None if none came within `timeout`)."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            response.read()
    except OSError:
        return None
    return time.monotonic() - started
