"""Backup on one backend, restore on the other: same cases, same files, audit chain still verifies."""

from __future__ import annotations

import errno
import zipfile

import pytest

from legal_desk.config import Config
from legal_desk.services import cases, integrity
from legal_desk.services.backup import backup, restore
from legal_desk.services.cases import CaseQuery
from legal_desk.services.demo import load_demo
from legal_desk.services.desk import Desk
from legal_desk.services.errors import Conflict, ValidationFailed
from legal_desk.services.users import actor_for, ensure_admin
from tests.conftest import DEMO_TODAY, fresh_pg_database


def _stored_files(desk) -> int:
    """How many distinct files the desk's evidence cites (each demo case carries its own)."""
    from sqlalchemy import func, select

    from legal_desk.db.models import Evidence

    with desk.reading() as s:
        return s.execute(select(func.count(func.distinct(Evidence.sha256)))).scalar_one()


@pytest.mark.postgres
def test_sqlite_backup_restores_into_postgresql_and_back(sqlite_desk, pg_url, tmp_path):
    admin = actor_for(sqlite_desk, "admin")
    load_demo(sqlite_desk, admin, 120, seed=11, today=DEMO_TODAY)
    before = cases.get_case_file(sqlite_desk, admin, 7).to_json()
    info = backup(sqlite_desk, admin, tmp_path / "copia.zip")
    assert info["files"] == _stored_files(sqlite_desk) > 120 and info["tables"]["cases"] == 120

    pg = Desk.open(Config(db_url=fresh_pg_database(pg_url), store_root=tmp_path / "pg_store"))
    ensure_admin(pg)
    pg_admin = actor_for(pg, "admin")
    restore(pg, pg_admin, tmp_path / "copia.zip")
    assert cases.count_cases(pg, pg_admin, CaseQuery()) == 120
    after = cases.get_case_file(pg, pg_admin, 7).to_json()
    for key in ("account_ref", "stage", "capital", "due_date", "debtor", "evidence", "notices", "payments"):
        assert after[key] == before[key], key
    assert integrity.verify(pg).ok
    # The search index is derived data: the restore rebuilt it, so the same searches find the same cases.
    for text in (before["debtor"]["name"].split()[-1], before["account_ref"], before["debtor"]["id_number"][:5]):
        found = [r.case_id for r in cases.list_cases(pg, pg_admin, CaseQuery(search=text, limit=500))]
        expected = [r.case_id for r in cases.list_cases(sqlite_desk, admin, CaseQuery(search=text, limit=500))]
        assert 7 in found and found == expected, text
    with pytest.raises(Conflict):
        restore(pg, pg_admin, tmp_path / "copia.zip")
    # ids keep counting after the restored rows (sequences were moved past them)
    import datetime as dt

    from legal_desk.services.cases import DebtInput, HandoverInput, PartyInput

    row = cases.hand_over_case(
        pg,
        pg_admin,
        HandoverInput(
            "NEW-1", PartyInput("Ana Pérez", "CC", "52000111"), DebtInput(capital="100", due_date=dt.date(2025, 1, 1))
        ),
    )
    assert row.case_id > 120
    pg.close()


def test_restore_refuses_what_is_not_a_backup(sqlite_desk, tmp_path):
    admin = actor_for(sqlite_desk, "admin")
    junk = tmp_path / "x.zip"
    junk.write_text("no")
    with pytest.raises(ValidationFailed, match="no es una copia"):
        restore(sqlite_desk, admin, junk)
    with pytest.raises(ValidationFailed, match="no existe"):
        restore(sqlite_desk, admin, tmp_path / "nada.zip")


def _with_schema(src, dst, schema: str, extra: dict[str, str] | None = None):
    """A copy of a backup that says it was written at another schema revision."""
    import json
    import zipfile

    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.namelist():
            data = zin.read(item)
            if item == "manifest.json":
                manifest = json.loads(data)
                manifest["schema"] = schema
                data = json.dumps(manifest).encode()
            zout.writestr(item, data)
        for name, text in (extra or {}).items():
            zout.writestr(name, text)
    return dst


