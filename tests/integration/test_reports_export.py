"""The docket exported to Excel and CSV (service and command line): the filtered rows, typed cells, a summary."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from legal_desk.cli import main
from legal_desk.db.models import Case, Payment
from legal_desk.domain.lifecycle import STAGE_LABELS_ES, Stage
from legal_desk.paths import resources_dir
from legal_desk.services import cases, payments, rates
from legal_desk.services.cases import CaseQuery, DebtInput, HandoverInput, PartyInput
from legal_desk.services.demo import load_demo
from legal_desk.services.desk import Desk
from legal_desk.services.errors import Cancelled, ValidationFailed
from legal_desk.services.reports import HEADERS, _csv_value, export_docket, portfolio_summary
from legal_desk.services.users import actor_for
from tests.conftest import DEMO_TODAY


def _hand_over(desk: Desk, ref: str, name: str, capital: str, *, jurisdiction: str = "CO", id_number: str) -> int:
    id_type = "DNI" if jurisdiction == "ES" else "CC"
    return cases.hand_over_case(
        desk,
        actor_for(desk, "cobranza"),
        HandoverInput(
            account_ref=ref,
            debtor=PartyInput(name, id_type, id_number, address="Calle 1", city="Ciudad"),
            debt=DebtInput(capital=Decimal(capital), due_date=dt.date(2024, 2, 28)),
            jurisdiction=jurisdiction,
        ),
    ).case_id


def _rows(path: Path) -> list[dict[str, Any]]:
    ws = load_workbook(path)["Expedientes"]
    values = list(ws.iter_rows(values_only=True))
    assert list(values[0]) == HEADERS
    return [dict(zip(HEADERS, r, strict=True)) for r in values[1:]]


def test_export_is_exactly_the_filtered_docket_with_typed_cells(desk: Desk, tmp_path: Path) -> None:
    """There was no way to take the docket out of the app: a team lead copied rows by hand. The export
    holds the same cases as the docket's query (filters and order), money as numbers and dates as dates."""
    admin = actor_for(desk, "admin")
    load_demo(desk, admin, 60, today=DEMO_TODAY)
    q = CaseQuery(stage=Stage.FILED.value, order="-capital")
    expected = cases.list_cases(desk, admin, CaseQuery(stage=Stage.FILED.value, order="-capital", limit=5000))
    assert expected  # the demo has filed cases
    res = export_docket(desk, admin, q, tmp_path / "radicados.xlsx")
    assert res == {"path": str(tmp_path / "radicados.xlsx"), "format": "xlsx", "rows": len(expected)}
    rows = _rows(tmp_path / "radicados.xlsx")
    assert [r["ID expediente"] for r in rows] == [c.case_id for c in expected]
    assert {r["Etapa"] for r in rows} == {STAGE_LABELS_ES[Stage.FILED]}
    first, want = rows[0], expected[0]
    assert first["Obligación"] == want.account_ref and first["Deudor"] == want.debtor_name
    assert Decimal(str(first["Capital"])) == want.capital and first["Moneda"] == "COP"
    assert first["Radicado"] == want.radicado and first["Juzgado"] == want.court and first["Abogado"] == want.lawyer
    assert first["Prescripción"] == dt.datetime.combine(want.limitation_date, dt.time())  # a real date cell
    ws = load_workbook(tmp_path / "radicados.xlsx")["Expedientes"]
    assert ws["G2"].number_format == "#,##0.00" and isinstance(ws["G2"].value, int | float)
    assert ws["T2"].number_format == "DD/MM/YYYY" and ws["T2"].is_date
    assert ws.freeze_panes == "C2" and ws.auto_filter.ref == f"A1:U{len(expected) + 1}"


