"""Reports from the app: the docket's «Exportar…» and the dashboard's money per currency."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from legal_desk.db.models import Case
from legal_desk.domain.lifecycle import Stage
from legal_desk.services import cases
from legal_desk.services.cases import CaseQuery, DebtInput, HandoverInput, PartyInput
from legal_desk.services.demo import load_demo
from legal_desk.services.desk import Desk
from legal_desk.services.reports import HEADERS
from legal_desk.services.users import actor_for
from legal_desk.ui.views.case_list import CaseListView
from legal_desk.ui.views.dashboard import DashboardView, chart_scale, load_dashboard
from tests.conftest import DEMO_TODAY
from tests.ui.helpers import make_ctx, settle

SHOTS = Path("tests/_artifacts/screenshots")

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


def test_dashboard_gives_each_currency_its_own_scale(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    """Euros were an invisible sliver beside billions of pesos on one shared axis («0» millones of euros).
    Each currency now has its own chart and unit; the figures are those of the database."""
    admin = actor_for(sqlite_desk, "admin")
    load_demo(sqlite_desk, admin, 60, today=DEMO_TODAY)
    _hand_over(sqlite_desk, "ES-1", "ES", "37500", "DNI", "12345678Z")
    ctx = make_ctx(sqlite_desk, "admin", tmp_path)
    data = load_dashboard(ctx, DEMO_TODAY)
    with sqlite_desk.reading() as s:
        live = Case.archived.is_(False)
        per_stage = dict(s.execute(select(Case.stage, func.count()).where(live).group_by(Case.stage)).all())
        money = {
            cur: (Decimal(cap), Decimal(rec))
            for cur, cap, rec in s.execute(
                select(Case.currency, func.sum(Case.capital), func.sum(Case.recovered))
                .where(live)
                .group_by(Case.currency)
            )
        }
    assert data.stages == per_stage
    assert data.ready_to_file == per_stage.get(Stage.READY_TO_FILE.value, 0)
    assert data.money == money and list(data.money) == ["COP", "EUR"]

    view = DashboardView(ctx, today=DEMO_TODAY)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitUntil(lambda: view.data is not None and set(view.money_charts) == {"COP", "EUR"}, timeout=10_000)
    settle(qtbot)
    cop, eur = view.money_charts["COP"].chart(), view.money_charts["EUR"].chart()
    assert cop.title() == "COP (en millones)" and eur.title() == "EUR (en miles)"
    eur_claimed = next(b for b in eur.series()[0].barSets() if b.label() == "Reclamado")
    assert eur_claimed.at(0) == 37.5
    eur_axis = next(a for a in eur.axes() if a.orientation().name == "Horizontal")
    assert eur_axis.max() <= 60  # its own scale: the bar fills most of the chart
    cop_axis = next(a for a in cop.axes() if a.orientation().name == "Horizontal")
    assert cop_axis.max() >= float(money["COP"][0] / 1_000_000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "dashboard_per_currency.png"))


def test_chart_scale_picks_a_readable_unit() -> None:
    assert chart_scale(Decimal("4908178500")) == Decimal(1_000_000)
    assert chart_scale(Decimal("37500")) == Decimal(1_000)
    assert chart_scale(Decimal("950")) == Decimal(1)
