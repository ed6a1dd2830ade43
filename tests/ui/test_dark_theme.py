"""A desktop in dark mode, and contrast that holds in both palettes.

The application forced its light palette on every desktop; given a dark palette, the screens' own colours
(fixed light-theme hex codes) gave near-invisible text: the dashboard's subtitle and captions on white
tiles inside a dark window, the case file's field names (#444 on dark grey), the import drop zone's
instructions, white text on the docket's amber «prescripción» cell, and white chart plates.
Contrast is measured with the WCAG 2 formula on the colours the widgets actually use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from legal_desk.services.demo import load_demo
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui import theme
from legal_desk.ui.dialogs.bulk_import import BulkImportDialog
from legal_desk.ui.models.case_table import COLUMN_KEYS, CaseTableModel
from legal_desk.ui.views.agenda import AgendaModel
from legal_desk.ui.views.case_file import CaseFileView
from legal_desk.ui.views.dashboard import DashboardView
from tests.conftest import DEMO_TODAY
from tests.ui.helpers import make_ctx, settle, wait_loaded, wait_rows

pytestmark = pytest.mark.usefixtures("spanish", "no_modal")

SHOTS = Path(__file__).parents[1] / "_artifacts" / "screenshots"
BODY_TEXT = 4.5  # WCAG AA for normal text


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The test runs under the light and under the dark palette (the application's own restored after)."""
    before = QPalette(qapp.palette())
    qapp.setPalette(theme.dark_palette() if request.param == "dark" else theme.light_palette())
    yield request.param
    qapp.setPalette(before)


def text_and_background(label: QLabel) -> tuple[QColor, QColor]:
    """The colour a label's text is drawn in and the colour under it (its own style-sheet background, or the
    nearest ancestor that paints one, else the window)."""
    label.ensurePolished()
    fg = label.palette().color(QPalette.ColorRole.WindowText)
    widget: QWidget | None = label
    while widget is not None:
        widget.ensurePolished()
        if "background" in widget.styleSheet() or widget.autoFillBackground():
            return fg, widget.palette().color(QPalette.ColorRole.Window)
        widget = widget.parentWidget()
    return fg, QApplication.palette().color(QPalette.ColorRole.Window)


def assert_readable(label: QLabel, what: str, minimum: float = BODY_TEXT) -> None:
    fg, bg = text_and_background(label)
    ratio = theme.contrast_ratio(fg, bg)
    assert ratio >= minimum, f"{what}: {fg.name()} on {bg.name()} is {ratio:.2f}:1"


def test_contrast_formula_matches_wcag() -> None:
    assert theme.contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert theme.contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert theme.contrast_ratio(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1.0)


def test_every_tone_is_readable_on_its_window(qapp: QApplication) -> None:
    """Each text tone reaches 4.5:1 on the window (and each notice's text on its notice's background)."""
    for p in (theme.light_palette(), theme.dark_palette()):
        window = p.color(QPalette.ColorRole.Window)
        for name in ("error", "warning", "reminder", "muted", "label", "subtle", "faint", "caption"):
            assert theme.contrast_ratio(theme.colour(name, p), window) >= BODY_TEXT, (name, theme.is_dark(p))
        for fg, bg in (
            ("notice_fg", "notice_bg"),
            ("notice_text", "notice_bg"),
            ("attention_fg", "attention_bg"),
            ("info_fg", "info_bg"),
            ("policy_fg", "policy_bg"),
            ("drop_fg", "tile_bg"),
        ):
            assert theme.contrast_ratio(theme.colour(fg, p), theme.colour(bg, p)) >= BODY_TEXT, (fg, theme.is_dark(p))
        for tint in (
            "#ffe08a",
            "#f4a3a3",
            "#fff1c2",
            "#fbd5d5",
            "#f4a6a6",
            "#d9f2dd",
            "#f8c4c4",
            "#ffe2a8",
            "#ffeccc",
            "#fff8dc",
            "#e6f0ff",
            "#fff4d6",
            "#dbe8f6",
        ):
            bg = theme.tint(QColor(tint), p)
            assert theme.contrast_ratio(theme.tint_text(p), bg) >= BODY_TEXT, (tint, theme.is_dark(p))
            if theme.is_dark(p):  # a deep row, not a pale one glaring in a dark table
                assert bg.lightness() < 90, tint


