"""Item models of the case file, the handover wizard and the import preview (UI layer, no queries)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from legal_desk.domain.dates import format_date_short
from legal_desk.domain.messages import Text
from legal_desk.domain.money import format_money
from legal_desk.ui import theme
from legal_desk.ui.errors import error_text

Index = QModelIndex | QPersistentModelIndex

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_USER = int(Qt.ItemDataRole.UserRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)

AMBER_BG = QColor("#fff1c2")  # Ley 2300 breaches and items needing attention
RED_BG = QColor("#fbd5d5")  # invalid import rows
GREEN_BG = QColor("#d9f2dd")  # done / accepted


def display(value: Any, currency: str = "COP") -> str:
    """How a value reads in a table: money `$ 1.234,56` (in `currency`), dates `dd/mm/yyyy`, booleans Sí/No (Yes/No)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("Labels", "Sí") if value else QCoreApplication.translate("Labels", "No")
    if isinstance(value, Decimal):
        return format_money(value, currency)
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return format_date_short(value)
    if isinstance(value, list | tuple):
        return "; ".join(display(v, currency) for v in value)
    return str(value)


@dataclass(frozen=True)
class Column:
    """One column of a record table: a header and how to read the cell from a record."""

    header: str
    value: Callable[[Any], Any]
    numeric: bool = False


