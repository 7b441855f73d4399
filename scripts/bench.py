"""`make bench`: how many bytes each page sends, and how fast the outcome page is served
compared with a static file from the same server. It prints; it never passes or fails.

Starts the real gunicorn (gunicorn.conf.py, the production settings) on loopback, then:
1. every page and state in every language (tests/pages.py): bytes on the wire, compressed as
   served, with its render-blocking stylesheets;
2. wrk at 32 connections for DURATION seconds each, side by side in one run: the hashed
   stylesheet (WhiteNoise), the health check (the least a request through Django costs: every
   middleware, no template, nothing to compress) and the outcome page (a POST with a full set of
   answers).
   The three take turns, ROUNDS times (BENCH_ROUNDS, default 3), so that a slower stretch of a
   shared machine falls on all of them rather than on one; each row adds up its rounds
   (latencies: the median round) and the ratio's spread over the rounds is printed too.
3. slow clients (tests/slow_clients.py): with 200 connections trickling request bodies, then 200
   reading responses slowly, then both, how long an ordinary GET /en/ takes (target: within 1 s).
Traffic goes to 127.0.0.1 only, and every run is bounded in time.
"""

import gzip
import json
import os
import platform
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guide_project.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only-not-secret")

import django  # noqa: E402

django.setup()

from tests.pages import all_states  # noqa: E402
from tests.slow_clients import slow_clients, time_ordinary_request  # noqa: E402
from tests.test_page_weight import BUDGET, Resources  # noqa: E402

