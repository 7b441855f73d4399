"""gunicorn settings used by `make run` and in production (`gunicorn -c gunicorn.conf.py`)."""

import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
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
