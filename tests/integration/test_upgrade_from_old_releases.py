"""A desk written by an older release, opened by this one: every row comes through, and the app works on it.

The old databases are built with Alembic at the revision an older release shipped (673969e1b663: the
first release with migrations), filled with rows as that release wrote them, then opened with
`Desk.open` (schema upgrade + the one-time data steps), on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text

from legal_desk.config import Config
from legal_desk.db import migrate
from legal_desk.db.models import ChecklistItem, FilingPacket, Party
from legal_desk.db.session import make_engine
from legal_desk.domain.text import sort_key
from legal_desk.services import cases, integrity
from legal_desk.services.backup import backup, restore
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.store.filestore import FileStore

FIRST_RELEASE = "673969e1b663"  # lawyer and creditor representative details: the end of the first session
AT = "2026-09-01 15:00:00"
SEEDED_CREDITOR_CERTIFICATE = "Certificado de existencia y representación del acreedor"
AR_CREDITOR_CERTIFICATE = "Estatuto o contrato social del acreedor inscrito y acta de designación de autoridades"


def _database(kind: str, tmp_path: Path, request: pytest.FixtureRequest, name: str) -> str:
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / f'{name}.sqlite3'}"
    pg_url = request.getfixturevalue("pg_url")
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return pg_url.rsplit("/", 1)[0] + "/" + name


def _rows(conn: Any, sql: str, rows: list[dict[str, Any]]) -> None:
    for row in rows:
        conn.execute(text(sql), {"at": AT, **row})


def _first_release_desk(url: str, store: FileStore) -> dict[str, Any]:
    """A database at FIRST_RELEASE holding what that release wrote for a used desk; returns what was put in."""
    from alembic import command

    pagare = store.add_bytes(b"%PDF-1.4 pagare escaneado", "pagare.pdf")
    liquidation_docx = store.add_bytes(b"docx de la liquidacion", "liquidacion.docx")
    packet_pdf = store.add_bytes(b"%PDF-1.4 paquete", "paquete.pdf")
    engine = make_engine(url)
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, FIRST_RELEASE)
        _rows(
            conn,
            "INSERT INTO users (id, username, full_name, role, active, created_at, id_number, professional_card) "
            "VALUES (:id, :u, :n, :r, true, :at, :doc, :card)",
            [
                {"id": 1, "u": "admin", "n": "Administrador", "r": "admin", "at": AT, "doc": None, "card": None},
                {"id": 2, "u": "laura", "n": "Laura Gómez", "r": "lawyer", "at": AT, "doc": "52111222", "card": "1-T"},
                {"id": 3, "u": "pedro", "n": "Pedro Ruiz", "r": "paralegal", "at": AT, "doc": None, "card": None},
                {"id": 4, "u": "carla", "n": "Carla Díaz", "r": "collections", "at": AT, "doc": None, "card": None},
            ],
        )
        conn.execute(
            text(
                "INSERT INTO clients (id, name, id_type, id_number, representative_id) "
                "VALUES (1, 'Banco Andino S.A.', 'NIT', '900123456-8', '79111222')"
            )
        )
        _rows(
            conn,
            "INSERT INTO cases (id, account_ref, stage, jurisdiction, currency, client_id, court, city, radicado, "
            "filed_on, lawyer_id, archived, debtor_name, debtor_id_number, capital, recovered, limitation_date, "
            "created_at, updated_at, updated_by, version) VALUES (:id, :ref, :stage, :j, :cur, 1, :court, :city, "
            ":rad, :filed, :law, false, :name, :doc, :capital, :rec, :lim, :at, :at, 'admin', 3)",
            [
                {
                    "id": 1, "ref": "OB-2024-000101", "stage": "READY_TO_FILE", "j": "CO", "cur": "COP",
                    "court": None, "city": "Bogotá D.C.", "rad": None, "filed": None, "law": 2,
                    "name": "Óscar Ñañez Ruiz", "doc": "52987654", "capital": "12500000.00", "rec": "734567.89",
                    "lim": "2029-03-15",
                },
                {
                    "id": 2, "ref": "OB-AR-000201", "stage": "FILED", "j": "AR", "cur": "ARS",
                    "court": "Juzgado Civil 3", "city": "Buenos Aires", "rad": "AR-2026-1", "filed": "2026-08-20",
                    "law": 2, "name": "Martín Fernández", "doc": "20123456786", "capital": "1500000.00",
                    "rec": "0", "lim": "2031-03-15",
                },
            ],
        )
        _rows(
            conn,
            "INSERT INTO parties (id, case_id, role, name, id_type, id_number, city) "
            "VALUES (:id, :case, :role, :name, :t, :n, :city)",
            [
                {"id": 1, "case": 1, "role": "debtor", "name": "Óscar Ñañez Ruiz", "t": "CC", "n": "52987654",
                 "city": "Bogotá D.C."},
                {"id": 2, "case": 2, "role": "debtor", "name": "Martín Fernández", "t": "CUIT", "n": "20123456786",
                 "city": "Buenos Aires"},
                {"id": 3, "case": 2, "role": "guarantor", "name": "Lucía Fernández", "t": "DNI", "n": "12345678",
                 "city": "Buenos Aires"},
            ],
        )
        _rows(
            conn,
            "INSERT INTO search_terms (term, case_id) VALUES (:t, :c)",
            [{"t": t, "c": 1} for t in ("oscar", "nanez", "ruiz", "52987654", "ob2024000101")]
            + [{"t": t, "c": 2} for t in ("martin", "fernandez", "20123456786", "12345678", "obar000201")],
        )
        conn.execute(
            text(
                "INSERT INTO evidence (id, case_id, kind, date, filename, sha256, size, media_type, added_by, "
                "added_at, archived) VALUES (1, 1, 'title', '2024-01-15', 'pagare.pdf', :sha, :size, "
                "'application/pdf', 'pedro', :at, false)"
            ),
            {"sha": pagare.sha256, "size": pagare.size, "at": AT},
        )
        _rows(
            conn,
            "INSERT INTO payments (id, case_id, date, amount, reference, by_user, to_costs, to_interest, to_capital, "
            "created_at) VALUES (:id, 1, :d, :a, :ref, 'carla', '0.00', :i, :c, :at)",
            [
                {"id": 1, "d": "2026-10-15", "a": "500000.00", "ref": "ABONO-1", "i": "500000.00", "c": "0.00",
                 "at": AT},
                {"id": 2, "d": "2026-11-01", "a": "234567.89", "ref": None, "i": "0.00", "c": "234567.89", "at": AT},
            ],
        )
        # A liquidation generated in Bogotá on 31 October at 21:00 (02:00 UTC on 1 November), before the
        # cut-off was kept: the old release cut it on the day it was made there, 31/10/2026.
        conn.execute(
            text(
                "INSERT INTO generated_documents (id, case_id, template, template_version, title, version, "
                "docx_sha256, filename, by_user, created_at) VALUES (1, 1, 'liquidacion_credito', 'b0f3474450e7', "
                "'Liquidación del crédito', 1, :sha, 'liquidacion_credito_v1.docx', 'laura', '2026-11-01 02:00:00')"
            ),
            {"sha": liquidation_docx.sha256},
        )
        # The first release listed the packet's bitácora under a temporary name and never stored it.
        manifest = {
            "annexes": [
                {"number": 1, "title": "Título ejecutivo", "sha256": pagare.sha256, "filename": "000.pdf"},
                {"number": 2, "title": "Bitácora de gestión de cobro prejurídico", "sha256": "ab" * 32,
                 "filename": "bitacora.pdf"},
            ]
        }
        conn.execute(
            text(
                "INSERT INTO filing_packets (id, case_id, sha256, pages, manifest, by_user, created_at) "
                "VALUES (1, 1, :sha, 4, :m, 'laura', :at)"
            ),
            {"sha": packet_pdf.sha256, "m": json.dumps(manifest), "at": AT},
        )
        conn.execute(
            text(
                "INSERT INTO deadlines (id, case_id, rule_code, label, event_date, due, explanation, status, "
                "assigned_to_id) VALUES (1, 2, 'SERVE_DEBTOR', 'Notificar al deudor', '2026-08-20', '2027-08-20', "
                "'1 año', 'open', 2)"
            )
        )
    engine.dispose()
    return {"pagare": pagare.sha256, "docx": liquidation_docx.sha256, "packet": packet_pdf.sha256}


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_a_desk_of_the_first_release_comes_through_whole_and_works(kind, tmp_path, request):
    url = _database(kind, tmp_path, request, "first_release_desk")
    store = FileStore(tmp_path / "store")
    put = _first_release_desk(url, store)
    desk = Desk.open(Config(db_url=url, store_root=tmp_path / "store"))
    try:
        assert migrate.current_revision(desk.engine) == migrate.head_revision()
        with desk.engine.connect() as conn:
            one = lambda sql: conn.execute(text(sql)).scalar_one()  # noqa: E731
            tables = ("users", "cases", "parties", "evidence", "payments", "generated_documents", "filing_packets")
            assert [one(f"SELECT count(*) FROM {t}") for t in tables] == [4, 2, 3, 1, 2, 1, 1]
            cents = lambda sql: Decimal(str(one(sql))).quantize(Decimal("0.01"))  # noqa: E731  # SQLite sums are REAL
            assert cents("SELECT sum(amount) FROM payments") == Decimal("734567.89")
            assert cents("SELECT sum(capital) FROM cases") == Decimal("14000000.00")
            assert cents("SELECT recovered FROM cases WHERE id = 1") == Decimal("734567.89")
            assert str(one("SELECT limitation_date FROM cases WHERE id = 1"))[:10] == "2029-03-15"
            assert one("SELECT sha256 FROM evidence") == put["pagare"]
            assert one("SELECT docx_sha256 FROM generated_documents") == put["docx"]
            # columns later migrations added hold what the app needs for old rows
            assert conn.execute(text("SELECT failed_logins, locked_until FROM users")).all() == [(0, None)] * 4
            assert conn.execute(text("SELECT debtor_sort FROM cases ORDER BY id")).scalars().all() == [
                sort_key("Óscar Ñañez Ruiz"), sort_key("Martín Fernández")
            ]
            # the Argentine IDs take the form the country writes them in
            assert conn.execute(text("SELECT id_number FROM parties ORDER BY id")).scalars().all() == [
                "52987654", "20-12345678-6", "12.345.678"
            ]
        admin = actor_for(desk, "admin")
        laura = actor_for(desk, "laura")
        found = cases.list_cases(desk, admin, cases.CaseQuery(search="ñañez"))
        assert [r.account_ref for r in found] == ["OB-2024-000101"]
        assert [r.account_ref for r in cases.list_cases(desk, admin, cases.CaseQuery(search="20123456786"))] == [
            "OB-AR-000201"
        ]
        cf = cases.get_case_file(desk, laura, 1, today=dt.date(2026, 11, 15))
        assert [Decimal(p["amount"]) for p in cf.payments] == [Decimal("500000.00"), Decimal("234567.89")]
        line = next(c for c in cf.readiness if c.code == "liquidation")
        # cut on 31/10 in Bogotá (not 01/11, the UTC day): an earlier rate period than November's
        assert not line.ok and "31/10/2026" in line.detail
        with desk.reading() as s:
            assert s.execute(
                select(ChecklistItem.label).where(
                    ChecklistItem.jurisdiction == "AR", ChecklistItem.code == "creditor_certificate"
                )
            ).scalar_one() == AR_CREDITOR_CERTIFICATE
        # every stored file checks, and the first release's unstored bitácora is not a «missing file»
        report = integrity.verify(desk)
        assert report.ok, report.file_problems
        assert report.files_checked == 3
        made = backup(desk, admin, tmp_path / "copia.zip")
        assert made["files"] == 3 and made["missing_files"] == []
    finally:
        desk.close()


def test_a_packet_annex_really_missing_is_still_reported(desk, tmp_path):
    """Only the first releases' unstored «bitacora.pdf» is left out; any other annex file gone is named."""
    from legal_desk.services.demo import load_demo
    from tests.conftest import DEMO_TODAY

    load_demo(desk, actor_for(desk, "admin"), 3, seed=3, today=DEMO_TODAY)
    with desk.uow() as uow:
        uow.session.add(
            FilingPacket(
                case_id=1,
                sha256=desk.store.add_bytes(b"%PDF-1.4 paquete").sha256,
                pages=3,
                manifest={
                    "annexes": [
                        {"title": "Bitácora", "sha256": "ab" * 32, "filename": "bitacora.pdf"},
                        {"title": "Bitácora", "sha256": "cd" * 32, "filename": "OB-1_bitacora_20261126.pdf"},
                    ]
                },
                by_user="admin",
            )
        )
        uow.commit()
    problems = integrity.verify(desk).file_problems
    assert [p["sha256"] for p in problems] == ["cd" * 32]
    assert "OB-1_bitacora_20261126.pdf, anexo del paquete" in problems[0]["file"]


