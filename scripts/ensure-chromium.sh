#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a downloaded browser build).
# Installs it with apt-get when it is missing and we may; otherwise says how.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests (one time)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
else
  echo "The browser tests need Debian's chromium at /usr/bin/chromium:" >&2
  echo "  sudo apt-get install -y chromium" >&2
  exit 1
fi
