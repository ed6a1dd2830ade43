"""Two desks on one database: what one user saves shows on the other's open views within one look."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from legal_desk.services import cases, contacts
from legal_desk.services.cases import DebtInput, HandoverInput, PartyInput
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.main_window import MainWindow
from legal_desk.ui.watch import ChangeWatcher
from tests.ui.helpers import make_ctx, settle, wait_loaded

pytestmark = pytest.mark.usefixtures("spanish")


def test_a_contact_logged_on_another_desk_shows_in_the_open_case_file(qtbot, desk: Desk, tmp_path: Path) -> None:
    case_id = cases.hand_over_case(
        desk,
        actor_for(desk, "cobranza"),
        HandoverInput(
            "OB-W", PartyInput("Rosa Ñañez", "CC", "52111222"), DebtInput(Decimal("5000000"), dt.date(2024, 3, 15))
        ),
    ).case_id
    ctx = make_ctx(desk, "abogada", tmp_path)
    ctx.watch_ms = 60_000  # looks are driven by the test (watcher.look), not by the clock
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    watcher = window.watcher
    assert isinstance(watcher, ChangeWatcher) and watcher.timer.isActive()
    qtbot.waitUntil(lambda: watcher.after is not None, timeout=10_000)  # the first look notes where the chain ends
    view = wait_loaded(qtbot, window.open_case(case_id))
    assert view.case.contacts == []

    announced: list[object] = []
    watcher.announced.connect(announced.append)
    contacts.log_contact(
        desk, actor_for(desk, "dependiente"), "OB-W", channel="call", at=dt.datetime(2025, 7, 1, 9), outcome="no_answer"
    )
    watcher.look()
    qtbot.waitUntil(lambda: bool(announced), timeout=10_000)
    qtbot.waitUntil(lambda: len(view.case.contacts) == 1 and not view.is_loading(), timeout=10_000)
    assert "dependiente cambió un expediente que usted tiene abierto" in window.statusBar().currentMessage()

    # her own save is not announced back to her (her views already refreshed on it)
    announced.clear()
    contacts.log_contact(
        desk, actor_for(desk, "abogada"), "OB-W", channel="sms", at=dt.datetime(2025, 7, 2, 9), outcome="no_answer"
    )
    watcher.look()
    settle(qtbot)
    qtbot.waitUntil(lambda: watcher._worker is None, timeout=10_000)
    assert announced == []
    window.close()
    assert not watcher.timer.isActive()


def test_the_watcher_is_off_unless_the_context_asks_for_it(qtbot, sqlite_desk: Desk, tmp_path: Path) -> None:
    window = MainWindow(make_ctx(sqlite_desk, "abogada", tmp_path))
    qtbot.addWidget(window)
    assert window.watcher is None
