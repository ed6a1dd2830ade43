"""«Armar paquete de radicación»: choose and order the annexes, build the foliated PDF, see and save it."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from legal_desk.domain import messages as M
from legal_desk.domain.dates import local_time
from legal_desk.services import cases, packets
from legal_desk.services.errors import ServiceError
from legal_desk.services.packets import AnnexChoice, PacketBuild
from legal_desk.ui import theme
from legal_desk.ui.context import UiContext
from legal_desk.ui.errors import error_text
from legal_desk.ui.labels import domain_label, readiness_detail
from legal_desk.ui.models.case_models import Column, RecordTableModel
from legal_desk.ui.widgets import file_actions
from legal_desk.ui.widgets.cutoff import cutoff_field
from legal_desk.ui.widgets.elided_label import ClampedLabel
from legal_desk.ui.widgets.preview import FilePreview
from legal_desk.ui.widgets.remember import remember_size, remember_splitter
from legal_desk.ui.widgets.screen_fit import fit_to_screen
from legal_desk.ui.workers import Worker, start

Index = QModelIndex | QPersistentModelIndex
#: Where an annex comes from (context «AnnexModel», the model's own `tr`)
SOURCES = {
    "document": QT_TRANSLATE_NOOP("AnnexModel", "Documento generado"),
    "evidence": QT_TRANSLATE_NOOP("AnnexModel", "Prueba"),
    "contact_log": QT_TRANSLATE_NOOP("AnnexModel", "Bitácora de gestiones"),
}
_ANNEX_TITLE = re.compile(r"«(.+?)»")


def needs_password(message: str) -> bool:
    """Whether a build refusal is about an encrypted annex (the user can give its password), in either language."""
    asks = [M.ANNEX_NEEDS_PASSWORD, M.ANNEX_WRONG_PASSWORD]
    return any(t in message or QCoreApplication.translate("Errors", t) in message for t in asks)


def ask_password(parent: QWidget, title: str, wrong: bool) -> str | None:
    """Ask the password of an encrypted annex (tests replace QInputDialog.getText)."""
    label = QCoreApplication.translate("PacketDialog", "El anexo «{0}» está cifrado. Escriba su contraseña:").format(
        title
    )
    if wrong:
        label = QCoreApplication.translate("PacketDialog", "La contraseña no abrió «{0}». Intente de nuevo:").format(
            title
        )
    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("PacketDialog", "Anexo cifrado"), label, QLineEdit.EchoMode.Password
    )
    return text if ok and text else None


class AnnexModel(QAbstractTableModel):
    """The candidate annexes in filing order; the first column is a checkbox (include/exclude)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("AnnexModel", "Anexo"),
        QT_TRANSLATE_NOOP("AnnexModel", "Origen"),
        QT_TRANSLATE_NOOP("AnnexModel", "PDF"),
    )

    def __init__(self, rows: list[AnnexChoice], parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = list(rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    @staticmethod
    def usable(a: AnnexChoice) -> bool:
        """Whether an annex can go in the packet: a document kept only as Word is converted when it is built."""
        if a.unsupported:  # a Word file, an e-mail, a HEIC photo kept as evidence: the tooltip says what to do
            return False
        return a.source == "contact_log" or a.sha256 is not None or a.docx_only

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return a.title
            if col == 1:
                return self.tr(SOURCES.get(a.source, a.source))
            if a.docx_only:
                return self.tr("Word: se convierte al armar")
            if a.unsupported:
                return self.tr("No: páselo a PDF")
            return self.tr("Sí") if self.usable(a) else self.tr("Sin PDF")
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if a.include else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if a.unsupported:
                why = error_text(a.unsupported_text or a.unsupported)  # in the interface language
                return f"{a.title}\n{why[:1].upper()}{why[1:]}"
            if not self.usable(a):
                return self.tr("Genere de nuevo el documento con PDF para incluirlo")
            if a.docx_only:
                return self.tr(
                    "{0}\nGuardado solo en Word (DOCX): al armar el paquete se convierte a PDF con LibreOffice "
                    "y el documento conserva ese PDF."
                ).format(a.title)
            return a.title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if index.column() == 0 and self.usable(self.rows[index.row()]):
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.set_included(index.row(), checked)
        return True

    def set_included(self, row: int, include: bool) -> None:
        """Include or leave out one annex."""
        if include and not self.usable(self.rows[row]):
            return
        self.rows[row] = replace(self.rows[row], include=include)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def move(self, row: int, delta: int) -> int:
        """Move an annex up (-1) or down (+1); returns its new row."""
        target = row + delta
        if not (0 <= row < len(self.rows) and 0 <= target < len(self.rows)):
            return row
        dest = target + 1 if delta > 0 else target  # beginMoveRows counts the destination before removal
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self.rows.insert(target, self.rows.pop(row))
        self.endMoveRows()
        return target

    def chosen(self) -> list[AnnexChoice]:
        return [a for a in self.rows if a.include]

    def refresh_documents(self, latest: list[AnnexChoice]) -> None:
        """Point each generated document at its newest version in `latest` (after a build made new versions
        or PDFs), keeping the user's order and ticks."""
        newest = {a.title: a for a in latest if a.source == "document"}
        for row, a in enumerate(self.rows):
            now = newest.get(a.title) if a.source == "document" else None
            if now is not None:
                self.rows[row] = replace(now, include=a.include)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))


