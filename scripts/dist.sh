#!/usr/bin/env bash
# Builds what a publisher copies to their site, into dist/:
#   lamha.js       one classic script: wasm-bindgen's bindings and src/web/loader.js, wrapped in
#                  one function so that the only global it defines is `Lamha`
#   lamha_bg.wasm  the core and the browser layer, optimised by wasm-opt
#   lamha-kb-sport.json, lamha-kb-business.json, lamha-kb-places.json, lamha-kb-institutions.json
#                  optional knowledge-base packs (data/kb/packs/), for data-lamha-kb
# LAMHA_WASM_OPT picks the wasm-opt level (default -Oz; see BENCHMARKS.md for -O3), LAMHA_OCIMFS its
# single-caller inlining limit in bytes (default 50, see below).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh web
# The knowledge base the widget embeds, compiled from data/kb/*.json (the JSON is not shipped).
cargo build --release --quiet --bin lamha
target/release/lamha kb compile --write data/kb/default.lkb >/dev/null
# opt-level "s" for the wasm only (native builds keep the profile's level 3). Against "z" it
# costs 21 KB gzip and made Lamha's work on the 1 MB article a third shorter and the seed page's
# annotation pass half as long, side by side (BENCHMARKS.md, fifth session).
CARGO_PROFILE_RELEASE_OPT_LEVEL=${LAMHA_OPT_LEVEL:-s} cargo build --target wasm32-unknown-unknown --release --lib --quiet
work=target/web-bindgen
rm -rf "$work" && mkdir -p "$work" dist
wasm-bindgen --target no-modules --no-typescript --out-dir "$work" target/wasm32-unknown-unknown/release/lamha.wasm
# Rust emits these post-MVP features by default; binaryen must be told it may keep them.
# --one-caller-inline-max-function-size: by default wasm-opt merges every function that has one
# caller into it, whatever its size; the widget's start-up future became one 45 KB function that
# V8's baseline compiler took 7-39 ms to compile on its first call. A limit of 50 bytes keeps
# functions apart and the file 9.7 KB gzip smaller (BENCHMARKS.md, sixth session).
wasm-opt "${LAMHA_WASM_OPT:--Oz}" --one-caller-inline-max-function-size "${LAMHA_OCIMFS:-50}" --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$work/lamha_bg.wasm" -o dist/lamha_bg.wasm
# Debian's binaryen 108 rewrites the export of wasm-bindgen's externref table to table 0 (the
# function table), and the loader then fails with "Table.grow(): failed to grow table". Point
# the export back at the externref table; the code itself is unaffected (it validates).
python3 - dist/lamha_bg.wasm <<'PY'
import sys
path = sys.argv[1]
wasm = bytearray(open(path, "rb").read())
def leb(i):
    value = shift = 0
    while True:
        byte = wasm[i]; i += 1; value |= (byte & 0x7F) << shift; shift += 7
        if byte < 0x80: return value, i
i, table_types, fixed = 8, [], 0
while i < len(wasm):
    section, i = wasm[i], i + 1
    size, i = leb(i)
    end = i + size
    if section == 4:  # tables: element type, limits
        count, j = leb(i)
        for _ in range(count):
            table_types.append(wasm[j]); flags = wasm[j + 1]; _, j = leb(j + 2)
            if flags & 1: _, j = leb(j)
    if section == 7:  # exports: name, kind, index
        count, j = leb(i)
        for _ in range(count):
            n, j = leb(j); name = bytes(wasm[j:j + n]); j += n
            kind, j = wasm[j], j + 1
            at = j; index, j = leb(j)
            if kind == 1 and name == b"__wbindgen_externrefs" and table_types[index] != 0x6F:
                assert j - at == 1, "export index is not one byte"
                wasm[at] = table_types.index(0x6F); fixed += 1
    i = end
open(path, "wb").write(wasm)
PY
{
  # Chromium (136+) compiles every function of a file that starts with this comment eagerly, on
  # a background thread while the file downloads, instead of each on its first call on the main
  # thread: nearly all of the loader and bindings run at start-up (BENCHMARKS.md: start-up).
  printf '//# allFunctionsCalledOnLoad\n'
  printf '/*! Lamha (لمحة) %s: highlights entities and dates in Arabic articles. MIT licence. */\n' \
    "$(awk -F'"' '/^version/ {print $2; exit}' Cargo.toml)"
  printf '(function () {\n"use strict";\nif (window.Lamha) return;\n'
  cat "$work/lamha.js" src/web/walk.js src/web/loader.js
  printf '})();\n'
} > dist/lamha.js
# Optional knowledge-base packs a publisher may load with data-lamha-kb (README: configuration).
for pack in data/kb/packs/*.json; do
  cp "$pack" "dist/lamha-kb-$(basename "$pack")"
done
wasm_gz=$(gzip -9c dist/lamha_bg.wasm | wc -c)
js_gz=$(gzip -9c dist/lamha.js | wc -c)
printf 'dist/: lamha_bg.wasm %d bytes (%d gzip), lamha.js %d bytes (%d gzip), total %.1f KB gzip\n' \
  "$(stat -c %s dist/lamha_bg.wasm)" "$wasm_gz" "$(stat -c %s dist/lamha.js)" "$js_gz" \
  "$(awk "BEGIN {print ($wasm_gz + $js_gz) / 1024}")"
