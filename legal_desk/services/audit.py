"""The append-only, hash-chained audit log: every write leaves one event; `verify_chain` proves it."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from legal_desk.db.bulk import bulk_insert
from legal_desk.db.models import AuditEvent, utcnow

GENESIS = "0" * 64
_PG_AUDIT_LOCK = 7_316_001


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:.2f}" if value == value.quantize(Decimal("0.01")) else str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    return value


def _digest(
    prev: str,
    at: dt.datetime,
    username: str,
    action: str,
    entity: str,
    entity_id: str | None,
    case_id: int | None,
    summary: str,
    before: Any,
    after: Any,
) -> str:
    payload = json.dumps(
        [
            prev,
            at.isoformat(timespec="microseconds"),
            username,
            action,
            entity,
            entity_id,
            case_id,
            summary,
            before,
            after,
        ],
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    username: str,
    action: str,
    entity: str,
    entity_id: object | None = None,
    *,
    case_id: int | None = None,
    summary: str = "",
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
) -> AuditEvent:
    """Append one event chained to the previous one (serialised across desks on PostgreSQL)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_AUDIT_LOCK})
    session.flush()
    prev = session.execute(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).scalar()
    prev = prev or GENESIS
    at = utcnow()
    b = _plain(dict(before)) if before is not None else None
    a = _plain(dict(after)) if after is not None else None
    eid = str(entity_id) if entity_id is not None else None
    event = AuditEvent(
        at=at,
        username=username,
        action=action,
        entity=entity,
        entity_id=eid,
        case_id=case_id,
        summary=summary,
        before=b,
        after=a,
        prev_hash=prev,
        hash=_digest(prev, at, username, action, entity, eid, case_id, summary, b, a),
    )
    session.add(event)
    session.flush()
    return event


def record_many(session: Session, events: Sequence[Mapping[str, Any]], *, plain: bool = False) -> None:
    """Append events that carry their own time (`at`, UTC), in order, each chained to the one before.

    For bulk loads (the demo portfolio's past): one insert instead of a round trip per event; the
    chain is the same one `record` extends and `verify_chain` checks. `plain`: before/after already
    hold only JSON values (strings, numbers, None), as `record` would store them.
    """
    if not events:
        return
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_AUDIT_LOCK})
    session.flush()
    prev = session.execute(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).scalar() or GENESIS
    rows = []
    for e in events:
        b, a = e.get("before"), e.get("after")
        if not plain:
            b = _plain(dict(b)) if b is not None else None
            a = _plain(dict(a)) if a is not None else None
        eid = str(e["entity_id"]) if e.get("entity_id") is not None else None
        at, case_id, summary = e["at"], e.get("case_id"), e.get("summary", "")
        digest = _digest(prev, at, e["username"], e["action"], e["entity"], eid, case_id, summary, b, a)
        rows.append(
            {
                "at": at,
                "username": e["username"],
                "action": e["action"],
                "entity": e["entity"],
                "entity_id": eid,
                "case_id": case_id,
                "summary": summary,
                "before": b,
                "after": a,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    bulk_insert(session, AuditEvent.__table__, rows, list(rows[0]))


@dataclass(frozen=True)
class ChainProblem:
    """An audit event whose hash or link does not match."""

    event_id: int
    message: str


def verify_chain(session: Session, batch: int = 5000) -> tuple[int, list[ChainProblem]]:
    """Re-hash the whole log in order; returns (events checked, problems)."""
    problems: list[ChainProblem] = []
    prev = GENESIS
    count = 0
    last_id = 0
    while True:
        rows = (
            session.execute(select(AuditEvent).where(AuditEvent.id > last_id).order_by(AuditEvent.id).limit(batch))
            .scalars()
            .all()
        )
        if not rows:
            break
        for ev in rows:
            count += 1
            if ev.prev_hash != prev:
                problems.append(ChainProblem(ev.id, f"evento {ev.id}: el enlace con el evento anterior no coincide"))
            expected = _digest(
                ev.prev_hash,
                ev.at,
                ev.username,
                ev.action,
                ev.entity,
                ev.entity_id,
                ev.case_id,
                ev.summary,
                ev.before,
                ev.after,
            )
            if expected != ev.hash:
                problems.append(ChainProblem(ev.id, f"evento {ev.id} ({ev.action}): su contenido fue alterado"))
            prev = ev.hash
            last_id = ev.id
        session.expunge_all()
    return count, problems
