"""Collections' own dashboard: their handovers' figures, each tile opening «Mis entregas» on exactly those cases.

The legal team's tiles (ready to file, hearings this week, overdue terms, limitation) were shown to collections,
and clicking any of them just opened «Mis entregas» unfiltered; the lawyer keeps those tiles.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from legal_desk.services import cases
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.context import UiContext
from legal_desk.ui.events import AppEvents
from legal_desk.ui.main_window import HandoversView, MainWindow
from legal_desk.ui.settings import UiSettings
from tests.integration.test_roles_audit import _make_pre_legal
from tests.integration.test_services_core import handover
from tests.ui.helpers import settle

SHOTS = Path(__file__).resolve().parents[2] / "tests" / "_artifacts" / "screenshots"

pytestmark = pytest.mark.usefixtures("spanish", "no_modal")


def _window(qtbot, desk: Desk, user: str, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = UiSettings(QSettings(str(tmp_path / f"{user}.ini"), QSettings.Format.IniFormat))
    window = MainWindow(UiContext(desk, actor_for(desk, user), AppEvents(), settings))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    return window


def _shown_refs(view: HandoversView) -> dict[str, list[str]]:
    """Per group shown in the tree: the obligations listed under it (and the reason column)."""
    shown: dict[str, list[str]] = {}
    for row in range(view.model.rowCount()):
        parent = view.model.item(row, 0)
        key = parent.data(Qt.ItemDataRole.UserRole + 1)
        shown[key] = [
            f"{parent.child(i, 0).text()}|{parent.child(i, 4).text()}" for i in range(parent.rowCount())
        ]
    return shown


@pytest.fixture
def portfolio(sqlite_desk: Desk) -> Desk:
    """cobranza's work: two returned (one with a reason), one waiting, one accepted this month, one pre-legal
    nobody handed over; and a handover of another analyst legal accepted (never on cobranza's screens)."""
    desk = sqlite_desk
    col, law = actor_for(desk, "cobranza"), actor_for(desk, "abogada")
    ids = {ref: handover(desk, col, ref=ref).case_id for ref in ("OB-R1", "OB-R2", "OB-P1", "OB-A1")}
    cases.return_to_collections(desk, law, ids["OB-R1"], "Falta el pagaré original")
    cases.return_to_collections(desk, law, ids["OB-R2"], "Deudor fallecido: cobrar a la sucesión")
    cases.move_stage(desk, law, ids["OB-A1"], "EVIDENCE")
    _make_pre_legal(desk, "OB-PRE")
    other = handover(desk, actor_for(desk, "admin"), ref="OB-ADM").case_id
    cases.move_stage(desk, law, other, "EVIDENCE")
    return desk


def test_collections_dashboard_shows_their_own_work_and_each_tile_filters_mis_entregas(
    qtbot, portfolio: Desk, tmp_path: Path
) -> None:
    window = _window(qtbot, portfolio, "cobranza", tmp_path)
    window.show()
    dash = window.dashboard
    window.show_panel(dash)
    settle(qtbot)
    captions = {key: tile.caption.text() for key, tile in dash.collection_tiles.items()}
    values = {key: tile.number.text() for key, tile in dash.collection_tiles.items()}
    assert captions == {
        "returned": "Devueltas por jurídico, con el motivo",
        "pending": "Entregadas, pendientes de aceptar por jurídico",
        "prelegal": "En cobro prejurídico, sin entregar",
        "accepted": "Aceptadas por jurídico este mes",
    }
    assert values == {"returned": "2", "pending": "1", "prelegal": "1", "accepted": "1"}
    # the legal team's tiles are not on their dashboard
    for tile in (dash.tile_ready, dash.tile_hearings, dash.tile_overdue, dash.tile_limitation):
        assert not tile.isVisible()
    assert "agenda" not in dash.empty_label.text()
    dash.grab().save(str(SHOTS / "collections_dashboard.png"))

    view = window.handovers
    assert isinstance(view, HandoversView)
    expected = {
        "returned": [
            "OB-R2|Deudor fallecido: cobrar a la sucesión",
            "OB-R1|Falta el pagaré original",
        ],
        "pending": ["OB-P1|"],
        "prelegal": ["OB-PRE|"],
        "accepted": ["OB-A1|"],
    }
    for key, refs in expected.items():
        window.show_panel(dash)
        QTest.mouseClick(dash.collection_tiles[key], Qt.MouseButton.LeftButton)
        settle(qtbot)
        assert window.stack.currentWidget() is view
        assert _shown_refs(view) == {key: refs}, key
        assert view.filter_bar.isVisible()
        assert view.filter_label.text() == f"Solo: {view.group_titles()[key]}"
        view.grab().save(str(SHOTS / f"collections_tile_{key}.png"))

    QTest.mouseClick(view.show_all_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert not view.filter_bar.isVisible()
    assert set(_shown_refs(view)) == {"returned", "pending", "in_progress", "closed", "prelegal"}
    assert "OB-A1|" in _shown_refs(view)["in_progress"]
    assert "también" not in view.hint.text() and "sin entregar" in view.hint.text()


def test_the_lawyer_keeps_the_legal_teams_tiles(qtbot, portfolio: Desk, tmp_path: Path) -> None:
    window = _window(qtbot, portfolio, "abogada", tmp_path)
    window.show()
    window.show_panel(window.dashboard)
    settle(qtbot)
    dash = window.dashboard
    assert not hasattr(dash, "collection_tiles")
    for tile in (dash.tile_ready, dash.tile_hearings, dash.tile_overdue, dash.tile_limitation):
        assert tile.isVisible()
    assert dash.tile_ready.caption.text() == "Listos para radicar"


def test_accepted_this_month_follows_the_month_of_the_dashboards_day(qtbot, portfolio: Desk, tmp_path: Path) -> None:
    """A month later the acceptance is last month's: the tile reads 0 and its filter lists nothing."""
    from legal_desk.ui.views.dashboard import load_dashboard

    ctx = UiContext(portfolio, actor_for(portfolio, "cobranza"), AppEvents(), None)  # type: ignore[arg-type]
    today = dt.date.today()
    assert load_dashboard(ctx, today).accepted_this_month == 1
    assert load_dashboard(ctx, today + dt.timedelta(days=40)).accepted_this_month == 0
