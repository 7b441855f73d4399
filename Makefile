# Know Before You File — everything a newcomer needs is `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export PORT

# The app needs a secret key outside DEBUG. Locally a fresh throwaway key per run is fine:
# the guide signs nothing and keeps no sessions.
DJANGO_SECRET_KEY ?= local-$(shell od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
export DJANGO_SECRET_KEY

.PHONY: run test install browser static outcomes bench clean help

help:
	@echo "make run       serve the guide at http://127.0.0.1:$(PORT) (PORT=… overrides)"
	@echo "make test      install what is needed and run every test, browser tests included"
	@echo "make outcomes  regenerate docs/outcomes.csv (the golden table of every answer path)"

$(VENV)/.installed: pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed

# Browser tests drive Debian's Chromium: nothing here can download a browser.
browser:
	@bash scripts/ensure-chromium

static: install
	$(PY) manage.py collectstatic --noinput --verbosity 0

run: static
	$(VENV)/bin/gunicorn -c gunicorn.conf.py

test: install browser static
	$(PY) -m pytest

outcomes: install
	$(PY) manage.py write_outcomes

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .hypothesis
