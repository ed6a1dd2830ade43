"""The admin's checklist dialog: switching a requirement off for one title type changes that case's checklist."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from legal_desk.services import cases
from legal_desk.services.cases import DebtInput, HandoverInput, PartyInput
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.context import UiContext
from legal_desk.ui.dialogs.checklist import ChecklistDialog
from legal_desk.ui.events import AppEvents
from legal_desk.ui.settings import UiSettings


def test_admin_switches_a_requirement_off_for_invoices(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    ctx = UiContext(sqlite_desk, actor_for(sqlite_desk, "admin"), AppEvents(), settings)
    cases.hand_over_case(sqlite_desk, actor_for(sqlite_desk, "cobranza"), HandoverInput(
        "F-9", PartyInput("Ana Ruiz", "CC", "52123456"),
        DebtInput(Decimal("1000000"), dt.date(2025, 1, 10), title_type="factura")))
    dialog = ChecklistDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.title_type.setCurrentIndex(dialog.title_type.findData("factura"))
    codes = [dialog.model.record(r)["code"] for r in range(dialog.model.rowCount())]
    row = codes.index("creditor_certificate")
    assert dialog.model.record(row)["active"] is True
    dialog.table.selectRow(row)
    assert dialog.toggle_selected()
    rec = dialog.model.record(row)
    assert rec["active"] is False and rec["scope"] == "Factura"
    cf = cases.get_case_file(sqlite_desk, ctx.actor, "F-9")
    assert "creditor_certificate" not in {c.code for c in cf.readiness}
    dialog.grab().save(str(Path("tests/_artifacts/screenshots").resolve() / "checklist_dialog.png"))
