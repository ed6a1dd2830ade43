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


def test_tracking_codes_the_day_basis_and_the_docket_order_refuse_in_english(qapp: Any, sqlite_desk: Desk) -> None:
    """A code a command or a script names wrongly (a hearing type or status, an asset type, an offer's party or
    closing status, an agreement's mark, a party role, a docket order) and a day basis stored wrong."""
    from decimal import Decimal

    from legal_desk.services import cases, payments, tracking
    from legal_desk.services.legal import put_setting
    from tests.ui.test_case_file import hand_over as hand_over_case

    desk = sqlite_desk
    law = actor_for(desk, "abogada")
    case_id = hand_over_case(desk, "OB-7")
    at = dt.datetime(2025, 3, 3, 9, 0)
    day = dt.date(2025, 3, 3)
    refusals = [
        _raised(tracking.schedule_hearing, desk, law, case_id, kind="juicio", at=at, place="Sala 3"),
        _raised(tracking.record_hearing_outcome, desk, law, 1, status="aplazada"),
        _raised(tracking.request_embargo, desk, law, case_id, asset_type="yate", description="Velero"),
        _raised(tracking.make_offer, desk, law, case_id, party="bank", amount=Decimal("1000"), made_on=day),
        _raised(tracking.close_offer, desk, law, 1, "open", on=day),
        _raised(tracking.mark_agreement, desk, law, 1, "paid", on=day),
        _raised(cases.add_party, desk, law, case_id, cases.PartyInput("Ana Ruiz", "CC", "52123456", role="debtor")),
        _raised(cases.list_cases, desk, law, cases.CaseQuery(order="nombre")),
    ]
    with desk.uow() as uow:
        put_setting(uow.session, "interest.day_basis", "trescientos")
        uow.commit()
    refusals.append(_raised(payments.liquidation, desk, law, case_id, day))
    spanish = [str(e) for e in refusals]
    assert spanish[:7] == [
        "Tipo de audiencia «juicio» desconocido; use uno de: " + ", ".join(tracking.HEARING_KINDS),
        "Estado «aplazada» desconocido",
        "Tipo de bien «yate» desconocido; use uno de: " + ", ".join(tracking.ASSET_TYPES),
        "La propuesta es del acreedor («creditor») o del deudor («debtor»)",
        "Estado «open» no válido para cerrar una propuesta",
        "El acuerdo se marca como cumplido («kept») o incumplido («broken»)",
        "Solo se agregan codeudores («codebtor») o avalistas («guarantor»)",
    ]
    assert spanish[7].startswith("Orden «nombre» desconocido; use uno de: ")
    assert spanish[8] == "La base de días configurada «trescientos» no es válida (use 365 o 360)"
    english = [_english(e) for e in refusals]
    assert english[:7] == [
        "Unknown hearing type «juicio»; use one of: " + ", ".join(tracking.HEARING_KINDS),
        "Unknown status «aplazada»",
        "Unknown asset type «yate»; use one of: " + ", ".join(tracking.ASSET_TYPES),
        "An offer is made by the creditor («creditor») or by the debtor («debtor»)",
        "«open» is not a valid status for closing an offer",
        "An agreement is marked as kept («kept») or broken («broken»)",
        "Only co-debtors («codebtor») or guarantors («guarantor») can be added",
    ]
    assert english[7].startswith("Unknown order «nombre»; use one of: ")
    assert english[8] == "The day basis in the settings, «trescientos», is not valid (use 365 or 360)"
    _all_english(*(e.replace("«juicio»", "").replace("«aplazada»", "") for e in english))
