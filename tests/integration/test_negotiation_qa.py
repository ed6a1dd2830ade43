"""A lawyer negotiating a settlement day after day: offers that lapse, counter-offers, hearings, agreements."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from legal_desk.db.models import AuditEvent, Hearing, SettlementOffer
from legal_desk.services import calendars, cases, tracking
from legal_desk.services.cases import CaseUpdate
from legal_desk.services.errors import NeedsConfirmation, ValidationFailed
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
        desk,
        law,
        "OB-1",
        party="debtor",
        amount="1.000.000",
        made_on=dt.date(2025, 3, 1),
        expires_on=dt.date(2025, 3, 10),
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
        desk,
        law,
        "USD-1",
        party="debtor",
        amount="18.000",
        made_on=dt.date(2025, 3, 5),
        instalments=3,
        parent_id=second,
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


def _refused(desk, law, ref, kind, at):
    with pytest.raises(NeedsConfirmation) as info:
        tracking.schedule_hearing(desk, law, ref, kind=kind, at=at, place="Sala 3")
    return [str(w) for w in info.value.warnings]


def test_a_hearing_on_a_case_not_filed_yet_is_a_warning_to_confirm(desk):
    """An «Audiencia inicial» was saved on a case still «Recibido de cobranza», without radicado: no court
    sets one before the filing, so it was the wrong case (or one whose radicado was never entered). It is
    now a warning to confirm, like a closed day; an out-of-court conciliation is warned in other words;
    once the radicado is registered the same hearing is saved at once."""
    handover(desk)
    assign(desk, "OB-1")
    law = actor_for(desk, "abogada")
    monday = dt.datetime(2026, 3, 2, 9, 0)  # a business day, in office hours
    assert _refused(desk, law, "OB-1", "initial", monday) == [
        "el expediente aún no está radicado («Recibido de cobranza»): ningún juzgado fija una «Audiencia inicial "
        "(art. 372 CGP)» antes de la radicación; si ya se radicó, registre su radicado en «Editar expediente»"
    ]
    assert _refused(desk, law, "OB-1", "conciliation", monday) == [
        "el expediente aún no está radicado («Recibido de cobranza»): antes de la demanda solo cabe una diligencia "
        "extrajudicial (p. ej. una conciliación en un centro de conciliación)"
    ]
    with desk.reading() as s:
        assert s.execute(select(Hearing)).first() is None
    conciliation = tracking.schedule_hearing(
        desk, law, "OB-1", kind="conciliation", at=monday, place="Centro de conciliación", confirm=True
    )
    with desk.reading() as s:
        after = s.execute(
            select(AuditEvent.after).where(AuditEvent.entity == "hearing", AuditEvent.entity_id == str(conciliation))
        ).scalar_one()
        assert "aún no está radicado" in after["confirmed_warnings"][0]
    cases.update_case(desk, law, "OB-1", CaseUpdate(radicado="11001-40-03-012-2026-00123-00"))
    tracking.schedule_hearing(desk, law, "OB-1", kind="initial", at=monday + dt.timedelta(hours=2), place="Sala 3")


def test_a_day_closed_for_two_reasons_names_both(desk):
    """Christmas 2026 is a holiday inside the 20 Dec – 10 Jan recess, and the warning said only «festivo:
    Navidad»; a court strike declared on a recess day hid the recess. Every reason is named now (in English
    too), the most specific first."""
    handover(desk)
    assign(desk, "OB-1")
    law = actor_for(desk, "abogada")
    cases.update_case(desk, law, "OB-1", CaseUpdate(radicado="11001-40-03-012-2026-00123-00"))
    with pytest.raises(NeedsConfirmation) as info:
        tracking.schedule_hearing(desk, law, "OB-1", kind="initial", at=dt.datetime(2026, 12, 25, 9), place="Sala 3")
    (warning,) = info.value.warnings
    assert (
        str(warning) == "el 25/12/2026 es inhábil en el calendario del despacho (festivo: Navidad y vacancia judicial)"
    )
    assert warning.params["reason"].code == "holiday: Christmas Day and judicial recess"
    calendars.add_closure(desk, actor_for(desk, "admin"), "CO", dt.date(2026, 12, 22), dt.date(2026, 12, 22), "Paro")
    assert _refused(desk, law, "OB-1", "initial", dt.datetime(2026, 12, 22, 9)) == [
        "el 22/12/2026 es inhábil en el calendario del despacho (cierre: Paro y vacancia judicial)"
    ]
    # a day closed for one reason only names that one
    assert _refused(desk, law, "OB-1", "initial", dt.datetime(2026, 3, 7, 9)) == [
        "el 07/03/2026 es inhábil en el calendario del despacho (sábado)"
    ]
