"""The docket (*expedientes*): search, filters, saved views and the lazy case table."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from legal_desk.domain.dates import format_date_short
from legal_desk.domain.lifecycle import Stage
from legal_desk.domain.permissions import Action, Role
from legal_desk.services.errors import ServiceError
from legal_desk.services.users import list_users
from legal_desk.ui import theme
from legal_desk.ui.context import UiContext
from legal_desk.ui.i18n import stage_label
from legal_desk.ui.models.case_table import COLUMN_KEYS, CaseTableModel
from legal_desk.ui.views.case_tabs.common import squeeze_to_floors

#: Width of each column (in the model's order), the radicado's set by its 23 digits.
_DEFAULT_WIDTHS = (120, 165, 185, 105, 120, 150, 0, 125, 115, 100, 150)
#: The width of ten digits in the font the default widths were chosen for (9 pt): a larger font widens them.
_REFERENCE_DIGITS = 76
#: How many of the first columns of _DEFAULT_ORDER must fit the table's width (up to the limitation date).
_IMPORTANT = 7
#: The order the columns are shown in at first: what a lawyer looks for (the case, its stage, the debtor,
#: radicado and court, the next deadline, the limitation date) fits a 1366×768 laptop, and at 1280 px; the
#: principal, ID number and lawyer come after. At 1366 px the radicado used to start at 990 px and the
#: deadline and limitation columns were off the screen.
_DEFAULT_ORDER = (
    "account_ref",
    "stage",
    "debtor",
    "radicado",
    "court",
    "deadline",
    "limitation",
    "hearing",
    "capital",
    "id_number",
    "lawyer",
)


class CaseListView(QWidget):
    """Docket panel (UI layer): filters on top, the table, and the total count below."""

    case_activated = Signal(int)  # case_id the user opened (double-click / Enter)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, settings_key: str = "docket") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._key = settings_key
        self.model = CaseTableModel(ctx, self)
        # F5 reads the docket again: on a team the other desks' hand-overs, imports and stage moves are
        # not announced here (each desk has its own events), as the case file's F5 re-reads the case
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.model.refresh)

        self.search = QLineEdit(self)
        self.search.setMinimumWidth(120)
        self.search.setClearButtonEnabled(True)
        self.stage_combo = QComboBox(self)
        self.lawyer_combo = QComboBox(self)
        self.mine_check = QCheckBox(self)
        self.archived_check = QCheckBox(self)
        self.views_combo = QComboBox(self)
        # 12 characters, the rest elided: with 16 the filter row alone kept the window 1,360 px wide at 15 pt
        for combo, chars in ((self.stage_combo, 12), (self.lawyer_combo, 12), (self.views_combo, 12)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
        self.save_view_button = QPushButton(self)
        self.delete_view_button = QPushButton(self)
        self.export_button = QPushButton(self)
        # The same re-read for a mouse: F5 has no visible trace on the screen.
        self.refresh_button = QToolButton(self)
        self.refresh_button.setObjectName("docket_refresh")
        self.refresh_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.refresh_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.refresh_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._export_task: Any = None  # the running export, kept alive until it reports
        self.count_label = QLabel(self)
        # An empty docket says why and what to do next (a new desk showed only empty column headers).
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("docket_empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(
            theme.adapted(
                "background:#eef4fb; color:#1e293b; border:1px solid #b6cbe3; border-radius:4px; padding:8px;"
            )
        )
        self.empty_label.hide()
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(False)  # sorting is server-side through the header click below
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Until the user drags a column (or a layout of theirs is restored), the columns are fitted to the
        # table's width: the stage's whole name where there is room (it showed «Ejecución (embargo, se…» at
        # 1366 px with 140 px free to its right), the widest ones narrowed first where there is not.
        self._auto_widths = True
        self._fitting = False
        self._fit_columns()
        for visual, key in enumerate(_DEFAULT_ORDER):
            header.moveSection(header.visualIndex(COLUMN_KEYS.index(key)), visual)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.stage_combo, 2)
        filters.addWidget(self.lawyer_combo, 2)
        filters.addWidget(self.mine_check)
        filters.addWidget(self.archived_check)
        filters.addWidget(self.refresh_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.views_combo)
        bottom.addWidget(self.save_view_button)
        bottom.addWidget(self.delete_view_button)
        bottom.addSpacing(12)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(filters)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._lawyers = self._load_lawyers()
        self._fill_combos()
        self.retranslate()

        self.search.textEdited.connect(self.model.search_as_you_type)
        self.search.returnPressed.connect(self.model.flush_search)
        self.stage_combo.currentIndexChanged.connect(self._on_filters_changed)
        self.lawyer_combo.currentIndexChanged.connect(self._on_filters_changed)
        self.mine_check.toggled.connect(self._on_filters_changed)
        self.archived_check.toggled.connect(self._on_filters_changed)
        self.views_combo.activated.connect(self._on_view_chosen)
        self.save_view_button.clicked.connect(self.save_current_view)
        self.delete_view_button.clicked.connect(self.delete_current_view)
        self.export_button.clicked.connect(lambda _checked=False: self.export_docket())
        self.refresh_button.clicked.connect(lambda _checked=False: self.model.refresh())
        header.sectionClicked.connect(self._on_header_clicked)
        header.sectionResized.connect(self._on_section_resized)
        self.table.viewport().installEventFilter(self)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.installEventFilter(self)
        self.search.installEventFilter(self)  # ↓ goes from the search box to the results
        self.model.total_changed.connect(self._on_total_changed)
        self.model.load_failed.connect(self._on_load_failed)
        self.model.query_changed.connect(self._sync_sort_indicator)
        ctx.events.language_changed.connect(lambda _l: self.retranslate())
        ctx.events.users_changed.connect(self._on_users_changed)

        self.restore_state()

    # ------------------------------------------------------------ setup

    def _load_lawyers(self) -> list[tuple[int, str]]:
        try:
            return [(u.user_id, u.full_name) for u in list_users(self.ctx.desk, role=Role.LAWYER.value) if u.active]
        except ServiceError:
            return []

    def _fill_combos(self) -> None:
        for combo in (self.stage_combo, self.lawyer_combo):
            combo.blockSignals(True)
        current_stage = self.stage_combo.currentData()
        current_lawyer = self.lawyer_combo.currentData()
        self.stage_combo.clear()
        self.stage_combo.addItem(self.tr("Todas las etapas"), None)
        for s in Stage:
            self.stage_combo.addItem(stage_label(s.value), s.value)
        self.lawyer_combo.clear()
        self.lawyer_combo.addItem(self.tr("Todos los abogados"), None)
        for uid, name in self._lawyers:
            self.lawyer_combo.addItem(name, uid)
        self._select_data(self.stage_combo, current_stage)
        self._select_data(self.lawyer_combo, current_lawyer)
        for combo in (self.stage_combo, self.lawyer_combo):
            combo.blockSignals(False)
        self._fill_views()

    def _fill_views(self) -> None:
        self.views_combo.blockSignals(True)
        self.views_combo.clear()
        self.views_combo.addItem(self.tr("Vistas guardadas…"), None)
        for name in sorted(self.ctx.settings.saved_views()):
            self.views_combo.addItem(name, name)
        self.views_combo.blockSignals(False)

    @staticmethod
    def _select_data(combo: QComboBox, value: Any) -> None:
        i = combo.findData(value)
        combo.setCurrentIndex(i if i >= 0 else 0)

    def retranslate(self) -> None:
        """Re-apply every visible text (language switch)."""
        if hasattr(self, "_auto_widths"):
            self._fit_columns()  # the stage names of the new language
        self.search.setPlaceholderText(self.tr("Buscar por deudor, identificación, obligación o radicado (Ctrl+F)"))
        # a screen reader announced «editable text» and «table»: the hint above disappears once typed in
        self.search.setAccessibleName(self.tr("Buscar expedientes"))
        self.search.setAccessibleDescription(self.tr("Por deudor, identificación, obligación o radicado"))
        self.table.setAccessibleName(self.tr("Lista de expedientes"))
        self.mine_check.setText(self.tr("Mis expedientes"))
        if self.ctx.actor.role is Role.PARALEGAL:
            mine_tip = self.tr("Los expedientes en que usted es el dependiente asignado")
        else:
            mine_tip = self.tr(
                "Los expedientes asignados a usted y las entregas de cobranza que ningún abogado ha aceptado aún"
            )
        self.mine_check.setToolTip(mine_tip)
        self.archived_check.setText(self.tr("Incluir archivados"))
        self.archived_check.setToolTip(
            self.tr("Muestra también los expedientes archivados (para consultarlos o desarchivarlos)")
        )
        self.save_view_button.setText(self.tr("Guardar vista"))
        self.delete_view_button.setText(self.tr("Eliminar vista"))
        self.export_button.setText(self.tr("Exportar…"))
        self.export_button.setToolTip(
            self.tr(
                "Guarda en Excel (.xlsx) o CSV todos los expedientes de la lista con los filtros actuales, "
                "con un resumen por etapa y por abogado"
            )
        )
        self.refresh_button.setToolTip(
            self.tr("Actualizar la lista (F5): lee de nuevo los expedientes, con los cambios de otros equipos")
        )
        self.refresh_button.setAccessibleName(self.tr("Actualizar la lista"))
        self.stage_combo.setToolTip(self.tr("Filtrar por etapa"))
        self.lawyer_combo.setToolTip(self.tr("Filtrar por abogado"))
        self._fill_combos()
        self._on_total_changed(-1 if self.model.total is None else self.model.total)

    # ------------------------------------------------------------ filters

    def filters(self) -> dict[str, Any]:
        """The current filters as plain data (saved views, last filters)."""
        return {
            "search": self.search.text(),
            "stage": self.stage_combo.currentData(),
            "lawyer_id": self.lawyer_combo.currentData(),
            "mine": self.mine_check.isChecked(),
            "archived": self.archived_check.isChecked(),
            "order": self.model.query.order,
        }

    def apply_filters(self, f: dict[str, Any]) -> None:
        """Set the widgets from saved filters and run one query."""
        for w in (self.stage_combo, self.lawyer_combo, self.mine_check, self.archived_check):
            w.blockSignals(True)
        self.search.setText(str(f.get("search") or ""))
        self._select_data(self.stage_combo, f.get("stage"))
        self._select_data(self.lawyer_combo, f.get("lawyer_id"))
        self.mine_check.setChecked(bool(f.get("mine")))
        self.archived_check.setChecked(bool(f.get("archived")))
        for w in (self.stage_combo, self.lawyer_combo, self.mine_check, self.archived_check):
            w.blockSignals(False)
        self._run_query(order=str(f.get("order") or "id"))

    def _on_filters_changed(self, *_args: Any) -> None:
        self._run_query(order=self.model.query.order)

    def _run_query(self, *, order: str) -> None:
        lawyer = self.lawyer_combo.currentData()
        mine = self.mine_check.isChecked() and self.ctx.actor.user_id is not None
        paralegal = None
        if mine and self.ctx.actor.role is Role.PARALEGAL:
            paralegal = self.ctx.actor.user_id  # a paralegal's own cases are those they assist on
        elif mine:
            lawyer = self.ctx.actor.user_id
        self.model.set_filters(
            search=self.search.text(),
            stage=self.stage_combo.currentData(),
            lawyer_id=lawyer,
            paralegal_id=paralegal,
            # a lawyer's own cases and the handovers waiting for a lawyer to accept them
            with_unclaimed=mine and self.ctx.can(Action.ACCEPT_CASE),
            include_archived=self.archived_check.isChecked(),
            order=order,
        )

    def show_stage(self, stage: str | None, *, order: str | None = None) -> None:
        """Filter to one stage (dashboard tiles) and clear the search."""
        self.search.clear()
        self.stage_combo.blockSignals(True)
        self._select_data(self.stage_combo, stage)
        self.stage_combo.blockSignals(False)
        self._run_query(order=order or self.model.query.order)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # ------------------------------------------------------------ saved views

    def save_current_view(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Guardar vista"), self.tr("Nombre de la vista:"))
        if ok and name.strip():
            self.save_view(name.strip())

    def save_view(self, name: str) -> None:
        """Store the current filters under a name."""
        views = self.ctx.settings.saved_views()
        views[name] = self.filters()
        self.ctx.settings.save_views(views)
        self._fill_views()
        self._select_data(self.views_combo, name)

    def apply_view(self, name: str) -> bool:
        """Apply a saved view by name; False if it does not exist."""
        f = self.ctx.settings.saved_views().get(name)
        if f is None:
            return False
        self.apply_filters(f)
        return True

    def delete_current_view(self) -> None:
        name = self.views_combo.currentData()
        if not name:
            return
        answer = QMessageBox.question(
            self, self.tr("Eliminar vista"), self.tr("¿Eliminar la vista guardada «%1»?").replace("%1", name)
        )
        if answer == QMessageBox.StandardButton.Yes:
            views = self.ctx.settings.saved_views()
            views.pop(name, None)
            self.ctx.settings.save_views(views)
            self._fill_views()

    def _on_view_chosen(self, index: int) -> None:
        name = self.views_combo.itemData(index)
        if name:
            self.apply_view(name)

    # ------------------------------------------------------------ export

    def export_docket(self, target: Path | None = None) -> Any:
        """Every case of the current filters (not only the rows loaded) to .xlsx or .csv, in a worker."""
        from legal_desk.ui.dialogs.export import ExportTask, ask_export_path

        if self._export_task is not None and not self._export_task.outcome:
            return self._export_task  # one export at a time
        self.model.flush_search()  # what the box says, even typed a moment ago
        target = target or ask_export_path(self.ctx, self)
        if target is None:
            return None
        task = ExportTask(self.ctx, self, self.model.total)
        self._export_task = task
        task.start(self.model.query, target)
        return task

    # ------------------------------------------------------------ table

    def _on_header_clicked(self, section: int) -> None:
        current = self.model.sort_section()
        order = Qt.SortOrder.AscendingOrder
        if current and current[0] == section and current[1] == Qt.SortOrder.AscendingOrder:
            order = Qt.SortOrder.DescendingOrder
        self.model.sort(section, order)
        self._sync_sort_indicator()

    def _sync_sort_indicator(self) -> None:
        current = self.model.sort_section()
        header = self.table.horizontalHeader()
        if current is None:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        else:
            header.setSortIndicator(current[0], current[1])

    def _on_load_failed(self, message: str) -> None:
        self.count_label.setStyleSheet(theme.adapted("color:#b91c1c;"))
        self.count_label.setText(self.tr("No se pudo leer la lista: %1").replace("%1", message))

    def _on_total_changed(self, total: int) -> None:
        if self.model.failed:
            return  # the failure stays on screen until a refresh reads the list again
        self.count_label.setStyleSheet("")
        if total < 0:
            self.count_label.setText(self.tr("Contando expedientes…"))
        else:
            self.count_label.setText(self.tr("%1 expedientes").replace("%1", f"{total:,}".replace(",", ".")))
        self.empty_label.setText(self.empty_text() if total == 0 else "")
        self.empty_label.setVisible(total == 0)

    def filtered(self) -> bool:
        """Whether a search or a filter narrows the list (an empty list then means «nothing matches»)."""
        f = self.filters()
        return bool(f["search"].strip() or f["stage"] or f["lawyer_id"] or f["mine"] or f["archived"])

    def empty_text(self) -> str:
        """What an empty docket tells this user: nothing matches, or how the first cases come in."""
        f = self.filters()
        if f["mine"] and not (f["search"].strip() or f["stage"] or f["lawyer_id"] or f["archived"]):
            return self.tr(
                "No tiene expedientes asignados ni entregas por aceptar. Desmarque «Mis expedientes» para ver "
                "los de todo el equipo."
            )
        if self.filtered():
            return self.tr("Ningún expediente coincide con la búsqueda y los filtros elegidos.")
        if self.ctx.can(Action.HAND_OVER) or self.ctx.can(Action.IMPORT_REFERRALS):
            return self.tr(
                "<b>Aún no hay expedientes.</b> Reciba una obligación con «Nuevo expediente» (Ctrl+N), o traiga "
                "el archivo CSV o Excel de cobranza con «Importar entregas» (Ctrl+I); allí también se indica el "
                "acreedor de todas las obligaciones del archivo."
            )
        return self.tr(
            "<b>Aún no hay expedientes.</b> Aparecerán aquí cuando cobranza entregue obligaciones a jurídico."
        )

    def _on_double_clicked(self, index: QModelIndex) -> None:
        self.open_row(index.row())

    def open_row(self, row: int) -> None:
        case_id = self.model.case_id_at(row)
        if case_id is not None:
            self.case_activated.emit(case_id)
            self.ctx.events.open_case.emit(case_id)

    def current_case_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.case_id_at(index.row()) if index.isValid() else None

    def selected_case_ids(self) -> list[int]:
        """Case ids of the selected docket rows (for batch work)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [self.model.case_id_at(r) for r in rows]
        return [i for i in ids if i is not None]

    def move_selection(self, delta: int) -> int | None:
        """Select the next/previous case of the docket; returns its case_id."""
        rows = self.model.rowCount()
        if rows == 0:
            return None
        current = self.table.currentIndex().row()
        row = 0 if current < 0 else max(0, min(rows - 1, current + delta))
        if row == rows - 1 and self.model.canFetchMore():
            self.model.fetchMore()
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        return self.model.case_id_at(row)

    def focus_results(self) -> None:
        """The keyboard on the results, on the current row (the first one when none is current).

        A search just run is read in a worker: the first row is made current once its rows are in.
        """
        self.model.flush_search()
        if self.model.is_refreshing():
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            self.model.rows_loaded.connect(self._focus_first_row, Qt.ConnectionType.SingleShotConnection)
            return
        self._focus_first_row()

    def _focus_first_row(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.setFocus(Qt.FocusReason.TabFocusReason)

    # ------------------------------------------------------------ column widths

    def _natural_widths(self) -> list[int]:
        """What each column needs: its usual width (grown with a larger font), never less than its header; the
        stage its longest name; the radicado its 23 digits."""
        fm = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        scale = max(1.0, fm.horizontalAdvance("0" * 10) / _REFERENCE_DIGITS)
        widths = [max(round(w * scale), header.sectionSizeHint(i)) for i, w in enumerate(_DEFAULT_WIDTHS)]
        stage = COLUMN_KEYS.index("stage")
        widths[stage] = max(widths[stage], *(fm.horizontalAdvance(stage_label(s.value)) + 16 for s in Stage))
        # the whole number, never «1100140030…»: 23 digits and the cell's margins
        widths[COLUMN_KEYS.index("radicado")] = fm.horizontalAdvance("0" * 23) + 12
        return widths

    def _fit_columns(self) -> None:
        """The natural widths; where the table is too narrow for the columns that matter (up to the limitation
        date), the widest of them (not the radicado) are narrowed until they fit."""
        if not self._auto_widths:
            return
        header = self.table.horizontalHeader()
        widths = self._natural_widths()
        important = [COLUMN_KEYS.index(k) for k in _DEFAULT_ORDER[:_IMPORTANT] if k != "radicado"]
        fixed = sum(widths[c] for c in (COLUMN_KEYS.index("radicado"),))
        room = self.table.viewport().width() - fixed
        if self.table.viewport().width() > 200:  # not laid out yet: the natural widths
            # none narrower than its header (at 15 pt «Próximo término» was cut to «óximo términ»), nor the
            # obligation (the case's number, «OB-2026-…» told nothing): the stage, debtor and court elide first
            keep = COLUMN_KEYS.index("account_ref")
            floors = [widths[c] if c == keep else self._header_width(c) for c in important]
            # a date is read whole or not at all («Limitation» is narrower than «06/06/2029»)
            date = self.table.fontMetrics().horizontalAdvance(format_date_short(dt.date(2028, 12, 28))) + 12
            for i, c in enumerate(important):
                if COLUMN_KEYS[c] in ("deadline", "limitation"):
                    floors[i] = max(floors[i], min(date, widths[c]))
            fitted = squeeze_to_floors([widths[c] for c in important], floors, room)
            for c, width in zip(important, fitted, strict=True):
                widths[c] = width
        self._fitting = True
        try:
            for i, width in enumerate(widths):
                if header.sectionSize(i) != width:
                    header.resizeSection(i, width)
        finally:
            self._fitting = False

    def _header_width(self, column: int) -> int:
        """The width that shows a column's header whole: its text and margins, and the sort arrow only on the
        column sorted by (Qt's size hint counts the arrow on every column, 40 px each at 15 pt)."""
        header = self.table.horizontalHeader()
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            return header.sectionSizeHint(column)
        text = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        return header.fontMetrics().horizontalAdvance(text) + 2 * margin + 8

    def _on_section_resized(self, logical: int, _old: int, _new: int) -> None:
        """A width the user dragged is theirs from then on (the last column only stretches to the edge)."""
        header = self.table.horizontalHeader()
        if self._fitting or header.visualIndex(logical) == header.count() - 1:
            return
        if self.table.isVisible():
            self._auto_widths = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()  # a wider window: whole stage names; a narrower one: the widest columns first
            return False
        if (
            obj is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.focus_results()
            return True
        if (
            obj is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            index = self.table.currentIndex()
            if index.isValid():
                self.open_row(index.row())
                return True
        return super().eventFilter(obj, event)

    def _on_users_changed(self) -> None:
        self._lawyers = self._load_lawyers()
        self._fill_combos()

    # ------------------------------------------------------------ persistence

    def _header_key(self) -> str:
        # not «…/header»: the layout saved under it was the old order and widths, the radicado off to the right
        return f"{self._key}/columns"

    def restore_state(self) -> None:
        """Column layout and last filters from UiSettings (then the first query)."""
        state = self.ctx.settings.load_value(self._header_key())
        if isinstance(state, QByteArray) and self.table.horizontalHeader().restoreState(state):
            self._auto_widths = False  # the widths the user left last time
        last = self.ctx.settings.load_value(f"{self._key}/filters")
        import json

        try:
            f = json.loads(str(last)) if last else {}
        except ValueError:
            f = {}
        if not f and self.ctx.actor.role is Role.LAWYER:
            # A lawyer's first docket: their own cases, nearest their limitation date first (DOMAIN.md §6).
            f = {"mine": True, "order": "priority"}
        self.apply_filters(f if isinstance(f, dict) else {})

    def save_state(self) -> None:
        """Column layout and current filters into UiSettings."""
        import json

        self.ctx.settings.save_value(self._header_key(), self.table.horizontalHeader().saveState())
        self.ctx.settings.save_value(f"{self._key}/filters", json.dumps(self.filters(), ensure_ascii=False))
