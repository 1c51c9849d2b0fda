#!/usr/bin/env bash
# Installs what vnalign needs from Debian and is not there yet: ICU's headers (libicu-dev,
# found with pkg-config), SQLite's (libsqlite3-dev, which GRDB links for `vnalign archive`) and
# Unicode's Unihan data (unicode-data, for the Hán-Việt table check); for the browser check of the
# HTML report, Chromium, Python 3 with pip, and axe-core.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

missing=()
if ! command -v pkg-config >/dev/null 2>&1; then
  missing+=(pkg-config)
fi
if ! pkg-config --exists icu-uc icu-i18n 2>/dev/null; then
  missing+=(libicu-dev)
fi
if ! pkg-config --exists sqlite3 2>/dev/null; then
  missing+=(libsqlite3-dev)
fi
if [ ! -f /usr/share/unicode/Unihan_Readings.txt.bz2 ]; then
  missing+=(unicode-data)
fi
if ! command -v bzcat >/dev/null 2>&1; then
  missing+=(bzip2)
fi
if ! command -v chromium >/dev/null 2>&1; then
  missing+=(chromium)
fi
if ! command -v python3 >/dev/null 2>&1; then
  missing+=(python3 python3-pip)
elif ! python3 -m pip --version >/dev/null 2>&1; then
  missing+=(python3-pip)
fi

if ((${#missing[@]})); then
  echo "vnalign: installing ${missing[*]} (apt-get)" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# axe-core, the accessibility checker of Scripts/check-html-report.py: the PyPI package
# axe-playwright-python ships it as axe.min.js. Only the file is taken (pip download, then unzip
# into .build/tools/axe), so neither Playwright nor the system's Python is touched.
axe_version=0.1.8
axe_sha256=84494fec757e4710dc751c8d7a636e457f4532f08f85c86dc9070133fbff53bc
axe="$root/.build/tools/axe/axe_playwright_python/axe.min.js"
if [ ! -f "$axe" ] || ! echo "$axe_sha256  $axe" | sha256sum --check --status; then
  echo "vnalign: fetching axe-core (PyPI package axe-playwright-python $axe_version)" >&2
  wheels=$(mktemp -d)
  python3 -m pip download --quiet --no-deps --disable-pip-version-check -d "$wheels" "axe-playwright-python==$axe_version"
  rm -rf "$root/.build/tools/axe"
  mkdir -p "$root/.build/tools/axe"
  python3 -m zipfile -e "$wheels"/axe_playwright_python-*.whl "$root/.build/tools/axe"
  rm -rf "$wheels"
  if ! echo "$axe_sha256  $axe" | sha256sum --check --status; then
    echo "vnalign: $axe does not have the expected sha256 ($axe_sha256)" >&2
    exit 1
  fi
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "vnalign: swift is not on PATH; install Swift 6.x (https://swift.org/install) and try again" >&2
  exit 1
fi
