"""What a screen reader (NVDA, JAWS, Orca) announces: every widget reached with Tab has a name.

The docket's search box and table, the agenda's ◀ ▶ buttons, calendar and table, the dashboard's charts,
the case file's tables and ▾ button, the navigation list and the import dialog's creditor fields were
announced as «editable text», «table», «button», «graphic»: no name from a text, a label's buddy or an
accessible name. The charts now also describe their figures.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QDialog, QScrollArea, QStackedWidget, QTabWidget, QWidget

from legal_desk.services.demo import load_demo
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.dialogs.bulk_import import BulkImportDialog
from legal_desk.ui.dialogs.checklist import ChecklistDialog
from legal_desk.ui.dialogs.packet import PacketDialog
from legal_desk.ui.dialogs.templates import TemplatesDialog
from legal_desk.ui.i18n import install_language
from legal_desk.ui.main_window import MainWindow
from legal_desk.ui.wizards.handover import HandoverWizard
from tests.conftest import DEMO_TODAY
from tests.ui.helpers import make_ctx, settle, wait_loaded

pytestmark = pytest.mark.usefixtures("spanish", "no_modal")

#: containers that take focus only to pass it on (their tabs, pages or contents are announced)
CONTAINERS = (QTabWidget, QScrollArea, QStackedWidget)


def accessible_name(widget: QWidget) -> str:
    """The name Qt gives assistive technology: the accessible name, else the text, else a label's buddy."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def is_part_of_another(widget: QWidget) -> bool:
    """A scroll area's viewport or one of Qt's own sub-widgets (a spin box's line edit, a calendar's grid):
    the widget around it carries the name."""
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
        return True
    return widget.objectName().startswith("qt_")


def unnamed_focusable(root: QWidget) -> list[str]:
    missing = []
    for w in root.findChildren(QWidget):
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus or not w.isVisibleTo(root) or not w.isEnabled():
            continue
        if isinstance(w, CONTAINERS) or is_part_of_another(w):
            continue
        if not accessible_name(w):
            missing.append(f"{type(w).__name__} in {type(w.parentWidget()).__name__} (tip {w.toolTip()!r})")
    return missing


@pytest.mark.parametrize("language", ["es", "en"])
def test_every_focusable_widget_of_the_main_window_and_dialogs_has_a_name(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, language: str
) -> None:
    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 3, today=DEMO_TODAY)
    install_language(language)
    ctx = make_ctx(sqlite_desk, "admin", tmp_path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    settle(qtbot)
    missing: dict[str, list[str]] = {}
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        settle(qtbot, 1)
        missing[window.nav.item(row).text()] = unnamed_focusable(window)
    view = window.open_case(1)
    assert view is not None
    wait_loaded(qtbot, view)
    for index in range(view.tabs.count()):  # type: ignore[attr-defined]
        view.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
        settle(qtbot, 1)
        missing[view.tabs.tabText(index)] = unnamed_focusable(window)  # type: ignore[attr-defined]
    dialogs: list[QDialog] = [
        PacketDialog(ctx, 1, window),
        BulkImportDialog(ctx, window),
        HandoverWizard(ctx, window),
        ChecklistDialog(ctx, window),
        TemplatesDialog(ctx, window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot, 1)
        missing[type(dialog).__name__] = unnamed_focusable(dialog)
        if isinstance(dialog, HandoverWizard):
            for page in range(2):
                dialog.next()
                settle(qtbot, 1)
                missing[f"HandoverWizard page {page + 2}"] = unnamed_focusable(dialog)
        dialog.close()
    assert {k: v for k, v in missing.items() if v} == {}


def test_charts_name_themselves_and_describe_their_figures(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    from legal_desk.ui.views.dashboard import DashboardView

    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 6, today=DEMO_TODAY)
    view = DashboardView(make_ctx(sqlite_desk, "admin", tmp_path), today=DEMO_TODAY)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.data is not None, timeout=10_000)
    assert accessible_name(view.stage_chart) == "Expedientes por etapa"
    description = view.stage_chart.accessibleDescription()
    stages = view.data.stages  # type: ignore[union-attr]
    assert description.count(":") >= 2 and str(max(stages.values())) in description
    cop = view.money_charts["COP"]
    assert "COP" in accessible_name(cop)
    assert cop.accessibleDescription().startswith("Reclamado: $") and "Recuperado" in cop.accessibleDescription()


def test_search_box_keeps_its_name_after_typing(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    """The placeholder that says what the box searches disappears once typed in; the name stays."""
    from legal_desk.ui.views.case_list import CaseListView

    ctx = make_ctx(sqlite_desk, "admin", tmp_path)
    view = CaseListView(ctx)
    qtbot.addWidget(view)
    view.search.setText("garcía")
    assert accessible_name(view.search) == "Buscar expedientes"
    install_language("en")
    ctx.events.language_changed.emit("en")  # as the settings dialog does
    assert accessible_name(view.search) == "Search cases"
