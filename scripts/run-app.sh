#!/usr/bin/env bash
# Installs everything legal_desk needs on Debian and starts the desktop app on the embedded SQLite
# database (created with a demo portfolio the first time). Extra arguments go to `legal-desk`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh app
bash scripts/setup-venv.sh app
DATA_DB="$(.venv/bin/python -c 'from legal_desk.config import Config; print(Config.load().sqlite_path)')"
if [ ! -s "$DATA_DB" ]; then
  echo "Primera ejecución: creando una cartera de demostración en $DATA_DB …"
  .venv/bin/legal-desk db upgrade
  .venv/bin/legal-desk demo --cases "${LEGAL_DESK_DEMO_CASES:-2000}"
fi
exec .venv/bin/legal-desk "$@"
