"""Service and domain refusals read in the interface language; the CLI and str() keep Spanish."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QThreadPool

from legal_desk.domain import messages as M
from legal_desk.domain.dates import parse_date
from legal_desk.domain.ids import normalize_id
from legal_desk.domain.money import parse_amount
from legal_desk.domain.permissions import ACTION_LABELS_ES, Action
from legal_desk.services import cases, legal, payments, tracking
from legal_desk.services.cases import DebtInput, HandoverInput, PartyInput
from legal_desk.services.desk import Desk
from legal_desk.services.errors import PermissionDenied, ValidationFailed
from legal_desk.services.users import actor_for
from legal_desk.ui.context import UiContext
from legal_desk.ui.errors import ACTIONS, TEMPLATES, error_text
from legal_desk.ui.events import AppEvents
from legal_desk.ui.i18n import install_language
from legal_desk.ui.settings import UiSettings
from legal_desk.ui.wizards.handover import HandoverWizard
from tests.ui.test_handover_wizard import type_into

SHOTS = Path("tests/_artifacts/screenshots")
SPANISH = re.compile(r"[áéíóúñ¿¡]|\b(debe|tiene|puede|usuario|fecha|valor|número|pasar)\b", re.IGNORECASE)

pytestmark = pytest.mark.usefixtures("spanish")


def _raised(fn: Any, *args: Any, **kwargs: Any) -> Exception:
    with pytest.raises(Exception) as info:
        fn(*args, **kwargs)
    return info.value


def _handover(desk: Desk, ref: str = "OB-1", **debtor: str) -> Any:
    party = {"name": "Deudor Uno", "id_type": "CC", "id_number": "52123456", **debtor}
    return cases.hand_over_case(
        desk,
        actor_for(desk, "cobranza"),
        HandoverInput(
            account_ref=ref,
            debtor=PartyInput(party["name"], party["id_type"], party["id_number"], address="Calle 1", city="Bogotá"),
            debt=DebtInput(capital="12.500.000,00", due_date=dt.date(2024, 2, 29), title_type="pagare"),
        ),
    )


def test_every_template_of_the_catalogue_is_listed_and_translated(qapp: Any) -> None:
    """A template missing from ui/errors.py would never reach the .ts file and stay Spanish in English."""
    assert set(TEMPLATES) == set(M.CATALOGUE)
    assert set(ACTIONS) == set(ACTION_LABELS_ES.values())
    install_language("en")
    for template in (*TEMPLATES, *ACTIONS):
        english = QCoreApplication.translate("Errors", template)
        wordless = not re.search(r"[a-záéíóúñ]", re.sub(r"\{\w+\}", "", template), re.IGNORECASE)
        assert english != template or wordless, template  # «{field}: {error}» reads the same in English
        assert sorted(re.findall(r"\{(\w+)\}", english)) == sorted(re.findall(r"\{(\w+)\}", template)), template


def test_domain_refusals_read_in_english_and_stay_spanish_for_the_cli(qapp: Any) -> None:
    nit = _raised(normalize_id, "NIT", "900123456-1")
    short = _raised(normalize_id, "CC", "12")
    amount = _raised(parse_amount, "1.23.4")
    date = _raised(parse_date, "31/02/2025")
    spanish = [str(e) for e in (nit, short, amount, date)]
    assert spanish[0] == "NIT 900123456-1: el dígito de verificación debe ser 8"
    assert spanish[1] == "CC 12: debe tener entre 3 y 10 dígitos y tiene 2"
    assert [error_text(e) for e in (nit, short, amount, date)] == spanish  # Spanish interface: unchanged
    install_language("en")
    assert [error_text(e) for e in (nit, short, amount, date)] == [
        "NIT 900123456-1: the check digit should be 8",
        "CC 12: must have between 3 and 10 digits and has 2",
        "«1.23.4» has misplaced thousands separators or more than two decimals (write 1.234.567,89 or 1234567.89)",
        "«31/02/2025» is not a real date",
    ]


def test_service_refusals_read_in_english(qapp: Any, sqlite_desk: Desk) -> None:
    """A permission refusal, a stage-move refusal and a party's document, as the English UI shows them."""
    bad_id = _raised(_handover, sqlite_desk, "OB-9", id_type="NIT", id_number="900123456-1")
    assert isinstance(bad_id, ValidationFailed)
    assert str(bad_id) == "Deudor: NIT 900123456-1: el dígito de verificación debe ser 8"
    _handover(sqlite_desk)
    denied = _raised(actor_for(sqlite_desk, "cobranza").require, Action.MANAGE_USERS)
    assert isinstance(denied, PermissionDenied)
    assert str(denied) == "El usuario «cobranza» (rol Cobranza) no puede administrar usuarios"
    stage = _raised(cases.move_stage, sqlite_desk, actor_for(sqlite_desk, "admin"), "OB-1", "CLOSED_JUDGMENT_EXECUTED")
    assert isinstance(stage, ValidationFailed) and str(stage).startswith("No se puede pasar de «")
    install_language("en")
    assert error_text(bad_id) == "Debtor: NIT 900123456-1: the check digit should be 8"
    assert error_text(denied) == "User «cobranza» (role Collections) may not manage users"
    moved = error_text(stage)
    assert moved.startswith("A case cannot move from «") and not SPANISH.search(moved), moved


