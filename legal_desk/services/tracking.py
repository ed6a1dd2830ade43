"""Court tracking: hearings, embargoes (precautionary measures), settlement negotiations, payment agreements."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from legal_desk.db.models import Case, Embargo, Hearing, Instalment, PaymentAgreement, SettlementOffer, User
from legal_desk.documents.ics import DEFAULT_HEARING_LENGTH
from legal_desk.domain import messages as M
from legal_desk.domain.calendar import closed_reason_en
from legal_desk.domain.lifecycle import FILED_STAGES, Stage, stage_term
from legal_desk.domain.messages import Series, Term, Text, label_term, text_of
from legal_desk.domain.money import AmountError, format_money, parse_amount
from legal_desk.domain.offers import has_lapsed
from legal_desk.domain.permissions import Action
from legal_desk.services import actuaciones, audit
from legal_desk.services.cases import (
    check_assignee,
    close_settlement_kept,
    find_case_to_read,
    get_case_for_write,
    record_stage_change,
    touch,
)
from legal_desk.services.desk import Actor, Desk
from legal_desk.services.errors import NeedsConfirmation, NotFound, ValidationFailed
from legal_desk.services.legal import CalendarSet, court_now, refuse_future

HEARING_KINDS = {
    "initial": "Audiencia inicial (art. 372 CGP)",
    "instruction": "Audiencia de instrucción y juzgamiento (art. 373 CGP)",
    "conciliation": "Audiencia de conciliación",
    "auction": "Diligencia de remate",
    "seizure": "Diligencia de secuestro",
    "other": "Otra diligencia",
}
HEARING_STATUSES = {"scheduled": "Programada", "held": "Realizada", "postponed": "Aplazada", "cancelled": "Cancelada"}
ASSET_TYPES = {
    "account": "Cuenta bancaria",
    "salary": "Salario",
    "vehicle": "Vehículo",
    "real_estate": "Inmueble",
    "shares": "Acciones",
    "other": "Otro bien",
}
EMBARGO_STATUSES = {
    "requested": "Solicitada",
    "decreed": "Decretada",
    "registered": "Registrada / practicada",
    "executed": "Ejecutada (remate)",
    "lifted": "Levantada",
}
_EMBARGO_NEXT = {
    "requested": ("decreed", "lifted"),
    "decreed": ("registered", "lifted"),
    "registered": ("executed", "lifted"),
    "executed": ("lifted",),
    "lifted": (),
}
OFFER_STATUSES = {
    "open": "Abierta",
    "accepted": "Aceptada",
    "rejected": "Rechazada",
    "expired": "Vencida",
    "withdrawn": "Retirada",
    "countered": "Con contrapropuesta",  # answered by a counter-offer (the counter-offer itself is «Abierta»)
}


def _money(value: Any, field: Text, *, allow_zero: bool = False) -> Decimal:
    """An amount typed by the user; a refusal names the field («Cuota 2: debe ser mayor que cero»)."""
    try:
        amount = parse_amount(value)
    except AmountError as exc:
        raise ValidationFailed(Text(M.FIELD, field=field, error=text_of(exc))) from None
    if amount == 0 and not allow_zero:
        raise ValidationFailed(Text(M.FIELD, field=field, error=Text(M.AMOUNT_NOT_POSITIVE)))
    return amount


def _refresh_next_hearing(s: Session, case: Case) -> None:
    nxt = s.execute(
        select(func.min(Hearing.at)).where(
            Hearing.case_id == case.id, Hearing.status == "scheduled", Hearing.at >= court_now(case.jurisdiction)
        )
    ).scalar()
    case.next_hearing_at = nxt


# -------------------------------------------------------------------- hearings


#: Hearings only a court sets, in a filed case. A conciliation or another proceeding may be out of court (a
#: conciliation centre before the lawsuit). On a case not filed yet both are warnings, worded apart.
COURT_HEARINGS = frozenset({"initial", "instruction", "auction", "seizure"})


def _filed(case: Case) -> bool:
    """The case is before a court: it has its radicado, or a stage from «Radicado» on."""
    return bool(case.radicado) or Stage(case.stage) in FILED_STAGES


def _hearing_warnings(
    s: Session, case: Case, kind: str, at: dt.datetime, lawyer_id: int | None, hearing_id: int | None = None
) -> list[Text]:
    """What is unusual about a hearing of `kind` on `at`: a case not filed yet (no radicado, a stage before
    «Radicado»: the wrong case, or one whose radicado is missing), a day the case's court is closed (weekend, holiday,
    recess, a declared closure), an hour outside its office hours, the same case's hearing at the same
    time, the same lawyer's other hearing overlapping it (an hour each). `hearing_id` is the one being moved.
    """
    warnings: list[Text] = []
    if not _filed(case):
        stage = stage_term(Stage(case.stage))
        if kind in COURT_HEARINGS:
            warnings.append(Text(M.HEARING_NOT_FILED, stage=stage, kind=label_term(HEARING_KINDS[kind])))
        else:
            warnings.append(Text(M.HEARING_BEFORE_FILING, stage=stage))
    calendar = CalendarSet(s, case.jurisdiction).get(case.court, case.city)
    day = at.date()
    reasons = calendar.closed_reasons(day)  # all of them: Christmas is a holiday inside the recess
    if reasons:
        spanish = " y ".join(reasons)
        english = " and ".join(closed_reason_en(case.jurisdiction, day, r) for r in reasons)
        warnings.append(Text(M.HEARING_CLOSED_DAY, day=f"{day:%d/%m/%Y}", reason=Term("en", english, spanish)))
    if not calendar.within_office_hours(at):
        warnings.append(
            Text(
                M.HEARING_OUT_OF_HOURS,
                time=f"{at:%H:%M}",
                opens=f"{calendar.office_opens:%H:%M}",
                closes=f"{calendar.office_closes:%H:%M}",
            )
        )
    others = select(Hearing).where(Hearing.status == "scheduled")
    if hearing_id is not None:
        others = others.where(Hearing.id != hearing_id)
    same_time = s.execute(others.where(Hearing.case_id == case.id, Hearing.at == at)).scalars().first()
    if same_time is not None:
        same_kind = label_term(HEARING_KINDS.get(same_time.kind, same_time.kind))
        warnings.append(Text(M.HEARING_DUPLICATE, kind=same_kind))
    if lawyer_id is not None:
        clash = s.execute(
            select(Hearing.at, Case.account_ref)
            .join(Case, Case.id == Hearing.case_id)
            .where(
                Hearing.status == "scheduled",
                Hearing.at > at - DEFAULT_HEARING_LENGTH,
                Hearing.at < at + DEFAULT_HEARING_LENGTH,
                func.coalesce(Hearing.lawyer_id, Case.lawyer_id) == lawyer_id,
                ~((Hearing.case_id == case.id) & (Hearing.at == at)),  # that one is the duplicate above
                *([Hearing.id != hearing_id] if hearing_id is not None else []),
            )
            .order_by(Hearing.at, Hearing.id)
        ).first()
        if clash is not None:
            name = s.get(User, lawyer_id)
            lawyer = name.full_name or name.username if name is not None else str(lawyer_id)
            warnings.append(Text(M.HEARING_LAWYER_CLASH, lawyer=lawyer, at=f"{clash[0]:%d/%m/%Y %H:%M}", ref=clash[1]))
    return warnings


def _check_hearing_date(
    s: Session,
    case: Case,
    kind: str,
    at: dt.datetime,
    lawyer_id: int | None,
    confirm: bool,
    hearing_id: int | None = None,
) -> list[Text]:
    """The warnings of a hearing on `at`; without `confirm`, a refusal listing them and how to confirm."""
    warnings = _hearing_warnings(s, case, kind, at, lawyer_id, hearing_id)
    if warnings and not confirm:
        message = Text(M.HEARING_NEEDS_CONFIRMATION, at=f"{at:%d/%m/%Y %H:%M}", problems=Series(tuple(warnings), "; "))
        raise NeedsConfirmation(message, warnings)
    return warnings


def schedule_hearing(
    desk: Desk,
    actor: Actor,
    case: int | str,
    *,
    kind: str,
    at: dt.datetime,
    place: str | None = None,
    link: str | None = None,
    lawyer_id: int | None = None,
    confirm: bool = False,
) -> int:
    """Record a hearing the court set (*fija fecha de audiencia*).

    A hearing on a day the case's court is closed, outside its hours, a duplicate of the case's own, or
    over the same lawyer's other hearing is refused with `NeedsConfirmation` listing why, unless
    `confirm` (a judge may set one so exceptionally; the warnings go to the audit).
    """
    if kind not in HEARING_KINDS:
        raise ValidationFailed(Text(M.HEARING_KIND_UNKNOWN, kind=kind, kinds=", ".join(HEARING_KINDS)))
    if not (place or link):
        raise ValidationFailed(Text(M.HEARING_PLACE))
    with desk.uow() as uow:
        s = uow.session
        c = get_case_for_write(s, actor, case, action=Action.MANAGE_HEARINGS)
        if lawyer_id is not None:
            check_assignee(s, lawyer_id, "lawyer_id")
        warnings = _check_hearing_date(s, c, kind, at, lawyer_id or c.lawyer_id, confirm)
        h = Hearing(case_id=c.id, kind=kind, at=at, place=place, link=link, lawyer_id=lawyer_id or c.lawyer_id)
        s.add(h)
        s.flush()
        _refresh_next_hearing(s, c)
        touch(c, actor)
        audit.record(
            s,
            actor.username,
            "hearing.add",
            "hearing",
            h.id,
            case_id=c.id,
            summary=f"{HEARING_KINDS[kind]} el {at:%d/%m/%Y %H:%M}",
            after={"kind": kind, "at": at, "place": place, "link": link}
            | ({"confirmed_warnings": [str(w) for w in warnings]} if warnings else {}),
        )
        uow.commit()
        return h.id


def record_hearing_outcome(
    desk: Desk,
    actor: Actor,
    hearing_id: int,
    *,
    status: str,
    outcome: str = "",
    new_at: dt.datetime | None = None,
    confirm: bool = False,
) -> None:
    """Held, postponed (with the new date) or cancelled, with what happened.

    The new date of a postponed hearing gets the checks of `schedule_hearing` (and its `confirm`).
    """
    if status not in HEARING_STATUSES:
        raise ValidationFailed(Text(M.HEARING_STATUS_UNKNOWN, status=status))
    if status == "postponed" and new_at is None:
        raise ValidationFailed(Text(M.HEARING_NEW_DATE))
    with desk.uow() as uow:
        s = uow.session
        h = s.get(Hearing, hearing_id)
        if h is None:
            raise NotFound(Text(M.HEARING_NOT_FOUND, id=hearing_id))
        c = get_case_for_write(s, actor, h.case_id, action=Action.MANAGE_HEARINGS)
        before = {"status": h.status, "at": h.at}
        warnings: list[Text] = []
        if status == "postponed" and new_at is not None:
            warnings = _check_hearing_date(s, c, h.kind, new_at, h.lawyer_id or c.lawyer_id, confirm, hearing_id=h.id)
            h.at = new_at
            h.status = "scheduled"
        else:
            h.status = status
        h.outcome = outcome or h.outcome
        _refresh_next_hearing(s, c)
        touch(c, actor)
        audit.record(
            s,
            actor.username,
            "hearing.update",
            "hearing",
            h.id,
            case_id=c.id,
            summary=f"Audiencia aplazada al {new_at:%d/%m/%Y %H:%M}" + (f": {outcome}" if outcome else "")
            if status == "postponed" and new_at is not None
            else f"Audiencia {HEARING_STATUSES[status].lower()}: {outcome}",
            before=before,
            after={"status": h.status, "at": h.at, "outcome": outcome}
            | ({"confirmed_warnings": [str(w) for w in warnings]} if warnings else {}),
        )
        actuaciones.sync(s, c)  # a hearing held is a court step: the art. 317 count starts again
        uow.commit()


# -------------------------------------------------------------------- embargoes


def request_embargo(
    desk: Desk,
    actor: Actor,
    case: int | str,
    *,
    asset_type: str,
    description: str,
    registrar: str | None = None,
    cap: Any = None,
    requested_on: dt.date | None = None,
    today: dt.date | None = None,
) -> int:
    """Request a precautionary measure (*solicitud de embargo y secuestro*)."""
    if asset_type not in ASSET_TYPES:
        raise ValidationFailed(Text(M.ASSET_TYPE_UNKNOWN, asset_type=asset_type, types=", ".join(ASSET_TYPES)))
    if not description.strip():
        raise ValidationFailed(Text(M.ASSET_DESCRIPTION))
    cap_v = _money(cap, Text(M.MEASURE_CAP)) if cap not in (None, "") else None
    with desk.uow() as uow:
        s = uow.session
        c = get_case_for_write(s, actor, case, action=Action.MANAGE_EMBARGOES)
        # a measure is a court step (art. 317): a date still to come would hold the inactivity count off
        refuse_future(requested_on, c.jurisdiction, M.FUTURE_MEASURE, today=today)
        e = Embargo(
            case_id=c.id,
            asset_type=asset_type,
            description=description.strip(),
            registrar=registrar,
            cap=cap_v,
            status="requested",
            requested_on=requested_on or dt.date.today(),
        )
        s.add(e)
        s.flush()
        touch(c, actor)
        audit.record(
            s,
            actor.username,
            "embargo.add",
            "embargo",
            e.id,
            case_id=c.id,
            summary=f"Medida solicitada: {ASSET_TYPES[asset_type]} — {description.strip()}",
            after={"asset_type": asset_type, "description": description, "cap": cap_v},
        )
        actuaciones.sync(s, c)  # a court step: the art. 317 count starts again
        uow.commit()
        return e.id


def advance_embargo(
    desk: Desk,
    actor: Actor,
    embargo_id: int,
    status: str,
    *,
    on: dt.date | None = None,
    oficio_number: str | None = None,
    notes: str | None = None,
    today: dt.date | None = None,
) -> None:
    """requested → decreed → registered → executed, or lifted from any of them; never on a day still to come."""
    with desk.uow() as uow:
        s = uow.session
        e = s.get(Embargo, embargo_id)
        if e is None:
            raise NotFound(Text(M.EMBARGO_NOT_FOUND, id=embargo_id))
        if status not in _EMBARGO_NEXT.get(e.status, ()):
            to = label_term(EMBARGO_STATUSES[status]) if status in EMBARGO_STATUSES else status
            raise ValidationFailed(Text(M.EMBARGO_MOVE, status=label_term(EMBARGO_STATUSES[e.status]), to=to))
        c = get_case_for_write(s, actor, e.case_id, action=Action.MANAGE_EMBARGOES)
        day = on or dt.date.today()
        refuse_future(day, c.jurisdiction, M.FUTURE_MEASURE, today=today)
        steps = (
            ("requested", e.requested_on),
            ("decreed", e.decreed_on),
            ("registered", e.registered_on),
            ("executed", e.executed_on),
        )
        last = max(((when, name) for name, when in steps if when is not None), default=None)
        if last is not None and day < last[0]:
            raise ValidationFailed(
                Text(
                    M.EMBARGO_DATE_ORDER,
                    status=label_term(EMBARGO_STATUSES[last[1]], lower=True),
                    day=f"{last[0]:%d/%m/%Y}",
                    to=label_term(EMBARGO_STATUSES[status], lower=True),
                    new_day=f"{day:%d/%m/%Y}",
                )
            )
        before = {"status": e.status}
        e.status = status
        setattr(
            e,
            {"decreed": "decreed_on", "registered": "registered_on", "executed": "executed_on", "lifted": "lifted_on"}[
                status
            ],
            day,
        )
        if oficio_number:
            e.oficio_number = oficio_number
        if notes:
            e.notes = notes
        touch(c, actor)
        audit.record(
            s,
            actor.username,
            "embargo.status",
            "embargo",
            e.id,
            case_id=c.id,
            summary=f"Medida {EMBARGO_STATUSES[status].lower()} el {day:%d/%m/%Y}",
            before=before,
            after={"status": status, "on": day, "oficio": oficio_number},
        )
        actuaciones.sync(s, c)  # a court step: the art. 317 count starts again
        uow.commit()


# -------------------------------------------------------------------- settlement negotiation


def make_offer(
    desk: Desk,
    actor: Actor,
    case: int | str,
    *,
    party: str,
    amount: Any,
    made_on: dt.date,
    expires_on: dt.date | None = None,
    instalments: int = 1,
    parent_id: int | None = None,
    notes: str | None = None,
) -> int:
    """An offer or counter-offer (`parent_id` names the offer it answers, which becomes «countered»)."""
    if party not in ("creditor", "debtor"):
        raise ValidationFailed(Text(M.OFFER_PARTY_UNKNOWN))
    value = _money(amount, Text(M.OFFER_AMOUNT))
    if instalments < 1:
        raise ValidationFailed(Text(M.OFFER_INSTALMENTS))
    if expires_on and expires_on < made_on:
        raise ValidationFailed(Text(M.OFFER_EXPIRES_BEFORE))
    with desk.uow() as uow:
        s = uow.session
        c = get_case_for_write(s, actor, case, action=Action.MANAGE_SETTLEMENTS)
        if parent_id is not None:
            parent = s.get(SettlementOffer, parent_id)
            if parent is None or parent.case_id != c.id:
                raise NotFound(Text(M.OFFER_NOT_IN_CASE, id=parent_id))
            if parent.status != "open":
                raise ValidationFailed(Text(M.COUNTER_ONLY_OPEN))
            if parent.expires_on is not None and made_on > parent.expires_on:
                raise ValidationFailed(
                    Text(
                        M.COUNTER_EXPIRED,
                        offer=parent_id,
                        expired=f"{parent.expires_on:%d/%m/%Y}",
                        day=f"{made_on:%d/%m/%Y}",
                    )
                )
            parent.status = "countered"
        o = SettlementOffer(
            case_id=c.id,
            parent_id=parent_id,
            party=party,
            amount=value,
            instalments=instalments,
            made_on=made_on,
            expires_on=expires_on,
            notes=notes,
        )
        s.add(o)
        s.flush()
        touch(c, actor)
        audit.record(
            s,
            actor.username,
            "offer.add",
            "settlement_offer",
            o.id,
            case_id=c.id,
            summary=_offer_summary(o, c.currency),
            after={
                "party": party,
                "amount": value,
                "instalments": instalments,
                "expires_on": expires_on,
                "currency": c.currency,
            },
        )
        uow.commit()
        return o.id


def _offer_name(o: SettlementOffer, currency: str) -> str:
    """«propuesta del deudor del 01/03/2025 por $ 6.000.000,00» (how the history names an offer)."""
    kind = "contrapropuesta" if o.parent_id else "propuesta"
    party = "deudor" if o.party == "debtor" else "acreedor"
    return f"{kind} del {party} del {o.made_on:%d/%m/%Y} por {format_money(o.amount, currency, with_code=True)}"


def _offer_summary(o: SettlementOffer, currency: str) -> str:
    """«Contrapropuesta del acreedor: $ 7.000.000,00 en 6 cuotas, vence el 15/03/2025»."""
    kind = "Contrapropuesta" if o.parent_id else "Propuesta"
    party = "deudor" if o.party == "debtor" else "acreedor"
    text = f"{kind} del {party}: {format_money(o.amount, currency, with_code=True)}"
    text += " de contado" if o.instalments == 1 else f" en {o.instalments} cuotas"
    return text + (f", vence el {o.expires_on:%d/%m/%Y}" if o.expires_on else "")


def close_offer(desk: Desk, actor: Actor, offer_id: int, status: str, *, on: dt.date | None = None) -> list[int]:
    """Accept, reject, withdraw or expire an open offer on `on` (today by default).

    An offer can be answered through its expiry date inclusive; after it, it has lapsed (domain.offers): it
    is «vencida» and can no longer be accepted, rejected or withdrawn, only marked expired. Accepting one
    ends the negotiation: the case's other open offers are withdrawn (audited, naming the offer accepted),
    so none is left «Abierta» to be accepted as well; those that had already lapsed are marked expired
    instead. Returns the ids of the offers so withdrawn.
    """
    if status not in ("accepted", "rejected", "withdrawn", "expired"):
        raise ValidationFailed(Text(M.OFFER_CLOSE_STATUS, status=status))
    on = on or dt.date.today()
    with desk.uow() as uow:
        s = uow.session
        o = s.get(SettlementOffer, offer_id)
        if o is None:
            raise NotFound(Text(M.OFFER_NOT_FOUND, id=offer_id))
        c = get_case_for_write(s, actor, o.case_id, action=Action.MANAGE_SETTLEMENTS)
        if o.status != "open":
            raise ValidationFailed(Text(M.OFFER_ALREADY, status=label_term(OFFER_STATUSES[o.status], lower=True)))
        if status != "expired" and has_lapsed(o.status, o.expires_on, on):
            expired = f"{o.expires_on:%d/%m/%Y}"
            if status == "accepted":
                raise ValidationFailed(Text(M.OFFER_EXPIRED_ACCEPT, expired=expired, day=f"{on:%d/%m/%Y}"))
            raise ValidationFailed(Text(M.OFFER_LAPSED, expired=expired))
        o.status = status
        touch(c, actor)
        audit.record(
            s,
            actor.username,
            "offer.close",
            "settlement_offer",
            o.id,
            case_id=c.id,
            summary=f"Propuesta {OFFER_STATUSES[status].lower()}",
            before={"status": "open"},
            after={"status": status, "on": on},
        )
        withdrawn: list[int] = []
        if status == "accepted":
            others = (
                s.execute(
                    select(SettlementOffer)
                    .where(
                        SettlementOffer.case_id == c.id,
                        SettlementOffer.status == "open",
                        SettlementOffer.id != o.id,
                    )
                    .order_by(SettlementOffer.id)
                )
                .scalars()
                .all()
            )
            for other in others:
                if has_lapsed(other.status, other.expires_on, on):
                    # it was already «vencida»: it stays so, now written down
                    other.status = "expired"
                    summary = f"Propuesta vencida el {other.expires_on:%d/%m/%Y}"
                else:
                    other.status = "withdrawn"
                    withdrawn.append(other.id)
                    summary = f"Propuesta retirada: se aceptó la {_offer_name(o, c.currency)}"
                audit.record(
                    s,
                    actor.username,
                    "offer.close",
                    "settlement_offer",
                    other.id,
                    case_id=c.id,
                    summary=summary,
                    before={"status": "open"},
                    after={"status": other.status, "on": on, "accepted_offer": o.id},
                )
        uow.commit()
        return withdrawn


# -------------------------------------------------------------------- payment agreements


def record_agreement(
    desk: Desk,
    actor: Actor,
    case: int | str,
    *,
    signed_on: dt.date,
    instalments: list[tuple[dt.date, Any]],
    evidence_id: int | None = None,
    notes: str | None = None,
    prelegal: bool = False,
) -> int:
    """A signed payment agreement with its instalment plan."""
    if not instalments:
        raise ValidationFailed(Text(M.AGREEMENT_NO_INSTALMENTS))
    plan = [(d, _money(a, Text(M.INSTALMENT_N, n=i))) for i, (d, a) in enumerate(instalments, 1)]
    if any(d < signed_on for d, _ in plan):
        raise ValidationFailed(Text(M.AGREEMENT_INSTALMENT_BEFORE))
    total = sum((a for _, a in plan), Decimal("0"))
    with desk.uow() as uow:
        s = uow.session
        c = get_case_for_write(s, actor, case, action=Action.MANAGE_AGREEMENTS)
        a = PaymentAgreement(
            case_id=c.id,
            signed_on=signed_on,
            total=total,
            status="active",
            evidence_id=evidence_id,
            notes=notes,
            prelegal=prelegal,
        )
        s.add(a)
        s.flush()
        s.add_all(Instalment(agreement_id=a.id, due_date=d, amount=amt) for d, amt in plan)
        touch(c, actor)
        audit.record(
            s,
            actor.username,
            "agreement.add",
            "payment_agreement",
            a.id,
            case_id=c.id,
            summary=f"Acuerdo de pago firmado el {signed_on:%d/%m/%Y}: {len(plan)} cuotas, "
            f"total {format_money(total, c.currency)}",
            after={"signed_on": signed_on, "total": total, "instalments": len(plan)},
        )
        uow.commit()
        return a.id


def mark_agreement(desk: Desk, actor: Actor, agreement_id: int, status: str, *, on: dt.date | None = None) -> None:
    """Mark an agreement kept or broken (*incumplido*)."""
    if status not in ("kept", "broken"):
        raise ValidationFailed(Text(M.AGREEMENT_MARK_STATUS))
    with desk.uow() as uow:
        s = uow.session
        a = s.get(PaymentAgreement, agreement_id)
        if a is None:
            raise NotFound(Text(M.AGREEMENT_NOT_FOUND, id=agreement_id))
        c = get_case_for_write(s, actor, a.case_id, action=Action.MANAGE_AGREEMENTS)
        if a.status != "active":
            # a kept agreement closed the case as paid and a broken one sent it back to its stage:
            # neither is undone by marking the agreement again
            signed = f"{a.signed_on:%d/%m/%Y}"
            if a.status == "kept":
                raise ValidationFailed(Text(M.AGREEMENT_KEPT, signed=signed))
            if a.broken_on:
                raise ValidationFailed(Text(M.AGREEMENT_BROKEN_SINCE, signed=signed, day=f"{a.broken_on:%d/%m/%Y}"))
            raise ValidationFailed(Text(M.AGREEMENT_BROKEN, signed=signed))
        if status == "kept":
            # kept means every instalment paid (the last payment marks it by itself): marking it by hand with
            # instalments owed closed the case «acuerdo cumplido: todas las cuotas pagadas» with money still due
            unpaid = [
                i
                for i in s.execute(
                    select(Instalment).where(Instalment.agreement_id == a.id).order_by(Instalment.due_date)
                ).scalars()
                if i.paid_amount < i.amount
            ]
            if unpaid:
                owed = sum((i.amount - i.paid_amount for i in unpaid), Decimal("0"))
                raise ValidationFailed(
                    Text(
                        M.AGREEMENT_KEPT_UNPAID,
                        signed=f"{a.signed_on:%d/%m/%Y}",
                        n=len(unpaid),
                        owed=format_money(owed, c.currency),
                        due=f"{unpaid[0].due_date:%d/%m/%Y}",
                    )
                )
        broken_on = None
        if status == "broken":
            # the day the debtor stopped paying: not before the agreement existed, not in the future (a date typed
            # wrong moved the art. 317 count and the history, and could never be corrected: a broken agreement stays so)
            broken_on = on or court_now(c.jurisdiction).date()
            refuse_future(broken_on, c.jurisdiction, M.FUTURE_BREACH)
            if broken_on < a.signed_on:
                raise ValidationFailed(
                    Text(
                        M.AGREEMENT_BROKEN_BEFORE_SIGNED, signed=f"{a.signed_on:%d/%m/%Y}", day=f"{broken_on:%d/%m/%Y}"
                    )
                )
        before = {"status": a.status}
        a.status = status
        a.broken_on = broken_on
        touch(c, actor)
        audit.record(
            s,
            actor.username,
            "agreement.status",
            "payment_agreement",
            a.id,
            case_id=c.id,
            summary="Acuerdo " + ("incumplido" if status == "broken" else "cumplido"),
            before=before,
            after={"status": status, "on": a.broken_on},
        )
        if status == "kept":
            close_settlement_kept(s, actor, c)
        elif c.stage == Stage.SETTLEMENT_ACTIVE.value and c.settlement_return_stage:
            # DOMAIN.md §2: a default sends the case back to the stage it came from.
            back = Stage(c.settlement_return_stage)
            c.settlement_return_stage = None
            record_stage_change(s, actor, c, back, "acuerdo incumplido")
        uow.commit()


def instalment_status(
    desk: Desk, actor: Actor, agreement_id: int, today: dt.date | None = None
) -> list[dict[str, Any]]:
    """Each instalment: due, paid, late (for the settlement plan view)."""
    today = today or dt.date.today()
    with desk.reading() as s:
        agreement = s.get(PaymentAgreement, agreement_id)
        if agreement is None:
            raise NotFound(Text(M.PAYMENT_AGREEMENT_NOT_FOUND, id=agreement_id))
        find_case_to_read(s, actor, agreement.case_id, legal=True)
        rows = (
            s.execute(select(Instalment).where(Instalment.agreement_id == agreement_id).order_by(Instalment.due_date))
            .scalars()
            .all()
        )
        out = []
        for i in rows:
            state = "paid" if i.paid_amount >= i.amount else ("late" if i.due_date < today else "due")
            out.append(
                {
                    "instalment_id": i.id,
                    "due": i.due_date,
                    "amount": i.amount,
                    "paid_amount": i.paid_amount,
                    "paid_on": i.paid_on,
                    "status": state,
                }
            )
        return out
