# The two commands: `make run` (the service on this machine) and `make test` (the test suite).
# Both install what they need first, into .venv.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
PORT ?= 8000

.PHONY: run test lint install clean

$(INSTALLED): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt -r requirements-dev.txt
	touch $(INSTALLED)

install: $(INSTALLED)

run: install
	PORT=$(PORT) $(BIN)/python -m chalicelib.local serve

lint: install
	$(BIN)/ruff check .

test: install lint
	$(BIN)/pytest

clean:
	rm -rf $(VENV) build .pytest_cache .ruff_cache
