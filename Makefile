# Two commands for a new machine: `make serve` and `make test`. Everything else is set up on demand.
.DEFAULT_GOAL := help
SHELL := /bin/bash

VENV := .venv
BIN := $(VENV)/bin
PYTHON_FOR_VENV = $(shell tools/find-python)
# `make preview PREVIEW_PORT=8001` while `make serve` holds 8000.
PREVIEW_PORT ?= 8000
# Silence Material's banner about MkDocs 2: the project pins mkdocs<2.
export NO_MKDOCS_2_WARNING := 1

.PHONY: help setup browser serve build preview check-site test lint format lock bench bench-short clean zensical

help:  ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 12

$(VENV)/.installed: requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON_FOR_VENV) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation --editable .
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

setup: $(VENV)/.installed node_modules/.installed  ## Create the environment (Python >= 3.12, pinned packages, npm runtime)

# The browser tests and the benchmark drive CHROMIUM (`make test CHROMIUM=/path/to/chrome`) if set,
# else what tools/find_browser.py finds (Debian's Chromium, Google Chrome…), installed if there is none.
browser: setup  ## Find the browser the tests drive (CHROMIUM, Debian's Chromium, Google Chrome…), or install one
	@$(BIN)/python tools/find_browser.py --install --verbose >/dev/null

serve: setup  ## Serve the site on http://127.0.0.1:8000 with live reload of docs/ and calculators/
	SITE_URL=http://127.0.0.1:8000/ $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: setup  ## Build the deployable site into site/ (for SITE_URL, if set)
	$(BIN)/mkdocs build --strict

# The site as production serves it: built for this address, sent with the headers of site/_headers.
preview: export SITE_URL = http://127.0.0.1:$(PREVIEW_PORT)/
preview: build  ## Build, then serve site/ on http://127.0.0.1:8000 with its production headers (CSP included)
	$(BIN)/python tools/preview.py --site-dir site --port $(PREVIEW_PORT)

# What `make build` left in site/, untouched: its pages in the browser at the address it was built
# for, under its _headers. The deploy workflow runs it between the build and the upload.
check-site: browser  ## Check site/ as built: a few pages in the browser, at the site's address, under its headers
	PUBLISHED_SITE=site $(BIN)/pytest tests/browser/test_published_site.py

test: lint browser  ## Lint, then run every test (unit, Pyodide, site build, browser)
	$(BIN)/pytest

lint: setup  ## Lint only: ruff, mypy, the JSDoc types of docs/assets/js (tsc) and ESLint
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	node_modules/.bin/tsc -p tsconfig.json
	node_modules/.bin/tsc -p tsconfig.worker.json
	node_modules/.bin/eslint .

format: setup  ## Reformat the Python code
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

lock: ## Re-resolve the Python dependencies into requirements.lock (exact versions)
	rm -rf .lock-venv
	$(PYTHON_FOR_VENV) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --upgrade pip
	.lock-venv/bin/python -m pip install --quiet '.[site,test]'
	( echo "# Exact versions of every Python dependency; regenerate with 'make lock'."; \
	  .lock-venv/bin/python -m pip freeze --exclude calculators ) > requirements.lock
	rm -rf .lock-venv

bench: setup browser  ## Measure the load budget against a main-thread Pyodide baseline, both network profiles (rewrites benchmarks/README.md)
	$(BIN)/python benchmarks/run.py

# One run of each measure, checked for shape by tests/benchmarks (marked `bench`, so `make test`
# leaves it out: it takes minutes). The Pages workflow runs it after `make test`.
bench-short: setup browser  ## The benchmark's short mode, as CI runs it (one run each; report on stdout)
	$(BIN)/pytest -m bench -s tests/benchmarks

clean:  ## Remove the build output and caches (keeps the environment)
	rm -rf site build .cache .pytest_cache .hypothesis

zensical: setup  ## Try a build with the latest Zensical (not part of make test); writes reports/zensical.md
	$(BIN)/python tools/zensical_trial.py
