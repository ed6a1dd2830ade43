"""Working without the mouse: shortcuts without clashes on every screen, the docket → case file → docket flow."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from legal_desk.services.demo import load_demo
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.context import UiContext
from legal_desk.ui.events import AppEvents
from legal_desk.ui.main_window import MainWindow
from legal_desk.ui.settings import UiSettings
from tests.conftest import DEMO_TODAY
from tests.ui.helpers import settle

pytestmark = pytest.mark.usefixtures("spanish", "no_modal")


def make_window(qtbot, desk: Desk, user: str, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = UiSettings(QSettings(str(tmp_path / f"{user}.ini"), QSettings.Format.IniFormat))
    window = MainWindow(UiContext(desk, actor_for(desk, user), AppEvents(), settings))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    settle(qtbot)
    return window


def live_shortcuts(window: QWidget) -> dict[str, list[str]]:
    """Every key that would fire now (enabled, visible action, button or shortcut) → what it would fire.

    Qt refuses a key bound to two live things («Ambiguous shortcut overload») and neither happens.
    """
    keys: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        if action.isEnabled() and action.isVisible():
            for seq in action.shortcuts():
                keys.setdefault(seq.toString(), []).append(action.text())
    for button in window.findChildren(QAbstractButton):
        if not button.shortcut().isEmpty() and button.isVisible() and button.isEnabled():
            keys.setdefault(button.shortcut().toString(), []).append(button.text())
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if shortcut.isEnabled() and isinstance(parent, QWidget) and parent.isVisible():
            keys.setdefault(shortcut.key().toString(), []).append(type(parent).__name__)
    return keys


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {k: v for k, v in live_shortcuts(window).items() if len(v) > 1}


@pytest.mark.parametrize("user", ["admin", "abogada", "dependiente", "cobranza"])
def test_no_shortcut_is_bound_twice_on_any_screen(qtbot, sqlite_desk: Desk, tmp_path: Path, user: str) -> None:
    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 6, today=DEMO_TODAY)
    window = make_window(qtbot, sqlite_desk, user, tmp_path)
    found: dict[str, dict[str, list[str]]] = {}
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        settle(qtbot, 1)
        panel = window.stack.currentWidget()
        inner = getattr(panel, "tabs", None)
        for i in range(inner.count() if inner is not None else 1):
            if inner is not None:
                inner.setCurrentIndex(i)
                settle(qtbot, 1)
            where = window.nav.item(row).text() + (f" / {inner.tabText(i)}" if inner is not None else "")
            if clash := clashes(window):
                found[where] = clash
    view = window.open_case(1)
    assert view is not None
    settle(qtbot, 1)
    tabs = view.tabs  # type: ignore[attr-defined]
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        settle(qtbot, 1)
        if clash := clashes(window):
            found[f"expediente / {tabs.tabText(i)}"] = clash
    assert found == {}


def test_legal_panel_keys_no_longer_swallow_new_case_and_import(qtbot, sqlite_desk: Desk, tmp_path: Path) -> None:
    """Ctrl+N on «Términos y tasas» used to do nothing at all: the closure button held the same key."""
    window = make_window(qtbot, sqlite_desk, "admin", tmp_path)
    window.show_panel(window.legal)
    settle(qtbot, 1)
    assert window.legal.add_closure_button.isVisible()
    keys = live_shortcuts(window)
    assert keys["Ctrl+N"] == [window.act_new_case.text()]
    assert keys["Ctrl+Shift+N"] == [window.legal.add_closure_button.text()]
    window.legal.tabs.setCurrentIndex(1)  # Tasas de interés
    settle(qtbot, 1)
    keys = live_shortcuts(window)
    assert keys["Ctrl+I"] == [window.act_import.text()]
    assert keys["Ctrl+Shift+I"] == [window.legal.import_button.text()]


def test_quit_settings_and_close_case_have_keys_on_every_platform(qtbot, sqlite_desk: Desk, tmp_path: Path) -> None:
    """Linux outside KDE/GNOME has no standard Quit/Preferences key and only Ctrl+F4 to close: the menu showed
    «Salir» and «Configuración…» with no key and Ctrl+W did nothing."""
    window = make_window(qtbot, sqlite_desk, "abogada", tmp_path)
    assert not window.act_quit.shortcut().isEmpty()
    assert not window.act_settings.shortcut().isEmpty()
    assert "Ctrl+W" in [s.toString() for s in window.act_close_tab.shortcuts()]


def test_docket_to_case_file_and_back_without_the_mouse(qtbot, sqlite_desk: Desk, tmp_path: Path) -> None:
    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 6, today=DEMO_TODAY)
    window = make_window(qtbot, sqlite_desk, "admin", tmp_path)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    docket = window.docket
    assert docket is not None
    assert QApplication.focusWidget() is docket.search
    # Down from the search box goes to the results, on the first row
    qtbot.keyClick(docket.search, Qt.Key.Key_Down)
    settle(qtbot, 1)
    assert QApplication.focusWidget() is docket.table
    assert docket.table.currentIndex().row() == 0
    first = docket.current_case_id()
    qtbot.keyClick(docket.table, Qt.Key.Key_Return)
    settle(qtbot)
    view = window.current_case_view()
    assert view is not None and view.case_id == first  # type: ignore[attr-defined]
    # the keyboard is in the case file, not left behind on the hidden docket
    focus = QApplication.focusWidget()
    assert focus is not None and view.isAncestorOf(focus)
    qtbot.keyClick(focus, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert window.current_case_view() is None
    assert window.open_case_ids() == []
    # back on the docket, on the row that was opened
    assert QApplication.focusWidget() is docket.table
    assert docket.current_case_id() == first
