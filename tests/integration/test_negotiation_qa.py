"""A lawyer negotiating a settlement day after day: offers that lapse, counter-offers, hearings, agreements."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from legal_desk.db.models import AuditEvent, Case, Hearing, SettlementOffer
from legal_desk.services import calendars, cases, payments, rates, tracking
from legal_desk.services.cases import CaseUpdate
from legal_desk.services.errors import NeedsConfirmation, ValidationFailed
from legal_desk.services.users import actor_for
from tests.integration import test_cli_legal
from tests.integration.test_services_legal import assign, handover, rates_file


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


def _settling_case(desk, tmp_path):
    """OB-1 served on the debtor, an offer of 12.000.000 in 3 instalments accepted and signed, the case in
    «Acuerdo de pago vigente»."""
    rates.import_rates(desk, actor_for(desk, "admin"), rates_file(tmp_path))
    handover(desk)
    assign(desk, "OB-1")
    law = actor_for(desk, "abogada")
    with desk.uow() as uow:
        case = uow.session.execute(select(Case)).scalar_one()
        case.stage, case.radicado = "DEBTOR_SERVED", "11001400301220240012300"
        uow.commit()
    offer = tracking.make_offer(
        desk, law, "OB-1", party="debtor", amount="12.000.000", made_on=dt.date(2024, 3, 1), instalments=3
    )
    tracking.close_offer(desk, law, offer, "accepted", on=dt.date(2024, 3, 2))
    agreement = tracking.record_agreement(
        desk,
        law,
        "OB-1",
        signed_on=dt.date(2024, 3, 5),
        instalments=[
            (dt.date(2024, 3, 10), "4.000.000"),
            (dt.date(2024, 4, 10), "4.000.000"),
            (dt.date(2024, 5, 10), "4.000.000"),
        ],
    )
    cases.move_stage(desk, law, "OB-1", "SETTLEMENT_ACTIVE", reason="acuerdo de pago firmado el 05/03/2024")
    payments.add_payment(desk, law, "OB-1", dt.date(2024, 3, 10), "4.000.000", reference="Cuota 1")
    return law, agreement


def test_an_agreement_with_instalments_owed_is_not_marked_kept(desk, tmp_path):
    """«Marcar cumplido» with 2 of 3 instalments unpaid closed the case «Terminado por acuerdo cumplido
    (acuerdo cumplido: todas las cuotas pagadas)», 8.000.000 still owed. Now refused naming what is owed;
    the last payment still marks it kept and closes the case by itself."""
    law, agreement = _settling_case(desk, tmp_path)
    with pytest.raises(ValidationFailed) as info:
        tracking.mark_agreement(desk, law, agreement, "kept", on=dt.date(2024, 3, 20))
    assert str(info.value) == (
        "El acuerdo firmado el 05/03/2024 tiene 2 cuota(s) sin pagar por $ 8.000.000,00 (la próxima vence el "
        "10/04/2024): queda cumplido al registrar el pago de la última; si el acreedor condonó el saldo, cierre el "
        "expediente con la etapa que corresponda"
    )
    assert cases.get_case_file(desk, law, "OB-1").stage == "SETTLEMENT_ACTIVE"
    payments.add_payment(desk, law, "OB-1", dt.date(2024, 4, 10), "4.000.000", reference="Cuota 2")
    last = payments.add_payment(desk, law, "OB-1", dt.date(2024, 4, 30), "4.000.000", reference="Cuota 3 anticipada")
    assert last.agreement_status == "kept"
    assert cases.get_case_file(desk, law, "OB-1").stage == "CLOSED_SETTLED"


def test_breaking_an_agreement_from_an_accepted_offer_sends_the_case_back_and_the_liquidation_counts_its_payments(
    desk, tmp_path
):
    """The debtor pays the first of three instalments and stops: the agreement is broken on 20/04/2024, the
    case goes back to «Notificado el deudor», and the liquidation at that day keeps the 4.000.000 paid
    (interest first, then capital, from the original due date) and owes the rest."""
    law, agreement = _settling_case(desk, tmp_path)
    tracking.mark_agreement(desk, law, agreement, "broken", on=dt.date(2024, 4, 20))
    cf = cases.get_case_file(desk, law, "OB-1")
    assert cf.stage == "DEBTOR_SERVED"
    liq = payments.liquidation(desk, law, "OB-1", dt.date(2024, 4, 20))
    assert [(a.date, a.amount) for a in liq.allocations] == [(dt.date(2024, 3, 10), Decimal("4000000.00"))]
    paid = liq.allocations[0]
    assert paid.to_interest + paid.to_capital == Decimal("4000000.00") and paid.to_interest > 0
    assert liq.capital_outstanding == Decimal("12500000.00") - paid.to_capital == Decimal("8589883.08")
    assert liq.interest_paid == paid.to_interest
    assert liq.total == liq.capital_outstanding + liq.interest_unpaid + liq.costs_outstanding


def test_an_agreement_is_not_broken_before_it_was_signed_nor_in_the_future(desk, tmp_path):
    """The breach date was taken as typed: 20/04/2023 for an agreement signed on 05/03/2024, or a day next
    year, and a broken agreement can never be marked again to correct it."""
    law, agreement = _settling_case(desk, tmp_path)
    with pytest.raises(ValidationFailed, match=r"firmado el 05/03/2024 no puede estar incumplido desde el 20/04/2023"):
        tracking.mark_agreement(desk, law, agreement, "broken", on=dt.date(2023, 4, 20))
    tomorrow = dt.date.today() + dt.timedelta(days=2)
    with pytest.raises(ValidationFailed, match=rf"Incumplimiento del acuerdo: el {tomorrow:%d/%m/%Y} es posterior"):
        tracking.mark_agreement(desk, law, agreement, "broken", on=tomorrow)
    assert cases.get_case_file(desk, law, "OB-1").stage == "SETTLEMENT_ACTIVE"  # nothing changed
    tracking.mark_agreement(desk, law, agreement, "broken", on=dt.date(2024, 3, 5))  # the day it was signed: taken
    assert cases.get_case_file(desk, law, "OB-1").agreements[0]["status"] == "broken"


def test_the_agenda_shows_the_offers_that_expire_in_its_range(desk, tmp_path):
    """The lawyer had no list of «propuestas que vencen esta semana»: an offer's last day to answer was only
    in the case file. The agenda (and its .ics) now has an all-day entry on that day for each open offer of
    the lawyer's cases; answered offers, other lawyers' cases and collections' agenda leave it out."""
    from icalendar import Calendar

    from legal_desk.services import agenda

    handover(desk)
    handover(desk, "OB-2")
    assign(desk, "OB-1")
    law = actor_for(desk, "abogada")
    made = dt.date(2026, 11, 20)
    friday = dt.date(2026, 11, 27)
    expiring = tracking.make_offer(
        desk, law, "OB-1", party="debtor", amount="6.000.000", made_on=made, expires_on=friday, instalments=3
    )
    answered = tracking.make_offer(
        desk, law, "OB-1", party="debtor", amount="5.000.000", made_on=made, expires_on=friday
    )
    tracking.close_offer(desk, law, answered, "rejected", on=made)
    tracking.make_offer(
        desk, law, "OB-1", party="debtor", amount="7.000.000", made_on=made, expires_on=dt.date(2026, 12, 4)
    )  # next week
    tracking.make_offer(  # OB-2 is not hers
        desk, actor_for(desk, "admin"), "OB-2", party="debtor", amount="1.000.000", made_on=made, expires_on=friday
    )
    week = agenda.agenda(desk, law, dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert [(e.kind, e.item_id, e.start, e.account_ref) for e in week] == [("offer", expiring, friday, "OB-1")]
    (entry,) = week
    assert entry.title == "Vence la propuesta del deudor de $ 6.000.000,00 — OB-1 (Deudor OB-1)"
    assert (
        entry.detail
        == "Propuesta del deudor del 20/11/2026: $ 6.000.000,00 en 3 cuotas; se puede aceptar hasta el 27/11/2026"
    )
    assert entry.lawyer == "abogada" and entry.parts is not None and entry.parts["amount"] == Decimal("6000000.00")
    assert agenda.agenda(desk, actor_for(desk, "cobranza"), dt.date(2026, 11, 23), dt.date(2026, 11, 29)) == []
    team = agenda.agenda(desk, actor_for(desk, "admin"), dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert sorted(e.account_ref for e in team) == ["OB-1", "OB-2"]
    res = agenda.export_ics(desk, law, dt.date(2026, 11, 23), dt.date(2026, 11, 29), tmp_path / "agenda.ics")
    assert (res["events"], res["offers"], res["hearings"], res["deadlines"]) == (1, 1, 0, 0)
    (event,) = Calendar.from_ical((tmp_path / "agenda.ics").read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart") == friday and event.decoded("dtend") == dt.date(2026, 11, 28)
    assert str(event.get("summary")).startswith("Vence la propuesta del deudor de $ 6.000.000,00")
    # once accepted it is no longer pending
    tracking.close_offer(desk, law, expiring, "accepted", on=dt.date(2026, 11, 25))
    assert agenda.agenda(desk, law, dt.date(2026, 11, 23), dt.date(2026, 11, 29)) == []


cli = test_cli_legal.cli  # the fixture: `legal-desk … --json` on a fresh SQLite desk


def test_the_cli_agenda_lists_an_expiring_offer_as_json(cli):
    """`legal-desk agenda --json` carries the offer entry (money as a decimal string, dates in ISO)."""
    from pathlib import Path

    from legal_desk.config import Config
    from legal_desk.services.desk import Desk

    test_cli_legal._seed_case(cli)  # OB-9, the admin its lawyer, two hearings on 20/11/2025
    desk = Desk.open(Config(db_url=cli.db, store_root=Path(cli.store)))
    try:
        tracking.make_offer(
            desk,
            actor_for(desk, "admin"),
            "OB-9",
            party="creditor",
            amount="9.500.000,50",
            made_on=dt.date(2025, 11, 10),
            expires_on=dt.date(2025, 11, 21),
        )
    finally:
        desk.close()
    rc, doc = cli("agenda", "--from", "2025-11-17", "--to", "2025-11-23")
    assert rc == 0
    offers = [e for e in doc if e["kind"] == "offer"]
    assert [(e["start"], e["account_ref"], e["title"]) for e in offers] == [
        ("2025-11-21", "OB-9", "Vence la propuesta del acreedor de $ 9.500.000,50 — OB-9 (Ana Gómez)")
    ]
    assert offers[0]["parts"]["amount"] == "9500000.50" and offers[0]["uid"].startswith("offer-")
    rc, out = cli("agenda", "--from", "2025-11-17", "--to", "2025-11-23", as_json=False)
    assert "21/11/2025        Vence la propuesta del acreedor de $ 9.500.000,50 — OB-9 (Ana Gómez)" in out
