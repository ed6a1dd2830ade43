"""The case file's tables and the docket at the screens legal teams have (1280×720 and 1366×768).

At 1280 px the evidence table (beside the preview) needed sideways scrolling to show the date, size and
description; «Partes» hid its last three columns and an empty «Medidas» scrolled under its headers. In the
docket at 1366 px the radicado started at 990 px and the next deadline and limitation date were off screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from legal_desk.services import cases
from legal_desk.services.demo import load_demo
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.i18n import install_language
from legal_desk.ui.main_window import MainWindow
from legal_desk.ui.models.case_table import COLUMN_KEYS
from legal_desk.ui.views.case_file import CaseFileView
from legal_desk.ui.views.case_list import CaseListView
from legal_desk.ui.views.case_tabs.common import RecordTab, squeeze_cap, squeeze_to_floors
from tests.conftest import DEMO_TODAY
from tests.ui.helpers import make_ctx, settle, wait_loaded, wait_rows
from tests.ui.test_case_file import SHOTS

pytestmark = pytest.mark.usefixtures("spanish", "no_modal")


def whole(table: QTableView, column: int) -> bool:
    """The column is as wide as its contents (and header) ask: nothing in it is elided."""
    need = max(table.sizeHintForColumn(column), table.horizontalHeader().sectionSizeHint(column))
    return table.columnWidth(column) >= min(need, 320)


def in_view(table: QTableView, column: int) -> bool:
    """The column lies wholly inside the table's visible width (no scrolling needed to read it)."""
    header = table.horizontalHeader()
    left = header.sectionViewportPosition(column)
    return (
        not header.isSectionHidden(column)
        and left >= 0
        and left + header.sectionSize(column) <= table.viewport().width()
    )


def test_the_squeeze_narrows_the_widest_columns_first() -> None:
    assert squeeze_cap([100, 200, 300], 700) is None  # they fit: nothing narrowed
    assert squeeze_cap([100, 200, 300], 500) == 200  # only the widest, down to the next one
    assert squeeze_cap([100, 200, 300], 400) == 150  # the two widest share what the narrow one leaves
    assert squeeze_cap([100, 200, 300], 100) == 56  # never narrower than a readable minimum


@pytest.mark.parametrize("lang", ["es", "en"])
def test_evidence_and_every_case_table_fit_1280_by_720_without_sideways_scrolling(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, lang: str
) -> None:
    admin = actor_for(sqlite_desk, "admin")
    load_demo(sqlite_desk, admin, 20, today=DEMO_TODAY)
    install_language(lang)
    ctx = make_ctx(sqlite_desk, "admin", tmp_path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    settle(qtbot)
    # the case with a co-debtor and, among those, the most evidence (five or six files in the demo)
    files = {i: cases.get_case_file(sqlite_desk, admin, i) for i in range(1, 21)}
    case_id = max(files, key=lambda i: (bool(files[i].guarantors), len(files[i].evidence)))
    view = window.open_case(case_id)
    assert isinstance(view, CaseFileView)
    wait_loaded(qtbot, view)
    tab = view.evidence_tab
    view.tabs.setCurrentWidget(tab)
    settle(qtbot, 1)
    table = tab.table
    assert tab.model.rowCount() >= 5
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / f"case_evidence_1280x720_{lang}.png"))
    assert not table.horizontalScrollBar().isVisible()
    # type, file, date, size and description are shown; the file name, date and size whole
    shown = [c for c in range(tab.model.columnCount()) if not table.isColumnHidden(c)]
    assert shown == [0, 1, 2, 3, 6]
    assert all(whole(table, c) and in_view(table, c) for c in (1, 2, 3))
    # who added it and the hash are in each row's tooltip (the whole hash)
    tip = tab.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    record = tab.model.record(0)
    assert record["sha256"] in tip and record["added_by"] in tip
    # a narrower table (the splitter moved toward it): narrower columns, still no scroll bar
    tab.splitter.setSizes([440, 600])
    settle(qtbot, 1)
    assert table.viewport().width() < 460 and not table.horizontalScrollBar().isVisible()
    # «SHA-256» shown from the header's menu: fitted in too, and still shown in the next session
    tab.set_column_shown(5, True)
    settle(qtbot, 1)
    assert not table.isColumnHidden(5) and not table.horizontalScrollBar().isVisible()
    again = CaseFileView(ctx, case_id)
    qtbot.addWidget(again)
    wait_loaded(qtbot, again)
    assert not again.evidence_tab.table.isColumnHidden(5) and again.evidence_tab.table.isColumnHidden(4)
    tab.set_column_shown(5, False)
    # every other table of the case file: no sideways scrolling either, empty ones included
    scrolling = []
    for i in range(view.tabs.count()):
        view.tabs.setCurrentIndex(i)
        settle(qtbot, 1)
        page = view.tabs.widget(i)
        for t in page.findChildren(RecordTab) + ([page] if isinstance(page, RecordTab) else []):
            if t.table.isVisible() and t.table.horizontalScrollBar().isVisible():
                scrolling.append(view.tabs.tabText(i))
    assert scrolling == []
    # the name and ID number of each party stay whole
    parties = view.parties_tab
    view.tabs.setCurrentWidget(parties)
    settle(qtbot, 1)
    assert parties.model.rowCount() >= 2 and whole(parties.table, 1) and whole(parties.table, 3)
    window.close()


