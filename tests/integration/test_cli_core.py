"""The command line contract (CLI.md) for the case-file core: JSON documents and exit codes."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from legal_desk.cli import main

DATA = Path(__file__).resolve().parents[1] / "_data"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def cli(tmp_path, capsys):
    base = ["--db", f"sqlite:///{tmp_path / 'cli.sqlite3'}", "--store", str(tmp_path / "store")]

    def run(*args: str) -> tuple[int, object, str]:
        rc = main([*base, *args])
        out, err = capsys.readouterr()
        try:
            data = json.loads(out) if "--json" in args else out
        except json.JSONDecodeError:
            data = out
        return rc, data, err

    assert main([*base, "db", "upgrade"]) == 0
    capsys.readouterr()
    return run


def _csv(tmp_path: Path, body: str, name: str = "r.csv", encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(body.encode(encoding))
    return p


HEADER = "numero_obligacion;nombre_deudor;tipo_documento;numero_documento;capital;fecha_vencimiento\n"


def test_import_show_evidence_notice_verify_backup(cli, tmp_path):
    rc, data, _ = cli("db", "upgrade", "--json")
    assert rc == 0 and data["upgraded"] is False and data["from"] == data["to"]  # the fixture created it
    f = _csv(
        tmp_path,
        HEADER + "OB-1;María Ñañez;CC;52123456;12.500.000,00;15/03/2024\n"
        "OB-2;Comercial Andes SAS;NIT;900123456-8;1.000.000;2024-01-31\n"
        "OB-3;Juan;XX;123;-5;31/02/2024\nOB-1;Dup;CC;1234567;5;2024-01-01\n",
        encoding="cp1252",
    )
    rc, data, _ = cli("import", "referrals", str(f), "--dry-run", "--json")
    assert rc == 1 and data["accepted"] == 2 and data["rejected"] == 2
    rc, data, _ = cli("cases", "list", "--json")
    assert data == []
    rc, data, _err = cli("import", "referrals", str(f), "--json")
    assert rc == 1 and data["accepted"] == 2 and data["rejected"] == 2
    assert [(e["line"], e["column"]) for e in data["errors"]] == [
        (4, "capital"),
        (4, "fecha_vencimiento"),
        (4, "tipo_documento"),
        (5, "numero_obligacion"),
    ]
    assert [c["account_ref"] for c in data["cases"]] == ["OB-1", "OB-2"]
    rc, data, _ = cli("import", "referrals", str(f), "--json")
    assert data["accepted"] == 0 and any("ya fue entregada" in e["message"] for e in data["errors"])
    rc, data, _ = cli("cases", "list", "--search", "ñañez", "--json")
    assert [r["account_ref"] for r in data] == ["OB-1"]
    pdf = tmp_path / "pagare.pdf"
    pdf.write_bytes(PDF)
    rc, ev, _ = cli("evidence", "add", "OB-1", str(pdf), "--kind", "title", "--date", "2024-01-02", "--json")
    assert rc == 0 and len(ev["sha256"]) == 64
    rc, n, _ = cli(
        "notice",
        "add",
        "OB-1",
        "--channel",
        "mail",
        "--sent",
        "2025-07-01",
        "--carrier",
        "4-72",
        "--tracking",
        "RA1",
        "--json",
    )
    assert rc == 0
    rc, r, _ = cli("notice", "receipt", str(n["notice_id"]), "--delivered", "2025-07-03", "--proof", str(pdf), "--json")
    assert rc == 0 and r["proof_sha256"] == ev["sha256"]
    rc, data, _ = cli(
        "contact", "add", "OB-1", "--channel", "call", "--date", "2025-07-01", "--outcome", "no_answer", "--json"
    )
    assert rc == 0 and data["violations"] == []
    rc, show, _ = cli("case", "show", "OB-1", "--json")
    for key in (
        "case_id",
        "account_ref",
        "stage",
        "jurisdiction",
        "currency",
        "capital",
        "due_date",
        "debtor",
        "guarantors",
        "evidence",
        "contacts",
        "notices",
        "hearings",
        "embargoes",
        "settlement_offers",
        "payments",
        "readiness",
    ):
        assert key in show
    assert show["capital"] == "12500000.00" and show["debtor"]["name"] == "María Ñañez"
    assert show["notices"][0]["proof_sha256"] == ev["sha256"] and show["notices"][0]["delivered"] == "2025-07-03"
    assert show["readiness"]["ready"] is False
    rc, data, _ = cli("verify", "--json")
    assert rc == 0 and data["ok"] and data["files_checked"] == 1
    rc, data, _ = cli("backup", str(tmp_path / "copia.zip"), "--json")
    assert rc == 0 and data["files"] == 1
    rc, data, _ = cli("restore", str(tmp_path / "copia.zip"), "--json")
    assert rc == 1 and data["error"]["code"] == "conflict"


def test_errors_are_one_sentence_without_traceback(cli, tmp_path):
    rc, data, err = cli("case", "show", "NOPE", "--json")
    assert rc == 1 and data["error"]["code"] == "not_found" and "Traceback" not in err
    rc, _, err = cli("import", "referrals", str(tmp_path / "missing.csv"))
    assert rc == 1 and "no existe" in err
    empty = _csv(tmp_path, "", "empty.csv")
    rc, _, err = cli("import", "referrals", str(empty))
    assert rc == 1 and "vací" in err
    fake = tmp_path / "fake.xlsx"
    fake.write_text("hola")
    rc, _, err = cli("import", "referrals", str(fake))
    assert rc == 1 and "fake.xlsx" in err
    rc, _, err = cli("user", "add", "x", "--role", "lawyer", "--user", "nadie")
    assert rc == 1 and "nadie" in err
    with pytest.raises(SystemExit) as exc:
        main(["case"])
    assert exc.value.code == 2


def test_store_not_writable(tmp_path, capsys):
    if __import__("os").geteuid() == 0:
        blocker = tmp_path / "file-not-dir"
        blocker.write_text("x")
        store = blocker / "store"
    else:  # pragma: no cover
        store = Path("/proc/legal_desk_store")
    f = tmp_path / "e.pdf"
    f.write_bytes(PDF)
    base = ["--db", f"sqlite:///{tmp_path / 'x.sqlite3'}", "--store", str(store)]
    assert main([*base, "db", "upgrade"]) == 0
    main([*base, "import", "referrals", str(_csv(tmp_path, HEADER + "OB-9;Ana;CC;52123456;100;2024-01-01\n"))])
    capsys.readouterr()
    rc = main([*base, "evidence", "add", "OB-9", str(f), "--kind", "title"])
    err = capsys.readouterr().err
    assert rc == 1 and "No se puede escribir" in err


def test_user_add_and_roles(cli):
    rc, data, _ = cli("user", "add", "laura", "--role", "lawyer", "--json")
    assert rc == 0 and data["role"] == "lawyer"
    rc, data, _ = cli("user", "add", "col", "--role", "collections", "--json")
    rc, data, _ = cli("user", "add", "otro", "--role", "lawyer", "--user", "col", "--json")
    assert rc == 1 and data["error"]["code"] == "permission_denied"


def test_import_xlsx_with_date_cells_and_english_headers(cli, tmp_path):
    import datetime as dt

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Account Ref", "Debtor Name", "Debtor ID Type", "Debtor ID Number", "Capital", "Due Date",
               "Guarantor Name", "Guarantor ID Type", "Guarantor ID Number"])
    ws.append(["X-1", "Ángela Quiñones", "CC", 52999111, 1500000.5, dt.datetime(2024, 2, 29), "Luis Peña", "CC",
               "79111222"])
    ws.append(["X-2", "Sociedad Andina SAS", "NIT", "900123456-7", "2.000.000", "31/02/2024", None, None, None])
    f = tmp_path / "bank.xlsx"
    wb.save(f)
    rc, data, _ = cli("import", "referrals", str(f), "--json")
    assert rc == 1 and data["accepted"] == 1 and data["rejected"] == 1
    assert {(e["line"], e["column"]) for e in data["errors"]} == {(3, "Debtor ID Number"), (3, "Due Date")}
    rc, show, _ = cli("case", "show", "X-1", "--json")
    assert show["capital"] == "1500000.50" and show["due_date"] == "2024-02-29"
    assert show["guarantors"][0]["name"] == "Luis Peña"


def test_case_move_reopen_archive(cli, tmp_path):
    f = _csv(tmp_path, HEADER + "OB-7;Ana Gómez;CC;52123456;100.000;2024-01-01\n")
    cli("import", "referrals", str(f))
    cli("user", "add", "laura", "--role", "lawyer")
    rc, data, _ = cli("case", "move", "OB-7", "--to", "RETURNED_TO_COLLECTIONS", "--user", "laura", "--json")
    assert rc == 1 and "motivo" in data["error"]["message"]
    rc, data, _ = cli("case", "move", "OB-7", "--to", "RETURNED_TO_COLLECTIONS", "--reason", "Sin pagaré",
                      "--user", "laura", "--json")
    assert rc == 0 and data["stage"] == "RETURNED_TO_COLLECTIONS"
    rc, data, _ = cli("case", "reopen", "OB-7", "--to", "INTAKE", "--reason", "Llegó el pagaré", "--user", "laura",
                      "--json")
    assert rc == 0 and data["stage"] == "INTAKE"
    rc, data, _ = cli("case", "archive", "OB-7", "--reason", "Prueba", "--user", "laura", "--json")
    assert rc == 0 and data["archived"] is True
    rc, data, _ = cli("cases", "list", "--json")
    assert data == []


def test_no_command_without_a_display_says_so(tmp_path, capsys, monkeypatch):
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    rc = main(["--db", f"sqlite:///{tmp_path / 'x.sqlite3'}"])
    assert rc == 1 and "pantalla" in capsys.readouterr().err


def test_case_update_and_party_commands(cli, tmp_path):
    f = _csv(tmp_path, HEADER + "OB-8;Ana Gómez;CC;52123456;100.000;2024-01-01\n")
    cli("import", "referrals", str(f))
    cli("user", "add", "laura", "--role", "lawyer")
    rc, show, _ = cli("case", "show", "OB-8", "--json")
    pid = show["debtor"]["party_id"]
    rc, data, _ = cli("party", "update", str(pid), "--address", "Calle 9 # 9-9", "--email-source", "Formulario",
                      "--json")
    assert rc == 0 and data["debtor"]["address"] == "Calle 9 # 9-9"
    rc, data, _ = cli("case", "update", "OB-8", "--original-location", "Archivo central", "--lawyer", "laura",
                      "--costs", "1.500,00", "--json")
    assert rc == 0 and data["original_location"] == "Archivo central" and data["costs"] == "1500.00"
    assert data["lawyer"] == "laura"
    rc, data, _ = cli("party", "add", "OB-8", "--name", "Luis Peña", "--id-type", "NIT", "--id-number",
                      "900123456-7", "--json")
    assert rc == 1 and "dígito de verificación" in data["error"]["message"]


def test_case_update_corrects_the_debt(cli, tmp_path):
    f = _csv(tmp_path, HEADER + "OB-9;Ana Gómez;CC;52123456;100.000;2024-01-01\n")
    cli("import", "referrals", str(f))
    rc, data, _ = cli("case", "update", "OB-9", "--capital", "1.250.000,50", "--due-date", "15/06/2022", "--json")
    assert rc == 0 and data["capital"] == "1250000.50" and data["due_date"] == "2022-06-15"
    assert data["limitation_date"] == "2025-06-16"
    rc, data, _ = cli("case", "update", "OB-9", "--capital", "abc", "--json")
    assert rc == 1 and "Capital" in data["error"]["message"]
    # the agreed rate as a lawyer writes it, then removed (the title refers to the legal maximum)
    rc, data, _ = cli("case", "update", "OB-9", "--agreed-rate", "24,5 %", "--json")
    assert rc == 0 and data["agreed_rate"] == "24.50"
    rc, data, _ = cli("case", "update", "OB-9", "--no-agreed-rate", "--json")
    assert rc == 0 and data["agreed_rate"] is None


def test_checklist_commands(cli):
    rc, data, _ = cli("checklist", "set", "liquidation", "--title-type", "cheque", "--off", "--json")
    assert rc == 0 and data["active"] is False and data["title_type"] == "cheque"
    rc, data, _ = cli("checklist", "list", "--jurisdiction", "CO", "--json")
    assert {(d["code"], d["title_type"], d["active"]) for d in data} >= {("liquidation", "cheque", False),
                                                                          ("liquidation", "*", True)}
    rc, data, _ = cli("checklist", "set", "liquidation", "--json")
    assert rc == 1 and data["error"]["code"] == "error"


def test_a_missing_database_is_created_only_by_db_upgrade(tmp_path, capsys):
    """A mistyped --db is refused rather than silently becoming a new empty desk."""
    db = tmp_path / "typo" / "desk.sqlite3"
    base = ["--db", str(db), "--store", str(tmp_path / "store")]
    for args in (["cases", "list"], ["import", "referrals", "x.csv"], ["restore", str(tmp_path / "none.zip")]):
        rc = main([*base, *args, "--json"])
        out, err = capsys.readouterr()
        assert rc == 1 and "Traceback" not in err, args
        assert json.loads(out)["error"]["code"] == "not_found" and err.count("\n") == 1
    assert not db.exists() and not db.parent.exists()
    assert main([*base, "db", "upgrade", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["upgraded"] is True and data["from"] is None and db.is_file()


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: p.write_text("esto no es una base de datos " * 40), "no es una base de datos SQLite"),
        (lambda p: sqlite3.connect(p).execute("CREATE TABLE moz_places (x)").connection.commit(), "otro programa"),
        (lambda p: p.mkdir(), "es una carpeta"),
    ],
)
def test_a_file_that_is_not_a_desk_database_is_refused(tmp_path, capsys, make, expected):
    db = tmp_path / "otra.sqlite3"
    make(db)
    before = db.read_bytes() if db.is_file() else None
    for args in (["db", "upgrade"], ["cases", "list"]):
        rc = main(["--db", str(db), "--store", str(tmp_path / "s"), *args])
        err = capsys.readouterr().err
        assert rc == 1 and expected in err and "Traceback" not in err and err.count("\n") == 1
    assert (db.read_bytes() if db.is_file() else None) == before  # nothing was written into it


def test_unsupported_or_unreachable_database_url(tmp_path, capsys):
    rc = main(["--db", "mysql://u@localhost/legal", "cases", "list", "--json"])
    out, err = capsys.readouterr()
    assert rc == 1 and "no es compatible" in err and json.loads(out)["error"]["message"]
    rc = main(["--db", "postgresql://laura:s3creta@127.0.0.1:1/legal", "cases", "list"])
    err = capsys.readouterr().err
    assert rc == 1 and "No se puede abrir la base de datos" in err
    assert "s3creta" not in err and "laura:***@" in err  # the password never reaches a terminal or a log
    assert "sqlalche.me" not in err and "Traceback" not in err


def test_usage_errors_are_spanish_and_json(cli, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["case", "show", "--json"])
    out, err = capsys.readouterr()
    assert exc.value.code == 2
    assert "faltan argumentos obligatorios: CASO" in err and err.startswith("uso: ")
    assert json.loads(out) == {"error": {"code": "usage", "message": "faltan argumentos obligatorios: CASO"}}
    with pytest.raises(SystemExit):
        main(["cases", "list", "--limit", "diez"])
    out, err = capsys.readouterr()
    assert out == "" and "argumento --limit: «diez» no es un número entero" in err
    with pytest.raises(SystemExit):
        main(["contact", "add", "OB-1", "--channel", "call", "--date", "31/02/2024", "--outcome", "x", "--json"])
    out, err = capsys.readouterr()
    assert "«31/02/2024» no es una fecha real" in json.loads(out)["error"]["message"]
    with pytest.raises(SystemExit) as exc:
        main(["case", "--help"])
    out = capsys.readouterr().out
    assert exc.value.code == 0 and "opciones:" in out and "mostrar esta ayuda" in out and "options" not in out


def test_an_unexpected_error_is_one_sentence_not_a_traceback(cli, monkeypatch):
    import legal_desk.services.cases as cases_service

    def boom(*_a, **_k):
        raise RuntimeError("algo se rompió\ncon detalle en otra línea")

    monkeypatch.setattr(cases_service, "get_case_file", boom)
    rc, data, err = cli("case", "show", "1", "--json")
    assert rc == 1 and data["error"]["code"] == "internal" and "Traceback" not in err
    assert "RuntimeError: algo se rompió" in err and err.count("\n") == 1 and "LEGAL_DESK_DEBUG" in err
    monkeypatch.setenv("LEGAL_DESK_DEBUG", "1")
    with pytest.raises(RuntimeError):
        cli("case", "show", "1")


def test_cases_list_refuses_an_unknown_stage_and_limit(cli, tmp_path):
    f = _csv(tmp_path, HEADER + "OB-1;Ana Ruiz;CC;52123456;100;2024-01-01\n")
    assert cli("import", "referrals", str(f))[0] == 0
    rc, data, _ = cli("cases", "list", "--stage", "intake", "--json")
    assert rc == 0 and [r["account_ref"] for r in data] == ["OB-1"]  # codes in any case
    rc, data, err = cli("cases", "list", "--stage", "radicada", "--json")
    assert rc == 1 and data["error"]["code"] == "error" and "Etapa «radicada» desconocida" in err
    assert "FILED (Demanda radicada)" in err  # says which codes exist
    rc, data, err = cli("cases", "list", "--limit", "0", "--json")
    assert rc == 1 and "--limit" in data["error"]["message"]
    rc, text, _ = cli("cases", "list")
    assert rc == 0 and text.rstrip().endswith("\n1 expediente")
    rc, data, err = cli("case", "move", "OB-1", "--to", "evidence", "--json")
    assert rc == 0 and data["stage"] == "EVIDENCE"


def test_import_with_rejected_rows_says_so_on_stderr_under_json(cli, tmp_path):
    f = _csv(tmp_path, HEADER + "OB-1;Ana Ruiz;CC;52123456;100;2024-01-01\nOB-2;Luis;CC;52123457;abc;2024-01-01\n")
    rc, data, err = cli("import", "referrals", str(f), "--dry-run", "--json")
    assert rc == 1 and data["rejected"] == 1 and data["errors"][0]["line"] == 3
    assert err == "legal-desk: 1 fila rechazada (ver «errors»); no se escribió nada (--dry-run)\n"


def test_an_unwritable_output_is_refused_before_anything_is_recorded(cli, tmp_path):
    """Before: the letter or packet was saved in the case (audited) and only then the copy to --out failed."""
    assert cli("demo", "--cases", "3")[0] == 0
    blocker = tmp_path / "informe"
    blocker.write_text("un archivo, no una carpeta")
    attempts = [
        ("document", "generate", "1", "carta_requerimiento", "--out", str(blocker / "carta.docx")),
        ("packet", "build", "1", "--out", str(blocker / "sub" / "paquete.pdf")),
        ("document", "batch", "carta_requerimiento", "--cases", "1", "--no-pdf", "--out-dir", str(blocker)),
        ("agenda", "--ics", str(blocker / "agenda.ics")),
        ("packet", "build", "1", "--out", str(tmp_path)),
    ]
    _, before, _ = cli("case", "show", "1", "--json")
    for args in attempts:
        rc, data, err = cli(*args, "--json")
        assert rc == 1 and "Traceback" not in err and err.count("\n") == 1, args
        assert str(blocker if "informe" in " ".join(args) else tmp_path) in data["error"]["message"]
    _, after, _ = cli("case", "show", "1", "--json")
    assert after["documents"] == before["documents"] and after["version"] == before["version"]
    assert blocker.read_text() == "un archivo, no una carpeta"
    out = tmp_path / "x" / "c.docx"
    rc, data, _ = cli("document", "generate", "1", "carta_requerimiento", "--out", str(out), "--json")
    assert rc == 0 and out.read_bytes()[:2] == b"PK", data


def test_verify_names_every_tampered_file_and_the_cases_that_use_it(cli, tmp_path):
    assert cli("demo", "--cases", "4")[0] == 0
    rc, packet, _ = cli("packet", "build", "1", "--out", str(tmp_path / "p.pdf"), "--json")
    assert rc == 0
    _, one, _ = cli("case", "show", "1", "--json")
    title = next(e for e in one["evidence"] if e["kind"] == "title")
    store = tmp_path / "store"
    for sha in (packet["sha256"], title["sha256"]):
        with (store / sha[:2] / sha[2:]).open("ab") as fh:
            fh.write(b"alterado")
    rc, data, _ = cli("verify", "--json")
    assert rc == 1 and data["ok"] is False
    files = {p["sha256"]: p["file"] for p in data["file_problems"]}
    assert files[packet["sha256"]] == "paquete de radicación 1 (expediente 1)"  # was the bare hash
    sharing = 0
    for cid in range(1, 5):
        _, show, _ = cli("case", "show", str(cid), "--json")
        sharing += any(e["sha256"] == title["sha256"] for e in show["evidence"])
    more = f" y {sharing - 1} más" if sharing > 1 else ""
    assert files[title["sha256"]] == f"{title['filename']} (expediente 1{more})"


def test_user_add_keeps_the_lawyer_details_and_refuses_a_short_password(cli, tmp_path):
    """--id-number, --professional-card, --address and --phone were accepted and silently dropped."""
    from sqlalchemy import select

    from legal_desk.config import Config
    from legal_desk.db.models import User
    from legal_desk.services.desk import Desk

    rc, data, err = cli("user", "add", "laura", "--role", "lawyer", "--password", "corta", "--json")
    assert rc == 1 and data["error"]["code"] == "validation" and "al menos 8 caracteres" in err
    rc, data, _ = cli(
        "user", "add", "laura", "--role", "lawyer", "--full-name", "Laura Restrepo", "--password", "secreto-123",
        "--id-number", "43123456", "--professional-card", "123456 del C. S. de la J.",
        "--address", "Calle 10 # 43-12, Medellín", "--phone", "+57 604 444 5566", "--json",
    )  # fmt: skip
    assert rc == 0 and data["username"] == "laura"
    desk = Desk.open(Config(db_url=f"sqlite:///{tmp_path / 'cli.sqlite3'}", store_root=tmp_path / "store"))
    try:
        with desk.reading() as s:
            u = s.execute(select(User).where(User.username == "laura")).scalar_one()
            got = (u.id_number, u.professional_card, u.address, u.phone)
    finally:
        desk.close()
    assert got == ("43123456", "123456 del C. S. de la J.", "Calle 10 # 43-12, Medellín", "+57 604 444 5566")


def test_contact_in_the_future_is_refused(cli, tmp_path):
    f = _csv(tmp_path, HEADER + "OB-1;Ana Ruiz;CC;52123456;100;2024-01-01\n")
    assert cli("import", "referrals", str(f))[0] == 0
    rc, data, err = cli("contact", "add", "OB-1", "--channel", "call", "--date", "2099-03-02", "--outcome",
                        "no_answer", "--json")
    assert rc == 1 and data["error"]["code"] == "validation" and "2099-03-02 está en el futuro" in err
    rc, show, _ = cli("case", "show", "OB-1", "--json")
    assert show["contacts"] == []
    rc, data, _ = cli("contact", "add", "OB-1", "--channel", "call", "--date", "2025-03-04", "--time", "10:30",
                      "--outcome", "no_answer", "--json")
    assert rc == 0 and data["violations"] == []


def test_evidence_dated_in_the_future_is_refused(cli, tmp_path):
    f = _csv(tmp_path, HEADER + "OB-1;Ana Ruiz;CC;52123456;100;2024-01-01\n")
    assert cli("import", "referrals", str(f))[0] == 0
    pdf = tmp_path / "pagare.pdf"
    pdf.write_bytes(PDF)
    rc, data, err = cli("evidence", "add", "OB-1", str(pdf), "--kind", "title", "--date", "2099-01-01", "--json")
    assert rc == 1 and data["error"]["code"] == "validation" and "01/01/2099 es posterior a hoy" in err
    assert cli("case", "show", "OB-1", "--json")[1]["evidence"] == []


def test_human_listing_prints_whole_stage_names_and_colombian_dates(cli):
    rc, _, _ = cli("demo", "--cases", "120", "--seed", "3")
    assert rc == 0
    rc, out, _ = cli("cases", "list", "--stage", "EXECUTION", "--limit", "3")
    assert rc == 0 and "Ejecución (embargo, secuestro, remate) " in str(out)
    rc, data, _ = cli("case", "show", "1", "--json")
    due = dt.date.fromisoformat(data["due_date"])
    rc, out, _ = cli("case", "show", "1")
    assert rc == 0 and f"Vence: {due:%d/%m/%Y}" in str(out)


def test_bureau_notice_says_when_the_negative_report_may_be_made(cli, tmp_path):
    f = _csv(tmp_path, HEADER + "OB-1;Ana Ruiz;CC;52123456;100;2024-01-01\n")
    assert cli("import", "referrals", str(f))[0] == 0
    rc, data, _ = cli("notice", "add", "OB-1", "--channel", "mail", "--kind", "bureau_notice", "--sent", "2025-03-03",
                      "--carrier", "4-72", "--tracking", "RA1", "--json")
    assert rc == 0 and data["bureau_report_from"] == "2025-03-24"
    rc, out, _ = cli("notice", "add", "OB-1", "--channel", "mail", "--kind", "bureau_notice", "--sent", "2025-03-03",
                     "--carrier", "4-72", "--tracking", "RA2")
    assert "procede desde el 24/03/2025" in str(out)
    notices = cli("case", "show", "OB-1", "--json")[1]["notices"]
    assert [n["bureau_report_from"] for n in notices] == ["2025-03-24", "2025-03-24"]
    rc, data, _ = cli("notice", "add", "OB-1", "--channel", "mail", "--sent", "2025-03-03", "--carrier", "4-72",
                      "--tracking", "RA3", "--json")
    assert data["bureau_report_from"] is None  # only the prior notice of a bureau report


def test_collections_see_an_accepted_handover_limited_and_are_refused_the_rest(cli, tmp_path):
    """Collections fix their handover while legal has not accepted it; afterwards `case show` is the short
    «Mis entregas» view and every change or legal read is refused with a sentence, not a code."""
    cli("user", "add", "col", "--role", "collections")
    cli("user", "add", "laura", "--role", "lawyer", "--full-name", "Laura Restrepo")
    f = _csv(tmp_path, HEADER + "OB-5;Ana Gómez;CC;52123456;100.000;2024-01-01\n")
    assert cli("import", "referrals", str(f), "--user", "col")[0] == 0
    rc, data, _ = cli("case", "update", "OB-5", "--capital", "200.000", "--user", "col", "--json")
    assert rc == 0 and data["capital"] == "200000.00"  # INTAKE: still theirs to fix
    assert cli("case", "move", "OB-5", "--to", "EVIDENCE", "--user", "laura")[0] == 0
    rc, show, _ = cli("case", "show", "OB-5", "--user", "col", "--json")
    assert rc == 0 and show["limited"] is True and show["lawyer"] == "Laura Restrepo"
    assert show["capital"] == "200000.00" and "evidence" not in show and "payments" not in show
    rc, out, _ = cli("case", "show", "OB-5", "--user", "col")
    assert "Abogado: Laura Restrepo" in out and "Jurídico ya aceptó este expediente" in out
    assert "Pruebas:" not in out and "Listo para radicar" not in out
    rc, data, err = cli("case", "update", "OB-5", "--capital", "999.000", "--user", "col", "--json")
    assert rc == 1 and "ya lo aceptó jurídico (etapa «Recaudo de pruebas»): cobranza ya no puede modificarlo" in err
    rc, data, err = cli("liquidation", "OB-5", "--as-of", "2025-01-31", "--user", "col", "--json")
    assert rc == 1 and "cobranza solo ve su etapa, el abogado, el radicado" in data["error"]["message"]
    rc, show, _ = cli("case", "show", "OB-5", "--user", "laura", "--json")
    assert show["limited"] is False and show["capital"] == "200000.00" and "evidence" in show


def test_import_names_the_creditor_of_every_account(cli, tmp_path):
    """Imported cases had no creditor at all (only the service API could pass one), so each needed its
    creditor typed in before a poder or demanda; --creditor/--creditor-id give it to the whole file."""
    f = _csv(tmp_path, HEADER + "OB-1;Ana Ruiz;CC;52123456;100;2024-01-01\nOB-2;Luis Mora;CC;52123457;200;2024-01-01\n")
    rc, data, _ = cli(
        "import", "referrals", str(f), "--creditor", "Banco Andino S.A.", "--creditor-id", "900123456-8", "--json"
    )
    assert rc == 0 and data["accepted"] == 2
    for ref in ("OB-1", "OB-2"):
        client = cli("case", "show", ref, "--json")[1]["client"]
        assert (client["name"], client["id_number"]) == ("Banco Andino S.A.", "900123456-8")
    bad = _csv(tmp_path, HEADER + "OB-3;Eva Gil;CC;52123458;300;2024-01-01\n", name="otro.csv")
    rc, _, err = cli("import", "referrals", str(bad), "--creditor", "Otro", "--creditor-id", "900123456-7")
    assert rc == 1 and "dígito de verificación" in err


def test_backup_and_restore_say_where_the_firm_templates_are_and_a_reference_can_be_corrected(cli, tmp_path, capsys):
    from legal_desk.config import Config
    from legal_desk.services.desk import Desk
    from legal_desk.services.documents import customize_templates
    from legal_desk.services.users import actor_for

    rc, _, _ = cli("demo", "--cases", "3")
    assert rc == 0
    desk = Desk.open(Config(db_url=f"sqlite:///{tmp_path / 'cli.sqlite3'}", store_root=tmp_path / "store"))
    customize_templates(desk, actor_for(desk, "admin"), tmp_path / "firma")
    desk.close()
    rc, out, _ = cli("backup", str(tmp_path / "copia.zip"))
    assert rc == 0 and out.strip().endswith("; con las 9 plantillas propias del despacho")
    other = ["--db", f"sqlite:///{tmp_path / 'otra.sqlite3'}", "--store", str(tmp_path / "otro_store")]
    assert main([*other, "restore", str(tmp_path / "copia.zip"), "--force"]) == 0
    out, _ = capsys.readouterr()
    assert f"Plantillas propias del despacho en {tmp_path / 'firma'}." in out  # same computer: same folder
    rc, data, _ = cli("case", "update", "1", "--account-ref", "OB-CORREGIDA-1", "--json")
    assert rc == 0 and data["account_ref"] == "OB-CORREGIDA-1"
    rc, data, _ = cli("case", "update", "2", "--account-ref", "OB-CORREGIDA-1", "--json")
    assert rc == 1 and data["error"]["code"] == "conflict" and "ya es el del expediente 1" in data["error"]["message"]


def test_case_show_for_people_lists_the_creditor_and_each_codefendant_with_its_document(cli, tmp_path):
    """`case show` without --json printed the co-debtors' names only and not the creditor at all, though
    the JSON has both: a co-debtor's document (what the demanda names them by) had to be dug out of JSON."""
    f = _csv(
        tmp_path,
        "numero_obligacion;nombre_deudor;tipo_documento;numero_documento;capital;fecha_vencimiento;"
        "nombre_codeudor;tipo_documento_codeudor;numero_documento_codeudor\n"
        "OB-G1;Ana Gómez;CC;52123456;100.000;2024-01-01;Luis Peña;CC;79.111.222\n"
        "OB-G2;Pedro Ruiz;CC;80123456;100.000;2024-01-01;;;\n",
    )
    assert cli("import", "referrals", str(f), "--creditor", "Banco Andino S.A.", "--creditor-id", "900123456")[0] == 0
    rc, _, err = cli("party", "add", "OB-G1", "--name", "Comercial Andes SAS", "--id-type", "NIT",
                     "--id-number", "900123456-8", "--role", "codebtor")
    assert rc == 0, err
    rc, out, _ = cli("case", "show", "OB-G1")
    assert rc == 0
    lines = out.splitlines()
    debtor = lines.index("  Deudor: Ana Gómez (CC 52123456)")
    assert lines[debtor - 1] == "  Acreedor: Banco Andino S.A. (NIT 900123456-8)"
    assert lines[debtor + 1 : debtor + 3] == [
        "  Avalista / codeudor: Luis Peña (CC 79111222)",
        "  Codeudor: Comercial Andes SAS (NIT 900123456-8)",
    ]
    rc, show, _ = cli("case", "show", "OB-G1", "--json")
    assert [(g["name"], g["id_number"]) for g in show["guarantors"]] == [
        ("Luis Peña", "79111222"), ("Comercial Andes SAS", "900123456-8")
    ]
    rc, out, _ = cli("case", "show", "OB-G2")
    assert rc == 0 and "  Codeudores: —" in out.splitlines() and "Avalista" not in out


