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

from bench._common import admin, temp_desk
from bench.bulk_cases import build_cases
from legal_desk.services.cases import CaseQuery, count_cases, list_cases


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
    args = ap.parse_args()
    desk, _root = temp_desk("search")
    t0 = time.perf_counter()
    build_cases(desk, args.cases)
    with desk.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    print(f"built {args.cases:,} cases in {time.perf_counter() - t0:.1f} s")
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
        timed(lambda: list_cases(desk, actor, CaseQuery(limit=200, offset=min(500_000, args.cases // 2))), 5),
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
                lambda: conn.exec_driver_sql(
                    "SELECT id FROM cases WHERE debtor_name LIKE '%ñañez%' ORDER BY id LIMIT 50 OFFSET 4000"
                ).fetchall(),
                5,
            ),
        )
    desk.close()


if __name__ == "__main__":
    main()
