"""Fill a desk with many realistic docket rows fast (executemany; COPY on PostgreSQL), for benchmarks and UI tests."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import func, insert, select, text

from legal_desk.db import search
from legal_desk.db.bulk import write_rows
from legal_desk.db.models import Case, Debt, Party
from legal_desk.domain.lifecycle import FILED_STAGES, Stage
from legal_desk.domain.text import sort_key
from legal_desk.services.desk import Desk

FIRST = (
    "María",
    "José",
    "Luis",
    "Ana",
    "Carlos",
    "Diana",
    "Jorge",
    "Laura",
    "Andrés",
    "Paula",
    "Juan",
    "Camila",
    "Pedro",
    "Natalia",
    "Sergio",
    "Valentina",
    "Héctor",
    "Lucía",
    "Fernando",
    "Sofía",
    "Ricardo",
    "Gloria",
)
LAST = (
    "García",
    "Rodríguez",
    "Martínez",
    "López",
    "González",
    "Hernández",
    "Pérez",
    "Sánchez",
    "Ramírez",
    "Torres",
    "Gómez",
    "Díaz",
    "Vargas",
    "Castro",
    "Rojas",
    "Moreno",
    "Jiménez",
    "Ortiz",
    "Restrepo",
    "Cardona",
    "Muñoz",
    "Ospina",
    "Quintero",
    "Salazar",
    "Zapata",
    "Arango",
    "Betancur",
    "Londoño",
    "Mejía",
    "Valencia",
)
COURTS = (
    "Juzgado 3 Civil Municipal de Bogotá",
    "Juzgado 12 Civil Municipal de Medellín",
    "Juzgado 5 Civil Municipal de Cali",
    "Juzgado 1 Civil del Circuito de Barranquilla",
    "Juzgado 7 de Pequeñas Causas de Bogotá",
)
FILED = FILED_STAGES
CHUNK = 20_000


def build_cases(
    desk: Desk,
    n: int,
    *,
    seed: int = 1,
    lawyer_ids: Sequence[int | None] = (None,),
    handed_over_by_id: int | None = None,
    today: dt.date | None = None,
    with_terms: bool = True,
) -> int:
    """Insert `n` cases (with debtor, debt and search words); returns the first new case id."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    now = dt.datetime.combine(today, dt.time(9, 0))
    stages = list(Stage)
    pg = desk.dialect == "postgresql"
    with desk.uow() as uow:
        s = uow.session
        first_id = int(s.execute(select(func.coalesce(func.max(Case.id), 0))).scalar_one()) + 1
        party_id = int(s.execute(select(func.coalesce(func.max(Party.id), 0))).scalar_one()) + 1
        debt_id = int(s.execute(select(func.coalesce(func.max(Debt.id), 0))).scalar_one()) + 1
        for start in range(0, n, CHUNK):
            cases, parties, debts, terms = [], [], [], []
            for i in range(start, min(n, start + CHUNK)):
                cid = first_id + i
                stage = stages[rng.randrange(len(stages))]
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(LAST)}"
                id_number = str(10_000_000 + cid * 7)
                ref = f"OBL-{cid:08d}"
                capital = Decimal(rng.randrange(500_000, 250_000_000)) + Decimal(rng.randrange(100)) / 100
                due = today - dt.timedelta(days=rng.randrange(30, 1800))
                filed = stage in FILED
                radicado = f"11001400300{cid % 90 + 10}20{24 + cid % 2}{cid % 100000:05d}00" if filed else None
                cases.append(
                    {
                        "id": cid,
                        "account_ref": ref,
                        "stage": stage.value,
                        "jurisdiction": "CO",
                        "currency": "COP",
                        "debtor_name": name,
                        "debtor_sort": sort_key(name),
                        "debtor_id_number": id_number,
                        "capital": capital,
                        "recovered": (capital * rng.randrange(0, 40) / 100).quantize(Decimal("0.01")),
                        "archived": False,
                        "created_at": now,
                        "updated_at": now,
                        "updated_by": "bulk",
                        "version": 1,
                        "limitation_date": due + dt.timedelta(days=3 * 365),
                        "lawyer_id": lawyer_ids[cid % len(lawyer_ids)],
                        "handed_over_by_id": handed_over_by_id,
                        "handed_over_at": now,
                        "court": COURTS[cid % len(COURTS)] if filed else None,
                        "radicado": radicado,
                        "next_deadline": today + dt.timedelta(days=rng.randrange(-5, 60)) if filed else None,
                        "next_hearing_at": (
                            dt.datetime.combine(today + dt.timedelta(days=rng.randrange(1, 90)), dt.time(9 + cid % 7))
                            if stage is Stage.HEARING_SCHEDULED
                            else None
                        ),
                    }
                )
                parties.append(
                    {
                        "id": party_id + i,
                        "case_id": cid,
                        "role": "debtor",
                        "name": name,
                        "id_type": "CC",
                        "id_number": id_number,
                        "city": "Bogotá D.C.",
                    }
                )
                debts.append(
                    {
                        "id": debt_id + i,
                        "case_id": cid,
                        "capital": capital,
                        "currency": "COP",
                        "due_date": due,
                        "title_type": "pagare",
                        "title_number": f"P-{cid}",
                        "costs": 0,
                    }
                )
                if with_terms:
                    terms.append((cid, search.words_for(ref, radicado, [(name, id_number)])))
            if pg:  # COPY, as imports write on PostgreSQL (one round trip per row would take minutes)
                for model, rows in ((Case, cases), (Party, parties), (Debt, debts)):
                    columns = list(rows[0])
                    write_rows(s, model.__tablename__, columns, [tuple(r[c] for c in columns) for r in rows])
            else:
                conn = s.connection()  # Core executemany, not the slower ORM bulk path
                conn.execute(insert(Case.__table__), cases)
                conn.execute(insert(Party.__table__), parties)
                conn.execute(insert(Debt.__table__), debts)
            search.add_cases(s, terms)
        if pg:  # the ids were given: move the sequences past them, as an import's would be
            for name in ("cases", "parties", "debts"):
                s.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT max(id) FROM {name}))"))
        uow.commit()
    return first_id


