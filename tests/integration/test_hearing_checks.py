"""Hearings set on a closed day, out of hours, twice, or over the lawyer's other hearing: warnings to confirm.

A judge may exceptionally set a hearing when courts are normally closed, so nothing is refused outright:
without `confirm` the service refuses naming every problem and how to confirm; with it, the hearing is
saved and the warnings go to the audit. Dates are judged by the case's court calendar (DOMAIN.md §4).
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from legal_desk.db.models import AuditEvent, Hearing
from legal_desk.services import calendars, cases, tracking
from legal_desk.services.cases import CaseUpdate, DebtInput, HandoverInput, PartyInput
from legal_desk.services.errors import NeedsConfirmation
from legal_desk.services.users import actor_for

COURT = "Juzgado 12 Civil Municipal de Bogotá"


def _case(desk, ref: str, court: str = COURT) -> None:
    cases.hand_over_case(
        desk,
        actor_for(desk, "cobranza"),
        HandoverInput(
            account_ref=ref,
            debtor=PartyInput(f"Deudor {ref}", "CC", "52123456", address="Calle 1", city="Bogotá D.C."),
            debt=DebtInput(capital="12.500.000,00", due_date=dt.date(2024, 2, 29), title_type="pagare"),
        ),
    )
    law = actor_for(desk, "abogada")
    # filed: a hearing on a case without its radicado is a warning of its own (test_negotiation_qa)
    radicado = f"1100140030122024{sum(map(ord, ref)) % 100000:05d}00"
    cases.update_case(
        desk, actor_for(desk, "admin"), ref, CaseUpdate(lawyer_id=law.user_id, court=court, radicado=radicado)
    )


def _refusal(desk, ref: str, at: dt.datetime) -> NeedsConfirmation:
    law = actor_for(desk, "abogada")
    with pytest.raises(NeedsConfirmation) as info:
        tracking.schedule_hearing(desk, law, ref, kind="initial", at=at, place="Sala 3")
    return info.value


@pytest.mark.parametrize(
    ("at", "reason"),
    [
        (dt.datetime(2026, 12, 27, 9, 0), "domingo y vacancia judicial"),  # a Sunday inside the 20 Dec recess
        (dt.datetime(2026, 12, 25, 9, 0), "festivo: Navidad y vacancia judicial"),  # Christmas, in the recess too
        (dt.datetime(2027, 1, 5, 9, 0), "vacancia judicial"),  # a Tuesday in the 20 Dec – 10 Jan recess
        (dt.datetime(2026, 4, 1, 9, 0), "Semana Santa"),  # Holy Wednesday 2026: courts closed (setting)
        (dt.datetime(2026, 12, 17, 9, 0), "Día de la Rama Judicial"),  # 17 December (setting)
    ],
)
def test_closed_days_need_confirmation(desk, at, reason):
    _case(desk, "OB-1")
    exc = _refusal(desk, "OB-1", at)
    assert [str(w) for w in exc.warnings] == [f"el {at:%d/%m/%Y} es inhábil en el calendario del despacho ({reason})"]
    assert exc.code == "confirmation_required"
    assert str(exc) == (
        f"Audiencia del {at:%d/%m/%Y} 09:00: el {at:%d/%m/%Y} es inhábil en el calendario del despacho ({reason}). "
        "Si el juzgado la fijó así, confírmela (en la línea de comandos, --confirm)"
    )
    law = actor_for(desk, "abogada")
    hid = tracking.schedule_hearing(desk, law, "OB-1", kind="initial", at=at, place="Sala 3", confirm=True)
    with desk.reading() as s:
        assert s.get(Hearing, hid).at == at
        event = s.execute(select(AuditEvent).where(AuditEvent.action == "hearing.add")).scalars().one()
        assert reason in str(event.after)


def test_business_day_in_hours_is_saved_at_once(desk):
    _case(desk, "OB-1")
    law = actor_for(desk, "abogada")
    # Tue 2026-12-15: a working day before the recess; 08:00 is the opening hour of the Colombian courts
    tracking.schedule_hearing(desk, law, "OB-1", kind="initial", at=dt.datetime(2026, 12, 15, 8, 0), place="Sala 3")
    # Tue 2027-01-12: the first working day after the recess (10 Jan, its last day, is a Sunday and
    # Mon 11 Jan is the Epiphany holiday moved from Wed 6 Jan, Ley 51 de 1983)
    assert [str(w) for w in _refusal(desk, "OB-1", dt.datetime(2027, 1, 11, 14, 0)).warnings] == [
        "el 11/01/2027 es inhábil en el calendario del despacho (festivo: Día de los Reyes Magos (observado))"
    ]
    tracking.schedule_hearing(desk, law, "OB-1", kind="instruction", at=dt.datetime(2027, 1, 12, 14, 0), place="S")
    assert len(cases.get_case_file(desk, law, "OB-1").hearings) == 2


def test_out_of_hours_duplicate_and_every_problem_listed(desk):
    _case(desk, "OB-1")
    law = actor_for(desk, "abogada")
    exc = _refusal(desk, "OB-1", dt.datetime(2026, 12, 16, 23, 30))  # a Wednesday, at night
    assert [str(w) for w in exc.warnings] == ["las 23:30 están fuera del horario del despacho (08:00 a 17:00)"]
    assert [str(w) for w in _refusal(desk, "OB-1", dt.datetime(2026, 12, 16, 17, 0)).warnings] == [
        "las 17:00 están fuera del horario del despacho (08:00 a 17:00)"
    ]
    at = dt.datetime(2026, 12, 16, 9, 0)
    tracking.schedule_hearing(desk, law, "OB-1", kind="initial", at=at, place="Sala 3")
    exc = _refusal(desk, "OB-1", at)  # the very same hearing typed twice
    assert [str(w) for w in exc.warnings] == [
        "el expediente ya tiene una audiencia a esa misma hora (Audiencia inicial (art. 372 CGP))"
    ]
    # Sunday 27/12/2026 at 23:30: both problems in one sentence
    exc = _refusal(desk, "OB-1", dt.datetime(2026, 12, 27, 23, 30))
    assert str(exc).startswith(
        "Audiencia del 27/12/2026 23:30: el 27/12/2026 es inhábil en el calendario del despacho (domingo y vacancia "
        "judicial); las 23:30 están fuera del horario del despacho (08:00 a 17:00). Si el juzgado"
    )


def test_same_lawyer_clash_across_cases(desk):
    _case(desk, "OB-1")
    _case(desk, "OB-2")
    law = actor_for(desk, "abogada")
    at = dt.datetime(2026, 12, 16, 9, 0)
    tracking.schedule_hearing(desk, law, "OB-1", kind="initial", at=at, place="Sala 3")
    exc = _refusal(desk, "OB-2", at + dt.timedelta(minutes=30))
    assert [str(w) for w in exc.warnings] == [
        "Laura Restrepo tiene otra audiencia el 16/12/2026 09:00 (expediente OB-1)"
    ]
    # an hour later the first one is over (hearings last an hour unless said): no clash
    tracking.schedule_hearing(desk, law, "OB-2", kind="initial", at=at + dt.timedelta(hours=1), place="Sala 5")


def test_court_closure_counts_for_that_court_only(desk):
    _case(desk, "OB-1")
    _case(desk, "OB-2", court="Juzgado 3 Civil Municipal de Medellín")
    admin = actor_for(desk, "admin")
    # a strike declared for one court on Thu 2026-12-10
    calendars.add_closure(desk, admin, "CO", dt.date(2026, 12, 10), dt.date(2026, 12, 10), "paro", court=COURT)
    exc = _refusal(desk, "OB-1", dt.datetime(2026, 12, 10, 10, 0))
    assert [str(w) for w in exc.warnings] == ["el 10/12/2026 es inhábil en el calendario del despacho (cierre: paro)"]
    law = actor_for(desk, "abogada")
    tracking.schedule_hearing(desk, law, "OB-2", kind="initial", at=dt.datetime(2026, 12, 10, 10, 0), place="Sala 1")


def test_postponing_gets_the_same_checks(desk):
    _case(desk, "OB-1")
    law = actor_for(desk, "abogada")
    hid = tracking.schedule_hearing(desk, law, "OB-1", kind="initial", at=dt.datetime(2026, 12, 16, 9), place="S")
    # moved to Tue 05/01/2027, inside the recess
    with pytest.raises(NeedsConfirmation) as info:
        tracking.record_hearing_outcome(desk, law, hid, status="postponed", new_at=dt.datetime(2027, 1, 5, 9))
    assert [str(w) for w in info.value.warnings] == [
        "el 05/01/2027 es inhábil en el calendario del despacho (vacancia judicial)"
    ]
    with desk.reading() as s:
        assert s.get(Hearing, hid).at == dt.datetime(2026, 12, 16, 9)  # nothing saved
    # moving it a little later the same day is no clash with itself
    tracking.record_hearing_outcome(desk, law, hid, status="postponed", new_at=dt.datetime(2026, 12, 16, 9, 30))
    tracking.record_hearing_outcome(desk, law, hid, status="postponed", new_at=dt.datetime(2027, 1, 5, 9), confirm=True)
    with desk.reading() as s:
        assert s.get(Hearing, hid).at == dt.datetime(2027, 1, 5, 9)
