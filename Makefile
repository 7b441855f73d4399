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

.PHONY: run test install browser axe static outcomes bench clean help messages compile i18n-check i18n-report

help:
	@echo "make run       serve the guide at http://127.0.0.1:$(PORT) (PORT=… overrides)"
	@echo "make test      install what is needed and run every test, browser tests included"
	@echo "make outcomes  regenerate docs/outcomes.csv (every answer path) and docs/outcomes.md (for reviewers)"
	@echo "make flow-diagram  regenerate docs/flow.mmd;  make reading-level  each page's reading grade"
	@echo "make check-links  request every external link;  make release-checklist  the steps of a release"
	@echo "make messages  after changing any English text: regenerate the translation catalogues"
	@echo "make i18n-check  the translation checks CI runs; make i18n-report  progress per language"
	@echo "make bench     page weights, and outcome-page speed against a static file (prints figures)"

$(VENV)/.installed: pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
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

test: install browser axe static i18n-check compile
	$(PY) -m pytest

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
