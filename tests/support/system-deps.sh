#!/usr/bin/env bash
# Installs the Debian packages the test suite needs (git, and Chromium for the HTML report
# checks), only when they are missing. Safe to run again and again.
set -euo pipefail

missing=()
command -v git >/dev/null 2>&1 || missing+=(git)
[ -x /usr/bin/chromium ] || missing+=(chromium)

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
  echo "The tests need these Debian packages: ${missing[*]}" >&2
  echo "Install them with: apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi
as_root=()
[ "$(id -u)" -ne 0 ] && as_root=(sudo)
echo "Installing ${missing[*]} for the tests..." >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
