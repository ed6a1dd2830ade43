"""The docket as a lazy table model: pages of 200 rows from `cases.list_cases`, never the whole table."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from legal_desk.domain.dates import format_date_short
from legal_desk.domain.limitation import Tolling, filing_tolling
from legal_desk.domain.money import format_money
from legal_desk.services import cases as case_service
from legal_desk.services.cases import CaseQuery, CaseRow
from legal_desk.services.errors import ServiceError
from legal_desk.ui import theme
from legal_desk.ui.context import UiContext
from legal_desk.ui.errors import error_text
from legal_desk.ui.i18n import stage_label
from legal_desk.ui.labels import tolling_text
from legal_desk.ui.workers import Worker, start

_page_pool: QThreadPool | None = None


def page_pool() -> QThreadPool:
    """The docket's own threads: a page never waits behind the dashboard's gathering or a batch of documents."""
    global _page_pool
    if _page_pool is None:
        _page_pool = QThreadPool()
        _page_pool.setMaxThreadCount(2)
    return _page_pool


PAGE_SIZE = 200
MAX_CACHED_PAGES = 25  # at most 5,000 rows held, however far the user scrolls
RE_READ_PAGES = 3  # after a save, the pages last looked at are read again (the others when scrolled to)
NEAR_LIMITATION_DAYS = 180
SEARCH_DEBOUNCE_MS = 150
MIN_SEARCH_CHARS = 3  # one or two letters match a large share of a big docket: wait for the third
_REVERSE = {"id": "-id", "-id": "id"}  # unique orders that can be read backwards (fast far pages)

AMBER = QColor("#ffe08a")
RED = QColor("#f4a3a3")
CaseIndex = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseTableModel", text)


def read_page(desk: Any, actor: Any, query: CaseQuery, total: int | None, page: int) -> list[CaseRow]:
    """One page of the docket (runs in a worker; on the UI thread only for a row a command needs at once)."""
    offset = page * PAGE_SIZE
    reverse = _REVERSE.get(query.order)
    if reverse and total is not None and offset > total // 2:
        # SQLite walks OFFSET rows one by one; near the end, read the reversed order from its start
        size = min(PAGE_SIZE, total - offset)
        q = replace(query, order=reverse, limit=max(size, 1), offset=total - offset - size)
        return list(reversed(case_service.list_cases(desk, actor, q)))
    return case_service.list_cases(desk, actor, replace(query, limit=PAGE_SIZE, offset=offset))


def _read_page_numbered(
    number: int, desk: Any, actor: Any, query: CaseQuery, total: int | None, page: int
) -> tuple[int, int, list[CaseRow]]:
    """`read_page` with the request's number and page (runs in a worker)."""
    return number, page, read_page(desk, actor, query, total, page)


@dataclass(frozen=True)
class Column:
    """One docket column: header (Spanish source), the CaseQuery orders it sorts by (asc, desc)."""

    key: str
    header: str
    asc: str | None = None
    desc: str | None = None


COLUMNS: tuple[Column, ...] = (
    Column("account_ref", QT_TRANSLATE_NOOP("CaseTableModel", "Obligación"), "account_ref", None),
    Column("stage", QT_TRANSLATE_NOOP("CaseTableModel", "Etapa"), "stage", None),
    Column("debtor", QT_TRANSLATE_NOOP("CaseTableModel", "Deudor"), "debtor", None),
    Column("id_number", QT_TRANSLATE_NOOP("CaseTableModel", "Identificación")),
    Column("capital", QT_TRANSLATE_NOOP("CaseTableModel", "Capital"), "capital", "-capital"),
    Column("court", QT_TRANSLATE_NOOP("CaseTableModel", "Juzgado")),
    Column("radicado", QT_TRANSLATE_NOOP("CaseTableModel", "Radicado")),
    Column("hearing", QT_TRANSLATE_NOOP("CaseTableModel", "Próxima audiencia")),
    Column("deadline", QT_TRANSLATE_NOOP("CaseTableModel", "Próximo término"), "next_deadline", None),
    Column("limitation", QT_TRANSLATE_NOOP("CaseTableModel", "Prescripción"), "limitation", None),
    Column("lawyer", QT_TRANSLATE_NOOP("CaseTableModel", "Abogado")),
)
COLUMN_KEYS = [c.key for c in COLUMNS]


