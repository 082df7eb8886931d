# Every target bootstraps .venv first, so a fresh clone needs only `make extract` / `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SOURCES ?= ../shared/gazetteers

.PHONY: extract test lint patterns-check patterns-build bench eval-conll eval-pledges clean-venv

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,gazetteer,stix,parquet,dask,eval]"
	touch $(STAMP)

# EXTRACT_ARGS=--force redoes briefs whose outputs are up to date
EXTRACT_ARGS ?=

extract: $(STAMP)
	$(BIN)/briefs extract corpus/ --out outputs/ $(EXTRACT_ARGS)

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests

patterns-check: $(STAMP)
	$(BIN)/briefs patterns check

patterns-build: $(STAMP)
	$(BIN)/briefs patterns build --sources $(SOURCES)

# The README's figures: both --jobs settings at every size, best of 3 in process, the
# 10,000-brief --jobs pair twice (about 7 minutes on 2 cores). BENCH_ARGS=--quick for a smoke run.
BENCH_ARGS ?= --memory-jobs 1,2 --repeats 3 --extract-repeats 2

bench: $(STAMP)
	$(BIN)/python -m pipeline.bench $(BENCH_ARGS)

clean-venv:
	rm -rf $(VENV)

# CoNLL-2003 PERSON and armed/political organisation figures; the data has research-only terms
# and is never in the project: give its path, e.g. make eval-conll CONLL=/tmp/conll/eng.testb
CONLL ?=
eval-conll: $(STAMP)
	@test -n "$(CONLL)" || { echo "usage: make eval-conll CONLL=/path/to/eng.testb (see pipeline/review/conll.py)" >&2; exit 2; }
	$(BIN)/python -m pipeline.review.conll $(CONLL)

# Pledges on the English election-manifesto sentences of Fornaciari et al. 2021 (not in the
# project): make eval-pledges XLSX=/tmp/all210126.xlsx (see pipeline/review/manifestos.py)
XLSX ?=
eval-pledges: $(STAMP)
	@test -n "$(XLSX)" || { echo "usage: make eval-pledges XLSX=/path/to/all210126.xlsx (see pipeline/review/manifestos.py)" >&2; exit 2; }
	$(BIN)/python -m pipeline.review.manifestos $(XLSX)