def test_backup_from_before_the_fts_index_still_restores(desk, tmp_path):
    """673969e1b663 → head changed nothing a backup holds, so such a backup restores (its words are rebuilt)."""
    admin = actor_for(desk, "admin")
    load_demo(desk, admin, 30, seed=5, today=DEMO_TODAY)
    name = cases.get_case_file(desk, admin, 3).to_json()["debtor"]["name"].split()[-1]
    backup(desk, admin, tmp_path / "hoy.zip")
    old = _with_schema(
        tmp_path / "hoy.zip",
        tmp_path / "ayer.zip",
        "673969e1b663",
        {"tables/search_terms.jsonl": '{"term": "palabra", "case_id": 1}\n'},  # old backups held the words
    )
    restore(desk, admin, old, replace=True)
    assert cases.count_cases(desk, admin, CaseQuery()) == 30
    assert 3 in [r.case_id for r in cases.list_cases(desk, admin, CaseQuery(search=name, limit=100))]
    assert cases.count_cases(desk, admin, CaseQuery(search="palabra")) == 0  # words come from the cases, not the file
    older = _with_schema(tmp_path / "hoy.zip", tmp_path / "antes.zip", "da21bf42ba6e")
    with pytest.raises(ValidationFailed, match="esquema da21bf42ba6e"):
        restore(desk, admin, older, replace=True)


def test_backup_counts_store_files_only_and_names_missing_ones(sqlite_desk, tmp_path):
    """The rate table's file hash is a record, not a stored file; a file lost from the store is reported."""
    admin = actor_for(sqlite_desk, "admin")
    assert load_demo(sqlite_desk, admin, 20, seed=11, today=DEMO_TODAY)["rates"]
    info = backup(sqlite_desk, admin, tmp_path / "a.zip")
    files = _stored_files(sqlite_desk)
    assert info["files"] == files > 20 and info["missing_files"] == []
    lost = cases.get_case_file(sqlite_desk, admin, 1).evidence[0]["sha256"]
    sqlite_desk.store.path_for(lost).unlink()
    info = backup(sqlite_desk, admin, tmp_path / "b.zip")
    assert info["files"] == files - 1 and info["missing_files"] == [lost]


def test_a_cancelled_or_failed_backup_leaves_no_half_file_and_keeps_the_old_one(sqlite_desk, tmp_path, monkeypatch):
    from legal_desk.services.errors import Cancelled

    admin = actor_for(sqlite_desk, "admin")
    load_demo(sqlite_desk, admin, 20, seed=11, today=DEMO_TODAY)
    target = tmp_path / "copia.zip"
    first = backup(sqlite_desk, admin, target)
    before = target.read_bytes()
    seen: list[int] = []
    with pytest.raises(Cancelled, match="cancelada"):
        backup(sqlite_desk, admin, target, progress=lambda i, _n: seen.append(i), cancelled=lambda: len(seen) >= 2)
    assert len(seen) == 2 and first["files"] > 2  # stopped in the middle of the files
    assert target.read_bytes() == before and not (tmp_path / "copia.zip.partial").exists()

    def disk_full(*_a: object, **_k: object) -> None:
        raise OSError(errno.ENOSPC, "No queda espacio en el dispositivo")

    monkeypatch.setattr(zipfile.ZipFile, "write", disk_full)
    with pytest.raises(ValidationFailed, match=r"No se pudo hacer la copia en .*copia\.zip: No queda espacio"):
        backup(sqlite_desk, admin, target)
    assert target.read_bytes() == before and not (tmp_path / "copia.zip.partial").exists()


def test_verify_can_be_cancelled(sqlite_desk):
    from legal_desk.services.errors import Cancelled
    from legal_desk.services.integrity import verify

    admin = actor_for(sqlite_desk, "admin")
    load_demo(sqlite_desk, admin, 20, seed=11, today=DEMO_TODAY)
    assert verify(sqlite_desk).ok
    with pytest.raises(Cancelled, match="Verificación cancelada"):
        verify(sqlite_desk, cancelled=lambda: True)


