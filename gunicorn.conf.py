"""gunicorn settings used by `make run` and in production (`gunicorn -c gunicorn.conf.py`)."""

import gc
import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
# Phones on a weak signal are slow clients: a form's body trickles in, a page trickles out. A
# process that serves one request at a time (gunicorn's sync workers) is held by each of them,
# and six such connections kept every page from everyone (issue 17). So each process runs
# gevent: a connection that waits for the network waits in its own greenlet, and the process
# serves others meanwhile (up to worker_connections each). The guide only computes, and a
# greenlet runs its request to the end without being interrupted, so requests do not queue
# behind each other's slices of the interpreter as threads do (gthread doubled the slowest 1 %).
# One process per CPU (at least two, so that one busy with a rare slow page leaves another free):
# with gevent the connections wait in greenlets, not in processes, and more processes than CPUs
# only take turns. gunicorn's "2 × CPUs + 1" is for sync workers; here 5 processes against 2 gave
# fewer pages a second and a slowest 1 % of 28–42 ms against 19–20 ms. Figures:
# docs/performance.md.
workers = int(os.environ.get("WEB_CONCURRENCY", str(max(2, os.cpu_count() or 1))))
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "gevent")
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_connections = 1000
# No kept-alive connections: each request is a new connection, taken by whichever process is
# free (a process busy computing does not accept). Kept alive, a connection stays with the
# process that took it, however busy: the slowest 1 % of outcome pages went from ~50 ms to over
# 1 s. Behind a TLS proxy (docs/deploy.md) the browser's own connection is kept alive there.
keepalive = 0
if worker_class == "gevent":
    # Before the app is loaded (preload_app, below), as gevent requires: patched later, it finds
    # Django's objects already made and breaks on them.
    from gevent import monkey

    monkey.patch_all()

# Refused with a 4xx by gunicorn itself, before Django sees them: a request line longer than any
# address of the guide (the longest is under 100 bytes), more header fields than any browser
# sends, a header field longer than 8 KB (gunicorn's default).
limit_request_line = 2048
limit_request_fields = 50
limit_request_field_size = 8190
wsgi_app = "guide_project.wsgi:application"
accesslog = "-"
# Method, path (never the query string), status, size and time in ms. No client address, no
# referrer, no user agent, and never a request body.
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# The app is loaded once, in the master process, where the outcome pages are built before the
# port opens (on_starting): every worker starts with them (guide/outcome/prebuilt.py), none is built
# because someone asked for it, and no request waits for them.
preload_app = True


def on_starting(server):
    from guide import outcome

    # Every outcome page, then (from them) each language's one length for question and outcome
    # pages.
    outcome.build()
    # Everything made so far lives as long as the server: the app, the catalogues, the built pages
    # (about 66,000 objects). Out of the garbage collector's sight, a full collection no longer
    # walks them all (17 ms each, a stall for every request in that worker), and the workers,
    # which never write to them, keep sharing their memory with the master (Python's gc.freeze).
    gc.freeze()
