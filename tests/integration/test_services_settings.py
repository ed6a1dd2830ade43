"""Desk-wide settings writer on SQLite and PostgreSQL: validation, permissions, audit, effect on services."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from legal_desk.db.models import AuditEvent, Case
from legal_desk.services import cases, deadlines
from legal_desk.services.cases import CaseUpdate, DebtInput, HandoverInput, PartyInput
from legal_desk.services.errors import PermissionDenied, ValidationFailed
from legal_desk.services.settings import desk_settings, set_setting
from legal_desk.services.users import actor_for


def test_defaults_and_changes_are_stored_and_audited(desk):
    assert desk_settings(desk) == {
        "calendar.holy_week_closed": "1",
        "calendar.rama_judicial_day_closed": "1",
        "calendar.extend_to_business_day": "1",
        "calendar.calendar_terms_from_next_day": "0",
        "interest.day_basis": "365",
        "deadlines.inactivity_years": "1",
        "deadlines.inactivity_years_judgment": "2",
    }
    admin = actor_for(desk, "admin")
    assert set_setting(desk, admin, "interest.day_basis", 360) == "360"
    assert set_setting(desk, admin, "deadlines.inactivity_years", " 2 ") == "2"
    values = desk_settings(desk)
    assert (values["interest.day_basis"], values["deadlines.inactivity_years"]) == ("360", "2")
    set_setting(desk, admin, "interest.day_basis", "365")  # an existing row is updated
    assert desk_settings(desk)["interest.day_basis"] == "365"
    with desk.reading() as s:
        events = s.execute(
            select(AuditEvent.action, AuditEvent.summary)
            .where(AuditEvent.action == "setting.change")
            .order_by(AuditEvent.id)
        ).all()
    assert [e.summary for e in events] == [
        "Base de días para intereses: 365 → 360",
        "Años de inactividad (CGP art. 317): 1 → 2",
        "Base de días para intereses: 360 → 365",
    ]


def test_refusals(desk):
    admin = actor_for(desk, "admin")
    with pytest.raises(ValidationFailed, match="365 o 360"):
        set_setting(desk, admin, "interest.day_basis", 366)
    with pytest.raises(ValidationFailed, match="entre 1 y 10"):
        set_setting(desk, admin, "deadlines.inactivity_years", 0)
    with pytest.raises(ValidationFailed, match="entre 1 y 10"):
        set_setting(desk, admin, "deadlines.inactivity_years", "dos")
    with pytest.raises(ValidationFailed, match="desconocido"):
        set_setting(desk, admin, "calendar.holy_week_closed", "0")
    # Lawyers keep rates and calendars; a paralegal may change neither.
    assert set_setting(desk, actor_for(desk, "abogada"), "interest.day_basis", 360) == "360"
    para = actor_for(desk, "dependiente")
    with pytest.raises(PermissionDenied):
        set_setting(desk, para, "interest.day_basis", 365)
    with pytest.raises(PermissionDenied):
        set_setting(desk, para, "deadlines.inactivity_years", 2)
    assert desk_settings(desk)["interest.day_basis"] == "360"  # nothing half-written


def test_inactivity_years_drives_the_317_alerts(desk):
    col = actor_for(desk, "cobranza")
    cases.hand_over_case(
        desk,
        col,
        HandoverInput(
            account_ref="OB-1",
            debtor=PartyInput("Deudor OB-1", "CC", "52123456", address="Calle 1", city="Bogotá D.C."),
            debt=DebtInput(capital="12.500.000,00", due_date=dt.date(2024, 2, 29), title_type="pagare"),
        ),
    )
    admin = actor_for(desk, "admin")
    cases.update_case(desk, admin, "OB-1", CaseUpdate(lawyer_id=actor_for(desk, "abogada").user_id))
    with desk.uow() as uow:
        c = uow.session.execute(select(Case)).scalar_one()
        c.stage, c.filed_on = "DEBTOR_SERVED", dt.date.today()  # the filing is the last actuación
        uow.commit()
    later = dt.date.today() + dt.timedelta(days=400)
    assert [a["period_years"] for a in deadlines.inactivity_alerts(desk, admin, later)] == [1]
    set_setting(desk, admin, "deadlines.inactivity_years", 2)
    assert deadlines.inactivity_alerts(desk, admin, later) == []