def test_a_text_longer_than_its_column_is_refused_on_every_backend(desk, tmp_path):
    """SQLite does not enforce String(n): a desk must not keep what PostgreSQL would refuse at the move."""
    import datetime as dt

    from legal_desk.services.cases import CaseUpdate, DebtInput, HandoverInput, PartyInput
    from legal_desk.services.intake import import_referrals

    admin = actor_for(desk, "admin")
    cases.hand_over_case(
        desk,
        admin,
        HandoverInput(
            "OB-LEN", PartyInput("Ana Pérez", "CC", "52000111"), DebtInput(capital="100", due_date=dt.date(2025, 1, 1))
        ),
    )
    # a Colombian radicado has its 23 digits (checked before the column's length); a longer text is refused so
    with pytest.raises(ValidationFailed, match=r"El radicado «1{45}» tiene 45 dígitos: el de un proceso en Colombia"):
        cases.update_case(desk, admin, "OB-LEN", CaseUpdate(radicado="1" * 45))
    with pytest.raises(ValidationFailed, match=r"«court» del expediente \d+ tiene 300 caracteres; el máximo es 200"):
        cases.update_case(desk, admin, "OB-LEN", CaseUpdate(court="J" * 300))
    assert cases.get_case_file(desk, admin, "OB-LEN").to_json()["radicado"] is None
    # The bank's file is held to the same limits as the columns: 61 characters is a row error, not a
    # database failure of the whole import (PostgreSQL) or a value kept that cannot move (SQLite).
    f = tmp_path / "r.csv"
    f.write_text(
        "account_ref,debtor_name,debtor_id_type,debtor_id_number,capital,due_date,title_number\n"
        f"{'A' * 61},Pedro Pérez,CC,79111222,1500000,2025-01-01,{'T' * 61}\n",
        encoding="utf-8",
    )
    result = import_referrals(desk, admin, f)
    assert result.accepted == 0 and result.rejected == 1
    assert {(e["line"], e["column"]) for e in result.errors} == {(2, "account_ref"), (2, "title_number")}
    assert all("el máximo es 60" in e["message"] for e in result.errors)


@pytest.mark.postgres
def test_restore_into_postgresql_names_every_value_too_long_and_restores_nothing(sqlite_desk, pg_url, tmp_path):
    import sqlite3

    admin = actor_for(sqlite_desk, "admin")
    load_demo(sqlite_desk, admin, 5, seed=3, today=DEMO_TODAY)
    # What an older desk could have kept in its SQLite file (it did not check lengths then).
    path = sqlite_desk.config.sqlite_path
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE cases SET court = ? WHERE id = 2", ("Juzgado " * 30,))
        conn.execute("UPDATE parties SET city = ? WHERE id = 3", ("Bogotá " * 20,))
    backup(sqlite_desk, admin, tmp_path / "copia.zip")

    pg = Desk.open(Config(db_url=fresh_pg_database(pg_url), store_root=tmp_path / "pg_store"))
    ensure_admin(pg)
    pg_admin = actor_for(pg, "admin")
    with pytest.raises(ValidationFailed) as refused:
        restore(pg, pg_admin, tmp_path / "copia.zip")
    message = str(refused.value)
    assert "No se restauró nada: 2 dato(s)" in message
    assert "«court» del expediente 2 tiene 240 caracteres; el máximo es 200" in message
    assert "«city» de la parte 3 tiene 140 caracteres; el máximo es 100" in message
    assert cases.count_cases(pg, pg_admin, CaseQuery()) == 0
    assert actor_for(pg, "admin").username == "admin"  # the server's own users are untouched
    pg.close()


def _firm_templates(desk, admin, folder):
    """The firm's own templates, one of them with its letterhead (a real edit of the .docx)."""
    import docx

    from legal_desk.services.documents import customize_templates

    locale_dir = customize_templates(desk, admin, folder)
    poder = locale_dir / "poder_especial.docx"
    d = docx.Document(str(poder))
    d.add_paragraph("MEMBRETE: Pérez & Asociados Abogados S.A.S.")
    d.save(str(poder))
    (locale_dir / "~$der_especial.docx").write_bytes(b"lock")  # Word's lock file: not a template
    return locale_dir


