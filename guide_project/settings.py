"""Settings for Know Before You File.

Everything comes from environment variables with safe production defaults: DEBUG is off unless
asked for, and outside DEBUG a SECRET_KEY must be given. The app keeps nothing about anyone, so
there is no database, no sessions, no auth, no messages framework and no cookie of any kind.
"""

import os
from datetime import date
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_date(name: str) -> date | None:
    value = os.environ.get(name, "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ImproperlyConfigured(
            f"{name} must be a date like 2026-12-01, not {value!r}."
        ) from None


DEBUG = env_bool("DJANGO_DEBUG")

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "Set DJANGO_SECRET_KEY (or DJANGO_DEBUG=1 for local development only)."
        )
    SECRET_KEY = "insecure-local-development-key-never-used-in-production"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")

INSTALLED_APPS = [
    # Only what is used: no admin, auth, contenttypes, sessions or messages, each of which would
    # bring a database or a cookie.
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "crispy_forms",
    "guide",
]

MIDDLEWARE = [
    # First, so that its headers (CSP, Permissions-Policy, CORP) reach every response: static
    # files, redirects and error pages included.
    "guide.middleware.SecurityHeadersMiddleware",
    "guide.middleware.RejectMalformedRequests",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages are compressed so that each fits in one round trip (docs/performance.md). Static files
    # never reach it: WhiteNoise answers them above with its own pre-compressed copies. BREACH
    # needs a secret in the page next to attacker-chosen text; our pages hold no secret at all
    # (no CSRF token, no session, no cookie), so compressing them leaks nothing.
    # Django's GZipMiddleware, step for step, with a faster compressor (guide/middleware.py).
    # Question and outcome pages come compressed and padded to one length per language, so that
    # their size on the wire tells nothing about the answers (guide/outcome/on_the_wire.py).
    "guide.middleware.GZipMiddleware",
    # Before compression (so below it here): pages without their template indentation.
    "guide.middleware.CompactHTMLMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "guide_project.urls"
WSGI_APPLICATION = "guide_project.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "guide.context_processors.guide",
            ],
        },
    },
]

# No database: the guide has nothing to store, so it has nowhere to store it.
DATABASES: dict = {}

# --- Languages -------------------------------------------------------------------------------
# The language lives in the URL prefix (/en/…); never in a cookie.
LANGUAGE_CODE = "en"
# The chooser shows each language in its own name (LANG_INFO's name_local), not these names.
# Each language's review status is data beside its catalogue: locale/<ll>/status.toml.
# Adding a language Django lacks (ht, tl…) needs more: see TRANSLATING.md.
# In the order of facts.md §6 (who needs the guide most), English first as the source. The names
# are for developers only: no page shows them, so they are not translated.
LANGUAGES = [
    ("en", "English"),
    ("es", "Spanish"),
    ("pt-br", "Brazilian Portuguese"),
    ("ht", "Haitian Creole"),
    ("zh-hans", "Simplified Chinese"),
    ("zh-hant", "Traditional Chinese"),
    ("vi", "Vietnamese"),
    ("ko", "Korean"),
    ("tl", "Tagalog"),
    ("pa", "Punjabi"),
    ("ru", "Russian"),
    ("ar", "Arabic"),
    ("fr", "French"),
]
# Languages Django 5.2 does not know (and one it names only in English): their names, in English and in themselves, and their
# direction. guide/apps.py adds them to django.conf.locale.LANG_INFO in place (a new dict would
# not reach translation's own reference to it), with "fil", the code some Filipino phones send
# as their language, falling back to Tagalog.
EXTRA_LANG_INFO = {
    "ht": {"bidi": False, "code": "ht", "name": "Haitian Creole", "name_local": "Kreyòl ayisyen"},
    "tl": {"bidi": False, "code": "tl", "name": "Tagalog", "name_local": "Tagalog"},
    "fil": {"fallback": ["tl"]},
    # Django names Punjabi "Punjabi" in its own list too: a Punjabi reader looks for ਪੰਜਾਬੀ.
    "pa": {"name_local": "ਪੰਜਾਬੀ"},
}
# Two catalogues per language, so translators and legal reviewers can take them separately:
# locale/ holds the interface (questions, buttons, errors), explanations/locale/ the long legal
# explanations. `make messages` writes both (guide/i18n/catalogues.py decides which string goes where).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "explanations" / "locale"]
USE_I18N = True
# Date formats of our own where Django's are missing or wrong (Haitian Creole, Punjabi, and the
# Vietnamese month and year): guide/i18n/formats/.
FORMAT_MODULE_PATH = ["guide.i18n.formats"]
USE_TZ = True
TIME_ZONE = "UTC"

# --- Static files ----------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# site_root/ holds the icon (scripts/make_icon.py): pages link to its hashed copy under
# /static/, and WhiteNoise serves the same file at /favicon.ico, which browsers and other
# programs ask for whatever a page links to (a 404 there is an error in the browser's console).
STATICFILES_DIRS = [BASE_DIR / "static", BASE_DIR / "site_root"]
WHITENOISE_ROOT = BASE_DIR / "site_root"


