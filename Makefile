# Tråde — the two commands a newcomer needs are `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed
PG_URL ?= postgres://postgres@127.0.0.1:5432/traade
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: vendor demo test test-sqlite test-postgres lint format lock clean serve screenshots bench bench-import bench-soak bench-pages system-deps

## Python environment: created once, reinstalled only when the dependencies change.
$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { \
	  echo "Could not create a virtual environment. On Debian: apt-get install python3-venv"; exit 1; }
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev,semantic]'
	@touch $(STAMP)

venv: $(STAMP)

## Debian packages the browser tests need (Chromium); installed only when missing.
system-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests…"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

var:
	@mkdir -p var

## Set up everything, load the demo municipality (first time only) and serve it.
demo: $(STAMP) var
	$(BIN)/traade migrate --noinput
	TRAADE_DEMO=1 $(BIN)/traade demo --if-empty
	TRAADE_DEMO=1 $(BIN)/traade serve --port $(PORT)

## Set up everything and run every test: lint, migrations check, SQLite, PostgreSQL.
test: $(STAMP) system-deps var
	$(BIN)/ruff check .
	$(BIN)/traade makemigrations --check --dry-run >/dev/null || { echo "Model changes without migrations: run traade makemigrations"; exit 1; }
	$(MAKE) --no-print-directory test-sqlite
	$(MAKE) --no-print-directory test-postgres

test-sqlite: $(STAMP)
	DATABASE_URL=sqlite:///var/test.sqlite3 $(BIN)/pytest -q

test-postgres: $(STAMP)
	@if $(BIN)/python -c "import psycopg,sys; psycopg.connect('$(PG_URL)'.rsplit('/',1)[0]+'/postgres', connect_timeout=3).close()" 2>/dev/null; then \
	  DATABASE_URL=$(PG_URL) $(BIN)/pytest -q -m "not e2e"; \
	elif [ -n "$$CI" ] || [ -n "$$TRAADE_REQUIRE_POSTGRES" ]; then \
	  echo "PostgreSQL is not reachable at $(PG_URL)"; exit 1; \
	else \
	  echo "PostgreSQL is not reachable at $(PG_URL): skipping the PostgreSQL run (set PG_URL to point at a server)."; \
	fi

## Full-page screenshots of the main pages, desktop and mobile width, in var/screenshots/
## (`make screenshots DOCS=1` also refreshes the README's in docs/screenshots/).
screenshots: $(STAMP) system-deps var
	$(BIN)/python -m tests.e2e.screenshots $(if $(DOCS),--docs)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## Regenerate constraints.txt (the lock) from pyproject.toml in a clean environment.
lock:
	rm -rf var/lockenv && $(PYTHON) -m venv var/lockenv
	var/lockenv/bin/pip install --quiet --upgrade pip
	var/lockenv/bin/pip install --quiet '.[dev,semantic]'
	var/lockenv/bin/pip freeze --exclude-editable | grep -v '^traade' > constraints.txt
	rm -rf var/lockenv build *.egg-info

clean:
	rm -rf $(VENV) build *.egg-info

## Refresh the vendored front-end libraries from the npm registry (versions in package.json).
vendor:
	npm install --no-audit --no-fund --ignore-scripts
	mkdir -p traade/static/vendor/htmx
	cp node_modules/htmx.org/dist/htmx.min.js node_modules/htmx.org/LICENSE traade/static/vendor/htmx/
	mkdir -p traade/static/vendor/cytoscape
	cp node_modules/cytoscape/dist/cytoscape.min.js node_modules/cytoscape/LICENSE traade/static/vendor/cytoscape/
	mkdir -p tests/e2e/vendor/axe-core
	cp node_modules/axe-core/axe.min.js node_modules/axe-core/LICENSE tests/e2e/vendor/axe-core/

## The main pages' throughput beside a plain page, served by traade serve (docs/performance.md).
bench-pages: $(STAMP)
	$(BIN)/python bench/pages.py

## Import benchmark: 50,000 units and 500,000 people into SQLite and PostgreSQL (docs/performance.md).
bench-import: $(STAMP)
	$(BIN)/python bench/import.py

## Soak test: the demo under `traade serve`, 20 clients reading, searching and saving while
## imports run (docs/performance.md). `make bench-soak MINUTES=3 DATABASE=postgres://…/db`.
MINUTES ?= 10
bench-soak: $(STAMP)
	$(BIN)/python bench/soak.py --minutes $(MINUTES) $(if $(DATABASE),--database $(DATABASE))
