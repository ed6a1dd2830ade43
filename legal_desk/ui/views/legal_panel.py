"""Terms and rates panel: judicial calendar and closures, rate tables, open deadlines, limitation watch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from legal_desk.domain import messages as M
from legal_desk.domain.dates import format_date_short, local_time
from legal_desk.domain.deadlines import EVENTS
from legal_desk.domain.messages import Text
from legal_desk.domain.permissions import Action
from legal_desk.services import agenda as agenda_service
from legal_desk.services import calendars, deadlines, rates
from legal_desk.services import settings as settings_service
from legal_desk.services.errors import NotFound, ServiceError, ValidationFailed
from legal_desk.services.legal import CALENDAR_SETTING_KEYS
from legal_desk.ui import theme
from legal_desk.ui.context import UiContext
from legal_desk.ui.errors import error_text, word_value
from legal_desk.ui.forms.ui_closure_dialog import Ui_ClosureDialog
from legal_desk.ui.forms.ui_event_dialog import Ui_EventDialog
from legal_desk.ui.i18n import stage_label
from legal_desk.ui.labels import deadline_explanation, domain_label, tolling_text
from legal_desk.ui.widgets.enter_opens import enter_opens
from legal_desk.ui.widgets.fold import Fold, WrapCheckBox
from legal_desk.ui.widgets.reload_when_shown import ReloadWhenShown
from legal_desk.ui.widgets.remember import remember_splitter
from legal_desk.ui.workers import Worker
from legal_desk.ui.workers import start as start_worker

JURISDICTIONS = ("CO", "AR", "MX", "ES")
MISSED = QColor("#f8c4c4")
SOON = QColor("#ffe2a8")
WATCH_90 = QColor("#ffeccc")
WATCH_180 = QColor("#fff8dc")
_OVERDUE_LOOKBACK_DAYS = 730
# Art. 317 alerts start this many days before the period ends: on the last day it is too late to act.
INACTIVITY_NOTICE_DAYS = 30


def event_labels() -> dict[str, str]:
    """Spanish labels of the procedural events a user can record (keys of domain EVENTS)."""
    labels = {
        "DEBTOR_SERVED": QCoreApplication.translate("LegalPanel", "Notificación personal del mandamiento al deudor"),
        "EMAIL_SERVICE_SENT": QCoreApplication.translate(
            "LegalPanel", "Notificación electrónica enviada (Ley 2213 de 2022)"
        ),
        "SUMMONS_291_SENT": QCoreApplication.translate("LegalPanel", "Citación para notificación entregada (art. 291)"),
        "NOTICE_292_DELIVERED": QCoreApplication.translate("LegalPanel", "Aviso de notificación entregado (art. 292)"),
        "INADMISSION": QCoreApplication.translate("LegalPanel", "Auto inadmisorio de la demanda notificado"),
        "PAYMENT_ORDER_NOTIFIED_CREDITOR": QCoreApplication.translate(
            "LegalPanel", "Mandamiento de pago notificado por estado al demandante"
        ),
        "LIQUIDATION_SERVED": QCoreApplication.translate("LegalPanel", "Traslado de la liquidación del crédito"),
        "LAST_ACTION": QCoreApplication.translate(
            "LegalPanel", "Otra actuación del proceso (auto, memorial, diligencia…)"
        ),
    }
    return {code: labels.get(code, code) for code in EVENTS}


def _place_labels() -> dict[str, str]:
    """Where an art. 291 summons was delivered, in Spanish."""
    return {
        "local": QCoreApplication.translate("LegalPanel", "En el mismo municipio (5 días)"),
        "outside": QCoreApplication.translate("LegalPanel", "Fuera del municipio (10 días)"),
        "abroad": QCoreApplication.translate("LegalPanel", "En el exterior (30 días)"),
    }


def _stage_label(stage: str) -> str:
    """A stored stage value's name in the interface language (it was always the Spanish one)."""
    return stage_label(stage)


def _percent(rate: Decimal) -> str:
    """`30,00 %` with the Colombian decimal comma."""
    return f"{rate.quantize(Decimal('0.01')):,.2f}".replace(",", "_").replace(".", ",").replace("_", ".") + " %"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def _date_edit(parent: QWidget, day: dt.date) -> QDateEdit:
    """A calendar-popup date field in dd/MM/yyyy."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setDate(_qdate(day))
    return edit


# ------------------------------------------------------------------ table models


class RowsModel(QAbstractTableModel):
    """A read-only table of plain service rows: one cell function, optional colour and tooltip (UI layer)."""

    def __init__(
        self,
        headers: Sequence[str],
        cell: Callable[[Any, int], str],
        parent: QWidget | None = None,
        *,
        background: Callable[[Any], QColor | None] | None = None,
        tooltip: Callable[[Any], str | None] | None = None,
        align_right: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[Any] = []
        self._cell = cell
        self._background = background
        self._tooltip = tooltip
        self._right = set(align_right)

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and self._background is not None:
            colour = self._background(row)
            return QBrush(theme.tint(colour)) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and self._background is not None and self._background(row):
            return QBrush(theme.tint_text())  # the palette's text was white on these pale rows of a dark desktop
        if role == Qt.ItemDataRole.ToolTipRole and self._tooltip is not None:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None


_FIT_ROWS = 200  # rows read to size a column to its contents


def _table(parent: QWidget, model: QAbstractTableModel, stretch: int | None = None) -> QTableView:
    """A row-selecting, read-only table view sized to its contents."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # fitted on the first rows only: Qt reads 1,000 rows of every column on each reload, ~0.2-0.5 s of a frozen
    # window for the limitation watch of a 100,000-case desk (34,000 rows), which reloads after every save
    header.setResizeContentsPrecision(_FIT_ROWS)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view


# ------------------------------------------------------------------ dialogs


@dataclass(frozen=True)
class ClosureValues:
    """What the closure dialog returns."""

    start: dt.date
    end: dt.date
    reason: str
    court: str | None = None
    city: str | None = None
    reopen: bool = False


