"""Reports for the team lead: the filtered docket as an Excel or CSV file, with a portfolio summary.

The export streams the rows of `cases.list_cases`' query (the same filters, the same order, the same
role limits) straight into the file: a 100,000-case docket is never held in memory. Money stays
Decimal up to the file (Excel gets numbers with a number format, the CSV a decimal comma), dates are
dates. Pesos, euros and Mexican pesos are never added together: the summary is per currency.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from legal_desk.db.models import Case, CaseEvent, Payment, User
from legal_desk.domain import messages as M
from legal_desk.domain.lifecycle import STAGE_LABELS_ES, Stage
from legal_desk.domain.messages import Text
from legal_desk.domain.money import to_json
from legal_desk.domain.permissions import Role, legal_has_it
from legal_desk.services import audit
from legal_desk.services.cases import _ORDERS, CaseQuery, _filtered, count_cases
from legal_desk.services.desk import Actor, Desk
from legal_desk.services.errors import Cancelled, ServiceError, ValidationFailed

FORMATS = ("xlsx", "csv")
_BATCH = 2000  # rows between progress reports and cancel checks
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Column:
    """One column of the export: Spanish header, kind (text, int, money, date, datetime) and width in Excel."""

    key: str
    header: str
    kind: str
    width: int


COLUMNS: tuple[Column, ...] = (
    Column("case_id", "ID expediente", "int", 11),
    Column("account_ref", "Obligación", "text", 18),
    Column("debtor", "Deudor", "text", 34),
    Column("id_number", "Identificación", "text", 16),
    Column("stage", "Etapa", "text", 26),
    Column("currency", "Moneda", "text", 8),
    Column("capital", "Capital", "money", 18),
    Column("recovered", "Recaudado", "money", 18),
    Column("balance", "Saldo de capital", "money", 18),
    Column("court", "Juzgado", "text", 34),
    Column("city", "Ciudad", "text", 16),
    Column("radicado", "Radicado", "text", 26),
    Column("filed_on", "Radicada el", "date", 12),
    Column("lawyer", "Abogado", "text", 24),
    Column("paralegal", "Dependiente", "text", 24),
    Column("handed_over", "Entregada el", "date", 12),
    Column("last_event", "Última actuación", "date", 14),
    Column("next_hearing", "Próxima audiencia", "datetime", 17),
    Column("next_deadline", "Próximo término", "date", 14),
    Column("limitation", "Prescripción", "date", 12),
    Column("archived", "Archivado", "text", 10),
)
HEADERS = [c.header for c in COLUMNS]
_KINDS = [c.kind for c in COLUMNS]

#: Excel number formats (the thousands and decimal marks follow the reader's Windows settings)
MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class Totals:
    """Number of cases and money per currency (one line of the summary)."""

    cases: int = 0
    capital: Decimal = ZERO
    recovered: Decimal = ZERO
    balance: Decimal = ZERO

    def add(self, capital: Decimal, recovered: Decimal, balance: Decimal) -> None:
        self.cases += 1
        self.capital += capital
        self.recovered += recovered
        self.balance += balance


@dataclass
class Summary:
    """The exported rows summed by stage and by lawyer, each per currency (never across currencies)."""

    by_stage: dict[tuple[str, str], Totals] = field(default_factory=dict)
    by_lawyer: dict[tuple[str, str], Totals] = field(default_factory=dict)

    def add(self, stage: str, lawyer: str, currency: str, capital: Decimal, recovered: Decimal, bal: Decimal) -> None:
        self.by_stage.setdefault((stage, currency), Totals()).add(capital, recovered, bal)
        self.by_lawyer.setdefault((lawyer, currency), Totals()).add(capital, recovered, bal)

    def stage_lines(self) -> list[tuple[str, str, Totals]]:
        """(stage label, currency, totals) in the order of the case's life, COP first within a stage."""
        order = {s.value: i for i, s in enumerate(Stage)}
        keys = sorted(self.by_stage, key=lambda k: (order.get(k[0], 99), k[1] != "COP", k[1]))
        return [(STAGE_LABELS_ES.get(Stage(k[0]), k[0]), k[1], self.by_stage[k]) for k in keys]

    def lawyer_lines(self) -> list[tuple[str, str, Totals]]:
        """(lawyer, currency, totals) by name; the unassigned cases last."""
        keys = sorted(self.by_lawyer, key=lambda k: (k[0] == UNASSIGNED, k[0].casefold(), k[1] != "COP", k[1]))
        return [(k[0], k[1], self.by_lawyer[k]) for k in keys]

    def currency_totals(self) -> dict[str, Totals]:
        """One total per currency (COP first): never pesos plus euros."""
        out: dict[str, Totals] = {}
        for (_stage, currency), t in self.by_stage.items():
            into = out.setdefault(currency, Totals())
            into.cases += t.cases
            into.capital += t.capital
            into.recovered += t.recovered
            into.balance += t.balance
        return dict(sorted(out.items(), key=lambda kv: (kv[0] != "COP", kv[0])))

    def to_json(self) -> dict[str, Any]:
        """`cases summary --json`: money as decimal strings (see CLI.md)."""

        def money(t: Totals) -> dict[str, Any]:
            return {
                "cases": t.cases,
                "capital": to_json(t.capital),
                "recovered": to_json(t.recovered),
                "capital_balance": to_json(t.balance),
            }

        order = {s.value: i for i, s in enumerate(Stage)}
        stages = sorted(self.by_stage, key=lambda k: (order.get(k[0], 99), k[1] != "COP", k[1]))
        return {
            "by_stage": [
                {
                    "stage": st,
                    "stage_label": STAGE_LABELS_ES.get(Stage(st), st),
                    "currency": cur,
                    **money(self.by_stage[(st, cur)]),
                }
                for st, cur in stages
            ],
            "by_lawyer": [{"lawyer": name, "currency": cur, **money(t)} for name, cur, t in self.lawyer_lines()],
            "totals": [{"currency": cur, **money(t)} for cur, t in self.currency_totals().items()],
        }


