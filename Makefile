# plangen: two commands from a fresh machine (Python 3.11+ and make).
#   make demo   install into .venv and generate the example plans into outputs/
#   make test   install, then ruff (format + lint), mypy and pytest
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install lint typecheck pytest bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/plangen generate inputs/ --out outputs/

lint: $(STAMP)
	$(BIN)/ruff format --check src tests scripts bench
	$(BIN)/ruff check src tests scripts bench

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest

test: lint typecheck pytest

# Speed and memory, as ratios from one run (see the README's performance section).
bench: $(STAMP)
	$(BIN)/python bench/bench.py $(N)

clean:
	rm -rf $(VENV) outputs/*/ .pytest_cache .mypy_cache .ruff_cache
