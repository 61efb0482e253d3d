# The two commands: `make run` (the service on this machine) and `make test` (the test suite).
# Both install what they need first, into .venv.

# Every function's Python (LAMBDA_PYTHON in infra/lambda_requirements.py): .venv runs it too, so
# the tests and `make package` see what Lambda runs. Found on PATH, through pyenv, or given as
# PYTHON=/path/to/python3.13.
PYTHON_VERSION := 3.13
comma := ,
IS_PYTHON := -c 'import sys; sys.exit(sys.version_info[:2] != ($(subst .,$(comma) ,$(PYTHON_VERSION))))'
ifndef PYTHON
PYTHON := $(shell for p in python$(PYTHON_VERSION) $$(ls -d $(HOME)/.pyenv/versions/$(PYTHON_VERSION).*/bin \
  2>/dev/null | sort -V -r | sed 's|$$|/python$(PYTHON_VERSION)|'); do \
  "$$p" $(IS_PYTHON) 2>/dev/null && { command -v "$$p"; break; }; done)
endif
VENV := .venv
BIN := $(VENV)/bin
# The stamp names the Python: a .venv made with another one is made again.
INSTALLED := $(VENV)/.installed-python$(PYTHON_VERSION)
NEEDS_PYTHON := lens-gpt needs Python $(PYTHON_VERSION) (the functions' runtime): install it \
  (pyenv install $(PYTHON_VERSION), or your system's python$(PYTHON_VERSION) package) or run make \
  with PYTHON=/path/to/python$(PYTHON_VERSION)
PORT ?= 8000

.PHONY: run test lint install clean chromium bench-lens package bench eval sdk faults deploy smoke destroy deploy-tools

$(INSTALLED): requirements.txt requirements-dev.txt requirements.lock sdk/pyproject.toml Makefile
	@echo "Installing lens-gpt's Python packages into $(VENV) (the first time takes a minute or two)..."
	@"$(PYTHON)" $(IS_PYTHON) 2>/dev/null || { echo "$(NEEDS_PYTHON)." >&2; exit 1; }
	@$(BIN)/python $(IS_PYTHON) 2>/dev/null || { rm -rf $(VENV) && "$(PYTHON)" -m venv $(VENV); }
	@# A pip that reads extras by their normalised names (PEP 685): the one a venv starts with may
	@# not, and then warns that lxml does not provide jusText's extra html_clean (it does).
	@$(BIN)/pip install --quiet --disable-pip-version-check "pip>=24.1,<27"
	@$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt -r requirements-dev.txt \
	  -c requirements.lock
	@touch $(INSTALLED)
	@echo "Installed."

# The SAM CLI in a venv of its own (it pins its own boto3 and pydantic).
DEPLOY_VENV := .venv-deploy
DEPLOY_INSTALLED := $(DEPLOY_VENV)/.installed
$(DEPLOY_INSTALLED): requirements-deploy.txt
	test -x $(DEPLOY_VENV)/bin/python || $(PYTHON) -m venv $(DEPLOY_VENV)
	$(DEPLOY_VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-deploy.txt
	touch $(DEPLOY_INSTALLED)

deploy-tools: $(DEPLOY_INSTALLED)

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

# The suite on every core (pytest-xdist); a module's tests share one worker, so a stack that
# a module starts is started once.
TEST_WORKERS ?= auto
test: install deploy-tools lint chromium
	SAM_CLI=$(DEPLOY_VENV)/bin/sam $(BIN)/pytest -n $(TEST_WORKERS) --dist loadscope

# The benchmark: the local stack with the simulated providers; writes docs/benchmarks.md and
# build/bench.json (google-lens timings too, hence Chromium). Not part of `make test`.
bench: install chromium
	$(BIN)/python -m bench

# The analyst on real items (saved Lens answers, marketplace title sets), its confidence
# measured by cross-validation that leaves out one source at a time, the perturbation suites as
# a robustness check, and the pricing section when tools/pricing_evaluation.py is there: writes
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

# The stack in AWS (docs/operations.md, "Deploy"): AWS_REGION must be set; STACK (lens-gpt),
# OPENAI_KEY_PARAMETER and SERPAPI_KEY_PARAMETER (SSM parameter names), OPENAI_API_KEY and
# SERPAPI_API_KEY (keys to store there) and PARAMETERS ("Key=Value ..." template overrides) may
# be. Its first step (infra/preflight.py) checks everything before anything is built.
deploy: install deploy-tools
	SAM=$(DEPLOY_VENV)/bin/sam PYTHON=$(BIN)/python infra/deploy.sh deploy

smoke: install
	$(BIN)/python -m infra.smoke --stack $${STACK:-lens-gpt}

destroy: install
	PYTHON=$(BIN)/python infra/deploy.sh destroy

# The SDK and CLI as a wheel in build/ (`pip install build/lens_gpt_client-*.whl`).
sdk: install
	$(BIN)/pip wheel --quiet --disable-pip-version-check --no-deps --wheel-dir build ./sdk

clean:
	rm -rf $(VENV) $(DEPLOY_VENV) build .pytest_cache .ruff_cache