def test_the_desk_templates_travel_with_the_backup_and_land_in_the_restoring_store(desk, tmp_path, request):
    """Before, only the folder path travelled: the restored desk pointed at another computer's disk."""
    import shutil

    from legal_desk.services.documents import desk_templates, templates_root_for
    from tests.conftest import make_desk

    admin = actor_for(desk, "admin")
    load_demo(desk, admin, 5, seed=3, today=DEMO_TODAY)
    locale_dir = _firm_templates(desk, admin, tmp_path / "firma")
    edited = (locale_dir / "poder_especial.docx").read_bytes()
    info = backup(desk, admin, tmp_path / "copia.zip")
    assert info["templates"] == {"folder": str(tmp_path / "firma"), "files": 9} and info["templates_missing"] is None
    with zipfile.ZipFile(tmp_path / "copia.zip") as zf:
        assert zf.read("templates/es_CO/poder_especial.docx") == edited
        assert "templates/es_CO/~$der_especial.docx" not in zf.namelist()

    # The other computer: its own database and store, and it cannot see the first one's folder.
    shutil.rmtree(tmp_path / "firma")
    other = make_desk(desk.dialect, tmp_path / "otro", request)
    try:
        other_admin = actor_for(other, "admin")
        res = restore(other, other_admin, tmp_path / "copia.zip")
        folder = other.store.root / "plantillas"
        assert res["templates"] == {"folder": str(folder), "files": 9, "from": str(tmp_path / "firma"), "written": True}
        assert templates_root_for(other) == folder
        assert (folder / "es_CO" / "poder_especial.docx").read_bytes() == edited
        assert {t.name for t in desk_templates(other)} >= {"poder_especial", "demanda_ejecutiva"}
        assert integrity.verify(other).ok  # the templates folder in the store disturbs no check
        # Again: the same files are there, nothing is written twice.
        res = restore(other, other_admin, tmp_path / "copia.zip", replace=True)
        assert res["templates"]["folder"] == str(folder) and res["templates"]["written"] is False
        # A «plantillas» folder holding other templates is never overwritten: the next name is used.
        (folder / "es_CO" / "poder_especial.docx").write_bytes(b"otra version")
        res = restore(other, other_admin, tmp_path / "copia.zip", replace=True)
        assert res["templates"]["folder"] == str(other.store.root / "plantillas-2")
        assert (folder / "es_CO" / "poder_especial.docx").read_bytes() == b"otra version"
        assert templates_root_for(other) == other.store.root / "plantillas-2"
    finally:
        other.close()


def test_a_restore_on_the_same_computer_keeps_the_desk_templates_folder(desk, tmp_path):
    from legal_desk.services.documents import templates_root_for

    admin = actor_for(desk, "admin")
    _firm_templates(desk, admin, tmp_path / "firma")
    backup(desk, admin, tmp_path / "copia.zip")
    res = restore(desk, admin, tmp_path / "copia.zip", replace=True)
    assert res["templates"]["folder"] == str(tmp_path / "firma") and res["templates"]["written"] is False
    assert templates_root_for(desk) == tmp_path / "firma"
    assert not (desk.store.root / "plantillas").exists()


def test_a_backup_made_before_templates_travelled_still_restores(desk, tmp_path, request):
    """An older backup has the setting but no templates/ entries: it restores, and says the folder is not here."""
    import json
    import shutil

    from tests.conftest import make_desk

    admin = actor_for(desk, "admin")
    load_demo(desk, admin, 5, seed=3, today=DEMO_TODAY)
    _firm_templates(desk, admin, tmp_path / "firma")
    backup(desk, admin, tmp_path / "hoy.zip")
    with zipfile.ZipFile(tmp_path / "hoy.zip") as zin, zipfile.ZipFile(tmp_path / "antigua.zip", "w") as zout:
        for item in zin.namelist():
            if item.startswith("templates/"):
                continue
            data = zin.read(item)
            if item == "manifest.json":
                manifest = json.loads(data)
                del manifest["templates"]
                data = json.dumps(manifest).encode()
            zout.writestr(item, data)
    shutil.rmtree(tmp_path / "firma")
    other = make_desk(desk.dialect, tmp_path / "otro", request)
    try:
        res = restore(other, actor_for(other, "admin"), tmp_path / "antigua.zip")
        assert res["tables"]["cases"] == 5
        assert res["templates"] is None and res["templates_missing"] == str(tmp_path / "firma")
    finally:
        other.close()
    # And a backup made while the folder could not be found says so when it is made.
    info = backup(desk, admin, tmp_path / "sin.zip")
    assert info["templates"] is None and info["templates_missing"] == str(tmp_path / "firma")


