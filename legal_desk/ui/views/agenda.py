"""The agenda: hearings, deadlines and offers about to expire by week or month, overlapping hearings flagged,
.ics export, reminders."""

from __future__ import annotations

import datetime as dt
from calendar import monthrange
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCalendarWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from legal_desk.domain.dates import format_date_short
from legal_desk.domain.money import format_money
from legal_desk.ui import theme
from legal_desk.ui.context import UiContext
from legal_desk.ui.i18n import current_language
from legal_desk.ui.labels import deadline_explanation, domain_label
from legal_desk.ui.widgets.enter_opens import enter_opens
from legal_desk.ui.widgets.reload_when_shown import ReloadWhenShown
from legal_desk.ui.workers import Worker, numbered_call
from legal_desk.ui.workers import start as start_worker

CONFLICT = QColor("#f8c4c4")
DEADLINE = QColor("#fff4d6")
_WEEKDAYS = {
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
_REMINDER_LINES = 5


def weekday_short(day: dt.date) -> str:
    """The day's abbreviated weekday in the interface language."""
    return _WEEKDAYS.get(current_language(), _WEEKDAYS["es"])[day.weekday()]


def entry_subject(entry: Any) -> str:
    """«Hearing kind / deadline — obligation (debtor)» in the interface language.

    The service's `title` is Spanish (the CLI and the .ics show it); the interface composes the line
    from the entry's parts and shows the hearing kind or the stored deadline label through
    `domain_label`. An entry without parts keeps its title.
    """
    parts = getattr(entry, "parts", None) or {}
    if getattr(entry, "kind", "") == "offer" and "amount" in parts:
        template = (
            QCoreApplication.translate("AgendaModel", "Vence la propuesta del deudor de %1")
            if parts.get("party") == "debtor"
            else QCoreApplication.translate("AgendaModel", "Vence la propuesta del acreedor de %1")
        )
        amount = format_money(parts["amount"], parts.get("currency") or "COP", with_code=True)
        return f"{template.replace('%1', amount)} — {entry.account_ref} ({entry.debtor})"
    label = getattr(entry, "label", "")
    if not label:
        return str(entry.title)
    return f"{domain_label(label)} — {entry.account_ref} ({entry.debtor})"


def entry_detail(entry: Any) -> str:
    """The tooltip of an entry: court, link and status of a hearing; rule and explanation of a deadline."""
    from legal_desk.domain.deadlines import RULES
    from legal_desk.services.tracking import HEARING_STATUSES

    if getattr(entry, "kind", "") == "hearing" and getattr(entry, "status", ""):
        first = [x for x in str(entry.detail or "").split("\n") if x and not x.startswith("Estado: ")]
        status = domain_label(HEARING_STATUSES.get(entry.status, entry.status))
        return "\n".join([*first, QCoreApplication.translate("AgendaModel", "Estado: %1").replace("%1", status)])
    parts = getattr(entry, "parts", None) or {}
    if getattr(entry, "kind", "") == "offer" and "made_on" in parts:
        n = int(parts.get("instalments") or 1)
        terms = (
            QCoreApplication.translate("AgendaModel", "de contado")
            if n == 1
            else QCoreApplication.translate("AgendaModel", "en %1 cuotas").replace("%1", str(n))
        )
        return (
            QCoreApplication.translate("AgendaModel", "Hecha el %1, %2; se puede aceptar hasta este día inclusive")
            .replace("%1", format_date_short(parts["made_on"]))
            .replace("%2", terms)
        )
    rule = RULES.get(getattr(entry, "code", ""))
    if getattr(entry, "kind", "") == "deadline" and rule is not None:
        head = f"{domain_label(rule.label_es)} ({rule.source})"
        detail = deadline_explanation(str(entry.detail or ""), getattr(entry, "parts", None))
        return head + ("\n" + detail if detail else "")
    return str(entry.detail or "")


def agenda_available() -> bool:
    """Whether the agenda service is installed."""
    try:
        import legal_desk.services.agenda  # noqa: F401
    except ImportError:
        return False
    return True


def week_range(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday to Sunday around a day."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def month_range(day: dt.date) -> tuple[dt.date, dt.date]:
    """First to last day of the day's month."""
    return day.replace(day=1), day.replace(day=monthrange(day.year, day.month)[1])


def reminders(ctx: UiContext, today: dt.date) -> tuple[list[Any], list[Any]]:
    """Today's hearings and the deadlines due within 2 business days (agenda service; runs in a Worker)."""
    from legal_desk.services import agenda as agenda_service
    from legal_desk.services.calendars import add_days

    horizon = add_days(ctx.desk, ctx.desk.config.jurisdiction or "CO", today, 2)["due"]
    entries = agenda_service.agenda(ctx.desk, ctx.actor, today, horizon)
    hearings = [e for e in entries if e.kind == "hearing" and e.day == today]
    deadlines = [e for e in entries if e.kind == "deadline"]
    return hearings, deadlines


class AgendaModel(QAbstractTableModel):
    """Agenda entries of a range as a table (UI layer)."""

    HEADERS = ("Fecha", "Hora", "Tipo", "Asunto", "Abogado", "Lugar")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Any] = []

    def set_entries(self, entries: list[Any]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def _headers(self) -> list[str]:
        return [
            self.tr("Fecha"),
            self.tr("Hora"),
            self.tr("Tipo"),
            self.tr("Asunto"),
            self.tr("Abogado"),
            self.tr("Lugar"),
        ]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{weekday_short(e.day)} {format_date_short(e.day)}"
            if col == 1:
                return f"{e.start:%H:%M}" if isinstance(e.start, dt.datetime) else self.tr("todo el día")
            if col == 2:
                kinds = {"hearing": self.tr("Audiencia"), "offer": self.tr("Propuesta")}
                kind = kinds.get(e.kind) or self.tr("Término")
                return ("⚠ " + self.tr("Cruce") + " · " + kind) if e.conflict else kind
            if col == 3:
                return entry_subject(e)
            if col == 4:
                return e.lawyer or ""
            if col == 5:
                return e.location
        if role == Qt.ItemDataRole.BackgroundRole:
            if e.conflict:
                return QBrush(theme.tint(CONFLICT))
            if e.kind in ("deadline", "offer"):
                return QBrush(theme.tint(DEADLINE))
        if role == Qt.ItemDataRole.ForegroundRole and (e.conflict or e.kind in ("deadline", "offer")):
            return QBrush(theme.tint_text())  # the palette's text was white on these pale rows of a dark desktop
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = entry_subject(e) + ("\n" + entry_detail(e) if entry_detail(e) else "")
            if e.conflict:
                tip = self.tr("Se cruza con otra audiencia del mismo abogado.") + ("\n" + tip if tip else "")
            return tip or None
        if role == Qt.ItemDataRole.UserRole:
            return e.case_id
        return None


class AgendaView(ReloadWhenShown):
    """Agenda panel (UI layer): week/month, navigation, export to .ics; double-click opens the case."""

    reminder_ready = Signal(str)  # today's hearings / deadlines due soon, as text (empty: nothing)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._today = today or dt.date.today()
        self.anchor = self._today
        self.mode = "week"
        self._worker: Worker | None = None
        self._load_worker: Worker | None = None
        self._generation = 0
        self._reminders: tuple[list[Any], list[Any]] | None = None
        self._remark_planned = False
        self.reminder_summary = ""  # one line for the status bar («Agenda: 2 audiencia(s) hoy · …»)

        self.week_button = QPushButton(self)
        self.month_button = QPushButton(self)
        for b in (self.week_button, self.month_button):
            b.setCheckable(True)
        self.week_button.setChecked(True)
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.week_button)
        group.addButton(self.month_button)
        self.prev_button = QPushButton("◀", self)
        self.today_button = QPushButton(self)
        self.next_button = QPushButton("▶", self)
        for b in (self.prev_button, self.next_button):
            b.setFixedWidth(36)
        self.range_label = QLabel(self)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSize(font.pointSize() + 2)
        self.range_label.setFont(font)
        self.export_button = QPushButton(self)
        self.summary_label = QLabel(self)
        self.notice_label = QLabel(self)
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet(
            theme.adapted(
                "background:#fff7e0; border:1px solid #f0c36d; border-radius:4px; padding:6px; color:#5c3d00;"
            )
        )
        self.notice_label.hide()

        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        # 320 px, or what the month needs in a larger font («mar» and «dom» were cut to «…» at 15 pt)
        self.calendar.setMaximumWidth(max(320, self.calendar.sizeHint().width()))
        self.calendar.setNavigationBarVisible(True)
        self.model = AgendaModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(5, 220)
        header.setStretchLastSection(False)

        top = QHBoxLayout()
        for w in (self.week_button, self.month_button):
            top.addWidget(w)
        top.addSpacing(12)
        for w in (self.prev_button, self.today_button, self.next_button):
            top.addWidget(w)
        top.addSpacing(12)
        top.addWidget(self.range_label, 1)
        top.addWidget(self.export_button)
        side = QVBoxLayout()
        side.addWidget(self.calendar)
        side.addWidget(self.summary_label)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(side)
        body.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.notice_label)
        layout.addLayout(body, 1)

        self.week_button.clicked.connect(lambda: self.set_mode("week"))
        self.month_button.clicked.connect(lambda: self.set_mode("month"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.export_button.clicked.connect(self.export_ics)
        self.calendar.clicked.connect(self._on_calendar_clicked)
        self.table.doubleClicked.connect(self._on_double_clicked)
        enter_opens(self.table, self._on_double_clicked)  # Return opens it too (keyboard-only work)
        # bound methods, not lambdas: cut off with the view when it is deleted (the events outlive it)
        ctx.events.case_changed.connect(self.reload_when_shown_for_case)
        ctx.events.cases_changed.connect(self.reload_when_shown)
        ctx.events.calendar_changed.connect(self.reload_when_shown)
        ctx.events.language_changed.connect(self._on_language_changed)
        self.retranslate()
        self.reload()
        self.check_reminders()

    # ------------------------------------------------------------ range

    def current_range(self) -> tuple[dt.date, dt.date]:
        return week_range(self.anchor) if self.mode == "week" else month_range(self.anchor)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.week_button.setChecked(mode == "week")
        self.month_button.setChecked(mode == "month")
        self.reload()

    def step(self, direction: int) -> None:
        if self.mode == "week":
            self.anchor += dt.timedelta(days=7 * direction)
        else:
            first = self.anchor.replace(day=1)
            month = first.month - 1 + direction
            self.anchor = first.replace(year=first.year + month // 12, month=month % 12 + 1)
        self.reload()

    def go_today(self) -> None:
        self.anchor = self._today
        self.reload()

    def _on_calendar_clicked(self, date: QDate) -> None:
        self.anchor = dt.date(date.year(), date.month(), date.day())
        self.reload()

    # ------------------------------------------------------------ loading

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.week_button.setText(self.tr("Semana"))
        self.month_button.setText(self.tr("Mes"))
        self.today_button.setText(self.tr("Hoy"))
        self.prev_button.setToolTip(self.tr("Anterior"))
        self.next_button.setToolTip(self.tr("Siguiente"))
        self.export_button.setText(self.tr("Exportar .ics…"))
        self.prev_button.setAccessibleName(self.tr("Anterior"))  # the buttons show only ◀ and ▶
        self.next_button.setAccessibleName(self.tr("Siguiente"))
        self.calendar.setAccessibleName(self.tr("Calendario de la agenda"))
        self.table.setAccessibleName(self.tr("Audiencias y términos del periodo"))
        spanish = QLocale(QLocale.Language.Spanish, QLocale.Country.Colombia)
        self.calendar.setLocale(QLocale(QLocale.Language.English) if current_language() == "en" else spanish)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)  # judicial weeks start on Monday
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._update_labels()
        self._render_reminders()

    def _update_labels(self) -> None:
        start, end = self.current_range()
        self.range_label.setText(f"{format_date_short(start)} – {format_date_short(end)}")
        entries = self.model.entries
        hearings = sum(1 for e in entries if e.kind == "hearing")
        deadlines = sum(1 for e in entries if e.kind == "deadline")
        offers = sum(1 for e in entries if e.kind == "offer")
        conflicts = sum(1 for e in entries if e.conflict)
        # «1 audiencia», «1 término», «1 propuesta por vencer»: one of each read «1 audiencias» before
        parts = [
            self.tr("1 audiencia") if hearings == 1 else self.tr("%1 audiencias").replace("%1", str(hearings)),
            self.tr("1 término") if deadlines == 1 else self.tr("%1 términos").replace("%1", str(deadlines)),
        ]
        if offers:
            parts.append(
                self.tr("1 propuesta por vencer")
                if offers == 1
                else self.tr("%1 propuestas por vencer").replace("%1", str(offers))
            )
        text = " · ".join(parts)
        if conflicts:
            text += "\n" + self.tr("⚠ %1 audiencias se cruzan").replace("%1", str(conflicts))
        self.summary_label.setText(text)

    def _on_language_changed(self, _language: str) -> None:
        self.retranslate()

    def reload(self) -> None:
        """Load the range's entries in a Worker (only the newest request's answer is shown)."""
        self._stale = False
        if not agenda_available():
            self.summary_label.setText(self.tr("La agenda no está disponible en esta instalación."))
            self.export_button.setEnabled(False)
            return
        from legal_desk.services import agenda as agenda_service

        start, end = self.current_range()
        self.calendar.setSelectedDate(QDate(self.anchor.year, self.anchor.month, self.anchor.day))
        self._generation += 1
        generation = self._generation
        worker = Worker(
            numbered_call,
            generation,
            agenda_service.agenda,
            self.ctx.desk,
            self.ctx.actor,
            start,
            end,
            with_progress=False,
        )
        worker.signals.finished.connect(self._on_loaded)
        worker.signals.failed.connect(self._on_load_failed)
        self._load_worker = start_worker(worker)
        self._update_labels()

    def _on_loaded(self, result: tuple[int, list[Any]]) -> None:
        generation, entries = result
        if generation != self._generation:
            return  # an older range (or an older read of it) answering late
        self.model.set_entries(entries)
        self._mark_calendar(entries)
        self._update_labels()

    def _on_load_failed(self, message: str, _detail: str) -> None:
        if self._load_worker is not None and self.sender() is self._load_worker.signals:  # the newest request
            self.summary_label.setText(message)

    def changeEvent(self, event: QEvent) -> None:
        """A light/dark switch of the desktop: the calendar's marked days keep the tint they were given, so
        they are marked again for the new palette (the list's rows pick theirs when they paint)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._remark_planned:
            self._remark_planned = True
            QTimer.singleShot(0, self, self._remark_for_palette)

    def _remark_for_palette(self) -> None:
        self._remark_planned = False
        self._mark_calendar(self.model.entries)

    def _mark_calendar(self, entries: list[Any]) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear earlier marks
        for e in entries:
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setBackground(QBrush(theme.tint(CONFLICT if e.conflict else QColor("#dbe8f6"))))
            fmt.setForeground(QBrush(theme.tint_text()))
            self.calendar.setDateTextFormat(QDate(e.day.year, e.day.month, e.day.day), fmt)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        case_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if case_id is not None:
            self.ctx.events.open_case.emit(int(case_id))

    # ------------------------------------------------------------ export and reminders

    def export_ics(self, path: str | None = None) -> None:
        """Ask where, then write the shown range as .ics in a Worker."""
        from legal_desk.services import agenda as agenda_service

        start, end = self.current_range()
        if path is None:
            path, _f = QFileDialog.getSaveFileName(
                self, self.tr("Exportar agenda"), f"agenda_{start:%Y%m%d}_{end:%Y%m%d}.ics", "iCalendar (*.ics)"
            )
        if not path:
            return
        worker = Worker(agenda_service.export_ics, self.ctx.desk, self.ctx.actor, start, end, path, with_progress=False)
        worker.signals.finished.connect(self._on_exported)
        worker.signals.failed.connect(lambda msg, _d: QMessageBox.warning(self, self.tr("Exportar agenda"), msg))
        self._worker = start_worker(worker)

    def _on_exported(self, result: Any) -> None:
        self.summary_label.setText(
            self.tr("Exportados %1 eventos a %2").replace("%1", str(result["events"])).replace("%2", result["path"])
        )

    def check_reminders(self) -> None:
        """On start: a non-blocking notice of today's hearings and deadlines due within 2 business days."""
        if not agenda_available():
            return
        worker = Worker(reminders, self.ctx, self._today, with_progress=False)
        worker.signals.finished.connect(self._show_reminders)
        self._reminder_worker = start_worker(worker)

    def _more_line(self, count: int) -> list[str]:
        """«… y N más» under a list cut at _REMINDER_LINES, so the count above it is not taken for the list."""
        if count <= _REMINDER_LINES:
            return []
        return ["  " + self.tr("… y %1 más (véalos en la agenda)").replace("%1", str(count - _REMINDER_LINES))]

    def _show_reminders(self, result: Any) -> None:
        self._reminders = result
        self._render_reminders()

    def _render_reminders(self) -> None:
        """The notice above the table, and a one-line summary for the status bar, in the current language."""
        if self._reminders is None:
            return
        hearings, deadlines = self._reminders
        if not hearings and not deadlines:
            self.notice_label.hide()
            self.reminder_summary = ""
            self.reminder_ready.emit("")
            return
        lines = []
        parts = []
        if hearings:
            n = len(hearings)
            lines.append(
                self.tr("Hoy hay 1 audiencia:") if n == 1 else self.tr("Hoy hay %1 audiencias:").replace("%1", str(n))
            )
            lines += [f"  • {e.start:%H:%M} {entry_subject(e)}" for e in hearings[:_REMINDER_LINES]]
            lines += self._more_line(len(hearings))
            parts.append(self.tr("1 audiencia hoy") if n == 1 else self.tr("%1 audiencias hoy").replace("%1", str(n)))
        if deadlines:
            n = len(deadlines)
            lines.append(
                self.tr("1 término vence en los próximos 2 días hábiles:")
                if n == 1
                else self.tr("%1 términos vencen en los próximos 2 días hábiles:").replace("%1", str(n))
            )
            lines += [f"  • {format_date_short(e.day)} {entry_subject(e)}" for e in deadlines[:_REMINDER_LINES]]
            lines += self._more_line(len(deadlines))
            parts.append(
                self.tr("1 término vence en 2 días hábiles")
                if n == 1
                else self.tr("%1 términos vencen en 2 días hábiles").replace("%1", str(n))
            )
        text = "\n".join(lines)
        self.reminder_summary = self.tr("Agenda: %1").replace("%1", " · ".join(parts))
        self.notice_label.setText(text)
        self.notice_label.show()
        self.reminder_ready.emit(text)
