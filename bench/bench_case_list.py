"""The docket model on 1,000,000 cases: first rows, search per keystroke, scroll to the end, peak memory.

Pages are read in workers: for the first rows and each keystroke it prints the UI thread's share (the call
that asks for the page) and the time until the rows are shown, beside the same page read on the UI thread
(as the model did before, same run), in the default order and in a lawyer's priority docket.
Targets: first rows < 200 ms, search < 100 ms per keystroke, UI thread < 50 ms, RSS < 400 MB, never all rows
in memory.
Run: .venv/bin/python bench/bench_case_list.py [--cases N] [--postgresql]
(--postgresql builds the same docket by COPY in a throw-away cluster, then VACUUM ANALYZE, as autovacuum would.)
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

    from legal_desk.db import search
    from legal_desk.db.models import Case, User
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
    with desk.reading() as s:
        cedula = s.execute(select(Case.debtor_id_number).where(Case.lawyer_id == user_id).limit(1)).scalar_one()
    for label, query in [
        ("lawyer's «Mis expedientes», one debtor's cédula", CaseQuery(lawyer_id=user_id, with_unclaimed=True)),
        ("whole docket by debtor, one debtor's cédula", CaseQuery(order="debtor")),
    ]:
        query = replace(query, order=query.order if query.lawyer_id is None else "priority", search=cedula, limit=200)
        now = statistics.median(timed(lambda q=query: cases.list_cases(desk, lawyer, q)) for _ in range(5))
        line = f"{label}: {ms(now)}"
        # beside the FTS5 / tsquery subquery alone (no match ids looked up first)
        few, search.FEW_MATCHES, few_pg, search.FEW_MATCHES_PG = search.FEW_MATCHES, -1, search.FEW_MATCHES_PG, -1
        before = statistics.median(timed(lambda q=query: cases.list_cases(desk, lawyer, q)) for _ in range(3))
        search.FEW_MATCHES, search.FEW_MATCHES_PG = few, few_pg
        line += f"   (search subquery alone, same run: {ms(before)}; {before / now:.0f}x)"
        print(line)
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
    parser.add_argument(
        "--postgresql",
        action="store_true",
        help="build the docket in a throw-away PostgreSQL cluster on loopback (tests/pg.py) instead of SQLite",
    )
    args = parser.parse_args()
    if not args.postgresql:
        return run(f"sqlite:///{build_db(args.cases)}", args.word)
    from bench.bulk_cases import postgresql_database
    from tests.pg import TestCluster

    cluster = TestCluster()
    try:
        url = cluster.start()
        postgresql_database(url, "case_list", args.cases)
        return run(url, args.word)
    finally:
        cluster.stop()


def run(db_url: str, word: str) -> int:
    """Time the docket on the database at db_url."""

    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication

    from legal_desk.config import Config
    from legal_desk.services.desk import Desk
    from legal_desk.services.users import actor_for
    from legal_desk.ui.context import UiContext
    from legal_desk.ui.events import AppEvents
    from legal_desk.ui.models.case_table import MIN_SEARCH_CHARS, CaseTableModel, read_page
    from legal_desk.ui.settings import UiSettings

    app = QApplication([])
    desk = Desk.open(Config(db_url=db_url, store_root=OUT / "case_list_store"))
    settings = UiSettings(QSettings(str(OUT / "bench_ui.ini"), QSettings.Format.IniFormat))
    ctx = UiContext(desk, actor_for(desk, "admin"), AppEvents(), settings)
    model = CaseTableModel(ctx)

    def until_rows(ask: Any) -> tuple[float, float]:
        """(UI thread busy asking, time until the rows are shown): the page is read in a worker."""
        started = time.perf_counter()
        ask()
        asked = time.perf_counter() - started
        while model.is_refreshing():
            app.processEvents()
            time.sleep(0.001)
        return asked, time.perf_counter() - started

    def on_ui_thread() -> float:
        """The same first page read on the UI thread, as the model did before."""
        return timed(lambda: read_page(desk, ctx.actor, model.query, None, 0))

    asked, first = until_rows(model.refresh)
    assert model.rowCount() == 200
    started = time.perf_counter()
    while model.total is None:
        app.processEvents()
        time.sleep(0.001)
    counted = time.perf_counter() - started
    print(f"{desk.dialect}, cases: {model.total:,}")
    print(
        f"first rows (200, counting in the background): shown after {ms(first)}   target < 200 ms;"
        f" UI thread {ms(asked)} (read on the UI thread, same run: {ms(on_ui_thread())})"
    )
    print(f"background count finished {ms(counted)} later (UI thread free meanwhile)")

    priority_docket(desk)

    from sqlalchemy import select

    from legal_desk.db.models import User

    with desk.reading() as s:
        lawyer_id = s.execute(select(User.id).where(User.role == "lawyer")).scalar_one()
    for label, base in [
        ("whole docket, by number", {}),
        (
            "lawyer's «Mis expedientes», priority order",
            {"lawyer_id": lawyer_id, "with_unclaimed": True, "order": "priority"},
        ),
    ]:
        model.set_filters(search="", **base)
        while model.is_refreshing():
            app.processEvents()
        QThreadPool.globalInstance().waitForDone()
        times, before = [], []
        for i in range(MIN_SEARCH_CHARS, len(word) + 1):
            times.append(until_rows(lambda i=i: model.set_filters(search=word[:i])))
            before.append(on_ui_thread())
            QThreadPool.globalInstance().waitForDone()  # the user types slower than the count
            app.processEvents()
        per_key = ", ".join(f"{word[: i + MIN_SEARCH_CHARS]!r} {t[1] * 1000:.0f}" for i, t in enumerate(times))
        print(f"search per keystroke, {label} (ms until shown): {per_key}")
        print(
            f"  worst keystroke: shown after {ms(max(t[1] for t in times))}   target < 100 ms;"
            f" UI thread {ms(max(t[0] for t in times))}   (read on the UI thread before, same run:"
            f" worst {ms(max(before))})   ({model.total:,} matches for {word!r})"
        )
    print(f"(1-{MIN_SEARCH_CHARS - 1} characters do not query: the docket stays as it is)")

    until_rows(lambda: model.set_filters(search="", lawyer_id=None, with_unclaimed=False, order="id"))
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()
    loads = model.page_loads
    started = time.perf_counter()
    fetches = 0
    while model.canFetchMore():
        model.fetchMore()
        fetches += 1
    last_row = model.rowCount() - 1
    last_case = model.row_at(last_row)  # a command's read (painting reads it in a worker)
    last = last_case.account_ref if last_case is not None else None
    scrolled = time.perf_counter() - started
    print(
        f"scroll to the end: {fetches:,} fetchMore calls, {model.rowCount():,} rows exposed, last {last!r}, "
        f"{model.page_loads - loads} page queries, {ms(scrolled)}"
    )

    def painted(rows: range) -> tuple[float, float]:
        """Paint rows whose pages are not cached: (UI thread busy, time until they are shown)."""
        busy, started = 0.0, time.perf_counter()
        for row in rows:
            busy += timed(lambda row=row: model.data(model.index(row, 0)))  # asks for the page
            while model.is_loading():
                app.processEvents()
                time.sleep(0.001)
            busy += timed(lambda row=row: model.data(model.index(row, 0)))  # paints it
        return busy, time.perf_counter() - started

    def on_ui(rows: range) -> float:
        """The same pages read on the UI thread, as the model painted them before (same run)."""
        return sum(
            timed(lambda row=row: read_page(desk, ctx.actor, model.query, model.total, row // 200)) for row in rows
        )

    back = range(last_row, max(0, last_row - 10_000), -200)  # scroll back up 50 pages
    busy, shown_after = painted(back)
    print(
        f"scrolling back 50 pages near the end: shown after {ms(shown_after)}, UI thread {ms(busy)} in all"
        f" (read on the UI thread before, same run: {ms(on_ui(back))})"
    )
    middle = model.rowCount() // 2 - 1000
    busy, shown_after = painted(range(middle, middle + 1))
    print(
        f"jump to the middle (row {middle:,}): shown after {ms(shown_after)}, UI thread {ms(busy)}"
        f" (read on the UI thread before, same run: {ms(on_ui(range(middle, middle + 1)))})"
    )
    print(f"rows held by the model: {model.rows_held():,} (of {model.rowCount():,})")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak_mb:.0f} MB   target < 400 MB")
    model.deleteLater()
    app.processEvents()
    desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
