"""A desktop font of 14–16 pt (low vision, a 4K screen): headings grow with it and nothing is cut.

Headings and the navigation had sizes fixed in pixels or points: at 15 pt the case file's title (15 px)
and the navigation (11 pt) were smaller than the body text, and the agenda's calendar, held at 320 px,
cut «mar» and «dom» to «…».
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from legal_desk.services.demo import load_demo
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui import theme
from legal_desk.ui.dialogs.bulk_import import BulkImportDialog
from legal_desk.ui.main_window import MainWindow
from legal_desk.ui.views.agenda import AgendaView
from legal_desk.ui.views.case_file import CaseFileView
from legal_desk.ui.views.dashboard import DashboardView
from tests.conftest import DEMO_TODAY
from tests.ui.helpers import make_ctx, settle, wait_loaded

pytestmark = pytest.mark.usefixtures("spanish", "no_modal")

SHOTS = Path(__file__).parents[1] / "_artifacts" / "screenshots"


@pytest.fixture
def big_font(qapp: QApplication) -> Iterator[float]:
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(15)
    qapp.setFont(font)
    yield 15.0
    qapp.setFont(before)


def test_at_least_keeps_the_usual_size_and_grows_with_a_big_font() -> None:
    normal = QFont()
    normal.setPointSizeF(9)
    assert theme.at_least(normal, 15, 1.4).pointSizeF() == 15  # the look on a usual desktop is unchanged
    big = QFont()
    big.setPointSizeF(16)
    assert theme.at_least(big, 15, 1.4, bold=True).pointSizeF() == pytest.approx(22.4)
    assert theme.at_least(big, 15, 1.4, bold=True).bold()


def test_headings_are_not_smaller_than_the_text_at_15_pt(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, big_font: float
) -> None:
    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 2, today=DEMO_TODAY)
    ctx = make_ctx(sqlite_desk, "admin", tmp_path)
    case = wait_loaded(qtbot, CaseFileView(ctx, 1))
    qtbot.addWidget(case)
    assert case.title.font().pointSizeF() > big_font
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert f"font-size: {big_font * 1.1:g}pt" in window.nav.styleSheet()
    dashboard = DashboardView(ctx, today=DEMO_TODAY)
    qtbot.addWidget(dashboard)
    assert dashboard.title.font().pointSizeF() > big_font
    assert dashboard.tile_ready.number.font().pointSizeF() > dashboard.title.font().pointSizeF()
    dialog = BulkImportDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.drop_zone.font().pointSizeF() > big_font
    # the drop zone's small print (the columns a file needs) follows the body text; it was fixed at 12 px
    assert f"<p style='font-size:{big_font:g}pt'>" in dialog.drop_zone.text()
    dialog.resize(900, 560)
    dialog.show()
    settle(qtbot, 1)
    dialog.grab().save(str(SHOTS / "bulk_import_drop_zone_15pt.png"))


def test_the_agenda_calendar_shows_whole_day_names_at_15_pt(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, big_font: float
) -> None:
    view = AgendaView(make_ctx(sqlite_desk, "admin", tmp_path), today=DEMO_TODAY)
    qtbot.addWidget(view)
    view.resize(1400, 700)
    view.show()
    settle(qtbot, 1)
    view.grab().save(str(SHOTS / "agenda_15pt.png"))
    assert view.calendar.width() >= view.calendar.sizeHint().width()


def test_the_usual_font_keeps_the_usual_sizes(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if app.font().pointSizeF() > 10:
        pytest.skip("this machine's default font is already large")
    ctx = make_ctx(sqlite_desk, "admin", tmp_path)
    view = AgendaView(ctx, today=DEMO_TODAY)
    qtbot.addWidget(view)
    assert view.calendar.maximumWidth() == 320
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert "font-size: 11pt" in window.nav.styleSheet()
    dialog = BulkImportDialog(ctx)
    qtbot.addWidget(dialog)
    assert "<p style='font-size:9pt'>" in dialog.drop_zone.text()  # 12 px on a usual 96-dpi desktop, as before


def test_the_main_window_fits_a_1366_laptop_at_15_pt(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, big_font: float
) -> None:
    """The window could not be narrower than its widest panel: at 15 pt «Términos y tasas» asked for 1,550 px
    (calendar options, the cuantía's lists side by side) and the docket's filter row 1,110 px, so the window
    needed 1,800 px. Each legal tab now scrolls within the room it has, and the filters take less."""
    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 3, today=DEMO_TODAY)
    window = MainWindow(make_ctx(sqlite_desk, "admin", tmp_path))
    qtbot.addWidget(window)
    window.open_case(1)
    settle(qtbot)
    assert window.minimumSizeHint().width() <= 1366 - 16  # the screen less the window's frame
    window.resize(1366, 728)
    window.show()
    settle(qtbot, 1)
    assert window.width() == 1366
    window.show_panel(window.legal)
    window.legal.tabs.setCurrentWidget(window.legal.tabs.widget(4))  # Cuantía
    settle(qtbot, 1)
    window.grab().save(str(SHOTS / "main_window_1366_15pt_cuantia.png"))
    tab = window.legal.legal_data_tab
    # the value box beside «Valor en pesos» is wide enough to type an amount (it was squeezed to «p…»)
    assert tab.amount_edit.width() >= tab.amount_edit.fontMetrics().horizontalAdvance("1.750.905.000")


@pytest.mark.parametrize("language", ["es", "en"])
def test_terms_and_rates_does_not_scroll_sideways_at_15_pt_on_1366(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, big_font: float, language: str
) -> None:
    """At 15 pt on a 1366 px laptop «Calendario judicial» (four option labels that never wrapped, and
    «Cierres y reaperturas» beside them half off the edge), «Términos» (the date row and its buttons) and
    «Cuantía» (the cities box title, the two lists side by side, «Origen» squeezed to «…») scrolled sideways.
    The panes now stack when they do not fit, the labels wrap, and each table is as wide as its columns."""
    from PySide6.QtWidgets import QScrollArea

    from legal_desk.ui.i18n import install_language

    install_language(language)
    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 2, today=DEMO_TODAY)
    window = MainWindow(make_ctx(sqlite_desk, "admin", tmp_path))
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    window.show_panel(window.legal)
    settle(qtbot)
    tabs = window.legal.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle(qtbot, 1)
        area = tabs.currentWidget()
        assert isinstance(area, QScrollArea)
        window.grab().save(str(SHOTS / f"legal_1366_15pt_{language}_{index}.png"))
        assert area.horizontalScrollBar().maximum() == 0, tabs.tabText(index)
    # the calendar: closures below the calculator, each option's label wrapped within the tab
    assert not window.legal.calendar_fold.is_side_by_side()
    for check in window.legal.option_checks.values():
        assert check.geometry().right() <= check.parentWidget().width()
        assert check.height() >= check.heightForWidth(check.width())  # the whole label shows, however wrapped
    # the cuantía: the SMLMV table shows each column whole («Origen» was «…»)
    tab = window.legal.legal_data_tab
    view = tab.wage_view
    for column in range(tab.wage_model.columnCount()):
        assert view.columnWidth(column) >= view.horizontalHeader().sectionSizeHint(column)
        assert view.columnWidth(column) >= view.sizeHintForColumn(column)


def test_terms_and_rates_keeps_panes_side_by_side_with_the_usual_font(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path
) -> None:
    window = MainWindow(make_ctx(sqlite_desk, "admin", tmp_path))
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    window.show_panel(window.legal)
    settle(qtbot)
    assert window.legal.calendar_fold.is_side_by_side()  # a wide enough window loses nothing
    check = window.legal.option_checks["calendar.holy_week_closed"]
    was = check.isChecked()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=check.rect().center())  # a click on the label toggles
    assert check.isChecked() != was
    assert check.text().startswith("Semana Santa") and check.accessibleName() == check.text()
