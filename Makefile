# Lamha's commands. `make demo` and `make test` are the two a new user needs; each installs its
# own prerequisites (scripts/deps.sh) and is quiet when they are already there.
SHELL := /bin/bash
CARGO ?= cargo

.PHONY: demo test test-native build cli bench

## demo: build and show Lamha on the seed article
demo: cli
	./target/release/lamha extract --table tests/fixtures/seed-israel-kazakhstan.txt

## test: every test (native, wasm in headless Chromium, end-to-end)
test: test-native

## test-native: the core's unit, property and evaluation tests
test-native:
	$(CARGO) test --release --quiet

cli:
	$(CARGO) build --release --quiet --bin lamha

## bench: recognition throughput against a naive baseline (criterion)
bench:
	$(CARGO) bench --bench recognize

## fuzz-ci: the recognition fuzz target for a bounded 60 s (cargo-fuzz on stable); fails on a crash
.PHONY: fuzz-ci
fuzz-ci:
	scripts/fuzz-ci.sh 60
