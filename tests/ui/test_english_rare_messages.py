"""English reaches the messages a user meets rarely: the Ley 2300 breaches of the contact log (stored as
Spanish sentences, rows of earlier versions included), the calendar's and the agenda export's refusals, the
rate convention of a jurisdiction's data and the «someone else changed this case» refusal. The CLI, str()
and the stored text stay Spanish, character for character."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from legal_desk.db.models import ContactAttempt
from legal_desk.services import contacts
from legal_desk.services.desk import Desk
from legal_desk.ui.i18n import install_language
from legal_desk.ui.views.case_file import CaseFileView
from tests.ui.helpers import wait_loaded
from tests.ui.test_case_file import ctx_for, hand_over
from tests.ui.test_english_service_refusals import SPANISH, _english

SHOTS = Path("tests/_artifacts/screenshots")

pytestmark = pytest.mark.usefixtures("spanish")

#: A breach as a version before the breaches had templates stored it (the sentences have not changed)
OLD_ROW = "No se puede contactar en día festivo (Batalla de Boyacá, 2025-08-07; Ley 2300 de 2023)."


def test_the_contact_log_words_ley_2300_breaches_in_english(qtbot: Any, sqlite_desk: Desk) -> None:
    """The «Law 2300» cell, its tooltip and the message after logging are English; Spanish stays Spanish."""
    case_id = hand_over(sqlite_desk)  # the debtor authorised call and e-mail
    ctx = ctx_for(sqlite_desk, "admin")
    night = contacts.log_contact(
        sqlite_desk, ctx.actor, case_id, channel="sms", at=dt.datetime(2025, 7, 1, 3, 0), outcome="No contesta"
    )
    again = contacts.log_contact(
        sqlite_desk, ctx.actor, case_id, channel="call", at=dt.datetime(2025, 7, 1, 10, 0), outcome="No contesta"
    )
    saturday = contacts.log_contact(
        sqlite_desk, ctx.actor, case_id, channel="call", at=dt.datetime(2025, 7, 19, 16, 0), outcome="No contesta"
    )
    holiday = contacts.log_contact(
        sqlite_desk, ctx.actor, case_id, channel="email", at=dt.datetime(2025, 8, 7, 10, 0), outcome="No contesta"
    )
    # the service, the CLI and the stored row keep the Spanish sentences
    assert night.violations == [
        "El canal «sms» no está autorizado por el deudor (autorizados: call, email; Ley 2300 de 2023).",
        "Hora 03:00 fuera del horario permitido (lunes a viernes de 07:00 a 19:00; Ley 2300 de 2023).",
    ]
    assert (
        again.violations[0] == "Ya hubo un contacto con el deudor el 2025-07-01: máximo uno al día (Ley 2300 de 2023)."
    )
    assert saturday.violations == [
        "Hora 16:00 fuera del horario permitido (sábados de 08:00 a 15:00; Ley 2300 de 2023)."
    ]
    assert holiday.violations == [OLD_ROW]
    # a row written by an earlier version: only the stored sentence, nothing else to go by
    with sqlite_desk.uow() as uow:
        uow.session.execute(
            update(ContactAttempt).where(ContactAttempt.id == holiday.contact_id).values(violations=OLD_ROW)
        )
        uow.commit()

    install_language("en")
    view = CaseFileView(ctx, case_id)
    qtbot.addWidget(view)
    view.resize(1400, 520)
    view.show()
    wait_loaded(qtbot, view)
    view.tabs.setCurrentWidget(view.contacts_tab)
    tab = view.contacts_tab
    model = tab.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[2] == "Direction"  # not «Address»: it says inbound or outbound
    rules = headers.index("Law 2300")
    cells = {model.data(model.index(r, 0)): model.data(model.index(r, rules)) for r in range(model.rowCount())}
    assert cells["01/07/2025 03:00"] == (
        "The debtor has not authorised the channel «SMS» (authorised: Call, E-mail; Law 2300 of 2023). "
        "03:00 is outside the permitted hours (Monday to Friday, 07:00 to 19:00; Law 2300 of 2023)."
    )
    assert cells["01/07/2025 10:00"].startswith(
        "The debtor was already contacted on 2025-07-01: at most one contact a day (Law 2300 of 2023). "
        "The debtor was already contacted this week by SMS: at most one channel a week"
    )
    assert cells["19/07/2025 16:00"] == (
        "16:00 is outside the permitted hours (Saturdays, 08:00 to 15:00; Law 2300 of 2023)."
    )
    assert cells["07/08/2025 10:00"] == (
        "No contact is allowed on a public holiday (Battle of Boyacá, 2025-08-07; Law 2300 of 2023)."
    )
    for text in cells.values():
        assert not SPANISH.search(text.replace("Boyacá", "")), text
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "01/07/2025 03:00")
    tip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[1].startswith("03:00 is outside the permitted hours")
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "contacts_ley2300_en.png"))

    install_language("es")
    view.contacts_tab.show_case(view.case)
    assert model.data(model.index(row, rules)).startswith(
        "El canal «SMS» no está autorizado por el deudor (autorizados: Llamada, Correo electrónico; Ley 2300 de 2023)."
    )


def _spanish_and_english(error: Any) -> tuple[str, str]:
    """The CLI's Spanish sentence of an error and how the English interface shows it."""
    return str(error), _english(error)


