"""CGP art. 317 num. 2 on SQLite and PostgreSQL: the period runs from the last actuación of the process.

Worked examples, dates in and expiry out (CO calendar: weekends, holidays, 20 Dec–10 Jan recess,
Holy Week; a year term ends the same day one year later, moved to the next business day, art. 118).
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from legal_desk.db.models import AuditEvent, Case, Deadline
from legal_desk.services import cases, deadlines, tracking
from legal_desk.services.cases import CaseUpdate, PartyUpdate
from legal_desk.services.errors import ValidationFailed
from legal_desk.services.settings import set_setting
from legal_desk.services.users import actor_for
from tests.integration.test_services_legal import assign, handover


def _filed(desk, ref="OB-1", filed_on=dt.date(2025, 3, 4), stage="DEBTOR_SERVED"):
    """A case filed on `filed_on` and now in `stage`, with no other actuación recorded."""
    handover(desk, ref)
    assign(desk, ref)
    with desk.uow() as uow:
        c = uow.session.execute(select(Case).where(Case.account_ref == ref)).scalar_one()
        c.stage, c.filed_on, c.radicado = stage, filed_on, "11001400301220250012300"
        uow.commit()


def _alert(desk, today, ref="OB-1"):
    alerts = deadlines.inactivity_alerts(desk, actor_for(desk, "abogada"), today, within_days=400)
    return next(a for a in alerts if a["account_ref"] == ref)


def _open_317(desk, ref="OB-1"):
    with desk.reading() as s:
        return [
            (d.event_date, d.due)
            for d in s.execute(
                select(Deadline)
                .join(Case, Case.id == Deadline.case_id)
                .where(Case.account_ref == ref, Deadline.rule_code == "INACTIVITY_317", Deadline.status == "open")
            ).scalars()
        ]


def test_filing_starts_the_count_and_internal_edits_do_not_restart_it(desk):
    """Filed Tue 04/03/2025 with nothing since → the year ends Wed 04/03/2026.

    It used to restart on any audited edit: changing the debtor's phone or the case notes today
    pushed the alert a year away although nothing happened in court.
    """
    _filed(desk)
    law = actor_for(desk, "abogada")
    before = _alert(desk, dt.date(2026, 2, 20))
    assert (before["last_activity"], before["last_action"], before["expires"], before["days_left"]) == (
        dt.date(2025, 3, 4),
        "Radicación de la demanda",
        dt.date(2026, 3, 4),
        12,
    )
    with desk.reading() as s:
        debtor_id = s.execute(select(Case)).scalar_one().parties[0].id
    cases.update_party(desk, law, debtor_id, PartyUpdate(phone="+57 300 555 0101", address="Carrera 7 # 12-30"))
    cases.update_case(desk, law, "OB-1", CaseUpdate(notes="Llamar al deudor el lunes"))
    after = _alert(desk, dt.date(2026, 2, 20))
    assert (after["last_activity"], after["expires"]) == (dt.date(2025, 3, 4), dt.date(2026, 3, 4))
    assert deadlines.inactivity_alerts(desk, law, dt.date(2026, 3, 3)) == []
    assert [a["account_ref"] for a in deadlines.inactivity_alerts(desk, law, dt.date(2026, 3, 4))] == ["OB-1"]


def test_each_court_step_interrupts_and_the_317_deadline_follows(desk):
    """Embargo decreed Tue 10/06/2025 → 10/06/2026; a memorial Fri 19/12/2025 → the year ends on Sat
    19/12/2026, in the recess: 11/01/2027 is the Epiphany Monday, so it moves to Tue 12/01/2027."""
    _filed(desk)
    law = actor_for(desk, "abogada")
    embargo = tracking.request_embargo(
        desk, law, "OB-1", asset_type="account", description="Cuenta de ahorros", requested_on=dt.date(2025, 3, 4)
    )
    assert _open_317(desk) == [(dt.date(2025, 3, 4), dt.date(2026, 3, 4))]
    tracking.advance_embargo(desk, law, embargo, "decreed", on=dt.date(2025, 6, 10), oficio_number="0456")
    alert = _alert(desk, dt.date(2026, 6, 1))
    assert (alert["last_activity"], alert["last_action"], alert["expires"]) == (
        dt.date(2025, 6, 10),
        "Auto que decreta la medida cautelar (Cuenta de ahorros)",
        dt.date(2026, 6, 10),
    )
    assert _open_317(desk) == [(dt.date(2025, 6, 10), dt.date(2026, 6, 10))]

    info = deadlines.record_event(
        desk, law, "OB-1", "LAST_ACTION", dt.date(2025, 12, 19), description="Memorial que informa un abono"
    )
    assert [(d.rule_code, d.event_date, d.due) for d in info.deadlines] == [
        ("INACTIVITY_317", dt.date(2025, 12, 19), dt.date(2027, 1, 12))
    ]
    assert "Actuación del proceso: Memorial que informa un abono, 19/12/2025" in info.deadlines[0].explanation
    alert = _alert(desk, dt.date(2027, 1, 1))
    assert (alert["last_action"], alert["expires"]) == (
        "Actuación del proceso: Memorial que informa un abono",
        dt.date(2027, 1, 12),
    )
    # the interrupted terms are kept as met on the day of the actuación that interrupted them
    with desk.reading() as s:
        history = s.execute(
            select(Deadline.event_date, Deadline.status, Deadline.met_on)
            .where(Deadline.rule_code == "INACTIVITY_317")
            .order_by(Deadline.event_date)
        ).all()
    assert [tuple(r) for r in history] == [
        (dt.date(2025, 3, 4), "met", dt.date(2025, 6, 10)),
        (dt.date(2025, 6, 10), "met", dt.date(2025, 12, 19)),
        (dt.date(2025, 12, 19), "open", None),
    ]
    # an event dated before the last actuación does not move the count back
    info = deadlines.record_event(desk, law, "OB-1", "DEBTOR_SERVED", dt.date(2025, 4, 1))
    assert [d.rule_code for d in info.deadlines] == ["PAY", "DEFENCES"]
    assert _open_317(desk) == [(dt.date(2025, 12, 19), dt.date(2027, 1, 12))]
    assert _alert(desk, dt.date(2027, 1, 1))["expires"] == dt.date(2027, 1, 12)


def test_after_an_order_to_proceed_the_period_is_two_years(desk):
    """Lit. b: in execution, a last actuación on Tue 04/03/2025 ends on Thu 04/03/2027, not 2026; changing the
    desk's after-judgment period moves the open term and the alert together."""
    _filed(desk, "OB-1", stage="DEBTOR_SERVED")
    _filed(desk, "OB-2", stage="EXECUTION")
    law = actor_for(desk, "abogada")
    for ref in ("OB-1", "OB-2"):
        deadlines.record_event(desk, law, ref, "LAST_ACTION", dt.date(2025, 3, 4), description="Auto que requiere")
    assert _open_317(desk, "OB-1") == [(dt.date(2025, 3, 4), dt.date(2026, 3, 4))]
    assert _open_317(desk, "OB-2") == [(dt.date(2025, 3, 4), dt.date(2027, 3, 4))]
    one, two = (_alert(desk, dt.date(2026, 3, 1), ref) for ref in ("OB-1", "OB-2"))
    assert (one["period_years"], one["expires"], one["rule"]) == (1, dt.date(2026, 3, 4), "CGP art. 317 num. 2")
    assert (two["period_years"], two["expires"], two["rule"]) == (2, dt.date(2027, 3, 4), "CGP art. 317 num. 2 lit. b")
    with desk.reading() as s:
        text = s.execute(select(Deadline.explanation).where(Deadline.case_id == two["case_id"])).scalar_one()
    assert "(CGP art. 317 num. 2 lit. b)" in text and "lit. c" in text
    set_setting(desk, actor_for(desk, "admin"), "deadlines.inactivity_years_judgment", 3)
    assert _open_317(desk, "OB-2") == [(dt.date(2025, 3, 4), dt.date(2028, 3, 6))]  # Sat 04/03/2028 → Mon
    assert _alert(desk, dt.date(2028, 3, 1), "OB-2")["expires"] == dt.date(2028, 3, 6)
    # the period is the stage's, not typed per actuación
    with pytest.raises(ValidationFailed, match="etapa del caso"):
        deadlines.record_event(
            desk, law, "OB-1", "LAST_ACTION", dt.date(2025, 3, 5), description="x", inactivity_years=2
        )
    with pytest.raises(ValidationFailed, match="Describa la actuación"):
        deadlines.record_event(desk, law, "OB-1", "LAST_ACTION", dt.date(2025, 3, 5))


