"""Benchmark: recompute every open deadline of 100,000 cases after a closure (target < 5 s on SQLite).

Run: `.venv/bin/python bench/bench_recompute.py [--cases N]`. Builds a throw-away SQLite database
(bulk inserts for setup speed), adds a closure, times `recompute_all`, then times a plain loop that
only reads the same event + deadline rows, and prints both and their ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, insert, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from legal_desk.config import Config
from legal_desk.db.models import Case, CaseEvent, Closure, Deadline, Debt
from legal_desk.domain.calendar import JudicialCalendar
from legal_desk.domain.deadlines import compute_deadlines
from legal_desk.domain.text import sort_key
from legal_desk.services.deadlines import explanation, open_deadlines_query, recompute_all
from legal_desk.services.desk import Desk
from legal_desk.services.users import SYSTEM, ensure_admin

COURTS = [f"Juzgado {n} Civil Municipal de Bogotá" for n in range(1, 41)]
FIRST_EVENT = dt.date(2025, 6, 2)
CLOSURE = (dt.date(2025, 10, 6), dt.date(2025, 10, 8))


def build(desk: Desk, n: int) -> None:
    """Bulk-insert n cases, each with a debt, one DEBTOR_SERVED event and its two deadlines."""
    calendar = JudicialCalendar("CO")
    memo: dict[dt.date, list] = {}
    cases, debts, events, deadlines = [], [], [], []
    for i in range(1, n + 1):
        date = FIRST_EVENT + dt.timedelta(days=i % 240)
        court = COURTS[i % len(COURTS)]
        computed = memo.get(date)
        if computed is None:
            computed = memo[date] = compute_deadlines("DEBTOR_SERVED", date, calendar)
        cases.append(
            {
                "id": i,
                "account_ref": f"OB-{i:07d}",
                "stage": "DEBTOR_SERVED",
                "jurisdiction": "CO",
                "court": court,
                "debtor_name": f"Deudor {i}",
                "debtor_sort": sort_key(f"Deudor {i}"),
                "capital": Decimal("1000000.00"),
                "next_deadline": computed[0].due,
                "limitation_date": dt.date(2027, 3, 15),
            }
        )
        debts.append({"id": i, "case_id": i, "capital": Decimal("1000000.00"), "due_date": dt.date(2024, 3, 15)})
        events.append({"id": i, "case_id": i, "code": "DEBTOR_SERVED", "date": date})
        for j, d in enumerate(computed):
            deadlines.append(
                {
                    "id": 2 * i - 1 + j,
                    "case_id": i,
                    "event_id": i,
                    "rule_code": d.rule.code,
                    "label": d.rule.label_es,
                    "event_date": date,
                    "due": d.due,
                    "explanation": explanation(d),
                    "status": "open",
                }
            )
    with desk.uow() as uow:
        conn = uow.session.connection()
        for model, rows in ((Case, cases), (Debt, debts), (CaseEvent, events), (Deadline, deadlines)):
            conn.execute(insert(model.__table__), rows)
        uow.commit()


def read_loop(desk: Desk) -> tuple[float, int]:
    """Only read the event + deadline rows recompute reads, and iterate them."""
    started = time.perf_counter()
    count = 0
    with desk.reading() as s:
        rows = s.execute(open_deadlines_query("CO"))  # exactly what recompute reads
        for _row in rows:
            count += 1
        for _row in s.execute(
            select(
                Case.id, Case.court, Case.city, Case.next_deadline, Case.limitation_date, Debt.due_date, Debt.title_type
            ).outerjoin(Debt, Debt.case_id == Case.id)
        ):
            count += 1
    return time.perf_counter() - started, count


def main() -> int:
    """Build, recompute, read; print the timings."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--closure-from", type=dt.date.fromisoformat, default=CLOSURE[0])
    parser.add_argument("--closure-to", type=dt.date.fromisoformat, default=CLOSURE[1])
    args = parser.parse_args()
    closure = (args.closure_from, args.closure_to)
    with tempfile.TemporaryDirectory() as tmp:
        desk = Desk.open(Config(db_url=f"sqlite:///{Path(tmp) / 'bench.sqlite3'}", store_root=Path(tmp) / "store"))
        ensure_admin(desk)
        t0 = time.perf_counter()
        build(desk, args.cases)
        print(f"setup: {args.cases:,} cases, {2 * args.cases:,} deadlines in {time.perf_counter() - t0:.1f} s")
        with desk.uow() as uow:
            uow.session.add(Closure(jurisdiction="CO", start=closure[0], end=closure[1], reason="Paro judicial"))
            uow.commit()
        t0 = time.perf_counter()
        changed = recompute_all(desk, SYSTEM, "CO")
        recompute_s = time.perf_counter() - t0
        with desk.reading() as s:
            moved = s.execute(select(func.count()).where(Deadline.due > closure[0])).scalar()
        read_s, rows = read_loop(desk)
        print(f"recompute_all: {recompute_s:.2f} s ({changed:,} deadlines changed; {moved:,} due after the closure)")
        print(f"plain read loop: {read_s:.2f} s ({rows:,} rows)")
        print(
            f"ratio recompute/read: {recompute_s / read_s:.1f}x   target < 5 s: {'OK' if recompute_s < 5 else 'FAIL'}"
        )
        desk.close()
    return 0 if recompute_s < 5 else 1


if __name__ == "__main__":
    sys.exit(main())