def test_calendar_and_deadline_refusals_read_in_english(qapp: Any, sqlite_desk: Desk) -> None:
    """The calendar's own refusals (closure data, unknown jurisdiction, negative terms) and the deadline rules'."""
    from legal_desk.domain.calendar import CalendarError, Closure, JudicialCalendar
    from legal_desk.domain.deadlines import DeadlineError, compute_deadlines
    from legal_desk.services import deadlines, legal
    from legal_desk.services.errors import ValidationFailed
    from legal_desk.services.users import actor_for

    day = dt.date(2025, 3, 10)
    with pytest.raises(CalendarError) as closure:
        Closure(day, dt.date(2025, 3, 1), "Paro judicial", "CO")
    with pytest.raises(ValidationFailed) as unknown:
        legal.jurisdiction_code("XX")
    with pytest.raises(CalendarError) as days:
        JudicialCalendar("CO").add_business_days(day, -1)
    with pytest.raises(CalendarError) as months:
        JudicialCalendar("CO").add_months(day, -2)
    with pytest.raises(DeadlineError) as spain:
        compute_deadlines("DEBTOR_SERVED", day, JudicialCalendar("ES"))
    case_id = hand_over(sqlite_desk)
    admin = actor_for(sqlite_desk, "admin")
    with pytest.raises(ValidationFailed) as receipt:
        deadlines.record_event(sqlite_desk, admin, case_id, "EMAIL_SERVICE_SENT", day, receipt_on=dt.date(2025, 3, 7))
    with pytest.raises(ValidationFailed) as event:
        deadlines.record_event(sqlite_desk, admin, case_id, "NOPE", day)
    with pytest.raises(ValidationFailed) as span:
        deadlines.list_deadlines(sqlite_desk, admin, day, dt.date(2025, 3, 1))

    expected = [
        (
            closure,
            (
                "El cierre «Paro judicial» termina (01/03/2025) antes de empezar (10/03/2025).",
                "The closure «Paro judicial» ends (01/03/2025) before it starts (10/03/2025).",
            ),
        ),
        (
            unknown,
            (
                "Jurisdicción desconocida «XX»; las disponibles son: AR, CO, ES, MX.",
                "Unknown jurisdiction «XX»; the available ones are: AR, CO, ES, MX.",
            ),
        ),
        (days, ("Un término no puede ser negativo (-1 días).", "A term cannot be negative (-1 days).")),
        (months, ("Un término no puede ser negativo (-2 meses).", "A term cannot be negative (-2 months).")),
        (
            receipt,
            (
                "El acuse de recibo no puede ser anterior al envío del mensaje.",
                "The acknowledgement of receipt cannot be earlier than the sending of the message.",
            ),
        ),
        (
            span,
            (
                "El rango termina (01/03/2025) antes de empezar (10/03/2025)",
                "The range ends (01/03/2025) before it starts (10/03/2025)",
            ),
        ),
    ]
    for info, (spanish, english) in expected:
        assert _spanish_and_english(info.value) == (spanish, english)
    assert str(event.value).startswith("Evento desconocido «NOPE»; los eventos son: ")
    assert _english(event.value).startswith("Unknown event «NOPE»; the events are: ")
    assert str(spain.value).startswith(
        "Los términos procesales que calcula el programa son los del Código General del Proceso de Colombia; "
        "para España (ES) no hay reglas configuradas."
    )
    assert _english(spain.value).startswith(
        "The procedural terms the program computes are those of Colombia's Código General del Proceso; no rules "
        "are configured for Spain (ES). Count the term with the judicial calendar of ES (Deadlines and rates → "
        "Court calendar → Deadline calculator"
    )


