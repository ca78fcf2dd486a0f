# newskit: two commands on a fresh machine (make demo, make test). Each sets up .venv when missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.newskit-installed

.PHONY: demo test test-fast lint lab bench install clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,dask]"
	$(PY) -c "import newskit; newskit.load_pipeline()" >/dev/null
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(PY) -m newskit analyze data/wikinews/wikinews.csv data/seed/ukraine-security-survey.txt --out out
	$(PY) -m newskit notebooks --out out/notebooks

# everything CI runs: the test suite, the doctests and the notebooks. With NEWSKIT_BROWSER_TESTS set (as
# .ci/run sets it) the browser test (tests/browser) opens every notebook in JupyterLab, runs all its cells and
# fails on any error output or unexecuted cell, so nbmake would execute each notebook a second time: it is
# left out then. Without the browser, nbmake executes the notebooks.
NBMAKE := $(if $(NEWSKIT_BROWSER_TESTS),,--nbmake notebooks)
test: $(STAMP)
	$(PY) -m pytest tests --doctest-modules newskit $(NBMAKE) -q --durations=25

# the quick loop while editing: tests not marked slow, no notebooks (CI still runs everything)
test-fast: $(STAMP)
	$(PY) -m pytest tests -m "not slow" -q -x

lint: $(STAMP)
	$(VENV)/bin/ruff check newskit tests notebooks benchmarks
	$(VENV)/bin/ruff format --check newskit tests notebooks benchmarks
	$(VENV)/bin/mypy

lab: $(STAMP)
	$(VENV)/bin/jupyter lab notebooks

bench: $(STAMP)
	$(PY) benchmarks/bench_pipeline.py
	$(PY) benchmarks/bench_travel.py

clean:
	rm -rf out .pytest_cache build dist *.egg-info