UNASSIGNED = "Sin abogado asignado"


def export_query(
    desk: Desk,
    actor: Actor,
    *,
    search: str = "",
    stage: str | None = None,
    lawyer: str | None = None,
    jurisdiction: str | None = None,
    include_archived: bool = False,
    order: str = "id",
) -> CaseQuery:
    """A docket query from plain values (the command line): `lawyer` is a user name."""
    lawyer_id = None
    if lawyer:
        with desk.reading() as s:
            lawyer_id = s.execute(select(User.id).where(User.username == lawyer.strip())).scalar()
        if lawyer_id is None:
            raise ValidationFailed(Text(M.REPORT_LAWYER_UNKNOWN, user=lawyer))
    if stage is not None and stage not in Stage.__members__:
        raise ValidationFailed(Text(M.STAGE_UNKNOWN, value=stage))
    return CaseQuery(
        search=search,
        stage=stage,
        lawyer_id=lawyer_id,
        jurisdiction=jurisdiction.upper() if jurisdiction else None,
        include_archived=include_archived,
        order=order,
    )


def _rows_query(q: CaseQuery, actor: Actor) -> Any:
    lawyer = aliased(User)
    paralegal = aliased(User)
    paid = (
        select(Payment.case_id.label("case_id"), func.sum(Payment.to_capital).label("to_capital"))
        .group_by(Payment.case_id)
        .subquery()
    )
    last_event = (
        select(CaseEvent.case_id.label("case_id"), func.max(CaseEvent.date).label("last_date"))
        .group_by(CaseEvent.case_id)
        .subquery()
    )
    query = (
        select(
            Case.id,
            Case.account_ref,
            Case.debtor_name,
            Case.debtor_id_number,
            Case.stage,
            Case.currency,
            Case.capital,
            Case.recovered,
            paid.c.to_capital,
            Case.court,
            Case.city,
            Case.radicado,
            Case.filed_on,
            lawyer.full_name,
            paralegal.full_name,
            Case.handed_over_at,
            last_event.c.last_date,
            Case.next_hearing_at,
            Case.next_deadline,
            Case.limitation_date,
            Case.archived,
        )
        .outerjoin(lawyer, lawyer.id == Case.lawyer_id)
        .outerjoin(paralegal, paralegal.id == Case.paralegal_id)
        .outerjoin(paid, paid.c.case_id == Case.id)
        .outerjoin(last_event, last_event.c.case_id == Case.id)
    )
    return _filtered(query, q, actor).order_by(*_ORDERS[q.order])


