#!/usr/bin/env bash
# The browser benchmark in one headless Chromium run (tests/e2e/bench-web.mjs): the seed page,
# a 1 MB article, the same article with mark.js, and the gzip size of dist/. Prints a table and
# writes bench/web-results.json. LAMHA_BENCH_RUNS sets how many seed-page loads (default 5),
# LAMHA_BENCH_LONG_RUNS how many more loads of the 1 MB article (default 4).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh e2e
scripts/dist.sh
cd tests/e2e
exec node bench-web.mjs
