"""Another program holds the SQLite file's write lock (a second legal_desk importing a big bank file): opening
the desk and reading do not wait for it, and a write that waits past the busy timeout says the database is
busy, in one sentence, with nothing half-saved (not the driver's «database is locked» nor a traceback)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from legal_desk.cli import main
from legal_desk.db import session as db_session
from legal_desk.db.models import ContactAttempt
from legal_desk.services import cases, contacts
from legal_desk.services.cases import CaseQuery, DebtInput, HandoverInput, PartyInput
from legal_desk.services.desk import Desk
from legal_desk.services.errors import DatabaseBusy
from legal_desk.services.users import actor_for

BUSY = (
    "La base de datos está ocupada: otro programa u otro legal_desk lleva más de 1 s guardando en ella "
    "(p. ej. una importación grande); no se guardó nada de esta operación, repítala cuando termine"
)


@pytest.fixture
def held(sqlite_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The desk's file with one case, its write lock then held by another connection; busy timeout 1 s."""
    cases.hand_over_case(
        sqlite_desk,
        actor_for(sqlite_desk, "cobranza"),
        HandoverInput(
            "OB-1", PartyInput("Rosa Ñañez", "CC", "52111222"), DebtInput(Decimal("5000000"), dt.date(2024, 3, 15))
        ),
    )
    monkeypatch.setattr(db_session, "BUSY_TIMEOUT_S", 1)
    path = sqlite_desk.config.sqlite_path
    assert path is not None
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # what a second desk's import does for its whole run
    yield path
    other.rollback()
    other.close()


def test_opening_the_desk_and_reading_do_not_wait_for_another_writer(sqlite_desk: Desk, held: Path) -> None:
    # before: every open took the write lock to look at a done-once upgrade step, so the app, and every
    # command (even `cases list`), waited the whole busy timeout and then failed with «database is locked»
    second = Desk.open(sqlite_desk.config)
    try:
        assert cases.count_cases(second, actor_for(second, "abogada"), CaseQuery()) == 1
    finally:
        second.close()


def test_a_write_past_the_busy_timeout_says_the_database_is_busy(sqlite_desk: Desk, held: Path) -> None:
    second = Desk.open(sqlite_desk.config)  # its connections wait 1 s
    try:
        with pytest.raises(DatabaseBusy) as busy:
            contacts.log_contact(
                second,
                actor_for(second, "cobranza"),
                "OB-1",
                channel="call",
                at=dt.datetime(2025, 7, 1, 10),
                outcome="no_answer",
            )
        assert str(busy.value) == BUSY
        assert busy.value.code == "busy"
    finally:
        second.close()
    with sqlite_desk.reading() as s:
        assert s.scalar(select(func.count()).select_from(ContactAttempt)) == 0


def test_the_cli_says_busy_not_the_driver_text(
    sqlite_desk: Desk, held: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{held}"
    rc = main(
        [
            "--db",
            db,
            "--store",
            str(sqlite_desk.config.store_root),
            "--user",
            "cobranza",
            "--json",
            "contact",
            "add",
            "OB-1",
            "--channel",
            "call",
            "--date",
            "2025-07-01",
            "--outcome",
            "no_answer",
        ]
    )
    out, err = capsys.readouterr()
    assert rc == 1
    # before: «La base de datos rechazó la operación: database is locked; no se guardó nada de ella»
    assert json.loads(out) == {"error": {"code": "busy", "message": BUSY}}
    assert err.strip() == f"legal-desk: {BUSY}"
    rc = main(["--db", db, "--store", str(sqlite_desk.config.store_root), "--json", "cases", "list"])
    assert rc == 0
    assert [c["account_ref"] for c in json.loads(capsys.readouterr().out)] == ["OB-1"]
