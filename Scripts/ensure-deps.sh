#!/usr/bin/env bash
# Installs what vnalign needs from Debian and is not there yet: ICU's headers (libicu-dev,
# found with pkg-config) and Unicode's Unihan data (unicode-data, for the Hán-Việt table check).
set -euo pipefail

missing=()
if ! command -v pkg-config >/dev/null 2>&1; then
  missing+=(pkg-config)
fi
if ! pkg-config --exists icu-uc icu-i18n 2>/dev/null; then
  missing+=(libicu-dev)
fi
if [ ! -f /usr/share/unicode/Unihan_Readings.txt.bz2 ]; then
  missing+=(unicode-data)
fi
if ! command -v bzcat >/dev/null 2>&1; then
  missing+=(bzip2)
fi

if ((${#missing[@]})); then
  echo "vnalign: installing ${missing[*]} (apt-get)" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "vnalign: swift is not on PATH; install Swift 6.x (https://swift.org/install) and try again" >&2
  exit 1
fi
