# Two entry points (see README): `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint extract clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	$(PY) -m compileall -q events dashboard streamlit_app.py
	touch $(STAMP)

# The dashboard. On first start (no store, or an empty one) the store is filled from the
# bundled corpus; the store is $EVENTS_DB, else $XDG_DATA_HOME/geo-timeline/events.sqlite.
run: $(STAMP)
	$(PY) -m dashboard.first_run assets/corpus
	$(VENV)/bin/streamlit run streamlit_app.py

test: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m pytest -q

lint: $(STAMP)
	$(PY) -m ruff check .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
