"""Bulk handover: a bank's referral export (CSV/XLSX) becomes cases in one transaction.

Policy (stated in the UI and the CLI): every valid row is imported and every invalid row is reported
with its line, column and reason; a cancel, crash or kill leaves the database as it was before.
Rows are checked and written a chunk at a time; a big file is read in a second process meanwhile.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from legal_desk.db import search
from legal_desk.db.bulk import BulkInsert, allocate_ids, defer_indexes, rebuild_indexes
from legal_desk.db.models import Case, Debt, Party, utcnow
from legal_desk.domain import messages as M
from legal_desk.domain.lifecycle import Stage
from legal_desk.domain.messages import Text, text_of
from legal_desk.domain.permissions import Action
from legal_desk.importing.background import ReaderCrashed, referral_chunks
from legal_desk.importing.referrals import (
    ChunkColumns,
    ReferralChunk,
    ReferralFileError,
    ReferralFileInfo,
    RowError,
)
from legal_desk.services import audit
from legal_desk.services.cases import _client, creditor_id, serialize_handovers
from legal_desk.services.desk import Actor, Desk
from legal_desk.services.errors import Cancelled, ServiceError, ValidationFailed
from legal_desk.services.legal import calendar_for, compute_limitation
from legal_desk.store.filestore import sha256_file

_EMAIL_SOURCE = "Reporte de cobranza"
_CASE_COLUMNS = (
    "id",
    "account_ref",
    "jurisdiction",
    "currency",
    "notes",
    "debtor_name",
    "debtor_sort",
    "debtor_id_number",
    "capital",
    "limitation_date",
)
_PARTY_COLUMNS = (
    "case_id",
    "role",
    "name",
    "id_type",
    "id_number",
    "address",
    "city",
    "email",
    "phone",
    "email_source",
)
_DEBT_COLUMNS = ("case_id", "capital", "currency", "due_date", "title_type", "title_number")


@dataclass
class ImportReport:
    """What an import did (or would do, with dry_run): the CLI's `--json` document."""

    accepted: int = 0
    rejected: int = 0
    cases: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    dry_run: bool = False
    total_lines: int = 0
    header_line: int = 1  # line (CSV) or sheet row (XLSX) the headers were read from
    sheet: str | None = None  # XLSX: the sheet read
    sheets: int = 0  # XLSX: sheets in the workbook

    def to_json(self) -> dict[str, Any]:
        return {
            "accepted": self.accepted,
            "rejected": self.rejected,
            "cases": self.cases,
            "errors": [{k: e[k] for k in ("line", "column", "message")} for e in self.errors],
            "dry_run": self.dry_run,
            "sheet": self.sheet,
            "header_line": self.header_line,
        }


def _row_error(e: RowError) -> dict[str, Any]:
    """A rejected row for the report; `text` (the reason as a `Text` or its Spanish string) is not in the JSON."""
    return {"line": e.line, "column": e.column, "message": e.message, "text": e.text or e.message}


def import_referrals(
    desk: Desk,
    actor: Actor,
    path: Path | str,
    *,
    dry_run: bool = False,
    column_map: dict[str, str] | None = None,
    client_name: str | None = None,
    client_id_number: str | None = None,
    client_jurisdiction: str | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    background: bool | None = None,
) -> ImportReport:
    """Check every row and write the valid ones in one transaction (nothing on dry run, cancel or error).

    Rows are checked and written chunk by chunk; a big file is read in a second process meanwhile
    (`background`: None decides by size, see legal_desk.importing.background). `progress` gets
    ("import", rows read, rows the file seems to hold). The creditor's ID (`client_id_number`) is
    checked as a NIT, CUIT, RFC or NIF by `client_jurisdiction` (default: the file's first valid row's).
    """
    actor.require(Action.IMPORT_REFERRALS)
    path = Path(path)
    try:
        with referral_chunks(path, column_map, background=background) as (info, chunks), desk.uow() as uow:
            report = _import_chunks(
                uow.session,
                actor,
                info,
                chunks,
                dry_run=dry_run,
                client_name=client_name,
                client_id_number=client_id_number,
                client_jurisdiction=client_jurisdiction,
                progress=progress,
                cancelled=cancelled,
            )
            if report.accepted and not dry_run:
                audit.record(
                    uow.session,
                    actor.username,
                    "case.import",
                    "import",
                    None,
                    summary=f"Importación de {path.name}: {report.accepted} expedientes, "
                    f"{report.rejected} filas rechazadas",
                    after={
                        "file": path.name,
                        "sha256": sha256_file(path),
                        "accepted": report.accepted,
                        "rejected": report.rejected,
                        "first_case_id": report.cases[0]["case_id"],
                        "last_case_id": report.cases[-1]["case_id"],
                        "at": dt.datetime.now(),
                    },
                )
                if cancelled and cancelled():
                    raise Cancelled("Importación cancelada: no se guardó nada")
                uow.commit()
    except ReferralFileError as exc:
        raise ValidationFailed(text_of(exc)) from None
    except ReaderCrashed as exc:
        raise ServiceError(Text(M.IMPORT_INTERRUPTED, file=path.name, reason=text_of(exc))) from None
    return report


