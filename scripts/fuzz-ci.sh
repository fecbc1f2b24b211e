#!/usr/bin/env bash
# Runs the recognition fuzz target (fuzz/fuzz_targets/recognize.rs) for a bounded time and fails
# on any crash, panic, broken offset invariant, timeout or out-of-memory.
#   scripts/fuzz-ci.sh [SECONDS]   default 60
# The run starts from the committed seed corpus (fuzz/corpus/recognize) and every saved
# reproducer (fuzz/regressions); the inputs it discovers go to a scratch folder, so the
# committed corpus stays small. A crashing input is kept in fuzz/artifacts/recognize/.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz (about a minute, once)"
  cargo install -q cargo-fuzz --locked
fi
# cargo-fuzz passes nightly-only flags (-Zsanitizer=address, sanitizer coverage); this lets the
# stable toolchain accept them, so no nightly toolchain has to be installed.
export RUSTC_BOOTSTRAP=1

scratch=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$scratch" "$log"' EXIT
corpora=("$scratch" fuzz/corpus/recognize)
if compgen -G "fuzz/regressions/*" >/dev/null; then corpora+=(fuzz/regressions); fi

echo "fuzz: building the target"
cargo fuzz build -O recognize 2>&1 | grep -E "^(error|warning: unused)" || true
echo "fuzz: running recognize for ${secs}s"
status=0
# -timeout: one input slower than 10 s is a bug (quadratic blow-up), not bad luck.
cargo fuzz run -O recognize "${corpora[@]}" -- \
  -max_total_time="$secs" -max_len=8192 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  >"$log" 2>&1 || status=$?
grep -E "^#[0-9]+[[:space:]]+(INITED|DONE)|^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)" "$log" || true
if [ "$status" -ne 0 ]; then
  echo "fuzz: FAILED (exit $status):"
  grep -E -A3 "panicked at|^==[0-9]+==ERROR|^SUMMARY|Test unit written|^Base64" "$log" | head -n 40 || tail -n 60 "$log"
  echo "fuzz: reproduce with: RUSTC_BOOTSTRAP=1 cargo fuzz run recognize fuzz/artifacts/recognize/<file>"
  exit 1
fi
echo "fuzz: no crash in ${secs}s"
