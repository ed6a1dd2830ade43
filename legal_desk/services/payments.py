"""Payments (*abonos*) applied costs → interest → capital, agreement instalments, and the credit liquidation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from legal_desk.db.models import AuditEvent, Case, Debt, Instalment, Payment, PaymentAgreement
from legal_desk.domain import messages as M
from legal_desk.domain.interest import (
    DAY_BASES,
    Liquidation,
    LiquidationError,
    PaymentIn,
    RateTable,
    liquidate,
    rate_convention,
)
from legal_desk.domain.lifecycle import Stage
from legal_desk.domain.messages import Text, text_of
from legal_desk.domain.money import ZERO, AmountError, format_money, parse_amount, to_json
from legal_desk.domain.permissions import Action
from legal_desk.services import audit
from legal_desk.services.cases import close_settlement_kept, find_case_to_read, get_case_for_write, touch
from legal_desk.services.desk import Actor, Desk
from legal_desk.services.errors import NotFound, ValidationFailed
from legal_desk.services.legal import get_setting, refuse_future
from legal_desk.services.rates import table_in_session


@dataclass(frozen=True)
class PaymentResult:
    """A recorded payment, how it was applied, and what it paid of an active agreement."""

    payment_id: int
    case_id: int
    date: dt.date
    amount: Decimal
    reference: str | None
    to_costs: Decimal
    to_interest: Decimal
    to_capital: Decimal
    surplus: Decimal
    recovered: Decimal
    agreement_id: int | None = None
    agreement_status: str | None = None
    instalments_paid: int = 0
    warnings: tuple[str, ...] = ()
    currency: str = "COP"
    #: the same warnings as catalogue `Text`s (the desktop interface words them in its language)
    warning_texts: tuple[Text, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The `payment add --json` document (money as strings)."""
        return {
            "payment_id": self.payment_id,
            "case_id": self.case_id,
            "date": self.date.isoformat(),
            "amount": to_json(self.amount),
            "reference": self.reference,
            "to_costs": to_json(self.to_costs),
            "to_interest": to_json(self.to_interest),
            "to_capital": to_json(self.to_capital),
            "surplus": to_json(self.surplus),
            "recovered": to_json(self.recovered),
            "agreement_id": self.agreement_id,
            "agreement_status": self.agreement_status,
            "instalments_paid": self.instalments_paid,
            "warnings": list(self.warnings),
            "currency": self.currency,
        }


def _debt(s: Session, case: Case) -> Debt:
    """The debt of a case, or a refusal naming the case."""
    debt = s.execute(select(Debt).where(Debt.case_id == case.id)).scalar_one_or_none()
    if debt is None:
        raise ValidationFailed(Text(M.NO_DEBT, ref=case.account_ref))
    return debt


def day_basis(s: Session) -> int:
    """The day basis of the daily rate (365 or 360) as the admin set it; any other stored value (a row
    written by hand or by an old copy) is refused naming it, before it reaches a liquidation."""
    text = get_setting(s, "interest.day_basis") or "365"
    try:
        basis = int(text.strip())
    except ValueError:
        basis = None
    if basis is None or basis not in DAY_BASES:
        raise ValidationFailed(Text(M.DAY_BASIS_STORED_INVALID, text=text))
    return basis


def _liquidate(s: Session, case: Case, debt: Debt, as_of: dt.date, payments: list[PaymentIn]) -> Liquidation:
    """Run the liquidation with the table in force, turning domain refusals into validation errors."""
    table = table_in_session(s, case.jurisdiction) or RateTable([])
    try:
        convention = rate_convention(case.jurisdiction)
    except LiquidationError as exc:  # the jurisdiction's data file names a rate kind this version does not know
        raise ValidationFailed(text_of(exc)) from None
    # Each jurisdiction has its own table, never another's; where an agreed rate replaces the table's
    # (AR, MX, ES) a debt with one is liquidated without any.
    agreed_rules = debt.agreed_rate is not None and not convention.table_is_cap
    if not table.periods and as_of > debt.due_date and not agreed_rules:
        raise ValidationFailed(Text(M.NO_RATE_TABLE, jurisdiction=case.jurisdiction, ref=case.account_ref))
    try:
        return liquidate(
            debt.capital,
            debt.due_date,
            as_of,
            table,
            payments,
            costs=debt.costs or ZERO,
            agreed_annual_rate=debt.agreed_rate,
            day_basis=day_basis(s),
            currency=debt.currency,
            jurisdiction=case.jurisdiction,
            convention=convention,
        )
    except LiquidationError as exc:
        raise ValidationFailed(text_of(exc)) from None


def _split_date(rows: Sequence[Payment], debt: Debt) -> dt.date:
    """The cut-off of the stored splits: the last payment (or the due date), so every payment is applied."""
    return max(max(p.date for p in rows), debt.due_date)


