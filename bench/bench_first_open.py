"""The first case file opened in a session, beside the later ones, on a docket of 100,000 cases.

Each run is a fresh process started like the app (log-in as admin, main window with the docket). It idles
for a while after start-up (a user reads the docket before opening a case), timing the longest stretch the UI
thread is busy meanwhile (until the warm-up starts, then while it runs); then opens four cases one after the
other, timing the longest busy stretch from the double-click until each case is shown. Beside it, in the same
run, the same with the background warm-up off (MainWindow.WARM_UP_MODULES emptied): how the first case opened
before, importing the case file, its tabs and the document engine on the UI thread. Target: the first open no
slower than the later ones (~100 ms at most).
Run: .venv/bin/python bench/bench_first_open.py [--cases N] [--runs R] [--idle-ms MS]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHILD = r"""
import json, sys
from PySide6.QtCore import QElapsedTimer, QThread
from legal_desk.app import make_application, open_desk
from legal_desk.config import Config

db, store, warm, idle_ms = sys.argv[1], sys.argv[2], sys.argv[3] == "1", int(sys.argv[4])
app = make_application([])
import legal_desk.ui.main_window as mw
from legal_desk.services.users import actor_for
from legal_desk.ui.context import UiContext
from legal_desk.ui.events import AppEvents
from legal_desk.ui.i18n import install_language
from legal_desk.ui.settings import UiSettings

if not warm:
    mw.WARM_UP_MODULES = ()
settings = UiSettings()
install_language(settings.language)
desk = open_desk(Config.load(db, store))
ctx = UiContext(desk, actor_for(desk, "admin"), AppEvents(), settings)
window = mw.MainWindow(ctx)
window.show()
timer, clock = QElapsedTimer(), QElapsedTimer()
clock.start()

def step(longest):
    timer.restart()
    app.processEvents()
    QThread.msleep(1)
    return max(longest, timer.elapsed())

settle, idle, warmed_in = 0, 0, None
while clock.elapsed() < idle_ms:
    if clock.elapsed() < mw.WARM_UP_DELAY_MS:
        settle = step(settle)
    else:
        idle = step(idle)
    thread = window.warm_up_thread
    if warmed_in is None and thread is not None and not thread.is_alive():
        warmed_in = clock.elapsed()
ids = [window.docket.model.case_id_at(row) for row in range(4)]
opens = []
for case_id in ids:
    timer.restart()
    view = window.open_case(case_id)
    longest = timer.elapsed()
    while view.is_loading():
        longest = step(longest)
    longest = step(longest)  # the shown case is painted
    opens.append(longest)
print("RESULT " + json.dumps({"settle": settle, "idle": idle, "opens": opens, "warmed_in": warmed_in}), flush=True)
desk.close()
"""


def build_db(n: int) -> Path:
    """The cached benchmark database of n cases (the start-up benchmark's)."""
    from bench.bulk_cases import cached_database

    return cached_database("startup", n)


def run_child(db: Path, warm: bool, idle_ms: int, env: dict[str, str], store: str) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(db), store, "1" if warm else "0", str(idle_ms)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")), None)
    if line is None:
        raise SystemExit(f"the child failed:\n{proc.stdout}\n{proc.stderr}")
    result: dict[str, object] = json.loads(line.removeprefix("RESULT "))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--idle-ms", type=int, default=2500, help="time between start-up and the first open")
    args = parser.parse_args()
    db = build_db(args.cases)
    results: dict[bool, list[dict[str, object]]] = {True: [], False: []}
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
            XDG_CONFIG_HOME=home,
            HOME=home,
            PYTHONPATH=str(ROOT),
        )
        store = str(Path(home) / "store")
        for _ in range(args.runs):  # interleaved, so both see the same machine load
            for warm in (True, False):
                results[warm].append(run_child(db, warm, args.idle_ms, env, store))

    def median(warm: bool, key: str, index: int | None = None) -> int:
        values = [r[key] if index is None else r[key][index] for r in results[warm]]  # type: ignore[index]
        return int(statistics.median(values))  # type: ignore[arg-type]

    print(f"cases: {args.cases:,}  runs: {args.runs} (median)  first open {args.idle_ms} ms after start-up")
    print("UI thread busy, longest stretch (ms)        warm-up on   warm-up off (before, same run)")
    print(f"  start-up, until the warm-up starts        {median(True, 'settle'):6d}       {median(False, 'settle'):6d}")
    print(f"  idle, from then until the first open      {median(True, 'idle'):6d}       {median(False, 'idle'):6d}")
    for i, label in enumerate(("first case opened", "second case", "third case", "fourth case")):
        print(f"  {label:<40}  {median(True, 'opens', i):6d}       {median(False, 'opens', i):6d}")
    warmed = [r["warmed_in"] for r in results[True] if r["warmed_in"] is not None]
    if warmed:
        print(f"warm-up imports done {statistics.median(warmed):.0f} ms after the window was shown")  # type: ignore[type-var]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
