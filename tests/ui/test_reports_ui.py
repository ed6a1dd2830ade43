"""Reports from the app: the docket's «Exportar…»."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from legal_desk.domain.lifecycle import Stage
from legal_desk.services import cases
from legal_desk.services.cases import CaseQuery, DebtInput, HandoverInput, PartyInput
from legal_desk.services.demo import load_demo
from legal_desk.services.desk import Desk
from legal_desk.services.reports import HEADERS
from legal_desk.services.users import actor_for
from legal_desk.ui.views.case_list import CaseListView
from tests.conftest import DEMO_TODAY
from tests.ui.helpers import make_ctx, settle

pytestmark = pytest.mark.usefixtures("spanish")


def _hand_over(desk: Desk, ref: str, jurisdiction: str, capital: str, id_type: str, id_number: str) -> int:
    return cases.hand_over_case(
        desk,
        actor_for(desk, "cobranza"),
        HandoverInput(
            account_ref=ref,
            debtor=PartyInput("Deudor de prueba", id_type, id_number, address="Calle 1", city="Ciudad"),
            debt=DebtInput(capital=Decimal(capital), due_date=dt.date(2024, 2, 28)),
            jurisdiction=jurisdiction,
        ),
    ).case_id


def test_docket_exports_every_case_of_its_filters(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, messages: list[str]
) -> None:
    """The docket had no export at all. «Exportar…» writes every case of the current filters, not only the
    200 rows loaded, in a worker, and says how many went where."""
    admin = actor_for(sqlite_desk, "admin")
    load_demo(sqlite_desk, admin, 80, today=DEMO_TODAY)
    view = CaseListView(make_ctx(sqlite_desk, "admin", tmp_path))
    qtbot.addWidget(view)
    view.show()
    view.stage_combo.setCurrentIndex(view.stage_combo.findData(Stage.PRE_LEGAL.value))
    settle(qtbot)
    expected = cases.list_cases(sqlite_desk, admin, CaseQuery(stage=Stage.PRE_LEGAL.value, limit=5000))
    assert expected and view.model.total == len(expected)
    assert view.export_button.text() == "Exportar…"
    task = view.export_docket(tmp_path / "prejuridico.xlsx")
    qtbot.waitUntil(lambda: task.outcome == "finished", timeout=20_000)
    rows = list(load_workbook(tmp_path / "prejuridico.xlsx")["Expedientes"].iter_rows(values_only=True))
    assert list(rows[0]) == HEADERS
    assert [r[0] for r in rows[1:]] == [c.case_id for c in expected]
    assert messages == [f"Se exportaron {len(expected)} expedientes a {tmp_path / 'prejuridico.xlsx'}."]
    assert not task.dialog.isVisible()
