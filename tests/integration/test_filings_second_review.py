"""The memorial de abonos and the liquidation through the services: the app's liquidation, the case's stage."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from docx import Document
from sqlalchemy import select

from legal_desk.db.models import Case
from legal_desk.domain.money import format_money
from legal_desk.services import cases, documents, payments
from legal_desk.services.demo import load_demo
from legal_desk.services.users import actor_for
from tests.conftest import DEMO_TODAY


def _text(docx: bytes) -> str:
    doc = Document(io.BytesIO(docx))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [" | ".join(c.text for c in row.cells) for row in table.rows]
    return "\n".join(parts).replace("\u00a0", " ")


def _case_in(desk, stage: str) -> tuple[object, int]:
    admin = actor_for(desk, "admin")
    law = actor_for(desk, "lrestrepo")
    rows = cases.list_cases(desk, admin, cases.CaseQuery(stage=stage, limit=1))
    return law, rows[0].case_id


def _set_stage(desk, case_id: int, stage: str, back_to: str | None = None) -> None:
    with desk.uow() as uow:
        c = uow.session.execute(select(Case).where(Case.id == case_id)).scalar_one()
        c.stage, c.settlement_return_stage = stage, back_to
        uow.commit()


def test_memorial_de_abonos_carries_the_apps_liquidation_to_the_cent(desk):
    load_demo(desk, actor_for(desk, "admin"), 60, seed=5, today=DEMO_TODAY)
    law, cid = _case_in(desk, "EXECUTION")
    cut = DEMO_TODAY
    for day, amount, ref in ((cut - dt.timedelta(days=60), "1500000", "Consignación 4411"),
                             (cut - dt.timedelta(days=20), "2300000.55", "PSE 8812")):
        payments.add_payment(desk, law, cid, day, amount, ref, today=cut)
    liq = payments.liquidation(desk, law, cid, cut)
    _info, docx = documents.render(desk, law, cid, "memorial_abonos", today=cut, liquidate_to=cut)
    text = _text(docx)
    cur = documents.case_document_data(desk, law, cid, today=cut).debt.currency
    for i, a in enumerate(liq.allocations, 1):
        row = " | ".join([str(i), f"{a.date:%d/%m/%Y}", *(format_money(v, cur) for v in (
            a.amount, a.to_costs, a.to_interest, a.to_capital))])
        assert row in text
    assert f"Capital insoluto | {format_money(liq.capital_outstanding, cur)}" in text
    assert f"Intereses moratorios pendientes | {format_money(liq.interest_unpaid, cur)}" in text
    assert f"SALDO (capital insoluto + intereses pendientes + costas) | {format_money(liq.total, cur)}" in text
    assert liq.payments_total >= Decimal("3800000.55")
    # the stored split of each payment (the payments tab's) is the one the memorial prints
    stored = cases.get_case_file(desk, law, cid).payments
    assert [(p["date"], p["to_interest"], p["to_capital"]) for p in stored] == [
        (a.date, a.to_interest, a.to_capital) for a in liq.allocations]


def test_the_liquidation_asks_for_the_traslado_only_after_the_order_to_proceed(desk):
    load_demo(desk, actor_for(desk, "admin"), 60, seed=5, today=DEMO_TODAY)
    law, cid = _case_in(desk, "PAYMENT_ORDER_ISSUED")

    def text() -> str:
        return _text(documents.render(desk, law, cid, "liquidacion_credito", today=DEMO_TODAY)[1])

    early = text()
    assert "para información del Despacho" in early and "Solicito correr traslado" not in early
    _set_stage(desk, cid, "ORDER_TO_PROCEED")
    assert "Solicito correr traslado de esta liquidación" in text()
    # an agreement suspended a case in execution: it goes back there, the order to proceed is in the file
    _set_stage(desk, cid, "SETTLEMENT_ACTIVE", "EXECUTION")
    assert "Solicito correr traslado de esta liquidación" in text()
    _set_stage(desk, cid, "SETTLEMENT_ACTIVE", "DEBTOR_SERVED")
    assert "Solicito correr traslado" not in text()


def test_the_agreement_carries_what_was_owed_the_day_it_was_signed(desk):
    load_demo(desk, actor_for(desk, "admin"), 60, seed=5, today=DEMO_TODAY)
    law = actor_for(desk, "lrestrepo")
    cid = next(c for c in documents.cases_in_stage(desk, law, "SETTLEMENT_ACTIVE")
               if documents.case_document_data(desk, law, c, today=DEMO_TODAY).agreement is not None)
    data = documents.case_document_data(desk, law, cid, today=DEMO_TODAY)
    signed = data.agreement.signed
    liq = payments.liquidation(desk, law, cid, signed)
    assert data.agreement.owed is not None and data.agreement.owed.as_of == signed
    assert (data.agreement.owed.capital, data.agreement.owed.total) == (liq.capital_outstanding, liq.total)
    text = _text(documents.render(desk, law, cid, "acuerdo_pago", today=DEMO_TODAY)[1])
    assert f"que a la fecha de este acuerdo asciende a {format_money(liq.total, data.debt.currency)}" in text
    assert ("que EL ACREEDOR acepta en pago total de la obligación" in text) == (data.agreement.total < liq.total)
    assert "que comprende el capital" not in text