def test_a_damaged_or_newer_backup_is_refused_before_anything_changes(desk, tmp_path):
    admin = actor_for(desk, "admin")
    load_demo(desk, admin, 5, seed=3, today=DEMO_TODAY)
    backup(desk, admin, tmp_path / "copia.zip")
    # One byte changed inside a table's compressed data: the ZIP's CRC tells, and nothing is restored.
    raw = bytearray((tmp_path / "copia.zip").read_bytes())
    with zipfile.ZipFile(tmp_path / "copia.zip") as zf:
        member = zf.getinfo("tables/cases.jsonl")
    at = member.header_offset + 30 + len(member.filename.encode()) + len(member.extra) + member.compress_size // 2
    raw[at] ^= 0xFF
    (tmp_path / "danada.zip").write_bytes(bytes(raw))
    load_demo(desk, admin, 2, seed=4, today=DEMO_TODAY)  # the desk moved on since the backup
    held = cases.count_cases(desk, admin, CaseQuery())
    with pytest.raises(ValidationFailed, match=r"No se restauró nada: la copia .*danada\.zip está dañada"):
        restore(desk, admin, tmp_path / "danada.zip", replace=True)
    assert cases.count_cases(desk, admin, CaseQuery()) == held
    # Cut short (a copy interrupted on a USB stick): not a ZIP any more.
    (tmp_path / "corta.zip").write_bytes((tmp_path / "copia.zip").read_bytes()[:4000])
    with pytest.raises(ValidationFailed, match="está incompleto"):
        restore(desk, admin, tmp_path / "corta.zip", replace=True)
    newer = _with_schema(tmp_path / "copia.zip", tmp_path / "nueva.zip", "ffffffffffff")
    with pytest.raises(ValidationFailed, match=r"versión de legal_desk más nueva que esta .*Actualice legal_desk"):
        restore(desk, admin, newer, replace=True)
    assert cases.count_cases(desk, admin, CaseQuery()) == held


def test_a_restore_cancelled_while_copying_files_changes_nothing(desk, tmp_path, request):
    from legal_desk.services.errors import Cancelled
    from tests.conftest import make_desk

    admin = actor_for(desk, "admin")
    load_demo(desk, admin, 8, seed=3, today=DEMO_TODAY)
    backup(desk, admin, tmp_path / "copia.zip")
    files = _stored_files(desk)
    other = make_desk(desk.dialect, tmp_path / "otro", request)
    try:
        other_admin = actor_for(other, "admin")
        seen: list[tuple[int, int]] = []
        with pytest.raises(Cancelled, match="no se cambió nada"):
            restore(
                other,
                other_admin,
                tmp_path / "copia.zip",
                progress=lambda i, n: seen.append((i, n)),
                cancelled=lambda: len(seen) >= 2,
            )
        assert seen == [(1, files), (2, files)]
        assert cases.count_cases(other, other_admin, CaseQuery()) == 0
        seen.clear()
        res = restore(other, other_admin, tmp_path / "copia.zip", progress=lambda i, n: seen.append((i, n)))
        assert res["tables"]["cases"] == 8 and seen[-1] == (files, files)
    finally:
        other.close()


@pytest.mark.postgres
def test_restore_on_a_shared_server_is_refused_while_other_desks_are_connected(pg_url, tmp_path):
    import psycopg

    from legal_desk.services.backup import other_sessions

    url = fresh_pg_database(pg_url)
    pg = Desk.open(Config(db_url=url, store_root=tmp_path / "store"))
    ensure_admin(pg)
    admin = actor_for(pg, "admin")
    load_demo(pg, admin, 5, seed=3, today=DEMO_TODAY)
    backup(pg, admin, tmp_path / "copia.zip")
    # This program's own pooled connections are not «other desks».
    with pg.reading() as s1, pg.reading() as s2:
        s1.execute(select_one := __import__("sqlalchemy").text("SELECT 1"))
        s2.execute(select_one)
        assert other_sessions(pg) == []
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with (
        psycopg.connect(dsn, application_name="legal_desk PC-ANA (pid 4242)"),
        psycopg.connect(dsn, application_name="legal_desk PC-ANA (pid 4242)"),
        psycopg.connect(dsn, application_name="psql"),
    ):
        with pytest.raises(Conflict) as refused:
            restore(pg, admin, tmp_path / "copia.zip", replace=True)
        message = str(refused.value)
        assert message.startswith("No se restauró nada: hay 3 conexión(es) de otros equipos a esta base de datos")
        assert "legal_desk PC-ANA (pid 4242) en el propio servidor (2 conexiones)" in message
        assert "psql en el propio servidor" in message
        assert "Cierre legal_desk en esos equipos" in message and "--force" in message
        # Told that nobody is working (a connection left open), the admin goes ahead.
        res = restore(pg, admin, tmp_path / "copia.zip", replace=True, force=True)
        assert res["tables"]["cases"] == 5
    import time

    deadline = time.monotonic() + 10  # a closed connection's backend leaves pg_stat_activity a moment later
    while other_sessions(pg) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert other_sessions(pg) == []
    restore(pg, admin, tmp_path / "copia.zip", replace=True)  # everyone gone: no guard in the way
    pg.close()


