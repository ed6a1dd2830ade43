"""The moratory-rate table: import a file as a new version (history kept), read the table in force."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from legal_desk.db.models import RatePeriod as RatePeriodRow
from legal_desk.db.models import RateTableVersion
from legal_desk.domain import messages as M
from legal_desk.domain.interest import RatePeriod, RateTable, RateTableError
from legal_desk.domain.messages import Text, text_of
from legal_desk.domain.permissions import Action
from legal_desk.importing.rates import RateFileError, read_rate_table
from legal_desk.paths import resources_dir
from legal_desk.services import audit
from legal_desk.services.desk import Actor, Desk
from legal_desk.services.errors import NotFound, ValidationFailed
from legal_desk.services.legal import jurisdiction_code

#: The illustrative Colombian table shipped for demonstrations (its header says it is not official).
SAMPLE_RATES_CO = resources_dir() / "rates" / "sample_rates_co.csv"


@dataclass(frozen=True)
class RateVersionInfo:
    """One imported version of the rate table."""

    version_id: int
    jurisdiction: str
    filename: str
    sha256: str
    imported_at: dt.datetime
    imported_by: str | None
    periods: int
    first_day: dt.date | None
    last_day: dt.date | None
    current: bool = False
    #: Cases with payments that this table cannot liquidate (a day not covered): their payments keep the
    #: split of the table before, and their liquidation is refused naming the day (only on an import).
    not_reapplied: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """Plain dict for the CLI."""
        data = asdict(self)
        data["from"] = data.pop("first_day")
        data["to"] = data.pop("last_day")
        data["not_reapplied"] = list(self.not_reapplied)
        return data


def import_rates(desk: Desk, actor: Actor, path: str | Path, jurisdiction: str = "CO") -> RateVersionInfo:
    """Read a rate file; any bad line refuses the whole file, otherwise it becomes the table in force."""
    actor.require(Action.MANAGE_RATES)
    code = jurisdiction_code(jurisdiction)
    path = Path(path)
    try:
        table = read_rate_table(path)
    except RateFileError as exc:
        raise ValidationFailed(
            text_of(exc),
            errors=[(line or None, col, msg) for line, col, msg in exc.errors],
            error_texts=[msg for _line, _col, msg in exc.texts],
            field_texts=[col for _line, col, _msg in exc.texts],
        ) from None
    except RateTableError as exc:
        raise ValidationFailed(text_of(exc)) from None
    with desk.uow() as uow:
        actor.confirm(uow.session)
        info = _store_version(uow.session, actor, code, path, table)
        uow.commit()
    return info


def install_sample_table(s: Session, actor: Actor) -> RateVersionInfo | None:
    """Put the illustrative Colombian table in force (demo portfolio) if Colombia has none; None if it had one.

    The file says in its own header that its rates are illustrative, not the Superintendencia's
    certifications, and the import is audited under its file name like any other.
    """
    if _current_version_id(s, "CO") is not None:
        return None
    actor.require(Action.MANAGE_RATES)
    return _store_version(s, actor, "CO", SAMPLE_RATES_CO, read_rate_table(SAMPLE_RATES_CO))


def _store_version(s: Session, actor: Actor, code: str, path: Path, table: RateTable) -> RateVersionInfo:
    """Write a read table as the jurisdiction's newest version, audited; the caller commits."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    version = RateTableVersion(jurisdiction=code, filename=path.name, sha256=digest, imported_by=actor.username)
    s.add(version)
    s.flush()
    s.add_all(
        RatePeriodRow(version_id=version.id, start=p.start, end=p.end, annual_rate=p.annual_rate) for p in table.periods
    )
    s.flush()
    from legal_desk.services.payments import reapply_payments

    # Every payment of the jurisdiction is re-applied with the new rates, so the stored splits (the docket's
    # «Saldo de capital», the export, the payments tab) agree with the liquidation.
    not_reapplied = tuple(reapply_payments(s, jurisdiction=code))
    first, last = table.periods[0].start, table.periods[-1].end
    audit.record(
        s,
        actor.username,
        "rates.import",
        "rate_table_version",
        version.id,
        summary=f"Tabla de tasas {code} importada de {path.name}: {len(table)} "
        f"{'período' if len(table) == 1 else 'períodos'}, {first:%d/%m/%Y}–{last:%d/%m/%Y}",
        after={"jurisdiction": code, "filename": path.name, "sha256": digest, "periods": len(table)},
    )
    return RateVersionInfo(
        version.id,
        code,
        path.name,
        digest,
        version.imported_at,
        actor.username,
        len(table),
        first,
        last,
        True,
        not_reapplied,
    )


def _current_version_id(s: Session, code: str) -> int | None:
    """The newest version of a jurisdiction's table."""
    return s.execute(select(func.max(RateTableVersion.id)).where(RateTableVersion.jurisdiction == code)).scalar()


def table_in_session(s: Session, jurisdiction: str) -> RateTable | None:
    """The table in force read inside an open session, or None when none was imported."""
    version_id = _current_version_id(s, jurisdiction.strip().upper())
    if version_id is None:
        return None
    rows = s.execute(
        select(RatePeriodRow.start, RatePeriodRow.end, RatePeriodRow.annual_rate)
        .where(RatePeriodRow.version_id == version_id)
        .order_by(RatePeriodRow.start)
    ).all()
    return RateTable([RatePeriod(a, b, rate) for a, b, rate in rows])


def current_rate_table(desk: Desk, jurisdiction: str = "CO") -> RateTable:
    """The rate table in force (the newest import) of a jurisdiction."""
    code = jurisdiction_code(jurisdiction)
    with desk.reading() as s:
        table = table_in_session(s, code)
    if table is None:
        raise NotFound(Text(M.RATES_NOT_FOUND, code=code))
    return table


def rate_history(desk: Desk, jurisdiction: str = "CO") -> list[RateVersionInfo]:
    """Every imported version, newest first; the first is the one in force."""
    code = jurisdiction_code(jurisdiction)
    with desk.reading() as s:
        rows = s.execute(
            select(
                RateTableVersion,
                func.count(RatePeriodRow.id),
                func.min(RatePeriodRow.start),
                func.max(RatePeriodRow.end),
            )
            .outerjoin(RatePeriodRow, RatePeriodRow.version_id == RateTableVersion.id)
            .where(RateTableVersion.jurisdiction == code)
            .group_by(RateTableVersion.id)
            .order_by(RateTableVersion.id.desc())
        ).all()
        return [
            RateVersionInfo(v.id, v.jurisdiction, v.filename, v.sha256, v.imported_at, v.imported_by, n, a, b, i == 0)
            for i, (v, n, a, b) in enumerate(rows)
        ]