def test_stage_moves_and_hearings_count_on_their_day_in_court_time(desk):
    """A stage move recorded at 20:30 in Bogotá on Tue 04/03/2025 (01:30 UTC on the 5th) is that day's
    actuación; a hearing held on Tue 10/02/2026 then runs the year to Wed 10/02/2027."""
    _filed(desk, filed_on=dt.date(2025, 2, 3), stage="PAYMENT_ORDER_ISSUED")
    law = actor_for(desk, "abogada")
    cases.move_stage(desk, law, "OB-1", "DEBTOR_SERVED")
    with desk.uow() as uow:
        uow.session.execute(
            update(AuditEvent).where(AuditEvent.action == "case.stage").values(at=dt.datetime(2025, 3, 5, 1, 30))
        )
        uow.commit()
    alert = _alert(desk, dt.date(2026, 3, 1))
    assert alert["last_activity"] == dt.date(2025, 3, 4)
    assert alert["last_action"] == "Cambio de etapa: Mandamiento de pago → Deudor notificado"
    assert cases.get_case_file(desk, law, "OB-1").last_action["expires"] == dt.date(2026, 3, 4)

    hearing = tracking.schedule_hearing(
        desk, law, "OB-1", kind="initial", at=dt.datetime(2026, 2, 10, 9, 0), place="Sala 3"
    )
    tracking.record_hearing_outcome(desk, law, hearing, status="held", outcome="Se decretaron pruebas")
    # entering the hearing in the agenda today is not an actuación; holding it on 10/02/2026 is
    alert = _alert(desk, dt.date(2027, 2, 1))
    assert (alert["last_activity"], alert["last_action"], alert["expires"]) == (
        dt.date(2026, 2, 10),
        "Audiencia inicial (art. 372 CGP) realizada",
        dt.date(2027, 2, 10),
    )
    assert _open_317(desk) == [(dt.date(2026, 2, 10), dt.date(2027, 2, 10))]