def test_a_width_the_user_sets_is_kept_when_the_table_narrows(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    admin = actor_for(sqlite_desk, "admin")
    load_demo(sqlite_desk, admin, 3, today=DEMO_TODAY)
    view = CaseFileView(make_ctx(sqlite_desk, "admin", tmp_path), 1)
    qtbot.addWidget(view)
    wait_loaded(qtbot, view)
    view.resize(1280, 720)
    view.show()
    view.tabs.setCurrentWidget(view.parties_tab)
    settle(qtbot, 1)
    table = view.parties_tab.table
    table.setColumnWidth(4, 420)  # the user widens «Dirección»
    view.resize(1000, 720)
    settle(qtbot, 1)
    assert table.columnWidth(4) == 420 and table.horizontalScrollBar().isVisible()  # their choice


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)], ids=["1366x768", "1280x720"])
def test_docket_shows_the_radicado_and_the_dates_that_matter(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, lang: str, size: tuple[int, int]
) -> None:
    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 30, today=DEMO_TODAY)
    install_language(lang)
    ctx = make_ctx(sqlite_desk, "admin", tmp_path)
    # a layout saved by an older version (model order, the radicado off to the right) is not restored
    old = CaseListView(ctx)
    qtbot.addWidget(old)
    header = old.table.horizontalHeader()
    for visual in range(header.count()):
        header.moveSection(header.visualIndex(visual), visual)
    ctx.settings.save_value("docket/header", header.saveState())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    settle(qtbot)
    docket = window.docket
    assert docket is not None
    wait_rows(qtbot, docket.model)
    settle(qtbot, 1)
    window.grab().save(str(SHOTS / f"docket_{size[0]}x{size[1]}_{lang}.png"))
    table = docket.table
    important = ["account_ref", "stage", "debtor", "radicado", "court", "deadline", "limitation"]
    assert [k for k in important if not in_view(table, COLUMN_KEYS.index(k))] == []
    # the whole radicado, never «1100140030…»
    radicado = COLUMN_KEYS.index("radicado")
    numbers = [docket.model.index(r, radicado).data() for r in range(docket.model.rowCount())]
    longest = max((n for n in numbers if n), key=len)
    assert len(longest) == 23
    assert table.columnWidth(radicado) >= table.fontMetrics().horizontalAdvance(longest) + 8
    # the rest is still there, after them
    visual = [COLUMN_KEYS[header.logicalIndex(v)] for v in range(len(COLUMN_KEYS))]
    assert sorted(visual) == sorted(COLUMN_KEYS)
    shown = [COLUMN_KEYS[table.horizontalHeader().logicalIndex(v)] for v in range(len(COLUMN_KEYS))]
    assert shown[: len(important)] == important
    window.close()


