"""The day a team outgrows one machine: a year of work on a SQLite desk moves to PostgreSQL and a
shared store, three desks work on it, and a laptop takes a copy back to SQLite (README, «A team on
PostgreSQL»). Every step is the one the README tells the admin to take."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfWriter

from legal_desk.cli import main
from legal_desk.config import Config
from legal_desk.services import cases, documents, evidence, integrity, packets, settings
from legal_desk.services.calendars import calendar_setting_values, set_calendar_setting
from legal_desk.services.cases import CaseQuery, DebtInput, HandoverInput, PartyInput
from legal_desk.services.desk import Desk
from legal_desk.services.errors import ValidationFailed
from legal_desk.services.users import actor_for, authenticate
from tests.conftest import fresh_pg_database

pytestmark = pytest.mark.postgres


def _cli(capsys: pytest.CaptureFixture[str], db: str, store: Path, *args: str) -> dict:
    rc = main(["--db", db, "--store", str(store), "--json", *args])
    out, err = capsys.readouterr()
    assert rc == 0, (args, out, err)
    return json.loads(out) if out.strip() else {}


def _handover(desk: Desk, who: str, ref: str) -> int:
    row = cases.hand_over_case(
        desk,
        actor_for(desk, who),
        HandoverInput(
            ref, PartyInput("Ana Pérez", "CC", "52000111"), DebtInput(capital="100", due_date=dt.date(2025, 1, 1))
        ),
    )
    return row.case_id


def test_a_sqlite_desk_moves_to_postgresql_serves_three_desks_and_goes_back_to_a_laptop(
    pg_url, tmp_path, capsys, monkeypatch
):
    monkeypatch.delenv("LEGAL_DESK_TEMPLATES", raising=False)
    pdf = tmp_path / "pagare.pdf"
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.write(pdf)

    # ---- a year on one SQLite desk
    old_db, old_store = f"sqlite:///{tmp_path / 'desk1' / 'legal_desk.sqlite3'}", tmp_path / "desk1" / "store"
    run = lambda *a: _cli(capsys, old_db, old_store, *a)  # noqa: E731
    run("db", "upgrade")
    run("demo", "--cases", "60")
    run("user", "add", "laura", "--role", "lawyer", "--password", "secreto-123")
    run("user", "password", "admin", "--password", "clave-admin-1")
    ready = run("cases", "list", "--stage", "READY_TO_FILE", "--limit", "1")[0]["account_ref"]
    run("--user", "laura", "evidence", "add", ready, str(pdf), "--kind", "title", "--date", "2024-01-15")
    run("--user", "laura", "document", "generate", ready, "carta_requerimiento", "--out", str(tmp_path / "c.docx"))
    packet = run("--user", "laura", "packet", "build", ready, "--out", str(tmp_path / "p.pdf"))
    run("--user", "laura", "calendar", "closure", "add", "--from", "2026-10-05", "--to", "2026-10-07",
        "--reason", "Paro judicial", "--city", "Bogotá")
    one = Desk.open(Config(db_url=old_db, store_root=old_store))
    admin1 = actor_for(one, "admin")
    settings.set_setting(one, admin1, "interest.day_basis", 360)
    set_calendar_setting(one, admin1, "calendar.holy_week_closed", False)
    own = documents.customize_templates(one, admin1, tmp_path / "desk1" / "plantillas")
    letter = Document(str(own / "carta_requerimiento.docx"))
    letter.add_paragraph("Texto propio del despacho.")
    letter.save(str(own / "carta_requerimiento.docx"))
    before = {
        "cases": cases.count_cases(one, admin1, CaseQuery()),
        "case": cases.get_case_file(one, admin1, ready).to_json(),
        "search": [r.case_id for r in cases.list_cases(one, admin1, CaseQuery(search="ñañez", limit=500))],
    }
    one.close()
    assert before["search"]

    # ---- the move: back up, restore on the server with the shared store, verify
    run("backup", str(tmp_path / "copia.zip"))
    server, shared = fresh_pg_database(pg_url), tmp_path / "compartida" / "store"
    on_server = lambda *a: _cli(capsys, server, shared, *a)  # noqa: E731
    on_server("db", "upgrade")
    restored = on_server("restore", str(tmp_path / "copia.zip"))
    assert restored["tables"]["cases"] == before["cases"] and restored["files"] > 0
    checked = on_server("verify")
    assert checked["ok"] and checked["files_checked"] == restored["files"]  # every file is in the shared store
    # the firm's templates go to the shared drive too (the first computer's disk is not the team's)
    shutil.copytree(tmp_path / "desk1" / "plantillas", tmp_path / "compartida" / "plantillas")
    shutil.rmtree(tmp_path / "desk1")

    # ---- three desks on the server
    desks = [Desk.open(Config(db_url=server, store_root=shared)) for _ in range(3)]
    try:
        for d in desks:
            assert authenticate(d, "laura", "secreto-123").username == "laura"
            assert authenticate(d, "admin", "clave-admin-1").username == "admin"
            assert authenticate(d, "lrestrepo", "legaldesk").username == "lrestrepo"
        first, second, third = desks
        admin = actor_for(first, "admin")
        assert cases.get_case_file(second, admin, ready).to_json() == before["case"]
        assert [r.case_id for r in cases.list_cases(third, admin, CaseQuery(search="ñañez", limit=500))] == before[
            "search"
        ]
        assert settings.desk_settings(second)["interest.day_basis"] == "360"
        assert calendar_setting_values(third)["calendar.holy_week_closed"] is False
        assert packets.packet_path(second, admin, packet["packet_id"]).is_file()
        # the templates setting still names the first computer's folder: said, not replaced by the program's
        with pytest.raises(ValidationFailed, match="no encuentra"):
            documents.render(second, actor_for(second, "laura"), ready, "carta_requerimiento")
        documents.customize_templates(first, admin, tmp_path / "compartida" / "plantillas")
        for d in desks:
            _info, docx = documents.render(d, actor_for(d, "laura"), ready, "carta_requerimiento")
            assert "Texto propio del despacho." in "\n".join(p.text for p in Document(io.BytesIO(docx)).paragraphs)

        # new work on each desk gets fresh ids after the restored ones
        new_ids = [_handover(d, "admin", f"NUEVO-{i}") for i, d in enumerate(desks)]
        assert len(set(new_ids)) == 3 and min(new_ids) > before["cases"]
        added = evidence.add_evidence(second, actor_for(second, "laura"), new_ids[1], pdf, "title")
        assert added.evidence_id > 0
        docs = [
            documents.generate_document(d, actor_for(d, "laura"), ready, "carta_requerimiento", pdf=False)
            for d in desks
        ]
        assert len({doc.document_id for doc in docs}) == 3
        report = integrity.verify(third)
        assert report.ok, report
    finally:
        for d in desks:
            d.close()

    # ---- and back: the server's copy on a laptop's SQLite file
    on_server("backup", str(tmp_path / "servidor.zip"))
    laptop_db = f"sqlite:///{tmp_path / 'portatil' / 'legal_desk.sqlite3'}"
    laptop_store = tmp_path / "portatil" / "store"
    on_laptop = lambda *a: _cli(capsys, laptop_db, laptop_store, *a)  # noqa: E731
    back = on_laptop("restore", str(tmp_path / "servidor.zip"))
    assert back["tables"]["cases"] == before["cases"] + 3
    assert on_laptop("verify")["ok"]
    laptop = Desk.open(Config(db_url=laptop_db, store_root=laptop_store))
    try:
        assert authenticate(laptop, "laura", "secreto-123").username == "laura"
        assert _handover(laptop, "admin", "PORTATIL-1") > max(new_ids)
        assert integrity.verify(laptop).ok
    finally:
        laptop.close()