def test_make_application_follows_the_desktop_colour_scheme(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from legal_desk.app import make_application

    before = QPalette(qapp.palette())
    try:
        monkeypatch.setattr(theme, "desktop_prefers_dark", lambda: True)
        assert theme.is_dark(make_application().palette())
        monkeypatch.setattr(theme, "desktop_prefers_dark", lambda: False)
        assert not theme.is_dark(make_application().palette())
    finally:
        qapp.setPalette(before)


def test_dashboard_tiles_and_charts_are_readable(qtbot: Any, sqlite_desk: Desk, tmp_path: Path, palette: str) -> None:
    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 6, today=DEMO_TODAY)
    view = DashboardView(make_ctx(sqlite_desk, "admin", tmp_path), today=DEMO_TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitUntil(lambda: view.data is not None, timeout=10_000)
    settle(qtbot, 1)
    view.grab().save(str(SHOTS / f"dashboard_{palette}.png"))
    assert_readable(view.subtitle, "subtitle")
    for tile in (view.tile_ready, view.tile_hearings, view.tile_overdue, view.tile_limitation):
        assert_readable(tile.caption, "tile caption")
        assert_readable(tile.number, "tile number", 3.0)  # 22 pt bold: large text
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    for chart_view in [view.stage_chart, *view.money_charts.values()]:
        chart = chart_view.chart()
        plate = chart.backgroundBrush().color()
        # the plate is the palette's, not Qt Charts' fixed white: within a step of the window's lightness
        assert abs(plate.lightness() - window.lightness()) < 40, (palette, plate.name())
        assert theme.contrast_ratio(chart.titleBrush().color(), plate) >= BODY_TEXT
        for axis in chart.axes():
            if axis.isVisible():
                assert theme.contrast_ratio(axis.labelsBrush().color(), plate) >= BODY_TEXT
    bars = view.stage_chart.chart().series()[0].barSets()[0]
    plate = view.stage_chart.chart().backgroundBrush().color()
    assert theme.contrast_ratio(bars.labelColor(), plate) >= BODY_TEXT  # the count beside each bar


def test_case_file_fields_and_highlighted_rows_are_readable(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, palette: str
) -> None:
    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 3, today=DEMO_TODAY)
    ctx = make_ctx(sqlite_desk, "admin", tmp_path)
    view = wait_loaded(qtbot, CaseFileView(ctx, 1))
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    settle(qtbot, 1)
    view.grab().save(str(SHOTS / f"case_summary_{palette}.png"))
    assert_readable(view.version_label, "version")
    names = view.summary_tab.names
    assert names
    for key, label in names.items():
        assert_readable(label, f"field name {key}")
    # the docket's limitation cell, amber or red: its text colour comes with its background
    model = CaseTableModel(ctx, today=DEMO_TODAY + dt.timedelta(days=6 * 365))  # past the unfiled case's date
    model.set_filters(order="limitation")
    wait_rows(qtbot, model)
    # the first tinted one: a filed case is not tinted while the filing interrupts limitation (art. 94 CGP)
    column = COLUMN_KEYS.index("limitation")
    tinted = [r for r in range(model.rowCount()) if model.data(model.index(r, column), Qt.ItemDataRole.BackgroundRole)]
    assert tinted
    index = model.index(tinted[0], column)
    bg = model.data(index, Qt.ItemDataRole.BackgroundRole)
    fg = model.data(index, Qt.ItemDataRole.ForegroundRole)
    assert bg is not None and fg is not None
    assert theme.contrast_ratio(fg.color(), bg.color()) >= BODY_TEXT


def test_agenda_rows_carry_their_text_colour(qapp: QApplication, palette: str) -> None:
    from types import SimpleNamespace

    model = AgendaModel()
    model.set_entries(
        [
            SimpleNamespace(day=DEMO_TODAY, kind="deadline", conflict=False),  # a term: pale yellow
            SimpleNamespace(day=DEMO_TODAY, kind="hearing", conflict=True),  # a clash: pale red
        ]
    )
    for row in (0, 1):
        index = model.index(row, 0)
        bg = model.data(index, Qt.ItemDataRole.BackgroundRole)
        fg = model.data(index, Qt.ItemDataRole.ForegroundRole)
        assert bg is not None and fg is not None
        assert theme.contrast_ratio(fg.color(), bg.color()) >= BODY_TEXT


