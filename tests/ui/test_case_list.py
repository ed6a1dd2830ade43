"""The docket over 100,000 cases: lazy paging, server-side sort, debounced search, filters, saved views."""

from __future__ import annotations

import datetime as dt
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtGui import QBrush

from bench.bulk_cases import build_cases
from legal_desk.config import Config
from legal_desk.services.cases import CaseQuery, count_cases, list_cases
from legal_desk.services.desk import Desk
from legal_desk.services.users import SYSTEM, actor_for, add_user, ensure_admin
from legal_desk.ui.context import UiContext
from legal_desk.ui.events import AppEvents
from legal_desk.ui.models import case_table
from legal_desk.ui.models.case_table import COLUMN_KEYS, MAX_CACHED_PAGES, PAGE_SIZE, RED, CaseTableModel, page_pool
from legal_desk.ui.settings import UiSettings
from legal_desk.ui.views.case_list import CaseListView
from tests.ui.helpers import cell, wait_rows

N_CASES = 100_000
TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file with 100,000 cases (Core bulk inserts), built once for the module."""
    folder = tmp_path_factory.mktemp("big")
    path = folder / "big.sqlite3"
    desk = Desk.open(Config(db_url=f"sqlite:///{path}", store_root=folder / "store"))
    ensure_admin(desk)
    lawyer = add_user(desk, SYSTEM, "abogada", "lawyer", full_name="Laura Restrepo", password="secreto-123")
    build_cases(desk, N_CASES, seed=3, lawyer_ids=[lawyer.user_id, None], today=TODAY)
    desk.close()
    return path


@pytest.fixture
def ctx(big_db: Path, tmp_path: Path) -> Iterator[UiContext]:
    """A context on a private copy of the big database, with private settings."""
    path = tmp_path / "desk.sqlite3"
    shutil.copy(big_db, path)
    desk = Desk.open(Config(db_url=f"sqlite:///{path}", store_root=tmp_path / "store"))
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    yield UiContext(desk, actor_for(desk, "admin"), AppEvents(), settings)
    QThreadPool.globalInstance().waitForDone()
    page_pool().waitForDone()
    desk.close()


def wait_total(qtbot, model: CaseTableModel) -> int:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: model.total is not None, timeout=10_000)
    assert model.total is not None
    return model.total


def test_model_loads_pages_lazily_and_never_holds_everything(qtbot, ctx: UiContext) -> None:
    model = CaseTableModel(ctx)
    model.refresh()
    assert model.rowCount() == 0  # read in a worker
    wait_rows(qtbot, model)
    assert model.rowCount() == PAGE_SIZE
    assert model.page_loads == 1
    assert wait_total(qtbot, model) == N_CASES
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == N_CASES
    last = model.index(N_CASES - 1, COLUMN_KEYS.index("account_ref"))
    assert cell(qtbot, model, last.row(), last.column()) == f"OBL-{N_CASES:08d}"
    # read one cell on every 10th page from the top: old pages are evicted
    for row in range(0, N_CASES, PAGE_SIZE * 10):
        assert cell(qtbot, model, row) == f"OBL-{row + 1:08d}"
    assert model.rows_held() <= MAX_CACHED_PAGES * PAGE_SIZE
    assert model.page_loads < 60


def test_header_click_sorts_on_the_server(qtbot, ctx: UiContext) -> None:
    view = CaseListView(ctx)
    qtbot.addWidget(view)
    capital = COLUMN_KEYS.index("capital")
    view._on_header_clicked(capital)
    assert view.model.query.order == "capital"
    wait_rows(qtbot, view.model)
    rows = [view.model.row_at(i) for i in range(3)]
    expected = list_cases(ctx.desk, ctx.actor, CaseQuery(order="capital", limit=3))
    assert [r.case_id for r in rows if r] == [r.case_id for r in expected]
    assert rows[0] and rows[1] and rows[0].capital <= rows[1].capital
    view._on_header_clicked(capital)
    assert view.model.query.order == "-capital"
    wait_rows(qtbot, view.model)
    top = view.model.row_at(0)
    assert top is not None and top.capital == expected_max(ctx)
    assert view.table.horizontalHeader().sortIndicatorSection() == capital
    assert view.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def expected_max(ctx: UiContext):  # type: ignore[no-untyped-def]
    return list_cases(ctx.desk, ctx.actor, CaseQuery(order="-capital", limit=1))[0].capital


def test_search_as_you_type_is_debounced_and_filters(qtbot, ctx: UiContext) -> None:
    view = CaseListView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.keyClicks(view.search, "re")
    view.model.flush_search()
    assert view.model.query.search == ""  # two letters do not narrow a big docket: no query
    view.search.clear()
    loads = wait_rows(qtbot, view.model).page_loads
    qtbot.keyClicks(view.search, "restrepo ma")
    assert view.model.query.search == ""  # nothing queried while typing
    qtbot.waitUntil(lambda: view.model.query.search == "restrepo ma", timeout=2000)
    wait_rows(qtbot, view.model)
    assert view.model.page_loads == loads + 1  # one query for 11 keystrokes
    total = wait_total(qtbot, view.model)
    assert total == count_cases(ctx.desk, ctx.actor, CaseQuery(search="restrepo ma"))
    assert 0 < total < N_CASES
    debtor = COLUMN_KEYS.index("debtor")
    for row in range(min(view.model.rowCount(), 50)):
        name = view.model.data(view.model.index(row, debtor)).lower()
        assert "restrepo" in name
    qtbot.waitUntil(lambda: view.count_label.text() == f"{total:,} expedientes".replace(",", "."))
    view.resize(1100, 480)
    qtbot.wait(20)
    view.grab().save("tests/_artifacts/screenshots/docket_search.png")


def test_stage_and_lawyer_filters(qtbot, ctx: UiContext) -> None:
    view = CaseListView(ctx)
    qtbot.addWidget(view)
    view.stage_combo.setCurrentIndex(view.stage_combo.findData("READY_TO_FILE"))
    wait_rows(qtbot, view.model)
    stage = COLUMN_KEYS.index("stage")
    assert view.model.rowCount() > 0
    assert {view.model.data(view.model.index(r, stage)) for r in range(view.model.rowCount())} == {"Listo para radicar"}
    lawyer_id = actor_for(ctx.desk, "abogada").user_id
    view.lawyer_combo.setCurrentIndex(view.lawyer_combo.findData(lawyer_id))
    total = wait_total(qtbot, wait_rows(qtbot, view.model))
    assert total == count_cases(ctx.desk, ctx.actor, CaseQuery(stage="READY_TO_FILE", lawyer_id=lawyer_id))
    lawyer_col = COLUMN_KEYS.index("lawyer")
    assert view.model.data(view.model.index(0, lawyer_col)) == "Laura Restrepo"


def test_saved_views_and_last_filters_persist(qtbot, ctx: UiContext, tmp_path: Path) -> None:
    view = CaseListView(ctx)
    qtbot.addWidget(view)
    view.stage_combo.setCurrentIndex(view.stage_combo.findData("EXECUTION"))
    view.save_view("Ejecuciones")
    view.stage_combo.setCurrentIndex(0)
    assert view.model.query.stage is None
    assert view.apply_view("Ejecuciones")
    assert view.model.query.stage == "EXECUTION"
    assert view.views_combo.findData("Ejecuciones") > 0
    view.search.setText("garcia")
    view.model.flush_search()
    view.save_state()
    ctx.settings.sync()
    again = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    assert again.saved_views()["Ejecuciones"]["stage"] == "EXECUTION"
    restored = CaseListView(UiContext(ctx.desk, ctx.actor, ctx.events, again))
    qtbot.addWidget(restored)
    assert restored.search.text() == "garcia"
    assert restored.model.query.stage == "EXECUTION"


def test_limitation_highlight_and_open_case(qtbot, ctx: UiContext) -> None:
    model = CaseTableModel(ctx, today=TODAY + dt.timedelta(days=3 * 365))
    model.set_filters(order="limitation")
    wait_rows(qtbot, model)
    col = COLUMN_KEYS.index("limitation")
    first = model.row_at(0)
    assert first is not None and first.limitation_date is not None
    brush = model.data(model.index(0, col), Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush) and brush.color() == RED  # oldest limitation date is already past
    assert "Prescrita hace" in model.data(model.index(0, col), Qt.ItemDataRole.ToolTipRole)

    view = CaseListView(ctx)
    qtbot.addWidget(view)
    wait_rows(qtbot, view.model)
    with qtbot.waitSignal(ctx.events.open_case) as sig:
        view.table.doubleClicked.emit(view.model.index(4, 0))
    assert sig.args == [5]


def test_archived_cases_are_hidden_until_asked_for(qtbot, ctx: UiContext) -> None:
    from legal_desk.services.cases import set_archived

    view = CaseListView(ctx)
    qtbot.addWidget(view)
    total = wait_total(qtbot, view.model)
    set_archived(ctx.desk, ctx.actor, 1, True, "Duplicado")
    ctx.events.cases_changed.emit()
    qtbot.waitUntil(lambda: view.model.total == total - 1, timeout=10_000)
    view.archived_check.setChecked(True)
    qtbot.waitUntil(lambda: view.model.total == total, timeout=10_000)
    assert view.filters()["archived"] is True


def test_a_lost_database_is_said_in_the_list_not_a_traceback(qtbot, ctx: UiContext, monkeypatch) -> None:
    """The server goes away while the user searches: the list says so; the next search reads again."""
    from legal_desk.services import cases as case_service
    from legal_desk.services.errors import ConnectionLost

    view = CaseListView(ctx)
    qtbot.addWidget(view)
    view.show()
    real = case_service.list_cases
    lost = "Se perdió la conexión con el servidor de la base de datos"

    def down(*_a, **_k):  # type: ignore[no-untyped-def]
        raise ConnectionLost(lost)

    monkeypatch.setattr(case_service, "list_cases", down)
    qtbot.keyClicks(view.search, "restrepo")
    view.model.flush_search()
    wait_rows(qtbot, view.model)
    assert view.model.failed and view.model.rowCount() == 0
    assert lost in view.count_label.text()
    monkeypatch.setattr(case_service, "list_cases", real)  # the server is back
    view.search.clear()
    qtbot.keyClicks(view.search, "restrepo ma")
    view.model.flush_search()
    wait_rows(qtbot, view.model)
    assert not view.model.failed and view.model.rowCount() > 0
    total = wait_total(qtbot, view.model)
    qtbot.waitUntil(lambda: view.count_label.text() == f"{total:,} expedientes".replace(",", "."))


class HeldPages:
    """`read_page` made to wait for the test: each read is done, then held until released."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.real = case_table.read_page
        self.reads: list[tuple[CaseQuery, threading.Event, threading.Event]] = []  # query, gate, done
        self.lock = threading.Lock()
        monkeypatch.setattr(case_table, "read_page", self.read)

    def read(self, desk: Any, actor: Any, query: CaseQuery, total: int | None, page: int) -> Any:
        gate, done = threading.Event(), threading.Event()
        with self.lock:
            self.reads.append((query, gate, done))
        try:
            return self.real(desk, actor, query, total, page)
        finally:
            done.set()
            assert gate.wait(10), "the test never released this read"

    def release(self, qtbot: Any, **match: Any) -> None:
        """Let the read of the query with these fields (read by then) answer."""

        def read() -> bool:
            with self.lock:
                return any(all(getattr(q, k) == v for k, v in match.items()) and d.is_set() for q, _g, d in self.reads)

        qtbot.waitUntil(read, timeout=10_000)
        with self.lock:
            for q, gate, _d in self.reads:
                if all(getattr(q, k) == v for k, v in match.items()):
                    gate.set()

    def release_all(self) -> None:
        with self.lock:
            for _q, gate, _d in self.reads:
                gate.set()


