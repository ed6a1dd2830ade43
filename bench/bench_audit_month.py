"""«Aceptados este mes» (the collections dashboard) over an audit chain of N events (default 2,000,000).

The month's acceptances are the audited stage changes INTAKE → EVIDENCE in that month
(services.cases.accepted_case_ids). Prints the time of that query as the app runs it, beside the same
query with the partial index of stage changes by time dropped, in the same run (how it read before:
every event of the chain). One event in ten is a stage change, spread over four years.
Run: .venv/bin/python bench/bench_audit_month.py [--events N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select

from bench._common import temp_desk
from legal_desk.services.cases import accepted_case_ids, month_bounds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=2_000_000)
    n = ap.parse_args().events
    desk, root = temp_desk("audit_month")
    rnd = random.Random(1)
    first = dt.datetime(2023, 1, 1)
    step = 4 * 365 * 86400 / n
    stage = (json.dumps({"stage": "INTAKE"}), json.dumps({"stage": "EVIDENCE"}))
    rows = []
    for i in range(n):
        at = first + dt.timedelta(seconds=i * step)
        if rnd.random() < 0.1:
            rows.append((at, "abogada", "case.stage", "case", i % 100_000, "Recibido → Pruebas", *stage))
        else:
            rows.append((at, "abogada", "contact.add", "contact", i % 100_000, "Llamada: No contesta", None, "{}"))
    t0 = time.perf_counter()
    with desk.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO audit_events (at, username, action, entity, case_id, summary, before, after, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', '')",
            rows,
        )
    print(f"{n:,} audit events written in {time.perf_counter() - t0:.1f} s")
    start, end = month_bounds(first.date() + dt.timedelta(days=3 * 365 + 30))
    query = select(func.count()).select_from(accepted_case_ids(start, end).subquery())

    def median_ms() -> tuple[float, int]:
        times, found = [], 0
        with desk.reading() as s:
            for _ in range(5):
                t = time.perf_counter()
                found = int(s.execute(query).scalar_one())
                times.append((time.perf_counter() - t) * 1000)
        return statistics.median(times), found

    ours, found = median_ms()
    with desk.engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_audit_events_stage_at")
    before, again = median_ms()
    assert found == again
    print(
        f"one month's acceptances ({found:,}): {ours:.1f} ms   "
        f"(without the partial index, same run: {before:.1f} ms; {before / ours:.0f}x)"
    )
    desk.close()
    shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
