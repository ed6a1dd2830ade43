"""Several people on one desk at once (SQLite and PostgreSQL): waits instead of false conflicts,
no duplicates from overlapping imports, a valid audit chain, and a lost server said in one sentence."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select, text

from legal_desk.config import Config
from legal_desk.db import migrate
from legal_desk.db.bulk import write_rows
from legal_desk.db.models import AuditEvent, Case, ContactAttempt, Payment, User
from legal_desk.domain.interest import PaymentIn
from legal_desk.paths import resources_dir
from legal_desk.services import cases, contacts, integrity, payments
from legal_desk.services.cases import CaseQuery, DebtInput, HandoverInput, PartyInput
from legal_desk.services.desk import Desk
from legal_desk.services.errors import Conflict, ConnectionLost
from legal_desk.services.intake import import_referrals
from legal_desk.services.rates import import_rates
from legal_desk.services.users import actor_for, ensure_admin
from tests.conftest import make_desk

HEADER = "numero_obligacion;nombre_deudor;tipo_documento;numero_documento;capital;fecha_vencimiento"


def _handover(desk: Desk, ref: str) -> None:
    cases.hand_over_case(
        desk,
        actor_for(desk, "cobranza"),
        HandoverInput(
            ref, PartyInput("Rosa Ñañez", "CC", "52111222"), DebtInput(Decimal("5000000"), dt.date(2024, 3, 15))
        ),
    )


def _referrals(path: Path, first: int, n: int) -> Path:
    rows = [f"C-{i:05d};Deudor Peña {i};CC;{4000000 + i};1.000.000,00;15/03/2024" for i in range(first, first + n)]
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


class Worker(threading.Thread):
    """Runs one service call in its own thread and keeps its result or its exception."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__(daemon=True)
        self.fn = fn
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.fn()
        except BaseException as exc:  # reported by the test
            self.error = exc

    def outcome(self) -> Any:
        self.join(60)
        assert not self.is_alive(), "the second writer never finished"
        if self.error is not None:
            raise self.error
        return self.result


def _wait_until_someone_waits_for_a_lock(desk: Desk, worker: Worker) -> None:
    """PostgreSQL: return once another transaction waits for a lock the test holds.

    SQLite has one writer: the second one waits in BEGIN IMMEDIATE, which cannot be observed from
    outside, so there it is enough that the worker has started.
    """
    if desk.dialect != "postgresql":
        return
    deadline = time.monotonic() + 20
    with desk.engine.connect() as conn:
        while time.monotonic() < deadline:
            if conn.execute(text("SELECT count(*) FROM pg_locks WHERE NOT granted")).scalar():
                return
            assert worker.is_alive(), f"the second writer did not wait: {worker.error or worker.result}"
            conn.rollback()
            time.sleep(0.02)
    raise AssertionError("the second writer never reached the lock")


def test_second_writer_of_a_case_waits_and_loses_nothing(desk):
    """A lawyer saves the case while a paralegal logs a call on it: no Conflict, both changes kept."""
    _handover(desk, "OB-SAME")
    law, para = actor_for(desk, "abogada"), actor_for(desk, "dependiente")
    start = cases.get_case_file(desk, law, "OB-SAME").version
    with desk.uow() as uow:
        c = cases.get_case_for_write(uow.session, law, "OB-SAME")
        c.notes = "Revisado por la abogada"
        cases.touch(c, law)
        uow.flush()
        call = Worker(
            lambda: contacts.log_contact(
                desk, para, "OB-SAME", channel="call", at=dt.datetime(2025, 7, 1, 10, 0), outcome="no_answer"
            )
        )
        call.start()
        _wait_until_someone_waits_for_a_lock(desk, call)
        uow.commit()
    call.outcome()  # before: «Otro usuario modificó este registro al mismo tiempo» on PostgreSQL
    cf = cases.get_case_file(desk, law, "OB-SAME")
    assert cf.notes == "Revisado por la abogada"
    assert [x["outcome"] for x in cf.to_json()["contacts"]] == ["no_answer"]
    assert cf.version == start + 2


