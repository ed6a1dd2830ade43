"""A save in a case file does not make the hidden dashboard and «Términos y tasas» re-read 100,000 cases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool

from legal_desk.services import agenda as agenda_service
from legal_desk.services.desk import Desk
from legal_desk.ui.views import dashboard
from legal_desk.ui.views.dashboard import DashboardView
from legal_desk.ui.views.legal_panel import LegalPanel
from tests.ui.helpers import make_ctx, settle
from tests.ui.test_qa_polish_round import hand_over


def counted(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    """Replace module.name by itself, counting the calls."""
    calls: list[int] = []
    real = getattr(module, name)
    monkeypatch.setattr(module, name, lambda *a, **k: calls.append(1) or real(*a, **k))
    return calls


def cases_on(view: DashboardView) -> int:
    """How many cases the dashboard shows (by stage)."""
    assert view.data is not None
    return sum(view.data.stages.values())


def test_the_hidden_dashboard_gathers_its_figures_when_shown_not_after_every_save(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gathered = counted(monkeypatch, dashboard, "load_dashboard")
    view = DashboardView(make_ctx(sqlite_desk, "admin", tmp_path))
    qtbot.addWidget(view)
    settle(qtbot)
    assert gathered == [1] and view.data is not None and cases_on(view) == 0
    case_id = hand_over(sqlite_desk, "CO-1", "CO", "3000000", "CC", "79456123")
    for _ in range(3):  # three saves while the user is in a case file
        view.ctx.events.case_changed.emit(case_id)
    view.ctx.events.cases_changed.emit()
    settle(qtbot)
    assert gathered == [1]  # hidden: nothing gathered for nobody
    view.show()  # the user comes back to the dashboard: gathered once, with every change
    qtbot.waitUntil(lambda: view.data is not None and cases_on(view) == 1, timeout=10_000)
    assert gathered == [1, 1]
    view.ctx.events.case_changed.emit(case_id)  # in view: at once
    settle(qtbot)
    assert gathered == [1, 1, 1]


def test_an_older_gathering_finishing_late_is_not_shown(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    view = DashboardView(make_ctx(sqlite_desk, "admin", tmp_path))
    qtbot.addWidget(view)
    settle(qtbot)
    assert view.data is not None
    older = dashboard.load_dashboard(view.ctx, view.today())
    hand_over(sqlite_desk, "CO-1", "CO", "3000000", "CC", "79456123")
    view.show()
    view.reload()
    view.reload()  # two requests: the first one's answer is outdated by the second
    newest = view._generation
    settle(qtbot)
    assert view.data is not None and cases_on(view) == 1
    view._on_gathered((newest - 1, older))  # the first request answering last
    assert cases_on(view) == 1


def test_hidden_terms_panel_re_reads_the_limitation_watch_when_shown(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    watched = counted(monkeypatch, agenda_service, "limitation_watch")
    panel = LegalPanel(make_ctx(sqlite_desk, "admin", tmp_path), today=dt.date.today())
    qtbot.addWidget(panel)
    settle(qtbot)
    assert watched == [1] and panel.limitation_model.rowCount() == 0
    case_id = hand_over(sqlite_desk, "CO-1", "CO", "3000000", "CC", "79456123")
    panel.ctx.events.case_changed.emit(case_id)
    panel.ctx.events.case_changed.emit(case_id)
    settle(qtbot)
    assert watched == [1]
    panel.show()
    QThreadPool.globalInstance().waitForDone()
    qtbot.waitUntil(lambda: len(watched) == 2 and panel.limitation_model.rowCount() == 1, timeout=10_000)
    panel.ctx.events.case_changed.emit(case_id)  # in view: at once
    settle(qtbot)
    assert len(watched) == 3
