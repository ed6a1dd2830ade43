"""Court tracking used for months: a payment entered by mistake, the radicado as typed, an offer accepted."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from legal_desk.db.models import AuditEvent, Instalment, Payment, PaymentAgreement
from legal_desk.services import audit, cases, payments, rates, tracking
from legal_desk.services.cases import CaseUpdate
from legal_desk.services.errors import NotFound, PermissionDenied, ValidationFailed
from legal_desk.services.users import actor_for
from tests.integration.test_services_legal import assign, handover, rates_file


def _splits(desk):
    with desk.reading() as s:
        return [
            (p.date, p.amount, p.to_interest, p.to_capital)
            for p in s.execute(select(Payment).order_by(Payment.date, Payment.id)).scalars()
        ]


def test_a_payment_entered_by_mistake_is_reversed_with_its_reason_and_the_rest_applied_again(desk, tmp_path):
    """There was no way to take back a payment: a mistyped amount stayed in the liquidation, the docket's
    recovered total and the agreement's instalments for ever. Reversing it re-applies the later payments
    (they absorb the interest the annulled one had paid), recomputes the total recovered and owes again the
    instalment it paid; the audit trail keeps the payment as it was, who annulled it and why."""
    rates.import_rates(desk, actor_for(desk, "admin"), rates_file(tmp_path))
    handover(desk)
    assign(desk, "OB-1")
    law = actor_for(desk, "abogada")
    agreement = tracking.record_agreement(
        desk,
        law,
        "OB-1",
        signed_on=dt.date(2024, 3, 1),
        instalments=[(dt.date(2024, 3, 10), "300000"), (dt.date(2024, 4, 10), "300000")],
    )
    wrong = payments.add_payment(desk, law, "OB-1", dt.date(2024, 3, 10), "300000", reference="CONSIG-1")
    later = payments.add_payment(desk, law, "OB-1", dt.date(2024, 4, 10), "300000", reference="CONSIG-2")
    assert later.agreement_status == "kept"
    before = _splits(desk)
    with pytest.raises(ValidationFailed, match="Indique por qué se anula el abono"):
        payments.reverse_payment(desk, law, wrong.payment_id, reason="  ")
    with pytest.raises(NotFound, match="No existe el abono 999"):
        payments.reverse_payment(desk, law, 999, reason="error")
    cases.move_stage(desk, law, "OB-1", "EVIDENCE")  # accepted by legal: no longer collections' to change
    with pytest.raises(PermissionDenied):
        payments.reverse_payment(desk, actor_for(desk, "cobranza"), wrong.payment_id, reason="error")
    assert _splits(desk) == before  # refusals change nothing

    res = payments.reverse_payment(desk, law, wrong.payment_id, reason="consignación de otro deudor")
    assert res.to_json() == {
        "payment_id": wrong.payment_id,
        "case_id": wrong.case_id,
        "date": "2024-03-10",
        "amount": "300000.00",
        "reason": "consignación de otro deudor",
        "recovered": "300000.00",
        "agreement_id": agreement,
        "agreement_status": "active",
        "currency": "COP",
        "reversed": True,
    }
    # the later payment now pays all the interest accrued since the due date (the annulled one had paid part)
    alone = payments.liquidation(desk, law, "OB-1", dt.date(2024, 4, 10))
    assert _splits(desk) == [
        (dt.date(2024, 4, 10), Decimal("300000.00"), alone.allocations[0].to_interest, alone.allocations[0].to_capital)
    ]
    assert alone.allocations[0].to_interest > before[1][2]
    cf = cases.get_case_file(desk, law, "OB-1")
    assert [p["payment_id"] for p in cf.payments] == [later.payment_id]
    with desk.reading() as s:
        assert s.get(PaymentAgreement, agreement).status == "active"  # one instalment is owed again
        assert s.execute(select(Instalment.paid_amount, Instalment.paid_on).order_by(Instalment.due_date)).all() == [
            (Decimal("300000.00"), dt.date(2024, 4, 10)),
            (Decimal("0.00"), None),
        ]
        event = s.execute(select(AuditEvent).where(AuditEvent.action == "payment.reverse")).scalar_one()
        assert event.username == "abogada" and event.case_id == wrong.case_id
        assert event.before["amount"] == "300000.00" and event.before["reference"] == "CONSIG-1"
        assert event.after["reason"] == "consignación de otro deudor"
        assert event.summary == "Abono de $ 300.000,00 del 10/03/2024 anulado: consignación de otro deudor"
    with desk.reading() as s:
        assert audit.verify_chain(s)[1] == []
    with pytest.raises(NotFound):  # reversed once only
        payments.reverse_payment(desk, law, wrong.payment_id, reason="otra vez")


def test_a_payment_that_closed_a_settlement_is_reversed_only_after_reopening_the_case(desk, tmp_path):
    rates.import_rates(desk, actor_for(desk, "admin"), rates_file(tmp_path))
    handover(desk)
    assign(desk, "OB-1")
    law = actor_for(desk, "abogada")
    tracking.record_agreement(
        desk, law, "OB-1", signed_on=dt.date(2024, 3, 1), instalments=[(dt.date(2024, 3, 10), "500000")]
    )
    cases.move_stage(desk, law, "OB-1", "SETTLEMENT_ACTIVE")
    paid = payments.add_payment(desk, law, "OB-1", dt.date(2024, 3, 10), "500000")
    assert cases.get_case_file(desk, law, "OB-1").stage == "CLOSED_SETTLED"
    with pytest.raises(ValidationFailed, match=r"completó el acuerdo firmado el 01/03/2024 .* reabra el expediente"):
        payments.reverse_payment(desk, law, paid.payment_id, reason="cheque devuelto")
    cases.reopen_case(desk, law, "OB-1", "INTAKE", reason="El cheque fue devuelto")
    res = payments.reverse_payment(desk, law, paid.payment_id, reason="cheque devuelto")
    assert res.agreement_status == "active" and res.recovered == Decimal("0.00")


def test_a_demo_payment_without_its_agreement_in_the_audit_trail_frees_the_instalment_it_paid(desk, tmp_path):
    """Payments loaded without a «payment.add» event (the demo portfolio, an older desk) paid the agreement
    in force on their date: reversing one owes that instalment again."""
    rates.import_rates(desk, actor_for(desk, "admin"), rates_file(tmp_path))
    handover(desk)
    assign(desk, "OB-1")
    law = actor_for(desk, "abogada")
    agreement = tracking.record_agreement(
        desk, law, "OB-1", signed_on=dt.date(2024, 3, 1), instalments=[(dt.date(2024, 3, 10), "200000")]
    )
    first = payments.add_payment(desk, law, "OB-1", dt.date(2024, 3, 10), "200000")
    with desk.uow() as uow:  # as a bulk load leaves it: no payment.add event
        uow.session.get(PaymentAgreement, agreement).status = "active"
        for e in uow.session.execute(select(AuditEvent).where(AuditEvent.action == "payment.add")).scalars():
            e.action = "demo.load"
        uow.commit()
    payments.reverse_payment(desk, law, first.payment_id, reason="duplicado")
    with desk.reading() as s:
        assert s.execute(select(Instalment.paid_amount)).scalars().all() == [Decimal("0.00")]


@pytest.mark.parametrize(
    "typed",
    ["11001-40-03-012-2024-00123-00", " 11001 4003 012 2024 00123 00 ", "11001.40.03.012.2024.00123.00"],
)
def test_a_colombian_radicado_is_kept_as_its_23_digits_however_it_is_typed(desk, typed):
    """The radicado was taken as typed: dashes and spaces (as the court's list prints it) made a number of 29
    characters cut in the docket's 23-digit column, and «2024-00123» (the short form) or a digit left out went
    into the filing as if it were the case's number."""
    handover(desk)
    assign(desk, "OB-1")
    law = actor_for(desk, "abogada")
    cf = cases.update_case(desk, law, "OB-1", CaseUpdate(radicado=typed))
    assert cf.radicado == "11001400301220240012300"
    for query in ("11001400301220240012300", "11001-40-03-012-2024-00123-00"):
        assert [c.account_ref for c in cases.list_cases(desk, law, cases.CaseQuery(search=query))] == ["OB-1"]


def test_a_colombian_radicado_without_23_digits_is_refused_naming_its_digits(desk):
    handover(desk)
    assign(desk, "OB-1")
    law = actor_for(desk, "abogada")
    with pytest.raises(ValidationFailed, match=r"El radicado «2024-00123» tiene 9 dígitos: .* tiene 23"):
        cases.update_case(desk, law, "OB-1", CaseUpdate(radicado="2024-00123"))
    with pytest.raises(ValidationFailed, match=r"«11001-40-03-012-2024-0012-00» tiene 22 dígitos"):
        cases.update_case(desk, law, "OB-1", CaseUpdate(radicado="11001-40-03-012-2024-0012-00"))
    with pytest.raises(ValidationFailed, match=r"«1100140030122024OO12300» tiene 21 dígitos"):  # letter O for zero
        cases.update_case(desk, law, "OB-1", CaseUpdate(radicado="1100140030122024OO12300"))
    assert cases.get_case_file(desk, law, "OB-1").radicado is None
    # filing refuses it too, and files with the digits
    with desk.uow() as uow:
        from legal_desk.db.models import Case

        uow.session.execute(select(Case)).scalar_one().stage = "READY_TO_FILE"
        uow.commit()
    with pytest.raises(ValidationFailed, match="tiene 9 dígitos"):
        cases.move_stage(desk, law, "OB-1", "FILED", radicado="2024-00123")
    cf = cases.move_stage(desk, law, "OB-1", "FILED", radicado="11001-40-03-012-2024-00123-00")
    assert (cf.stage, cf.radicado) == ("FILED", "11001400301220240012300")


def test_accepting_an_offer_withdraws_the_other_open_ones(desk):
    """Accepting one offer left the others «Abierta»: a second one could be accepted as well, and the
    negotiation tab showed offers still open on a case whose settlement was agreed."""
    handover(desk)
    assign(desk, "OB-1")
    law = actor_for(desk, "abogada")
    day = dt.date(2025, 3, 1)
    first = tracking.make_offer(desk, law, "OB-1", party="debtor", amount="6.000.000", made_on=day)
    other = tracking.make_offer(desk, law, "OB-1", party="debtor", amount="5.000.000", made_on=day, instalments=6)
    counter = tracking.make_offer(desk, law, "OB-1", party="creditor", amount="7.000.000", made_on=day, parent_id=first)
    rejected = tracking.make_offer(desk, law, "OB-1", party="debtor", amount="1.000.000", made_on=day)
    tracking.close_offer(desk, law, rejected, "rejected", on=day)
    assert tracking.close_offer(desk, law, counter, "accepted", on=dt.date(2025, 3, 5)) == [other]
    statuses = {o["offer_id"]: o["status"] for o in cases.get_case_file(desk, law, "OB-1").settlement_offers}
    assert statuses == {first: "countered", other: "withdrawn", counter: "accepted", rejected: "rejected"}
    with pytest.raises(ValidationFailed, match="La propuesta ya está retirada"):
        tracking.close_offer(desk, law, other, "accepted", on=dt.date(2025, 3, 5))
    with desk.reading() as s:
        event = (
            s.execute(
                select(AuditEvent)
                .where(AuditEvent.entity == "settlement_offer", AuditEvent.entity_id == str(other))
                .order_by(AuditEvent.id.desc())
            )
            .scalars()
            .first()
        )
        assert event is not None and event.summary == (
            "Propuesta retirada: se aceptó la contrapropuesta del acreedor del 01/03/2025 por $ 7.000.000,00"
        )
    # rejecting leaves the others as they are
    a = tracking.make_offer(desk, law, "OB-1", party="debtor", amount="2.000.000", made_on=day)
    b = tracking.make_offer(desk, law, "OB-1", party="debtor", amount="3.000.000", made_on=day)
    assert tracking.close_offer(desk, law, a, "rejected", on=day) == []
    assert {o["offer_id"]: o["status"] for o in cases.get_case_file(desk, law, "OB-1").settlement_offers}[b] == "open"


def test_a_measure_dated_in_the_future_is_refused(desk):
    """A measure requested «on 10/01/2030» or registered «on 01/01/2099» (a mistyped year) was taken, and as a
    court step it restarted the art. 317 inactivity count from that day: the tacit-dismissal alert vanished for
    years. A measure's date cannot be after the court's today; today itself is accepted."""
    handover(desk)
    assign(desk, "OB-1")
    law = actor_for(desk, "abogada")
    today = dt.date(2026, 3, 2)
    with pytest.raises(ValidationFailed, match=r"Fecha de la medida: el 10/01/2030 es posterior a hoy \(02/03/2026\)"):
        tracking.request_embargo(
            desk,
            law,
            "OB-1",
            asset_type="account",
            description="Cuenta",
            requested_on=dt.date(2030, 1, 10),
            today=today,
        )
    eid = tracking.request_embargo(
        desk,
        law,
        "OB-1",
        asset_type="account",
        description="Cuenta de ahorros 123",
        cap="50.000.000",
        requested_on=dt.date(2026, 2, 2),
        today=today,
    )
    with pytest.raises(ValidationFailed, match=r"el 01/01/2099 es posterior a hoy \(02/03/2026\)"):
        tracking.advance_embargo(desk, law, eid, "decreed", on=dt.date(2099, 1, 1), today=today)
    tracking.advance_embargo(desk, law, eid, "decreed", on=today, today=today)
    cf = cases.get_case_file(desk, law, "OB-1")
    assert [(e["status"], e["decreed_on"], e["cap"]) for e in cf.embargoes] == [
        ("decreed", today, Decimal("50000000.00"))
    ]
