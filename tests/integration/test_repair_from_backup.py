"""A stored file deleted or changed by hand is taken back from a backup, without restoring the database.

Before, `verify` only named it; the way back was a whole restore over the desk, losing every write
since the backup. `repair_from_backup` takes each missing or altered file from the ZIP by its SHA-256;
an altered file is moved aside (never deleted) for whoever investigates. SQLite and PostgreSQL.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from legal_desk.cli import main
from legal_desk.db.models import AuditEvent, Evidence
from legal_desk.services.backup import backup, repair_from_backup
from legal_desk.services.demo import load_demo
from legal_desk.services.desk import Desk
from legal_desk.services.errors import PermissionDenied, ValidationFailed
from legal_desk.services.integrity import verify
from legal_desk.services.users import SYSTEM, actor_for, add_user
from tests.conftest import DEMO_TODAY


def _damage(desk: Desk) -> tuple[str, str]:
    """Delete one stored evidence file and append a byte to another; returns their SHA-256."""
    with desk.reading() as s:
        first, second = s.execute(select(Evidence.sha256).distinct().order_by(Evidence.sha256).limit(2)).scalars()
    desk.store.path_for(first).unlink()
    altered = desk.store.path_for(second)
    os.chmod(altered, 0o644)
    with open(altered, "ab") as fh:
        fh.write(b"x")
    return first, second


def test_missing_and_altered_files_come_back_from_the_backup_and_the_altered_one_is_kept_aside(
    desk: Desk, tmp_path: Path
) -> None:
    admin = actor_for(desk, "admin")
    load_demo(desk, admin, 20, seed=3, today=DEMO_TODAY)
    backup(desk, admin, tmp_path / "copia.zip")
    missing, altered = _damage(desk)
    assert {p["sha256"] for p in verify(desk).file_problems} == {missing, altered}
    with desk.reading() as s:
        events_before = len(s.execute(select(AuditEvent.id)).all())
    report = repair_from_backup(desk, admin, tmp_path / "copia.zip")
    assert len(report.repaired) == 2 and report.not_in_backup == []
    assert all(name.endswith(")") and "(expediente " in name for name in report.repaired)
    assert verify(desk).ok
    (aside,) = report.set_aside
    assert Path(aside).name.startswith(altered) and Path(aside).read_bytes().endswith(b"x")  # kept, not deleted
    with desk.reading() as s:
        events = s.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars().all()
    assert len(events) == events_before + 1 and events[-1].action == "store.repair"
    assert events[-1].after["backup"] == "copia.zip" and len(events[-1].after["repaired"]) == 2
    # nothing left to do the second time
    assert repair_from_backup(desk, admin, tmp_path / "copia.zip").to_json() == {
        "repaired": [],
        "not_in_backup": [],
        "set_aside": [],
    }


def test_a_file_the_backup_does_not_have_is_listed_and_only_an_admin_repairs(desk: Desk, tmp_path: Path) -> None:
    admin = actor_for(desk, "admin")
    backup(desk, admin, tmp_path / "vieja.zip")  # before the files existed
    load_demo(desk, admin, 10, seed=4, today=DEMO_TODAY)
    _damage(desk)
    add_user(desk, SYSTEM, "abogada2", "lawyer")
    with pytest.raises(PermissionDenied):
        repair_from_backup(desk, actor_for(desk, "abogada2"), tmp_path / "vieja.zip")
    report = repair_from_backup(desk, admin, tmp_path / "vieja.zip")
    assert report.repaired == [] and len(report.not_in_backup) == 2
    assert not verify(desk).ok  # still reported, nothing invented
    with pytest.raises(ValidationFailed, match="no existe"):
        repair_from_backup(desk, admin, tmp_path / "no-hay.zip")


def test_the_cli_repairs_before_it_verifies(sqlite_desk: Desk, tmp_path: Path, capsys: Any) -> None:
    admin = actor_for(sqlite_desk, "admin")
    load_demo(sqlite_desk, admin, 10, seed=5, today=DEMO_TODAY)
    backup(sqlite_desk, admin, tmp_path / "copia.zip")
    _damage(sqlite_desk)
    base = ["--db", sqlite_desk.config.db_url, "--store", str(sqlite_desk.config.store_root)]
    capsys.readouterr()
    assert main([*base, "verify"]) == 1
    out = capsys.readouterr().out
    assert "Se encontraron problemas." in out and "legal-desk verify --repair-from COPIA.zip" in out
    assert main([*base, "verify", "--repair-from", str(tmp_path / "copia.zip")]) == 0
    out = capsys.readouterr().out
    assert "Recuperados de la copia: 2" in out and out.count("RECUPERADO ") == 2 and "Todo íntegro." in out