def test_the_case_file_shows_the_last_actuacion(desk):
    _filed(desk)
    law = actor_for(desk, "abogada")
    deadlines.record_event(desk, law, "OB-1", "LAST_ACTION", dt.date(2025, 9, 1), description="Solicitud de oficios")
    cf = cases.get_case_file(desk, law, "OB-1")
    assert cf.last_action is not None
    text = cf.last_action.pop("text")  # the label as a catalogue Text an interface words; the same Spanish
    assert str(text) == "Actuación del proceso: Solicitud de oficios"
    assert cf.last_action == {
        "date": dt.date(2025, 9, 1),
        "label": "Actuación del proceso: Solicitud de oficios",
        "expires": dt.date(2026, 9, 1),
        "period_years": 1,
    }
    handover(desk, "OB-2")
    assert cases.get_case_file(desk, actor_for(desk, "admin"), "OB-2").last_action is None  # not filed


def test_alert_and_deadline_agree_across_the_recess_and_warn_ahead(desk):
    """Last actuación Fri 20/12/2024: 20/12/2025 is in the recess, so both the INACTIVITY_317 term and the
    alert say Tue 13/01/2026 (12/01 is the Epiphany Monday); 30 days ahead the case is listed with the days left."""
    _filed(desk, filed_on=dt.date(2024, 10, 1))
    law = actor_for(desk, "abogada")
    info = deadlines.record_event(
        desk, law, "OB-1", "LAST_ACTION", dt.date(2024, 12, 20), description="Auto que ordena oficiar a bancos"
    )
    assert [d.due for d in info.deadlines] == [dt.date(2026, 1, 13)]
    assert deadlines.inactivity_alerts(desk, law, dt.date(2026, 1, 12)) == []
    [due_day] = deadlines.inactivity_alerts(desk, law, dt.date(2026, 1, 13))
    assert (due_day["expires"], due_day["days_left"]) == (dt.date(2026, 1, 13), 0)
    [ahead] = deadlines.inactivity_alerts(desk, law, dt.date(2025, 12, 14), within_days=30)
    assert (ahead["expires"], ahead["days_left"], ahead["days_inactive"]) == (dt.date(2026, 1, 13), 30, 359)
    assert deadlines.inactivity_alerts(desk, law, dt.date(2025, 12, 13), within_days=30) == []


