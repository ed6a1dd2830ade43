"""A realistic demo portfolio written in bulk, so a new user sees a living desk at once."""

from __future__ import annotations

import datetime as dt
import itertools
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from legal_desk.db import search
from legal_desk.db.bulk import allocate_ids, bulk_insert
from legal_desk.db.models import (
    Case,
    CaseEvent,
    Client,
    ContactAttempt,
    Deadline,
    Debt,
    Embargo,
    Evidence,
    Hearing,
    Instalment,
    Notice,
    Party,
    Payment,
    PaymentAgreement,
    SettlementOffer,
    User,
    utcnow,
)
from legal_desk.demo.evidence import OWN_FILES, DemoLawyer, evidence_pdf, illustrative_pdf
from legal_desk.demo.portfolio import DemoCase, generate_portfolio
from legal_desk.domain.deadlines import compute_deadlines, deadline_status
from legal_desk.domain.interest import LiquidationError, PaymentIn, RateTable, liquidate
from legal_desk.domain.lifecycle import FILED_STAGES, Stage
from legal_desk.domain.permissions import Action, can
from legal_desk.domain.text import sort_key
from legal_desk.services import audit, payments, rates
from legal_desk.services.cases import stage_change_summary
from legal_desk.services.deadlines import explanation as deadline_explanation
from legal_desk.services.deadlines import parts_of as deadline_parts
from legal_desk.services.desk import Actor, Desk
from legal_desk.services.errors import Cancelled
from legal_desk.services.intake import allocate_case_ids
from legal_desk.services.legal import calendar_for, compute_limitation
from legal_desk.services.users import _hasher

BOGOTA = ZoneInfo("America/Bogota")
CHUNK = 2000
DEMO_PASSWORD = "legaldesk"
DEMO_USERS = (
    ("lrestrepo", "Laura Restrepo Gaviria", "lawyer", "187.654 del C. S. de la J.", "52.874.113"),
    ("jcastano", "Juan Pablo Castaño Ruiz", "lawyer", "204.331 del C. S. de la J.", "80.245.667"),
    ("cortiz", "Camilo Ortiz Peña", "paralegal", None, "1.020.456.789"),
    ("dsuarez", "Diana Suárez Mejía", "collections", None, "1.032.778.901"),
)
DEMO_OFFICE = "Carrera 7 # 71-21, oficina 902, Bogotá D.C."
_EVIDENCE_KIND = {
    "delivery_certificate": "notice_proof",
    "payment_agreement": "payment_agreement",
    "title": "title",
    "creditor_certificate": "creditor_certificate",
    "power_of_attorney": "power_of_attorney",
    "liquidation": "liquidation",
}
_NOTICE_KIND = {"email_service_2213": "email_service"}
_NOTICE_CHANNEL = {"courier": "mail", "email": "email"}
_HEARING_KIND = {"instruction_judgment": "instruction"}
_EMBARGO_STATUS = {"auctioned": "executed"}
_OFFER_STATUS = {"proposed": "open"}


def _local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(BOGOTA).replace(tzinfo=None) if moment.tzinfo else moment


#: The procedural event that starts the terms of a demo case in this stage (DOMAIN.md §4).
_STAGE_EVENT = {
    "DEBTOR_SERVED": "DEBTOR_SERVED",
    "CORRECTION_PENDING": "INADMISSION",
    "LIQUIDATION": "LIQUIDATION_SERVED",
    "PAYMENT_ORDER_ISSUED": "PAYMENT_ORDER_NOTIFIED_CREDITOR",
}


def _demo_deadlines(
    c: DemoCase, case_id: int, event_id: int, cal: Any, today: dt.date, lawyer_id: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dt.date | None]:
    """The event that opened the case's current stage and the deadlines it started."""
    code = _STAGE_EVENT.get(c.stage)
    entered = next((h.on for h in reversed(c.history) if h.stage == c.stage), None)
    if code is None or entered is None:
        return [], [], None
    event = {
        "id": event_id,
        "case_id": case_id,
        "code": code,
        "date": entered,
        "params": None,
        "notes": "Cartera de demostración",
        "by_user": "cortiz",
    }
    deadlines: list[dict[str, Any]] = []
    for d in compute_deadlines(code, entered, cal):
        deadlines.append(
            {
                "case_id": case_id,
                "event_id": event_id,
                "rule_code": d.rule.code,
                "label": d.rule.label_es,
                "event_date": entered,
                "due": d.due,
                "explanation": deadline_explanation(d),
                "explanation_parts": deadline_parts(d),
                "status": deadline_status(d.due, None, today),
                "met_on": None,
                "assigned_to_id": lawyer_id,
            }
        )
    open_dues = [d["due"] for d in deadlines if d["status"] == "open"]
    return [event], deadlines, min(open_dues) if open_dues else None


