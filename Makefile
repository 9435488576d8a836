# Land Balance — every target does its own set-up (Debian packages, venv) idempotently.
SHELL := /bin/bash
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

# QGIS's embedded Python takes its prefix from the first python3 on PATH: Debian's first.
export PATH := /usr/bin:$(PATH)
export PYTHONDONTWRITEBYTECODE := 1

DEBS := python3-qgis qgis qgis-providers xvfb qttools5-dev-tools python3-venv fonts-wqy-microhei python3-psycopg2 postgresql postgresql-15-postgis-3 python3-scipy
VENV := .venv
PY := $(VENV)/bin/python
STAMPS := .build/stamps
DEMO_DIR := data/demo
DEMO_PARCELS ?= 3000
BENCH_DIR := data/bench
BENCH_PARCELS ?= 200000
QM := resources/i18n/land_balance_zh_CN.qm

.PHONY: help setup demo demo-data test test-unit bench package deploy screenshot i18n i18n-update lint clean

help:
	@echo "make demo      build the demo county and run the pipeline headless (out/)"
	@echo "make test      run every test"
	@echo "make bench     benchmarks on two counties of $(BENCH_SIZES) parcels"
	@echo "make package   dist/land_balance.zip for QGIS's 'Install from ZIP'"
	@echo "make deploy    install into the default QGIS profile and enable"
	@echo "make screenshot  start QGIS under Xvfb and save docs/screenshots/"
	@echo "make lint      ruff"

$(STAMPS)/debs: scripts/ensure_debs.sh Makefile
	@mkdir -p $(STAMPS)
	scripts/ensure_debs.sh $(DEBS)
	@touch $@

$(STAMPS)/venv: requirements-dev.txt $(STAMPS)/debs
	@[ -x $(PY) ] || /usr/bin/python3 -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	@touch $@

# The repository is the plugin package; tests and scripts import it as `land_balance`.
.build/land_balance:
	@mkdir -p .build
	ln -sfn .. $@

setup: $(STAMPS)/venv .build/land_balance $(QM)

$(QM): resources/i18n/land_balance_zh_CN.ts $(STAMPS)/debs
	lrelease -silent $< -qm $@

i18n: $(QM)

i18n-update: $(STAMPS)/venv
	$(PY) scripts/i18n.py update

# The demo county and the modules that add layers to it (each capability's own data).
COUNTY_SCRIPTS := scripts/demo_county.py scripts/demo_inout.py scripts/demo_forest_map.py scripts/demo_villages.py

$(DEMO_DIR)/county.gpkg: $(COUNTY_SCRIPTS) | setup
	$(PY) scripts/demo_county.py --out $(DEMO_DIR) --parcels $(DEMO_PARCELS)

demo-data: setup $(DEMO_DIR)/county.gpkg

demo: demo-data
	$(PY) scripts/demo.py --data $(DEMO_DIR) --out out

# The rules/ tests run without QGIS (pytest-qgis off): seconds, and proof that rules/ needs no QGIS.
UNIT := $(VENV)/bin/pytest -q -p no:pytest_qgis -W ignore::pytest.PytestConfigWarning tests/unit

test: setup
ifeq ($(PYTEST_ARGS),)
	$(UNIT)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q --ignore=tests/unit
else
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q $(PYTEST_ARGS)
endif

test-unit: setup
	$(UNIT) $(PYTEST_ARGS)

# Two benchmark counties shaped unlike each other, at four sizes, each built once.
BENCH_SIZES ?= 50000 100000 200000 400000
BENCH_DATA := $(foreach n,$(BENCH_SIZES),$(BENCH_DIR)/demo/$(n)/county.gpkg $(BENCH_DIR)/lean/$(n)/county.gpkg)
BENCH_COUNTY := $(BENCH_DIR)/demo/$(BENCH_PARCELS)

$(BENCH_DIR)/demo/%/county.gpkg: $(COUNTY_SCRIPTS) | setup
	$(PY) scripts/demo_county.py --out $(BENCH_DIR)/demo/$* --parcels $*

$(BENCH_DIR)/lean/%/county.gpkg: scripts/bench_county_lean.py | setup
	$(PY) scripts/bench_county_lean.py --out $(BENCH_DIR)/lean/$* --parcels $*

bench: setup $(BENCH_DATA)
	cd bench && QT_QPA_PLATFORM=offscreen ../$(PY) bench_counties.py --data ../$(BENCH_DIR) --sizes $(BENCH_SIZES)
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_dock.py --data $(BENCH_COUNTY)
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_dock.py --data $(BENCH_DIR)/lean/$(BENCH_PARCELS)
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_inout.py --data $(BENCH_COUNTY)
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_forest_plan.py --data $(BENCH_COUNTY)
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_journal.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_changepackage.py --data $(BENCH_COUNTY)
	$(PY) bench/bench_siteselection.py

package: setup
	$(PY) scripts/package.py --out dist/land_balance.zip

deploy: package
	$(PY) scripts/deploy.py dist/land_balance.zip

# zh-Hans: 简体中文 as QGIS's own options write it (the plugin must follow it, not only zh_CN).
screenshot: setup
	LB_LOCALE=zh-Hans scripts/screenshot.sh docs/screenshots
	LB_LOCALE=en_US scripts/screenshot.sh docs/screenshots
	LB_LOCALE=zh-Hans LB_STARTUP=$(CURDIR)/scripts/screenshot_workflow.py scripts/screenshot.sh docs/screenshots
	LB_LOCALE=zh_CN LB_STARTUP=$(CURDIR)/scripts/screenshot_eligibility.py scripts/screenshot.sh docs/screenshots
	LB_LOCALE=en_US LB_STARTUP=$(CURDIR)/scripts/screenshot_workflow.py scripts/screenshot.sh docs/screenshots

lint: setup
	$(PY) -m ruff check .

clean:
	rm -rf .build out dist
