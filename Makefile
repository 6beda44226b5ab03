# spacegraph — the two Quick-start commands (`make demo`, `make test`) and their helpers.
# Everything installs itself: Python packages into virtual environments, the Neo4j server
# jars (resolved by Maven) into the git-ignored .cache/, Chromium from Debian's packages.

PYTHON ?= python3
OUT ?= out
DEMO_VENV := .venv-demo
VENV := .venv
BIN := $(VENV)/bin
export SPACEGRAPH_CACHE_DIR ?= $(CURDIR)/.cache

.PHONY: demo test lint unit bench train-relations train-agreements clean help

help:
	@echo "make demo   run the main job on the embedded database, results in $(OUT)/"
	@echo "make test   install everything and run the whole suite (Neo4j and browser included)"
	@echo "make lint   ruff, mypy and import-linter"
	@echo "make unit   tests without Neo4j (SPACEGRAPH_SKIP_NEO4J=1)"
	@echo "make bench  benchmark scripts (figures and ratios printed, nothing asserted)"
	@echo "make train-relations  refit loaders/data/relation_model.json on the labelled sets"
	@echo "make train-agreements refit loaders/data/agreement_model.json on the labelled sets"

$(DEMO_VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(DEMO_VENV)
	$(DEMO_VENV)/bin/pip install --quiet --upgrade pip
	$(DEMO_VENV)/bin/pip install --quiet .
	touch $@

demo: $(DEMO_VENV)/.installed
	$(DEMO_VENV)/bin/pip install --quiet --no-deps --force-reinstall .
	$(DEMO_VENV)/bin/spacegraph demo --out $(OUT) --data-dir $(OUT)/db

$(VENV)/.installed-dev: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check graph loaders tests benchmarks
	$(BIN)/ruff format --check graph loaders tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

test: $(VENV)/.installed-dev lint
	scripts/ensure-chromium
	scripts/with-neo4j $(BIN)/pytest

unit: $(VENV)/.installed-dev
	SPACEGRAPH_SKIP_NEO4J=1 $(BIN)/pytest

bench: $(VENV)/.installed-dev
	$(BIN)/python benchmarks/bench_loaders.py
	$(BIN)/python benchmarks/bench_view.py
	$(BIN)/python benchmarks/bench_analysis.py
	scripts/with-neo4j $(BIN)/python benchmarks/bench_queries.py --wipe

# The labelled sets the learned readers learn from: the blind sets, the three older
# evaluation folders (gold beside the documents) and the seeds' gold beside this checkout.
LABELLED := $(foreach g,$(sort $(wildcard tests/loaders/fixtures/blind*/gold)),--gold $(g) --docs $(dir $(g))docs) \
	$(foreach s,heldout fresh final,--gold tests/loaders/fixtures/$(s) --docs tests/loaders/fixtures/$(s)) \
	--gold ../shared/gold --docs ../shared/seeds

train-relations: $(VENV)/.installed-dev
	$(BIN)/spacegraph train-relations $(LABELLED) --out loaders/data/relation_model.json $(TRAIN_ARGS)

train-agreements: $(VENV)/.installed-dev
	$(BIN)/spacegraph train-agreements $(LABELLED) --out loaders/data/agreement_model.json $(TRAIN_ARGS)

clean:
	rm -rf $(OUT) .spacegraph test-artifacts
