# Know Before You File — everything a newcomer needs is `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export PORT

# The app needs a secret key outside DEBUG. Locally a fresh throwaway key per run is fine:
# the guide signs nothing and keeps no sessions.
ifeq ($(strip $(DJANGO_SECRET_KEY)),)
DJANGO_SECRET_KEY := local-$(shell od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
endif
export DJANGO_SECRET_KEY

.PHONY: run test test-fast lint typecheck lock install browser axe static outcomes bench clean help messages compile i18n-check i18n-report

help:
	@echo "make run       serve the guide at http://127.0.0.1:$(PORT) (PORT=… overrides)"
	@echo "make test      install what is needed, lint, type-check and run every test, browser tests included"
	@echo "make test-fast the inner loop: no browser, covering outcomes only (1–3 minutes)"
	@echo "make lint      ruff check + ruff format --check;  make typecheck  mypy on guide/"
	@echo "make lock      after changing a dependency in pyproject.toml: re-resolve requirements.lock"
	@echo "make outcomes  regenerate docs/outcomes.csv (every answer path) and docs/outcomes.md (for reviewers)"
	@echo "make flow-diagram  regenerate docs/flow.mmd;  make reading-level  each page's reading grade"
	@echo "make check-links  request every external link;  make release-checklist  the steps of a release"
	@echo "make messages  after changing any English text: regenerate the translation catalogues"
	@echo "make i18n-check  the translation checks CI runs; make i18n-report  progress per language"
	@echo "make bench     page weights, and outcome-page speed against a static file (prints figures)"

# Every package, the test tools too, at the version and hashes in requirements.lock (`make lock`
# writes it from pyproject.toml); then the guide itself, which adds no package of its own.
$(VENV)/.installed: pyproject.toml requirements.lock
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

install: $(VENV)/.installed

# Browser tests drive Debian's Chromium: nothing here can download a browser.
browser:
	@bash scripts/ensure-chromium

# axe-core (accessibility checks injected by tests/browser/) from the npm registry, pinned in
# package-lock.json. Test-only: nothing under node_modules is ever served.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

axe: node_modules/.installed

static: install
	$(PY) manage.py collectstatic --noinput --verbosity 0

run: static compile
	$(VENV)/bin/gunicorn -c gunicorn.conf.py

test: install browser axe static i18n-check compile lint typecheck
	$(PY) -m pytest

# The inner loop: no browser, and every test that walks many pages or paths walks only the
# covering ones (tests/pages.py says why they cover). `make test` still runs everything.
test-fast: install static compile
	$(PY) -m pytest -m "not browser" --covering-only -q

# The formatting check passes once the whole tree has been through `ruff format` (issue 15).
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: install
	$(VENV)/bin/mypy

# Re-resolve requirements.lock from pyproject.toml with every file's hash (pip-tools). Pins that
# pyproject.toml still allows are kept; UPGRADE=1 moves every package to its newest release.
lock:
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet pip-tools
	$(PY) -m piptools compile --quiet --allow-unsafe --generate-hashes --extra test \
		--strip-extras --no-emit-index-url --no-emit-find-links $(if $(UPGRADE),--upgrade) \
		--output-file requirements.lock pyproject.toml

outcomes: install
	$(PY) manage.py write_outcomes

# --- Keeping the content true (docs/content-review.md) -------------------------------------------
.PHONY: flow-diagram check-links reading-level release-checklist
flow-diagram: install
	$(PY) manage.py write_flow_diagram

check-links: install
	$(PY) manage.py check_links

reading-level: install
	$(PY) manage.py reading_level

release-checklist: install
	$(PY) manage.py release_checklist

# --- Translations (TRANSLATING.md) ---------------------------------------------------------------
PO_FILES = $(sort $(wildcard locale/*/LC_MESSAGES/django.po explanations/locale/*/LC_MESSAGES/django.po))

# After changing any English text: every catalogue, msgmerged (changed entries become fuzzy).
messages: install
	$(PY) manage.py i18n_messages

# The .mo files are built, never committed.
compile: install
	$(PY) manage.py compilemessages --verbosity 0 --ignore .venv --ignore node_modules --ignore staticfiles

# CI: catalogues up to date with the source, msgfmt --check, placeholders and tags, and every
# shipped language (status.toml) complete with nothing fuzzy.
i18n-check: install
	$(PY) manage.py i18n_messages --check
	$(PY) scripts/check_po.py $(PO_FILES)

i18n-report: install
	$(PY) manage.py i18n_report

# A benchmark, not a test: it prints figures (docs/performance.md) and never fails on timing.
bench: static compile
	@bash scripts/ensure-wrk
	$(PY) scripts/bench.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .hypothesis node_modules