class ClosureDialog(QDialog, Ui_ClosureDialog):
    """Declare a closure (paro, falla, circular) or a reopening of a day; layout from forms/closure_dialog.ui."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.start_edit.setDate(_qdate(today))
        self.end_edit.setDate(_qdate(today))

    def accept(self) -> None:
        """Close only when the closure has a reason."""
        if not self.reason_edit.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Indique el motivo del cierre."))
            return
        super().accept()

    def values(self) -> ClosureValues:
        """The closure as typed."""
        return ClosureValues(
            _pydate(self.start_edit),
            _pydate(self.end_edit),
            self.reason_edit.text().strip(),
            self.court_edit.text().strip() or None,
            self.city_edit.text().strip() or None,
            self.reopen_check.isChecked(),
        )


@dataclass(frozen=True)
class EventValues:
    """What the record-event dialog returns."""

    account_ref: str
    code: str
    date: dt.date
    params: dict[str, Any] = field(default_factory=dict)


class EventDialog(QDialog, Ui_EventDialog):
    """Record a procedural event (actuación) that starts deadlines; layout from forms/event_dialog.ui."""

    def __init__(self, today: dt.date, parent: QWidget | None = None, account_ref: str = "") -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.ref_edit.setText(account_ref)
        for code, label in event_labels().items():
            self.event_combo.addItem(label, code)
        for code, label in _place_labels().items():
            self.place_combo.addItem(label, code)
        self.date_edit.setDate(_qdate(today))
        self.receipt_edit.setDate(_qdate(today))
        self.event_combo.currentIndexChanged.connect(self._sync)
        self.receipt_check.toggled.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        """Show only the parameters the chosen event takes."""
        code = self.event_combo.currentData()
        self.form.setRowVisible(3, code == "SUMMONS_291_SENT")
        self.form.setRowVisible(4, code == "LAST_ACTION")
        self.form.setRowVisible(5, code == "EMAIL_SERVICE_SENT")
        self.receipt_edit.setEnabled(self.receipt_check.isChecked())

    def accept(self) -> None:
        """Close only when the event names the account it belongs to (and a generic actuación says what it was)."""
        if not self.ref_edit.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Indique el número de obligación del caso."))
            return
        if self.event_combo.currentData() == "LAST_ACTION" and not self.description_edit.text().strip():
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Describa la actuación, p. ej. «auto que requiere» o «memorial que informa un abono»."),
            )
            return
        super().accept()

    def values(self) -> EventValues:
        """The event as typed, with only the parameters its rule uses."""
        code = str(self.event_combo.currentData())
        params: dict[str, Any] = {}
        if code == "SUMMONS_291_SENT":
            params["place"] = self.place_combo.currentData()
        elif code == "LAST_ACTION":
            params["description"] = self.description_edit.text().strip()
        elif code == "EMAIL_SERVICE_SENT" and self.receipt_check.isChecked():
            params["receipt_on"] = _pydate(self.receipt_edit)
        return EventValues(self.ref_edit.text().strip(), code, _pydate(self.date_edit), params)


# ------------------------------------------------------------------ work run in the pool


@dataclass(frozen=True)
class TermsData:
    """What the Términos tab shows: deadlines, the 2-business-day horizon, art. 317 alerts."""

    rows: list[deadlines.DeadlineInfo]
    soon_until: dt.date
    inactivity: list[dict[str, Any]]
    inactivity_years: int
    inactivity_years_judgment: int = 2


def load_terms(
    ctx: UiContext, jurisdiction: str, start: dt.date, end: dt.date, today: dt.date, overdue: bool
) -> TermsData:
    """Open deadlines of the range (plus unmet overdue ones) and the inactivity alerts (runs in a Worker)."""
    rows = [d for d in deadlines.list_deadlines(ctx.desk, ctx.actor, start, end, today=today) if d.met_on is None]
    if overdue:
        before = min(start, today) - dt.timedelta(days=1)
        since = before - dt.timedelta(days=_OVERDUE_LOOKBACK_DAYS)
        if since <= before:
            late = deadlines.list_deadlines(ctx.desk, ctx.actor, since, before, today=today)
            known = {d.deadline_id for d in rows}
            rows = [d for d in late if d.met_on is None and d.deadline_id not in known] + rows
    soon = calendars.add_days(ctx.desk, jurisdiction, today, 2, from_notice=False)["due"]
    alerts = deadlines.inactivity_alerts(ctx.desk, ctx.actor, today, within_days=INACTIVITY_NOTICE_DAYS)
    values = settings_service.desk_settings(ctx.desk)
    years = int(values["deadlines.inactivity_years"])
    after = int(values["deadlines.inactivity_years_judgment"])
    return TermsData(rows, soon, alerts, years, after)


@dataclass(frozen=True)
class RatesData:
    """What the rates tab shows."""

    periods: list[Any]
    history: list[rates.RateVersionInfo]
    day_basis: str


def load_rates(ctx: UiContext, jurisdiction: str) -> RatesData:
    """The table in force, the import history and the day basis (runs in a Worker)."""
    try:
        periods = list(rates.current_rate_table(ctx.desk, jurisdiction).periods)
    except NotFound:
        periods = []
    history = rates.rate_history(ctx.desk, jurisdiction)
    return RatesData(periods, history, settings_service.desk_settings(ctx.desk)["interest.day_basis"])


@dataclass(frozen=True)
class ImportOutcome:
    """A rate import: the new version, or the refusal with its per-line errors."""

    info: rates.RateVersionInfo | None
    message: str = ""
    errors: list[tuple[int | None, str, str]] = field(default_factory=list)


def import_rate_file(ctx: UiContext, path: str, jurisdiction: str) -> ImportOutcome:
    """Import a rate file; a refused file comes back with its line errors (runs in a Worker)."""
    try:
        return ImportOutcome(rates.import_rates(ctx.desk, ctx.actor, path, jurisdiction))
    except ValidationFailed as exc:
        worded = [  # the column as the interface names it (the English header a file also accepts)
            (line, word_value(col), error_text(text))
            for (line, _col, _es), col, text in zip(exc.errors, exc.field_texts, exc.error_texts, strict=True)
        ]
        return ImportOutcome(None, error_text(exc), worded)


# ------------------------------------------------------------------ the panel


def scrolling(page: QWidget) -> QScrollArea:
    """`page` in a frameless scroll area that gives it all the room there is and scrolls only when that is
    less than the page's minimum (its minimum no longer sets the window's)."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(page)
    return area


