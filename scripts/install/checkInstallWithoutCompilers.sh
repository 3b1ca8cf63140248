#!/usr/bin/env bash
# Proves `npm ci` works on a machine with no C/C++ toolchain and no Python (most school laptops): a fresh clone of
# the committed tree gets its own node_modules, with failing stand-ins for the build tools first on PATH, then
# better-sqlite3's prebuilt binary must load and run FTS5. Usage: scripts/install/checkInstallWithoutCompilers.sh [ref]
set -euo pipefail
root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
ref="${1:-HEAD}"
work="$(mktemp -d "${TMPDIR:-/tmp}/workbench-install-check-XXXXXX")"
trap 'rm -rf "$work"' EXIT

git clone --quiet --no-checkout "$root" "$work/app"
git -C "$work/app" checkout --quiet "$(git -C "$root" rev-parse "$ref")"

# Each stand-in fails loudly, so any attempt to compile shows up in npm's log and fails the install.
mkdir "$work/no-compilers"
for tool in make gmake cc gcc g++ c++ clang clang++ python python3; do
  printf '#!/bin/sh\necho "%s: not installed (stand-in from checkInstallWithoutCompilers.sh)" >&2\nexit 127\n' "$tool" \
    >"$work/no-compilers/$tool"
  chmod +x "$work/no-compilers/$tool"
done

cd "$work/app"
echo "Installing $(git rev-parse --short HEAD) in $work/app with no compilers on PATH…"
PATH="$work/no-compilers:$PATH" ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=warn
if [ -e node_modules/better-sqlite3/build ]; then
  echo "FAIL: npm ran a native build for better-sqlite3 (node_modules/better-sqlite3/build exists)." >&2
  exit 1
fi
PATH="$work/no-compilers:$PATH" node scripts/install/checkSqlite.ts
echo "OK: npm ci needed no compilers."
