# Every target bootstraps .venv first, so a fresh clone needs only `make extract` / `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SOURCES ?= ../shared/gazetteers

.PHONY: extract test lint patterns-check patterns-build bench clean-venv

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,gazetteer]"
	touch $(STAMP)

extract: $(STAMP)
	$(BIN)/briefs extract corpus/ --out outputs/

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests

patterns-check: $(STAMP)
	$(BIN)/briefs patterns check

patterns-build: $(STAMP)
	$(BIN)/briefs patterns build --sources $(SOURCES)

bench: $(STAMP)
	$(BIN)/python -m pipeline.bench

clean-venv:
	rm -rf $(VENV)
