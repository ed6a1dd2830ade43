"""Start-up time: process start → main window shown with the first docket rows, on 100,000 cases.

Compared, in the same run, with a bare QApplication showing an empty QMainWindow. Target: < 1.5 s.
Run: .venv/bin/python bench/bench_startup.py [--cases N] [--runs R]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))

APP_CHILD = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)

def check():
    from legal_desk.ui.main_window import MainWindow
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow) and w.isVisible() and w.docket is not None and w.docket.model.rowCount() > 0:
            print(f"READY {time.time():.6f} rows={w.docket.model.rowCount()}", flush=True)
            app.quit()
            return
    QTimer.singleShot(5, check)

QTimer.singleShot(0, check)
from legal_desk.app import main
sys.exit(main(db=sys.argv[1], store=sys.argv[2]))
"""

BARE_CHILD = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow()
w.resize(1280, 800)
w.show()
def done():
    print(f"READY {time.time():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def build_db(n: int) -> Path:
    """The cached benchmark database of n cases."""
    from bench.bulk_cases import cached_database

    return cached_database("startup", n)


def run_child(code: str, args: list[str], env: dict[str, str]) -> float:
    """Seconds from launching the process to its READY line."""
    started = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("READY")), None)
    if line is None:
        raise SystemExit(f"the child did not start:\n{proc.stdout}\n{proc.stderr}")
    return float(line.split()[1]) - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    db = build_db(args.cases)
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
            XDG_CONFIG_HOME=home,
            HOME=home,
            LEGAL_DESK_AUTOLOGIN="admin",
            PYTHONPATH=str(ROOT),
        )
        store = str(Path(home) / "store")
        app_times = [run_child(APP_CHILD, [str(db), store], env) for _ in range(args.runs)]
        bare_times = [run_child(BARE_CHILD, [], env) for _ in range(args.runs)]
    app_s, bare_s = statistics.median(app_times), statistics.median(bare_times)
    print(f"cases: {args.cases:,}  runs: {args.runs} (median)")
    print(f"bare QApplication + empty QMainWindow: {bare_s:.3f} s")
    print(f"legal_desk main window with first rows: {app_s:.3f} s")
    print(f"ratio: {app_s / bare_s:.1f}x   target < 1.5 s: {'OK' if app_s < 1.5 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
