"""The refusals the services used to raise as plain Spanish strings now read in English in an English
interface: recording a procedural step (art. 317), the tracking codes, the day basis, the docket order, the
documents and the filing packet, the bulk import and opening the database. The CLI, str() and the audit keep
the Spanish, character for character."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from legal_desk.services import deadlines
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.i18n import install_language
from legal_desk.ui.views.legal_panel import EventValues
from tests.ui.test_english_service_refusals import _all_english, _english, _raised
from tests.ui.test_legal_panel import hand_over, panel_for

SHOTS = Path("tests/_artifacts/screenshots")

pytestmark = pytest.mark.usefixtures("spanish")


def test_recording_a_procedural_step_refuses_in_english(qtbot: Any, sqlite_desk: Desk, messages: list[str]) -> None:
    """«Record procedural step…» and «Mark complied» in the English terms panel: the art. 317 period that is
    not typed per step, a generic step with no description, and a compliance date before the event."""
    desk = sqlite_desk
    hand_over(desk, "OB-1", dt.date(2024, 2, 29), lawyer=True)
    law = actor_for(desk, "abogada")
    served = deadlines.record_event(desk, law, "OB-1", "DEBTOR_SERVED", dt.date(2025, 11, 13))
    # the service and the CLI keep their Spanish
    period = _raised(
        deadlines.record_event,
        desk,
        law,
        "OB-1",
        "LAST_ACTION",
        dt.date(2025, 11, 14),
        description="x",
        inactivity_years=2,
    )
    assert str(period).startswith("El período del art. 317 no se indica por actuación: es el de la etapa del caso")
    undescribed = _raised(deadlines.record_event, desk, law, "OB-1", "LAST_ACTION", dt.date(2025, 11, 14))
    assert str(undescribed) == (
        "Describa la actuación (p. ej. «auto que requiere al demandante», «memorial que informa un abono», "
        "«solicitud de oficios»): el expediente la muestra como última actuación del art. 317."
    )
    early = _raised(deadlines.mark_deadline_met, desk, law, served.deadlines[0].deadline_id, dt.date(2025, 11, 10))
    assert str(early) == "La fecha de cumplimiento 10/11/2025 es anterior al evento (13/11/2025)"

    install_language("en")
    panel = panel_for(qtbot, desk, "abogada", dt.date(2025, 11, 24))
    panel.record_event(
        EventValues("OB-1", "LAST_ACTION", dt.date(2025, 11, 14), {"description": "x", "inactivity_years": 2})
    )
    panel.record_event(EventValues("OB-1", "LAST_ACTION", dt.date(2025, 11, 14)))
    panel.terms_view.selectRow(0)
    panel.mark_selected_met(dt.date(2025, 11, 10))
    assert messages == [
        "The art. 317 period is not entered for each procedural step: it is the one for the case's stage (1 year "
        "at first instance; 2 once there is a judgment or an order to proceed with enforcement, lit. b), as set "
        "in the firm's settings.",
        "Describe the procedural step (e.g. “order requiring the claimant”, “brief reporting a part-payment”, "
        "“request for official letters”): the case file shows it as the last step for art. 317.",
        "The compliance date 10/11/2025 is earlier than the event it follows (13/11/2025)",
    ]
    _all_english(*messages)