def _records(desk: Desk, actor: Actor, q: CaseQuery) -> Iterator[list[Any]]:
    """The export's rows, one list of values per case (Decimal, date, str, int or None), streamed."""
    limited = actor.role is Role.COLLECTIONS
    with desk.reading() as s:
        result = s.execute(_rows_query(q, actor).execution_options(yield_per=_BATCH))
        for r in result:
            (cid, ref, debtor, id_number, stage, currency, capital, recovered, to_capital, court, city, radicado,
             filed_on, lawyer, paralegal, handed, last_date, hearing, deadline, limitation, archived) = r  # fmt: skip
            capital = Decimal(capital or 0)
            recovered = Decimal(recovered or 0)
            balance = capital - Decimal(to_capital or 0)
            if limited and legal_has_it(stage):  # what «Mis entregas» shows collections, no more
                court = hearing = deadline = last_date = None
            yield [
                cid,
                ref,
                debtor,
                id_number,
                stage,
                (currency or "COP").upper(),
                capital,
                recovered,
                balance,
                court,
                city,
                radicado,
                filed_on,
                lawyer,
                paralegal,
                _local_day(handed),
                last_date,
                hearing,
                deadline,
                limitation,
                "Sí" if archived else "No",
            ]


def portfolio_summary(desk: Desk, actor: Actor, q: CaseQuery | None = None) -> Summary:
    """Cases, capital, recovered and capital balance by stage and by lawyer, per currency (one query)."""
    q = q or CaseQuery()
    lawyer = aliased(User)
    paid = (
        select(Payment.case_id.label("case_id"), func.sum(Payment.to_capital).label("to_capital"))
        .group_by(Payment.case_id)
        .subquery()
    )
    query = (
        select(
            Case.stage,
            Case.currency,
            lawyer.full_name,
            func.count(Case.id),
            func.coalesce(func.sum(Case.capital), 0),
            func.coalesce(func.sum(Case.recovered), 0),
            func.coalesce(func.sum(paid.c.to_capital), 0),
        )
        .outerjoin(lawyer, lawyer.id == Case.lawyer_id)
        .outerjoin(paid, paid.c.case_id == Case.id)
        .group_by(Case.stage, Case.currency, lawyer.full_name)
    )
    summary = Summary()
    with desk.reading() as s:
        for stage, currency, name, n, capital, recovered, to_capital in s.execute(_filtered(query, q, actor)):
            t = Totals(int(n), Decimal(capital), Decimal(recovered), Decimal(capital) - Decimal(to_capital))
            code = (currency or "COP").upper()
            for bucket, key in ((summary.by_stage, (stage, code)), (summary.by_lawyer, (name or UNASSIGNED, code))):
                into = bucket.setdefault(key, Totals())
                into.cases += t.cases
                into.capital += t.capital
                into.recovered += t.recovered
                into.balance += t.balance
    return summary


