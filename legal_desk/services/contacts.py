"""The contact log: every call, SMS, e-mail, visit with its outcome, checked against Ley 2300 de 2023."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from legal_desk.db.models import ContactAttempt, Party
from legal_desk.domain import messages as M
from legal_desk.domain.contact_rules import OUTCOMES, ContactAttemptIn, ContactRuleError, check_contact, outcome_code
from legal_desk.domain.messages import Text
from legal_desk.domain.permissions import Action
from legal_desk.services import audit
from legal_desk.services.cases import get_case_for_write, touch
from legal_desk.services.desk import Actor, Desk
from legal_desk.services.errors import ValidationFailed
from legal_desk.services.legal import refuse_future

CHANNELS = {
    "call": "Llamada",
    "sms": "SMS",
    "email": "Correo electrónico",
    "whatsapp": "WhatsApp",
    "visit": "Visita",
    "letter": "Carta",
}


@dataclass(frozen=True)
class ContactResult:
    """A logged contact and the rules it broke (empty when none)."""

    contact_id: int
    case_id: int
    at: dt.datetime
    channel: str
    outcome: str
    violations: list[str]
    # False for a case outside Colombia: the Ley 2300 contact rules were not checked (not configured there)
    rules_checked: bool = True


def log_contact(
    desk: Desk,
    actor: Actor,
    case: int | str,
    *,
    channel: str,
    at: dt.datetime | dt.date,
    outcome: str,
    notes: str | None = None,
    direction: str = "out",
) -> ContactResult:
    """Record a contact attempt; it is kept even if it breaks a rule, and the breach is flagged."""
    actor.require(Action.LOG_CONTACT)
    if channel not in CHANNELS:
        raise ValidationFailed(Text(M.CHANNEL_UNKNOWN, channel=channel, channels=", ".join(CHANNELS)))
    if not outcome.strip():
        raise ValidationFailed(Text(M.CONTACT_OUTCOME))
    outcome = outcome_code(outcome)
    if direction not in ("in", "out"):
        raise ValidationFailed(Text(M.CONTACT_DIRECTION))
    when = at if isinstance(at, dt.datetime) else dt.datetime.combine(at, dt.time(10, 0))
    with desk.uow() as uow:
        s = uow.session
        c = get_case_for_write(s, actor, case, action=Action.LOG_CONTACT)
        refuse_future(
            when.date(),
            c.jurisdiction,
            M.FUTURE_CONTACT,
            date_format="%Y-%m-%d",
        )
        prev = s.execute(
            select(ContactAttempt.at, ContactAttempt.channel, ContactAttempt.direction).where(
                ContactAttempt.case_id == c.id
            )
        ).all()
        debtor = s.execute(select(Party).where(Party.case_id == c.id, Party.role == "debtor")).scalars().first()
        authorised = (
            {x.strip() for x in (debtor.authorised_channels or "").split(",") if x.strip()} if debtor else set()
        )
        if not authorised:
            authorised = set(CHANNELS)  # channels not recorded: only time and frequency can be judged
        try:
            violations = check_contact(
                ContactAttemptIn(when, channel, "in" if direction == "in" else "out"),
                [ContactAttemptIn(p[0], p[1], "in" if p[2] == "in" else "out") for p in prev],
                authorised,
                c.jurisdiction,
            )
        except ContactRuleError:
            violations = []
        row = ContactAttempt(
            case_id=c.id,
            at=when,
            channel=channel,
            direction=direction,
            outcome=outcome,
            notes=notes,
            by_user=actor.username,
            violations="\n".join(violations) or None,
        )
        s.add(row)
        s.flush()
        touch(c, actor)
        audit.record(
            s,
            actor.username,
            "contact.add",
            "contact",
            row.id,
            case_id=c.id,
            summary=f"{CHANNELS[channel]}: {OUTCOMES.get(outcome, outcome)}",
            after={"at": when, "channel": channel, "outcome": outcome, "violations": violations},
        )
        result = ContactResult(row.id, c.id, when, channel, row.outcome, violations, c.jurisdiction == "CO")
        uow.commit()
    return result