class CaseTableModel(QAbstractTableModel):
    """Lazy docket (UI layer): `fetchMore` exposes 200 more rows; pages load on demand into a bounded cache.

    Pages are read in workers: a search in a sorted docket of 1,000,000 cases takes 150-300 ms per page,
    which froze the window at every keystroke, filter, header click and save. The rows shown stay until the
    new first page is in (no flicker, no empty table meanwhile); only the newest request's rows are shown.
    A row not read yet shows empty until its page is in.
    """

    total_changed = Signal(int)  # number of matching cases, once counted (-1 while counting)
    load_failed = Signal(str)  # the database refused or was lost: one sentence for the user
    query_changed = Signal()  # filters or order changed (its rows replace the shown ones once read)
    rows_loaded = Signal()  # the first page of a new query is shown (or said why it could not be read)

    CaseIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, ctx: UiContext, parent: QObject | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._today = today
        self._query = CaseQuery(limit=PAGE_SIZE)  # asked for (the filters on screen)
        self._shown = self._query  # the query of the rows shown (until the newest one's first page is in)
        self._pages: OrderedDict[int, list[CaseRow]] = OrderedDict()
        self._exposed = 0  # rows the view knows about (grows with fetchMore)
        self._total: int | None = None  # None until the background count answers
        self._generation = 0  # of the newest refresh asked for
        self._epoch = 0  # of the rows shown: a page read for older rows is dropped
        self._refresh_worker: Worker | None = None
        self._reading: dict[int, Worker] = {}  # pages being read for the rows shown
        self._count_worker: Worker | None = None
        self.page_loads = 0  # how many pages were queried (benchmarks and tests read it)
        self.failed = False  # the last refresh could not read the database (load_failed said why)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._apply_pending_search)
        self._pending_search = ""
        ctx.events.cases_changed.connect(self.refresh)
        ctx.events.case_changed.connect(self._on_case_changed)
        ctx.events.language_changed.connect(self._on_language_changed)

    # ------------------------------------------------------------ query and filters

    @property
    def query(self) -> CaseQuery:
        return self._query

    @property
    def total(self) -> int | None:
        return self._total

    def rows_held(self) -> int:
        """Rows currently kept in memory (bounded by MAX_CACHED_PAGES × PAGE_SIZE)."""
        return sum(len(p) for p in self._pages.values())

    def set_query(self, query: CaseQuery) -> None:
        """Replace filters/order and re-fetch from the first page."""
        self._query = replace(query, limit=PAGE_SIZE, offset=0)
        self.refresh()
        self.query_changed.emit()

    def set_filters(self, **changes: Any) -> None:
        """Change some CaseQuery fields (search, stage, lawyer_id, order…) and re-query."""
        self.set_query(replace(self._query, **changes))

    def search_as_you_type(self, text: str) -> None:
        """Debounced search: the query runs 150 ms after the last keystroke."""
        self._pending_search = text
        self._search_timer.start()

    def flush_search(self) -> None:
        """Run a pending debounced search now (Enter key, tests)."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._apply_pending_search()

    def _apply_pending_search(self) -> None:
        text = self._pending_search.strip()
        if text and len(text) < MIN_SEARCH_CHARS:
            text = ""  # too short to narrow anything: show the unsearched docket
        if text != self._query.search:
            self.set_filters(search=text)

    def is_refreshing(self) -> bool:
        """Whether a new query's first page is being read (the rows shown are the previous query's)."""
        return self._refresh_worker is not None

    def is_loading(self) -> bool:
        """Whether a page is being read (a new query's first page, a page scrolled to, a re-read after a save)."""
        return self._refresh_worker is not None or bool(self._reading)

    def refresh(self) -> None:
        """Read the first page of the query in a worker; it replaces every row when it is in (see the class).

        The rest is counted in the background once it is in. A refresh asked while another is read supersedes
        it: the older answer is not shown.
        """
        self._generation += 1
        worker = Worker(
            _read_page_numbered,
            self._generation,
            self._ctx.desk,
            self._ctx.actor,
            self._query,
            None,
            0,
            with_progress=False,
        )
        worker.signals.finished.connect(self._on_first_page)
        worker.signals.failed.connect(self._on_first_page_failed)
        self._refresh_worker = start(worker, page_pool())

    def _on_first_page(self, result: tuple[int, int, list[CaseRow]]) -> None:
        generation, _page, first = result
        if generation != self._generation:
            return  # an older query (or an older read of it) answering late
        self._refresh_worker = None
        self._show_first(first, failed=False)

    def _on_first_page_failed(self, message: str, _detail: str) -> None:
        worker = self._refresh_worker
        if worker is None or self.sender() is not worker.signals:
            return  # not the newest request's
        self._refresh_worker = None
        self._show_first([], failed=True)  # e.g. the server went away: keep nothing, let a refresh retry
        self.load_failed.emit(message)

    def _show_first(self, first: list[CaseRow], *, failed: bool) -> None:
        self.beginResetModel()
        self._epoch += 1
        self._reading.clear()
        self._shown = self._query
        self._pages.clear()
        self._total = None
        self.failed = failed
        self.page_loads += 0 if failed else 1
        if not failed:
            self._pages[0] = first
        self._exposed = len(first)
        if len(first) < PAGE_SIZE or failed:
            self._total = len(first)
        self.endResetModel()
        if self._total is None:
            self._start_count()
        self.total_changed.emit(-1 if self._total is None else self._total)
        self.rows_loaded.emit()

    def _start_count(self) -> None:
        generation = self._generation
        worker = Worker(case_service.count_cases, self._ctx.desk, self._ctx.actor, self._shown, with_progress=False)
        worker.signals.finished.connect(lambda n, g=generation: self._on_counted(g, int(n)))
        worker.signals.failed.connect(lambda message, _detail, g=generation: self._on_count_failed(g, message))
        self._count_worker = start(worker)

    def _on_counted(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return  # an older query answered late
        self._total = total
        if total < self._exposed:
            self.beginRemoveRows(QModelIndex(), total, self._exposed - 1)
            self._exposed = total
            self.endRemoveRows()
        self.total_changed.emit(total)

    def _on_count_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.load_failed.emit(message)

    # ------------------------------------------------------------ paging

    def _load_page(self, page: int) -> list[CaseRow]:
        """A page of the rows shown, read now on the UI thread if it is not cached (for a command that needs
        the row at once: open, select, step to the next case; what is painted is read in a worker)."""
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
            return rows
        try:
            rows = read_page(self._ctx.desk, self._ctx.actor, self._shown, self._total, page)
        except ServiceError as exc:  # e.g. the server went away: say so, keep nothing, let a refresh retry
            self.failed = True
            self.load_failed.emit(error_text(exc))
            return []
        self._keep_page(page, rows)
        return rows

    def _keep_page(self, page: int, rows: list[CaseRow]) -> None:
        self.page_loads += 1
        self._pages[page] = rows
        self._pages.move_to_end(page)
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)

    def _request_page(self, page: int) -> None:
        """Read a page of the rows shown in a worker (once: a page asked for again while read is not re-read)."""
        if page in self._reading or self.failed:
            return
        worker = Worker(
            _read_page_numbered,
            self._epoch,
            self._ctx.desk,
            self._ctx.actor,
            self._shown,
            self._total,
            page,
            with_progress=False,
        )
        worker.signals.finished.connect(self._on_page)
        worker.signals.failed.connect(self._on_page_failed)
        self._reading[page] = worker
        start(worker, page_pool())

    def _on_page(self, result: tuple[int, int, list[CaseRow]]) -> None:
        epoch, page, rows = result
        if epoch != self._epoch:
            return  # read for rows no longer shown
        self._reading.pop(page, None)
        self._keep_page(page, rows)
        first = page * PAGE_SIZE
        if self._total is None and page == self._exposed // PAGE_SIZE and first == self._exposed:
            # scrolled to the end before the count answered: this page says whether there are more rows
            if len(rows) < PAGE_SIZE:
                self._total = first + len(rows)
            if rows:
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._exposed = first + len(rows)
                self.endInsertRows()
            return
        last = min(self._exposed, first + len(rows)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def _on_page_failed(self, message: str, _detail: str) -> None:
        for page, worker in list(self._reading.items()):
            if self.sender() is worker.signals:
                del self._reading[page]
                self.failed = True  # not asked again at every repaint; a refresh retries
                self.load_failed.emit(message)

    def canFetchMore(self, parent: CaseIndex = QModelIndex()) -> bool:
        if parent.isValid():
            return False
        if self._total is not None:
            return self._exposed < self._total
        last = self._pages.get((self._exposed - 1) // PAGE_SIZE) if self._exposed else None
        return last is not None and len(last) == PAGE_SIZE

    def fetchMore(self, parent: CaseIndex = QModelIndex()) -> None:
        if parent.isValid() or not self.canFetchMore(parent):
            return
        if self._total is not None:
            new = min(self._total, self._exposed + PAGE_SIZE)
        else:  # not counted yet: the next page, once read, says whether it exists (rows inserted then)
            self._request_page(self._exposed // PAGE_SIZE)
            return
        if new > self._exposed:
            self.beginInsertRows(QModelIndex(), self._exposed, new - 1)
            self._exposed = new
            self.endInsertRows()

    def row_at(self, row: int) -> CaseRow | None:
        """The case on a row (reads its page now if it is not cached: a command needs it at once)."""
        if row < 0 or row >= self._exposed:
            return None
        rows = self._load_page(row // PAGE_SIZE)
        i = row % PAGE_SIZE
        return rows[i] if i < len(rows) else None

    def _painted_row(self, row: int) -> CaseRow | None:
        """The case on a row for painting: a page not cached is read in a worker (empty cells meanwhile)."""
        if row < 0 or row >= self._exposed:
            return None
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            self._request_page(page)
            return None
        self._pages.move_to_end(page)
        i = row % PAGE_SIZE
        return rows[i] if i < len(rows) else None

    def case_id_at(self, row: int) -> int | None:
        r = self.row_at(row)
        return r.case_id if r else None

    # ------------------------------------------------------------ Qt model API

    def rowCount(self, parent: CaseIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._exposed

    def columnCount(self, parent: CaseIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(COLUMNS[section].header)
        return None

    def data(self, index: CaseIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._painted_row(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.BackgroundRole and key == "limitation":
            return self._limitation_brush(row)
        if role == Qt.ItemDataRole.ForegroundRole and key == "limitation" and self._limitation_brush(row) is not None:
            return QBrush(theme.tint_text())  # the palette's text was white on the amber cell of a dark desktop
        if role == Qt.ItemDataRole.ToolTipRole and key == "limitation":
            return self._limitation_tip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "capital":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.CaseIdRole:
            return row.case_id
        return None

    def _display(self, r: CaseRow, key: str) -> str:
        if key == "account_ref":
            return r.account_ref
        if key == "stage":
            return stage_label(r.stage)
        if key == "debtor":
            return r.debtor_name
        if key == "id_number":
            return r.debtor_id_number
        if key == "capital":
            return format_money(r.capital, r.currency, with_code=True)
        if key == "court":
            return r.court or ""
        if key == "radicado":
            return r.radicado or ""
        if key == "hearing":
            h = r.next_hearing_at
            return f"{format_date_short(h.date())} {h:%H:%M}" if h else ""
        if key == "deadline":
            return format_date_short(r.next_deadline) if r.next_deadline else ""
        if key == "limitation":
            return format_date_short(r.limitation_date) if r.limitation_date else ""
        if key == "lawyer":
            return r.lawyer or ""
        return ""

    def _days_to_limitation(self, r: CaseRow) -> int | None:
        """Days left to the limitation date; None without a date or while the filing interrupts it (art. 94 CGP)."""
        if r.limitation_date is None or not self._tolling(r).alerts:
            return None
        return (r.limitation_date - self._day()).days

    def _day(self) -> dt.date:
        return self._today or dt.date.today()

    def _tolling(self, r: CaseRow) -> Tolling:
        return filing_tolling(r.limitation_date, r.filing, self._day())

    def _limitation_brush(self, r: CaseRow) -> QBrush | None:
        days = self._days_to_limitation(r)
        if days is None:
            return None
        if days < 0:
            return QBrush(theme.tint(RED))
        if days < NEAR_LIMITATION_DAYS:
            return QBrush(theme.tint(AMBER))
        return None

    def _limitation_tip(self, r: CaseRow) -> str | None:
        note = tolling_text(self._tolling(r))  # a filed case: whether the filing interrupted it (art. 94 CGP)
        days = self._days_to_limitation(r)
        text = None
        if days is not None and days < 0:
            text = QCoreApplication.translate("CaseTableModel", "Prescrita hace %1 día(s)").replace("%1", str(-days))
        elif days is not None and days < NEAR_LIMITATION_DAYS:
            text = QCoreApplication.translate("CaseTableModel", "Prescribe en %1 día(s)").replace("%1", str(days))
        if text and note:
            return f"{text}\n{note}"
        return text or note or None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Server-side sort: map the header to CaseQuery.order, reset and re-fetch."""
        col = COLUMNS[column]
        key = col.desc if order == Qt.SortOrder.DescendingOrder and col.desc else col.asc
        if key is None or key == self._query.order:
            return
        self.set_filters(order=key)

    def sort_section(self) -> tuple[int, Qt.SortOrder] | None:
        """The header and direction that match the current order (for the sort indicator)."""
        for i, c in enumerate(COLUMNS):
            if c.asc == self._query.order:
                return i, Qt.SortOrder.AscendingOrder
            if c.desc == self._query.order:
                return i, Qt.SortOrder.DescendingOrder
        return None

    def flags(self, index: CaseIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # ------------------------------------------------------------ events

    def _on_case_changed(self, case_id: int) -> None:
        """One case changed: re-read the pages last looked at in a worker (the rows shown stay until they are
        in, the scroll position too); the others are forgotten and read again when scrolled to."""
        recent = list(self._pages)[-RE_READ_PAGES:]
        self._epoch += 1  # a page being read may lack the change
        self._reading.clear()
        for page in list(self._pages):
            if page not in recent:
                del self._pages[page]
        for page in recent:
            self._request_page(page)

    def _on_language_changed(self, _lang: str) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._exposed:
            self.dataChanged.emit(self.index(0, 0), self.index(self._exposed - 1, len(COLUMNS) - 1))
