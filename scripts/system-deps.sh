#!/usr/bin/env bash
# Installs the Debian packages legal_desk needs. Usage: scripts/system-deps.sh [app|test]
# "app": what the desktop app needs on a real Linux desktop (Qt xcb plugin deps, LibreOffice Writer for
# the generated documents and Office evidence previews, Calc for Excel evidence previews).
# "test": the above plus PostgreSQL, qpdf, poppler-utils and Xvfb for the test suite.
set -euo pipefail
what="${1:-app}"
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
app_pkgs=(python3 python3-venv python3-pip libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4
  libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
  libxcb-xkb1 libegl1 libgl1 libfontconfig1 libdbus-1-3 libnss3 libxcomposite1 libxdamage1 libxrandr2
  libxtst6 libxkbfile1 libasound2 fonts-dejavu-core fonts-liberation libreoffice-writer-nogui sqlite3
  libreoffice-calc-nogui
  poppler-utils qpdf)
test_pkgs=(postgresql xvfb xauth x11-apps imagemagick)
pkgs=("${app_pkgs[@]}")
if [ "$what" = test ]; then pkgs+=("${test_pkgs[@]}"); fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