def _as_before_the_317_terms(desk):
    """The database as an older version left it: pending cases with no stored art. 317 term, no mark."""
    from legal_desk.db.models import Setting
    from legal_desk.services.actuaciones import TERMS_STORED_SETTING

    with desk.uow() as uow:
        s = uow.session
        s.execute(Deadline.__table__.delete().where(Deadline.rule_code == "INACTIVITY_317"))
        s.execute(Setting.__table__.delete().where(Setting.key == TERMS_STORED_SETTING))
        s.execute(update(Case).values(next_deadline=None))
        uow.commit()


@pytest.mark.parametrize(
    ("few", "batch"), [(5_000, 50_000), (0, 50_000), (0, 1)], ids=["by_id_lists", "by_one_subquery", "by_batches"]
)
def test_opening_an_upgraded_database_stores_every_pending_case_317_term_once(desk, monkeypatch, few, batch):
    """OB-1 filed Tue 04/03/2025 with nothing since: its year ends Wed 04/03/2026. Before, the term
    was stored only at the case's next actuación (the alert computed it live meanwhile), so the
    Términos list, the agenda and «Próximo término» left the case out after an update.

    OB-2's term from the same filing (Mon 15/01/2024) is already stored and was marked missed when its
    day passed: it is not stored again. An archived case and a case not yet filed get none.
    """
    from legal_desk.config import Config
    from legal_desk.services import actuaciones
    from legal_desk.services.desk import Desk

    # a big desk (more pending cases than _FEW) reads every source once over a subquery: same result
    monkeypatch.setattr(actuaciones, "_FEW", few)
    monkeypatch.setattr(actuaciones, "_BATCH", batch)  # 1: one pending case per round, every round the same work
    _filed(desk)
    _filed(desk, "OB-2", filed_on=dt.date(2024, 1, 15))
    _filed(desk, "OB-3", filed_on=dt.date(2025, 5, 6))
    handover(desk, "OB-4")  # not filed: art. 317 does not run
    _as_before_the_317_terms(desk)
    with desk.uow() as uow:
        s = uow.session
        ob2 = s.execute(select(Case).where(Case.account_ref == "OB-2")).scalar_one()
        s.add(
            Deadline(case_id=ob2.id, rule_code="INACTIVITY_317", label="Desistimiento tácito",
                     event_date=dt.date(2024, 1, 15), due=dt.date(2025, 1, 15), explanation="",
                     status="missed")
        )
        s.execute(update(Case).where(Case.account_ref == "OB-3").values(archived=True))
        uow.commit()
    with desk.reading() as s:
        version = s.execute(select(Case.version).where(Case.account_ref == "OB-1")).scalar_one()
    assert _open_317(desk) == []

    reopened = Desk.open(Config(db_url=desk.config.db_url, store_root=desk.config.store_root))
    try:
        assert _open_317(reopened) == [(dt.date(2025, 3, 4), dt.date(2026, 3, 4))]
        assert _open_317(reopened, "OB-2") == [] and _open_317(reopened, "OB-3") == []
        assert _open_317(reopened, "OB-4") == []
        with reopened.reading() as s:
            c = s.execute(select(Case).where(Case.account_ref == "OB-1")).scalar_one()
            # the stored term names the actuación, and the next deadline follows it without an edit's version
            d = s.execute(select(Deadline).where(Deadline.case_id == c.id)).scalar_one()
            assert (c.next_deadline, c.version) == (dt.date(2026, 3, 4), version)
            assert "Radicación de la demanda" in d.explanation
        # the step runs once: deleting the term by hand and opening again does not bring it back
        with reopened.uow() as uow:
            uow.session.execute(Deadline.__table__.delete().where(Deadline.rule_code == "INACTIVITY_317",
                                                                  Deadline.status == "open"))
            uow.commit()
    finally:
        reopened.close()
    again = Desk.open(Config(db_url=desk.config.db_url, store_root=desk.config.store_root))
    try:
        assert _open_317(again) == []
    finally:
        again.close()


def test_a_backup_from_before_the_stored_317_terms_restores_with_them(desk, tmp_path):
    """The same upgrade step runs on restore: an older backup's pending case gets its term."""
    from legal_desk.services.backup import backup, restore

    _filed(desk)
    _as_before_the_317_terms(desk)
    admin = actor_for(desk, "admin")
    backup(desk, admin, tmp_path / "antigua.zip")
    restore(desk, admin, tmp_path / "antigua.zip", replace=True)
    assert _open_317(desk) == [(dt.date(2025, 3, 4), dt.date(2026, 3, 4))]
