"""A local stand-in for the neutral site "Exit this page" leads to (EXIT_URL), on another origin
(localhost where the guide is 127.0.0.1), so that an exit can be followed to the end offline and
what the browser sent it (a referrer?) can be seen."""

import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar


class NeutralSite(BaseHTTPRequestHandler):
    seen: ClassVar[list[dict[str, str]]] = []

    def do_GET(self):
        # The path too: the browser also asks for /favicon.ico.
        NeutralSite.seen.append(
            {"path": self.path, **{key.lower(): value for key, value in self.headers.items()}}
        )
        body = b"<!doctype html><title>Weather</title><h1>Weather</h1>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@contextmanager
def neutral_site(port: int):
    """Serve the neutral site; yield its exit address."""
    neutral = ThreadingHTTPServer(("127.0.0.1", port), NeutralSite)
    thread = threading.Thread(target=neutral.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://localhost:{neutral.server_address[1]}/weather"
    finally:
        neutral.shutdown()