def test_the_handover_wizard_says_what_is_wrong_in_english(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    install_language("en")
    ctx = UiContext(
        sqlite_desk,
        actor_for(sqlite_desk, "cobranza"),
        AppEvents(),
        UiSettings(QSettings(str(tmp_path / "u.ini"), QSettings.Format.IniFormat)),
    )
    wiz = HandoverWizard(ctx)
    qtbot.addWidget(wiz)
    wiz.show()
    d = wiz.debtor_page
    type_into(qtbot, d, "account_ref", "OB-2025-0456")
    type_into(qtbot, d, "client_name", "Banco Andino S.A.")
    type_into(qtbot, d, "client_id", "900123456-1")
    type_into(qtbot, d, "name", "Jorge Salazar")
    type_into(qtbot, d, "id_number", "0123")
    assert not d.validatePage()
    assert d.errors["client_id"].text() == "NIT 900123456-1: the check digit should be 8"
    assert d.errors["id_number"].text() == "CC 0123: cannot start with zero"
    SHOTS.mkdir(parents=True, exist_ok=True)
    wiz.grab().save(str(SHOTS / "english_errors_handover.png"))


def test_future_dates_and_tracking_amounts_read_in_english(qapp: Any, sqlite_desk: Desk) -> None:
    """«Not in the future» refusals and the money fields of offers, agreements and payments."""
    _handover(sqlite_desk)
    admin = actor_for(sqlite_desk, "admin")
    today = dt.date(2024, 4, 5)
    future_payment = _raised(payments.add_payment, sqlite_desk, admin, "OB-1", dt.date(2024, 4, 6), "100", today=today)
    future_event = _raised(legal.refuse_future, dt.date(2030, 11, 13), "CO", M.FUTURE_EVENT, today=today)
    future_contact = _raised(
        legal.refuse_future, dt.date(2024, 4, 6), "CO", M.FUTURE_CONTACT, today=today, date_format="%Y-%m-%d"
    )
    zero_payment = _raised(payments.add_payment, sqlite_desk, admin, "OB-1", today, "0")
    offer = _raised(tracking.make_offer, sqlite_desk, admin, "OB-1", party="debtor", amount="1.2.3", made_on=today)
    instalment = _raised(
        tracking.record_agreement,
        sqlite_desk,
        admin,
        "OB-1",
        signed_on=today,
        instalments=[(today, "10"), (today, "0")],
    )
    refusals = (future_payment, future_event, future_contact, zero_payment, offer, instalment)
    assert all(isinstance(e, ValidationFailed) for e in refusals)
    spanish = [
        "Fecha del abono: el 06/04/2024 es posterior a hoy (05/04/2024); registre el abono cuando se reciba",
        "Fecha del evento: el 13/11/2030 es posterior a hoy (05/04/2024); registre la actuación cuando ocurra",
        "La gestión del 2024-04-06 está en el futuro; registre las gestiones ya hechas",
        "Valor del abono: debe ser mayor que cero",
        "Valor de la propuesta: «1.2.3» tiene separadores de miles mal puestos o más de dos decimales "
        "(escriba 1.234.567,89 o 1234567.89)",
        "Cuota 2: debe ser mayor que cero",
    ]
    assert [str(e) for e in refusals] == spanish  # the CLI and the audit keep the Spanish sentence
    assert [error_text(e) for e in refusals] == spanish  # and so does the Spanish interface
    install_language("en")
    assert [error_text(e) for e in refusals] == [
        "Payment date: 06/04/2024 is after today (05/04/2024); record the payment once it is received",
        "Event date: 13/11/2030 is after today (05/04/2024); record the procedural step once it happens",
        "The contact attempt on 2024-04-06 is in the future; log only attempts already made",
        "Payment amount: must be greater than zero",
        "Offer amount: «1.2.3» has misplaced thousands separators or more than two decimals "
        "(write 1.234.567,89 or 1234567.89)",
        "Instalment 2: must be greater than zero",
    ]


def test_bulk_import_row_errors_read_in_english(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The preview and the report of the import dialog give each reason in English; line and column stay."""
    from legal_desk.importing import background
    from tests.ui.test_bulk_import import DATA, make_dialog

    monkeypatch.setattr(background, "BACKGROUND_MIN_BYTES", 1000)  # the rows cross from the reader process
    _handover(sqlite_desk, "ER-002")  # so its row is refused as already handed over
    install_language("en")
    dlg = make_dialog(qtbot, sqlite_desk, tmp_path)
    dlg.load_file(DATA)
    qtbot.waitUntil(lambda: dlg.stack.currentIndex() == 2, timeout=10000)
    model = dlg.preview_model
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(3)] == ["Line", "Status", "Reason"]
    assert model.data(model.index(0, 1)) == "Valid" and model.data(model.index(2, 1)) == "Invalid"
    reasons = {r.line: r.reason for r in model.preview_rows()}
    assert reasons[4] == "Número de documento: NIT 900123456-7: the check digit should be 8"
    assert reasons[13] == "Nombre del deudor: is required and is empty; Capital: «abc» is not a number"
    dlg.import_button.click()
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=20000)
    table = dlg.errors_model
    shown = [tuple(table.data(table.index(r, c)) for c in range(3)) for r in range(table.rowCount())]
    guarantor = "missing: the co-debtor's data go all filled in (name, document type and number) or all empty"
    types = "CC, CE, NIT, PP, TI, DNI, CUIT, NIE, NIF, RFC, CURP"
    assert shown == [
        ("3", "Número de obligación", "account ER-002 was already handed over to legal"),
        ("4", "Número de documento", "NIT 900123456-7: the check digit should be 8"),
        ("5", "Capital", "the principal must be greater than zero"),
        ("6", "Fecha de vencimiento", "«31/02/2024» is not a real date"),
        ("8", "Número de obligación", "account «ER-001» already appears on line 2"),
        ("9", "Tipo de documento", f"«RC» is not a valid document type (use {types})"),
        ("10", "Correo electrónico", "«pedro.quintero@gmail» is not a valid e-mail address"),
        ("11", "Número de documento del codeudor", guarantor),
        ("11", "Tipo de documento del codeudor", guarantor),
        ("13", "Capital", "«abc» is not a number"),
        ("13", "Nombre del deudor", "is required and is empty"),
    ]
    assert not any(SPANISH.search(reason) for _line, _column, reason in shown), shown
    # the report itself (CLI --json, the saved error file) keeps the Spanish reasons
    report = dlg.report.to_json()
    assert report["errors"][0] == {
        "line": 3,
        "column": "Número de obligación",
        "message": "la obligación ER-002 ya fue entregada a jurídico",
    }
    json.dumps(report)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dlg.resize(1100, 560)
    dlg.grab().save(str(SHOTS / "english_errors_bulk_import.png"))
    QThreadPool.globalInstance().waitForDone()
