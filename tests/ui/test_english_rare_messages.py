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
from tests.ui.test_english_service_refusals import SPANISH

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
