"""Splitter positions and dialog sizes are kept from one session to the next.

Only the main window's geometry and the docket's columns were kept: the line dragged between a case's
evidence list and its preview was back in the middle for the next case and at the next start, and the packet
dialog and the handover wizard, made larger to read them, opened small again every time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QSplitter

from legal_desk.services.demo import load_demo
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.dialogs.packet import PacketDialog
from legal_desk.ui.views.case_file import CaseFileView
from legal_desk.ui.views.legal_panel import LegalPanel
from legal_desk.ui.wizards.handover import HandoverWizard
from tests.conftest import DEMO_TODAY
from tests.ui.helpers import make_ctx, settle, wait_loaded

pytestmark = pytest.mark.usefixtures("spanish", "no_modal")


def drag(qtbot: Any, splitter: QSplitter, by: int) -> None:
    """What the user does: press on the handle between the two panes and drag it `by` pixels."""
    handle = splitter.handle(1)
    start = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    step = QPoint(by, 0) if splitter.orientation() == Qt.Orientation.Horizontal else QPoint(0, by)
    qtbot.mouseMove(handle, start + step)
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + step)


def test_the_evidence_preview_keeps_the_width_the_user_dragged_it_to(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path
) -> None:
    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 3, today=DEMO_TODAY)
    ctx = make_ctx(sqlite_desk, "admin", tmp_path)
    first = wait_loaded(qtbot, CaseFileView(ctx, 1))
    qtbot.addWidget(first)
    first.resize(1200, 700)
    first.show()
    first.tabs.setCurrentWidget(first.evidence_tab)
    settle(qtbot, 1)
    splitter = first.evidence_tab.splitter
    before = splitter.sizes()
    drag(qtbot, splitter, -200)  # a wider preview, to read a scanned pagaré
    dragged = splitter.sizes()
    assert dragged[1] > before[1] + 100
    # another case, in this session or the next (a new context reads the same settings file)
    second = wait_loaded(qtbot, CaseFileView(make_ctx(sqlite_desk, "admin", tmp_path), 2))
    qtbot.addWidget(second)
    second.resize(1200, 700)
    second.show()
    second.tabs.setCurrentWidget(second.evidence_tab)
    settle(qtbot, 1)
    assert second.evidence_tab.splitter.sizes() == dragged


def test_the_deadlines_splitter_is_kept(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    panel = LegalPanel(make_ctx(sqlite_desk, "admin", tmp_path), today=DEMO_TODAY)
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    panel.tabs.setCurrentIndex(2)
    settle(qtbot, 1)
    splitter = panel.findChildren(QSplitter)[0]
    drag(qtbot, splitter, -120)  # more room for the tacit-abandonment alerts
    dragged = splitter.sizes()
    again = LegalPanel(make_ctx(sqlite_desk, "admin", tmp_path), today=DEMO_TODAY)
    qtbot.addWidget(again)
    again.resize(1100, 700)
    again.show()
    again.tabs.setCurrentIndex(2)
    settle(qtbot, 1)
    assert again.findChildren(QSplitter)[0].sizes() == dragged


def test_the_packet_dialog_and_the_handover_wizard_open_at_the_size_they_were_left(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path
) -> None:
    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 2, today=DEMO_TODAY)
    ctx = make_ctx(sqlite_desk, "admin", tmp_path)
    dialog = PacketDialog(ctx, 1)
    qtbot.addWidget(dialog)
    default = dialog.size()
    dialog.show()
    dialog.resize(default.width(), default.height() - 100)  # (the test screen is 800 px wide)
    settle(qtbot, 1)
    dialog.reject()
    wizard = HandoverWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.resize(700, 560)
    wizard.reject()

    later = make_ctx(sqlite_desk, "admin", tmp_path)  # the next start reads the same settings file
    again = PacketDialog(later, 1)
    qtbot.addWidget(again)
    assert again.size() == QSize(default.width(), default.height() - 100) != default
    wizard_again = HandoverWizard(later)
    qtbot.addWidget(wizard_again)
    assert wizard_again.size() == QSize(700, 560)
