#!/usr/bin/env bash
# Fails when a step wrote into the source tree (git status not empty): stray build output such as `.js` beside
# the `.ts` sources shadows them in Vite, Vitest and tsx, so tests would test old code.
set -euo pipefail
dirty="$(git status --porcelain)"
if [ -n "$dirty" ]; then
  echo "error: '$1' left the working tree changed:" >&2
  echo "$dirty" >&2
  exit 1
fi
echo "== the working tree is clean after '$1'"