def test_a_stale_screen_is_still_a_conflict_naming_who_changed_the_case(desk):
    """Waiting for the lock does not hide a real conflict: an edit made on an old copy is refused."""
    _handover(desk, "OB-OLD")
    law, para = actor_for(desk, "abogada"), actor_for(desk, "dependiente")
    seen = cases.get_case_file(desk, para, "OB-OLD").version
    cases.update_case(desk, law, "OB-OLD", cases.CaseUpdate(notes="primero"), expected_version=seen)
    with pytest.raises(Conflict, match="abogada modificó el expediente OB-OLD"):
        cases.update_case(desk, para, "OB-OLD", cases.CaseUpdate(notes="segundo"), expected_version=seen)
    assert cases.get_case_file(desk, law, "OB-OLD").notes == "primero"


def test_overlapping_imports_at_once_report_the_duplicates_by_line(desk, tmp_path):
    """Two people import files sharing 50 accounts at the same moment: the second reports them row by row."""
    admin, col = actor_for(desk, "admin"), actor_for(desk, "cobranza")
    first = _referrals(tmp_path / "a.csv", 0, 120)
    second = _referrals(tmp_path / "b.csv", 70, 100)  # C-00070 … C-00119 are in both
    hold, holding = threading.Event(), threading.Event()

    def first_waits_before_commit(_stage: str, done: int, total: int) -> None:
        if done == total:
            holding.set()
            assert hold.wait(30)

    a = Worker(lambda: import_referrals(desk, admin, first, progress=first_waits_before_commit))
    a.start()
    assert holding.wait(30)
    b = Worker(lambda: import_referrals(desk, col, second))
    b.start()
    _wait_until_someone_waits_for_a_lock(desk, b)
    hold.set()
    ra, rb = a.outcome(), b.outcome()  # before: UniqueViolation «Error inesperado» on PostgreSQL
    assert (ra.accepted, ra.rejected) == (120, 0)
    assert (rb.accepted, rb.rejected) == (50, 50)
    assert [e["line"] for e in rb.errors] == list(range(2, 52))
    assert rb.errors[0]["message"] == "la obligación C-00070 ya fue entregada a jurídico"
    assert cases.count_cases(desk, admin, CaseQuery()) == 170
    with desk.reading() as s:
        refs = s.execute(select(Case.account_ref)).scalars().all()
    assert len(refs) == len(set(refs)) == 170


def test_concurrent_writers_keep_every_write_and_the_audit_chain(desk):
    """Six desks log calls and payments on the same two cases at once: all saved, splits right, chain valid."""
    _handover(desk, "OB-P")
    _handover(desk, "OB-Q")
    import_rates(desk, actor_for(desk, "admin"), resources_dir() / "rates" / "sample_rates_co.csv")
    para, law = actor_for(desk, "dependiente"), actor_for(desk, "abogada")
    start = threading.Barrier(6)

    def desk_user(k: int) -> int:
        start.wait(30)
        for i in range(4):
            contacts.log_contact(
                desk, para, "OB-Q", channel="call", at=dt.datetime(2025, 7, 1 + i, 9, k), outcome="no_answer"
            )
            payments.add_payment(desk, law, "OB-P", dt.date(2024, 4 + i, 1 + k), "10000", today=dt.date(2025, 1, 1))
        return k

    workers = [Worker(lambda k=k: desk_user(k)) for k in range(6)]
    for w in workers:
        w.start()
    assert sorted(w.outcome() for w in workers) == list(range(6))
    with desk.reading() as s:
        assert s.execute(select(func.count()).select_from(ContactAttempt)).scalar() == 24
        paid = s.execute(select(Payment).order_by(Payment.date, Payment.id)).scalars().all()
        case_p = s.execute(select(Case).where(Case.account_ref == "OB-P")).scalar_one()
        # Every stored split is what the liquidation gives with all 24 payments (none on a stale list).
        fresh = payments._liquidate(
            s, case_p, payments._debt(s, case_p), paid[-1].date, [PaymentIn(p.date, p.amount, "") for p in paid]
        )
        links = s.execute(select(AuditEvent.prev_hash, AuditEvent.hash).order_by(AuditEvent.id)).all()
    assert len(paid) == 24 and case_p.recovered == Decimal("240000.00")
    stored = [(p.to_costs, p.to_interest, p.to_capital) for p in paid]
    assert stored == [(a.to_costs, a.to_interest, a.to_capital) for a in fresh.allocations]
    assert all(prev == before for (prev, _), (_, before) in zip(links[1:], links, strict=False))
    report = integrity.verify(desk)
    assert report.ok and report.events_checked == len(links) and not report.audit_problems


