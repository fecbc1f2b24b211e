#!/usr/bin/env bash
# Installs what Lamha's build and tests need on a fresh Debian machine with Rust, idempotently:
# each step checks first and says nothing when the tool is already there.
#   scripts/deps.sh web   apt packages, the wasm target, wasm-bindgen-cli at Cargo.lock's version
#   scripts/deps.sh e2e   the above plus the npm packages of tests/e2e
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-web}

apt_pkgs=(chromium chromium-driver binaryen fonts-noto-core fonts-noto-color-emoji)
missing=()
for p in "${apt_pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  echo "deps: installing ${missing[*]} (apt)"
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  echo "deps: adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown >/dev/null
fi

want=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3; exit}' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  echo "deps: installing wasm-bindgen-cli $want (about 6 minutes, once)"
  cargo install -q wasm-bindgen-cli --version "$want" --locked
fi

if [ "$what" = e2e ] && [ -f tests/e2e/package.json ]; then
  stamp=tests/e2e/node_modules/.lamha-installed
  if [ ! -f "$stamp" ] || [ tests/e2e/package-lock.json -nt "$stamp" ]; then
    echo "deps: installing tests/e2e npm packages"
    (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    touch "$stamp"
  fi
fi