class LegalPanel(ReloadWhenShown):
    """Calendars, closures, rate tables, open deadlines, limitation watch and cuantía data, in tabs (UI layer)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self._workers: set[Worker] = set()
        self._generation: dict[str, int] = {}
        self._loading_options = False
        self._soon_until = dt.date.min

        self.jurisdiction_combo = QComboBox(self)
        for code in JURISDICTIONS:
            self.jurisdiction_combo.addItem(code, code)
        default = (ctx.desk.config.jurisdiction or "CO").upper()
        self.jurisdiction_combo.setCurrentIndex(max(0, self.jurisdiction_combo.findData(default)))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Jurisdicción"), self))
        top.addWidget(self.jurisdiction_combo)
        top.addStretch(1)

        self.tabs = QTabWidget(self)
        self.tabs.setUsesScrollButtons(True)
        # Each tab scrolls when it is wider or taller than the room it has: at a 15 pt desktop font the
        # calendar's options and the cuantía's two lists asked for 1,550 px, and as the main window cannot be
        # narrower than its widest panel it needed 1,800 px on a 1,366 px laptop.
        self.tabs.addTab(scrolling(self._build_calendar_tab()), self.tr("Calendario judicial"))
        self.tabs.addTab(scrolling(self._build_rates_tab()), self.tr("Tasas de interés"))
        self.tabs.addTab(scrolling(self._build_terms_tab()), self.tr("Términos"))
        self.tabs.addTab(scrolling(self._build_limitation_tab()), self.tr("Prescripción"))
        from legal_desk.ui.views.legal_data_tab import LegalDataTab  # local: it reuses this module's tables

        self.legal_data_tab = LegalDataTab(ctx, self, today=self.today)
        self.tabs.addTab(scrolling(self.legal_data_tab), self.tr("Cuantía (SMLMV y Pequeñas Causas)"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.jurisdiction_combo.currentIndexChanged.connect(self._on_jurisdiction)
        ctx.events.calendar_changed.connect(self._on_calendar_changed)
        ctx.events.rates_changed.connect(self.reload_rates)
        ctx.events.cases_changed.connect(self.reload_when_shown)
        ctx.events.case_changed.connect(self.reload_when_shown_for_case)
        self.reload()

    # ---------------------------------------------------------------- building

    def _build_calendar_tab(self) -> QWidget:
        page = QWidget(self)
        # Term calculator
        calc = QGroupBox(self.tr("Calculadora de términos"), page)
        self.calc_start = _date_edit(calc, self.today)
        self.calc_days = QSpinBox(calc)
        self.calc_days.setRange(0, 5000)
        self.calc_days.setValue(3)
        self.calc_days.setSuffix(self.tr(" días hábiles"))
        self.calc_court = QLineEdit(calc)
        self.calc_court.setPlaceholderText(self.tr("Juzgado (opcional)"))
        self.calc_button = QPushButton(self.tr("Calcular"), calc)
        self.calc_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.calc_result = QLabel(calc)
        self.calc_result.setWordWrap(True)
        self.calc_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.skipped_model = RowsModel(
            [self.tr("Día omitido"), self.tr("Motivo")],
            lambda r, c: format_date_short(r["date"]) if c == 0 else str(r["reason"]),
            self,
        )
        self.skipped_view = _table(calc, self.skipped_model, stretch=1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Desde"), calc))
        row.addWidget(self.calc_start)
        row.addWidget(self.calc_days)
        row.addWidget(self.calc_court, 1)
        row.addWidget(self.calc_button)
        calc_layout = QVBoxLayout(calc)
        calc_layout.addLayout(row)
        calc_layout.addWidget(self.calc_result)
        calc_layout.addWidget(self.skipped_view, 1)
        self.calc_button.clicked.connect(self.calculate)

        # Closure table
        closures = QGroupBox(self.tr("Cierres y reaperturas del despacho"), page)
        self.closure_model = RowsModel(
            [
                self.tr("Desde"),
                self.tr("Hasta"),
                self.tr("Tipo"),
                self.tr("Motivo"),
                self.tr("Juzgado"),
                self.tr("Ciudad"),
                self.tr("Registrado por"),
            ],
            self._closure_cell,
            self,
        )
        self.closure_view = _table(closures, self.closure_model, stretch=3)
        self.add_closure_button = QPushButton(self.tr("Agregar cierre…"), closures)
        self.remove_closure_button = QPushButton(self.tr("Eliminar cierre"), closures)
        # Ctrl+N and Ctrl+I belong to the window («Nuevo expediente», «Importar entregas»): the same key on a
        # button of this panel made Qt refuse both («Ambiguous shortcut overload») and nothing happened
        self.add_closure_button.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_closure_button.setToolTip(self.tr("Agregar un día de cierre del despacho (Ctrl+Shift+N)"))
        self.remove_closure_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.calendar_progress = QProgressBar(closures)
        self.calendar_progress.setMaximumWidth(220)
        self.calendar_progress.hide()
        self.calendar_status = QLabel(closures)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_closure_button)
        buttons.addWidget(self.remove_closure_button)
        buttons.addWidget(self.calendar_progress)
        buttons.addWidget(self.calendar_status, 1)
        closures_layout = QVBoxLayout(closures)
        closures_layout.addWidget(self.closure_view, 1)
        closures_layout.addLayout(buttons)
        self.add_closure_button.clicked.connect(lambda: self.add_closure())
        self.remove_closure_button.clicked.connect(self.remove_selected_closure)

        # Calendar options
        options = QGroupBox(self.tr("Opciones del calendario"), page)
        labels = {
            "calendar.holy_week_closed": self.tr("Semana Santa (lunes a miércoles) sin despacho"),
            "calendar.rama_judicial_day_closed": self.tr("17 de diciembre, Día de la Rama Judicial, sin despacho"),
            "calendar.extend_to_business_day": self.tr(
                "Términos en meses o años que vencen en día inhábil: prórroga al día hábil siguiente"
            ),
            "calendar.calendar_terms_from_next_day": self.tr(
                "Términos en meses o años: contar desde el día siguiente al evento (15/03 + 1 año = 16/03)"
            ),
        }
        tips = {
            "calendar.extend_to_business_day": self.tr(
                "CGP art. 118: si el vencimiento ocurre en día inhábil se extiende al primer día hábil siguiente. "
                "También mueve la fecha de prescripción."
            ),
            "calendar.calendar_terms_from_next_day": self.tr(
                "CGP art. 118: el término vence «el mismo día que empezó a correr». Desactivado: el mismo "
                "día del evento (15/03/2025 + 1 año = 15/03/2026). Activado: el mismo día en que empezó a "
                "correr, el siguiente al evento (16/03/2026). No cambia la prescripción."
            ),
        }
        self.option_checks: dict[str, QCheckBox] = {}
        options_layout = QVBoxLayout(options)
        for key in CALENDAR_SETTING_KEYS:
            check = WrapCheckBox(labels[key], options)  # the label wraps: on one line it widened the window
            check.setToolTip(tips.get(key, ""))
            check.toggled.connect(lambda value, k=key: self._on_option(k, value))
            self.option_checks[key] = check
            options_layout.addWidget(check)

        may = self.ctx.can(Action.MANAGE_CALENDAR)
        self.add_closure_button.setVisible(may)
        self.remove_closure_button.setVisible(may)
        for check in self.option_checks.values():
            check.setEnabled(may)
        if not may:
            self.calendar_status.setText(self.tr("Solo consulta: su rol no administra el calendario."))

        left = QWidget(page)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(calc, 1)
        left_layout.addWidget(options)
        # side by side where there is room, the closures below the calculator where there is not (a 15 pt
        # font on a 1366 px laptop: «Cierres y reaperturas» was half off the right edge)
        self.calendar_fold = Fold(page)
        self.calendar_fold.add(left, 2, stacked_stretch=1)
        self.calendar_fold.add(closures, 3, stacked_stretch=1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.calendar_fold)
        return page

    def _build_rates_tab(self) -> QWidget:
        page = QWidget(self)
        self.import_button = QPushButton(self.tr("Importar tabla de tasas (CSV/XLSX)…"), page)
        self.import_button.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_button.setToolTip(self.tr("Importar la tabla de tasas de un archivo CSV o XLSX (Ctrl+Shift+I)"))
        self.rates_status = QLabel(page)
        self.rates_status.setWordWrap(True)
        self.day_basis_combo = QComboBox(page)
        self.day_basis_combo.addItem(self.tr("365 días"), "365")
        self.day_basis_combo.addItem(self.tr("360 días"), "360")
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addSpacing(24)
        top.addWidget(QLabel(self.tr("Base de días para intereses"), page))
        top.addWidget(self.day_basis_combo)
        top.addStretch(1)

        self.rate_errors_box = QGroupBox(self.tr("Errores del archivo (no se importó nada)"), page)
        self.rate_errors_model = RowsModel(
            [self.tr("Línea"), self.tr("Columna"), self.tr("Problema")],
            lambda r, c: ("" if r[0] is None else str(r[0])) if c == 0 else str(r[c]),
            self,
            align_right=(0,),
        )
        self.rate_errors_view = _table(self.rate_errors_box, self.rate_errors_model, stretch=2)
        errors_layout = QVBoxLayout(self.rate_errors_box)
        errors_layout.addWidget(self.rate_errors_view)
        self.rate_errors_box.hide()

        current = QGroupBox(self.tr("Tabla vigente"), page)
        self.rate_model = RowsModel(
            [self.tr("Desde"), self.tr("Hasta"), self.tr("Tasa E.A.")],
            lambda p, c: (format_date_short(p.start), format_date_short(p.end), _percent(p.annual_rate))[c],
            self,
            align_right=(2,),
        )
        self.rate_view = _table(current, self.rate_model)
        QVBoxLayout(current).addWidget(self.rate_view)

        history = QGroupBox(self.tr("Historial de importaciones"), page)
        self.history_model = RowsModel(
            [
                self.tr("Importada"),
                self.tr("Archivo"),
                self.tr("Períodos"),
                self.tr("Desde"),
                self.tr("Hasta"),
                self.tr("Por"),
                self.tr("Estado"),
            ],
            self._history_cell,
            self,
            align_right=(2,),
        )
        self.history_view = _table(history, self.history_model, stretch=1)
        QVBoxLayout(history).addWidget(self.history_view)

        tables = QHBoxLayout()
        tables.addWidget(current, 2)
        tables.addWidget(history, 5)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.rates_status)
        layout.addWidget(self.rate_errors_box, 2)
        layout.addLayout(tables, 3)

        may = self.ctx.can(Action.MANAGE_RATES)
        self.import_button.setVisible(may)
        self.day_basis_combo.setEnabled(may)
        self.import_button.clicked.connect(lambda: self.import_rates())
        self.day_basis_combo.activated.connect(self._on_day_basis)
        return page

    def _build_terms_tab(self) -> QWidget:
        page = QWidget(self)
        monday = self.today - dt.timedelta(days=self.today.weekday())
        self.terms_from = _date_edit(page, monday)
        self.terms_to = _date_edit(page, monday + dt.timedelta(days=6))
        self.overdue_check = QCheckBox(self.tr("Incluir vencidos sin cumplir"), page)
        self.overdue_check.setChecked(True)
        self.terms_refresh = QPushButton(self.tr("Actualizar"), page)
        self.terms_refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.record_button = QPushButton(self.tr("Registrar actuación…"), page)
        self.record_button.setShortcut(QKeySequence("Ctrl+E"))
        dates = QWidget(page)
        dates_layout = QHBoxLayout(dates)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        dates_layout.addWidget(QLabel(self.tr("Vencen del"), page))
        dates_layout.addWidget(self.terms_from)
        dates_layout.addWidget(QLabel(self.tr("al"), page))
        dates_layout.addWidget(self.terms_to)
        dates_layout.addWidget(self.overdue_check)
        dates_layout.addStretch(1)
        buttons = QWidget(page)
        buttons_layout = QHBoxLayout(buttons)
        buttons_layout.setContentsMargins(0, 0, 0, 0)
        buttons_layout.addWidget(self.terms_refresh)
        buttons_layout.addStretch(1)
        buttons_layout.addWidget(self.record_button)
        # the buttons below the dates when the row does not fit (a 15 pt font at 1366 px: the tab scrolled)
        top = Fold(page)
        top.add(dates)
        top.add(buttons, 1)

        self.terms_model = RowsModel(
            [
                self.tr("Vence"),
                self.tr("Estado"),
                self.tr("Obligación"),
                self.tr("Deudor"),
                self.tr("Término"),
                self.tr("Explicación"),
            ],
            self._term_cell,
            self,
            background=self._term_colour,
            tooltip=lambda d: deadline_explanation(d.explanation, d.explanation_parts),
        )
        self.terms_view = _table(page, self.terms_model, stretch=5)
        self.terms_view.doubleClicked.connect(lambda index: self._open_case(self.terms_model, index))
        enter_opens(self.terms_view, lambda index: self._open_case(self.terms_model, index))
        self.met_date = _date_edit(page, self.today)
        self.met_button = QPushButton(self.tr("Marcar cumplido"), page)
        self.met_button.setShortcut(QKeySequence("Ctrl+M"))
        self.terms_status = QLabel(page)
        self.terms_status.setWordWrap(True)  # on one line the counts widened the tab past a 1366 px window
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Cumplido el"), page))
        actions.addWidget(self.met_date)
        actions.addWidget(self.met_button)
        actions.addWidget(self.terms_status, 1)

        inactivity = QGroupBox(self.tr("Alertas de desistimiento tácito (CGP art. 317)"), page)
        self.inactivity_model = RowsModel(
            [
                self.tr("Obligación"),
                self.tr("Deudor"),
                self.tr("Etapa"),
                self.tr("Última actuación"),
                self.tr("Días sin actuación"),
                self.tr("Vence el"),
                self.tr("Días restantes"),
                self.tr("Norma"),
            ],
            self._inactivity_cell,
            self,
            background=lambda r: MISSED if r["days_left"] <= 0 else SOON,
            align_right=(4, 6),
        )
        self.inactivity_view = _table(inactivity, self.inactivity_model, stretch=1)
        self.inactivity_view.doubleClicked.connect(lambda index: self._open_case(self.inactivity_model, index))
        enter_opens(self.inactivity_view, lambda index: self._open_case(self.inactivity_model, index))
        self.inactivity_spin = QSpinBox(inactivity)
        self.inactivity_spin.setRange(1, 10)
        self.inactivity_spin.setSuffix(self.tr(" año(s)"))
        self.inactivity_spin.setToolTip(self.tr("CGP art. 317 num. 2: 1 año en primera instancia"))
        self.inactivity_after_spin = QSpinBox(inactivity)
        self.inactivity_after_spin.setRange(1, 10)
        self.inactivity_after_spin.setSuffix(self.tr(" año(s)"))
        self.inactivity_after_spin.setToolTip(
            self.tr("CGP art. 317 num. 2 lit. b: 2 años con sentencia o auto que ordena seguir adelante la ejecución")
        )
        self.inactivity_save = QPushButton(self.tr("Guardar período"), inactivity)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Período de inactividad"), inactivity))
        period.addWidget(self.inactivity_spin)
        period.addWidget(QLabel(self.tr("con auto de seguir adelante"), inactivity))
        period.addWidget(self.inactivity_after_spin)
        period.addWidget(self.inactivity_save)
        period.addStretch(1)
        inactivity_layout = QVBoxLayout(inactivity)
        inactivity_layout.addLayout(period)
        inactivity_layout.addWidget(self.inactivity_view)

        upper = QWidget(page)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(top)
        upper_layout.addWidget(self.terms_view, 1)
        upper_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        splitter.addWidget(upper)
        splitter.addWidget(inactivity)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        remember_splitter(splitter, self.ctx.settings, "legal/terms")
        QVBoxLayout(page).addWidget(splitter)

        may_edit = self.ctx.can(Action.EDIT_FILED_CASE)
        self.record_button.setVisible(may_edit)
        self.met_button.setVisible(may_edit)
        self.met_date.setVisible(may_edit)
        may_calendar = self.ctx.can(Action.MANAGE_CALENDAR)
        self.inactivity_spin.setEnabled(may_calendar)
        self.inactivity_after_spin.setEnabled(may_calendar)
        self.inactivity_save.setVisible(may_calendar)
        self.terms_refresh.clicked.connect(self.reload_terms)
        self.overdue_check.toggled.connect(lambda _v: self.reload_terms())
        self.met_button.clicked.connect(lambda: self.mark_selected_met())
        self.record_button.clicked.connect(lambda: self.record_event())
        self.inactivity_save.clicked.connect(self._on_inactivity_years)
        return page

    def _build_limitation_tab(self) -> QWidget:
        page = QWidget(self)
        self.within_spin = QSpinBox(page)
        self.within_spin.setRange(0, 3650)
        self.within_spin.setValue(180)
        self.within_spin.setSuffix(self.tr(" días"))
        refresh = QPushButton(self.tr("Actualizar"), page)
        self.limitation_status = QLabel(page)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Prescriben dentro de"), page))
        top.addWidget(self.within_spin)
        top.addWidget(refresh)
        top.addWidget(self.limitation_status, 1)
        self.limitation_model = RowsModel(
            [
                self.tr("Prescribe el"),
                self.tr("Días restantes"),
                self.tr("Alerta"),
                self.tr("Obligación"),
                self.tr("Deudor"),
                self.tr("Etapa"),
                self.tr("Demanda (art. 94 CGP)"),
            ],
            self._limitation_cell,
            self,
            background=self._limitation_colour,
            tooltip=lambda e: tolling_text(e.tolling) or None,
            align_right=(1,),
        )
        self.limitation_view = _table(page, self.limitation_model, stretch=4)
        self.limitation_view.doubleClicked.connect(lambda index: self._open_case(self.limitation_model, index))
        enter_opens(self.limitation_view, lambda index: self._open_case(self.limitation_model, index))
        legend = QLabel(
            self.tr(
                "Rojo: prescrito · naranja: ≤ 30 días · ámbar: ≤ 90 · amarillo: ≤ 180. "
                "Un caso radicado a tiempo no aparece mientras la demanda interrumpe la prescripción (art. 94 "
                "CGP); vuelve si el año para notificar al deudor vence sin notificarlo. "
                "Doble clic o Enter abre el caso."
            ),
            page,
        )
        legend.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.limitation_view, 1)
        layout.addWidget(legend)
        refresh.clicked.connect(self.reload_limitation)
        self.within_spin.editingFinished.connect(self.reload_limitation)
        return page

    # ---------------------------------------------------------------- cells

    def _closure_cell(self, c: calendars.ClosureInfo, col: int) -> str:
        if col == 2:
            return self.tr("Reapertura") if c.reopen else self.tr("Cierre")
        values = (
            format_date_short(c.start),
            format_date_short(c.end),
            "",
            c.reason,
            c.court or self.tr("Todos"),
            c.city or self.tr("Todas"),
            c.created_by or "",
        )
        return values[col]

    def _history_cell(self, h: rates.RateVersionInfo, col: int) -> str:
        if col == 0:
            return local_time(h.imported_at)
        if col == 6:
            return self.tr("Vigente") if h.current else self.tr("Reemplazada")
        values = (
            "",
            h.filename,
            str(h.periods),
            format_date_short(h.first_day),
            format_date_short(h.last_day),
            h.imported_by or "",
        )
        return values[col]

    def _term_state(self, d: deadlines.DeadlineInfo) -> str:
        """'missed', 'soon' or 'open' as the table colours it."""
        if d.status == "missed" or (d.status == "open" and d.due < self.today):
            return "missed"
        if d.due <= self._soon_until:
            return "soon"
        return "open"

    def _term_cell(self, d: deadlines.DeadlineInfo, col: int) -> str:
        if col == 1:
            state = self._term_state(d)
            if state == "missed":
                return self.tr("Vencido")
            if state == "soon":
                return self.tr("Vence pronto")
            return self.tr("Abierto")
        why = deadline_explanation(d.explanation, d.explanation_parts)
        values = (format_date_short(d.due), "", d.account_ref, d.debtor, domain_label(d.label), why)
        return values[col]

    def _term_colour(self, d: deadlines.DeadlineInfo) -> QColor | None:
        state = self._term_state(d)
        return MISSED if state == "missed" else SOON if state == "soon" else None

    def _inactivity_cell(self, a: dict[str, Any], col: int) -> str:
        values = (
            a["account_ref"],
            a["debtor"],
            _stage_label(a["stage"]),
            f"{format_date_short(a['last_activity'])} — {word_value(a.get('last_action_text') or a['last_action'])}",
            str(a["days_inactive"]),
            format_date_short(a["expires"]),
            str(max(a["days_left"], 0)),
            a["rule"],
        )
        return values[col]

    def _limitation_cell(self, e: agenda_service.LimitationEntry, col: int) -> str:
        if col == 2:
            if e.alert == 0:
                return self.tr("Prescrito")
            return self.tr("{n} días").replace("{n}", str(e.alert)) if e.alert else ""
        if col == 6:
            t = e.tolling
            if t.state == "late_filing" and t.filed_on is not None:
                return self.tr("Radicada después, el {d}").replace("{d}", f"{t.filed_on:%d/%m/%Y}")
            if t.state == "lapsed" and t.serve_by is not None:
                return self.tr("Sin notificar en el año (venció el {d})").replace("{d}", f"{t.serve_by:%d/%m/%Y}")
            return ""
        values = (
            format_date_short(e.limitation_date),
            str(e.days_left),
            "",
            e.account_ref,
            e.debtor,
            _stage_label(e.stage),
        )
        return values[col]

    @staticmethod
    def _limitation_colour(e: agenda_service.LimitationEntry) -> QColor | None:
        return {0: MISSED, 30: SOON, 90: WATCH_90, 180: WATCH_180}.get(e.alert if e.alert is not None else -1)

    # ---------------------------------------------------------------- loading

    @property
    def jurisdiction(self) -> str:
        """The jurisdiction the panel shows."""
        return str(self.jurisdiction_combo.currentData())

    def reload(self) -> None:
        """Re-read every tab (each in a Worker)."""
        self.reload_calendar()
        self.reload_rates()
        self.reload_terms()
        self.reload_limitation()

    def _run(
        self,
        key: str,
        fn: Callable[..., Any],
        *args: Any,
        done: Callable[[Any], None],
        failed: Callable[[str], None] | None = None,
        progress: QProgressBar | None = None,
        with_progress: bool = False,
    ) -> None:
        """Run a service call in the pool; only the newest result of each `key` is shown."""
        generation = self._generation.get(key, 0) + 1
        self._generation[key] = generation
        worker = Worker(fn, *args, with_progress=with_progress)

        def finished(result: Any) -> None:
            self._workers.discard(worker)
            if progress is not None:
                progress.hide()
            if self._generation.get(key) == generation:
                done(result)

        def on_failed(message: str, _detail: str) -> None:
            self._workers.discard(worker)
            if progress is not None:
                progress.hide()
            if failed is not None:
                failed(message)
            else:
                QMessageBox.warning(self, self.tr("Términos y tasas"), message)

        worker.signals.finished.connect(finished)
        worker.signals.failed.connect(on_failed)
        worker.signals.cancelled.connect(lambda: self._workers.discard(worker))
        if progress is not None:
            progress.setRange(0, 0)
            progress.show()
            worker.signals.progress.connect(lambda n, total, _l: self._set_progress(progress, n, total))
        self._workers.add(worker)
        start_worker(worker)

    @staticmethod
    def _set_progress(bar: QProgressBar, done: int, total: int) -> None:
        if total > 0:
            bar.setRange(0, total)
            bar.setValue(done)

    def reload_calendar(self) -> None:
        """Closures of the jurisdiction and the calendar switches."""

        def read(desk: Any, code: str) -> tuple[list[calendars.ClosureInfo], dict[str, bool]]:
            return calendars.list_closures(desk, code), calendars.calendar_setting_values(desk)

        self._run("calendar", read, self.ctx.desk, self.jurisdiction, done=self._show_calendar)

    def _show_calendar(self, result: tuple[list[calendars.ClosureInfo], dict[str, bool]]) -> None:
        closures, options = result
        self.closure_model.set_rows(closures)
        self._loading_options = True
        try:
            for key, check in self.option_checks.items():
                check.setChecked(options.get(key, False))
        finally:
            self._loading_options = False

    def reload_rates(self) -> None:
        """The rate table in force and the import history."""
        self._run("rates", load_rates, self.ctx, self.jurisdiction, done=self._show_rates)

    def _show_rates(self, data: RatesData) -> None:
        self.rate_model.set_rows(data.periods)
        self.history_model.set_rows(data.history)
        index = self.day_basis_combo.findData(data.day_basis.strip())
        self.day_basis_combo.setCurrentIndex(index)  # none chosen for a stored value that is neither basis
        if index < 0:
            self.rates_status.setText(error_text(Text(M.DAY_BASIS_STORED_INVALID, text=data.day_basis)))
        elif not data.history:
            self.rates_status.setText(self.tr("No hay tabla de tasas importada para esta jurisdicción."))

    def reload_terms(self) -> None:
        """Deadlines of the range (and overdue ones) and the art. 317 alerts."""
        start, end = _pydate(self.terms_from), _pydate(self.terms_to)
        self._run(
            "terms",
            load_terms,
            self.ctx,
            self.jurisdiction,
            start,
            end,
            self.today,
            self.overdue_check.isChecked(),
            done=self._show_terms,
            failed=self.terms_status.setText,
        )

    def _show_terms(self, data: TermsData) -> None:
        self._soon_until = data.soon_until
        self.terms_model.set_rows(data.rows)
        self.inactivity_model.set_rows(data.inactivity)
        self.inactivity_spin.setValue(data.inactivity_years)
        self.inactivity_after_spin.setValue(data.inactivity_years_judgment)
        missed = sum(1 for d in data.rows if self._term_state(d) == "missed")
        soon = sum(1 for d in data.rows if self._term_state(d) == "soon")
        self.terms_status.setText(
            self.tr("Términos: {n} · vencidos: {m} · vencen en 2 días hábiles o menos: {s}")
            .replace("{n}", str(len(data.rows)))
            .replace("{m}", str(missed))
            .replace("{s}", str(soon))
        )

    def reload_limitation(self) -> None:
        """Cases that prescribe within the chosen days, soonest first."""
        self._run(
            "limitation",
            agenda_service.limitation_watch,
            self.ctx.desk,
            self.ctx.actor,
            self.today,
            self.within_spin.value(),
            done=self._show_limitation,
            failed=self.limitation_status.setText,
        )

    def _show_limitation(self, rows: list[agenda_service.LimitationEntry]) -> None:
        self.limitation_model.set_rows(rows)
        self.limitation_status.setText(
            self.tr("Casos: {n} · ya prescritos: {p}")
            .replace("{n}", str(len(rows)))
            .replace("{p}", str(sum(1 for r in rows if r.alert == 0)))
        )

    def _on_jurisdiction(self) -> None:
        self.calc_result.clear()
        self.skipped_model.set_rows([])
        self.rate_errors_box.hide()
        self.reload()

    def _on_calendar_changed(self) -> None:
        self.reload_calendar()
        self.reload_terms()
        self.reload_limitation()

    def reload_after_change(self) -> None:
        """A case changed: the terms and the limitation watch again (ReloadWhenShown: only while in view).

        The limitation watch alone is ~1.2 s of a worker on 100,000 cases; re-read after every save in a case
        file (the panel hidden behind it) it competed with the window for the interpreter.
        """
        self.reload_terms()
        self.reload_limitation()

    # ---------------------------------------------------------------- calendar actions

    def calculate(self) -> None:
        """Count the business days and show the due date with every skipped day and its reason."""
        start, days = _pydate(self.calc_start), self.calc_days.value()
        court = self.calc_court.text().strip() or None
        try:
            result = calendars.add_days(self.ctx.desk, self.jurisdiction, start, days, court=court)
        except ServiceError as exc:
            self.calc_result.setText(error_text(exc))
            self.skipped_model.set_rows([])
            return
        self.calc_result.setText(
            self.tr("{d} días hábiles desde el {s} vencen el {due}; {k} días no hábiles omitidos.")
            .replace("{d}", str(days))
            .replace("{s}", format_date_short(start))
            .replace("{due}", format_date_short(result["due"]))
            .replace("{k}", str(len(result["skipped"])))
        )
        if result["takes_effect"] is not None:  # MX: counted from the day after the notice takes effect
            self.calc_result.setText(
                self.calc_result.text()
                + " "
                + self.tr("La notificación surte efectos el {e} y el término corre desde el día siguiente ({src}).")
                .replace("{e}", format_date_short(result["takes_effect"]))
                .replace("{src}", result["term_source"])
            )
        self.skipped_model.set_rows(result["skipped"])

    def add_closure(self, values: ClosureValues | None = None) -> None:
        """Ask for a closure (or take `values`) and save it in a Worker; the deadlines are recomputed."""
        if values is None:
            dialog = ClosureDialog(self.today, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        self._calendar_write(
            calendars.add_closure,
            self.ctx.desk,
            self.ctx.actor,
            self.jurisdiction,
            values.start,
            values.end,
            values.reason,
            values.court,
            values.city,
            values.reopen,
            count=lambda info: int(info.changed),
        )

    def remove_selected_closure(self) -> None:
        """Delete the selected closure after asking; the deadlines are recomputed."""
        rows = self.closure_view.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("Eliminar cierre"), self.tr("Seleccione el cierre a eliminar."))
            return
        closure: calendars.ClosureInfo = self.closure_model.rows[rows[0].row()]
        answer = QMessageBox.question(
            self,
            self.tr("Eliminar cierre"),
            self.tr("¿Eliminar el cierre del {a} al {b} ({r})? Los términos abiertos se recalcularán.")
            .replace("{a}", format_date_short(closure.start))
            .replace("{b}", format_date_short(closure.end))
            .replace("{r}", closure.reason),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._calendar_write(calendars.remove_closure, self.ctx.desk, self.ctx.actor, closure.closure_id, count=int)

    def _on_option(self, key: str, value: bool) -> None:
        if self._loading_options:
            return
        self._calendar_write(calendars.set_calendar_setting, self.ctx.desk, self.ctx.actor, key, value, count=int)

    def _calendar_write(self, fn: Callable[..., Any], *args: Any, count: Callable[[Any], int]) -> None:
        """Run a calendar change with progress; then say how many terms moved and fire calendar_changed."""
        self.add_closure_button.setEnabled(False)
        self.remove_closure_button.setEnabled(False)
        self.calendar_status.setText(self.tr("Recalculando términos…"))

        def call(*a: Any, progress: Any, cancelled: Any) -> Any:
            return fn(*a, progress=progress)

        def done(result: Any) -> None:
            self._unlock_calendar()
            self.calendar_status.setText(self.tr("{n} términos recalculados").replace("{n}", str(count(result))))
            self.ctx.events.calendar_changed.emit()

        def failed(message: str) -> None:
            self._unlock_calendar()
            self.calendar_status.setText("")
            QMessageBox.warning(self, self.tr("Calendario judicial"), message)
            self.reload_calendar()

        self._run(
            "calendar-write",
            call,
            *args,
            done=done,
            failed=failed,
            progress=self.calendar_progress,
            with_progress=True,
        )

    def _unlock_calendar(self) -> None:
        self.add_closure_button.setEnabled(True)
        self.remove_closure_button.setEnabled(True)

    # ---------------------------------------------------------------- rate actions

    def import_rates(self, path: str | None = None) -> None:
        """Ask for a rate file (or take `path`) and import it in a Worker; a bad file lists its line errors."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Importar tabla de tasas"),
                "",
                self.tr("Tablas de tasas (*.csv *.xlsx);;Todos los archivos (*)"),
            )
            if not path:
                return
        self.import_button.setEnabled(False)
        self.rates_status.setText(self.tr("Importando {f}…").replace("{f}", Path(path).name))
        self._run(
            "rates-import",
            import_rate_file,
            self.ctx,
            path,
            self.jurisdiction,
            done=self._on_imported,
            failed=self._on_import_failed,
        )

    def _on_imported(self, outcome: ImportOutcome) -> None:
        self.import_button.setEnabled(True)
        if outcome.info is None:
            if outcome.errors:
                self.rates_status.setText(
                    self.tr(
                        "No se importó nada: el archivo tiene {n} error(es). Corríjalos y vuelva a importarlo."
                    ).replace("{n}", str(len(outcome.errors)))
                )
            else:
                self.rates_status.setText(outcome.message)
            self.rate_errors_model.set_rows(outcome.errors or [(None, "", outcome.message)])
            self.rate_errors_box.show()
            return
        info = outcome.info
        self.rate_errors_box.hide()
        self.rate_errors_model.set_rows([])
        imported = (
            self.tr("Tabla importada de {f}: 1 período del {a} al {b}; es la tabla vigente.")
            if info.periods == 1
            else self.tr("Tabla importada de {f}: {n} períodos del {a} al {b}; es la tabla vigente.")
        )
        self.rates_status.setText(
            imported.replace("{f}", info.filename)
            .replace("{n}", str(info.periods))
            .replace("{a}", format_date_short(info.first_day))
            .replace("{b}", format_date_short(info.last_day))
        )
        if info.not_reapplied:
            refs = ", ".join(info.not_reapplied[:10])
            if len(info.not_reapplied) > 10:
                refs += self.tr(" y {n} más").replace("{n}", str(len(info.not_reapplied) - 10))
            self.rates_status.setText(
                self.rates_status.text()
                + "\n"
                + self.tr(
                    "¡Atención! La tabla no cubre todos los días que liquidan {n} expediente(s) con abonos ({refs}): "
                    "sus abonos conservan la imputación anterior y su liquidación indica el día que falta."
                )
                .replace("{n}", str(len(info.not_reapplied)))
                .replace("{refs}", refs)
            )
        self.ctx.events.rates_changed.emit()

    def _on_import_failed(self, message: str) -> None:
        self.import_button.setEnabled(True)
        self.rates_status.setText(message)
        QMessageBox.warning(self, self.tr("Importar tabla de tasas"), message)

    def _on_day_basis(self) -> None:
        value = str(self.day_basis_combo.currentData())
        try:
            settings_service.set_setting(self.ctx.desk, self.ctx.actor, "interest.day_basis", value)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Base de días"), error_text(exc))
            self.reload_rates()
            return
        self.rates_status.setText(self.tr("Base de días para intereses: {v}").replace("{v}", value))
        self.ctx.events.rates_changed.emit()

    # ---------------------------------------------------------------- term actions

    def _selected_term(self) -> deadlines.DeadlineInfo | None:
        rows = self.terms_view.selectionModel().selectedRows()
        return self.terms_model.rows[rows[0].row()] if rows else None

    def mark_selected_met(self, met_on: dt.date | None = None) -> None:
        """Record that the selected deadline was complied with (on the chosen date)."""
        term = self._selected_term()
        if term is None:
            QMessageBox.information(self, self.tr("Marcar cumplido"), self.tr("Seleccione un término."))
            return
        try:
            info = deadlines.mark_deadline_met(
                self.ctx.desk, self.ctx.actor, term.deadline_id, met_on or _pydate(self.met_date)
            )
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Marcar cumplido"), error_text(exc))
            return
        late = info.status == "missed"
        self.terms_status.setText(
            (self.tr("{t} cumplido tarde") if late else self.tr("{t} cumplido")).replace(
                "{t}", domain_label(info.label)
            )
        )
        self.ctx.events.case_changed.emit(info.case_id)

    def record_event(self, values: EventValues | None = None) -> None:
        """Ask for a procedural event (or take `values`), store it and show the deadlines it started."""
        if values is None:
            term = self._selected_term()
            dialog = EventDialog(self.today, self, term.account_ref if term else "")
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        try:
            info = deadlines.record_event(
                self.ctx.desk, self.ctx.actor, values.account_ref, values.code, values.date, **values.params
            )
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Registrar actuación"), error_text(exc))
            return
        self.terms_status.setText(
            self.tr("Actuación registrada: {d}").replace(
                "{d}",
                "; ".join(
                    self.tr("{l} vence el {date}")
                    .replace("{l}", domain_label(d.label))
                    .replace("{date}", format_date_short(d.due))
                    for d in info.deadlines
                ),
            )
        )
        self.ctx.events.case_changed.emit(info.case_id)

    def _on_inactivity_years(self) -> None:
        try:
            values = settings_service.desk_settings(self.ctx.desk)
            for key, spin in (
                ("deadlines.inactivity_years", self.inactivity_spin),
                ("deadlines.inactivity_years_judgment", self.inactivity_after_spin),
            ):
                if values[key] != str(spin.value()):
                    settings_service.set_setting(self.ctx.desk, self.ctx.actor, key, spin.value())
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Período de inactividad"), error_text(exc))
            return
        self.reload_terms()

    def _open_case(self, model: RowsModel, index: QModelIndex) -> None:
        row = model.rows[index.row()]
        case_id = row["case_id"] if isinstance(row, dict) else row.case_id
        self.ctx.events.open_case.emit(int(case_id))