class PacketDialog(QDialog):
    """Chosen annexes → foliated filing packet in a worker; result with folios, SHA-256 and preview (dialog)."""

    packet_built = Signal(object)  # PacketBuild of the packet just saved to the case
    build_failed = Signal(str)  # the refusal shown to the user

    def __init__(self, ctx: UiContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.passwords: dict[str, str] = {}
        self.worker: Worker | None = None
        self.result_path: Path | None = None
        self.built: PacketBuild | None = None
        self.setWindowTitle(self.tr("Armar paquete de radicación"))
        fit_to_screen(self, 1180, 760)
        case = cases.get_case_file(ctx.desk, ctx.actor, case_id)
        self.account_ref = case.account_ref
        self.missing = [  # the checklist's own words in the interface language (an admin's wording as written)
            domain_label(c.label) + (f": {readiness_detail(c.detail)}" if c.detail else "")
            for c in case.readiness
            if not c.ok
        ]

        self.missing_box = QLabel(self)
        self.missing_box.setWordWrap(True)
        self.missing_box.setStyleSheet(
            theme.adapted(
                "background:#fff1c2; color:#1f1f1f; border:1px solid #d4a017; border-radius:4px; padding:6px;"
            )
        )
        if self.missing:
            items = "".join(f"<li>{m}</li>" for m in self.missing)
            self.missing_box.setText(
                self.tr("<b>La lista de verificación aún no está completa.</b> Puede armar el paquete, pero faltan:")
                + f"<ul style='margin:2px'>{items}</ul>"
            )
        self.missing_box.setVisible(bool(self.missing))

        self.annex_model = AnnexModel(packets.default_annexes(ctx.desk, ctx.actor, case_id), self)
        self.annex_view = self._table(self.annex_model)
        self.annex_view.setAccessibleName(self.tr("Anexos del paquete"))
        self.annex_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.annex_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.annex_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.annex_view.horizontalHeader().setStretchLastSection(False)
        self.annex_view.verticalHeader().setVisible(True)
        self.up_button = QPushButton(self.tr("Subir"), self)
        self.up_button.setShortcut(QKeySequence("Alt+Up"))
        self.up_button.setToolTip(self.tr("Subir el anexo (Alt+↑)"))
        self.down_button = QPushButton(self.tr("Bajar"), self)
        self.down_button.setShortcut(QKeySequence("Alt+Down"))
        self.down_button.setToolTip(self.tr("Bajar el anexo (Alt+↓)"))
        self.up_button.clicked.connect(lambda: self._move_selected(-1))
        self.down_button.clicked.connect(lambda: self._move_selected(1))
        self.build_button = QPushButton(self.tr("Armar"), self)
        self.build_button.setDefault(True)
        self.build_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.build_button.clicked.connect(self.build)
        # The liquidation the packet carries runs to this date (the day it will be filed, or one a court
        # ordered): the demanda and the liquidación included are generated again to it when it is built.
        self.today = QDate.currentDate()
        self.cutoff_label, self.cutoff = cutoff_field(
            self,
            self.tr(
                "Fecha hasta la que se liquidan los intereses: la de presentación de la demanda o la que "
                "ordenó el juzgado. Al armar, la demanda y la liquidación incluidas se generan de nuevo con "
                "este corte (quedan como nueva versión en el expediente). No puede ser anterior al vencimiento."
            ),
            self.today,
        )
        self.cutoff_label.setToolTip(self.cutoff.toolTip())
        self.cancel_button = QPushButton(self.tr("Cancelar armado"), self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_build)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        # a long refusal (a whole path, several annexes) takes at most three lines here, the rest «…» with the
        # whole text in the tooltip (and in the message box of a refusal): it squeezed the annex list, or was cut
        self.status = ClampedLabel(self, max_lines=3)
        move_row = QHBoxLayout()
        move_row.addWidget(self.up_button)
        move_row.addWidget(self.down_button)
        move_row.addStretch(1)
        move_row.addWidget(self.cutoff_label)
        move_row.addWidget(self.cutoff)
        move_row.addWidget(self.build_button)
        move_row.addWidget(self.cancel_button)

        self.previous_model = RecordTableModel(
            [
                Column(self.tr("Fecha"), lambda r: local_time(r["created_at"])),
                Column(self.tr("Folios"), lambda r: r["pages"], numeric=True),
                Column(self.tr("Anexos"), lambda r: len(r["annexes"]), numeric=True),
                Column(self.tr("Armó"), lambda r: r["by"]),
                Column(self.tr("SHA-256"), lambda r: r["sha256"][:16] + "…"),
            ],
            parent=self,
        )
        self.previous_view = self._table(self.previous_model)
        self.previous_view.setAccessibleName(self.tr("Paquetes anteriores"))
        self.previous_view.selectionModel().selectionChanged.connect(lambda *_: self._on_previous_selected())

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.missing_box)
        left_layout.addWidget(QLabel(self.tr("<b>Anexos</b> — marque los que van y ordénelos como se radican:"), self))
        left_layout.addWidget(self.annex_view, 3)
        left_layout.addLayout(move_row)
        left_layout.addWidget(self.progress)
        left_layout.addWidget(self.status)
        left_layout.addWidget(QLabel(self.tr("<b>Paquetes anteriores</b> de este expediente:"), self))
        left_layout.addWidget(self.previous_view, 2)

        self.result_box = QGroupBox(self.tr("Paquete"), self)
        self.summary = QLabel(self.tr("Arme el paquete o elija uno anterior para verlo aquí."), self.result_box)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folio_model = RecordTableModel(
            [
                Column(self.tr("N.º"), lambda r: r["n"], numeric=True),
                Column(self.tr("Anexo"), lambda r: r["title"]),
                Column(self.tr("Folios"), lambda r: f"{r['first_page']}–{r['last_page']}"),
            ],
            row_tooltip=lambda r: r["title"],
            parent=self,
        )
        self.folio_view = self._table(self.folio_model)
        self.folio_view.setAccessibleName(self.tr("Folios del paquete"))
        self.folio_view.horizontalHeader().setStretchLastSection(False)
        self.folio_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.folio_view.setMaximumHeight(170)
        self.preview = FilePreview(self.result_box)
        self.save_button = QPushButton(self.tr("Guardar como…"), self.result_box)
        self.save_button.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_button.clicked.connect(self.save_as)
        self.open_button = QPushButton(self.tr("Abrir"), self.result_box)
        self.open_button.setShortcut(QKeySequence("Ctrl+O"))
        self.open_button.clicked.connect(self.open_packet)
        for b in (self.save_button, self.open_button):
            b.setEnabled(False)
        file_row = QHBoxLayout()
        file_row.addStretch(1)
        file_row.addWidget(self.open_button)
        file_row.addWidget(self.save_button)
        right_layout = QVBoxLayout(self.result_box)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.folio_view)
        right_layout.addWidget(self.preview, 1)
        right_layout.addLayout(file_row)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.result_box)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        remember_splitter(splitter, ctx.settings, "packet")
        remember_size(self, ctx.settings, "packet")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self._load_previous()
        if self.annex_model.rowCount():
            self.annex_view.selectRow(0)

    def _table(self, model: QAbstractTableModel) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    # ---------------------------------------------------------------- annexes

    def move_annex(self, row: int, delta: int) -> None:
        """Move an annex and keep it selected."""
        new_row = self.annex_model.move(row, delta)
        self.annex_view.selectRow(new_row)

    def _move_selected(self, delta: int) -> None:
        rows = self.annex_view.selectionModel().selectedRows()
        if rows:
            self.move_annex(rows[0].row(), delta)

    # ---------------------------------------------------------------- building

    def build(self) -> None:
        """Build the packet from the checked annexes, in order, in a worker."""
        if self.worker is not None:
            return
        chosen = self.annex_model.chosen()
        if not chosen:
            self._refuse(self.tr("Marque al menos un anexo para armar el paquete"))
            return
        ctx = self.ctx
        worker = Worker(
            packets.build_filing_packet,
            ctx.desk,
            ctx.actor,
            self.case_id,
            annexes=list(self.annex_model.rows),
            passwords=dict(self.passwords),
            liquidate_to=self.cut_off(),
            done_is_done=True,  # a Cancel after the packet was saved must not say that nothing was saved
        )
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_built)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(self._on_cancelled)
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Armando…"))
        self.progress.setVisible(True)
        self.status.setText("")
        self.build_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.worker = worker
        start(worker)

    def cut_off(self) -> dt.date | None:
        """The liquidation cut-off chosen (None: today)."""
        chosen = self.cutoff.date()
        return None if chosen == self.today else dt.date(chosen.year(), chosen.month(), chosen.day())

    def cancel_build(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("Cancelando…"))

    def _on_progress(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, total if total > 0 else 0)
        self.progress.setValue(done)
        if total > 0:
            self.progress.setFormat(f"{label} — %v / %m" if label else "%v / %m")
        else:
            self.progress.setFormat(label or self.tr("Armando…"))

    def _done(self) -> None:
        self.worker = None
        self.progress.setVisible(False)
        self.build_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _on_cancelled(self) -> None:
        self._done()
        self.status.setText(self.tr("Armado cancelado; no se guardó ningún paquete."))

    def _on_failed(self, message: str, _detail: str) -> None:
        self._done()
        if needs_password(message):
            annex = self._annex_named(message)
            if annex is not None:
                pw = ask_password(self, annex.title, wrong=annex.key in self.passwords)
                if pw is not None:
                    self.passwords[annex.key] = pw
                    self.build()
                    return
        self._refuse(message)

    def _annex_named(self, message: str) -> AnnexChoice | None:
        """The included annex a refusal names between «»."""
        found = _ANNEX_TITLE.search(message)
        title = found.group(1) if found else ""
        return next((a for a in self.annex_model.chosen() if a.title == title), None)

    def _refuse(self, message: str) -> None:
        self.status.setText(message)
        self.build_failed.emit(message)
        QMessageBox.warning(self, self.tr("No se pudo armar el paquete"), message)

    def _on_built(self, build: PacketBuild) -> None:
        self._done()
        self.built = build
        self.ctx.events.case_changed.emit(self.case_id)
        text = self.tr("Paquete guardado en el expediente: {0} folios.").format(build.pages)
        if build.regenerated:
            cut = build.liquidation_cut_off
            text += " " + self.tr("Generados de nuevo con corte al {0}: {1}.").format(
                f"{cut:%d/%m/%Y}" if cut else "", ", ".join(build.regenerated)
            )
        self.status.setText(text)
        # The demanda and liquidación are new versions now, a Word document has its PDF. Refused (the case was
        # just handed elsewhere...), the list keeps the versions it had: a next build regenerates them anyway.
        with contextlib.suppress(ServiceError):
            self.annex_model.refresh_documents(packets.default_annexes(self.ctx.desk, self.ctx.actor, self.case_id))
        self._load_previous(select_id=build.packet_id)
        self.packet_built.emit(build)

    # ---------------------------------------------------------------- results

    def _load_previous(self, select_id: int | None = None) -> None:
        try:
            rows = packets.list_packets(self.ctx.desk, self.ctx.actor, self.case_id)
        except ServiceError as exc:
            self.status.setText(error_text(exc))
            return
        self.previous_model.set_rows(rows)
        self.previous_view.resizeColumnsToContents()
        for r, row in enumerate(rows):
            if row["packet_id"] == select_id:
                self.previous_view.selectRow(r)

    def _on_previous_selected(self) -> None:
        rows = self.previous_view.selectionModel().selectedRows()
        if rows:
            self.show_packet(self.previous_model.record(rows[0].row()))

    def show_packet(self, packet: dict[str, Any]) -> None:
        """Show a saved packet: folios, SHA-256, annexes with folio ranges and its pages."""
        from legal_desk.services.errors import ServiceError
        from legal_desk.services.packets import packet_path

        try:
            self.result_path = packet_path(self.ctx.desk, self.ctx.actor, packet["packet_id"])
        except ServiceError as exc:  # names the missing file
            self.result_path = None
            self.summary.setText(self.tr("No se encuentra el paquete en el almacén: {0}").format(error_text(exc)))
            return
        self.summary.setText(
            self.tr("<b>{0} folios</b> · {1} anexos · armado {2} por {3}<br>SHA-256: <tt>{4}</tt>").format(
                packet["pages"],
                len(packet["annexes"]),
                local_time(packet["created_at"]),
                packet["by"],
                packet["sha256"],
            )
        )
        cut = packet.get("liquidation_cut_off")
        if cut:
            self.summary.setText(
                self.summary.text()
                + "<br>"
                + self.tr("Liquidación con corte al {0}").format(f"{dt.date.fromisoformat(str(cut)):%d/%m/%Y}")
            )
        self.folio_model.set_rows([{"n": i, **a} for i, a in enumerate(packet["annexes"], 1)])
        self.folio_view.resizeColumnToContents(0)
        self.folio_view.resizeColumnToContents(2)
        self.preview.show_file(self.result_path, self.file_name())
        for b in (self.save_button, self.open_button):
            b.setEnabled(True)

    def file_name(self) -> str:
        return f"{self.account_ref}_paquete_radicacion.pdf"

    def save_as(self) -> None:
        """Copy the packet (every annex in one PDF: easily hundreds of MB) where the user says, in a worker."""
        if self.result_path is None or self.worker is not None:
            return
        target = file_actions.choose_copy_target(self, self.file_name())
        if target is not None:
            self._copy(
                Worker(file_actions.copy_file, self.result_path, target),
                lambda saved: self.status.setText(self.tr("Guardado en {0}").format(saved)),
            )

    def open_packet(self) -> None:
        if self.result_path is not None and self.worker is None:
            self._copy(Worker(file_actions.named_copy, self.result_path, self.file_name()), file_actions.open_file)

    def _copy(self, worker: Worker, done: Callable[[Path], Any]) -> None:
        """A copy of the packet made off the UI thread, with its progress; closing the dialog stops it."""
        text = self.tr("Copiando {0}…").format(self.file_name())
        worker.signals.progress.connect(lambda d, t, _label: self._on_copy_progress(d, t, text))
        worker.signals.finished.connect(lambda result: (self._done(), done(result)))
        worker.signals.failed.connect(lambda message, _detail: (self._done(), self._refuse(message)))
        worker.signals.cancelled.connect(self._done)
        self.progress.setRange(0, 0)
        self.progress.setFormat(text)
        self.progress.setVisible(True)
        self.build_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.worker = worker
        start(worker)

    def _on_copy_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{text} %p %")

    def reject(self) -> None:
        """Closing stops a build in progress (nothing is saved)."""
        if self.worker is not None:
            self.worker.cancel()
        super().reject()