def _payments_in(rows: Sequence[Payment]) -> list[PaymentIn]:
    return [PaymentIn(p.date, p.amount, p.reference or "") for p in rows]


def _store_splits(rows: Sequence[Payment], result: Liquidation) -> None:
    """Write each payment's costs/interest/capital split; `rows` are in (date, id) order as the allocations are."""
    for row, alloc in zip(rows, result.allocations, strict=True):
        if (row.to_costs, row.to_interest, row.to_capital) != (alloc.to_costs, alloc.to_interest, alloc.to_capital):
            row.to_costs, row.to_interest, row.to_capital = alloc.to_costs, alloc.to_interest, alloc.to_capital


def reapply_payments(
    s: Session, case_ids: Sequence[int] | None = None, *, jurisdiction: str | None = None
) -> list[str]:
    """Re-apply the stored payments of some cases (default: every case with payments) after a change of what the
    liquidation depends on: agreed rate, costs, capital or due date of the debt, the rate table, the day basis.

    Each payment's split (costs → interest → capital, CC art. 1653) is stored when it is recorded, and the
    docket's «Saldo de capital», the export, the payments tab and `case show` read it; without this they kept
    the split of the old data while the liquidation gave another. Returns the account references of the cases
    whose liquidation cannot be computed now (no table, a day not covered): their splits are left as they were,
    and their liquidation says what is missing. The caller commits.
    """
    ids = select(Case.id).where(Case.id.in_(select(Payment.case_id)))  # a subquery: no list of ids to bind
    if case_ids is not None:
        ids = ids.where(Case.id.in_(list(case_ids)))
    if jurisdiction is not None:
        ids = ids.where(Case.jurisdiction == jurisdiction.strip().upper())
    pairs = s.execute(select(Case, Debt).join(Debt, Debt.case_id == Case.id).where(Case.id.in_(ids))).all()
    if not pairs:
        return []
    basis = day_basis(s)
    tables: dict[str, RateTable | None] = {}
    by_case: dict[int, list[Payment]] = {}
    for row in s.execute(
        select(Payment).where(Payment.case_id.in_(ids)).order_by(Payment.case_id, Payment.date, Payment.id)
    ).scalars():
        by_case.setdefault(row.case_id, []).append(row)
    skipped: list[str] = []
    for case, debt in sorted(pairs, key=lambda pair: pair[0].account_ref):
        rows = by_case.get(case.id)
        if not rows:
            continue
        code = case.jurisdiction.strip().upper()
        if code not in tables:
            tables[code] = table_in_session(s, code)
        table = tables[code] or RateTable([])  # payments on or before the due date need no rate
        try:
            result = liquidate(
                debt.capital,
                debt.due_date,
                _split_date(rows, debt),
                table,
                _payments_in(rows),
                costs=debt.costs or ZERO,
                agreed_annual_rate=debt.agreed_rate,
                day_basis=basis,
                currency=debt.currency,
                jurisdiction=case.jurisdiction,
            )
        except LiquidationError:
            skipped.append(case.account_ref)
            continue
        _store_splits(rows, result)
    return skipped


