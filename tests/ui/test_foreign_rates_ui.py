"""The Debt tab and the header editor name the kind of rate the case's country uses.

A Madrid case's liquidation is simple interest at a nominal annual rate (the interés legal del dinero),
not Colombia's effective annual rate («Tasa EA %»): 12.500,00 € due 2024-02-29 at 3,25 % to 2024-04-10 is
41 days (01/03–31/03 = 31, 01/04–10/04 = 10), 12.500 × 0,0325 × 41 / 365 = 45,6335… → 45,63 €.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt

from legal_desk.services import cases, rates
from legal_desk.services.cases import DebtInput, HandoverInput, PartyInput
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.views.case_file import CaseFileView
from tests.ui.helpers import wait_loaded
from tests.ui.test_case_file import SHOTS, ctx_for


def _case(desk: Desk, ref: str, jurisdiction: str, debtor: PartyInput) -> int:
    row = cases.hand_over_case(
        desk,
        actor_for(desk, "cobranza"),
        HandoverInput(
            account_ref=ref,
            debtor=debtor,
            debt=DebtInput(capital=Decimal("12500"), due_date=dt.date(2024, 2, 29)),
            jurisdiction=jurisdiction,
        ),
    )
    return row.case_id


def _liquidated(qtbot: Any, view: CaseFileView) -> Any:
    tab = view.debt_tab
    tab.as_of.setDate(QDate(2024, 4, 10))
    tab.run_liquidation()
    qtbot.waitUntil(lambda: not tab.is_computing() and tab.liquidation is not None, timeout=10_000)
    return tab


def test_spanish_debt_tab_shows_a_simple_nominal_rate(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    admin = actor_for(sqlite_desk, "admin")
    table = tmp_path / "interes_legal.csv"
    table.write_text('desde,hasta,tasa\n2024-01-01,2024-12-31,"3,25"\n', encoding="utf-8")
    rates.import_rates(sqlite_desk, admin, table, jurisdiction="ES")
    rates.import_rates(sqlite_desk, admin, table, jurisdiction="CO")
    es_id = _case(sqlite_desk, "ES-2024-0001", "ES", PartyInput("María García López", "DNI", "12345678Z",
                                                                 address="Calle Mayor 1", city="Madrid"))
    view = CaseFileView(ctx_for(sqlite_desk, "abogada"), es_id)
    qtbot.addWidget(view)
    wait_loaded(qtbot, view)
    tab = _liquidated(qtbot, view)
    model = tab.stretches
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Tasa nominal %"
    assert model.data(model.index(0, 2), Qt.ItemDataRole.DisplayRole) == "41"
    assert model.data(model.index(0, 5), Qt.ItemDataRole.DisplayRole) == "45,63 €"
    assert tab.totals.text().startswith("Interés simple: capital × tasa nominal anual × días / 365")
    label = tab.form.labelForField(tab.fields["rate"])
    assert label.text() == "Tasa moratoria pactada (nominal anual):"
    view.resize(1100, 700)
    view.tabs.setCurrentWidget(tab)
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "debt_tab_spain_nominal.png"))

    # A Colombian case on the same figures keeps DOMAIN.md §5's effective annual rate: 44,91 (compounded)
    co_id = _case(sqlite_desk, "OB-2024-0001", "CO", PartyInput("Juan Pérez", "CC", "52987654",
                                                                 address="Calle 45 # 12-30", city="Bogotá D.C."))
    co = CaseFileView(ctx_for(sqlite_desk, "abogada"), co_id)
    qtbot.addWidget(co)
    wait_loaded(qtbot, co)
    co_tab = _liquidated(qtbot, co)
    assert co_tab.stretches.headerData(3, Qt.Orientation.Horizontal) == "Tasa EA %"
    assert co_tab.stretches.data(co_tab.stretches.index(0, 5), Qt.ItemDataRole.DisplayRole) == "$ 44,91"
    assert "Interés simple" not in co_tab.totals.text()
    assert co_tab.form.labelForField(co_tab.fields["rate"]).text() == "Tasa moratoria pactada (EA):"
