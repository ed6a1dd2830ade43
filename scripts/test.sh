#!/usr/bin/env bash
# Installs what the tests need (PostgreSQL, LibreOffice, qpdf, poppler, Xvfb, Python test extras)
# and runs the whole suite: lint, type check, then pytest (unit, integration on SQLite and a
# throw-away PostgreSQL cluster on loopback, UI offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh test
bash scripts/setup-venv.sh test
export QT_QPA_PLATFORM=offscreen
echo "== ruff"
.venv/bin/ruff check legal_desk tests bench scripts
echo "== mypy"
.venv/bin/mypy
echo "== pytest"
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