def _apply_to_agreement(s: Session, case_id: int, amount: Decimal, day: dt.date) -> tuple[int | None, str | None, int]:
    """Pay the oldest unpaid instalments of the newest active agreement; mark it kept when all are paid."""
    agreement = s.execute(
        select(PaymentAgreement)
        .where(PaymentAgreement.case_id == case_id, PaymentAgreement.status == "active")
        .order_by(PaymentAgreement.signed_on.desc(), PaymentAgreement.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    if agreement is None:
        return None, None, 0
    rest, fully_paid = amount, 0
    instalments = _instalments(s, agreement.id)
    for inst in instalments:
        owed = inst.amount - (inst.paid_amount or ZERO)
        if owed <= 0 or rest <= 0:
            continue
        take = min(owed, rest)
        inst.paid_amount = (inst.paid_amount or ZERO) + take
        inst.paid_on = day
        rest -= take
        if take == owed:
            fully_paid += 1
    if instalments and all(i.paid_amount >= i.amount for i in instalments):
        agreement.status = "kept"
    return agreement.id, agreement.status, fully_paid


def add_payment(
    desk: Desk,
    actor: Actor,
    case: int | str,
    date: dt.date,
    amount: Any,
    reference: str | None = None,
    *,
    today: dt.date | None = None,
) -> PaymentResult:
    """Record a payment, apply it costs → interest → capital at its date, and pay agreement instalments.

    A payment dated after `today` (the court's calendar day by default) is refused: money not yet received
    cannot be applied to the debt.
    """
    try:
        value = parse_amount(amount)
    except AmountError as exc:
        raise ValidationFailed(Text(M.FIELD, field=Text(M.PAYMENT_AMOUNT), error=text_of(exc))) from None
    if value <= 0:
        raise ValidationFailed(Text(M.FIELD, field=Text(M.PAYMENT_AMOUNT), error=Text(M.AMOUNT_NOT_POSITIVE)))
    reference = (reference or "").strip() or None
    with desk.uow() as uow:
        s = uow.session
        c = get_case_for_write(s, actor, case, action=Action.RECORD_PAYMENTS)
        refuse_future(
            date,
            c.jurisdiction,
            M.FUTURE_PAYMENT,
            today=today,
        )
        debt = _debt(s, c)
        payment = Payment(case_id=c.id, date=date, amount=value, reference=reference, by_user=actor.username)
        s.add(payment)
        s.flush()
        rows = (
            s.execute(select(Payment).where(Payment.case_id == c.id).order_by(Payment.date, Payment.id)).scalars().all()
        )
        result = _liquidate(s, c, debt, _split_date(rows, debt), _payments_in(rows))
        # A back-dated payment re-applies the later ones, so every stored split stays right.
        _store_splits(rows, result)
        mine = result.allocations[rows.index(payment)]
        c.recovered = sum((p.amount for p in rows), ZERO)
        agreement_id, agreement_status, paid = _apply_to_agreement(s, c.id, value, date)
        if agreement_status == "kept":
            close_settlement_kept(s, actor, c)
        touch(c, actor)
        audit.record(
            s,
            actor.username,
            "payment.add",
            "payment",
            payment.id,
            case_id=c.id,
            summary=f"Abono de {format_money(value, c.currency)} el {date:%d/%m/%Y}: "
            f"costas {format_money(mine.to_costs, c.currency)}, "
            f"intereses {format_money(mine.to_interest, c.currency)}, "
            f"capital {format_money(mine.to_capital, c.currency)}",
            after={
                "date": date,
                "amount": value,
                "reference": reference,
                "to_costs": mine.to_costs,
                "to_interest": mine.to_interest,
                "to_capital": mine.to_capital,
                "surplus": mine.surplus,
                "agreement_id": agreement_id,
                "agreement_status": agreement_status,
            },
        )
        out = PaymentResult(
            payment.id,
            c.id,
            date,
            value,
            reference,
            mine.to_costs,
            mine.to_interest,
            mine.to_capital,
            mine.surplus,
            c.recovered,
            agreement_id,
            agreement_status,
            paid,
            tuple(result.warnings),
            debt.currency,
            tuple(result.warning_texts),
        )
        uow.commit()
    return out


@dataclass(frozen=True)
class ReversalResult:
    """A payment annulled (*abono anulado*): what it was, and what the case and its agreement are left with."""

    payment_id: int
    case_id: int
    date: dt.date
    amount: Decimal
    reason: str
    recovered: Decimal
    agreement_id: int | None = None
    agreement_status: str | None = None
    currency: str = "COP"

    def to_json(self) -> dict[str, Any]:
        """The `payment reverse --json` document (money as strings)."""
        return {
            "payment_id": self.payment_id,
            "case_id": self.case_id,
            "date": self.date.isoformat(),
            "amount": to_json(self.amount),
            "reason": self.reason,
            "recovered": to_json(self.recovered),
            "agreement_id": self.agreement_id,
            "agreement_status": self.agreement_status,
            "currency": self.currency,
            "reversed": True,
        }


def _agreement_of_payments(s: Session, case_id: int) -> dict[int, int]:
    """Payment id → the agreement whose instalments it paid.

    As `add_payment` recorded it in the audit trail; a payment with no such record (the demo portfolio's, a
    restored older desk's) is taken to have paid the newest agreement signed on or before its date and not
    broken before it, as `add_payment` would have applied it.
    """
    out: dict[int, int] = {}
    recorded: set[int] = set()
    for entity_id, after in s.execute(
        select(AuditEvent.entity_id, AuditEvent.after).where(
            AuditEvent.case_id == case_id, AuditEvent.action == "payment.add"
        )
    ):
        if not entity_id or not isinstance(after, dict) or "agreement_id" not in after:
            continue
        recorded.add(int(entity_id))
        if after["agreement_id"] is not None:
            out[int(entity_id)] = int(after["agreement_id"])
    agreements = (
        s.execute(
            select(PaymentAgreement)
            .where(PaymentAgreement.case_id == case_id)
            .order_by(PaymentAgreement.signed_on.desc(), PaymentAgreement.id.desc())
        )
        .scalars()
        .all()
    )
    for pid, day in s.execute(select(Payment.id, Payment.date).where(Payment.case_id == case_id)):
        if pid in recorded:
            continue
        for a in agreements:
            if a.signed_on <= day and (a.broken_on is None or day <= a.broken_on):
                out[pid] = a.id
                break
    return out


def _instalments(s: Session, agreement_id: int) -> Sequence[Instalment]:
    """An agreement's instalments in the order payments go to them: oldest due date first."""
    query = select(Instalment).where(Instalment.agreement_id == agreement_id)
    return s.execute(query.order_by(Instalment.due_date, Instalment.id)).scalars().all()


def _repay_instalments(s: Session, agreement: PaymentAgreement, rows: Sequence[Payment]) -> None:
    """Pay the agreement's instalments again, oldest first, from `rows` (the payments applied to it, in date
    order); an agreement kept that is no longer fully paid is in force again."""
    instalments = _instalments(s, agreement.id)
    for inst in instalments:
        inst.paid_amount, inst.paid_on = ZERO, None
    for row in rows:
        rest = row.amount
        for inst in instalments:
            owed = inst.amount - inst.paid_amount
            if owed <= 0 or rest <= 0:
                continue
            take = min(owed, rest)
            inst.paid_amount += take
            inst.paid_on = row.date
            rest -= take
    if agreement.status == "kept" and not all(i.paid_amount >= i.amount for i in instalments):
        agreement.status = "active"


def reverse_payment(desk: Desk, actor: Actor, payment_id: int, *, reason: str) -> ReversalResult:
    """Annul a payment recorded by mistake (wrong amount, wrong case, a cheque returned), with the reason.

    The payment leaves the liquidation; the later payments are applied again (costs → interest → capital),
    the amount recovered is recomputed and the instalments it paid are owed again (a kept agreement is in
    force again). The audit trail keeps the payment as it was, who annulled it, when and why. A payment that
    completed an agreement which closed the case as settled is refused until the case is reopened.
    """
    reason = (reason or "").strip()
    if not reason:
        raise ValidationFailed(Text(M.PAYMENT_REVERSE_REASON))
    with desk.uow() as uow:
        s = uow.session
        payment = s.get(Payment, payment_id)
        if payment is None:
            raise NotFound(Text(M.PAYMENT_NOT_FOUND, id=payment_id))
        c = get_case_for_write(s, actor, payment.case_id, action=Action.RECORD_PAYMENTS)
        debt = _debt(s, c)
        links = _agreement_of_payments(s, c.id)
        agreement = s.get(PaymentAgreement, links[payment.id]) if payment.id in links else None
        if agreement is not None and agreement.status == "kept" and c.stage == Stage.CLOSED_SETTLED.value:
            raise ValidationFailed(
                Text(
                    M.PAYMENT_REVERSE_CLOSED,
                    day=f"{payment.date:%d/%m/%Y}",
                    signed=f"{agreement.signed_on:%d/%m/%Y}",
                    ref=c.account_ref,
                )
            )
        before = {
            "date": payment.date,
            "amount": payment.amount,
            "reference": payment.reference,
            "by": payment.by_user,
            "to_costs": payment.to_costs,
            "to_interest": payment.to_interest,
            "to_capital": payment.to_capital,
        }
        pid, day, amount = payment.id, payment.date, payment.amount
        s.delete(payment)
        s.flush()
        reapply_payments(s, [c.id])  # the later payments' splits as if this one had never been made
        rows = (
            s.execute(select(Payment).where(Payment.case_id == c.id).order_by(Payment.date, Payment.id)).scalars().all()
        )
        c.recovered = sum((p.amount for p in rows), ZERO)
        if agreement is not None:
            _repay_instalments(s, agreement, [p for p in rows if links.get(p.id) == agreement.id])
        touch(c, actor)
        audit.record(
            s,
            actor.username,
            "payment.reverse",
            "payment",
            pid,
            case_id=c.id,
            summary=f"Abono de {format_money(amount, c.currency)} del {day:%d/%m/%Y} anulado: {reason}",
            before=before,
            after={
                "reason": reason,
                "recovered": c.recovered,
                "agreement_id": agreement.id if agreement is not None else None,
                "agreement_status": agreement.status if agreement is not None else None,
            },
        )
        out = ReversalResult(
            pid,
            c.id,
            day,
            amount,
            reason,
            c.recovered,
            agreement.id if agreement is not None else None,
            agreement.status if agreement is not None else None,
            debt.currency,
        )
        uow.commit()
    return out


def liquidation(desk: Desk, actor: Actor, case: int | str, as_of: dt.date) -> Liquidation:
    """The credit liquidation (CGP art. 446) of a case at `as_of`, with every payment recorded."""
    with desk.reading() as s:
        c = find_case_to_read(s, actor, case, legal=True)
        debt = _debt(s, c)
        payments = [
            PaymentIn(d, a, r or "")
            for d, a, r in s.execute(
                select(Payment.date, Payment.amount, Payment.reference)
                .where(Payment.case_id == c.id)
                .order_by(Payment.date, Payment.id)
            )
        ]
        return _liquidate(s, c, debt, as_of, payments)