def _allocations(c: DemoCase, table: RateTable | None, day_basis: int) -> list[tuple[Decimal, Decimal, Decimal]]:
    """Each demo payment split costs → interest → capital as `payment add` would (DOMAIN.md §5).

    Without a rate table that covers the debt (a desk whose user may not manage rates) the split
    cannot be known: it is all capital, as a payment recorded before the liquidation would read.
    """
    if not c.payments:
        return []
    if table is not None:
        order = sorted(range(len(c.payments)), key=lambda i: c.payments[i].on)
        paid = [PaymentIn(c.payments[i].on, c.payments[i].amount, c.payments[i].reference) for i in order]
        as_of = max(max(p.on for p in c.payments), c.debt.due_date)
        try:
            result = liquidate(
                c.debt.capital,
                c.debt.due_date,
                as_of,
                table,
                paid,
                agreed_annual_rate=c.debt.agreed_moratory_rate,
                day_basis=day_basis,
            )
        except LiquidationError:
            pass
        else:
            # Allocations come back in date order (stable sort), the order of `paid`.
            split: list[tuple[Decimal, Decimal, Decimal]] = [(Decimal(0), Decimal(0), Decimal(0))] * len(order)
            for i, a in zip(order, result.allocations, strict=True):
                split[i] = (a.to_costs, a.to_interest, a.to_capital)
            return split
    return [(Decimal(0), Decimal(0), p.amount) for p in c.payments]


def _history_events(c: DemoCase, case_id: int, ref: str, lawyer: str) -> list[dict[str, Any]]:
    """The audit events a real desk would hold for the case's past: its hand-over and every stage move.

    Dated on the day each step happened (10:00 in Bogotá), so the case's history, its closing or
    return reason and the art. 317 inactivity count read as they would on a desk in use.
    """
    events: list[dict[str, Any]] = []
    for before, step in itertools.pairwise(c.history):
        at = dt.datetime.combine(step.on, dt.time(10, 0), BOGOTA).astimezone(dt.UTC).replace(tzinfo=None)
        if step.stage == "INTAKE":
            events.append(
                {
                    "at": at,
                    "username": "dsuarez",
                    "action": "case.hand_over",
                    "entity": "case",
                    "entity_id": case_id,
                    "case_id": case_id,
                    "summary": f"Entrega a jurídico de {ref}",
                    "after": {  # already plain JSON, as audit.record would store it
                        "account_ref": ref,
                        "debtor": c.debtor.name,
                        "capital": f"{c.debt.capital:.2f}",
                        "due_date": c.debt.due_date.isoformat(),
                        "guarantors": len(c.guarantors),
                    },
                }
            )
            continue
        src, dst = Stage(before.stage), Stage(step.stage)
        reason = step.reason.strip()
        events.append(
            {
                "at": at,
                "username": lawyer,
                "action": "case.stage",
                "entity": "case",
                "entity_id": case_id,
                "case_id": case_id,
                "summary": stage_change_summary(src, dst, reason),
                "before": {"stage": src.value},
                "after": {"stage": dst.value, "reason": reason or None, "radicado": c.radicado if c.filed_on else None},
            }
        )
    return events


def _ensure_demo_users(desk: Desk) -> dict[str, int]:
    with desk.uow() as uow:
        s = uow.session
        ids: dict[str, int] = {}
        for username, name, role, card, id_number in DEMO_USERS:
            user = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
            if user is None:
                user = User(
                    username=username,
                    full_name=name,
                    role=role,
                    professional_card=card,
                    id_number=id_number,
                    address=DEMO_OFFICE,
                    phone="+57 601 555 0100",
                    password_hash=_hasher.hash(DEMO_PASSWORD),
                    email=f"{username}@legaldesk.demo",
                )
                s.add(user)
                s.flush()
                audit.record(
                    s,
                    "system",
                    "user.add",
                    "user",
                    user.id,
                    summary=f"usuario de demostración {username}",
                    after={"username": username, "role": role},
                )
            ids[username] = user.id
        uow.commit()
    return ids


