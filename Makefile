# Two commands do all set-up: `make site` and `make test`. Each creates .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
# MkDocs stamps sitemap.xml(.gz) with the build time unless this is set: pin it to the last
# commit so two builds of the same input give the same bytes.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.PHONY: site test serve docs bench quality profiles clean

# The venv is rebuilt when the pinned requirements change.
$(BIN)/.installed: requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

docs: $(BIN)/.installed
	$(BIN)/python scripts/build_kb.py

site: docs
	$(BIN)/mkdocs build --strict
	$(BIN)/python -m pagefind_bin

test: $(BIN)/.installed
	$(BIN)/python -m pytest

# Live preview on http://127.0.0.1:8000: editing an article or editorial YAML rebuilds docs/,
# and MkDocs reloads the open page.
serve: docs
	$(BIN)/python scripts/serve.py

bench: $(BIN)/.installed
	$(BIN)/python scripts/bench.py

# Cleaning and tagging scored against editors' gold standards (tests/quality/).
quality: $(BIN)/.installed
	$(BIN)/python scripts/quality.py

# Concept profiles, classifiers and tag model learned from the quality sets' tags
# (editorial/profiles.yml), and their figures on each fold of sets learned from the others.
profiles: $(BIN)/.installed
	$(BIN)/python scripts/learn_profiles.py
	$(BIN)/python scripts/learn_profiles.py --evaluate

clean:
	rm -rf site docs/articles docs/concepts docs/sources docs/index.md docs/report.md docs/.kb-generated