def test_agenda_export_and_rate_kind_refusals_read_in_english(
    qapp: Any, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An agenda item the .ics export refuses, and a jurisdiction's data naming an unknown kind of rate."""
    from legal_desk.documents.ics import AgendaExportError, AgendaItem, agenda_to_ics
    from legal_desk.domain import interest
    from legal_desk.services import agenda, payments
    from legal_desk.services.errors import ValidationFailed
    from legal_desk.services.users import actor_for

    when = dt.datetime(2025, 3, 10, 9, 0)
    items = {
        "no_uid": AgendaItem(" ", "Audiencia inicial", when, kind="hearing"),
        "hearing": AgendaItem("h1", "Audiencia inicial", when, when - dt.timedelta(hours=1), kind="hearing"),
        "deadline": AgendaItem("d1", "Contestar demanda", when.date(), when.date() - dt.timedelta(days=1)),
        "kind": AgendaItem("x1", "Reunión", when, kind="meeting"),  # type: ignore[arg-type]
    }
    refused = {}
    for key, item in items.items():
        with pytest.raises(AgendaExportError) as info:
            agenda_to_ics([item])
        refused[key] = _spanish_and_english(info.value)
    assert refused == {
        "no_uid": (
            "El evento «Audiencia inicial» no tiene identificador (uid).",
            "The event «Audiencia inicial» has no identifier (uid).",
        ),
        "hearing": (
            "La audiencia «Audiencia inicial» termina antes de empezar.",
            "The hearing «Audiencia inicial» ends before it starts.",
        ),
        "deadline": (
            "El vencimiento «Contestar demanda» termina antes de empezar.",
            "The deadline «Contestar demanda» ends before it starts.",
        ),
        "kind": (
            "Tipo de evento desconocido «meeting» (use hearing o deadline).",
            "Unknown event type «meeting» (use hearing or deadline).",
        ),
    }
    admin = actor_for(sqlite_desk, "admin")
    # the export service keeps the refusal's text for the interface (it used to flatten it to Spanish)
    monkeypatch.setattr(agenda, "agenda_to_ics", lambda entries: agenda_to_ics([items["kind"]]))
    with pytest.raises(ValidationFailed) as export:
        agenda.export_ics(sqlite_desk, admin, dt.date(2025, 3, 1), dt.date(2025, 3, 31), tmp_path / "a.ics")
    assert _english(export.value) == "Unknown event type «meeting» (use hearing or deadline)."
    # a jurisdiction file with a rate kind this version does not know: a refusal, not an unexpected error
    case_id = hand_over(sqlite_desk)
    monkeypatch.setattr(interest, "jurisdiction_data", lambda code: {"interest": {"rate_kind": "simple"}})
    with pytest.raises(ValidationFailed) as rate:
        payments.liquidation(sqlite_desk, admin, case_id, dt.date.today())
    assert _spanish_and_english(rate.value) == (
        "Tipo de tasa desconocido «simple» en los datos de CO.",
        "Unknown rate type «simple» in the data of CO.",
    )


def test_a_stale_version_names_the_other_users_change_in_english(qapp: Any, sqlite_desk: Desk) -> None:
    """«X changed case file … («what») after you opened it»: the «what» is the history's English wording of the
    event, not its stored Spanish summary; the CLI keeps the Spanish summary."""
    from legal_desk.domain import messages as M
    from legal_desk.domain.messages import Summary, Text
    from legal_desk.services import cases
    from legal_desk.services.errors import Conflict
    from legal_desk.services.users import actor_for

    case_id = hand_over(sqlite_desk)
    lawyer = actor_for(sqlite_desk, "abogada")
    opened = cases.get_case_file(sqlite_desk, lawyer, case_id).version
    cases.move_stage(sqlite_desk, lawyer, case_id, "EVIDENCE")
    with pytest.raises(Conflict) as moved:
        cases.update_case(sqlite_desk, lawyer, case_id, cases.CaseUpdate(court="Juzgado 2"), expected_version=opened)
    assert "(«Recibido de cobranza → Recaudo de pruebas»)" in str(moved.value), str(moved.value)
    english = _english(moved.value)
    assert "(«Handed over → Gathering evidence»)" in english, english
    assert not SPANISH.search(english), english

    opened = cases.get_case_file(sqlite_desk, lawyer, case_id).version
    contacts.log_contact(
        sqlite_desk, lawyer, case_id, channel="call", at=dt.datetime(2025, 7, 1, 10, 0), outcome="No contesta"
    )
    with pytest.raises(Conflict) as called:
        cases.update_case(sqlite_desk, lawyer, case_id, cases.CaseUpdate(court="Juzgado 2"), expected_version=opened)
    assert "(«Llamada: No contesta»)" in str(called.value)
    assert "(«Call: No answer»)" in _english(called.value)

    # an event the history cannot word from its values is named by what it was; an unknown one keeps its text
    archived = Text(M.STALE_WHAT, summary=Summary("case.archive", "Archivado: duplicado del OB-1", None, {}))
    assert str(archived) == " («Archivado: duplicado del OB-1»)"
    assert _english(archived) == " («Archived»)"
    unknown = Text(M.STALE_WHAT, summary=Summary("case.something", "Algo pasó", None, None))
    assert _english(unknown) == " («Algo pasó»)"


def test_the_cuantia_tab_refuses_in_english(qtbot: Any, sqlite_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    """The firm's SMLMV and Pequeñas Causas editors: every refusal in English, the CLI's Spanish unchanged."""
    from PySide6.QtWidgets import QMessageBox

    from legal_desk.services import legal_data
    from legal_desk.services.errors import ValidationFailed
    from legal_desk.services.users import actor_for
    from tests.ui.test_legal_panel import panel_for

    admin = actor_for(sqlite_desk, "admin")
    with pytest.raises(ValidationFailed) as listed:
        legal_data.add_small_claims_city(sqlite_desk, admin, "Cali")
    assert str(listed.value) == "«Cali» ya está en la lista de ciudades con Juzgados de Pequeñas Causas"
    with pytest.raises(ValidationFailed) as year:
        legal_data.set_minimum_wage(sqlite_desk, admin, "20x6", "1.000.000")
    assert str(year.value).startswith("El año del salario mínimo debe ser un año entre ")
    with pytest.raises(ValidationFailed) as unlisted:
        legal_data.remove_small_claims_city(sqlite_desk, admin, "Pueblo Nuevo")
    assert str(unlisted.value).startswith("«Pueblo Nuevo» no está en la lista de ciudades con Juzgados de Pequeñas")

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    install_language("en")
    tab = panel_for(qtbot, sqlite_desk, "admin", dt.date(2026, 12, 1)).legal_data_tab
    tab.year_spin.setValue(2027)
    tab.amount_edit.setText("mil")
    assert not tab.save_wage()
    tab.amount_edit.setText("0")
    assert not tab.save_wage()
    assert not tab.clear_wage()
    tab.city_edit.setText("Cali")
    assert not tab.add_city()
    tab.city_edit.setText("  ")
    assert not tab.add_city()
    tab.city_edit.setText("x" * 101)
    assert not tab.add_city()
    assert warnings == [
        "Minimum wage for 2027: «mil» is not a number",
        "The minimum wage for 2027 must be greater than zero, not «0»",
        "The firm set no minimum wage of its own for 2027; the program's applies",
        "«Cali» is already on the list of cities with Small Claims Courts (Juzgados de Pequeñas Causas)",
        "Enter the name of the city (e.g. «Pereira»)",
        "The city name has 101 characters; the maximum is 100",
    ]
    assert _english(year.value).startswith("The minimum-wage year must be a year between ")
    assert _english(unlisted.value).startswith(
        "«Pueblo Nuevo» is not on the list of cities with Small Claims Courts (Juzgados de Pequeñas Causas) ("
    )
