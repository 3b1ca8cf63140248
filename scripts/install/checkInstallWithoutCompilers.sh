#!/usr/bin/env bash
# Proves `npm ci` works on a machine with no C/C++ toolchain and no Python (most school laptops): a fresh copy of
# the committed tree gets its own node_modules, with failing stand-ins for the build tools first on PATH, then
# better-sqlite3's prebuilt binary must load and run FTS5. The shared node_modules is never touched.
# Usage: scripts/install/checkInstallWithoutCompilers.sh [git ref, default HEAD]   (NPM=/path/to/npm to try another npm)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
npm="${NPM:-npm}"
work="$(mktemp -d "${TMPDIR:-/tmp}/workbench-install-check-XXXXXX")"
trap 'rm -rf "$work"' EXIT

if git -C "$root" rev-parse --git-dir >/dev/null 2>&1; then
  git clone --quiet --no-checkout "$root" "$work/app"
  git -C "$work/app" checkout --quiet "$(git -C "$root" rev-parse "${1:-HEAD}")"
else
  mkdir "$work/app"
  tar -C "$root" --exclude=./node_modules --exclude=./out --exclude=./dist --exclude=./.test-output -cf - . |
    tar -C "$work/app" -xf -
fi

# Each stand-in fails loudly, so any attempt to compile shows in npm's log and fails the install.
mkdir "$work/no-compilers"
for tool in make gmake cc gcc g++ c++ clang clang++ python python3; do
  printf '#!/bin/sh\necho "%s: not installed (stand-in from checkInstallWithoutCompilers.sh)" >&2\nexit 127\n' "$tool" \
    >"$work/no-compilers/$tool"
  chmod +x "$work/no-compilers/$tool"
done
export PATH="$work/no-compilers:$PATH"

cd "$work/app"
echo "npm $("$npm" -v) ci in $work/app with no compilers or Python on PATH…"
"$npm" ci --no-audit --no-fund --loglevel=warn
if [ -e node_modules/better-sqlite3/build ]; then
  echo "FAIL: npm ran a native build for better-sqlite3 (node_modules/better-sqlite3/build exists)." >&2
  exit 1
fi
node scripts/install/checkSqlite.ts
echo "OK: npm ci needed no compilers."
