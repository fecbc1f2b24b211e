#!/usr/bin/env bash
# End-to-end tests: the built dist/ on the demo pages in headless Chromium (playwright-core,
# Debian's chromium). Runs every tests/e2e/*.test.mjs; the last line is "N passed, N failed" and
# the exit status is non-zero on any failure. An argument runs only tests whose name contains it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh e2e
scripts/dist.sh >/dev/null
cargo build --release --quiet --bin lamha
cd tests/e2e
exec node run.mjs "$@"
