"""A docket of many cases plus one heavy case (thousands of contacts, hundreds of files, payments and hearings).

`build_big_case` adds the records through the services (audited, as a user would), except the contact
log and the payments' hearings, which go in through the services too but in a tight loop; the result is a
case the UI must open and page through without freezing. Used by bench/bench_case_file.py and the UI tests.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from legal_desk.services.desk import Actor, Desk


def build_big_case(
    desk: Desk,
    actor: Actor,
    case_id: int,
    *,
    contacts: int = 2000,
    evidence: int = 500,
    payments: int = 300,
    hearings: int = 200,
    today: dt.date | None = None,
    scratch: Path,
) -> None:
    """Fill `case_id` (a filed case) with the given numbers of records, all through the services."""
    from legal_desk.services import contacts as contact_service
    from legal_desk.services import evidence as evidence_service
    from legal_desk.services import payments as payment_service
    from legal_desk.services import tracking

    today = today or dt.date.today()
    start = dt.datetime.combine(today - dt.timedelta(days=contacts), dt.time(9, 0))
    channels = ("call", "sms", "email", "whatsapp")
    for i in range(contacts):
        contact_service.log_contact(
            desk,
            actor,
            case_id,
            channel=channels[i % len(channels)],
            at=start + dt.timedelta(days=i, hours=i % 8),
            outcome="no_answer" if i % 3 else "promise_to_pay",
            notes=f"Gestión {i + 1}",
        )
    scratch.mkdir(parents=True, exist_ok=True)
    for i in range(evidence):
        path = scratch / f"soporte_{i + 1:04d}.txt"
        path.write_text(f"Soporte {i + 1} del expediente {case_id}\n", encoding="utf-8")
        evidence_service.add_evidence(desk, actor, case_id, path, "other", date=today - dt.timedelta(days=i + 1))
    first_pay = today - dt.timedelta(days=payments * 3)
    for i in range(payments):
        payment_service.add_payment(
            desk, actor, case_id, first_pay + dt.timedelta(days=3 * i), Decimal("10000") + i, f"REC-{i + 1}"
        )
    for i in range(hearings):
        tracking.schedule_hearing(
            desk,
            actor,
            case_id,
            kind=("initial", "instruction", "conciliation", "other")[i % 4],
            at=dt.datetime.combine(today + dt.timedelta(days=i - hearings // 2), dt.time(8 + i % 9, 0)),
            place=f"Sala {i % 12 + 1}",
            confirm=True,  # one a day, weekends and holidays included: saved despite the calendar warnings
        )


def open_filed_case(desk: Desk, actor: Actor) -> int:
    """The id of a filed case still in progress (hearings, payments and contacts may be added to it)."""
    from legal_desk.domain.lifecycle import FILED_STAGES
    from legal_desk.services.cases import CaseQuery, list_cases

    stages = tuple(sorted(s.value for s in FILED_STAGES if not s.value.startswith("CLOSED")))
    rows = list_cases(desk, actor, CaseQuery(stages=stages, limit=1, order="id"))
    if not rows:
        raise LookupError("no filed case in progress")
    return rows[0].case_id
