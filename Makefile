# Developer entry points; CI calls the same targets (see .ci/run).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
VENV_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.PHONY: help venv node demo test lint regen regen-check aio-types aio-check docs record bench clean

help:
	@echo "make demo         run examples/quickstart.py against a local mock of Novu (or Novu itself if NOVU_API_KEY is set)"
	@echo "make test         run the test suite (offline)"
	@echo "make lint         ruff + mypy --strict"
	@echo "make regen        regenerate generated/ and the modern client (novu_facade/_modern/) from openapi/novu.yaml"
	@echo "make regen-check  fail if a fresh regeneration differs from generated/ or novu_facade/_modern/"
	@echo "make aio-types    regenerate novu_facade/_aio_types.pyi (the async facade's type declarations)"
	@echo "make aio-check    fail if it is stale; mypy --strict and pyright (strict) over the typing tests (async facade, Novu)"
	@echo "make docs         build the reference documentation into site/ (strict: any warning fails)"
	@echo "make record       re-record contract cassettes (mock by default, live Novu with NOVU_API_KEY)"
	@echo "make bench        benchmarks against raw httpx"

venv: $(VENV_STAMP)
$(VENV_STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,docs]'
	touch $@

node: $(NODE_STAMP)
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

demo: venv node
	@if [ -z "$$NOVU_API_KEY" ]; then echo "(local mock: it answers with the spec's canned examples, whatever was sent)"; fi
	@if [ -n "$$NOVU_API_KEY" ]; then \
		$(BIN)/python examples/quickstart.py; \
	else \
		scripts/with_mock.sh $(BIN)/python examples/quickstart.py; \
	fi

test: venv
	$(BIN)/python -m pytest

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check novu_facade tests scripts examples
	$(BIN)/mypy --strict novu_facade generated/novu_client

regen: venv
	scripts/regen.sh

regen-check: venv
	scripts/regen.sh --check

aio-types: venv
	$(BIN)/python scripts/gen_aio_types.py

aio-check: venv node
	$(BIN)/python scripts/gen_aio_types.py --check
	$(BIN)/mypy --strict tests/typing/check_aio_types.py tests/typing/check_modern_types.py
	node_modules/.bin/pyright -p tests/typing/pyrightconfig.json

# Strict: a broken reference or any other warning fails the build (not with --quiet, which keeps
# warnings out of the strict count). NO_MKDOCS_2_WARNING silences a banner about a future MkDocs
# release, which is not about this site.
docs: venv
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

# Re-record tests/contract/cassettes: against the local mock, or Novu itself if NOVU_API_KEY is set.
record: venv node
	scripts/record.sh

bench: venv
	$(BIN)/python scripts/bench.py

clean:
	rm -rf $(VENV) node_modules .mock site
