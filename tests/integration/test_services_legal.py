"""Legal services on SQLite and PostgreSQL: closures, deadlines, rates, payments, liquidation, agenda, limitation."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select

from legal_desk.db.models import Case, Deadline, Instalment, Payment, PaymentAgreement
from legal_desk.services import agenda as ag
from legal_desk.services import calendars, cases, deadlines, payments, rates, tracking
from legal_desk.services.cases import CaseUpdate, DebtInput, HandoverInput, PartyInput
from legal_desk.services.errors import NotFound, PermissionDenied, ValidationFailed
from legal_desk.services.users import actor_for

RATES_CSV = "desde;hasta;tasa_efectiva_anual\n2024-03-01;2024-03-31;30,00\n2024-04-01;2024-04-30;32,00\n"


def handover(desk, ref="OB-1", due=dt.date(2024, 2, 29), capital="12.500.000,00", title="pagare"):
    col = actor_for(desk, "cobranza")
    return cases.hand_over_case(
        desk,
        col,
        HandoverInput(
            account_ref=ref,
            debtor=PartyInput(f"Deudor {ref}", "CC", "52123456", address="Calle 1", city="Bogotá D.C."),
            debt=DebtInput(capital=capital, due_date=due, title_type=title),
        ),
    )


def assign(desk, ref, lawyer="abogada", court="Juzgado 12 Civil Municipal de Bogotá", costs=None):
    admin = actor_for(desk, "admin")
    law = actor_for(desk, lawyer)
    cases.update_case(desk, admin, ref, CaseUpdate(lawyer_id=law.user_id, court=court, costs=costs))


def rates_file(tmp_path: Path, text: str = RATES_CSV, name: str = "tasas.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ------------------------------------------------------------------ events, deadlines, closures


def test_event_292_worked_example_5(desk):
    """DOMAIN §9 ex. 5: notice delivered 2025-11-13 → served 11-14, copies 11-20, defences 2025-12-04."""
    handover(desk)
    assign(desk, "OB-1")
    law = actor_for(desk, "abogada")
    info = deadlines.record_event(desk, law, "OB-1", "NOTICE_292_DELIVERED", dt.date(2025, 11, 13))
    dues = {d.rule_code: d.due for d in info.deadlines}
    assert dues == {
        "SERVED_292": dt.date(2025, 11, 14),
        "COPIES_91": dt.date(2025, 11, 20),
        "PAY": dt.date(2025, 11, 27),
        "DEFENCES": dt.date(2025, 12, 4),
    }
    copies = next(d for d in info.deadlines if d.rule_code == "COPIES_91")
    assert "CGP art. 91" in copies.explanation and "17/11/2025" in copies.explanation
    assert copies.label == "Retiro de copias del traslado"
    with desk.reading() as s:
        assert s.execute(select(Case.next_deadline).where(Case.account_ref == "OB-1")).scalar() == dt.date(2025, 11, 14)
    with pytest.raises(ValidationFailed, match="Evento desconocido"):
        deadlines.record_event(desk, law, "OB-1", "NOPE", dt.date(2025, 11, 13))
    # A typo in the year (2030 for 2025) used to create deadlines in 2030 without a word.
    today = dt.date(2025, 11, 20)
    with pytest.raises(ValidationFailed, match=r"el 13/11/2030 es posterior a hoy \(20/11/2025\)"):
        deadlines.record_event(desk, law, "OB-1", "DEBTOR_SERVED", dt.date(2030, 11, 13), today=today)
    with pytest.raises(ValidationFailed, match="Acuse de recibo: el 21/11/2025 es posterior a hoy"):
        deadlines.record_event(
            desk,
            law,
            "OB-1",
            "EMAIL_SERVICE_SENT",
            dt.date(2025, 11, 13),
            today=today,
            receipt_on=dt.date(2025, 11, 21),
        )
    same_day = deadlines.record_event(desk, law, "OB-1", "DEBTOR_SERVED", today, today=today)
    assert [d.due for d in same_day.deadlines] == [dt.date(2025, 11, 27), dt.date(2025, 12, 4)]
    with pytest.raises(PermissionDenied):
        deadlines.record_event(desk, actor_for(desk, "cobranza"), "OB-1", "INADMISSION", dt.date(2025, 11, 13))


def test_past_due_open_deadline_is_listed_as_missed(desk):
    """Served Thu 2025-11-13: PAY due Fri 11-21, DEFENCES due Fri 11-28; on Mon 11-24 PAY is overdue.

    Nothing runs `refresh_statuses` in everyday use, so the stored status of PAY stays «open»: the
    list used to say «open» for it and `status="missed"` left it out. The list now reports the
    status in force on `today`: PAY missed, DEFENCES still open, and the filters agree.
    """
    handover(desk)
    assign(desk, "OB-1")
    law = actor_for(desk, "abogada")
    deadlines.record_event(desk, law, "OB-1", "DEBTOR_SERVED", dt.date(2025, 11, 13))
    first, last, today = dt.date(2025, 11, 1), dt.date(2025, 12, 31), dt.date(2025, 11, 24)
    rows = deadlines.list_deadlines(desk, law, first, last, today=today)
    assert [(d.rule_code, d.due, d.status) for d in rows] == [
        ("PAY", dt.date(2025, 11, 21), "missed"),
        ("DEFENCES", dt.date(2025, 11, 28), "open"),
    ]
    missed = deadlines.list_deadlines(desk, law, first, last, status="missed", today=today)
    assert [d.rule_code for d in missed] == ["PAY"]
    still_open = deadlines.list_deadlines(desk, law, first, last, status="open", today=today)
    assert [d.rule_code for d in still_open] == ["DEFENCES"]
    # On the due date itself the term is still open.
    on_due = deadlines.list_deadlines(desk, law, first, last, status="open", today=dt.date(2025, 11, 21))
    assert [d.rule_code for d in on_due] == ["PAY", "DEFENCES"]
    met = deadlines.mark_deadline_met(desk, law, rows[1].deadline_id, dt.date(2025, 11, 25))
    assert met.status == "met"
    done = deadlines.list_deadlines(desk, law, first, last, status="met", today=dt.date(2025, 12, 15))
    assert [(d.rule_code, d.status) for d in done] == [("DEFENCES", "met")]


def test_closure_recomputes_open_deadlines(desk):
    handover(desk)
    assign(desk, "OB-1")
    law = actor_for(desk, "abogada")
    deadlines.record_event(desk, law, "OB-1", "DEBTOR_SERVED", dt.date(2025, 11, 13))
    listed = deadlines.list_deadlines(desk, law, dt.date(2025, 11, 1), dt.date(2025, 12, 31))
    # 5 days from Thu 13 Nov (17 Nov holiday) → 21 Nov; 10 days → 28 Nov.
    assert [(d.rule_code, d.due) for d in listed] == [
        ("PAY", dt.date(2025, 11, 21)),
        ("DEFENCES", dt.date(2025, 11, 28)),
    ]
    pay = listed[0]
    deadlines.mark_deadline_met(desk, law, pay.deadline_id, dt.date(2025, 11, 20))
    admin = actor_for(desk, "admin")
    info = calendars.add_closure(desk, admin, "CO", dt.date(2025, 11, 18), dt.date(2025, 11, 19), "Paro judicial")
    assert info.changed == 1  # the met PAY deadline is history: only DEFENCES moves
    after = {d.rule_code: d for d in deadlines.list_deadlines(desk, law, dt.date(2025, 11, 1), dt.date(2025, 12, 31))}
    assert after["DEFENCES"].due == dt.date(2025, 12, 2)
    assert "cierre: Paro judicial" in after["DEFENCES"].explanation
    assert after["PAY"].due == dt.date(2025, 11, 21) and after["PAY"].status == "met"
    with desk.reading() as s:
        assert s.execute(select(Case.next_deadline).where(Case.account_ref == "OB-1")).scalar() == dt.date(2025, 12, 2)
    # A closure for another court changes nothing; removing ours moves the term back.
    other = calendars.add_closure(
        desk, admin, "CO", dt.date(2025, 11, 24), dt.date(2025, 11, 24), "Falla", court="Juzgado 1 Civil de Cali"
    )
    assert other.changed == 0
    assert [c.closure_id for c in calendars.list_closures(desk, "CO")] == [info.closure_id, other.closure_id]
    assert calendars.remove_closure(desk, admin, info.closure_id) == 1
    assert deadlines.list_deadlines(desk, law, dt.date(2025, 11, 28), dt.date(2025, 11, 28))[0].rule_code == "DEFENCES"
    with pytest.raises(ValidationFailed, match="antes de empezar"):
        calendars.add_closure(desk, admin, "CO", dt.date(2025, 11, 20), dt.date(2025, 11, 19), "x")
    with pytest.raises(PermissionDenied):
        calendars.add_closure(
            desk, actor_for(desk, "dependiente"), "CO", dt.date(2025, 11, 20), dt.date(2025, 11, 20), "x"
        )
    with pytest.raises(NotFound):
        calendars.remove_closure(desk, admin, 9999)


def test_add_days_setting_and_statuses(desk):
    admin = actor_for(desk, "admin")
    res = calendars.add_days(desk, "CO", dt.date(2026, 3, 27), 5)
    assert res["due"] == dt.date(2026, 4, 10) and res["jurisdiction"] == "CO"
    assert {"date": dt.date(2026, 3, 30), "reason": res["skipped"][2]["reason"]} in res["skipped"]
    handover(desk)
    assign(desk, "OB-1")
    deadlines.record_event(desk, actor_for(desk, "abogada"), "OB-1", "INADMISSION", dt.date(2026, 3, 27))
    assert calendars.set_calendar_setting(desk, admin, "calendar.holy_week_closed", False) == 1
    assert calendars.add_days(desk, "CO", dt.date(2026, 3, 27), 5)["due"] == dt.date(2026, 4, 7)
    assert calendars.calendar_setting_values(desk)["calendar.holy_week_closed"] is False
    with pytest.raises(ValidationFailed):
        calendars.set_calendar_setting(desk, admin, "calendar.nope", True)
    assert deadlines.refresh_statuses(desk, dt.date(2026, 4, 8)) == 1
    with desk.reading() as s:
        assert s.execute(select(Deadline.status)).scalar() == "missed"
        assert s.execute(select(Case.next_deadline)).scalar() is None


def test_recompute_all_and_limitation(desk):
    """DOMAIN §9 ex. 6: pagaré due 2022-06-15 prescribes Sun 2025-06-15 → Mon 06-16; a closure moves it."""
    handover(desk, due=dt.date(2022, 6, 15))
    with desk.reading() as s:
        assert s.execute(select(Case.limitation_date)).scalar() == dt.date(2025, 6, 16)
    admin = actor_for(desk, "admin")
    closure = calendars.add_closure(desk, admin, "CO", dt.date(2025, 6, 16), dt.date(2025, 6, 16), "Paro")
    with desk.reading() as s:
        assert s.execute(select(Case.limitation_date)).scalar() == dt.date(2025, 6, 17)
    calendars.remove_closure(desk, admin, closure.closure_id)
    with desk.reading() as s:
        assert s.execute(select(Case.limitation_date)).scalar() == dt.date(2025, 6, 16)
    assert deadlines.recompute_all(desk, admin) == 0
    with pytest.raises(PermissionDenied):
        deadlines.recompute_all(desk, actor_for(desk, "dependiente"))


def test_serving_the_debtor_meets_the_art_94_year(desk):
    """The art. 94 year to serve stayed «open» after the debtor was served and turned «vencido sin cumplir»
    a year later: a false alarm on every served case. A service event now meets it on the service day."""
    handover(desk)
    assign(desk, "OB-1")
    handover(desk, "OB-2")
    assign(desk, "OB-2")
    law = actor_for(desk, "abogada")
    for ref in ("OB-1", "OB-2"):
        info = deadlines.record_event(desk, law, ref, "PAYMENT_ORDER_NOTIFIED_CREDITOR", dt.date(2025, 3, 4))
        assert [(d.rule_code, d.due) for d in info.deadlines] == [("SERVE_DEBTOR", dt.date(2026, 3, 4))]
    deadlines.record_event(desk, law, "OB-1", "DEBTOR_SERVED", dt.date(2025, 6, 10))
    # Notice delivered Thu 13/11/2025: service is complete at the end of Fri 14/11 (art. 292).
    deadlines.record_event(desk, law, "OB-2", "NOTICE_292_DELIVERED", dt.date(2025, 11, 13))
    with desk.reading() as s:
        rows = s.execute(
            select(Case.account_ref, Deadline.status, Deadline.met_on)
            .join(Case, Case.id == Deadline.case_id)
            .where(Deadline.rule_code == "SERVE_DEBTOR")
            .order_by(Case.account_ref)
        ).all()
    assert [tuple(r) for r in rows] == [
        ("OB-1", "met", dt.date(2025, 6, 10)),
        ("OB-2", "met", dt.date(2025, 11, 14)),
    ]
    # the debtor's own terms (2 after personal service, 4 after the notice), not art. 94
    assert deadlines.refresh_statuses(desk, dt.date(2026, 6, 1)) == 6


def test_counting_year_terms_from_the_next_day_is_a_setting_that_recomputes(desk):
    """Switching the art. 118 reading moves open year terms by a day and says so; the limitation stays."""
    handover(desk, due=dt.date(2022, 6, 15))
    assign(desk, "OB-1")
    law = actor_for(desk, "abogada")
    deadlines.record_event(desk, law, "OB-1", "PAYMENT_ORDER_NOTIFIED_CREDITOR", dt.date(2025, 3, 4))
    admin = actor_for(desk, "admin")
    assert calendars.calendar_setting_values(desk)["calendar.calendar_terms_from_next_day"] is False
    assert calendars.set_calendar_setting(desk, admin, "calendar.calendar_terms_from_next_day", True) == 1
    with desk.reading() as s:
        due, text = s.execute(select(Deadline.due, Deadline.explanation)).one()
        assert s.execute(select(Case.limitation_date)).scalar() == dt.date(2025, 6, 16)
    assert due == dt.date(2026, 3, 5)
    assert "desde el día siguiente a la notificación por estado" in text and "(05/03/2025)" in text


# ------------------------------------------------------------------ rates, payments, liquidation


def test_rates_import_history_and_refusals(desk, tmp_path):
    admin = actor_for(desk, "admin")
    with pytest.raises(NotFound, match="rates import"):
        rates.current_rate_table(desk, "CO")
    info = rates.import_rates(desk, admin, rates_file(tmp_path))
    assert (info.periods, info.first_day, info.last_day) == (2, dt.date(2024, 3, 1), dt.date(2024, 4, 30))
    table = rates.current_rate_table(desk, "CO")
    assert table.rate_on(dt.date(2024, 4, 15)) == Decimal("32.0000")
    bad = rates_file(
        tmp_path,
        "desde,hasta,tasa_efectiva_anual\n2024-05-01,2024-05-31,31.5\n2024-05-15,2024-06-30,31\n"
        "2024-07-01,2024-07-31,-2\n2024-13-01,2024-08-31,30\n",
        "malas.csv",
    )
    with pytest.raises(ValidationFailed) as exc:
        rates.import_rates(desk, admin, bad)
    lines = {(line, col) for line, col, _ in exc.value.errors}
    assert {(3, "desde"), (4, "tasa_efectiva_anual"), (5, "desde")} <= lines
    assert "negativa" in " ".join(m for _, _, m in exc.value.errors)
    assert len(rates.rate_history(desk, "CO")) == 1  # the refused file left nothing behind
    rates.import_rates(desk, admin, rates_file(tmp_path, RATES_CSV.replace("32,00", "33,00"), "v2.csv"))
    history = rates.rate_history(desk, "CO")
    assert [h.filename for h in history] == ["v2.csv", "tasas.csv"] and history[0].current
    assert rates.current_rate_table(desk, "CO").rate_on(dt.date(2024, 4, 15)) == Decimal("33.0000")
    with pytest.raises(PermissionDenied):
        rates.import_rates(desk, actor_for(desk, "dependiente"), rates_file(tmp_path))


def test_payment_allocation_and_liquidation(desk, tmp_path):
    """Costs 500,000 → March interest 278,637.54 → capital 221,362.46 (12.5 M at 30 % EA, 31 days)."""
    admin = actor_for(desk, "admin")
    rates.import_rates(desk, admin, rates_file(tmp_path))
    handover(desk)
    assign(desk, "OB-1", costs=Decimal("500000"))
    para = actor_for(desk, "dependiente")
    res = payments.add_payment(desk, para, "OB-1", dt.date(2024, 3, 31), "1.000.000", reference="CONSIG-1")
    assert (res.to_costs, res.to_interest, res.to_capital) == (
        Decimal("500000.00"),
        Decimal("278637.54"),
        Decimal("221362.46"),
    )
    assert res.recovered == Decimal("1000000.00")
    liq = payments.liquidation(desk, para, "OB-1", dt.date(2024, 4, 10))
    js = liq.to_json()
    assert {"as_of", "capital", "interest", "payments", "costs", "total", "periods"} <= set(js)
    assert js["capital"] == "12278637.54" and js["interest"] == "93431.13" and js["total"] == "12372068.67"
    assert js["payments"] == "1000000.00" and js["costs"] == "0.00"
    assert [(p["from"], p["to"], p["days"], p["interest"]) for p in js["periods"]] == [
        ("2024-03-01", "2024-03-31", 31, "278637.54"),
        ("2024-04-01", "2024-04-10", 10, "93431.13"),
    ]
    with pytest.raises(ValidationFailed, match="no cubre el 01/05/2024"):
        payments.liquidation(desk, para, "OB-1", dt.date(2024, 5, 10))
    with pytest.raises(ValidationFailed, match="no cubre el 01/05/2024"):
        payments.add_payment(desk, para, "OB-1", dt.date(2024, 5, 2), "100")
    with pytest.raises(ValidationFailed, match="mayor que cero"):
        payments.add_payment(desk, para, "OB-1", dt.date(2024, 4, 2), "0")
    with desk.reading() as s:
        assert s.execute(select(Payment.amount)).scalars().all() == [Decimal("1000000.00")]


def test_payment_dated_after_today_is_refused(desk, tmp_path):
    """Today 2024-04-05: a payment dated 2024-04-06 has not been received yet and is refused.

    It used to be accepted whenever the rate table covered its date (and refused with a misleading
    «la tabla de tasas no cubre…» when it did not), and then reduced the debt in every liquidation
    from that date on. A payment of today is accepted.
    """
    rates.import_rates(desk, actor_for(desk, "admin"), rates_file(tmp_path))
    handover(desk)
    assign(desk, "OB-1")
    para = actor_for(desk, "dependiente")
    today = dt.date(2024, 4, 5)
    with pytest.raises(ValidationFailed, match=r"el 06/04/2024 es posterior a hoy \(05/04/2024\)"):
        payments.add_payment(desk, para, "OB-1", dt.date(2024, 4, 6), "100.000", today=today)
    res = payments.add_payment(desk, para, "OB-1", today, "100.000", today=today)
    assert res.to_interest == Decimal("100000.00") and res.to_capital == Decimal("0.00")


def test_payment_pays_agreement_instalments(desk, tmp_path):
    admin = actor_for(desk, "admin")
    rates.import_rates(desk, admin, rates_file(tmp_path))
    handover(desk)
    law = actor_for(desk, "abogada")
    assign(desk, "OB-1")
    agreement = tracking.record_agreement(
        desk,
        law,
        "OB-1",
        signed_on=dt.date(2024, 3, 1),
        instalments=[(dt.date(2024, 3, 10), "300000"), (dt.date(2024, 4, 10), "300000")],
    )
    first = payments.add_payment(desk, law, "OB-1", dt.date(2024, 3, 10), "450000")
    assert first.instalments_paid == 1 and first.agreement_status == "active"
    second = payments.add_payment(desk, law, "OB-1", dt.date(2024, 4, 10), "150000")
    assert second.instalments_paid == 1 and second.agreement_status == "kept"
    with desk.reading() as s:
        paid = s.execute(select(Instalment.paid_amount, Instalment.paid_on).order_by(Instalment.due_date)).all()
        assert paid == [
            (Decimal("300000.00"), dt.date(2024, 3, 10)),
            (Decimal("300000.00"), dt.date(2024, 4, 10)),
        ]
        assert s.get(PaymentAgreement, agreement).status == "kept"
        assert s.execute(select(Case.recovered)).scalar() == Decimal("600000.00")


def test_settlement_closes_when_every_instalment_is_paid(desk, tmp_path):
    """SETTLEMENT_ACTIVE → CLOSED_SETTLED on the last instalment, with «levantar medidas» if one is in force."""
    from legal_desk.services import cases

    admin = actor_for(desk, "admin")
    rates.import_rates(desk, admin, rates_file(tmp_path))
    handover(desk)
    law = actor_for(desk, "abogada")
    assign(desk, "OB-1")
    eid = tracking.request_embargo(
        desk, law, "OB-1", asset_type="salary", description="Salario en Empresa X", requested_on=dt.date(2024, 1, 15)
    )
    tracking.advance_embargo(desk, law, eid, "decreed", on=dt.date(2024, 2, 1))
    tracking.record_agreement(
        desk,
        law,
        "OB-1",
        signed_on=dt.date(2024, 3, 1),
        instalments=[(dt.date(2024, 3, 10), "300000"), (dt.date(2024, 4, 10), "300000")],
    )
    cases.move_stage(desk, law, "OB-1", "SETTLEMENT_ACTIVE")
    payments.add_payment(desk, law, "OB-1", dt.date(2024, 3, 10), "300000")
    assert cases.get_case_file(desk, law, "OB-1").stage == "SETTLEMENT_ACTIVE"
    payments.add_payment(desk, law, "OB-1", dt.date(2024, 4, 10), "300000")
    cf = cases.get_case_file(desk, law, "OB-1")
    assert cf.stage == "CLOSED_SETTLED"
    assert [t["kind"] for t in cf.tasks if t["blocking"]] == ["lift_measures"]
    assert cf.reopen_stages  # closed, but never deleted: it can be reopened


# ------------------------------------------------------------------ agenda, ICS, limitation watch


def test_agenda_conflicts_and_ics(desk, tmp_path):
    handover(desk, "OB-1")
    handover(desk, "OB-2")
    handover(desk, "OB-3")
    for ref in ("OB-1", "OB-2"):
        assign(desk, ref)
    law = actor_for(desk, "abogada")
    at = dt.datetime(2025, 11, 20, 9, 0)
    # the cases are not filed yet: a warning each, confirmed
    h1 = tracking.schedule_hearing(desk, law, "OB-1", kind="initial", at=at, place="Sala 3", confirm=True)
    h2 = tracking.schedule_hearing(
        desk, law, "OB-2", kind="instruction", at=at + dt.timedelta(minutes=30), place="Sala 5", confirm=True
    )  # over the lawyer's hearing of OB-1: saved only when confirmed
    tracking.schedule_hearing(
        desk, law, "OB-2", kind="conciliation", at=at + dt.timedelta(hours=3), link="https://x", confirm=True
    )
    deadlines.record_event(desk, law, "OB-1", "INADMISSION", dt.date(2025, 11, 13))
    entries = ag.agenda(desk, law, dt.date(2025, 11, 1), dt.date(2025, 11, 30))
    assert [(e.kind, e.account_ref) for e in entries] == [
        ("hearing", "OB-1"),
        ("hearing", "OB-2"),
        ("hearing", "OB-2"),
        ("deadline", "OB-1"),
    ]
    assert entries[3].start == dt.date(2025, 11, 21) and entries[0].debtor == "Deudor OB-1"
    flagged = {e.item_id for e in entries if e.conflict}
    assert flagged == {h1, h2}
    pairs = ag.conflicts(entries)
    assert [(a.item_id, b.item_id) for a, b in pairs] == [(h1, h2)]
    # Another lawyer's default view is empty; the admin sees the team.
    assert ag.agenda(desk, actor_for(desk, "admin"), dt.date(2025, 11, 1), dt.date(2025, 11, 30)) == entries
    res = ag.export_ics(desk, law, dt.date(2025, 11, 1), dt.date(2025, 11, 30), tmp_path / "agenda.ics")
    assert (res["events"], res["hearings"], res["deadlines"], res["conflicts"]) == (4, 3, 1, 2)
    parsed = Calendar.from_ical((tmp_path / "agenda.ics").read_bytes())
    events = {str(e["uid"]): e for e in parsed.walk("VEVENT")}
    assert set(events) == {e.uid for e in entries}
    first = events[f"hearing-{h1}@legal_desk"]
    assert first.decoded("dtstart") == at.replace(tzinfo=first.decoded("dtstart").tzinfo)
    assert str(first["summary"]).startswith("¡CRUCE!") and str(first["location"]) == "Sala 3"
    deadline_event = next(e for e in parsed.walk("VEVENT") if str(e["uid"]).startswith("deadline-"))
    assert deadline_event.decoded("dtstart") == dt.date(2025, 11, 21)
    with pytest.raises(ValidationFailed):
        ag.agenda(desk, law, dt.date(2025, 12, 1), dt.date(2025, 11, 1))


def test_limitation_watch_ordering(desk):
    handover(desk, "OB-FAR", due=dt.date(2023, 6, 1))  # 2026-06-01
    handover(desk, "OB-90", due=dt.date(2022, 9, 26))  # Fri 2025-09-26, 87 days
    handover(desk, "OB-30", due=dt.date(2022, 7, 21))  # 2025-07-21
    handover(desk, "OB-OLD", due=dt.date(2022, 3, 1))  # 2025-03-03 (1 Mar is a Saturday)
    handover(desk, "OB-180", due=dt.date(2022, 12, 1))  # 2025-12-01
    admin = actor_for(desk, "admin")
    rows = ag.limitation_watch(desk, admin, dt.date(2025, 7, 1))
    assert [(r.account_ref, r.alert) for r in rows] == [("OB-OLD", 0), ("OB-30", 30), ("OB-90", 90), ("OB-180", 180)]
    assert rows[1].limitation_date == dt.date(2025, 7, 21) and rows[1].days_left == 20
    assert [r.account_ref for r in ag.limitation_watch(desk, admin, dt.date(2025, 7, 1), within_days=30)] == [
        "OB-OLD",
        "OB-30",
    ]


def test_a_deadline_keeps_its_explanation_as_data_for_the_interface_language(desk):
    """The stored Spanish text (CLI) is unchanged; the parts word it in English; an older row without
    parts falls back to its Spanish text, and recomputing fills its parts in without counting it as moved."""
    handover(desk)
    assign(desk, "OB-1")
    law = actor_for(desk, "abogada")
    info = deadlines.record_event(desk, law, "OB-1", "NOTICE_292_DELIVERED", dt.date(2025, 12, 18))
    copies = info.deadlines[1]
    assert copies.explanation.startswith("3 días hábiles desde el día siguiente a la notificación por aviso (19/")
    assert "explanation_parts" not in copies.to_json()  # the CLI's JSON keeps its contract
    english = copies.explanation_in("en")
    assert english.startswith("3 business days from the day after service by notice (19/12/2025) (CGP art. 91)")
    assert "(holiday: Christmas Day)" in english and "(judicial recess)" in english
    assert copies.explanation_in("es") == copies.explanation
    window = (dt.date(2025, 12, 1), dt.date(2026, 2, 28))
    listed = deadlines.list_deadlines(desk, law, *window, today=dt.date(2025, 12, 19))
    assert [d.explanation_in("en") for d in listed if d.rule_code == "COPIES_91"] == [english]
    case = cases.get_case_file(desk, law, "OB-1")
    assert case.deadlines[0]["explanation_parts"]["kind"] == "served_292"
    entries = ag.agenda(desk, law, dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert [deadlines.explanation_in(e.detail, e.parts, "en") for e in entries if e.code == "COPIES_91"] == [english]

    with desk.uow() as uow:  # a row stored before the parts were kept
        uow.session.execute(Deadline.__table__.update().values(explanation_parts=None))
        uow.commit()
    old = deadlines.list_deadlines(desk, law, *window, today=dt.date(2025, 12, 19))
    assert all(d.explanation_parts is None and d.explanation_in("en") == d.explanation for d in old)
    assert deadlines.recompute_all(desk, actor_for(desk, "admin")) == 0  # nothing moved
    refilled = deadlines.list_deadlines(desk, law, *window, today=dt.date(2025, 12, 19))
    assert [d.explanation_in("en") for d in refilled if d.rule_code == "COPIES_91"] == [english]
    assert [d.explanation for d in refilled] == [d.explanation for d in old]
def _stored_splits(desk, ref="OB-1"):
    with desk.reading() as s:
        return [
            (p.to_costs, p.to_interest, p.to_capital)
            for p in s.execute(
                select(Payment)
                .join(Case, Case.id == Payment.case_id)
                .where(Case.account_ref == ref)
                .order_by(Payment.date)
            ).scalars()
        ]


def _liquidation_splits(desk, actor, as_of, ref="OB-1"):
    liq = payments.liquidation(desk, actor, ref, as_of)
    return [(a.to_costs, a.to_interest, a.to_capital) for a in liq.allocations], liq.capital_outstanding


def test_stored_payment_splits_follow_every_change_the_liquidation_depends_on(desk, tmp_path):
    """The split stored with each payment (read by «Saldo de capital» in the docket, its export and summary, the
    payments tab and `case show`) is re-applied when the agreed rate, the costs, the capital, the due date, the rate
    table or the day basis changes. It used to keep the split of the day the payment was recorded: after agreeing
    a 12 % rate the export still said 11.734.824,61 of capital while the liquidation said less."""
    from legal_desk.services import reports, settings
    from legal_desk.services.reports import CaseQuery

    admin, para = actor_for(desk, "admin"), actor_for(desk, "dependiente")
    rates.import_rates(desk, admin, rates_file(tmp_path))
    handover(desk)
    assign(desk, "OB-1")
    payments.add_payment(desk, para, "OB-1", dt.date(2024, 3, 15), "1.000.000")
    payments.add_payment(desk, para, "OB-1", dt.date(2024, 4, 5), "500.000")
    as_of = dt.date(2024, 4, 10)

    def agree() -> Decimal:
        splits, capital = _liquidation_splits(desk, para, as_of)
        assert _stored_splits(desk) == splits
        balance = reports.portfolio_summary(desk, admin, CaseQuery()).currency_totals()["COP"].balance
        assert balance == capital == Decimal("12500000.00") - sum(s[2] for s in splits)
        return capital

    # 12.500.000 × d(30 %) × 15 = 134.824,61 of interest on 15/03: 865.175,39 to capital
    assert _stored_splits(desk)[0] == (Decimal("0.00"), Decimal("134824.61"), Decimal("865175.39"))
    first = agree()
    cases.update_case(desk, admin, "OB-1", CaseUpdate(agreed_rate=Decimal("12")))
    # 12.500.000 × ((1,12)^(1/365) − 1 = 0,000310537755…) × 15 = 58.225,829… → 58.225,83: 941.774,17 to capital
    assert _stored_splits(desk)[0] == (Decimal("0.00"), Decimal("58225.83"), Decimal("941774.17"))
    second = agree()
    assert second < first
    cases.update_case(desk, admin, "OB-1", CaseUpdate(costs=Decimal("200000")))
    assert _stored_splits(desk)[0][0] == Decimal("200000.00")
    agree()
    cases.update_case(desk, admin, "OB-1", CaseUpdate(capital=Decimal("13000000")))
    splits, _capital = _liquidation_splits(desk, para, as_of)
    assert _stored_splits(desk) == splits
    cases.update_case(desk, admin, "OB-1", CaseUpdate(due_date=dt.date(2024, 3, 15)))
    # due 15/03: the first payment, on the due date, pays costs and then only capital
    assert _stored_splits(desk)[0] == (Decimal("200000.00"), Decimal("0.00"), Decimal("800000.00"))
    settings.set_setting(desk, admin, "interest.day_basis", "360")
    splits, _capital = _liquidation_splits(desk, para, as_of)
    assert _stored_splits(desk) == splits
    before = _stored_splits(desk)
    info = rates.import_rates(desk, admin, rates_file(tmp_path, RATES_CSV.replace("30,00", "10,00"), "v2.csv"))
    assert info.not_reapplied == ()
    assert _stored_splits(desk) != before
    splits, _capital = _liquidation_splits(desk, para, as_of)
    assert _stored_splits(desk) == splits
    # a table that no longer covers the case leaves its splits and says which case it could not re-apply
    before = _stored_splits(desk)
    short = rates.import_rates(
        desk, admin, rates_file(tmp_path, "desde;hasta;tasa_efectiva_anual\n2024-04-01;2024-04-30;25\n", "v3.csv")
    )
    assert short.not_reapplied == ("OB-1",) and short.to_json()["not_reapplied"] == ["OB-1"]
    assert _stored_splits(desk) == before
    with pytest.raises(ValidationFailed, match="no cubre el 16/03/2024"):
        payments.liquidation(desk, para, "OB-1", as_of)


def test_agreed_rate_can_be_removed_and_the_table_applies_again(desk, tmp_path):
    """A rate typed by mistake could never be removed (only replaced), so the liquidation stayed capped at it."""
    admin = actor_for(desk, "admin")
    rates.import_rates(desk, admin, rates_file(tmp_path))
    handover(desk)
    cases.update_case(desk, admin, "OB-1", CaseUpdate(agreed_rate=Decimal("12")))
    as_of = dt.date(2024, 4, 10)
    assert {s.annual_rate for s in payments.liquidation(desk, admin, "OB-1", as_of).stretches} == {Decimal("12")}
    with pytest.raises(ValidationFailed, match="no ambas"):
        cases.update_case(desk, admin, "OB-1", CaseUpdate(agreed_rate=Decimal("10"), clear_agreed_rate=True))
    cf = cases.update_case(desk, admin, "OB-1", CaseUpdate(clear_agreed_rate=True))
    assert cf.agreed_rate is None
    liq = payments.liquidation(desk, admin, "OB-1", as_of)
    # back to DOMAIN §9 example 8: 278.637,54 (30 %, March) + 95.115,53 (32 %, April 1–10)
    assert [(s.annual_rate, s.interest) for s in liq.stretches] == [
        (Decimal("30.0000"), Decimal("278637.54")),
        (Decimal("32.0000"), Decimal("95115.53")),
    ]


def test_a_day_basis_other_than_365_or_360_is_refused_where_it_is_written_and_where_it_is_read(sqlite_desk, tmp_path):
    """A liquidation knows only the 365- and 360-day bases (DOMAIN.md); 300 stored in the settings (a row
    written by hand, an old copy) used to be read as a basis and reach the liquidation."""
    from legal_desk.db.models import Setting
    from legal_desk.services import settings
    from legal_desk.services.legal import put_setting

    desk = sqlite_desk
    admin = actor_for(desk, "admin")
    rates.import_rates(desk, admin, rates_file(tmp_path))
    handover(desk)
    assign(desk, "OB-1")
    with pytest.raises(ValidationFailed, match="La base de días debe ser 365 o 360, no «300»"):
        settings.set_setting(desk, admin, "interest.day_basis", "300")
    with desk.uow() as uow, pytest.raises(ValidationFailed, match="no «300»"):
        put_setting(uow.session, "interest.day_basis", "300")
    with desk.uow() as uow:
        uow.session.merge(Setting(key="interest.day_basis", value="300"))  # bypassing the services
        uow.commit()
    stored = re.escape("La base de días configurada «300» no es válida (use 365 o 360)")
    with desk.reading() as s, pytest.raises(ValidationFailed, match=stored):
        payments.day_basis(s)
    para = actor_for(desk, "dependiente")
    with pytest.raises(ValidationFailed, match=stored):
        payments.liquidation(desk, para, "OB-1", dt.date(2024, 4, 10))
    with pytest.raises(ValidationFailed, match=stored):
        payments.add_payment(desk, para, "OB-1", dt.date(2024, 3, 31), "1.000.000")
    assert settings.set_setting(desk, admin, "interest.day_basis", " 360 ") == "360"
    with desk.reading() as s:
        assert payments.day_basis(s) == 360
    assert payments.liquidation(desk, para, "OB-1", dt.date(2024, 4, 10)).day_basis == 360