def _rewrite(zip_path: Path, out: Path, edit: dict[str, Any]) -> None:
    """A copy of a backup ZIP with some entries replaced (str → new text; callable → applied to each JSON line)."""
    with zipfile.ZipFile(zip_path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            change = edit.get(info.filename)
            if callable(change):
                lines = [json.dumps(change(json.loads(x)), ensure_ascii=False) for x in data.decode().splitlines()]
                data = ("\n".join(lines) + "\n").encode()
            elif change is not None:
                data = change.encode()
            dst.writestr(info, data)


def test_a_backup_from_before_each_countrys_wording_is_restored_as_an_upgrade_leaves_it(desk, tmp_path):
    """A backup of a7c3e9f1b2d4 restored into today's app came back with Colombia's checklist wording for
    Argentina and an 11-digit CUIT: the data step of d6f1a8c3e2b9 ran in upgraded databases only."""
    from legal_desk.services.demo import load_demo
    from tests.conftest import DEMO_TODAY

    admin = actor_for(desk, "admin")
    load_demo(desk, admin, 3, seed=3, today=DEMO_TODAY)
    with desk.uow() as uow:
        party = uow.session.get(Party, 1)
        assert party is not None
        party.id_type, party.id_number = "CUIT", "20-12345678-6"
        uow.commit()
    backup(desk, admin, tmp_path / "hoy.zip")
    with zipfile.ZipFile(tmp_path / "hoy.zip") as zf:
        manifest = json.loads(zf.read("manifest.json"))
    manifest["schema"] = "a7c3e9f1b2d4"

    def old_label(row: dict[str, Any]) -> dict[str, Any]:
        if row["jurisdiction"] == "AR" and row["code"] == "creditor_certificate":
            row["label"] = SEEDED_CREDITOR_CERTIFICATE
        return row

    def old_cuit(row: dict[str, Any]) -> dict[str, Any]:
        if row["id"] == 1:
            row["id_number"] = "20123456786"
        return row

    _rewrite(
        tmp_path / "hoy.zip",
        tmp_path / "vieja.zip",
        {
            "manifest.json": json.dumps(manifest),
            "tables/checklist_items.jsonl": old_label,
            "tables/parties.jsonl": old_cuit,
        },
    )
    restore(desk, admin, tmp_path / "vieja.zip", replace=True, force=True)
    with desk.reading() as s:
        label = s.execute(
            select(ChecklistItem.label).where(
                ChecklistItem.jurisdiction == "AR", ChecklistItem.code == "creditor_certificate"
            )
        ).scalar_one()
        assert label == AR_CREDITOR_CERTIFICATE
        assert s.get(Party, 1).id_number == "20-12345678-6"  # type: ignore[union-attr]
    # a backup of today's schema is restored as it is: nothing is rewritten
    with desk.engine.connect() as conn:
        assert migrate.replay_data_steps(conn, migrate.head_revision()) == []


def test_the_copy_before_an_upgrade_is_never_left_half_written(tmp_path, monkeypatch):
    """An upgrade stopped while it copied the SQLite file left «desk.before-upgrade-….sqlite3» holding part
    of the desk (and its -journal): it looked like the backup to go back to."""
    import sqlite3

    path = tmp_path / "desk.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.executemany("INSERT INTO t VALUES (?)", [("x" * 4000,)] * 200)
    conn.close()
    real_connect = sqlite3.connect

    class Stopped(Exception):
        pass

    class Source:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn

        def backup(self, target: sqlite3.Connection) -> None:
            def stop(_status: int, _remaining: int, _total: int) -> None:
                raise Stopped

            self.conn.backup(target, pages=5, progress=stop)  # stops after the first five pages

        def close(self) -> None:
            self.conn.close()

    def connect(name: str, *a: Any, **k: Any) -> Any:
        conn = real_connect(name, *a, **k)
        return Source(conn) if name == str(path) else conn

    monkeypatch.setattr(migrate.sqlite3, "connect", connect)
    with pytest.raises(Stopped):
        migrate.backup_sqlite(path)
    assert not list(tmp_path.glob("desk.before-upgrade-*.sqlite3"))
    monkeypatch.setattr(migrate.sqlite3, "connect", real_connect)
    copy = migrate.backup_sqlite(path)
    assert copy is not None and copy.name.startswith("desk.before-upgrade-") and copy.suffix == ".sqlite3"
    with real_connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM t").fetchone() == (200,)
    conn.close()
