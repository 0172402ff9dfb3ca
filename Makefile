# plangen: two commands from a fresh machine (Python 3.11+ and make).
#   make demo   install into .venv and generate the example plans into outputs/
#   make test   install, then ruff (format + lint), mypy and pytest
#   make serve  the web page for the team on http://127.0.0.1:8000/ (Ctrl+C stops it)
#   make fuzz   fuzz the workbook and Word readers for FUZZ_SECONDS (not part of test)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install lint typecheck pytest bench fuzz clean serve web-bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/plangen generate inputs/ --out outputs/

serve: $(STAMP)
	$(BIN)/plangen serve

lint: $(STAMP)
	$(BIN)/ruff format --check src tests scripts bench fuzz
	$(BIN)/ruff check src tests scripts bench fuzz

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest

test: lint typecheck pytest

# Speed and memory, as ratios from one run (see the README's performance section).
bench: $(STAMP)
	$(BIN)/python bench/bench.py $(N)

# The web page under load: 20 people at once, each uploading the four examples.
web-bench: $(STAMP)
	$(BIN)/python bench/web_bench.py

# Fuzz the workbook and Word readers (fuzz/fuzz_readers.py) from fuzz/seeds/. Inputs
# that find new code collect in outputs/fuzz-corpus/; an input that crashes is kept
# in fuzz/crashes/ (commit it), and every later run starts from it until it is fixed.
FUZZ_SECONDS ?= 120
FUZZ_CORPUS := outputs/fuzz-corpus
FUZZ_STAMP := $(VENV)/.installed-fuzz

$(FUZZ_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[test,fuzz]'
	touch $(FUZZ_STAMP)

fuzz: $(FUZZ_STAMP)
	mkdir -p $(FUZZ_CORPUS)
	$(BIN)/python fuzz/fuzz_readers.py $(FUZZ_CORPUS) fuzz/seeds fuzz/crashes \
		-max_total_time=$(FUZZ_SECONDS) -timeout=30 -artifact_prefix=fuzz/crashes/

clean:
	rm -rf $(VENV) outputs/*/ .pytest_cache .mypy_cache .ruff_cache
