"""Notices sent to debtors and their proof of receipt (carrier, tracking, delivered, the receipt file)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from legal_desk.db.models import Case, Notice
from legal_desk.domain import messages as M
from legal_desk.domain.contact_rules import bureau_report_from
from legal_desk.domain.messages import Text, label_term
from legal_desk.domain.permissions import Action
from legal_desk.services import actuaciones, audit
from legal_desk.services.cases import get_case_for_write, touch
from legal_desk.services.desk import Actor, Desk
from legal_desk.services.errors import NotFound, ValidationFailed
from legal_desk.services.evidence import record_evidence, store_evidence_file
from legal_desk.services.legal import refuse_future

NOTICE_CHANNELS = {
    "mail": "Correo certificado",
    "email": "Correo electrónico",
    "certified_email": "Correo electrónico certificado",
    "personal": "Entrega personal",
    "whatsapp": "WhatsApp",
    "sms": "SMS",
}
NOTICE_KINDS = {
    "demand_letter": "Carta de requerimiento",
    "final_notice": "Aviso final antes de demanda",
    "bureau_notice": "Aviso previo de reporte negativo (Ley 1266)",
    "summons_291": "Citación para notificación personal (art. 291)",
    "notice_292": "Notificación por aviso (art. 292)",
    "email_service": "Notificación electrónica (Ley 2213 art. 8)",
    "other": "Otra comunicación",
}


# Notices that exist only under Colombian law (Ley 1266, CGP arts. 291/292, Ley 2213): refused for a
# case of another jurisdiction, where they would start Colombian terms and dates.
COLOMBIAN_KINDS = frozenset({"bureau_notice", "summons_291", "notice_292", "email_service"})


@dataclass(frozen=True)
class NoticeInfo:
    """A notice and where its proof of receipt stands."""

    notice_id: int
    case_id: int
    kind: str
    channel: str
    carrier: str | None
    tracking: str | None
    sent: dt.date
    delivered: dt.date | None
    returned: dt.date | None
    proof_sha256: str | None

    @property
    def bureau_report_from(self) -> dt.date | None:
        """For a prior notice of a negative credit-bureau report: the first day the report may be made."""
        return bureau_report_from(self.sent) if self.kind == "bureau_notice" else None


def add_notice(
    desk: Desk,
    actor: Actor,
    case: int | str,
    *,
    channel: str,
    sent: dt.date,
    kind: str = "demand_letter",
    carrier: str | None = None,
    tracking: str | None = None,
    recipient: str | None = None,
    notes: str | None = None,
) -> NoticeInfo:
    """Register a notice sent (the receipt comes later with `register_notice_receipt`)."""
    actor.require(Action.MANAGE_NOTICES)
    if channel not in NOTICE_CHANNELS:
        raise ValidationFailed(Text(M.CHANNEL_UNKNOWN, channel=channel, channels=", ".join(NOTICE_CHANNELS)))
    if kind not in NOTICE_KINDS:
        raise ValidationFailed(Text(M.NOTICE_KIND_UNKNOWN, kind=kind, kinds=", ".join(NOTICE_KINDS)))
    if channel == "mail" and not (carrier and tracking):
        raise ValidationFailed(Text(M.NOTICE_MAIL_TRACKING))
    with desk.uow() as uow:
        s = uow.session
        c = get_case_for_write(s, actor, case, action=Action.MANAGE_NOTICES)
        refuse_future(sent, c.jurisdiction, M.FUTURE_SENT, date_format="%Y-%m-%d")
        if kind in COLOMBIAN_KINDS and c.jurisdiction != "CO":
            raise ValidationFailed(
                Text(
                    M.NOTICE_COLOMBIAN_ONLY,
                    kind=label_term(NOTICE_KINDS[kind]),
                    ref=c.account_ref,
                    jurisdiction=c.jurisdiction,
                    letter=label_term(NOTICE_KINDS["demand_letter"]),
                    other=label_term(NOTICE_KINDS["other"]),
                )
            )
        n = Notice(
            case_id=c.id,
            kind=kind,
            channel=channel,
            carrier=carrier,
            tracking=tracking,
            sent_on=sent,
            recipient=recipient,
            notes=notes,
        )
        s.add(n)
        s.flush()
        touch(c, actor)
        audit.record(
            s,
            actor.username,
            "notice.add",
            "notice",
            n.id,
            case_id=c.id,
            summary=f"{NOTICE_KINDS[kind]} enviada por {NOTICE_CHANNELS[channel]}"
            + (f" ({carrier} {tracking})" if carrier else ""),
            after={"kind": kind, "channel": channel, "carrier": carrier, "tracking": tracking, "sent": sent},
        )
        info = NoticeInfo(n.id, c.id, kind, channel, carrier, tracking, sent, None, None, None)
        actuaciones.sync(s, c)  # art. 291/292 and e-mail service notices are actuaciones (art. 317)
        uow.commit()
    return info


def register_notice_receipt(
    desk: Desk,
    actor: Actor,
    notice_id: int,
    *,
    delivered: dt.date | None,
    proof: Path | str | None,
    returned: dt.date | None = None,
    return_reason: str | None = None,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> NoticeInfo:
    """Attach the proof of receipt (courier certificate, read receipt, .eml) or record the return.

    `progress(bytes_copied)` follows a big proof being stored; `cancelled()` stops it while it is copied
    (Cancelled: nothing kept in the store, nothing recorded). Once stored, the receipt is recorded.
    """
    actor.require(Action.MANAGE_NOTICES)
    if delivered is None and returned is None:
        raise ValidationFailed(Text(M.NOTICE_OUTCOME_DATE))
    with desk.reading() as s:
        n0 = s.get(Notice, notice_id)
        if n0 is None:
            raise NotFound(Text(M.NOTICE_NOT_FOUND, id=notice_id))
        sent = n0.sent_on
        jurisdiction = s.get(Case, n0.case_id).jurisdiction  # type: ignore[union-attr]
    if delivered is not None and returned is not None:
        raise ValidationFailed(Text(M.NOTICE_BOTH_DATES))
    for message, day in ((M.FUTURE_DELIVERED, delivered), (M.FUTURE_RETURNED, returned)):
        refuse_future(day, jurisdiction, message)
    if delivered and delivered < sent:
        raise ValidationFailed(
            Text(M.NOTICE_DELIVERED_BEFORE_SENT, day=f"{delivered:%d/%m/%Y}", sent=f"{sent:%d/%m/%Y}")
        )
    if returned is not None:
        if returned < sent:
            raise ValidationFailed(
                Text(M.NOTICE_RETURNED_BEFORE_SENT, day=f"{returned:%d/%m/%Y}", sent=f"{sent:%d/%m/%Y}")
            )
        if not (return_reason or "").strip():
            raise ValidationFailed(Text(M.NOTICE_RETURN_REASON))
    stored = None
    proof_path: Path | None = None
    if proof is not None:
        proof_path, stored = store_evidence_file(desk, proof, "notice_proof", progress=progress, cancelled=cancelled)
    elif delivered is not None:
        raise ValidationFailed(Text(M.NOTICE_PROOF))
    with desk.uow() as uow:
        s = uow.session
        n = s.get(Notice, notice_id)
        assert n is not None
        c = get_case_for_write(s, actor, n.case_id, action=Action.MANAGE_NOTICES)
        before = {"delivered": n.delivered_on, "returned": n.returned_on, "proof": n.proof_evidence_id}
        proof_ev = None
        if stored is not None and proof_path is not None:
            proof_ev = record_evidence(
                s,
                actor,
                c,
                stored,
                "notice_proof",
                proof_path.name,
                date=delivered or returned,
                description=f"Constancia de la comunicación {notice_id}",
            )
        n.delivered_on = delivered
        n.returned_on = returned
        n.return_reason = return_reason
        if proof_ev is not None:
            n.proof_evidence_id = proof_ev.evidence_id
        touch(c, actor)
        audit.record(
            s,
            actor.username,
            "notice.receipt",
            "notice",
            n.id,
            case_id=c.id,
            summary=f"Entregada el {delivered:%d/%m/%Y}"
            if delivered
            else f"Devuelta el {returned:%d/%m/%Y}: {return_reason or ''}"
            if returned
            else f"Devuelta: {return_reason or ''}",
            before=before,
            after={"delivered": delivered, "returned": returned, "proof_sha256": proof_ev.sha256 if proof_ev else None},
        )
        info = NoticeInfo(
            n.id,
            c.id,
            n.kind,
            n.channel,
            n.carrier,
            n.tracking,
            n.sent_on,
            n.delivered_on,
            n.returned_on,
            proof_ev.sha256 if proof_ev else None,
        )
        actuaciones.sync(s, c)  # art. 291/292 and e-mail service notices are actuaciones (art. 317)
        uow.commit()
    return info
