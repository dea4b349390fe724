# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STORE  := out/kg-store

.PHONY: demo test install dev browser lint bench clean notebook strip

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "make: $(PYTHON) not found; install Python 3.11 or run make PYTHON=/path/to/python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[dev]'
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
	$(BIN)/python -m pip install --quiet -e '.[notebook]'
	$(BIN)/jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root) notebooks/explore.ipynb

# Strip notebook outputs before committing (tests/test_notebook.py refuses a notebook with outputs).
strip: dev
	$(BIN)/nbstripout notebooks/*.ipynb

bench: install
	$(BIN)/python bench/extract_speed.py

lint: dev
	$(BIN)/ruff check kg tests

clean:
	rm -rf out $(VENV) .pytest_cache