def test_an_old_obligation_number_too_long_for_postgresql_can_be_corrected_in_the_case(desk, tmp_path):
    """Desks from before the 60-character check kept 61–64; the restore named them but nothing could fix them."""
    from sqlalchemy import select, text

    from legal_desk.db.models import AuditEvent
    from legal_desk.services.cases import CaseUpdate
    from legal_desk.services.errors import PermissionDenied

    admin = actor_for(desk, "admin")
    load_demo(desk, admin, 5, seed=3, today=DEMO_TODAY)
    long_ref = "OB-" + "7" * 59  # 62 characters
    with desk.engine.begin() as conn:  # as an older SQLite desk kept it
        if desk.dialect == "postgresql":  # never held one: widened only to test the same correction there
            conn.execute(text("ALTER TABLE cases ALTER COLUMN account_ref TYPE varchar(80)"))
        conn.execute(text("UPDATE cases SET account_ref = :r WHERE id = 2"), {"r": long_ref})
    other_ref = cases.get_case_file(desk, admin, 3).account_ref
    lawyer = actor_for(desk, "abogada")
    with pytest.raises(PermissionDenied, match="lo corrige un abogado o el administrador"):
        cases.update_case(desk, actor_for(desk, "dependiente"), 2, CaseUpdate(account_ref="OB-2"))
    with pytest.raises(Conflict, match=f"{other_ref} ya es el del expediente 3"):
        cases.update_case(desk, lawyer, 2, CaseUpdate(account_ref=other_ref))
    with pytest.raises(ValidationFailed, match="«account_ref» del expediente 2 tiene 61 caracteres; el máximo es 60"):
        cases.update_case(desk, lawyer, 2, CaseUpdate(account_ref=long_ref[:61]))
    # Editing anything else of that case still works: only the value written now is checked.
    cases.update_case(desk, lawyer, 2, CaseUpdate(court="Juzgado 1 Civil Municipal de Cali"))
    fixed = cases.update_case(desk, lawyer, 2, CaseUpdate(account_ref=long_ref[:60]))
    assert fixed.account_ref == long_ref[:60]
    with desk.reading() as s:
        event = (
            s.execute(
                select(AuditEvent)
                .where(AuditEvent.case_id == 2, AuditEvent.action == "case.update")
                .order_by(AuditEvent.id)
            )
            .scalars()
            .all()[-1]
        )
        assert event.username == "abogada" and event.before == {"account_ref": long_ref}
        assert event.after == {"account_ref": long_ref[:60]}
    assert [r.case_id for r in cases.list_cases(desk, admin, CaseQuery(search=long_ref[:60]))] == [2]
    assert integrity.verify(desk).ok


@pytest.mark.postgres
def test_the_refused_restore_says_how_to_correct_an_obligation_number_and_the_corrected_backup_restores(
    sqlite_desk, pg_url, tmp_path
):
    import sqlite3

    from legal_desk.services.cases import CaseUpdate

    admin = actor_for(sqlite_desk, "admin")
    load_demo(sqlite_desk, admin, 5, seed=3, today=DEMO_TODAY)
    with sqlite3.connect(sqlite_desk.config.sqlite_path) as conn:
        conn.execute("UPDATE cases SET account_ref = ? WHERE id = 4", ("OB-" + "9" * 61,))
    backup(sqlite_desk, admin, tmp_path / "copia.zip")
    pg = Desk.open(Config(db_url=fresh_pg_database(pg_url), store_root=tmp_path / "pg_store"))
    ensure_admin(pg)
    try:
        with pytest.raises(ValidationFailed) as refused:
            restore(pg, actor_for(pg, "admin"), tmp_path / "copia.zip")
        message = str(refused.value)
        assert "«account_ref» del expediente 4 tiene 64 caracteres; el máximo es 60" in message
        assert "El número de obligación (expediente 4) lo corrige un abogado o el administrador" in message
        assert "legal-desk case update EXPEDIENTE --account-ref NUEVO" in message
        cases.update_case(sqlite_desk, admin, 4, CaseUpdate(account_ref="OB-99999999"))
        backup(sqlite_desk, admin, tmp_path / "corregida.zip")
        assert restore(pg, actor_for(pg, "admin"), tmp_path / "corregida.zip")["tables"]["cases"] == 5
        assert cases.get_case_file(pg, actor_for(pg, "admin"), "OB-99999999").case_id == 4
    finally:
        pg.close()
