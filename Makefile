# Lamha's commands. `make demo` and `make test` are the two a new user needs; each installs its
# own prerequisites (scripts/deps.sh) and is quiet when they are already there.
SHELL := /bin/bash
CARGO ?= cargo

.PHONY: demo test test-native build cli bench dist test-wasm test-e2e bench-web

## demo: build dist/ and serve the demo news pages (www/) on http://localhost:8080
demo: dist
	@echo "Lamha demo: http://localhost:8080/ (publisher styles: http://localhost:8080/custom.html); Ctrl-C stops"
	python3 scripts/serve.py --port 8080

## test: every test (native, wasm in headless Chromium, end-to-end)
test: test-native test-wasm test-e2e fuzz-ci

## test-native: the core's unit, property and evaluation tests
test-native:
	$(CARGO) test --release --quiet

cli:
	$(CARGO) build --release --quiet --bin lamha

## kb: recompile data/kb/default.lkb (the compact default) and default.lkg (its recogniser forms) from data/kb/*.json
.PHONY: kb
kb: cli
	target/release/lamha kb compile --write data/kb/default.lkb

## dist: the files a publisher copies: dist/lamha.js (loader) and dist/lamha_bg.wasm
dist:
	scripts/dist.sh

## test-wasm: the browser layer's wasm-bindgen tests in headless Chromium
test-wasm:
	scripts/test-web.sh

## test-e2e: the built widget on the demo pages in headless Chromium (Playwright)
test-e2e:
	scripts/test-e2e.sh

## bench-web: the widget in headless Chromium: seed page, 1 MB article, mark.js; dist/ size
bench-web:
	scripts/bench-web.sh

## bench: recognition throughput against a naive baseline (criterion)
bench:
	$(CARGO) bench --bench recognize

## fuzz-ci: the recognition fuzz target for a bounded 60 s (cargo-fuzz on stable); fails on a crash
.PHONY: fuzz-ci
fuzz-ci:
	scripts/fuzz-ci.sh 60

## bench-dates: Lamha's dates against dateparser on bench/date_expressions.tsv (installs dateparser into bench/.venv)
.PHONY: bench-dates
bench-dates: cli
	python3 bench/dateparser_compare.py
