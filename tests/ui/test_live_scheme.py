"""The desktop switched between light and dark while the program runs.

The palette was chosen once, at start-up: a lawyer who turned on dark mode in the evening (or whose desktop
does it at sunset) kept a white window, and a switch back to light left dark charts and pale text on a white
window until the next start. The program now follows QStyleHints.colorSchemeChanged: the application's
palette, every style sheet chosen by the theme, and the screens that keep colours of their own (the
dashboard's charts and tiles, the agenda's calendar, the users' list) take the new palette at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from legal_desk.services.demo import load_demo
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui import theme
from legal_desk.ui.main_window import MainWindow
from legal_desk.ui.models.case_table import COLUMN_KEYS
from legal_desk.ui.views.agenda import CONFLICT, AgendaView
from legal_desk.ui.views.dashboard import DashboardView
from tests.conftest import DEMO_TODAY
from tests.ui.helpers import make_ctx, settle, wait_rows

pytestmark = pytest.mark.usefixtures("spanish", "no_modal")

SHOTS = Path(__file__).parents[1] / "_artifacts" / "screenshots"


@pytest.fixture
def following(qapp: QApplication) -> Iterator[QApplication]:
    """The application follows the desktop's scheme, starting light; its own palette is restored after."""
    before = QPalette(qapp.palette())
    qapp.setPalette(theme.light_palette())
    theme.follow_desktop_scheme(qapp)
    yield qapp
    theme.apply_scheme(False)
    qapp.setPalette(before)


def desktop_switches_to(qapp: QApplication, qtbot: Any, scheme: Qt.ColorScheme) -> None:
    """What the platform does when the user flips the desktop's dark mode."""
    qapp.styleHints().colorSchemeChanged.emit(scheme)
    settle(qtbot, 2)


def test_restyled_gives_back_the_light_sheet_and_the_template() -> None:
    dark = theme.dark_palette()
    light = theme.light_palette()
    sheet = "color:#7a4a00; font-weight:bold;"
    shown = theme.adapted(sheet, dark)
    assert shown == "color:#fcd34d; font-weight:bold;"
    assert theme.restyled(shown, light) == sheet
    template = "color: {warning}; border: none;"
    dark_sheet = theme.style(template, dark)
    # «warning» and «notice_fg» share their light colour but not their dark one: the template decides
    assert theme.restyled(theme.style(template, light), dark) == dark_sheet
    assert theme.restyled(dark_sheet, light) == theme.style(template, light)
    assert theme.restyled("font-weight:bold;", dark) == "font-weight:bold;"  # no colour: left alone


def test_the_whole_window_follows_a_dark_switch_and_back(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, following: QApplication
) -> None:
    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 30, today=DEMO_TODAY)
    # One case not yet filed prescribes in ten days, so the docket has a tinted limitation cell (filed cases
    # are no longer tinted while the filing interrupts limitation, art. 94 CGP).
    with sqlite_desk.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE cases SET limitation_date = ? WHERE id = (SELECT min(id) FROM cases WHERE filed_on IS NULL "
            "AND stage IN ('INTAKE', 'EVIDENCE', 'DEMAND_LETTER_SENT', 'READY_TO_FILE'))",
            ((dt.date.today() + dt.timedelta(days=10)).isoformat(),),
        )
    ctx = make_ctx(sqlite_desk, "admin", tmp_path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    assert window.docket is not None
    assert isinstance(window.dashboard, DashboardView)
    wait_rows(qtbot, window.docket.model)
    window.show_panel(window.dashboard)
    qtbot.waitUntil(lambda: window.dashboard is not None and window.dashboard.data is not None, timeout=10_000)
    dashboard = window.dashboard
    agenda = AgendaView(ctx, today=DEMO_TODAY)  # the demo's hearings are around its «today»
    qtbot.addWidget(agenda)
    agenda.set_mode("month")
    agenda.show()
    settle(qtbot)
    for _month in range(6):  # the first month from the demo's «today» with hearings or deadlines
        settle(qtbot)
        if _marked_days(agenda):
            break
        agenda.step(1)
    assert _marked_days(agenda)
    reminder_sheet = window.status_reminder.styleSheet()
    tile_sheet = dashboard.tile_ready.number.styleSheet()
    light_window = QColor("#f4f6f9")
    assert following.palette().color(QPalette.ColorRole.Window) == light_window

    desktop_switches_to(following, qtbot, Qt.ColorScheme.Dark)
    window.grab().save(str(SHOTS / "live_switch_dark_dashboard.png"))
    dark = theme.dark_palette()
    assert theme.is_dark(following.palette())
    # style sheets chosen by the theme: the status bar's reminder, the dashboard's tiles
    assert window.status_reminder.styleSheet() == theme.adapted(reminder_sheet, dark) != reminder_sheet
    # the navigation's current item has the dark page's colour (it stayed a bright #f4f6f9 bar)
    assert f"background: {theme.tone('nav_current_bg', dark)}" in window.nav.styleSheet()
    assert "#f4f6f9" not in window.nav.styleSheet()
    assert theme.tone("green", dark) in dashboard.tile_ready.number.styleSheet()
    assert theme.tone("tile_bg", dark) in dashboard.tile_ready.styleSheet()
    # the charts are drawn again in the dark palette's colours
    chart = _first_chart(dashboard)
    assert chart.backgroundBrush().color() == dark.color(QPalette.ColorRole.Base)
    bars = _bar_colours(chart)
    assert bars and all(c == theme.colour("bar", dark) for c in bars)
    # the agenda's calendar marks its days with the dark tint
    for fmt in _marked_days(agenda).values():
        assert fmt.background().color().lightness() < 90
        assert fmt.foreground().color() == theme.tint_text(dark)
    # the docket's coloured cells take the dark tint when they paint
    column = COLUMN_KEYS.index("limitation")
    model = window.docket.model
    tints = [model.index(r, column).data(Qt.ItemDataRole.BackgroundRole) for r in range(model.rowCount())]
    tints = [b.color() for b in tints if b is not None]
    assert tints and all(c.lightness() < 90 for c in tints)

    desktop_switches_to(following, qtbot, Qt.ColorScheme.Light)
    window.grab().save(str(SHOTS / "live_switch_back_to_light.png"))
    assert following.palette().color(QPalette.ColorRole.Window) == light_window
    assert window.status_reminder.styleSheet() == reminder_sheet
    assert dashboard.tile_ready.number.styleSheet() == tile_sheet
    assert "background: #f4f6f9; color: #1f3a5f" in window.nav.styleSheet()  # and back
    chart = _first_chart(dashboard)
    assert chart.backgroundBrush().color() == QColor("#ffffff")
    assert all(c == QColor(theme.TONES["bar"][0]) for c in _bar_colours(chart))
    for day, fmt in _marked_days(agenda).items():
        assert fmt.background().color() in (CONFLICT, QColor("#dbe8f6")), day
    window.close()


def _first_chart(dashboard: DashboardView) -> Any:
    from PySide6.QtCharts import QChartView

    views = [v for v in dashboard.findChildren(QChartView) if v.chart() is not None and v.chart().series()]
    assert views
    return views[0].chart()


def _bar_colours(chart: Any) -> list[QColor]:
    return [bar_set.color() for series in chart.series() for bar_set in series.barSets()]


def _marked_days(agenda: AgendaView) -> dict[QDate, Any]:
    formats = agenda.calendar.dateTextFormat().items()
    return {day: fmt for day, fmt in formats if fmt.background().style() != Qt.BrushStyle.NoBrush}
