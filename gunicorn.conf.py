"""gunicorn settings used by `make run` and in production (`gunicorn -c gunicorn.conf.py`)."""

import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
# The guide only computes (no database, no other service to wait for), so each process serves one
# request at a time, and there are as many processes as the CPUs can keep busy: gunicorn's rule
# of thumb, 2 × CPUs + 1. Threads in a process only make requests queue for the interpreter, and
# kept-alive connections stay with whichever process took them, however busy: both doubled the
# slowest 1 % of responses (docs/performance.md). gunicorn's sync workers, like every
# process-per-request server, want a buffering proxy in front (nginx; docs/deploy.md). Setting
# GUNICORN_THREADS above 1 switches to threads (gthread), for a server reached directly.
workers = int(os.environ.get("WEB_CONCURRENCY", str(2 * (os.cpu_count() or 1) + 1)))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_class = "gthread" if threads > 1 else "sync"
wsgi_app = "guide_project.wsgi:application"
accesslog = "-"
# Method, path (never the query string), status, size and time in ms. No client address, no
# referrer, no user agent, and never a request body.
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# The app is loaded once, in the master process, where the outcome pages are built before the
# port opens (on_starting): every worker starts with them (guide/outcome_page.py), none is built
# because someone asked for it, and no request waits for them.
preload_app = True


def on_starting(server):
    from guide import outcome_page

    outcome_page.build()
