# Two entry points, both bootstrap themselves on a fresh machine:
#   make demo   set up .venv and write the sample briefing map and GeoJSON to maps/
#   make test   set up .venv and the browser/GDAL test tools, then run the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# pyproject.toml declares ranges; constraints.txt pins the exact, tested versions of everything.
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)
SEED := seeds/abou-kamal-2017.yaml

.PHONY: demo test fuzz lint bench setup system-test-deps clean

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

demo: $(STAMP)
	$(BIN)/geoevents map $(SEED) -o maps/abou-kamal-2017.html --force \
		--title "Euphrates valley, October 2017: after Raqqa, the offensive on Abou Kamal"
	$(BIN)/geoevents export $(SEED) -o maps/abou-kamal-2017.geojson --force
	@echo "Open maps/abou-kamal-2017.html in a browser."

# Debian's chromium (browser tests) and gdal-bin (ogrinfo, the reference GeoJSON reader).
system-test-deps:
	@command -v chromium >/dev/null && command -v ogrinfo >/dev/null || { \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium gdal-bin >/dev/null; }

test: lint system-test-deps
	$(BIN)/python -m pytest -q

# Every reader and the CLI under 10,000 hypothesis cases each (200 command lines): minutes, not
# seconds. make test runs the same suite with 25 cases each.
fuzz: $(STAMP)
	GEOEVENTS_FUZZ=10000 GEOEVENTS_FUZZ_CLI=200 $(BIN)/python -m pytest -q tests/test_fuzz.py

# ruff (lint and format) and mypy on the package; the pre-commit hooks run the same.
lint: $(STAMP)
	$(BIN)/ruff check geoevents tests benchmarks
	$(BIN)/ruff format --check geoevents tests benchmarks
	$(BIN)/mypy geoevents

bench: $(STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache

# The briefing map benchmark alone (geoevents vs plain folium; see benchmarks/bench_map.py).
bench-map: $(STAMP)
	$(BIN)/python -m benchmarks.bench_map