def _import_chunks(
    s: Session,
    actor: Actor,
    info: ReferralFileInfo,
    chunks: Iterator[ReferralChunk],
    *,
    dry_run: bool,
    client_name: str | None,
    client_id_number: str | None,
    client_jurisdiction: str | None = None,
    progress: Callable[[str, int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> ImportReport:
    """Check each chunk against the database and write its valid rows (unless dry_run); the caller commits."""
    actor.confirm(s)
    report = ImportReport(dry_run=dry_run, header_line=info.header_line, sheet=info.sheet, sheets=info.sheets)
    errors: list[RowError] = []
    ref_column = info.column("account_ref")
    writer: _ChunkWriter | None = None
    deferred: list[str] = []
    if not dry_run:
        serialize_handovers(s)
    if s.get_bind().dialect.name == "postgresql":
        # The import's own rows grow `cases` inside this transaction while its statistics still say
        # "small": the planner would scan the table for every chunk's duplicate check (quadratic;
        # 100,000 rows took 49 s). The unique index on account_ref is always right here.
        s.execute(text("SET LOCAL enable_seqscan = off"))
    for chunk in chunks:
        if cancelled and cancelled():
            raise Cancelled("Importación cancelada: no se guardó nada")
        errors.extend(chunk.errors)
        report.total_lines = chunk.read
        good = chunk.valid
        existing = _already_handed_over(s, list(good.account_ref))
        if existing:
            for line, ref in zip(good.line, good.account_ref, strict=True):
                if ref in existing:
                    errors.append(RowError.of(line, ref_column, Text(M.ROW_HANDED_OVER, ref=ref)))
            good = good.take([k for k, ref in enumerate(good.account_ref) if ref not in existing])
        if good and client_jurisdiction is None:
            # the creditor is checked by its own country's tax ID, like the handover wizard does
            client_jurisdiction = good.jurisdiction[0]
        if dry_run:
            if good and client_id_number:
                creditor_id(client_jurisdiction or "CO", client_id_number)  # a dry run reports a bad ID too
            report.cases.extend(
                {"line": line, "case_id": None, "account_ref": ref}
                for line, ref in zip(good.line, good.account_ref, strict=True)
            )
        elif good:
            if writer is None:
                writer = _ChunkWriter(s, actor, _client(s, client_name, client_id_number, client_jurisdiction or "CO"))
                if _load_is_large(s, info.estimated_rows):
                    deferred = defer_indexes(s.connection(), Case.__tablename__)
            ids = writer.write(good)
            report.cases.extend(
                {"line": line, "case_id": i, "account_ref": ref}
                for line, i, ref in zip(good.line, ids, good.account_ref, strict=True)
            )
        report.accepted += len(good)
        if progress:
            done = max(chunk.passed, chunk.read)  # blank lines count, as in the estimate
            progress("import", done, max(info.estimated_rows, done))
    if deferred:
        rebuild_indexes(s.connection(), deferred)
    if progress:
        progress("import", report.total_lines, report.total_lines)
    errors.sort(key=lambda e: (e.line, e.column))
    report.errors = [_row_error(e) for e in errors]
    report.rejected = len({e.line for e in errors})
    return report


_LARGE_LOAD = 20_000  # rows; below this, keeping the indexes up to date costs less than rebuilding them


def _load_is_large(s: Session, rows: int) -> bool:
    """Whether an import of about `rows` rows is better written with the cases' indexes built at the end.

    When the file holds at least as many rows as the desk has cases (a first load of the portfolio,
    a desk moving in from another system), one sort per index over old and new cases costs less
    than a random insert per new case and index (bench/bench_import.py measures both). The size of
    the desk is read as its highest case id: exact enough here, and one step down the primary key.
    """
    if rows < _LARGE_LOAD:
        return False
    highest = s.execute(select(func.max(Case.id))).scalar() or 0
    return rows >= highest


def _already_handed_over(s: Session, refs: list[str]) -> set[str]:
    """Which of these account references are cases already (one lookup in the unique index per reference).

    The references go to the database as one parameter (a JSON array on SQLite, an array on
    PostgreSQL) rather than an IN list of up to 1,000 bound values that SQLAlchemy would expand and
    the driver bind one by one for every chunk.
    """
    if not refs:
        return set()
    conn = s.connection()
    if conn.dialect.name == "sqlite":
        sql = "SELECT account_ref FROM cases WHERE account_ref IN (SELECT value FROM json_each(?))"
        found = conn.exec_driver_sql(sql, (json.dumps(refs),))
    else:
        found = conn.exec_driver_sql("SELECT account_ref FROM cases WHERE account_ref = ANY(%s)", (refs,))
    return {r[0] for r in found}


class _ChunkWriter:
    """Writes chunks of valid rows as cases, parties, debts and search words: one executemany per table."""

    def __init__(self, s: Session, actor: Actor, client: Any) -> None:
        self.s = s
        now = utcnow()
        self.calendars: dict[str, Any] = {}
        self.limitations: dict[tuple[str, str, str], str] = {}
        self.cases = BulkInsert(
            s,
            Case.__table__,
            _CASE_COLUMNS,
            {
                "stage": Stage.INTAKE.value,
                "client_id": client.id if client else None,
                "handed_over_by_id": actor.user_id,
                "handed_over_at": now,
                "recovered": 0,
                "archived": False,
                "created_at": now,
                "updated_at": now,
                "updated_by": actor.username,
                "version": 1,
            },
            ready=("capital", "limitation_date"),
        )
        self.parties = BulkInsert(s, Party.__table__, _PARTY_COLUMNS)
        self.debts = BulkInsert(s, Debt.__table__, _DEBT_COLUMNS, {"costs": 0}, ready=("capital", "due_date"))

    def _limitation(self, title_type: str, due_date: str, jurisdiction: str) -> str:
        """The limitation date (ISO) of a debt, by title type, due date (ISO) and jurisdiction."""
        key = (title_type, due_date, jurisdiction)
        found = self.limitations.get(key)
        if found is None:
            cal = self.calendars.get(jurisdiction)
            if cal is None:
                cal = self.calendars[jurisdiction] = calendar_for(self.s, jurisdiction)
            due = dt.date.fromisoformat(due_date)
            found = self.limitations[key] = compute_limitation(cal, title_type, due, jurisdiction).isoformat()
        return found

    def write(self, rows: ChunkColumns) -> list[int]:
        """Insert the rows (cases, parties, debts, search words); returns the new case ids."""
        ids = allocate_case_ids(self.s, len(rows))
        cases = self.cases.params(
            [
                ids,
                rows.account_ref,
                rows.jurisdiction,
                rows.currency,
                rows.notes,
                rows.debtor_name,
                rows.debtor_sort,
                rows.debtor_id_number,
                rows.capital,
                list(map(self._limitation, rows.title_type, rows.due_date, rows.jurisdiction)),
            ]
        )
        g = [k for k, name in enumerate(rows.guarantor_name) if name]
        n = len(g)
        nones = [None] * n

        def debtors_then_guarantors(debtors: Sequence[Any], guarantors: Sequence[Any]) -> list[Any]:
            return [*debtors, *(guarantors[k] for k in g)]

        parties = self.parties.params(
            [
                debtors_then_guarantors(ids, ids),
                ["debtor"] * len(rows) + ["guarantor"] * n,
                debtors_then_guarantors(rows.debtor_name, rows.guarantor_name),
                debtors_then_guarantors(rows.debtor_id_type, rows.guarantor_id_type),
                debtors_then_guarantors(rows.debtor_id_number, rows.guarantor_id_number),
                [*rows.debtor_address, *nones],
                [*rows.debtor_city, *nones],
                [*rows.debtor_email, *nones],
                [*rows.debtor_phone, *nones],
                [*(_EMAIL_SOURCE if e else None for e in rows.debtor_email), *nones],
            ]
        )
        debts = self.debts.params([ids, rows.capital, rows.currency, rows.due_date, rows.title_type, rows.title_number])
        self.cases.write(self.s, cases)
        self.parties.write(self.s, parties)
        self.debts.write(self.s, debts)
        search.write_documents(self.s, list(zip(ids, rows.search_doc, strict=True)))
        return ids


def allocate_case_ids(session: Session, n: int) -> list[int]:
    """Reserve n case ids for a bulk insert."""
    return allocate_ids(session, Case.__table__, n)