class RecordTableModel(QAbstractTableModel):
    """Read-only table over plain records (dicts or dataclasses) with optional row colour and tooltip."""

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        row_background: Callable[[Any], QColor | None] | None = None,
        row_tooltip: Callable[[Any], str] | None = None,
        currency: Callable[[], str] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._currency = currency or (lambda: "COP")  # the case's currency: money cells are written in it
        self._rows: list[Any] = []
        self._cache: list[list[str] | None] = []  # a row's texts, made the first time the row is drawn
        self._background = row_background
        self._tooltip = row_tooltip
        self._given: list[Any] = []  # rows in the service's order (what «no sort» goes back to)
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_header(self, section: int, header: str) -> None:
        """Rename one column (e.g. the liquidation's rate: effective or nominal, by the case's country)."""
        column = self._columns[section]
        if column.header != header:
            self._columns[section] = Column(header, column.value, column.numeric)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, section, section)

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row (the view re-queried the service); a header sort the user chose is kept."""
        self.beginResetModel()
        self._given = list(rows)
        self._rows = self._sorted(self._given)
        # texts are made per row when first shown: a contact log of 2,000 rows no longer formats 14,000
        # cells (money, dates) on every reload while only the first screenful is visible
        self._cache = [None] * len(self._rows)
        self.endResetModel()

    def _texts(self, row: int) -> list[str]:
        texts = self._cache[row]
        if texts is None:
            record = self._rows[row]
            currency = self._currency()
            texts = self._cache[row] = [display(c.value(record), currency) for c in self._columns]
        return texts

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column's value (money and dates as such, not as text); a negative column: the given order."""
        self.beginResetModel()
        self._sort = (column, order) if 0 <= column < len(self._columns) else None
        self._rows = self._sorted(self._given)
        self._cache = [None] * len(self._rows)
        self.endResetModel()

    def _sorted(self, rows: list[Any]) -> list[Any]:
        if self._sort is None:
            return list(rows)
        column, order = self._sort
        value = self._columns[column].value

        def key(record: Any) -> tuple[int, Any]:
            v = value(record)
            if v is None or v == "":
                return (1, "")  # empty cells last, whichever the direction
            if isinstance(v, bool | int | float | Decimal):
                return (0, (0, v, ""))
            if isinstance(v, dt.datetime):
                return (0, (1, v.timestamp(), ""))
            if isinstance(v, dt.date):
                return (0, (1, dt.datetime(v.year, v.month, v.day).timestamp(), ""))
            return (0, (2, 0, display(v).casefold()))

        descending = order == Qt.SortOrder.DescendingOrder
        present = sorted((r for r in rows if key(r)[0] == 0), key=lambda r: key(r)[1], reverse=descending)
        return present + [r for r in rows if key(r)[0] == 1]

    def record(self, row: int) -> Any:
        """The record shown on a row."""
        return self._rows[row]

    def records(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called ~10 times per cell drawn or fitted: roles are compared as plain ints (an enum member
        # lookup per comparison made fitting a 2,000-contact tab take twice as long)
        if not index.isValid():
            return None
        r = index.row()
        if role == _DISPLAY:
            return self._texts(r)[index.column()]
        if role == _USER:
            return self._columns[index.column()].value(self._rows[r])
        if role == _ALIGN:
            return _RIGHT if self._columns[index.column()].numeric else None
        if role == _BACKGROUND and self._background is not None:
            colour = self._background(self._rows[r])
            return QBrush(theme.tint(colour)) if colour is not None else None
        if role == _FOREGROUND and self._background is not None and self._background(self._rows[r]):
            return QBrush(theme.tint_text())
        if role == _TOOLTIP:
            tip = self._tooltip(self._rows[r]) if self._tooltip else ""
            return tip or self._texts(r)[index.column()] or None
        return None


@dataclass(frozen=True)
class EditColumn:
    """One editable column: key in the row dict, header, and the choices when it is a list (code → label)."""

    key: str
    header: str
    choices: dict[str, str] | None = None
    placeholder: str = ""


class EditableRowsModel(QAbstractTableModel):
    """Small editable table of text rows (guarantors, pre-legal contacts, instalments) with add/remove."""

    def __init__(self, columns: Sequence[EditColumn], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[dict[str, str]] = []

    def rows(self) -> list[dict[str, str]]:
        """The rows as typed (text; choice columns hold the code)."""
        return [dict(r) for r in self._rows]

    def add_row(self, values: dict[str, str] | None = None) -> int:
        """Append a row (defaults: first choice of each list column); returns its number."""
        row = {c.key: (next(iter(c.choices)) if c.choices else "") for c in self.columns}
        row.update(values or {})
        n = len(self._rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self._rows.append(row)
        self.endInsertRows()
        return n

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header if orientation == Qt.Orientation.Horizontal else str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = self.columns[index.column()]
        value = self._rows[index.row()].get(col.key, "")
        if role == Qt.ItemDataRole.DisplayRole:
            return col.choices.get(value, value) if col.choices else value
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole and col.placeholder and not value:
            return col.placeholder
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()][self.columns[index.column()].key] = "" if value is None else str(value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True


@dataclass(frozen=True)
class PreviewRow:
    """One data row of a referral file as written, with the reasons it is refused (empty when valid)."""

    line: int
    cells: tuple[str, ...]
    errors: tuple[tuple[str, str | Text], ...]  # (column as written, reason: a catalogue Text or Spanish)

    @property
    def valid(self) -> bool:
        return not self.errors

    @property
    def reason(self) -> str:
        """The reasons in the interface language, each after its column as written (a whole-row reason alone)."""
        return "; ".join(
            error_text(msg) if col == "(fila)" else f"{col}: {error_text(msg)}" for col, msg in self.errors
        )


class ReferralPreviewModel(QAbstractTableModel):
    """Every row of a referral file: line, status, reason, then the file's own columns; invalid rows red."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[PreviewRow] = []
        self._fixed = [self.tr("Línea"), self.tr("Estado"), self.tr("Motivo")]

    def set_preview(self, headers: Sequence[str], rows: Sequence[PreviewRow]) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = list(rows)
        self.endResetModel()

    def preview_rows(self) -> list[PreviewRow]:
        return list(self._rows)

    def invalid_lines(self) -> list[int]:
        return [r.line for r in self._rows if not r.valid]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._fixed) + len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self._fixed + self._headers)[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return str(row.line)
            if col == 1:
                return self.tr("Válida") if row.valid else self.tr("Inválida")
            if col == 2:
                return row.reason
            k = col - len(self._fixed)
            return row.cells[k] if k < len(row.cells) else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if not row.valid:
                bad_cols = {c for c, _ in row.errors}
                header = self._headers[col - len(self._fixed)] if col >= len(self._fixed) else None
                return QBrush(theme.tint(QColor("#f4a6a6") if header in bad_cols else RED_BG))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and not row.valid:
            return QBrush(theme.tint_text())
        if role == Qt.ItemDataRole.ToolTipRole and not row.valid:
            return row.reason
        return None
