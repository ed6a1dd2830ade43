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
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from legal_desk.domain.dates import format_date_short
from legal_desk.domain.money import format_money
from legal_desk.services import cases as case_service
from legal_desk.services.cases import CaseQuery, CaseRow
from legal_desk.services.errors import ServiceError
from legal_desk.ui.context import UiContext
from legal_desk.ui.errors import error_text
from legal_desk.ui.i18n import stage_label
from legal_desk.ui.workers import Worker, start

PAGE_SIZE = 200
MAX_CACHED_PAGES = 25  # at most 5,000 rows held, however far the user scrolls
NEAR_LIMITATION_DAYS = 180
SEARCH_DEBOUNCE_MS = 150
MIN_SEARCH_CHARS = 3  # one or two letters match a large share of a big docket: wait for the third
_REVERSE = {"id": "-id", "-id": "id"}  # unique orders that can be read backwards (fast far pages)

AMBER = QColor("#ffe08a")
RED = QColor("#f4a3a3")
CaseIndex = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseTableModel", text)


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
    """Lazy docket (UI layer): `fetchMore` exposes 200 more rows; pages load on demand into a bounded cache."""

    total_changed = Signal(int)  # number of matching cases, once counted (-1 while counting)
    load_failed = Signal(str)  # the database refused or was lost: one sentence for the user
    query_changed = Signal()  # filters or order changed (rows were reset)

    CaseIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, ctx: UiContext, parent: QObject | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._today = today
        self._query = CaseQuery(limit=PAGE_SIZE)
        self._pages: OrderedDict[int, list[CaseRow]] = OrderedDict()
        self._exposed = 0  # rows the view knows about (grows with fetchMore)
        self._total: int | None = None  # None until the background count answers
        self._generation = 0
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

    def refresh(self) -> None:
        """Drop every cached row, load the first page now and count the rest in the background."""
        self.beginResetModel()
        self._generation += 1
        self._pages.clear()
        self._total = None
        self.failed = False
        first = self._load_page(0)
        self._exposed = len(first)
        if len(first) < PAGE_SIZE or self.failed:
            self._total = len(first)
        self.endResetModel()
        if self._total is None:
            self._start_count()
        self.total_changed.emit(-1 if self._total is None else self._total)

    def _start_count(self) -> None:
        generation = self._generation
        worker = Worker(case_service.count_cases, self._ctx.desk, self._ctx.actor, self._query, with_progress=False)
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
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
            return rows
        try:
            rows = self._read_page(page)
        except ServiceError as exc:  # e.g. the server went away: say so, keep nothing, let a refresh retry
            self.failed = True
            self.load_failed.emit(error_text(exc))
            return []
        self.page_loads += 1
        self._pages[page] = rows
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return rows

    def _read_page(self, page: int) -> list[CaseRow]:
        offset = page * PAGE_SIZE
        reverse = _REVERSE.get(self._query.order)
        if reverse and self._total is not None and offset > self._total // 2:
            # SQLite walks OFFSET rows one by one; near the end, read the reversed order from its start
            size = min(PAGE_SIZE, self._total - offset)
            q = replace(self._query, order=reverse, limit=max(size, 1), offset=self._total - offset - size)
            rows = list(reversed(case_service.list_cases(self._ctx.desk, self._ctx.actor, q)))
        else:
            q = replace(self._query, limit=PAGE_SIZE, offset=offset)
            rows = case_service.list_cases(self._ctx.desk, self._ctx.actor, q)
        return rows

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
        else:  # not counted yet: load the next page to know whether it exists
            rows = self._load_page(self._exposed // PAGE_SIZE)
            new = self._exposed + len(rows)
            if len(rows) < PAGE_SIZE:
                self._total = new
        if new > self._exposed:
            self.beginInsertRows(QModelIndex(), self._exposed, new - 1)
            self._exposed = new
            self.endInsertRows()

    def row_at(self, row: int) -> CaseRow | None:
        """The case on a row (loads its page if it was evicted)."""
        if row < 0 or row >= self._exposed:
            return None
        rows = self._load_page(row // PAGE_SIZE)
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
        row = self.row_at(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.BackgroundRole and key == "limitation":
            return self._limitation_brush(row)
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
        if r.limitation_date is None:
            return None
        return (r.limitation_date - (self._today or dt.date.today())).days

    def _limitation_brush(self, r: CaseRow) -> QBrush | None:
        days = self._days_to_limitation(r)
        if days is None:
            return None
        if days < 0:
            return QBrush(RED)
        if days < NEAR_LIMITATION_DAYS:
            return QBrush(AMBER)
        return None

    def _limitation_tip(self, r: CaseRow) -> str | None:
        days = self._days_to_limitation(r)
        if days is None:
            return None
        if days < 0:
            return QCoreApplication.translate("CaseTableModel", "Prescrita hace %1 día(s)").replace("%1", str(-days))
        if days < NEAR_LIMITATION_DAYS:
            return QCoreApplication.translate("CaseTableModel", "Prescribe en %1 día(s)").replace("%1", str(days))
        return None

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
        """One case changed: forget cached pages (keep the scroll position) and repaint."""
        self._pages.clear()
        if self._exposed:
            self.dataChanged.emit(self.index(0, 0), self.index(self._exposed - 1, len(COLUMNS) - 1))

    def _on_language_changed(self, _lang: str) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._exposed:
            self.dataChanged.emit(self.index(0, 0), self.index(self._exposed - 1, len(COLUMNS) - 1))