def test_balance_summary_per_currency_and_csv_for_colombian_excel(desk: Desk, tmp_path: Path) -> None:
    """The summary sheets add each currency apart (never pesos plus euros); the CSV is what Excel in
    Colombia opens as columns: UTF-8 with BOM, `;`, decimal comma, DD/MM/YYYY; a formula-like name stays text."""
    admin = actor_for(desk, "admin")
    rates.import_rates(desk, admin, resources_dir() / "rates" / "sample_rates_co.csv")
    co = _hand_over(desk, "CO-1", '=HYPERLINK("x")', "3000000", id_number="79456123")
    _hand_over(desk, "CO-2", "Ana Gómez", "2000000.50", id_number="79456124")
    _hand_over(desk, "ES-1", "Pedro Ruiz", "12500", jurisdiction="ES", id_number="12345678Z")
    payments.add_payment(desk, admin, co, dt.date(2024, 3, 1), "1000000", today=dt.date(2026, 11, 26))
    with desk.reading() as s:
        to_capital = s.execute(select(func.sum(Payment.to_capital)).where(Payment.case_id == co)).scalar_one()
        recovered = s.execute(select(Case.recovered).where(Case.id == co)).scalar_one()
    assert recovered == Decimal("1000000.00")

    export_docket(desk, admin, CaseQuery(), tmp_path / "todo.xlsx")
    rows = {r["Obligación"]: r for r in _rows(tmp_path / "todo.xlsx")}
    assert rows["CO-1"]["Deudor"] == '=HYPERLINK("x")'  # text, not a formula
    assert Decimal(str(rows["CO-1"]["Saldo de capital"])) == Decimal("3000000.00") - to_capital
    assert Decimal(str(rows["CO-1"]["Recaudado"])) == Decimal("1000000")
    assert rows["ES-1"]["Moneda"] == "EUR"
    wb = load_workbook(tmp_path / "todo.xlsx")
    assert wb.sheetnames == ["Expedientes", "Por etapa", "Por abogado", "Filtros"]
    totals = {r[0]: r for r in wb["Por etapa"].iter_rows(values_only=True) if str(r[0]).startswith("Total")}
    assert set(totals) == {"Total COP", "Total EUR"}
    assert totals["Total COP"][2] == 2 and Decimal(str(totals["Total COP"][3])) == Decimal("5000000.50")
    assert totals["Total EUR"][2] == 1 and Decimal(str(totals["Total EUR"][3])) == Decimal("12500")

    export_docket(desk, admin, CaseQuery(search="gomez"), tmp_path / "ana.csv")
    raw = (tmp_path / "ana.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert lines[0] == HEADERS and len(lines) == 2
    line = dict(zip(HEADERS, lines[1], strict=True))
    assert line["Capital"] == "2000000,50" and line["Moneda"] == "COP"
    assert line["Prescripción"].count("/") == 2  # DD/MM/YYYY
    export_docket(desk, admin, CaseQuery(search="HYPERLINK"), tmp_path / "f.csv")
    assert "'=HYPERLINK" in (tmp_path / "f.csv").read_text(encoding="utf-8-sig")


def test_csv_keeps_what_excel_would_damage() -> None:
    assert _csv_value("08001418900420260076300", "text") == '="08001418900420260076300"'
    assert _csv_value("0123456", "text") == '="0123456"'
    assert _csv_value("79456123", "text") == "79456123"  # a plain number Excel reads right stays as it is
    assert _csv_value("+57 300", "text") == "'+57 300"
    assert _csv_value(Decimal("1234567.5"), "money") == "1234567,50"
    assert _csv_value(dt.datetime(2026, 11, 27, 9, 30), "datetime") == "27/11/2026 09:30"


def test_cancel_and_bad_format_leave_no_file(desk: Desk, tmp_path: Path) -> None:
    admin = actor_for(desk, "admin")
    load_demo(desk, admin, 30, today=DEMO_TODAY)
    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        export_docket(
            desk,
            admin,
            CaseQuery(),
            tmp_path / "x.xlsx",
            progress=lambda d, t: seen.append((d, t)),
            cancelled=lambda: True,
        )
    assert seen and seen[0] == (0, 30)
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob(".exportando-*")) == []
    with pytest.raises(ValidationFailed, match=r"use un archivo \.xlsx o \.csv"):
        export_docket(desk, admin, CaseQuery(), tmp_path / "x.pdf")


def test_collections_export_only_their_handovers_without_legal_detail(desk: Desk, tmp_path: Path) -> None:
    admin, collections = actor_for(desk, "admin"), actor_for(desk, "cobranza")
    load_demo(desk, admin, 40, today=DEMO_TODAY)
    mine = _hand_over(desk, "MIA-1", "Deudor propio", "1000000", id_number="79456125")
    export_docket(desk, collections, CaseQuery(), tmp_path / "mias.xlsx")
    rows = _rows(tmp_path / "mias.xlsx")
    assert [r["ID expediente"] for r in rows] == [c.case_id for c in cases.list_cases(desk, collections, CaseQuery())]
    assert mine in [r["ID expediente"] for r in rows]


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Any:
    base = ["--db", f"sqlite:///{tmp_path / 'cli.sqlite3'}", "--store", str(tmp_path / "store")]

    def run(*args: str) -> tuple[int, Any, str]:
        rc = main([*base, *args])
        out, err = capsys.readouterr()
        return rc, (json.loads(out) if "--json" in args else out), err

    assert main([*base, "db", "upgrade"]) == 0
    assert main([*base, "demo", "--cases", "40"]) == 0
    capsys.readouterr()
    return run