def test_import_dialog_instructions_are_readable(qtbot: Any, sqlite_desk: Desk, tmp_path: Path, palette: str) -> None:
    dialog = BulkImportDialog(make_ctx(sqlite_desk, "admin", tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, 1)
    dialog.grab().save(str(SHOTS / f"import_{palette}.png"))
    assert_readable(dialog.drop_zone, "drop zone")
    assert_readable(dialog.policy_label, "policy")


def test_the_money_chart_labels_sit_beside_their_bars_where_they_are_readable(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, palette: str
) -> None:
    """«Recuperado» at a tenth of what was claimed is a bar a few pixels long: its value was drawn inside it,
    white and clipped («11,5» cut). Every value now sits after its bar, in the chart's text colour, with
    room on the axis for the longest bar's label."""
    from decimal import Decimal

    from PySide6.QtCharts import QHorizontalBarSeries

    from legal_desk.ui.views.dashboard import DashboardData

    view = DashboardView(make_ctx(sqlite_desk, "admin", tmp_path), today=DEMO_TODAY)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    settle(qtbot)
    data = DashboardData(
        stages={"FILED": 3},
        ready_to_file=0,
        hearings_this_week=0,
        overdue_deadlines=0,
        near_limitation=0,
        money={"COP": (Decimal("2845000000.00"), Decimal("11500000.00"))},
    )
    view._draw_money_chart(data)
    settle(qtbot, 1)
    chart = view.money_charts["COP"].chart()
    series = chart.series()[0]
    assert series.labelsPosition() == QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd
    plate = chart.backgroundBrush().color()
    for bar_set in series.barSets():
        assert theme.contrast_ratio(bar_set.labelColor(), plate) >= BODY_TEXT, (palette, bar_set.label())
    longest = max(s.at(0) for s in series.barSets())
    axis_x = next(a for a in chart.axes(Qt.Orientation.Horizontal))
    assert axis_x.max() >= longest * 1.25  # the claimed bar's label fits after it, inside the plot
    view.money_box.grab().save(str(SHOTS / f"dashboard_money_thin_bar_{palette}.png"))


def test_the_navigation_current_item_has_the_page_colour(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, palette: str
) -> None:
    """The navigation's current item was painted a fixed #f4f6f9 (the light page's colour): on a dark desktop a
    bright bar beside the dark pages. It now has the page's own colour in both palettes, and every text of the
    navigation stays readable on what it is drawn on."""
    from legal_desk.ui.main_window import MainWindow

    window = MainWindow(make_ctx(sqlite_desk, "admin", tmp_path))
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    settle(qtbot)
    nav = window.nav
    shot = nav.grab().toImage()
    window.grab().save(str(SHOTS / f"navigation_{palette}.png"))
    rect = nav.visualItemRect(nav.currentItem())
    page = QApplication.palette().color(QPalette.ColorRole.Window)
    assert QColor(shot.pixel(rect.right() - 3, rect.center().y())) == page
    other = nav.visualItemRect(nav.item(nav.count() - 1))
    assert QColor(shot.pixel(other.right() - 3, other.center().y())) == theme.colour("nav_bg")
    for fg, bg in (("nav_fg", "nav_bg"), ("nav_current_fg", "nav_current_bg"), ("nav_fg", "nav_hover")):
        assert theme.contrast_ratio(theme.colour(fg), theme.colour(bg)) >= BODY_TEXT, (fg, palette)
    assert theme.colour("nav_current_bg") == page


def test_the_preview_note_and_page_desk_follow_the_palette(qtbot: Any, tmp_path: Path, palette: str) -> None:
    """The preview's note was a fixed #555 (unreadable on a dark window) and the desk behind the pages a fixed
    #6b6b6b grey, glaring beside dark panes; both now come from the theme."""
    from PIL import Image

    from legal_desk.ui.widgets.preview import FilePreview

    tif = tmp_path / "entrega.tif"
    pages = [Image.new("RGB", (400, 500), c) for c in ("white", "lightblue")]
    pages[0].save(tif, save_all=True, append_images=pages[1:], compression="tiff_lzw")
    widget = FilePreview()
    qtbot.addWidget(widget)
    widget.resize(500, 600)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show_file(tif)
    assert widget.note()  # «2 páginas»
    shot = widget.grab().toImage()
    shot.save(str(SHOTS / f"preview_pages_{palette}.png"))
    note = widget._note
    fg = theme.colour("muted")
    assert f"color:{fg.name()}" in note.styleSheet()
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    assert theme.contrast_ratio(fg, window) >= BODY_TEXT
    desk = QColor(shot.pixel(2, 2))  # the desk beside the first page, under the pages' scroll area
    assert desk == theme.colour("page_desk")
    if palette == "dark":
        assert desk.lightness() < window.lightness()  # no grey glare beside the dark window
