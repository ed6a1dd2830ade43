"""Search and docket paging over N cases (default 1,000,000): median and 95th percentile per query.

Baselines measured in the same run: a primary-key fetch of one case row (the floor of any query) and a
naive `LIKE '%word%'` scan of debtor names (what the search index saves). Targets: name search median
< 50 ms, first page of the case list < 20 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from bench._common import admin, temp_desk
from bench.bulk_cases import build_cases
from legal_desk.services.cases import CaseQuery, count_cases, list_cases
from legal_desk.services.desk import Desk


def timed(fn, repeat: int = 1) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def report(label: str, samples: list[float]) -> None:
    samples = sorted(samples)
    p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
    print(f"{label:<48} median {statistics.median(samples):8.2f} ms   p95 {p95:8.2f} ms   (n={len(samples)})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cases", type=int, default=1_000_000)
    ap.add_argument(
        "--postgresql",
        action="store_true",
        help="run on a throw-away PostgreSQL cluster on loopback (tests/pg.py) instead of SQLite",
    )
    args = ap.parse_args()
    cluster = None
    if args.postgresql:
        from tests.pg import TestCluster

        cluster = TestCluster()
        desk, _root = temp_desk("search", db_url=cluster.start())
    else:
        desk, _root = temp_desk("search")
    try:
        run(desk, args.cases)
    finally:
        desk.close()
        if cluster is not None:
            cluster.stop()


def run(desk: Desk, n_cases: int) -> None:
    """Build n_cases and time the queries."""
    t0 = time.perf_counter()
    build_cases(desk, n_cases)
    with desk.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    print(f"{desk.dialect}: built {n_cases:,} cases in {time.perf_counter() - t0:.1f} s")
    actor = admin(desk)
    names = [
        "ñañez",
        "gomez",
        "rodriguez peña",
        "maria",
        "quiñones",
        "suarez diana",
        "castaño",
        "lucia zuluaga",
        "oscar",
        "restrepo",
    ]
    others = ["OB-0123456", "10000", "110014003012", "ob-09"]
    list_cases(desk, actor, CaseQuery(search="warm", limit=50))
    report(
        "name search, first page of 50",
        [t for q in names for t in timed(lambda q=q: list_cases(desk, actor, CaseQuery(search=q, limit=50)), 5)],
    )
    report(
        "ID / account / radicado search, first page",
        [t for q in others for t in timed(lambda q=q: list_cases(desk, actor, CaseQuery(search=q, limit=50)), 5)],
    )
    report("case list first page (no filter)", timed(lambda: list_cases(desk, actor, CaseQuery(limit=50)), 30))
    report(
        "case list first page, stage filter",
        timed(lambda: list_cases(desk, actor, CaseQuery(stage="FILED", limit=50)), 30),
    )
    report(
        "case list page at offset 500,000",
        timed(lambda: list_cases(desk, actor, CaseQuery(limit=200, offset=min(500_000, n_cases // 2))), 5),
    )
    report(
        "count of a name search",
        [t for q in names[:5] for t in timed(lambda q=q: count_cases(desk, actor, CaseQuery(search=q)), 3)],
    )
    with desk.engine.connect() as conn:
        report(
            "baseline: primary-key fetch of one case",
            timed(lambda: conn.exec_driver_sql("SELECT * FROM cases WHERE id = 4321").fetchall(), 30),
        )
        report(
            "baseline: naive LIKE '%nanez%' scan, first 50",
            timed(
                lambda: conn.execute(
                    text("SELECT id FROM cases WHERE debtor_name LIKE :p ORDER BY id LIMIT 50 OFFSET 4000"),
                    {"p": "%ñañez%"},
                ).fetchall(),
                5,
            ),
        )


if __name__ == "__main__":
    main()
