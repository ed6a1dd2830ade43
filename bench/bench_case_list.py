"""The docket model on 1,000,000 cases: first rows, search per keystroke, scroll to the end, peak memory.

Targets: first rows < 200 ms, search < 100 ms per keystroke, RSS < 400 MB, never all rows in memory.
Run: .venv/bin/python bench/bench_case_list.py [--cases N]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build_db(n: int) -> Path:
    """The cached benchmark database of n cases."""
    from bench.bulk_cases import cached_database

    return cached_database("case_list", n)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def priority_docket(desk: Any) -> None:
    """A lawyer's default docket (their cases and unaccepted handovers, nearest limitation first).

    Beside it, the same page by one ORDER BY over every matching case (how it was read before
    the segmented reading), measured in the same run.
    """
    from sqlalchemy import select

    from legal_desk.db.models import User
    from legal_desk.services import cases
    from legal_desk.services.cases import CaseQuery
    from legal_desk.services.users import actor_for

    with desk.reading() as s:
        username, user_id = s.execute(select(User.username, User.id).where(User.role == "lawyer")).first()
    lawyer = actor_for(desk, username)
    for label, query in [
        ("lawyer's «Mis expedientes», priority order", CaseQuery(lawyer_id=user_id, with_unclaimed=True)),
        ("whole docket, priority order", CaseQuery()),
    ]:
        query = replace(query, order="priority", limit=200)
        now = statistics.median(timed(lambda q=query: cases.list_cases(desk, lawyer, q)) for _ in range(5))

        def one_sort(q: CaseQuery = query) -> None:
            with desk.reading() as s:
                page = cases._filtered(cases._base_rows_query(), q, lawyer)
                s.execute(page.order_by(*cases._ORDERS["priority"]).limit(200)).all()

        before = statistics.median(timed(one_sort) for _ in range(3))
        print(f"{label}, first 200 rows: {ms(now)}   (one full sort, same run: {ms(before)}; {before / now:.0f}x)")
    admin = actor_for(desk, "admin")
    per_order = []
    for order in cases._ORDERS:
        q = CaseQuery(order=order, limit=200)
        took = statistics.median(timed(lambda q=q: cases.list_cases(desk, admin, q)) for _ in range(3))
        per_order.append(f"{order} {took * 1000:.0f}")
    print(f"first 200 rows per docket order (header clicks), ms: {', '.join(per_order)}")


def timed(fn: Any) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--word", default="restrepo", help="typed one key at a time")
    args = parser.parse_args()
    db = build_db(args.cases)

    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication

    from legal_desk.config import Config
    from legal_desk.services.desk import Desk
    from legal_desk.services.users import actor_for
    from legal_desk.ui.context import UiContext
    from legal_desk.ui.events import AppEvents
    from legal_desk.ui.models.case_table import MIN_SEARCH_CHARS, CaseTableModel
    from legal_desk.ui.settings import UiSettings

    app = QApplication([])
    desk = Desk.open(Config(db_url=f"sqlite:///{db}", store_root=OUT / "case_list_store"))
    settings = UiSettings(QSettings(str(OUT / "bench_ui.ini"), QSettings.Format.IniFormat))
    ctx = UiContext(desk, actor_for(desk, "admin"), AppEvents(), settings)
    model = CaseTableModel(ctx)

    started = time.perf_counter()
    model.refresh()
    first = time.perf_counter() - started
    assert model.rowCount() == 200
    started = time.perf_counter()
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()
    counted = time.perf_counter() - started
    print(f"cases: {model.total:,}")
    print(f"first rows (200, counting in the background): {ms(first)}   target < 200 ms")
    print(f"background count finished {ms(counted)} later (UI thread free meanwhile)")

    priority_docket(desk)

    times = []
    for i in range(MIN_SEARCH_CHARS, len(args.word) + 1):
        started = time.perf_counter()
        model.set_filters(search=args.word[:i])
        times.append(time.perf_counter() - started)
        QThreadPool.globalInstance().waitForDone()  # the user types slower than the count
        app.processEvents()
    per_key = ", ".join(f"{args.word[: i + MIN_SEARCH_CHARS]!r} {t * 1000:.0f}" for i, t in enumerate(times))
    print(f"search per keystroke (ms): {per_key}")
    print(f"(1-{MIN_SEARCH_CHARS - 1} characters do not query: the docket stays as it is)")
    print(f"search worst keystroke: {ms(max(times))}   target < 100 ms   ({model.total:,} matches for {args.word!r})")

    model.set_filters(search="")
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()
    loads = model.page_loads
    started = time.perf_counter()
    fetches = 0
    while model.canFetchMore():
        model.fetchMore()
        fetches += 1
    last_row = model.rowCount() - 1
    last = model.data(model.index(last_row, 0))
    scrolled = time.perf_counter() - started
    print(
        f"scroll to the end: {fetches:,} fetchMore calls, {model.rowCount():,} rows exposed, last {last!r}, "
        f"{model.page_loads - loads} page queries, {ms(scrolled)}"
    )
    started = time.perf_counter()
    for row in range(last_row, max(0, last_row - 10_000), -200):  # scroll back up 50 pages
        model.data(model.index(row, 0))
    print(f"scrolling back 50 pages near the end: {ms(time.perf_counter() - started)}")
    middle = model.rowCount() // 2 - 1000
    started = time.perf_counter()
    model.data(model.index(middle, 0))
    print(f"jump to the middle (row {middle:,}): {ms(time.perf_counter() - started)}")
    print(f"rows held by the model: {model.rows_held():,} (of {model.rowCount():,})")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak_mb:.0f} MB   target < 400 MB")
    model.deleteLater()
    app.processEvents()
    desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
