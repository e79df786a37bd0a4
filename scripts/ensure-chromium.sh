#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the browser suites (no browser downloads on these machines).
set -euo pipefail

find_chromium() {
  for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/lib/chromium/chromium; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if path=$(find_chromium); then
  echo "Chromium: $path"
  exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium with apt-get…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-liberation >/dev/null
  path=$(find_chromium) || { echo "apt-get installed chromium, but no executable was found." >&2; exit 1; }
  echo "Chromium: $path"
  exit 0
fi

cat >&2 <<'MSG'
Chromium was not found, and it cannot be installed from here (that needs root and apt-get).
Install Debian's Chromium first:   sudo apt-get install -y chromium fonts-liberation
or point CHROMIUM_PATH at a Chromium executable, then run the tests again.
MSG
exit 1