def test_packet_build_takes_the_password_of_an_encrypted_pdf_and_names_a_damaged_one(cli, tmp_path):
    """`packet build` refused an encrypted PDF («cifrado: requiere contraseña») with no way to give the
    password nor a word on what to do; a truncated PDF printed pypdf's «EOF marker not found» before the
    refusal, which gave the technical reason only."""
    import subprocess
    import sys

    from pypdf import PdfWriter

    assert cli("demo", "--cases", "2")[0] == 0
    locked = PdfWriter()
    locked.add_blank_page(200, 200)
    locked.encrypt("1234")
    locked.write(tmp_path / "extracto.pdf")
    whole = PdfWriter()
    for _ in range(3):
        whole.add_blank_page(300, 300)
    buf = tmp_path / "entero.pdf"
    whole.write(buf)
    data = buf.read_bytes()
    (tmp_path / "cortado.pdf").write_bytes(data[: len(data) // 3])
    keys = {}
    for name in ("extracto.pdf", "cortado.pdf"):
        rc, added, err = cli("evidence", "add", "1", str(tmp_path / name), "--kind", "other", "--json")
        assert rc == 0, err
        keys[name] = f"ev:{added['evidence_id']}"
    out = str(tmp_path / "p.pdf")
    rc, _, err = cli("packet", "build", "1", "--out", out)
    assert rc == 1
    assert f"--password {keys['extracto.pdf']}=CONTRASEÑA" in err and f"--exclude {keys['extracto.pdf']}" in err
    rc, _, err = cli("packet", "build", "1", "--out", out, "--password", f"{keys['extracto.pdf']}=1234")
    assert rc == 1 and "«Otro documento (cortado.pdf)»: PDF dañado o incompleto" in err, err
    assert "pida al remitente una copia nueva" in err and "extracto" not in err
    rc, built, err = cli(
        "packet", "build", "1", "--out", out, "--password", f"{keys['extracto.pdf']}=1234",
        "--exclude", keys["cortado.pdf"], "--json",
    )
    assert rc == 0, err
    assert "Otro documento (extracto.pdf)" in [a["title"] for a in built["annexes"]]
    rc, _, err = cli("packet", "build", "1", "--out", out, "--password", "ev:1")
    assert rc == 1 and "CLAVE=CONTRASEÑA" in err
    # the real program: one sentence on stderr, nothing from pypdf
    db, store = str(tmp_path / "cli.sqlite3"), str(tmp_path / "store")
    proc = subprocess.run(
        [sys.executable, "-m", "legal_desk", "--db", db, "--store", store, "packet", "build", "1", "--out", out,
         "--only", keys["cortado.pdf"]],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1, proc.stderr
    assert proc.stderr.startswith("legal-desk: No se puede usar el anexo «Otro documento (cortado.pdf)»")


def test_a_relative_sqlite_url_names_a_file_in_the_current_folder(tmp_path, capsys, monkeypatch):
    """`--db sqlite:///desk.sqlite3` (or LEGAL_DESK_DB) failed with «Error inesperado (ValueError: relative path
    can't be expressed as a file URI)» once the file existed: the URL is now read like a plain path."""
    from legal_desk.config import normalize_db_url

    monkeypatch.chdir(tmp_path)
    args = ["--db", "sqlite:///desk.sqlite3", "--store", "store"]
    assert main([*args, "db", "upgrade"]) == 0
    assert main([*args, "db", "upgrade"]) == 0  # the file exists now: checked as a SQLite desk, not refused
    monkeypatch.setenv("LEGAL_DESK_DB", "sqlite:///desk.sqlite3")
    capsys.readouterr()
    assert main(["--store", "store", "--json", "cases", "list"]) == 0
    out, err = capsys.readouterr()
    assert err == "" and json.loads(out) == []
    assert (tmp_path / "desk.sqlite3").is_file()
    assert normalize_db_url("sqlite:///desk.sqlite3") == f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    assert normalize_db_url("sqlite:///a.db?mode=ro") == f"sqlite:///{tmp_path / 'a.db'}?mode=ro"
    assert normalize_db_url("sqlite:////abs/desk.db") == "sqlite:////abs/desk.db"
    assert normalize_db_url("sqlite:///:memory:") == "sqlite:///:memory:"
    assert normalize_db_url("postgres://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
