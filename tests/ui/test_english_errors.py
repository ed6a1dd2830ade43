"""Service and domain refusals read in the interface language; the CLI and str() keep Spanish."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from legal_desk.domain import messages as M
from legal_desk.domain.dates import parse_date
from legal_desk.domain.ids import normalize_id
from legal_desk.domain.money import parse_amount
from legal_desk.domain.permissions import ACTION_LABELS_ES, Action
from legal_desk.services import cases
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
        assert english != template or template == M.FIELD, template
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
