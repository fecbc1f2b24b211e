#!/usr/bin/env bash
# The browser layer's wasm-bindgen tests (tests/web.rs) in headless Chromium through chromedriver
# (flags in webdriver.json). Built with the same settings as scripts/dist.sh, so the two share
# their compiled dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh web
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-120}
CARGO_PROFILE_RELEASE_OPT_LEVEL=${LAMHA_OPT_LEVEL:-s} \
  cargo test --target wasm32-unknown-unknown --release --test web "$@"
