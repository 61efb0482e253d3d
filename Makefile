# The two commands: `make run` (the service on this machine) and `make test` (the test suite).
# Both install what they need first, into .venv.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
PORT ?= 8000

.PHONY: run test lint install clean chromium bench-lens package bench eval sdk faults

$(INSTALLED): requirements.txt requirements-dev.txt sdk/pyproject.toml
	@echo "Installing lens-gpt's Python packages into $(VENV) (the first time takes a minute or two)..."
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt -r requirements-dev.txt
	@touch $(INSTALLED)
	@echo "Installed."

install: $(INSTALLED)

# Debian's Chromium and its driver, for the google-lens provider and its tests (nothing to do
# when both are present). Paths as the provider's defaults (CHROMIUM_PATH, CHROMEDRIVER_PATH).
CHROMIUM_PATH ?= /usr/bin/chromium
CHROMEDRIVER_PATH ?= /usr/bin/chromedriver
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

chromium:
	@if [ -x "$(CHROMIUM_PATH)" ] && [ -x "$(CHROMEDRIVER_PATH)" ]; then :; else \
	  $(SUDO) apt-get update && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends \
	    chromium chromium-driver; \
	fi

run: install
	PORT=$(PORT) $(BIN)/python -m devstack serve

lint: install
	$(BIN)/ruff check .

test: install lint chromium
	$(BIN)/pytest

# The benchmark: the local stack with the simulated providers; writes docs/benchmarks.md and
# build/bench.json (google-lens timings too, hence Chromium). Not part of `make test`.
bench: install chromium
	$(BIN)/python -m bench

# The analyst and pricer on real Google Lens outputs and their perturbation suites: writes
# docs/evaluation.md (linked from docs/benchmarks.md) and build/evaluation.json.
eval: install
	$(BIN)/python -m tools.real_evaluation --write

# The fault run alone: 1,000 queries under random faults (kills, duplicated events, redeliveries,
# provider errors, time-outs, throttling), each stream checked; its figures go into the report.
faults: install
	$(BIN)/python -m bench.faults

# Cold and warm timings of the google-lens provider against the local fake Lens page.
bench-lens: install chromium
	$(BIN)/python -m bench.google_lens

# The deployment: build/template.yaml (one SAM template) and build/deployment.zip (see
# docs/operations.md, "Deploy"). Offline apart from the package registry.
package: install
	$(BIN)/python -m infra.package --out build

# The SDK and CLI as a wheel in build/ (`pip install build/lens_gpt_client-*.whl`).
sdk: install
	$(BIN)/pip wheel --quiet --disable-pip-version-check --no-deps --wheel-dir build ./sdk

clean:
	rm -rf $(VENV) build .pytest_cache .ruff_cache