def _local_day(moment: dt.datetime | None) -> dt.date | None:
    """A stored UTC timestamp's day on this computer's clock (a handover at 8 p.m. in Bogotá is that day)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().date()


def describe_filters(desk: Desk, q: CaseQuery) -> list[tuple[str, str]]:
    """The filters of an export in words (the «Filtros» sheet, the audit)."""
    lines: list[tuple[str, str]] = []
    lines.append(("Búsqueda", q.search.strip() or "(ninguna)"))
    lines.append(("Etapa", STAGE_LABELS_ES.get(Stage(q.stage), q.stage) if q.stage else "Todas"))
    who = "Todos"
    if q.lawyer_id is not None or q.paralegal_id is not None:
        with desk.reading() as s:
            uid = q.lawyer_id if q.lawyer_id is not None else q.paralegal_id
            who = str(s.execute(select(User.full_name).where(User.id == uid)).scalar() or uid)
        if q.paralegal_id is not None:
            who += " (dependiente)"
        elif q.with_unclaimed:
            who += " y entregas sin abogado"
    lines.append(("Abogado", who))
    if q.jurisdiction:
        lines.append(("Jurisdicción", q.jurisdiction))
    lines.append(("Archivados", "Incluidos" if q.include_archived else "Excluidos"))
    return lines


def export_docket(
    desk: Desk,
    actor: Actor,
    q: CaseQuery,
    path: str | Path,
    *,
    fmt: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    """Write every case matching `q` (filters and order; paging ignored) to an .xlsx or .csv file.

    XLSX: the cases, then the summary by stage and by lawyer (per currency) and the filters used.
    CSV: UTF-8 with BOM, `;` between fields and a decimal comma, as Excel opens it in Colombia.
    The file appears only when complete: a cancel (Cancelled) or a failure leaves nothing behind.
    """
    target = Path(path)
    kind = (fmt or target.suffix.lstrip(".")).lower()
    if kind not in FORMATS:
        raise ValidationFailed(Text(M.EXPORT_FORMAT, kind=kind or target.name))
    if q.order not in _ORDERS:
        raise ValidationFailed(Text(M.EXPORT_ORDER, order=q.order, orders=", ".join(_ORDERS)))
    q = replace(q, limit=0, offset=0)
    with desk.reading() as session:
        actor.confirm(session)  # a deactivated user takes no copy of the docket
    total = count_cases(desk, actor, q)
    summary = Summary()
    stage_labels = {s.value: STAGE_LABELS_ES[s] for s in Stage}

    def rows() -> Iterator[list[Any]]:
        done = 0
        if progress and total:
            progress(0, total)
        for values in _records(desk, actor, q):
            stage = values[4]
            summary.add(stage, values[13] or UNASSIGNED, values[5], values[6], values[7], values[8])
            values[4] = stage_labels.get(stage, stage)
            yield values
            done += 1
            if done % _BATCH == 0:
                if cancelled and cancelled():
                    raise Cancelled(Text(M.EXPORT_CANCELLED))
                if progress:
                    progress(done, max(done, total))
        if progress and done:
            progress(done, done)  # complete, even if the docket changed while it was read

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".exportando-", suffix=f".{kind}", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise ServiceError(Text(M.CANNOT_WRITE_IN, folder=target.parent, reason=exc.strerror or exc)) from None
    tmp = Path(tmp_name)
    try:
        if kind == "csv":
            written = _write_csv(tmp, rows())
        else:
            written = _write_xlsx(tmp, rows(), summary, describe_filters(desk, q), actor, total)
        if cancelled and cancelled():
            raise Cancelled(Text(M.EXPORT_CANCELLED))
        os.replace(tmp, target)
    except OSError as exc:
        raise ServiceError(Text(M.SAVE_FAILED, target=target, reason=exc.strerror or exc)) from None
    finally:
        tmp.unlink(missing_ok=True)
    with desk.uow() as uow:
        audit.record(
            uow.session,
            actor.username,
            "cases.export",
            "case",
            None,
            summary=f"Exportó {written} expedientes a {target.name}",
            after={"rows": written, "format": kind, "filters": dict(describe_filters(desk, q))},
        )
        uow.commit()
    return {"path": str(target), "format": kind, "rows": written}


# ------------------------------------------------------------------ CSV


def _csv_text(value: str) -> str:
    """Text as Excel will show it.

    A leading = + - @ would be read as a formula, so it gets a '. A run of digits Excel would turn into a
    number and damage (a 23-digit radicado becomes 8,00142E+21; an identification loses its leading zero)
    is written as the text formula ="…", which Excel shows as the digits themselves.
    """
    if value.isdigit() and (len(value) > 15 or value.startswith("0")):
        return f'="{value}"'
    return "'" + value if value.startswith(_FORMULA_START) else value


def _csv_value(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "money":
        return f"{Decimal(value):.2f}".replace(".", ",")  # no thousands mark: Excel reads it as a number
    if kind == "datetime":
        return f"{value:%d/%m/%Y %H:%M}"
    if kind == "date":
        return f"{value:%d/%m/%Y}"
    if kind == "int":
        return str(value)
    return _csv_text(str(value))


def _write_csv(path: Path, rows: Iterator[list[Any]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        out.writerow(HEADERS)
        for values in rows:
            out.writerow([_csv_value(v, k) for v, k in zip(values, _KINDS, strict=True)])
            n += 1
    return n


# ------------------------------------------------------------------ XLSX


def _write_xlsx(
    path: Path,
    rows: Iterator[list[Any]],
    summary: Summary,
    filters: list[tuple[str, str]],
    actor: Actor,
    total: int,
) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Expedientes")
    by_stage = wb.create_sheet("Por etapa")
    by_lawyer = wb.create_sheet("Por abogado")
    about = wb.create_sheet("Filtros")
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="1F4E79")
    middle = Alignment(vertical="center")

    def header(sheet: Any, titles: list[str]) -> list[Any]:
        cells = []
        for t in titles:
            c = WriteOnlyCell(sheet, value=t)
            c.font, c.fill, c.alignment = bold, fill, middle
            cells.append(c)
        return cells

    for i, col in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = max(col.width, len(col.header) + 3)  # header fits
    ws.freeze_panes = "C2"
    last_row = total + 1
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{max(last_row, 1)}"
    ws.append(header(ws, HEADERS))

    # One styled cell per money or date column, reused for every row: openpyxl writes a row out as soon as it
    # is appended, and building ~900,000 styled cells was most of the time of a 100,000-case export.
    formats = {"money": MONEY_FORMAT, "date": DATE_FORMAT, "datetime": DATETIME_FORMAT}
    styled: list[tuple[int, Any]] = []
    for i, k in enumerate(_KINDS):
        if k in formats:
            cell = WriteOnlyCell(ws)
            cell.number_format = formats[k]
            styled.append((i, cell))
    texts = [i for i, k in enumerate(_KINDS) if k == "text"]
    n = 0
    for values in rows:
        for i in texts:
            v = values[i]
            if isinstance(v, str) and v.startswith("="):  # a name is never a formula
                c = WriteOnlyCell(ws, value=v)
                c.data_type = "s"
                values[i] = c
        for i, cell in styled:
            v = values[i]
            if v is not None:
                cell.value = v
                values[i] = cell
        ws.append(values)
        n += 1
    if n != total:  # the docket changed while it was written: the sheet still holds every row read
        ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{n + 1}"

    def totals_sheet(sheet: Any, first: str, lines: list[tuple[str, str, Totals]]) -> None:
        for letter, width in zip("ABCDEFG", (34, 8, 12, 20, 20, 20, 12), strict=True):
            sheet.column_dimensions[letter].width = width
        sheet.freeze_panes = "A2"
        sheet.append(
            header(sheet, [first, "Moneda", "Expedientes", "Capital", "Recaudado", "Saldo de capital", "% recaudado"])
        )
        for name, currency, t in lines:
            money = []
            for amount in (t.capital, t.recovered, t.balance):
                c = WriteOnlyCell(sheet, value=amount)
                c.number_format = MONEY_FORMAT
                money.append(c)
            share = WriteOnlyCell(sheet, value=(t.recovered / t.capital) if t.capital else Decimal(0))
            share.number_format = "0.0%"
            sheet.append([name, currency, t.cases, *money, share])
        currencies = sorted({c for _n, c, _t in lines}, key=lambda c: (c != "COP", c))
        for currency in currencies:  # one total line per currency: never pesos plus euros
            part = [t for _n, c, t in lines if c == currency]
            cells = [WriteOnlyCell(sheet, value=f"Total {currency}"), WriteOnlyCell(sheet, value=currency)]
            cells.append(WriteOnlyCell(sheet, value=sum(t.cases for t in part)))
            for amount in (
                sum((t.capital for t in part), ZERO),
                sum((t.recovered for t in part), ZERO),
                sum((t.balance for t in part), ZERO),
            ):
                c = WriteOnlyCell(sheet, value=amount)
                c.number_format = MONEY_FORMAT
                cells.append(c)
            capital = sum((t.capital for t in part), ZERO)
            recovered = sum((t.recovered for t in part), ZERO)
            share = WriteOnlyCell(sheet, value=(recovered / capital) if capital else Decimal(0))
            share.number_format = "0.0%"
            cells.append(share)
            for c in cells:
                c.font = Font(bold=True)
            sheet.append(cells)

    totals_sheet(by_stage, "Etapa", summary.stage_lines())
    totals_sheet(by_lawyer, "Abogado", summary.lawyer_lines())

    about.column_dimensions["A"].width = 22
    about.column_dimensions["B"].width = 60
    about.append(header(about, ["Exportación del listado de expedientes", ""]))
    when = WriteOnlyCell(about, value=dt.datetime.now().replace(microsecond=0))
    when.number_format = DATETIME_FORMAT
    about.append(["Fecha", when])
    about.append(["Exportado por", actor.username])
    about.append(["Expedientes", n])
    for name, value in filters:
        about.append([name, value])
    about.append(["Saldo de capital", "Capital menos la parte de los abonos imputada a capital (sin intereses)"])
    wb.save(path)
    return n
