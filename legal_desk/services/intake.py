"""Bulk handover: a bank's referral export (CSV/XLSX) becomes cases in one transaction.

Policy (stated in the UI and the CLI): every valid row is imported and every invalid row is reported
with its line, column and reason; a cancel, crash or kill leaves the database as it was before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from legal_desk.db import search
from legal_desk.db.bulk import BulkInsert, allocate_ids
from legal_desk.db.models import Case, Debt, Party, utcnow
from legal_desk.domain.lifecycle import Stage
from legal_desk.domain.permissions import Action
from legal_desk.importing.referrals import ReferralFileError, ReferralRow, RowError, read_referrals
from legal_desk.services import audit
from legal_desk.services.cases import _client
from legal_desk.services.desk import Actor, Desk
from legal_desk.services.errors import Cancelled, ValidationFailed
from legal_desk.services.legal import calendar_for, compute_limitation
from legal_desk.store.filestore import sha256_file

CHUNK = 2000
_EMAIL_SOURCE = "Reporte de cobranza"
_CASE_COLUMNS = (
    "id",
    "account_ref",
    "jurisdiction",
    "currency",
    "notes",
    "debtor_name",
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

    def to_json(self) -> dict[str, Any]:
        return {
            "accepted": self.accepted,
            "rejected": self.rejected,
            "cases": self.cases,
            "errors": self.errors,
            "dry_run": self.dry_run,
        }


def _row_error(e: RowError) -> dict[str, Any]:
    return {"line": e.line, "column": e.column, "message": e.message}


def import_referrals(
    desk: Desk,
    actor: Actor,
    path: Path | str,
    *,
    dry_run: bool = False,
    column_map: dict[str, str] | None = None,
    client_name: str | None = None,
    client_id_number: str | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Validate every row, then write all valid rows in one transaction (or nothing, on dry run or cancel)."""
    actor.require(Action.IMPORT_REFERRALS)
    path = Path(path)
    try:
        result = read_referrals(path, column_map, progress=(lambda n: progress("read", n, 0)) if progress else None)
    except ReferralFileError as exc:
        raise ValidationFailed(str(exc)) from None
    if cancelled and cancelled():
        raise Cancelled("Importación cancelada: no se guardó nada")
    errors = list(result.errors)
    bad_lines = {e.line for e in errors}
    rows = [r for r in result.rows if r.line not in bad_lines]
    report = ImportReport(dry_run=dry_run, total_lines=result.total_lines)
    with desk.uow() as uow:
        s = uow.session
        # account references already handed over
        existing: set[str] = set()
        refs = [r.account_ref for r in rows]
        for i in range(0, len(refs), 900):
            existing.update(
                s.execute(select(Case.account_ref).where(Case.account_ref.in_(refs[i : i + 900]))).scalars()
            )
        good: list[ReferralRow] = []
        for r in rows:
            if r.account_ref in existing:
                errors.append(
                    RowError(
                        r.line,
                        _column_name(result.mapping, "account_ref"),
                        f"la obligación {r.account_ref} ya fue entregada a jurídico",
                    )
                )
            else:
                good.append(r)
        errors.sort(key=lambda e: (e.line, e.column))
        report.errors = [_row_error(e) for e in errors]
        report.rejected = len({e.line for e in errors})
        if dry_run or not good:
            report.accepted = len(good)
            report.cases = [{"line": r.line, "case_id": None, "account_ref": r.account_ref} for r in good]
            return report
        client = _client(s, client_name, client_id_number)
        now = utcnow()
        total = len(good)
        ids = allocate_case_ids(s, total)
        calendars = {j: calendar_for(s, j) for j in {r.jurisdiction for r in good}}
        limitation_cache: dict[tuple[str, dt.date, str], dt.date] = {}

        def limitation(r: ReferralRow) -> dt.date:
            key = (r.title_type or "pagare", r.due_date, r.jurisdiction)
            found = limitation_cache.get(key)
            if found is None:
                found = limitation_cache[key] = compute_limitation(calendars[r.jurisdiction], *key)
            return found

        case_insert = BulkInsert(
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
        )
        party_insert = BulkInsert(s, Party.__table__, _PARTY_COLUMNS)
        debt_insert = BulkInsert(s, Debt.__table__, _DEBT_COLUMNS, {"costs": 0})
        conn = s.connection()
        for start in range(0, total, CHUNK):
            if cancelled and cancelled():
                raise Cancelled("Importación cancelada: no se guardó nada")
            chunk = good[start : start + CHUNK]
            chunk_ids = ids[start : start + CHUNK]
            cases = case_insert.params(
                [
                    chunk_ids,
                    [r.account_ref for r in chunk],
                    [r.jurisdiction for r in chunk],
                    [r.currency for r in chunk],
                    [r.notes for r in chunk],
                    [r.debtor_name for r in chunk],
                    [r.debtor_id_number for r in chunk],
                    [r.capital for r in chunk],
                    [limitation(r) for r in chunk],
                ]
            )
            guarantors = [(i, r) for i, r in zip(chunk_ids, chunk, strict=True) if r.guarantor_name]
            parties = party_insert.params(
                [
                    chunk_ids + [i for i, _ in guarantors],
                    ["debtor"] * len(chunk) + ["guarantor"] * len(guarantors),
                    [r.debtor_name for r in chunk] + [r.guarantor_name for _, r in guarantors],
                    [r.debtor_id_type for r in chunk] + [r.guarantor_id_type for _, r in guarantors],
                    [r.debtor_id_number for r in chunk] + [r.guarantor_id_number for _, r in guarantors],
                    [r.debtor_address for r in chunk] + [None] * len(guarantors),
                    [r.debtor_city for r in chunk] + [None] * len(guarantors),
                    [r.debtor_email for r in chunk] + [None] * len(guarantors),
                    [r.debtor_phone for r in chunk] + [None] * len(guarantors),
                    [_EMAIL_SOURCE if r.debtor_email else None for r in chunk] + [None] * len(guarantors),
                ]
            )
            debts = debt_insert.params(
                [
                    chunk_ids,
                    [r.capital for r in chunk],
                    [r.currency for r in chunk],
                    [r.due_date for r in chunk],
                    [r.title_type or "pagare" for r in chunk],
                    [r.title_number for r in chunk],
                ]
            )
            words = search.insert_batch(
                s,
                [
                    (
                        i,
                        search.words_for(
                            r.account_ref,
                            None,
                            [(r.debtor_name, r.debtor_id_number), (r.guarantor_name, r.guarantor_id_number)]
                            if r.guarantor_name
                            else [(r.debtor_name, r.debtor_id_number)],
                        ),
                    )
                    for i, r in zip(chunk_ids, chunk, strict=True)
                ],
            )
            for sql, params in ((case_insert.sql, cases), (party_insert.sql, parties), (debt_insert.sql, debts), words):
                if params:
                    conn.exec_driver_sql(sql, params)
            report.cases.extend(
                {"line": r.line, "case_id": i, "account_ref": r.account_ref}
                for i, r in zip(chunk_ids, chunk, strict=True)
            )
            if progress:
                progress("write", min(start + CHUNK, total), total)
        report.accepted = total
        audit.record(
            s,
            actor.username,
            "case.import",
            "import",
            None,
            summary=f"Importación de {path.name}: {total} expedientes, {report.rejected} filas rechazadas",
            after={
                "file": path.name,
                "sha256": sha256_file(path),
                "accepted": total,
                "rejected": report.rejected,
                "first_case_id": report.cases[0]["case_id"],
                "last_case_id": report.cases[-1]["case_id"],
                "at": dt.datetime.now(),
            },
        )
        if cancelled and cancelled():
            raise Cancelled("Importación cancelada: no se guardó nada")
        uow.commit()
    return report


def allocate_case_ids(session: Session, n: int) -> list[int]:
    """Reserve n case ids for a bulk insert."""
    return allocate_ids(session, Case.__table__, n)


def _column_name(mapping: dict[str, str], key: str) -> str:
    for header, k in mapping.items():
        if k == key:
            return header
    return key