def test_cli_cases_export(cli: Any, tmp_path: Path) -> None:
    rc, listed, _ = cli("cases", "list", "--stage", "filed", "--limit", "5000", "--json")
    rc, data, _ = cli("cases", "export", str(tmp_path / "r.xlsx"), "--stage", "filed", "--json")
    assert rc == 0 and data["rows"] == len(listed) and data["format"] == "xlsx"
    assert [r["ID expediente"] for r in _rows(tmp_path / "r.xlsx")] == [c["case_id"] for c in listed]
    # A 23-digit radicado opened from a CSV became 8,00142E+21 in Excel: it is written as text Excel keeps.
    rc, data, _ = cli("cases", "export", str(tmp_path / "r.csv"), "--stage", "filed", "--json")
    lines = (tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()
    radicados = [line.split(";")[HEADERS.index("Radicado")] for line in lines[1:]]
    assert radicados == [f'"=""{c["radicado"]}"""' for c in listed]  # ="…" quoted as CSV does
    assert all(len(c["radicado"]) == 23 for c in listed)
    rc, data, _ = cli("cases", "export", str(tmp_path / "laura.csv"), "--lawyer", "lrestrepo", "--json")
    assert rc == 0 and data["rows"] > 0
    rc, hers, _ = cli("cases", "list", "--lawyer", "lrestrepo", "--limit", "5000", "--json")
    assert rc == 0 and len(hers) == data["rows"]  # the docket's «Abogado» filter, on the command line too
    text = (tmp_path / "laura.csv").read_text(encoding="utf-8-sig").splitlines()
    assert {line.split(";")[HEADERS.index("Abogado")] for line in text[1:]} == {"Laura Restrepo Gaviria"}
    rc, out, _ = cli("cases", "export", str(tmp_path / "todo.csv"))
    assert rc == 0 and out.strip() == f"40 expedientes exportados a {tmp_path / 'todo.csv'}"
    rc, data, _err = cli("cases", "export", str(tmp_path / "x.pdf"), "--json")
    assert rc == 1 and data["error"]["message"].startswith("Formato «pdf» no soportado")
    rc, data, _err = cli("cases", "export", str(tmp_path / "x.csv"), "--lawyer", "nadie", "--json")
    assert rc == 1 and "nadie" in data["error"]["message"] and not (tmp_path / "x.csv").exists()


def test_summary_of_the_portfolio_agrees_with_the_export(desk: Desk, tmp_path: Path) -> None:
    """«cases summary» (one grouped query) and the export's summary sheets give the same figures,
    by stage and by lawyer, each currency apart, and match the database."""
    admin = actor_for(desk, "admin")
    load_demo(desk, admin, 50, today=DEMO_TODAY)
    _hand_over(desk, "ES-1", "Pedro Ruiz", "12500", jurisdiction="ES", id_number="12345678Z")
    summary = portfolio_summary(desk, admin)
    export_docket(desk, admin, CaseQuery(), tmp_path / "todo.xlsx")
    wb = load_workbook(tmp_path / "todo.xlsx")
    for sheet, lines in (("Por etapa", summary.stage_lines()), ("Por abogado", summary.lawyer_lines())):
        got = [r for r in wb[sheet].iter_rows(min_row=2, values_only=True) if not str(r[0]).startswith("Total")]
        assert [(r[0], r[1], r[2]) for r in got] == [(name, cur, t.cases) for name, cur, t in lines]
        assert [Decimal(str(r[3])) for r in got] == [t.capital for _n, _c, t in lines]
        assert [round(Decimal(str(r[5])), 2) for r in got] == [t.balance for _n, _c, t in lines]
    with desk.reading() as s:
        db = {
            cur: (int(n), Decimal(cap))
            for cur, n, cap in s.execute(
                select(Case.currency, func.count(), func.sum(Case.capital))
                .where(Case.archived.is_(False))
                .group_by(Case.currency)
            )
        }
    totals = summary.currency_totals()
    assert {cur: (t.cases, t.capital) for cur, t in totals.items()} == db and list(totals) == ["COP", "EUR"]
    data = summary.to_json()
    assert data["totals"][1] == {
        "currency": "EUR",
        "cases": 1,
        "capital": "12500.00",
        "recovered": "0.00",
        "capital_balance": "12500.00",
    }


def test_cli_cases_summary(cli: Any) -> None:
    rc, data, _ = cli("cases", "summary", "--json")
    assert rc == 0 and sum(line["cases"] for line in data["by_stage"]) == 40
    assert [t["currency"] for t in data["totals"]] == ["COP"] and data["totals"][0]["cases"] == 40
    rc, out, _ = cli("cases", "summary", "--lawyer", "lrestrepo")
    assert rc == 0 and "Laura Restrepo Gaviria" in out and "Juan Pablo" not in out and "Total COP" in out