def _root_file_headers(headers, path, url):
    """/favicon.ico keeps its name when the icon changes: browsers may keep it a day, not the
    year that hashed names get."""
    if not url.startswith(STATIC_URL):
        headers["Cache-Control"] = "public, max-age=86400"


WHITENOISE_ADD_HEADERS_FUNCTION = _root_file_headers
STORAGES = {
    "staticfiles": {
        # Hashed names (cache forever) and pre-compressed copies, served by WhiteNoise.
        "BACKEND": "guide.storage.MinifiedCompressedManifestStorage",
    },
}
WHITENOISE_MAX_AGE = 31536000

# --- Safe hold -------------------------------------------------------------------------------
# When the legal situation changes suddenly, set SAFE_HOLD_DATE=YYYY-MM-DD (the day it changed)
# and restart: every outcome then opens with a notice that it may be out of date, with the legal
# help links first (docs/deploy.md). Unset or empty: off.
SAFE_HOLD_DATE = env_date("SAFE_HOLD_DATE")

# A load balancer may send its health check (guide/health.py) over plain HTTP from inside the
# network. It carries nothing, so it is answered there rather than redirected to HTTPS.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

# --- Public address --------------------------------------------------------------------------
# Where people reach the guide, written on the flyer, in its QR code and in "Share this guide"
# (each language adds its own /<lang>/). The address of the deployed site in production. Unset,
# the address the page was served at is used (guide/sharing.py).
PUBLIC_URL = os.environ.get("PUBLIC_URL", "").rstrip("/")
if PUBLIC_URL and not PUBLIC_URL.startswith(("https://", "http://")):
    raise ImproperlyConfigured("PUBLIC_URL must be an absolute http(s) address.")

# --- Forms -----------------------------------------------------------------------------------
CRISPY_TEMPLATE_PACK = "kbyf"
CRISPY_ALLOWED_TEMPLATE_PACKS = ("kbyf",)

# --- Security --------------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "no-referrer"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# CSP, Permissions-Policy and Cross-Origin-Resource-Policy: guide/middleware.py.

# HTTPS. SecurityMiddleware sends HSTS only on responses to HTTPS requests, so plain-HTTP local
# runs (`make run`, the tests) never receive it; behind a TLS proxy gunicorn marks a request as
# HTTPS from X-Forwarded-Proto when it comes from FORWARDED_ALLOW_IPS (gunicorn.conf.py).
# Production sets (docs/privacy.md; tests/test_security_headers.py runs `check --deploy` so):
#   DJANGO_SECURE_SSL_REDIRECT=1     redirect any HTTP request to HTTPS (off for local HTTP)
#   DJANGO_SECURE_HSTS_SECONDS       how long browsers must use HTTPS only (default one year;
#                                    0 switches HSTS off)
#   DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS=1 (default) and DJANGO_SECURE_HSTS_PRELOAD=1 (opt-in:
#                                    preloading commits the whole domain to HTTPS for good)
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT")
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD")

# `check --deploy` warnings accepted on purpose:
# - security.W003 (no CsrfViewMiddleware): the guide has no cookie, session or account and no
#   form that changes anything on the server; a CSRF token would need a cookie. See
#   guide/views.py `questions`.
SILENCED_SYSTEM_CHECKS = ["security.W003"]

# "Exit this page" goes here: a neutral site that shows nothing personal (GOV.UK's default).
# It must be an absolute address (https:// in production; the tests use a local http:// one).
EXIT_URL = os.environ.get("EXIT_URL", "https://www.bbc.co.uk/weather")
if not EXIT_URL.startswith(("https://", "http://")):
    raise ImproperlyConfigured("EXIT_URL must be an absolute http(s) address.")

# The largest real form carries eight answers of at most 13 characters plus a few control
# fields: well under 2 KB. Anything much bigger is not a person using the guide.
DATA_UPLOAD_MAX_MEMORY_SIZE = 16 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 40

# --- Logging ---------------------------------------------------------------------------------
# Django's request logger would attach the request (and with it the POST body) to error
# records. Errors are logged by our own handler without the request data.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # guide/log_redaction.py: records lose the request, tracebacks lose the exception's message.
    "filters": {"drop_request": {"()": "guide.log_redaction.DropRequest"}},
    "formatters": {
        "plain": {
            "()": "guide.log_redaction.NoValuesFormatter",
            "format": "%(levelname)s %(name)s %(message)s",
        },
        "one_line": {
            "()": "guide.log_redaction.NoTracebackFormatter",
            "format": "%(levelname)s %(name)s %(message)s",
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["drop_request"],
        },
        "console_one_line": {
            "class": "logging.StreamHandler",
            "formatter": "one_line",
            "filters": ["drop_request"],
        },
    },
    "loggers": {
        # Server errors only ("Internal Server Error: <path>" and where it happened); 4xx answers
        # are expected from bots and are not logged.
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        # A refused Host header and the like: one line each, no traceback (the client's doing).
        "django.security": {
            "handlers": ["console_one_line"],
            "level": "WARNING",
            "propagate": False,
        },
        "guide": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}