def load_demo(
    desk: Desk,
    actor: Actor,
    n: int,
    *,
    seed: int = 7,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    """Add n demo cases (parties, debts, contacts, notices, hearings, embargoes, offers, payments).

    If Colombia has no rate table yet (and the actor may manage rates), the shipped illustrative table
    is put in force in the same transaction, so the demo cases can be liquidated; `rates` names it.

    The portfolio is dated relative to `today` (default: the real today); a fixed `today` and seed give the
    same cases on any day, which tests rely on.
    """
    actor.require(Action.IMPORT_REFERRALS)
    with desk.reading() as s:
        actor.confirm(s)  # before the demo users are made
    started = time.perf_counter()
    users = _ensure_demo_users(desk)
    lawyers = [users["lrestrepo"], users["jcastano"]]
    # Each case's evidence is drawn from the case (its creditor, debtor, amounts, notices and lawyer).
    writer = desk.store.bulk_writer()
    shared: dict[str, Any] = {}  # key → the stored illustrative copy (cases past OWN_FILES)
    signing = {
        username: DemoLawyer(name, id_number, card or "", DEMO_OFFICE)
        for username, name, _role, card, id_number in DEMO_USERS
        if card
    }
    now = utcnow()
    today = today or dt.date.today()
    with desk.uow() as uow:
        s = uow.session
        clients: dict[str, int] = dict(s.execute(select(Client.id_number, Client.id)).all())
        existing_refs = (
            set(s.execute(select(Case.account_ref)).scalars())
            if s.execute(select(func.count(Case.id))).scalar_one()
            else set()
        )
        cal = calendar_for(s, "CO")
        # Without a rate table no demo case could be liquidated; the shipped one says it is illustrative.
        sample_rates = rates.install_sample_table(s, actor) if can(actor.role, Action.MANAGE_RATES) else None
        rate_table = rates.table_in_session(s, "CO")
        day_basis = payments.day_basis(s)
        limitation_cache: dict[tuple[str, dt.date], dt.date] = {}
        batch: list[DemoCase] = []
        created = 0
        prefix = f"D{seed}-" if existing_refs else ""

        def flush(batch: list[DemoCase]) -> None:
            nonlocal created
            ids = allocate_case_ids(s, len(batch))
            event_ids = iter(allocate_ids(s, CaseEvent.__table__, len(batch)))
            evidence_ids = iter(allocate_ids(s, Evidence.__table__, sum(len(c.evidence) for c in batch)))
            rows: dict[str, list[dict[str, Any]]] = {
                k: []
                for k in (
                    "cases",
                    "parties",
                    "debts",
                    "contacts",
                    "notices",
                    "hearings",
                    "embargoes",
                    "offers",
                    "payments",
                    "evidence",
                    "events",
                    "deadlines",
                    "agreements",
                    "instalments",
                )
            }
            agreement_ids = iter(allocate_ids(s, PaymentAgreement.__table__, sum(1 for c in batch if c.agreement)))
            words: list[tuple[int, set[str]]] = []
            history: list[dict[str, Any]] = []
            for case_id, c in zip(ids, batch, strict=True):
                lawyer = ("lrestrepo", "jcastano")[case_id % 2]
                history.extend(_history_events(c, case_id, prefix + c.account_ref, lawyer))
                cr = c.creditor
                if cr.nit not in clients:
                    client = Client(
                        name=cr.name,
                        id_type="NIT",
                        id_number=cr.nit,
                        address=cr.address,
                        city=cr.city,
                        email=cr.email,
                        representative=cr.legal_representative,
                        representative_id=cr.legal_representative_cc,
                    )
                    s.add(client)
                    s.flush()
                    clients[cr.nit] = client.id
                key = (c.debt.title_type, c.debt.due_date)
                if key not in limitation_cache:
                    limitation_cache[key] = compute_limitation(cal, c.debt.title_type, c.debt.due_date, c.jurisdiction)
                filed = c.stage in FILED_STAGES or c.radicado is not None
                upcoming = [_local(h.at) for h in c.hearings if h.outcome is None and _local(h.at).date() >= today]
                paid = sum((p.amount for p in c.payments), Decimal("0"))
                handed = dt.datetime.combine(c.handed_over_on, dt.time(9, 0)) if c.handed_over_on else None
                events, deadlines, next_due = _demo_deadlines(
                    c, case_id, next(event_ids), cal, today, lawyers[case_id % 2]
                )
                rows["events"].extend(events)
                rows["deadlines"].extend(deadlines)
                rows["cases"].append(
                    {
                        "id": case_id,
                        "account_ref": prefix + c.account_ref,
                        "stage": c.stage,
                        "jurisdiction": c.jurisdiction,
                        "currency": c.debt.currency,
                        "client_id": clients[cr.nit],
                        "court": c.court,
                        "city": c.debtor.city,
                        "radicado": c.radicado,
                        "filed_on": c.filed_on,
                        "lawyer_id": lawyers[case_id % 2] if c.stage not in ("PRE_LEGAL", "INTAKE") else None,
                        "paralegal_id": users["cortiz"] if filed else None,
                        "handed_over_by_id": users["dsuarez"] if handed else None,
                        "handed_over_at": handed,
                        "prelegal_summary": c.pre_legal_summary,
                        "demand_letter_waiver": c.demand_letter_waiver,
                        "return_reason": next((h.reason for h in c.history if h.stage == c.stage), None)
                        if c.stage == Stage.RETURNED_TO_COLLECTIONS.value
                        else None,
                        "settlement_return_stage": c.previous_stage,
                        "archived": False,
                        "debtor_name": c.debtor.name,
                        "debtor_sort": sort_key(c.debtor.name),
                        "debtor_id_number": c.debtor.id_number,
                        "capital": c.debt.capital,
                        "recovered": paid,
                        "limitation_date": limitation_cache[key],
                        "next_hearing_at": min(upcoming) if upcoming else None,
                        "next_deadline": next_due,
                        "created_at": now,
                        "updated_at": now,
                        "updated_by": actor.username,
                        "version": 1,
                    }
                )
                people = [("debtor", c.debtor)] + [("guarantor", g) for g in c.guarantors]
                for role, p in people:
                    rows["parties"].append(
                        {
                            "case_id": case_id,
                            "role": role,
                            "name": p.name,
                            "id_type": p.id_type,
                            "id_number": p.id_number,
                            "address": p.address,
                            "city": p.city,
                            "email": p.email,
                            # How each e-mail was obtained: the demanda swears to it (Ley 2213, art. 8).
                            "email_source": None
                            if not p.email
                            else "Solicitud de crédito firmada"
                            if role == "debtor"
                            else "Formulario de vinculación del codeudor firmado",
                            "phone": p.phone,
                            "authorised_channels": ",".join(p.authorised_channels),
                        }
                    )
                words.append(
                    (
                        case_id,
                        search.words_for(
                            prefix + c.account_ref, c.radicado, [(p.name, p.id_number) for _, p in people]
                        ),
                    )
                )
                d = c.debt
                rows["debts"].append(
                    {
                        "case_id": case_id,
                        "capital": d.capital,
                        "currency": d.currency,
                        "due_date": d.due_date,
                        "issue_date": d.issue_date,
                        "title_type": d.title_type,
                        "title_number": d.title_number,
                        "agreed_rate": d.agreed_moratory_rate,
                        "original_location": d.original_location,
                        "costs": Decimal("0"),
                    }
                )
                proof_ids: dict[str, int] = {}
                for ev in c.evidence:
                    if created < OWN_FILES:
                        f = writer.add(evidence_pdf(c, ev, signing[lawyer], rate_table, day_basis), f"{ev.key}.pdf")
                    else:  # one shared illustrative copy per kind of file (see OWN_FILES)
                        f = shared.get(ev.key) or shared.setdefault(
                            ev.key, writer.add(illustrative_pdf(ev.key), f"{ev.key}.pdf")
                        )
                    eid = next(evidence_ids)
                    proof_ids.setdefault(ev.key, eid)
                    rows["evidence"].append(
                        {
                            "id": eid,
                            "case_id": case_id,
                            "kind": _EVIDENCE_KIND.get(ev.kind, "other"),
                            "date": ev.on,
                            "description": ev.description,
                            "filename": f"{ev.key}.pdf",
                            "sha256": f.sha256,
                            "size": f.size,
                            "media_type": f.media_type,
                            "added_by": "dsuarez",
                            "added_at": now,
                            "archived": False,
                        }
                    )
                for ct in c.contacts:
                    rows["contacts"].append(
                        {
                            "case_id": case_id,
                            "at": _local(ct.at),
                            "channel": ct.channel,
                            "direction": "out",
                            "outcome": ct.outcome,
                            "notes": ct.notes,
                            "by_user": "dsuarez",
                            "violations": None,
                        }
                    )
                for nt in c.notices:
                    rows["notices"].append(
                        {
                            "case_id": case_id,
                            "kind": _NOTICE_KIND.get(nt.kind, nt.kind),
                            "channel": _NOTICE_CHANNEL.get(nt.channel, nt.channel),
                            "carrier": nt.carrier,
                            "tracking": nt.tracking,
                            "recipient": nt.recipient,
                            "sent_on": nt.sent,
                            "delivered_on": nt.delivered,
                            "returned_on": nt.returned,
                            "return_reason": nt.return_reason,
                            "proof_evidence_id": proof_ids.get(nt.proof_key) if nt.proof_key else None,
                        }
                    )
                for h in c.hearings:
                    at = _local(h.at)
                    rows["hearings"].append(
                        {
                            "case_id": case_id,
                            "kind": _HEARING_KIND.get(h.kind, h.kind),
                            "at": at,
                            "place": h.place,
                            "link": None,
                            "lawyer_id": lawyers[case_id % 2],
                            "outcome": h.outcome,
                            "status": "held" if h.outcome else "scheduled",
                        }
                    )
                for e in c.embargoes:
                    status = _EMBARGO_STATUS.get(e.status, e.status)
                    step = ["requested", "decreed", "registered", "executed"]
                    reached = step.index(status) if status in step else 2
                    rows["embargoes"].append(
                        {
                            "case_id": case_id,
                            "asset_type": e.asset_type,
                            "description": e.description,
                            "registrar": e.registry,
                            "oficio_number": e.oficio_number,
                            "cap": e.cap,
                            "status": status,
                            "requested_on": e.requested_on,
                            "decreed_on": e.requested_on + dt.timedelta(days=20) if reached >= 1 else None,
                            "registered_on": e.requested_on + dt.timedelta(days=45) if reached >= 2 else None,
                            "executed_on": e.requested_on + dt.timedelta(days=200) if reached >= 3 else None,
                            "lifted_on": e.requested_on + dt.timedelta(days=90) if status == "lifted" else None,
                        }
                    )
                if c.agreement is not None:
                    agreement_id = next(agreement_ids)
                    rows["agreements"].append(
                        {
                            "id": agreement_id,
                            "case_id": case_id,
                            "signed_on": c.agreement.signed_on,
                            "total": c.agreement.total,
                            "status": c.agreement.status,
                            "broken_on": None,
                            "prelegal": False,
                            "evidence_id": proof_ids.get("acuerdo_pago"),
                            "notes": f"Acuerdo en {len(c.agreement.instalments)} cuotas mensuales",
                        }
                    )
                    rows["instalments"].extend(
                        {
                            "agreement_id": agreement_id,
                            "due_date": due,
                            "amount": amount,
                            "paid_amount": amount if paid_on else Decimal(0),
                            "paid_on": paid_on,
                        }
                        for due, amount, paid_on in c.agreement.instalments
                    )
                for o in c.settlement_offers:
                    rows["offers"].append(
                        {
                            "case_id": case_id,
                            "party": o.by,
                            "amount": o.amount,
                            "instalments": o.instalments,
                            "made_on": o.made_on,
                            "expires_on": o.made_on + dt.timedelta(days=15),
                            "status": _OFFER_STATUS.get(o.status, o.status),
                        }
                    )
                for pay, (to_costs, to_interest, to_capital) in zip(
                    c.payments, _allocations(c, rate_table, day_basis), strict=True
                ):
                    rows["payments"].append(
                        {
                            "case_id": case_id,
                            "date": pay.on,
                            "amount": pay.amount,
                            "reference": pay.reference,
                            "by_user": "cortiz",
                            "to_costs": to_costs,
                            "to_interest": to_interest,
                            "to_capital": to_capital,
                            "created_at": now,
                        }
                    )
                created += 1
            for name, table in (
                ("cases", Case),
                ("parties", Party),
                ("debts", Debt),
                ("evidence", Evidence),
                ("contacts", ContactAttempt),
                ("notices", Notice),
                ("hearings", Hearing),
                ("embargoes", Embargo),
                ("offers", SettlementOffer),
                ("payments", Payment),
                ("agreements", PaymentAgreement),
                ("instalments", Instalment),
                ("events", CaseEvent),
                ("deadlines", Deadline),
            ):
                if rows[name]:
                    bulk_insert(s, table.__table__, rows[name], list(rows[name][0]))
            search.add_cases(s, words)
            audit.record_many(s, history, plain=True)

        for c in generate_portfolio(n, seed=seed, today=today):
            if prefix + c.account_ref in existing_refs:
                continue
            batch.append(c)
            if len(batch) >= CHUNK:
                if cancelled and cancelled():
                    raise Cancelled("Creación de la cartera de demostración cancelada: no se guardó nada")
                flush(batch)
                batch = []
                if progress:
                    progress(created, n)
        if batch:
            flush(batch)
        if progress:
            progress(created, n)
        audit.record(
            s,
            actor.username,
            "demo.load",
            "database",
            None,
            summary=f"Cartera de demostración: {created} expedientes",
            after={"cases": created, "seed": seed},
        )
        writer.flush()  # the evidence files are on disk before the rows that cite them
        uow.commit()
    return {
        "cases": created,
        "seconds": round(time.perf_counter() - started, 2),
        "users": sorted(users),
        "password": DEMO_PASSWORD,
        "rates": sample_rates.filename if sample_rates else None,
    }