@pytest.fixture
def pg_desk(request, tmp_path):
    d = make_desk("postgresql", tmp_path, request)
    yield d
    d.close()


def _drop_connections(desk: Desk) -> None:
    """What a server restart or a network cut does to the desk's open connections."""
    admin = create_engine(desk.engine.url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :db AND pid <> pg_backend_pid()"
            ),
            {"db": desk.engine.url.database},
        )
    admin.dispose()


@pytest.mark.postgres
def test_server_lost_mid_import_leaves_nothing_and_says_so(pg_desk, tmp_path):
    f = _referrals(tmp_path / "big.csv", 0, 3000)
    admin = actor_for(pg_desk, "admin")
    seen: list[int] = []

    def cut_after_first_chunk(_stage: str, done: int, _total: int) -> None:
        if not seen:
            _drop_connections(pg_desk)
        seen.append(done)

    with pytest.raises(ConnectionLost) as lost:
        import_referrals(pg_desk, admin, f, progress=cut_after_first_chunk, background=False)
    # before: «La base de datos rechazó la operación: the connection is lost» (the failed rollback's text)
    assert str(lost.value) == (
        "Se perdió la conexión con el servidor de la base de datos; no se guardó nada de esta operación, "
        "repítala cuando el servidor vuelva a responder"
    )
    assert lost.value.code == "connection_lost"
    assert cases.count_cases(pg_desk, admin, CaseQuery()) == 0  # the pool reconnects on the next use
    assert import_referrals(pg_desk, admin, f).accepted == 3000


@pytest.mark.postgres
def test_a_duplicate_written_by_copy_is_a_conflict_not_a_driver_error(pg_desk):
    """Bulk rows go through COPY, outside SQLAlchemy: a duplicate key must still read as a Conflict."""
    _handover(pg_desk, "OB-COPY")
    with pytest.raises(Conflict, match="al mismo tiempo"), pg_desk.uow() as uow:
        write_rows(uow.session, "cases", ["account_ref", "stage", "version"], [("OB-COPY", "INTAKE", 1)])
        uow.commit()


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_desks_starting_at_once_on_a_new_database_all_open(kind, tmp_path, request):
    """After an update (or on a new team database) several desks start together: one migrates, all open."""
    if kind == "sqlite":
        url = f"sqlite:///{tmp_path / 'nuevo.sqlite3'}"
    else:
        admin_url = request.getfixturevalue("pg_url")
        engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        name = f"empty_{abs(hash(str(tmp_path))) % 10**8}"
        with engine.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name}"))  # empty: no schema, no alembic_version
        engine.dispose()
        url = admin_url.rsplit("/", 1)[0] + "/" + name
    start = threading.Barrier(5)

    def start_desk() -> str:
        start.wait(30)
        desk = Desk.open(Config(db_url=url, store_root=tmp_path / "store"))
        try:
            ensure_admin(desk)
            return migrate.current_revision(desk.engine) or ""
        finally:
            desk.close()

    desks = [Worker(start_desk) for _ in range(5)]
    for w in desks:
        w.start()
    # before: «No se puede abrir la base de datos (…): duplicate key value violates unique constraint
    # "pg_type_typname_nsp_index"» (PostgreSQL) or «database is locked» (SQLite) for the losers
    assert [w.outcome() for w in desks] == [migrate.head_revision()] * 5
    desk = Desk.open(Config(db_url=url, store_root=tmp_path / "store"), upgrade=False)
    with desk.reading() as s:
        assert s.execute(select(User.username)).scalars().all() == ["admin"]
    desk.close()
