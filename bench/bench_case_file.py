"""One heavy case file (2,000 contacts, 500 files, 300 payments, 200 hearings) on a docket of 100,000 cases.

Prints, on the UI thread (QElapsedTimer): opening the case file, a reload after a save, each tab switch; beside
the same run's baseline, i.e. the work the case file did before (every table fitted to 1,000 rows and every
cell formatted on each reload). A reload after a save is read in a worker too: it prints the longest stretch
the UI thread is busy until the re-read case is shown, beside the same reload read on the UI thread (as it
ran before) and the older baseline. Opening reads the case in a worker: the UI thread is timed while the window
appears, then the longest single stretch it is busy until the case is shown (the wait itself is not blocking:
the window repaints and takes clicks meanwhile); its baseline is the same read and fitting done in one go on
the UI thread, as the case file opened before. The debt tab's liquidation (300 payments) is computed in a worker
too: its UI-thread time before (same run) is added to the reload's baseline and printed for a rate import.
Target: nothing over ~100 ms.
Run: .venv/bin/python bench/bench_case_file.py [--cases N] [--contacts N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build(cases: int, contacts: int) -> Path:
    """The cached docket plus one heavy case (built once per size)."""
    from bench.big_case import build_big_case, open_filed_case
    from bench.bulk_cases import cached_database
    from legal_desk.config import Config
    from legal_desk.services.demo import load_demo
    from legal_desk.services.desk import Desk
    from legal_desk.services.users import actor_for

    path = OUT / f"case_file_{cases}_{contacts}.sqlite3"
    if not path.exists():
        tmp = path.with_suffix(".building")
        shutil.copy(cached_database("case_list", cases), tmp)
        desk = Desk.open(Config(db_url=f"sqlite:///{tmp}", store_root=OUT / "case_file_store"))
        admin = actor_for(desk, "admin")
        load_demo(desk, admin, 5)  # realistic cases and the rate table the payments are liquidated with
        build_big_case(desk, admin, open_filed_case(desk, admin), contacts=contacts, scratch=OUT / "case_file_scratch")
        desk.close()
        tmp.rename(path)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--contacts", type=int, default=2000)
    args = parser.parse_args()
    db = build(args.cases, args.contacts)

    from PySide6.QtCore import QElapsedTimer, QSettings, QThread
    from PySide6.QtWidgets import QApplication

    from bench.big_case import open_filed_case
    from legal_desk.config import Config
    from legal_desk.services.desk import Desk
    from legal_desk.services.users import actor_for
    from legal_desk.ui.context import UiContext
    from legal_desk.ui.events import AppEvents
    from legal_desk.ui.settings import UiSettings
    from legal_desk.ui.views.case_file import CaseFileView
    from legal_desk.ui.views.case_tabs.common import RecordTab

    app = QApplication([])
    desk = Desk.open(Config(db_url=f"sqlite:///{db}", store_root=OUT / "case_file_store"))
    ini = OUT / "bench_case_file.ini"
    ini.unlink(missing_ok=True)
    ctx = UiContext(
        desk, actor_for(desk, "admin"), AppEvents(), UiSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    )
    case_id = open_filed_case(desk, ctx.actor)
    timer = QElapsedTimer()

    def old_work(view: CaseFileView) -> None:
        """What each reload did before: fit every table to 1,000 rows, format every cell."""
        for tab in view.findChildren(RecordTab):
            tab.table.horizontalHeader().setResizeContentsPrecision(1000)
            for row in range(tab.model.rowCount()):
                tab.model._texts(row)
            tab.table.resizeColumnsToContents()

    def old_open(view: CaseFileView) -> int:
        """How the case file opened before: read on the UI thread, every table fitted to its first rows."""
        from legal_desk.ui.views.case_file import load_case_file

        timer.restart()
        view._show(*load_case_file(ctx.desk, ctx.actor, case_id))
        for tab in view.findChildren(RecordTab):
            tab._fitted = False
            tab.fit_columns()
        app.processEvents()
        return timer.elapsed()

    timer.start()
    view = CaseFileView(ctx, case_id)
    view.resize(1280, 800)
    view.show()
    app.processEvents()
    appeared = timer.elapsed()
    waited, longest = QElapsedTimer(), 0
    waited.start()
    while view.is_loading() or view.debt_tab.is_computing():
        timer.restart()
        app.processEvents()
        longest = max(longest, timer.elapsed())
        QThread.msleep(1)
    timer.restart()
    app.processEvents()  # the shown case is painted
    longest = max(longest, timer.elapsed())
    shown = waited.elapsed()
    print(f"open: window up in     {appeared:6d} ms   (UI thread)")
    print(f"open: case shown after {shown:6d} ms   (read in a worker; longest UI-thread stretch {longest} ms)")
    print("first look at each tab (its columns are fitted then, no longer all at opening):")
    for i in range(view.tabs.count()):
        timer.restart()
        view.tabs.setCurrentIndex(i)
        app.processEvents()
        print(f"  tab {view.tabs.tabText(i):<22} {timer.elapsed():4d} ms")
    view.tabs.setCurrentIndex(0)
    app.processEvents()
    busy = max(appeared, longest)
    print(f"open: UI thread busy   {busy:6d} ms   baseline (before): {appeared + old_open(view):6d} ms")

    def sync_reload() -> int:
        """How a reload after a save ran before it moved to a worker: the case read on the UI thread."""
        from legal_desk.ui.views.case_file import load_case_file

        timer.restart()
        view._show(*load_case_file(ctx.desk, ctx.actor, case_id))
        app.processEvents()
        return timer.elapsed()

    def sync_liquidation() -> int:
        """How the debt tab liquidated before: on the UI thread, at every reload and rate import."""
        from legal_desk.services import payments
        from legal_desk.ui.dialogs.records import pydate

        tab = view.debt_tab
        timer.restart()
        tab._show_liquidation(payments.liquidation(ctx.desk, ctx.actor, case_id, pydate(tab.as_of.date())))
        app.processEvents()
        return timer.elapsed()

    print("reload after a save (read in a worker; UI thread = its longest busy stretch until the case is shown):")
    for _ in range(3):
        timer.restart()
        ctx.events.case_changed.emit(case_id)
        app.processEvents()
        longest = timer.elapsed()
        waited.restart()
        while view.is_loading() or view.debt_tab.is_computing():  # the liquidation is computed in a worker too
            timer.restart()
            app.processEvents()
            longest = max(longest, timer.elapsed())
            QThread.msleep(1)
        timer.restart()
        app.processEvents()
        longest = max(longest, timer.elapsed())
        shown = waited.elapsed()
        liquidated = sync_liquidation()
        on_ui = sync_reload()  # (its debt tab starts a liquidation in a worker: waited for below)
        while view.debt_tab.is_computing():
            app.processEvents()
            QThread.msleep(1)
        timer.restart()
        old_work(view)
        print(
            f"  UI thread busy {longest:4d} ms (shown after {shown:4d} ms)   read on the UI thread: {on_ui:4d} ms"
            f" + liquidation on the UI thread {liquidated:3d} ms   baseline (before): "
            f"{on_ui + liquidated + timer.elapsed():4d} ms"
        )
    print("rate table imported (rates_changed), the debt tab re-liquidates:")
    for _ in range(3):
        timer.restart()
        ctx.events.rates_changed.emit()
        app.processEvents()
        longest = timer.elapsed()
        while view.debt_tab.is_computing():
            timer.restart()
            app.processEvents()
            longest = max(longest, timer.elapsed())
            QThread.msleep(1)
        print(f"  UI thread busy {longest:4d} ms   liquidation on the UI thread (before): {sync_liquidation():4d} ms")
    print(f"rows: contacts {view.contacts_tab.model.rowCount()}, timeline {view.timeline_tab.model.rowCount()}")
    desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
