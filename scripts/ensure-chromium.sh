#!/usr/bin/env bash
# Browser tests need Debian's Chromium (nothing here can download a browser build). Install it when missing.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian's chromium for the browser tests…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "The browser tests need Chromium: install Debian's 'chromium' package (or set CHROMIUM_PATH)." >&2
  exit 1
fi
