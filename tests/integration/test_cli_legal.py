"""The legal CLI commands end to end on SQLite: JSON documents of CLI.md and exit codes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from icalendar import Calendar

from legal_desk.cli import main
from legal_desk.config import Config
from legal_desk.services import cases, tracking
from legal_desk.services.cases import CaseUpdate, DebtInput, HandoverInput, PartyInput
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    """Run `legal-desk --db … --store … ARGS --json`; returns (exit code, parsed stdout)."""
    db = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    store = str(tmp_path / "store")

    def run(*args: str, as_json: bool = True) -> tuple[int, object]:
        capsys.readouterr()
        rc = main(["--db", db, "--store", store, *args, *(["--json"] if as_json else [])])
        out = capsys.readouterr().out
        return rc, (json.loads(out) if as_json and out.strip() else out)

    run("db", "upgrade")
    run.db = db  # type: ignore[attr-defined]
    run.store = store  # type: ignore[attr-defined]
    return run


def _seed_case(cli, ref: str = "OB-9", due: dt.date = dt.date(2024, 2, 29)) -> None:
    desk = Desk.open(Config(db_url=cli.db, store_root=Path(cli.store)))
    try:
        admin = actor_for(desk, "admin")
        cases.hand_over_case(
            desk,
            admin,
            HandoverInput(
                account_ref=ref,
                debtor=PartyInput("Ana Gómez", "CC", "1020304050", address="Cra 7", city="Bogotá D.C."),
                debt=DebtInput(capital="12500000", due_date=due),
            ),
        )
        # filed (a hearing on a case without its radicado is a warning of its own)
        radicado = "11001400300320240" + f"{sum(map(ord, ref)):04d}" + "00"
        cases.update_case(
            desk, admin, ref, CaseUpdate(lawyer_id=admin.user_id, court="Juzgado 3 Civil", radicado=radicado)
        )
        tracking.schedule_hearing(desk, admin, ref, kind="initial", at=dt.datetime(2025, 11, 20, 9), place="Sala 1")
        # the same lawyer's two hearings overlap (the agenda's «cruce»): saved only when confirmed
        tracking.schedule_hearing(
            desk, admin, ref, kind="auction", at=dt.datetime(2025, 11, 20, 9, 30), place="Sala 2", confirm=True
        )
    finally:
        desk.close()


def test_calendar_add_days_json(cli):
    rc, doc = cli("calendar", "add-days", "--jurisdiction", "CO", "--from", "2025-12-19", "--days", "3")
    assert rc == 0
    assert doc["from"] == "2025-12-19" and doc["days"] == 3 and doc["jurisdiction"] == "CO"
    assert doc["due"] == "2026-01-15"
    assert doc["skipped"][0] == {"date": "2025-12-20", "reason": "sábado"}
    assert {"date": "2026-01-12", "reason": doc["skipped"][-1]["reason"]} == doc["skipped"][-1]
    rc, doc = cli("calendar", "add-days", "--jurisdiction", "XX", "--from", "2025-12-19", "--days", "3")
    assert rc == 1 and doc["error"]["code"] == "validation"


def test_closure_and_deadlines(cli):
    _seed_case(cli)
    rc, doc = cli("deadlines", "event", "OB-9", "--code", "NOTICE_292_DELIVERED", "--date", "2025-11-13")
    dues = [d["due"] for d in doc["deadlines"]]
    assert rc == 0 and dues == ["2025-11-14", "2025-11-20", "2025-11-27", "2025-12-04"]
    rc, doc = cli(
        "calendar", "closure", "add", "--jurisdiction", "CO", "--from", "2025-11-18", "--to", "2025-11-18",
        "--reason", "Paro", "--court", "Juzgado 3 Civil",
    )  # fmt: skip
    assert rc == 0 and doc["changed"] == 3 and doc["court"] == "Juzgado 3 Civil"  # copies, pay, defences
    rc, doc = cli("agenda", "--from", "2025-12-01", "--to", "2025-12-31")
    assert rc == 0 and [(e["kind"], e["start"]) for e in doc] == [("deadline", "2025-12-05")]
    rc, doc = cli("deadlines", "recompute")
    assert rc == 0 and doc["changed"] == 0
    # On 2025-11-24 the copies term (11-21 after the strike) is overdue: listed as missed, in Spanish.
    window = ("deadlines", "list", "--from", "2025-11-01", "--to", "2025-12-31", "--today", "2025-11-24")
    rc, doc = cli(*window, "--status", "missed")
    assert rc == 0 and [(d["rule_code"], d["status"]) for d in doc] == [
        ("SERVED_292", "missed"),
        ("COPIES_91", "missed"),
    ]
    rc, text = cli(*window, as_json=False)
    assert rc == 0 and "(vencido sin cumplir)" in text and "(pendiente)" in text and "(open)" not in text
    rc, doc = cli("calendar", "closure", "add", "--from", "2025-11-19", "--to", "2025-11-18", "--reason", "x")
    assert rc == 1 and "antes de empezar" in doc["error"]["message"]


def test_rates_payment_liquidation(cli, tmp_path, capsys):
    _seed_case(cli)
    good = tmp_path / "tasas.csv"
    good.write_text("desde,hasta,tasa_efectiva_anual\n2024-03-01,2024-03-31,30\n2024-04-01,2024-04-30,32\n")
    rc, doc = cli("rates", "import", str(good))
    assert rc == 0 and doc["imported"] is True and doc["periods"] == 2 and doc["from"] == "2024-03-01"
    bad = tmp_path / "malas.csv"
    bad.write_text("desde,hasta,tasa_efectiva_anual\n2024-05-01,2024-05-31,abc\n31/02/2024,2024-06-30,31\n")
    rc, doc = cli("rates", "import", str(bad))
    assert rc == 1 and doc["imported"] is False
    assert [(e["line"], e["column"]) for e in doc["errors"]] == [(2, "tasa_efectiva_anual"), (3, "desde")]
    # the stderr line reads as one sentence: «…rechazada: la tabla…», not «…rechazada: La tabla…»
    assert main(["--db", cli.db, "--store", cli.store, "rates", "import", str(bad), "--json"]) == 1
    prefix = "legal-desk: Tabla de tasas rechazada: "
    err = capsys.readouterr().err
    assert err.startswith(prefix) and err[len(prefix)].islower(), err
    rc, doc = cli("payment", "add", "OB-9", "--date", "2024-03-31", "--amount", "1.000.000", "--reference", "R1")
    assert rc == 0 and doc["to_interest"] == "278637.54" and doc["to_capital"] == "721362.46"
    rc, doc = cli("liquidation", "OB-9", "--as-of", "2024-04-10")
    assert rc == 0
    assert {k: doc[k] for k in ("as_of", "capital", "interest", "payments", "costs")} == {
        "as_of": "2024-04-10",
        "capital": "11778637.54",
        "interest": "89626.51",
        "payments": "1000000.00",
        "costs": "0.00",
    }
    assert doc["total"] == "11868264.05"
    assert [(p["from"], p["to"], p["days"], p["annual_rate"]) for p in doc["periods"]] == [
        ("2024-03-01", "2024-03-31", 31, "30.0000"),
        ("2024-04-01", "2024-04-10", 10, "32.0000"),
    ]
    rc, text = cli("liquidation", "OB-9", "--as-of", "2024-04-01", as_json=False)
    assert rc == 0
    assert "01/04/2024–01/04/2024    1 día   32,00 % EA  sobre $ 11.778.637,54" in text
    assert "31 días  30,00 % EA  sobre $ 12.500.000,00: $ 278.637,54" in text
    rc, doc = cli("liquidation", "OB-9", "--as-of", "2024-05-02")
    assert rc == 1 and "01/05/2024" in doc["error"]["message"]
    rc, doc = cli("payment", "add", "NO-EXISTE", "--date", "2024-03-31", "--amount", "10")
    assert rc == 1 and doc["error"]["code"] == "not_found"


def test_agenda_ics_and_limitation_watch(cli, tmp_path):
    _seed_case(cli, due=dt.date(2022, 9, 26))
    rc, doc = cli("agenda", "--from", "2025-11-01", "--to", "2025-11-30")
    assert rc == 0 and [e["conflict"] for e in doc] == [True, True]
    assert doc[0]["account_ref"] == "OB-9" and doc[0]["start"] == "2025-11-20T09:00"
    ics = tmp_path / "agenda.ics"
    rc, doc = cli("agenda", "--from", "2025-11-01", "--to", "2025-11-30", "--ics", str(ics))
    assert rc == 0 and doc["events"] == 2 and doc["conflicts"] == 2
    assert len(list(Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))) == 2
    rc, doc = cli("limitation", "watch", "--days", "120", "--today", "2025-07-01")
    assert rc == 0 and [(r["account_ref"], r["limitation_date"], r["alert"]) for r in doc] == [
        ("OB-9", "2025-09-26", 90)
    ]
    rc, doc = cli("limitation", "watch", "--days", "30", "--today", "2025-07-01")
    assert rc == 0 and doc == []
    rc, text = cli("limitation", "watch", "--days", "120", "--today", "2025-07-01", as_json=False)
    assert rc == 0 and "OB-9" in text and "87 días" in text
    assert text.rstrip().endswith("1 expediente prescribe en 120 días o ya prescribió")  # not «1 expedientes»
    rc, text = cli("limitation", "watch", "--days", "1", "--today", "2025-09-25", as_json=False)
    assert rc == 0 and " 1 día " in text and "en 1 día o ya" in text


def test_usage_errors_exit_2(cli):
    with pytest.raises(SystemExit) as exc:
        cli("calendar", "add-days", "--from", "2025-13-40", "--days", "3")
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        cli("payment", "add", "OB-9", "--amount", "10")
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        cli("deadlines", "event", "OB-9", "--code", "NOPE", "--date", "2025-01-01")
    assert exc.value.code == 2


def test_rates_import_refuses_a_file_that_is_not_a_rate_table(cli, tmp_path, capsys):
    """Not a traceback: each case is one readable error, without a line number when the file is the problem."""
    fake_xlsx = tmp_path / "tasas.xlsx"
    fake_xlsx.write_text("desde,hasta,tasa\n")
    zipped_csv = tmp_path / "tasas_zip.csv"
    with __import__("zipfile").ZipFile(zipped_csv, "w") as z:
        z.writestr("x", "y")
    pdf_csv = tmp_path / "tasas_pdf.csv"
    pdf_csv.write_bytes(b"%PDF-1.4\n\x00\x01\x02")
    old_xls = tmp_path / "tasas.xls"
    old_xls.write_bytes(b"\xd0\xcf\x11\xe0")
    for path, expected in (
        (fake_xlsx, "no es un libro de Excel .xlsx válido"),
        (zipped_csv, "parece un libro de Excel"),
        (pdf_csv, "no es un archivo de texto CSV"),
        (old_xls, "Excel 97-2003"),
        (tmp_path, "es una carpeta"),
    ):
        rc, doc = cli("rates", "import", str(path))
        assert rc == 1 and doc["imported"] is False and len(doc["errors"]) == 1, path
        assert doc["errors"][0]["line"] is None and expected in doc["errors"][0]["message"]
        assert expected in doc["error"]["message"] and "línea 0" not in doc["error"]["message"]
    rc = main(["--db", cli.db, "--store", cli.store, "rates", "import", str(fake_xlsx)])
    err = capsys.readouterr().err
    assert rc == 1 and "tasas.xlsx no es un libro" in err and "None" not in err and "Traceback" not in err


def test_a_generic_actuacion_restarts_the_317_term(cli):
    """`deadlines event --code LAST_ACTION` needs `--description`; Fri 19/12/2025 → Tue 12/01/2027 (recess, then
    the Epiphany Monday); `case show` names the last actuación."""
    from sqlalchemy import select

    from legal_desk.db.models import Case

    _seed_case(cli)
    desk = Desk.open(Config(db_url=cli.db, store_root=Path(cli.store)))
    try:
        with desk.uow() as uow:
            c = uow.session.execute(select(Case)).scalar_one()
            c.stage, c.filed_on, c.radicado = "DEBTOR_SERVED", dt.date(2025, 2, 3), "R-9"
            uow.commit()
    finally:
        desk.close()
    rc, doc = cli("deadlines", "event", "OB-9", "--code", "LAST_ACTION", "--date", "2025-12-19")
    assert rc == 1 and doc["error"]["code"] == "validation" and "Describa la actuación" in doc["error"]["message"]
    rc, doc = cli(
        "deadlines", "event", "OB-9", "--code", "LAST_ACTION", "--date", "2025-12-19",
        "--description", "Memorial que informa un abono",
    )  # fmt: skip
    assert rc == 0 and [(d["rule_code"], d["due"]) for d in doc["deadlines"]] == [("INACTIVITY_317", "2027-01-12")]
    rc, doc = cli("case", "show", "OB-9")
    assert rc == 0 and doc["last_action"] == {
        "date": "2025-12-19",
        "label": "Actuación del proceso: Memorial que informa un abono",
        "expires": "2027-01-12",
        "period_years": 1,
    }


def test_hearing_add_and_postpone_need_confirm_on_a_closed_day(cli, capsys):
    """`hearing add` / `hearing outcome`: a closed day or a late hour is refused (exit 1, code
    «confirmation_required», every problem named) until `--confirm`; 25/12/2026 is Christmas."""
    _seed_case(cli)  # two hearings on 20/11/2025 at 09:00 and 09:30 (Sala 1, Sala 2)
    args = ("hearing", "add", "OB-9", "--kind", "conciliation", "--place", "Sala 4")
    rc, doc = cli(*args, "--date", "2026-12-25", "--time", "23:30")
    assert rc == 1 and doc["error"]["code"] == "confirmation_required"
    assert doc["error"]["message"] == (
        "Audiencia del 25/12/2026 23:30: el 25/12/2026 es inhábil en el calendario del despacho (festivo: Navidad y "
        "vacancia judicial); las 23:30 están fuera del horario del despacho (08:00 a 17:00). Si el juzgado la fijó "
        "así, confírmela (en la línea de comandos, --confirm)"
    )
    rc, doc = cli(*args, "--date", "2026-12-25", "--time", "10:00", "--confirm")
    assert rc == 0 and doc["at"] == "2026-12-25T10:00"
    hearing_id = doc["hearing_id"]
    rc, doc = cli(*args, "--date", "2026-12-15", "--time", "9.30")
    assert rc == 1 and "Hora «9.30» no válida (use HH:MM" in doc["error"]["message"]
    # postponed to Tue 05/01/2027, in the 20 Dec – 10 Jan recess
    move = ("hearing", "outcome", str(hearing_id), "--status", "postponed", "--new-date", "2027-01-05")
    rc, doc = cli(*move, "--new-time", "09:00")
    assert rc == 1 and "(vacancia judicial)" in doc["error"]["message"]
    rc, doc = cli(*move, "--new-time", "09:00", "--confirm")
    assert rc == 0 and doc == {"hearing_id": hearing_id, "status": "scheduled", "at": "2027-01-05T09:00"}
    rc, out = cli(*args, "--date", "2026-12-15", "--time", "09:30", as_json=False)  # Tuesday: no warning
    assert rc == 0 and out.startswith("Audiencia ") and "el 15/12/2026 a las 09:30" in out


def test_hearing_outcome_flags_are_checked(cli):
    _seed_case(cli)
    rc, doc = cli("hearing", "outcome", "1", "--status", "postponed", "--new-date", "2026-12-15")
    assert rc == 1 and "--new-date AAAA-MM-DD --new-time HH:MM" in doc["error"]["message"]
    rc, doc = cli("hearing", "outcome", "1", "--status", "held", "--new-time", "09:00")
    assert rc == 1 and "(--status postponed)" in doc["error"]["message"]
    rc, doc = cli("hearing", "outcome", "1", "--status", "held", "--outcome", "Se decretaron pruebas")
    assert rc == 0 and doc == {"hearing_id": 1, "status": "held", "at": None}
