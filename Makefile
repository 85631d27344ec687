# Two commands from a fresh clone: `make run` and `make test`.
# .venv is created on first use and reinstalled only when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEEDS ?= seeds
ANNOTATIONS ?= annotations

.PHONY: run test setup bench data docs clean-venv

setup: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,cluster]'
	@# An editable install compiles nothing; byte-code makes the reader start faster.
	$(BIN)/python -m compileall -q tui
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/newsreader --seeds $(SEEDS) --annotations $(ANNOTATIONS)

test: $(STAMP)
	$(BIN)/ruff check tui tests bench
	$(BIN)/ruff format --check tui tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -n 2 -q

bench: $(STAMP)
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/extraction_quality.py
	$(BIN)/python bench/event_linking.py

# Re-annotate what is not current (people's decisions kept), relink, re-export.
data: $(STAMP)
	$(BIN)/newsreader --seeds $(SEEDS) --annotations $(ANNOTATIONS) annotate
	$(BIN)/newsreader --seeds $(SEEDS) --annotations $(ANNOTATIONS) export --format json -o $(ANNOTATIONS)/export.json

# docs/keys.md is made from the live key bindings; a test fails when it is stale.
docs: $(STAMP)
	$(BIN)/python -m tui.ui.keys > docs/keys.md

clean-venv:
	rm -rf $(VENV)