def cached_database(name: str, n: int):  # type: ignore[no-untyped-def]
    """A SQLite docket of n cases under bench/out/ (built once, reused by later runs)."""
    import time
    from pathlib import Path

    from legal_desk.config import Config
    from legal_desk.services.users import SYSTEM, add_user, ensure_admin

    out = Path(__file__).resolve().parent / "out"
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{name}_{n}.sqlite3"
    if path.exists():
        return path
    tmp = path.with_suffix(".building")
    for p in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
        p.unlink(missing_ok=True)
    desk = Desk.open(Config(db_url=f"sqlite:///{tmp}", store_root=out / f"{name}_store"))
    ensure_admin(desk)
    lawyer = add_user(desk, SYSTEM, "abogada", "lawyer", full_name="Laura Restrepo")
    started = time.perf_counter()
    build_cases(desk, n, lawyer_ids=[lawyer.user_id, None])
    with desk.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    desk.close()
    tmp.rename(path)
    print(f"built {n:,} cases in {time.perf_counter() - started:.1f} s")
    return path


def postgresql_database(url: str, name: str, n: int) -> None:
    """The same docket as `cached_database`, built in the PostgreSQL database at `url` (COPY, then VACUUM ANALYZE)."""
    import tempfile
    import time
    from pathlib import Path

    from legal_desk.config import Config
    from legal_desk.services.users import SYSTEM, add_user, ensure_admin

    store = Path(tempfile.mkdtemp(prefix=f"legal_desk_{name}_pg_"))
    desk = Desk.open(Config(db_url=url, store_root=store))
    ensure_admin(desk)
    lawyer = add_user(desk, SYSTEM, "abogada", "lawyer", full_name="Laura Restrepo")
    started = time.perf_counter()
    build_cases(desk, n, lawyer_ids=[lawyer.user_id, None])
    loaded = time.perf_counter() - started
    # What autovacuum does on a server after a big import: statistics, and the visibility map that
    # lets the planner answer from an index alone.
    with desk.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")
    desk.close()
    vacuum = time.perf_counter() - started - loaded
    print(f"postgresql: built {n:,} cases in {loaded:.1f} s (COPY), VACUUM ANALYZE {vacuum:.1f} s")
