"""Shared pieces of the case-file tabs: the host protocol, a table tab with actions, message helpers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QColor, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from legal_desk.domain.money import format_money
from legal_desk.domain.permissions import Action
from legal_desk.services.cases import CaseFile
from legal_desk.ui import theme
from legal_desk.ui.context import UiContext
from legal_desk.ui.models.case_models import Column, RecordTableModel
from legal_desk.ui.widgets.remember import remember_splitter

_FIT_ROWS = 200  # rows read to fit a column to its contents (Qt reads 1,000 by default)
_MAX_COLUMN = 320  # the widest a column is fitted to its contents
_MIN_COLUMN = 56  # the narrowest a column is squeezed to so that the table fits its width
_LAST_COLUMN = 100  # what the last column (stretched to the edge) needs, when the table is too narrow


def squeeze_cap(widths: Sequence[int], room: int) -> int | None:
    """The width to cap the widest columns at so that they all fit `room` (None when they fit as they are).

    The narrower columns keep their width; the widest ones share what is left, each eliding its text.
    """
    if sum(widths) <= room:
        return None
    ordered = sorted(widths)
    used = 0
    for i, width in enumerate(ordered):
        cap = (room - used) // (len(ordered) - i)
        if width >= cap:
            return max(cap, _MIN_COLUMN)
        used += width
    return max(ordered[-1], _MIN_COLUMN)


def squeeze_to_floors(widths: Sequence[int], floors: Sequence[int], room: int) -> list[int]:
    """`widths` narrowed, the widest first, until they fit `room`, none below its floor (its header, read
    whole): capping all of them alike cut «Próximo término» to «óximo términ» at a 15 pt font. When even the
    floors do not fit, the floors (the table scrolls)."""
    floors = [min(f, w) for f, w in zip(floors, widths, strict=True)]

    def total(cap: int) -> int:
        return sum(max(f, min(w, cap)) for f, w in zip(floors, widths, strict=True))

    if not widths or total(max(widths)) <= room:
        return list(widths)
    if total(0) >= room:
        return list(floors)
    low, high = 0, max(widths)  # total(low) <= room < total(high)
    while high - low > 1:
        mid = (low + high) // 2
        low, high = (mid, high) if total(mid) <= room else (low, mid)
    return [max(f, min(w, low)) for f, w in zip(floors, widths, strict=True)]


def tr(text: str) -> str:
    """Translate UI text outside a QObject (context «CaseFile»)."""
    return QCoreApplication.translate("CaseFile", text)


def show_error(parent: QWidget | None, message: str) -> None:
    """A refusal or failure the user can act on."""
    QMessageBox.warning(parent, tr("No se pudo completar"), message)


def show_info(parent: QWidget | None, message: str, title: str = "") -> None:
    QMessageBox.information(parent, title or tr("Expediente"), message)


def confirm(parent: QWidget | None, message: str) -> bool:
    """Ask before a consequential action (default: No)."""
    answer = QMessageBox.question(
        parent,
        tr("Confirmar"),
        message,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class ProgressRow(QWidget):
    """A progress bar with «Cancelar» at the foot of a tab, while files are stored in a worker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.cancel_button = QPushButton(tr("Cancelar"), self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.setVisible(False)

    def begin(self, text: str) -> None:
        """Show it busy (nothing counted yet) with `text`, Cancel enabled."""
        self.bar.setRange(0, 0)
        self.bar.setValue(0)
        self.bar.setFormat(text)
        self.cancel_button.setEnabled(True)
        self.setVisible(True)

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.bar.setFormat(tr("Cancelando…"))

    def report(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.bar.setFormat(text)

    def end(self) -> None:
        self.setVisible(False)


class CaseHost(Protocol):
    """What a tab needs from the case-file view."""

    ctx: UiContext
    case_id: int
    case: CaseFile | None
    timeline_rows: list[dict[str, Any]]

    def run_write(
        self,
        fn: Callable[..., Any],
        *args: Any,
        unless_changed: Callable[[CaseFile], Any] | None = None,
        **kwargs: Any,
    ) -> Any: ...

    def may(self, action: Action) -> bool: ...

    def reload(self) -> None: ...

    def after_reload(self, fn: Callable[[], Any]) -> None: ...

    def is_loading(self) -> bool: ...

    def add_evidence(self) -> None: ...


def shows_saved_case(host: CaseHost, retry: Callable[[], Any]) -> bool:
    """Whether the shown case includes every save so far, so a change may be sent with its version.

    A save's re-read comes in a worker (~0.1–0.2 s): an edit started meanwhile would carry the version
    from before that save and be refused as if someone else had changed the case. Then `retry` is queued
    for when the saved case is shown, and this returns False.
    """
    if not host.is_loading():
        return True
    host.after_reload(retry)
    return False


class CaseTab(QWidget):
    """Base of every tab: gets the host and shows a CaseFile."""

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host

    def show_case(self, case: CaseFile) -> None:
        """Refresh from a freshly loaded case file (each tab defines it)."""
        raise TypeError(f"{type(self).__name__} debe definir show_case()")


class RecordTab(CaseTab):
    """A tab that is a table of records with a row of action buttons above it."""

    def __init__(
        self,
        host: CaseHost,
        columns: Sequence[Column],
        *,
        hint: str = "",
        row_background: Callable[[Any], QColor | None] | None = None,
        row_tooltip: Callable[[Any], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(host, parent)
        self.model = RecordTableModel(
            columns,
            row_background=row_background,
            row_tooltip=row_tooltip,
            currency=self._currency,
            parent=self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Columns are fitted to their contents once, on the first rows shown, reading at most this many
        # rows: with 2,000 contacts fitting every column on every reload took ~0.6 s of a frozen window
        # after each save, and threw away the widths the user had set.
        header.setResizeContentsPrecision(_FIT_ROWS)
        # Fitted widths follow the table's width: at 1280 px the evidence table (half the tab, beside the
        # preview) needed sideways scrolling to show its date. Widths the user set are kept as set.
        self._content_widths: list[int] = []  # what each column's contents need (capped), once fitted
        self._bounds: dict[int, tuple[int, int | None]] = {}  # see bound_column
        self._whole: set[int] = set()  # see keep_whole
        self._squeezing = False  # the widths are being set here, not by the user
        self._user_widths = self._restore_columns()
        self._fitted = self._user_widths
        self._fit_when_shown = False  # fitting waits until the tab is first looked at (see set_records)
        header.sectionResized.connect(self._on_section_resized)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a narrowed header «Orig…», not «rigen del corre»
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)
        self.table.viewport().installEventFilter(self)
        self.table.doubleClicked.connect(lambda _i: self.on_activated())
        # A click on a header sorts by that column (again: the other way); until then, the service's order.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.actions_bar = QHBoxLayout()
        self.actions_bar.addStretch(1)
        self.hint = QLabel(hint, self)
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(theme.adapted("color:#555; padding:8px;"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.actions_bar)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.empty_text = tr("Sin registros")

    def _currency(self) -> str:
        """The shown case's currency (money cells and messages are written in it)."""
        case = self.host.case
        return case.currency if case is not None else "COP"

    def _money(self, value: Decimal) -> str:
        """A figure in the case's currency: `$ 1.234,56`, `1.234,56 €`."""
        return format_money(value, self._currency())

    def _columns_key(self) -> str:
        # (not «…/header»: that held the fitted widths too, and kept a table scrolling sideways for good)
        return f"case_tabs/{type(self).__name__}/columns"

    def _settings(self) -> Any:
        return getattr(getattr(self.host, "ctx", None), "settings", None)

    def _restore_columns(self) -> bool:
        """The column widths the user left in this tab last session (True when there were some)."""
        settings = self._settings()
        state = settings.load_value(self._columns_key()) if settings is not None else None
        if not isinstance(state, QByteArray) or state.isEmpty():
            return False
        return bool(self.table.horizontalHeader().restoreState(state))

    def _last_shown_column(self) -> int:
        header = self.table.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        return max(shown, key=header.visualIndex) if shown else -1

    def _on_section_resized(self, column: int, *_args: Any) -> None:
        """A width the user set (not the fitting, nor the last column stretching) is kept, this session and the next."""
        if self._squeezing or not self._fitted or column == self._last_shown_column():
            return
        self._user_widths = True
        self._save_columns()

    def _save_columns(self) -> None:
        settings = self._settings()
        if settings is not None:
            settings.save_value(self._columns_key(), self.table.horizontalHeader().saveState())

    def fit_columns(self) -> None:
        """Size the columns to what they show (capped), from the first rows only, within the table's width."""
        header = self.table.horizontalHeader()
        self._content_widths = [
            self._bounded(c, min(max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c)), _MAX_COLUMN))
            for c in range(self.model.columnCount())
        ]
        self._fitted = True
        self._fit_to_width()

    def _fit_headers(self) -> None:
        """Until there are rows to fit to: the headers' widths, within the table's."""
        header = self.table.horizontalHeader()
        self._content_widths = [self._bounded(c, header.sectionSizeHint(c)) for c in range(self.model.columnCount())]
        self._fit_to_width()

    def _fit_to_width(self) -> None:
        """The fitted widths, the widest columns narrowed (their text elided) until no sideways scrolling."""
        if self._user_widths or not self._content_widths:
            return
        header = self.table.horizontalHeader()
        last = self._last_shown_column()
        need = {c: w for c, w in enumerate(self._content_widths) if not header.isSectionHidden(c)}
        if last in need:  # it stretches into what is left: its header's width is enough
            need[last] = min(need[last], max(_LAST_COLUMN, header.sectionSizeHint(last)))
        room = self.table.viewport().width()
        kept = {c for c in need if c in self._whole}
        if sum(need[c] for c in kept) + (len(need) - len(kept)) * _MIN_COLUMN > room:
            kept = set()  # too narrow to keep any whole: all are narrowed alike
        cap = squeeze_cap([w for c, w in need.items() if c not in kept], room - sum(need[c] for c in kept))
        self._squeezing = True
        try:
            # the last one too: it stretches to the edge, but never below the width it was given
            for c, width in need.items():
                header.resizeSection(c, width if cap is None or c in kept else min(width, cap))
        finally:
            self._squeezing = False

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_to_width()  # a narrower window or splitter: narrower columns, not a scroll bar
        return super().eventFilter(watched, event)

    def keep_whole(self, *columns: int) -> None:
        """Columns never narrowed to fit (a name, a file name, a date): the others are, first."""
        self._whole.update(columns)
        self._fit_to_width()

    def bound_column(self, column: int, *, at_least: int = 0, at_most: int | None = None) -> None:
        """Keep a fitted column within bounds (a status's longest word, a long name's cap), now and at each fit.

        Widths the user set are left alone.
        """
        self._bounds[column] = (at_least, at_most)
        if self._user_widths:
            width = self.table.columnWidth(column)
            if self._bounded(column, width) != width:
                self._squeezing = True
                try:
                    self.table.setColumnWidth(column, self._bounded(column, width))
                finally:
                    self._squeezing = False
        elif self._content_widths:
            self._content_widths[column] = self._bounded(column, self._content_widths[column])
            self._fit_to_width()

    def _bounded(self, column: int, width: int) -> int:
        at_least, at_most = self._bounds.get(column, (0, None))
        return max(at_least, width if at_most is None else min(width, at_most))

    # ---------------------------------------------------------------- columns shown

    def _hidden_key(self) -> str:
        return f"case_tabs/{type(self).__name__}/hidden"

    def hide_columns_by_default(self, *columns: int) -> None:
        """Columns shown only once chosen from the header's menu (a right-click on it); the choice is kept."""
        settings = self._settings()
        saved = settings.load_value(self._hidden_key()) if settings is not None else None
        hidden = set(columns) if saved is None else {int(c) for c in str(saved).split(",") if c.isdigit()}
        header = self.table.horizontalHeader()
        for c in range(header.count()):
            header.setSectionHidden(c, c in hidden)

    def set_column_shown(self, column: int, shown: bool) -> None:
        header = self.table.horizontalHeader()
        self._squeezing = True  # (showing it «resizes» it from 0: not a width the user set)
        try:
            header.setSectionHidden(column, not shown)
        finally:
            self._squeezing = False
        settings = self._settings()
        if settings is not None:
            hidden = [str(c) for c in range(header.count()) if header.isSectionHidden(c)]
            settings.save_value(self._hidden_key(), ",".join(hidden))
        if self._user_widths:
            self._save_columns()
        self._fit_to_width()

    def _on_header_menu(self, pos: QPoint) -> None:
        """Show or hide a column: a right-click on the header lists them all."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per right-click: none left behind
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        for c in range(header.count()):
            action = menu.addAction(str(self.model.headerData(c, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(c in shown)
            action.setEnabled(shown != [c])  # the last column shown stays
            action.toggled.connect(lambda on, c=c: self.set_column_shown(c, on))
        menu.popup(header.mapToGlobal(pos))

    def showEvent(self, event: QShowEvent) -> None:
        if self._fit_when_shown and not self._fitted and self.model.rowCount():
            self.fit_columns()
        self._fit_when_shown = False
        super().showEvent(event)

    def split_with(self, side: QWidget, stretch: tuple[int, int] = (1, 1)) -> QSplitter:
        """Put the table (and its empty-state label) on the left of `side` in a splitter."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.table)
        layout.removeWidget(self.empty)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, stretch[0])
        splitter.setStretchFactor(1, stretch[1])
        layout.addWidget(splitter, 1)
        # where the user last dragged it, in every case (the preview was back to its default width each time)
        remember_splitter(splitter, self._settings(), f"case_tabs/{type(self).__name__}")
        return splitter

    def add_action(
        self, text: str, slot: Callable[[], None], *, needs_row: bool = False, shortcut: str | None = None
    ) -> QPushButton:
        """A button in the bar (before the stretch); `needs_row` enables it only with a selection."""
        button = QPushButton(text, self)
        button.clicked.connect(lambda _checked=False: slot())
        if shortcut:
            button.setShortcut(QKeySequence(shortcut))
            button.setToolTip(f"{text} ({shortcut})")
        self.actions_bar.insertWidget(self.actions_bar.count() - 1, button)
        if needs_row:
            button.setProperty("needs_row", True)
            button.setEnabled(False)
            self.table.selectionModel().selectionChanged.connect(lambda *_: self._sync_buttons())
        return button

    def _sync_buttons(self) -> None:
        has_row = self.selected() is not None
        for i in range(self.actions_bar.count()):
            w = self.actions_bar.itemAt(i).widget()
            if isinstance(w, QPushButton) and w.property("needs_row"):
                w.setEnabled(has_row and w.property("allowed") is not False)

    def allow(self, button: QPushButton, allowed: bool, reason: str = "") -> None:
        """Hide an action the user's role may never do."""
        button.setProperty("allowed", allowed)
        button.setVisible(allowed)
        if not allowed and reason:
            button.setToolTip(reason)

    def set_records(self, rows: Sequence[Any], keep_id: str | None = None) -> None:
        """Show records, keeping the selected one (by id key) across reloads."""
        current = self.selected()
        self.model.set_rows(rows)
        if not rows and not self._fitted:
            self._fit_headers()  # an empty table scrolled sideways under its eleven 100 px headers
        if rows and not self._fitted:
            # ~0.1 s for a tab of 2,000 contacts: only for the tab in front; the others when first shown
            self._fit_when_shown = not self.isVisible()
            if not self._fit_when_shown:
                self.fit_columns()
        self.empty.setText(self.empty_text)
        self.empty.setVisible(not rows)
        if keep_id and current is not None:
            for r, rec in enumerate(self.model.records()):
                if rec.get(keep_id) == current.get(keep_id):
                    self.select_row(r)
                    break
        self._sync_buttons()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.setCurrentIndex(index)

    def selected(self) -> Any:
        """The selected record, or None."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.record(rows[0].row()) if rows else None

    def on_activated(self) -> None:
        """Double-click on a row (override)."""