def test_the_header_menu_lists_the_columns_and_shows_a_hidden_one(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path
) -> None:
    """«Agregó» and «SHA-256» start hidden in «Pruebas»: a right-click on the header brings them back."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QMenu

    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 3, today=DEMO_TODAY)
    view = CaseFileView(make_ctx(sqlite_desk, "admin", tmp_path), 1)
    qtbot.addWidget(view)
    wait_loaded(qtbot, view)
    view.resize(1280, 720)
    view.show()
    tab = view.evidence_tab
    view.tabs.setCurrentWidget(tab)
    settle(qtbot, 1)
    tab.table.horizontalHeader().customContextMenuRequested.emit(QPoint(5, 5))
    menu = next(m for m in tab.findChildren(QMenu) if m.isVisible())
    actions = menu.actions()
    assert [a.text() for a in actions] == [
        "Tipo", "Archivo", "Fecha", "Tamaño", "Agregó", "SHA-256", "Descripción"
    ]  # fmt: skip
    assert [a.isChecked() for a in actions] == [True, True, True, True, False, False, True]
    actions[4].trigger()
    assert not tab.table.isColumnHidden(4) and not tab.table.horizontalScrollBar().isVisible()
    menu.close()


@pytest.mark.parametrize("lang", ["es", "en"])
def test_docket_shows_whole_stage_names_at_1366_and_keeps_a_width_the_user_dragged(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, lang: str
) -> None:
    """«Ejecución (embargo, secuestro, remate)» was cut to «Ejecución (embargo, se…» at 1366 px, with room
    to spare to the right of the limitation date; at 1280 px the widest columns give way instead."""
    from legal_desk.domain.lifecycle import Stage
    from legal_desk.ui.i18n import stage_label

    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 30, today=DEMO_TODAY)
    install_language(lang)
    window = MainWindow(make_ctx(sqlite_desk, "admin", tmp_path))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    docket = window.docket
    assert docket is not None
    wait_rows(qtbot, docket.model)
    settle(qtbot, 1)
    window.grab().save(str(SHOTS / f"docket_stage_names_1366_{lang}.png"))
    table = docket.table
    stage = COLUMN_KEYS.index("stage")
    longest = max(table.fontMetrics().horizontalAdvance(stage_label(s.value)) for s in Stage)
    assert table.columnWidth(stage) >= longest + 8
    important = ["account_ref", "stage", "debtor", "radicado", "court", "deadline", "limitation"]
    assert [k for k in important if not in_view(table, COLUMN_KEYS.index(k))] == []
    # a narrower window narrows the widest columns (the stage among them) instead of hiding the dates
    window.resize(1280, 720)
    settle(qtbot, 1)
    assert [k for k in important if not in_view(table, COLUMN_KEYS.index(k))] == []
    if lang == "es":  # «Ejecución (embargo, secuestro, remate)» is the widest column there
        assert table.columnWidth(stage) < longest + 8
    # a width the user drags is kept when the window changes size
    window.resize(1366, 768)
    settle(qtbot, 1)
    table.horizontalHeader().resizeSection(stage, 150)
    window.resize(1300, 740)
    settle(qtbot, 1)
    assert table.columnWidth(stage) == 150
    window.close()


def test_squeeze_to_floors_narrows_the_widest_and_keeps_every_floor() -> None:
    assert squeeze_to_floors([100, 200, 300], [50, 50, 50], 700) == [100, 200, 300]  # they fit
    assert squeeze_to_floors([100, 200, 300], [50, 50, 50], 500) == [100, 200, 200]  # the widest first
    # a column whose floor (its header) is wide keeps it; the others give way instead of it
    assert squeeze_to_floors([100, 200, 300], [50, 180, 50], 420) == [100, 180, 140]
    assert squeeze_to_floors([100, 200, 300], [90, 180, 250], 300) == [90, 180, 250]  # only the floors: it scrolls
    fitted = squeeze_to_floors([120, 417, 309, 124, 223, 174], [120, 70, 86, 91, 176, 133], 800)
    assert sum(fitted) <= 800 and all(w >= f for w, f in zip(fitted, [120, 70, 86, 91, 176, 133], strict=True))


@pytest.mark.parametrize("lang", ["es", "en"])
def test_docket_headers_read_whole_at_15_pt_on_1366(qtbot: Any, sqlite_desk: Desk, tmp_path: Path, lang: str) -> None:
    """At a 15 pt font on a 1366 px laptop the first columns were all capped at one width: «Próximo término»
    showed «óximo términ» and every obligation «OB-2026-…». Columns now give way down to their header's width
    (the stage, debtor and court elide), the obligation is kept whole, and the limitation date still shows."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    font = QFont(before)
    font.setPointSizeF(15)
    app.setFont(font)
    try:
        load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 6, today=DEMO_TODAY)
        install_language(lang)
        window = MainWindow(make_ctx(sqlite_desk, "admin", tmp_path))
        qtbot.addWidget(window)
        window.resize(1366, 728)
        window.show()
        docket = window.docket
        assert docket is not None
        wait_rows(qtbot, docket.model)
        settle(qtbot, 1)
        window.grab().save(str(SHOTS / f"docket_1366_15pt_{lang}.png"))
        table = docket.table
        header = table.horizontalHeader()
        important = ["account_ref", "stage", "debtor", "radicado", "court", "deadline", "limitation"]
        assert [k for k in important if not in_view(table, COLUMN_KEYS.index(k))] == []
        for key in important:
            column = COLUMN_KEYS.index(key)
            text = str(docket.model.headerData(column, Qt.Orientation.Horizontal))
            assert table.columnWidth(column) >= header.fontMetrics().horizontalAdvance(text) + 8, key
        account, limitation = COLUMN_KEYS.index("account_ref"), COLUMN_KEYS.index("limitation")
        for row in range(docket.model.rowCount()):
            ref = str(docket.model.index(row, account).data())
            assert table.columnWidth(account) >= table.fontMetrics().horizontalAdvance(ref) + 8, ref
            date = str(docket.model.index(row, limitation).data())  # «Limitation» is narrower than a date
            assert table.columnWidth(limitation) >= table.fontMetrics().horizontalAdvance(date) + 8, date
        window.close()
    finally:
        app.setFont(before)
