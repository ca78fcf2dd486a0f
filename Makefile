# newskit: two commands on a fresh machine (make demo, make test). Each sets up .venv when missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.newskit-installed

.PHONY: demo test lab bench install clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,dask]"
	$(PY) -c "import newskit; newskit.load_pipeline()" >/dev/null
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(PY) -m newskit analyze data/wikinews/wikinews.csv data/seed --out out
	$(PY) -m newskit notebooks --out out/notebooks

test: $(STAMP)
	$(PY) -m pytest tests --doctest-modules newskit --nbmake notebooks -q

lab: $(STAMP)
	$(VENV)/bin/jupyter lab notebooks

bench: $(STAMP)
	$(PY) benchmarks/bench_pipeline.py
	$(PY) benchmarks/bench_travel.py

clean:
	rm -rf out .pytest_cache build dist *.egg-info