def test_a_new_query_is_read_in_a_worker_without_flicker_and_the_newest_wins(
    qtbot, ctx: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each keystroke, filter and header click read its page on the UI thread: 150-300 ms of a frozen window
    per page for a search in a sorted docket of 1,000,000 cases."""
    model = wait_rows(qtbot, CaseTableModel(ctx))
    model.refresh()
    wait_rows(qtbot, model)
    first = model.data(model.index(0, 0))
    held = HeldPages(monkeypatch)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_filters(order="-id")  # a header click, then a search typed before its rows are in
    model.set_filters(search="restrepo")
    assert model.is_refreshing() and model.query.search == "restrepo" and model.query.order == "-id"
    # the rows shown stay, whole, until the newest query's rows are in: no empty table, no flicker
    assert model.rowCount() == PAGE_SIZE and model.data(model.index(0, 0)) == first and resets == []
    held.release(qtbot, search="restrepo")
    qtbot.waitUntil(lambda: not model.is_refreshing(), timeout=10_000)
    expected = list_cases(ctx.desk, ctx.actor, CaseQuery(search="restrepo", order="-id", limit=PAGE_SIZE))
    shown = [model.row_at(r) for r in range(model.rowCount())]
    assert [r.case_id for r in shown if r] == [r.case_id for r in expected]
    assert resets == [1]
    held.release(qtbot, search="")  # the header click's page answering last is not shown
    page_pool().waitForDone()
    qtbot.waitUntil(lambda: model.total is not None, timeout=10_000)
    assert resets == [1] and [model.row_at(r).case_id for r in range(3)] == [r.case_id for r in expected[:3]]  # type: ignore[union-attr]
    assert model.total == count_cases(ctx.desk, ctx.actor, CaseQuery(search="restrepo"))
    assert model.rowCount() == min(PAGE_SIZE, model.total)


def test_a_save_re_reads_the_rows_shown_in_a_worker(qtbot, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    from legal_desk.services.cases import set_archived

    model = CaseTableModel(ctx)
    model.refresh()
    wait_total(qtbot, wait_rows(qtbot, model))
    model.fetchMore()  # the user scrolled a little
    held = HeldPages(monkeypatch)
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    set_archived(ctx.desk, ctx.actor, 1, True, "Duplicado")
    ctx.events.case_changed.emit(1)
    # nothing read on the UI thread: the rows shown stay until the re-read ones are in (no blank cells)
    assert model.is_loading() and model.data(model.index(0, 0)) == "OBL-00000001" and changed == []
    held.release(qtbot)
    qtbot.waitUntil(lambda: 0 in changed, timeout=10_000)
    assert model.data(model.index(0, 0)) == "OBL-00000002"  # the archived case left the list
    assert model.rowCount() == 2 * PAGE_SIZE  # the scroll position kept
    held.release_all()


def test_down_from_a_search_just_typed_lands_on_its_first_result(
    qtbot, ctx: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its rows are read in a worker: the first row is made current once they are in, not the row of the
    docket shown before (that selection would be lost when the results replace it)."""
    view = CaseListView(ctx)
    qtbot.addWidget(view)
    view.show()
    wait_rows(qtbot, view.model)
    held = HeldPages(monkeypatch)
    qtbot.keyClicks(view.search, "restrepo")
    qtbot.keyClick(view.search, Qt.Key.Key_Down)  # runs the search at once, then to the results
    assert view.model.is_refreshing() and view.table.hasFocus()
    held.release(qtbot, search="restrepo")
    qtbot.waitUntil(lambda: not view.model.is_refreshing(), timeout=10_000)
    assert view.table.currentIndex().row() == 0 and view.table.hasFocus()
    case_id = view.current_case_id()
    first = list_cases(ctx.desk, ctx.actor, CaseQuery(search="restrepo", limit=1))[0]
    assert case_id == first.case_id and "restrepo" in first.debtor_name.lower()
    held.release_all()
