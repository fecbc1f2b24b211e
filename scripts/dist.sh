#!/usr/bin/env bash
# Builds what a publisher copies to their site, into dist/:
#   lamha.js       one classic script: wasm-bindgen's bindings and src/web/loader.js, wrapped in
#                  one function so that the only global it defines is `Lamha`
#   lamha_bg.wasm  the core and the browser layer, optimised by wasm-opt
# LAMHA_WASM_OPT picks the wasm-opt level (default -Oz; see BENCHMARKS.md for -O3).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh web
cargo build --target wasm32-unknown-unknown --release --lib --quiet
work=target/web-bindgen
rm -rf "$work" && mkdir -p "$work" dist
wasm-bindgen --target no-modules --no-typescript --out-dir "$work" target/wasm32-unknown-unknown/release/lamha.wasm
# Rust emits these post-MVP features by default; binaryen must be told it may keep them.
wasm-opt "${LAMHA_WASM_OPT:--Oz}" --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$work/lamha_bg.wasm" -o dist/lamha_bg.wasm
{
  printf '/*! Lamha (لمحة) %s: highlights entities and dates in Arabic articles. MIT licence. */\n' \
    "$(awk -F'"' '/^version/ {print $2; exit}' Cargo.toml)"
  printf '(function () {\n"use strict";\nif (window.Lamha) return;\n'
  cat "$work/lamha.js" src/web/loader.js
  printf '})();\n'
} > dist/lamha.js
wasm_gz=$(gzip -9c dist/lamha_bg.wasm | wc -c)
js_gz=$(gzip -9c dist/lamha.js | wc -c)
printf 'dist/: lamha_bg.wasm %d bytes (%d gzip), lamha.js %d bytes (%d gzip), total %.1f KB gzip\n' \
  "$(stat -c %s dist/lamha_bg.wasm)" "$wasm_gz" "$(stat -c %s dist/lamha.js)" "$js_gz" \
  "$(echo "($wasm_gz + $js_gz) / 1024" | bc -l)"
