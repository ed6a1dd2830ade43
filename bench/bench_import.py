"""Import of N referral rows (default 100,000) vs. the sqlite3 shell's bare `.import` of the same file.

Prints rows/s for legal_desk (validating every row, writing cases, parties, debts, the search index
and the audit event in one transaction) and the time of `.import` into a bare table; the ratio is
what counts (target: within 5x). Also prints the time of reading and validating alone (no writes),
measured separately in the same run, and the same import with the file read in-process rather than in
the reader process (legal_desk.importing.background).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import admin, temp_desk, write_referrals
from legal_desk.db.bulk import defer_indexes, rebuild_indexes
from legal_desk.db.search import FTS_TABLE
from legal_desk.importing.referrals import read_referrals
from legal_desk.services.desk import Desk
from legal_desk.services.intake import import_referrals


def bare_import(csv_path: Path) -> float:
    """Time of `sqlite3 db '.import'` into a bare table (headers as columns, no checks)."""
    sqlite = shutil.which("sqlite3")
    if sqlite is None:
        raise SystemExit("sqlite3 (Debian package sqlite3) is needed for the baseline")
    db = Path(tempfile.mkdtemp()) / "bare.sqlite3"
    script = f".mode csv\n.separator ;\n.import '{csv_path}' referrals\n"
    t0 = time.perf_counter()
    subprocess.run([sqlite, str(db)], input=script.encode(), check=True)
    return time.perf_counter() - t0


def write_floor(source: Desk) -> float:
    """Seconds to write the rows an import made (read back from `source`) into an empty desk.

    What writing alone costs in SQLite for this schema: every table, index and the search index an
    import fills, with the app's connection settings (WAL, foreign keys), and no Python work per row
    beyond the driver's binding (columns empty in every row left to their NULL, as the import
    does). SQLite has one writer, so no import can finish faster than this.
    """
    tables = ["cases", "parties", "debts", FTS_TABLE]
    data: dict[str, tuple[list[str], list[Any]]] = {}
    with source.engine.connect() as conn:
        for name in tables:
            if name == FTS_TABLE:
                rows = conn.exec_driver_sql(f"SELECT rowid, words FROM {name}").all()
                data[name] = (["rowid", "words"], [tuple(r) for r in rows])
            else:
                result = conn.exec_driver_sql(f"SELECT * FROM {name}")
                cols, rows = list(result.keys()), [tuple(r) for r in result.all()]
                # Columns empty in every row are not bound, as the import does not (NULL literals).
                keep = [i for i in range(len(cols)) if any(r[i] is not None for r in rows)]
                data[name] = ([cols[i] for i in keep], [tuple(r[i] for i in keep) for r in rows])
    target, root = temp_desk("import_floor")
    try:
        # In chunks of 1,000 cases, table after table, as the import writes them.
        keyed = {
            name: (cols, cols.index({"cases": "id", FTS_TABLE: "rowid"}.get(name, "case_id")), rows)
            for name, (cols, rows) in data.items()
        }
        batches = []
        for name in tables:
            cols, key, rows = keyed[name]
            sql = f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
            groups: dict[int, list[Any]] = {}
            for r in rows:
                groups.setdefault((r[key] - 1) // 1000, []).append(r)
            batches.append((sql, groups))
        t0 = time.perf_counter()
        with target.engine.begin() as conn:  # one transaction, as the import
            raw = conn.connection.driver_connection
            assert raw is not None
            cur = raw.cursor()
            # The import builds the cases' plain indexes at the end when it loads an empty desk; so does the floor.
            deferred = defer_indexes(conn, "cases")
            for chunk in sorted(batches[0][1]):
                for sql, groups in batches:
                    if chunk in groups:
                        cur.executemany(sql, groups[chunk])
            rebuild_indexes(conn, deferred)
        return time.perf_counter() - t0
    finally:
        target.close()
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--postgresql", action="store_true", help="also import into a throw-away PostgreSQL cluster")
    args = ap.parse_args()
    desk, root = temp_desk("import")
    csv_path = write_referrals(root / "referrals.csv", args.rows)
    baseline = bare_import(csv_path)
    t0 = time.perf_counter()
    read_referrals(csv_path)
    validate_only = time.perf_counter() - t0
    t0 = time.perf_counter()
    rep = import_referrals(desk, admin(desk), csv_path)
    ours = time.perf_counter() - t0
    assert rep.accepted == args.rows, (rep.accepted, rep.errors[:3])
    print(f"rows: {args.rows}")
    print(f"legal_desk import: {ours:.2f} s  ({args.rows / ours:,.0f} rows/s, every row validated)")
    print(f"sqlite3 .import (bare table, no checks): {baseline:.2f} s  ({args.rows / baseline:,.0f} rows/s)")
    print(f"  of which reading and validating alone: {validate_only:.2f} s ({validate_only / baseline:.2f}x .import)")
    print(f"ratio legal_desk / sqlite3 .import: {ours / baseline:.2f}x  (target <= 5x)")
    # The same import with the file read in this process (no reader process): what the pipeline saves.
    desk2, root2 = temp_desk("import_inline")
    t0 = time.perf_counter()
    import_referrals(desk2, admin(desk2), csv_path, background=False)
    inline = time.perf_counter() - t0
    print(f"  same import read in-process (no reader process): {inline:.2f} s ({inline / baseline:.2f}x .import)")
    floor = write_floor(desk)
    print(
        f"  floor: the same rows, already in database form, written with executemany into the same tables "
        f"in one transaction (no parsing, no Python per row): {floor:.2f} s ({floor / baseline:.2f}x .import)"
    )
    if args.postgresql:
        postgresql(csv_path, args.rows)
    for d, r in ((desk, root), (desk2, root2)):
        d.close()
        shutil.rmtree(r, ignore_errors=True)


def postgresql(csv_path: Path, rows: int) -> None:
    """The same import into PostgreSQL (a throw-away cluster) vs. psql's bare `\\copy` of the file."""
    from tests.pg import TestCluster

    cluster = TestCluster()
    url = cluster.start()
    try:
        psql = [str(cluster.bindir / "psql"), "-q", "-h", "127.0.0.1", "-p", str(cluster.port), "-U", "postgres"]
        with open(csv_path, encoding="utf-8") as fh:
            columns = ", ".join(f"c{i} text" for i in range(len(fh.readline().split(";"))))
        subprocess.run([*psql, "-c", f"CREATE TABLE referrals ({columns})"], check=True)
        t0 = time.perf_counter()
        subprocess.run(
            [*psql, "-c", f"\\copy referrals FROM '{csv_path}' WITH (FORMAT csv, DELIMITER ';', HEADER)"], check=True
        )
        baseline = time.perf_counter() - t0
        desk, root = temp_desk("import_pg", db_url=url)
        t0 = time.perf_counter()
        rep = import_referrals(desk, admin(desk), csv_path)
        ours = time.perf_counter() - t0
        assert rep.accepted == rows, (rep.accepted, rep.errors[:3])
        print(
            f"postgresql: legal_desk import {ours:.2f} s ({rows / ours:,.0f} rows/s); psql \\copy (bare table) "
            f"{baseline:.2f} s; ratio {ours / baseline:.2f}x"
        )
        desk.close()
        shutil.rmtree(root, ignore_errors=True)
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
