# Two commands set up a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
# The non-browser tests run in this many processes (pytest-xdist; one database each).
# The tests that read the demo go to one of them, in the order collected: after the others
# there, since the demo stays committed until the session ends.
TEST_WORKERS ?= 2

.PHONY: install run serve test lint format messages bench e2e clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

## make run: install, migrate, load the demo content, serve http://127.0.0.1:8000
# Absolute URLs (e-mails, canonical links, feeds) follow the address served here.
run: export BASE_URL ?= http://$(HOST):$(PORT)
run: install
	DJANGO_SETTINGS_MODULE=hub.settings.dev $(PY) manage.py migrate --noinput
	DJANGO_SETTINGS_MODULE=hub.settings.dev $(PY) manage.py seed_demo
	DJANGO_SETTINGS_MODULE=hub.settings.dev $(PY) manage.py runserver $(HOST):$(PORT)

## make test: install, lint, and run every test (browser tests included)
# The other tests run in TEST_WORKERS processes; a single file: .venv/bin/pytest FILE
# Browser tests run in a process of their own: Playwright's event loop would make
# Django refuse database access in the tests that follow them.
test: install lint
	$(PY) -m pytest --ignore=tests/e2e -n $(TEST_WORKERS) --dist loadgroup --no-loadscope-reorder \
		$(PYTEST_ARGS)
	$(PY) -m pytest tests/e2e $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates
	$(VENV)/bin/lint-imports
	DJANGO_SETTINGS_MODULE=hub.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=hub.settings.test $(PY) manage.py makemigrations --check --dry-run

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml templates

## make messages: refresh the gettext catalogues after changing interface strings; then
## fill the new pl/uk msgstr in locale/*/LC_MESSAGES/django.po (the only source)
messages: install
	DJANGO_SETTINGS_MODULE=hub.settings.dev $(PY) manage.py makemessages -l pl -l uk -l en \
		--ignore=.venv --ignore=static --no-obsolete --add-location=file
	DJANGO_SETTINGS_MODULE=hub.settings.dev $(PY) manage.py compilemessages --ignore=.venv

e2e: install
	$(PY) -m pytest tests/e2e $(PYTEST_ARGS)

## make bench: speed and memory targets on a scaled copy of the demo content
bench: install
	DJANGO_SETTINGS_MODULE=hub.settings.test $(PY) manage.py benchmark

clean:
	rm -rf $(VENV) db.sqlite3 static media .pytest_cache .ruff_cache *.egg-info