CONNECTIONS = 32
THREADS = 2
DURATION = int(os.environ.get("BENCH_SECONDS", "10"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(port: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "PORT": str(port),
        "HOST": "127.0.0.1",
        "DJANGO_DEBUG": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
    }
    # The access log line per request is part of what production does; it goes to /dev/null.
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # Start-up builds every outcome page of every language before the port opens (~35 s here).
    deadline = time.monotonic() + 180
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return process
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise SystemExit("gunicorn did not start") from None
            time.sleep(0.1)


def fetch(url: str, data: dict | None = None) -> bytes:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(url, data=body, headers={"Accept-Encoding": "gzip"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.read()
    except urllib.error.HTTPError as error:
        return error.read()


def page_weights(base: str) -> tuple[list[tuple[str, int, int]], str, dict]:
    """(state id, HTML bytes, HTML + CSS bytes) per state; a stylesheet URL; an outcome form."""
    rows, css_sizes, stylesheet, outcome = [], {}, "", {}
    for state in all_states():
        body = fetch(base + state.path, state.fields if state.post is not None else None)
        found = Resources()
        found.feed(gzip.decompress(body).decode())
        css = 0
        for link in found.stylesheets:
            if (link.get("media") or "all") == "print":
                continue  # a print-only stylesheet never delays the page (tests/test_page_weight.py)
            url = urllib.parse.urljoin(base + state.path, link["href"])
            stylesheet = stylesheet or url
            css_sizes.setdefault(url, len(fetch(url)))
            css += css_sizes[url]
        rows.append((state.id, len(body), len(body) + css))
        if state.kind == "outcome" and len(state.fields) > len(outcome):
            outcome = {"path": state.path, "fields": state.fields}
    return rows, stylesheet, outcome


def wrk(url: str, post: str | None = None) -> dict:
    """Requests/s and latency percentiles from one bounded wrk run."""
    script = None
    command = [
        "wrk",
        f"-t{THREADS}",
        f"-c{CONNECTIONS}",
        f"-d{DURATION}s",
        "--latency",
        "-H",
        "Accept-Encoding: gzip",
    ]
    if post is not None:
        # Closed once written; wrk reads it by name, and it is removed after the run.
        script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)  # noqa: SIM115
        script.write(
            f'wrk.method = "POST"\nwrk.body = {post!r}\n'.replace("'", '"')
            + 'wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n'
        )
        script.close()
        command += ["-s", script.name]
    output = subprocess.run(
        command + [url], capture_output=True, text=True, timeout=DURATION + 30, check=True
    ).stdout
    if script:
        os.unlink(script.name)

    def ms(label: str) -> float:
        value, unit = re.search(rf"{label}\s+([\d.]+)(us|ms|s)\b", output).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    statuses = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": ms("50%"),
        "p90": ms("90%"),
        "p99": ms("99%"),
        "errors": int(statuses.group(1)) if statuses else 0,
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
    }


def combined(runs: list[dict]) -> dict:
    """Rounds of one measurement: requests/s over all of them, the median round's latencies."""
    middle = sorted(runs, key=lambda run: run["p99"])[len(runs) // 2]
    return {
        "rps": sum(run["rps"] for run in runs) / len(runs),
        "p50": middle["p50"],
        "p90": middle["p90"],
        "p99": middle["p99"],
        "errors": sum(run["errors"] for run in runs),
    }


def server_config() -> dict:
    """gunicorn.conf.py's workers and worker class, read in a process of its own: the file
    monkey-patches for gevent, which must never happen to this process after Django is set up."""
    code = (
        "import json, runpy; c = runpy.run_path('gunicorn.conf.py'); "
        "print(json.dumps({k: c[k] for k in ('workers', 'worker_class', 'threads')}))"
    )
    return json.loads(
        subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
    )


def slow_client_figures(port: int) -> None:
    """An ordinary request's time while hundreds of connections are slow (target: within 1 s)."""
    print(
        "\nGET /en/ while connections are slow (s; 5 tries, 2 s after they open; - = no "
        "answer within 10 s)"
    )
    for name, tricklers, readers in [
        ("200 trickling request bodies", 200, 0),
        ("200 reading responses slowly", 0, 200),
        ("both (400)", 200, 200),
    ]:
        with slow_clients(port, tricklers=tricklers, readers=readers, hold=25):
            time.sleep(2)
            times = [
                time_ordinary_request(f"http://127.0.0.1:{port}/en/", timeout=10) for _ in range(5)
            ]
        shown = " ".join("-" if took is None else f"{took:.3f}" for took in times)
        print(f"{name:<30} {shown}   (slowest {'-' if None in times else f'{max(times):.3f}'})")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main() -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(port)
    try:
        config = server_config()
        print(
            f"Machine: {os.cpu_count()} CPUs, {cpu_model()}; Python {platform.python_version()}; "
            f"gunicorn {config['workers']} {config['worker_class']} workers"
            + (f" × {config['threads']} threads" if config["worker_class"] == "gthread" else "")
        )
        rows, stylesheet, outcome = page_weights(base)
        print(f"\nBytes on the wire, compressed as served (budget {BUDGET} for HTML + CSS)")
        print(f"{'page':<34} {'HTML':>7} {'HTML+CSS':>9} {'of budget':>9}")
        for state_id, html, total in rows:
            if not state_id.split("-", 1)[1].startswith("outcome-") or state_id.endswith("-000"):
                print(f"{state_id:<34} {html:>7} {total:>9} {total / BUDGET:>8.0%}")
        outcomes = [total for state_id, _html, total in rows if "-outcome-" in state_id]
        heaviest = max(rows, key=lambda row: row[2])
        print(
            f"{'every outcome (min / max)':<34} {'':>7} {min(outcomes):>4}/{max(outcomes):<4} "
            f"{max(outcomes) / BUDGET:>8.0%}"
        )
        print(f"heaviest: {heaviest[0]} at {heaviest[2]} bytes ({heaviest[2] / BUDGET:.0%})")

        # Warm both up (template loading, first imports) before measuring.
        for _ in range(20):
            fetch(stylesheet)
            fetch(base + outcome["path"], outcome["fields"])
        body = urllib.parse.urlencode(outcome["fields"])
        rounds = [
            (wrk(stylesheet), wrk(base + "/healthz"), wrk(base + outcome["path"], post=body))
            for _ in range(ROUNDS)
        ]
        static, floor, page = (combined([run[n] for run in rounds]) for n in range(3))
        print(
            f"\nThroughput at {CONNECTIONS} connections, {ROUNDS} rounds of {DURATION} s each "
            f"(wrk, loopback, same server, taking turns)"
        )
        print(f"{'what':<30} {'req/s':>8} {'p50 ms':>7} {'p90 ms':>7} {'p99 ms':>7} {'non-2xx':>8}")
        for name, result in [
            ("static file (stylesheet)", static),
            ("health check (Django, no work)", floor),
            ("outcome page (POST)", page),
        ]:
            print(
                f"{name:<30} {result['rps']:>8.0f} {result['p50']:>7.1f} {result['p90']:>7.1f} "
                f"{result['p99']:>7.1f} {result['errors']:>8}"
            )
        print(
            "each round, req/s (static / health check / outcome): "
            + ", ".join(" / ".join(f"{result['rps']:.0f}" for result in run) for run in rounds)
        )
        ratios = [run[2]["rps"] / run[0]["rps"] for run in rounds]
        print(
            f"\noutcome / static requests per second: {page['rps'] / static['rps']:.2f} "
            f"(rounds {min(ratios):.2f}–{max(ratios):.2f}; target ≥ 0.50); "
            f"outcome p99 {page['p99']:.1f} ms (target < 50 ms)"
        )
        slow_client_figures(port)
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
