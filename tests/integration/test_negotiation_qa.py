"""A lawyer negotiating a settlement day after day: offers that lapse, counter-offers, hearings, agreements."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from legal_desk.db.models import AuditEvent, SettlementOffer
from legal_desk.services import cases, tracking
from legal_desk.services.errors import ValidationFailed
from legal_desk.services.users import actor_for
from tests.integration.test_services_legal import assign, handover


def _statuses(desk, law, today):
    return {o["offer_id"]: o["status"] for o in cases.get_case_file(desk, law, "OB-1", today=today).settlement_offers}


def test_an_offer_past_its_expiry_date_reads_vencida_and_is_answered_no_more(desk):
    """`expire_offers` was never called: an offer that expired on 10/03/2025 stayed «Abierta» in the case
    file for ever (only the tab painted it amber), could still be rejected, and accepting another offer
    recorded it as «Retirada» as if it had been open. Now, from 11/03/2025, the case file reads it
    «Vencida»; accepting, rejecting or withdrawing it is refused with the date it lapsed; accepting another
    offer writes it down as expired (audited), not withdrawn."""
    handover(desk)
    assign(desk, "OB-1")
    law = actor_for(desk, "abogada")
    lapsing = tracking.make_offer(
        desk,
        law,
        "OB-1",
        party="debtor",
        amount="6.000.000",
        made_on=dt.date(2025, 3, 1),
        expires_on=dt.date(2025, 3, 10),
    )
    other = tracking.make_offer(desk, law, "OB-1", party="debtor", amount="7.500.000", made_on=dt.date(2025, 3, 3))
    # through its expiry date inclusive it is open
    assert _statuses(desk, law, dt.date(2025, 3, 10)) == {lapsing: "open", other: "open"}
    # the day after it has lapsed, without anything written
    assert _statuses(desk, law, dt.date(2025, 3, 11)) == {lapsing: "expired", other: "open"}
    with desk.reading() as s:
        assert s.get(SettlementOffer, lapsing).status == "open"
    with pytest.raises(ValidationFailed, match="venció el 10/03/2025: no puede aceptarse el 11/03/2025"):
        tracking.close_offer(desk, law, lapsing, "accepted", on=dt.date(2025, 3, 11))
    for status in ("rejected", "withdrawn"):
        with pytest.raises(
            ValidationFailed, match="La propuesta venció el 10/03/2025 sin respuesta: ya está vencida y no se rechaza"
        ):
            tracking.close_offer(desk, law, lapsing, status, on=dt.date(2025, 3, 11))
    with pytest.raises(ValidationFailed, match="venció el 10/03/2025: ya no admite contrapropuesta el 11/03/2025"):
        tracking.make_offer(
            desk, law, "OB-1", party="creditor", amount="8.000.000", made_on=dt.date(2025, 3, 11), parent_id=lapsing
        )
    # accepting the other one on 12/03/2025 withdraws nothing: the lapsed one is written down as expired
    assert tracking.close_offer(desk, law, other, "accepted", on=dt.date(2025, 3, 12)) == []
    assert _statuses(desk, law, dt.date(2025, 3, 12)) == {lapsing: "expired", other: "accepted"}
    with desk.reading() as s:
        assert s.get(SettlementOffer, lapsing).status == "expired"
        summary = s.execute(
            select(AuditEvent.summary)
            .where(AuditEvent.entity == "settlement_offer", AuditEvent.entity_id == str(lapsing))
            .order_by(AuditEvent.id.desc())
        ).scalar()
        assert summary == "Propuesta vencida el 10/03/2025"
    with pytest.raises(ValidationFailed, match="La propuesta ya está vencida"):
        tracking.close_offer(desk, law, lapsing, "accepted", on=dt.date(2025, 3, 12))


def test_an_offer_is_accepted_on_its_expiry_date_and_can_be_marked_expired_after_it(desk):
    """The last day counts (accepted on 10/03/2025, the day it expires); a lapsed one may be marked expired."""
    handover(desk)
    assign(desk, "OB-1")
    law = actor_for(desk, "abogada")
    first = tracking.make_offer(
        desk, law, "OB-1", party="debtor", amount="1.000.000", made_on=dt.date(2025, 3, 1), expires_on=dt.date(2025, 3, 10)
    )
    second = tracking.make_offer(
        desk, law, "OB-1", party="debtor", amount="900.000", made_on=dt.date(2025, 3, 1), expires_on=dt.date(2025, 3, 5)
    )
    tracking.close_offer(desk, law, second, "expired", on=dt.date(2025, 3, 8))
    assert tracking.close_offer(desk, law, first, "accepted", on=dt.date(2025, 3, 10)) == []
    assert _statuses(desk, law, dt.date(2025, 4, 1)) == {first: "accepted", second: "expired"}


def test_a_chain_of_counter_offers_reads_in_the_history_in_the_case_currency(desk):
    """The history read «Contrapropuesta del creditor: 7000000.00»: the party in English, the figure
    unformatted and without its currency (a case in dollars read like one in pesos), and a withdrawn
    offer named the accepted one by an id shown nowhere. Now each line names the party in Spanish, the
    amount in the case's currency, cash or instalments, the expiry; the withdrawal names the offer."""
    from legal_desk.services.cases import DebtInput, HandoverInput, PartyInput

    cases.hand_over_case(
        desk,
        actor_for(desk, "cobranza"),
        HandoverInput(
            account_ref="USD-1",
            debtor=PartyInput("Deudor USD", "CC", "52123456", address="Calle 1", city="Bogotá D.C."),
            debt=DebtInput(capital="25.000,00", due_date=dt.date(2024, 2, 29), title_type="pagare", currency="USD"),
        ),
    )
    assign(desk, "USD-1")
    law = actor_for(desk, "abogada")
    day = dt.date(2025, 3, 3)
    first = tracking.make_offer(desk, law, "USD-1", party="debtor", amount="15.000", made_on=day, instalments=6)
    second = tracking.make_offer(
        desk,
        law,
        "USD-1",
        party="creditor",
        amount="22.500,50",
        made_on=dt.date(2025, 3, 4),
        expires_on=dt.date(2025, 3, 14),
        parent_id=first,
    )
    third = tracking.make_offer(
        desk, law, "USD-1", party="debtor", amount="18.000", made_on=dt.date(2025, 3, 5), instalments=3, parent_id=second
    )
    other = tracking.make_offer(desk, law, "USD-1", party="debtor", amount="10.000", made_on=dt.date(2025, 3, 5))
    assert tracking.close_offer(desk, law, third, "accepted", on=dt.date(2025, 3, 6)) == [other]
    cf = cases.get_case_file(desk, law, "USD-1", today=dt.date(2025, 3, 20))
    offers = {o["offer_id"]: o for o in cf.settlement_offers}
    assert [(o["status"], o["parent_id"], o["amount"]) for o in cf.settlement_offers] == [
        ("countered", None, Decimal("15000.00")),
        ("countered", first, Decimal("22500.50")),
        ("accepted", second, Decimal("18000.00")),
        ("withdrawn", None, Decimal("10000.00")),
    ]
    assert all(isinstance(o["amount"], Decimal) for o in offers.values())
    history = [r["summary"] for r in reversed(cases.timeline(desk, law, "USD-1")) if r["action"].startswith("offer.")]
    assert history == [
        "Propuesta del deudor: US$ 15,000.00 en 6 cuotas",
        "Contrapropuesta del acreedor: US$ 22,500.50 de contado, vence el 14/03/2025",
        "Contrapropuesta del deudor: US$ 18,000.00 en 3 cuotas",
        "Propuesta del deudor: US$ 10,000.00 de contado",
        "Propuesta aceptada",
        "Propuesta retirada: se aceptó la contrapropuesta del deudor del 05/03/2025 por US$ 18,000.00",
    ]
