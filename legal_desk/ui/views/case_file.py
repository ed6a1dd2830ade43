"""The case-file window: one tab per part of the file, re-queried when the case changes (UI view)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from legal_desk.domain.lifecycle import Stage
from legal_desk.domain.money import format_money
from legal_desk.domain.permissions import Action, Role
from legal_desk.services import cases, deadlines
from legal_desk.services.cases import CaseFile
from legal_desk.services.errors import Conflict, NeedsConfirmation, ServiceError
from legal_desk.ui import theme
from legal_desk.ui.context import UiContext
from legal_desk.ui.dialogs.records import STAGE_EVENTS, StageMoveDialog, is_filed
from legal_desk.ui.errors import error_text, word
from legal_desk.ui.i18n import stage_label
from legal_desk.ui.views.case_tabs.common import CaseTab, confirm, show_error, shows_saved_case
from legal_desk.ui.views.case_tabs.debt import DebtTab
from legal_desk.ui.views.case_tabs.evidence import EvidenceTab
from legal_desk.ui.views.case_tabs.lists import (
    AgreementsTab,
    ContactsTab,
    DocumentsTab,
    EmbargoesTab,
    HearingsTab,
    NegotiationTab,
    NoticesTab,
    PartiesTab,
    PaymentsTab,
    TimelineTab,
)
from legal_desk.ui.views.case_tabs.summary import SummaryTab
from legal_desk.ui.workers import Worker, start


def load_case_file(desk: Any, actor: Any, case_id: int) -> tuple[CaseFile, list[dict[str, Any]]]:
    """The case file and its timeline (runs in a worker when the case file opens).

    Collections on a case legal accepted get the limited case and no history (it is the legal file).
    """
    case = cases.get_case_file(desk, actor, case_id)
    return case, [] if case.limited else cases.timeline(desk, actor, case_id)


class CaseFileView(QWidget):
    """One case file in a tab of the main window; writes go through `run_write` (UI view).

    It opens at once and reads the case in a worker (a case with thousands of contacts took ~0.4 s of
    a frozen window); until then it says «Cargando expediente…». Reloads after a save are read in a
    worker too (90–200 ms of a frozen window after every save), the case shown staying until then.
    """

    loaded = Signal()  # the case file is shown (first load or a reload), or said why it could not be

    def __init__(self, ctx: UiContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.case: CaseFile | None = None
        self.timeline_rows: list[dict[str, Any]] = []
        self.title = QLabel(self)
        self.title.setFont(theme.at_least(self.font(), 11, 1.25, bold=True))  # was 15 px whatever the font
        self.title.setWordWrap(True)
        self.stage_pill = QLabel(self)
        self.stage_pill.setStyleSheet(
            "background:#1e3a8a; color:white; border-radius:8px; padding:3px 10px; font-weight:bold;"
        )
        self.stage_pill.setVisible(False)  # an empty blue pill while the case loads; shown with its stage
        self.version_label = QLabel(self)
        self.version_label.setStyleSheet(theme.adapted("color:#555;"))
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.stage_pill)
        header.addWidget(self.version_label)
        self.tabs = QTabWidget(self)
        self.summary_tab = SummaryTab(self)
        self.parties_tab = PartiesTab(self)
        self.debt_tab = DebtTab(self)
        self.evidence_tab = EvidenceTab(self)
        self.contacts_tab = ContactsTab(self)
        self.notices_tab = NoticesTab(self)
        self.agreements_tab = AgreementsTab(self)
        self.documents_tab = DocumentsTab(self)
        self.hearings_tab = HearingsTab(self)
        self.embargoes_tab = EmbargoesTab(self)
        self.negotiation_tab = NegotiationTab(self)
        self.payments_tab = PaymentsTab(self)
        self.timeline_tab = TimelineTab(self)
        self._pages: list[CaseTab] = [
            self.summary_tab,
            self.parties_tab,
            self.debt_tab,
            self.evidence_tab,
            self.contacts_tab,
            self.notices_tab,
            self.agreements_tab,
            self.documents_tab,
            self.hearings_tab,
            self.embargoes_tab,
            self.negotiation_tab,
            self.payments_tab,
            self.timeline_tab,
        ]
        # Short names so the thirteen sections fit a 1280 px laptop window in Spanish and English (the long
        # ones hid «Negociación», «Pagos» and «Línea de tiempo» behind scroll arrows); the full name is the
        # tab's tooltip, and the ▾ menu at the end of the bar reaches any section in a narrower window.
        sections = (
            (self.tr("Resumen"), self.tr("Resumen: datos, etapa, requisitos para radicar y tareas")),
            (self.tr("Partes"), self.tr("Partes: deudor, codeudores y avalistas")),
            (self.tr("Deuda"), self.tr("Deuda y liquidación del crédito")),
            (self.tr("Pruebas"), self.tr("Pruebas: archivos del expediente")),
            (self.tr("Gestiones"), self.tr("Gestiones de cobro (llamadas, mensajes, visitas)")),
            (self.tr("Comunicaciones"), self.tr("Comunicaciones enviadas y sus constancias de entrega")),
            (self.tr("Acuerdos"), self.tr("Acuerdos de pago y sus cuotas")),
            (self.tr("Documentos"), self.tr("Documentos generados")),
            (self.tr("Audiencias"), self.tr("Audiencias")),
            (self.tr("Medidas"), self.tr("Medidas cautelares (embargos y secuestros)")),
            (self.tr("Ofertas"), self.tr("Negociación: ofertas de pago y contrapropuestas")),
            (self.tr("Pagos"), self.tr("Pagos y abonos")),
            (self.tr("Historial"), self.tr("Historial: línea de tiempo del expediente")),
        )
        for page, (label, full) in zip(self._pages, sections, strict=True):
            index = self.tabs.addTab(page, label)
            self.tabs.setTabToolTip(index, full)
            table = getattr(page, "table", None)
            if isinstance(table, QAbstractItemView):  # a screen reader said only «table»
                table.setAccessibleName(full)
        self.sections_button = QToolButton(self.tabs)
        self.sections_button.setArrowType(Qt.ArrowType.DownArrow)
        self.sections_button.setAutoRaise(True)
        self.sections_button.setToolTip(self.tr("Ir a una sección del expediente"))
        self.sections_button.setAccessibleName(self.tr("Ir a una sección del expediente"))  # shows only ▾
        self.sections_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.sections_menu = QMenu(self.sections_button)
        for i, (label, _full) in enumerate(sections):
            action = self.sections_menu.addAction(label)
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, i=i: self.tabs.setCurrentIndex(i))
        self.sections_menu.aboutToShow.connect(self._check_current_section)
        self.sections_button.setMenu(self.sections_menu)
        self.tabs.setCornerWidget(self.sections_button, Qt.Corner.TopRightCorner)
        self.loading_bar = QProgressBar(self)
        self.loading_bar.setRange(0, 0)  # busy: reading the case is one query, no steps to count
        self.loading_bar.setTextVisible(False)
        self.loading_bar.setMaximumHeight(6)
        self.loading_bar.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.loading_bar)
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload)
        ctx.events.case_changed.connect(self._on_case_changed)
        # a rate table imported (or a closure added) while the case is open: the liquidation is recomputed
        ctx.events.rates_changed.connect(self._on_rates_changed)
        self._load_worker: Worker | None = None
        self._load_again = False
        self._after_load: list[Callable[[], Any]] = []
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(300)
        self._busy_timer.timeout.connect(lambda: self.loading_bar.setVisible(True))
        self.reload()

    # ---------------------------------------------------------------- loading

    def is_loading(self) -> bool:
        """Whether the case file is being read: opening, or a reload after a save (the shown case stays)."""
        return self._load_worker is not None

    def reload(self) -> None:
        """Re-read the case file in a worker and refresh every tab when it is in (see the class).

        One read at a time: a save while a read runs asks for one more read once it is in, and the older
        result is then not shown (it may lack that save); the last read always starts after the last save.
        """
        if self._load_worker is not None:
            self._load_again = True
            return
        opening = self.case is None
        if opening:
            self.title.setText(self.tr("Cargando expediente…"))
            self.loading_bar.setVisible(True)
            for page in self._pages:  # the section tabs stay reachable (and focusable); their pages wait
                page.setEnabled(False)
        else:
            # a reload keeps the case shown and usable; the busy bar only when the read is slow to come
            self._busy_timer.start()
        worker = Worker(load_case_file, self.ctx.desk, self.ctx.actor, self.case_id, with_progress=False)
        worker.signals.finished.connect(self._on_loaded)
        worker.signals.failed.connect(self._on_load_failed)
        self._load_worker = worker
        start(worker)

    def after_reload(self, fn: Callable[[], Any]) -> None:
        """Call `fn` once the case shown includes every save made so far (at once when no read is pending).

        For a step that follows a save and needs the saved case (its new version, a new row to select).
        Dropped when the read fails: the failure is shown instead.
        """
        if self._load_worker is None:
            fn()
        else:
            self._after_load.append(fn)

    def _loaded_in_background(self) -> bool:
        """Clear the finished read; True when it must be read again (a save came in meanwhile)."""
        self._load_worker = None
        self._busy_timer.stop()
        self.loading_bar.setVisible(False)
        again, self._load_again = self._load_again, False
        return again

    def _on_loaded(self, result: tuple[CaseFile, list[dict[str, Any]]]) -> None:
        again = self._loaded_in_background()
        if again and self.case is not None:
            self.reload()  # this read may lack the latest save: the shown case stays until the next one is in
            return
        self._show(*result)
        if again:
            self.reload()
            return
        pending, self._after_load = self._after_load, []
        for fn in pending:
            fn()

    def _on_load_failed(self, message: str, _detail: str) -> None:
        if self._loaded_in_background():
            self.reload()  # a save came in meanwhile: the next read may well succeed
            return
        self._after_load.clear()
        self._show_failure(message)

    def _show_failure(self, message: str) -> None:
        self.title.setText(self.tr("No se pudo abrir el expediente: {0}").format(message))
        self.tabs.setEnabled(False)
        self.loaded.emit()

    def _show(self, case: CaseFile, timeline_rows: list[dict[str, Any]]) -> None:
        self.case = case
        self.timeline_rows = timeline_rows
        self.tabs.setEnabled(True)
        for page in self._pages:
            page.setEnabled(True)
        debtor = case.debtor.name if case.debtor else ""
        self.title.setText(self.tr("Expediente {0} — {1}").format(case.account_ref, debtor))
        self.stage_pill.setText(stage_label(case.stage))
        self.stage_pill.setVisible(True)
        self.version_label.setText(self.tr("versión {0} · {1}").format(case.version, case.updated_by or ""))
        self.setWindowTitle(case.account_ref)
        # Hearings, embargoes and settlement offers are the lawyer's: collections can do nothing there and, on
        # the cases they still hold (pre-legal, awaiting acceptance, returned), these tabs are empty clutter.
        # Shown to them only if legal recorded something there before accepting the case.
        legal_only = {
            self.hearings_tab: case.hearings,
            self.embargoes_tab: case.embargoes,
            self.negotiation_tab: case.settlement_offers,
        }
        collections = self.ctx.actor.role is Role.COLLECTIONS
        for index, page in enumerate(self._pages):
            # a limited view (collections, case accepted by legal) is the summary alone; the hidden
            # tabs are still emptied, so nothing shown before the acceptance lingers in them
            visible = page is self.summary_tab or not case.limited
            if collections and page in legal_only and not legal_only[page]:
                visible = False
            self.tabs.setTabVisible(index, visible)
            self.sections_menu.actions()[index].setVisible(visible)  # the ▾ menu lists what the tabs show
            page.show_case(case)
        self.loaded.emit()

    def _check_current_section(self) -> None:
        for i, action in enumerate(self.sections_menu.actions()):
            action.setChecked(i == self.tabs.currentIndex())

    def _on_rates_changed(self) -> None:
        # A new table (or day basis) re-applies the payments too: re-read the case, not just its liquidation,
        # so the payments tab shows the new split (show_case runs the debt tab's liquidation again).
        if self.case is not None:
            self.reload()

    def _on_case_changed(self, case_id: int) -> None:
        if case_id == self.case_id:
            self.reload()

    # ---------------------------------------------------------------- permissions and writes

    def may(self, action: Action) -> bool:
        """Whether this user may do `action` on this case now.

        Nothing before the case is read (its stage is not known yet); collections: nothing once legal
        accepted it.
        """
        if not self.ctx.can(action) or self.case is None or self.case.limited:
            return False
        return not (self.case is not None and is_filed(self.case.stage) and not self.ctx.can(Action.EDIT_FILED_CASE))

    def why_not(self, action: Action) -> str:
        """Why `may(action)` is false, in words for the user (empty when it is allowed)."""
        if self.may(action):
            return ""
        if not self.ctx.can(action):
            return self.tr("Su rol no permite esta acción.")
        if self.case is None:
            return self.tr("El expediente aún se está cargando; espere un momento.")
        if self.case is not None and self.case.limited:
            return self.tr(
                "Jurídico ya aceptó este expediente: cobranza no puede modificarlo; pídalo al abogado a cargo."
            )
        return self.tr("Su rol no puede modificar un expediente ya radicado; pídalo al abogado o al dependiente.")

    def run_write(
        self,
        fn: Callable[..., Any],
        *args: Any,
        unless_changed: Callable[[CaseFile], Any] | None = None,
        **kwargs: Any,
    ) -> Any:
        """Call a service as this user; announce the change, or show the refusal (reload on conflict).

        `unless_changed` (with `expected_version`): what of the shown case this change rests on (the
        fields it edits, the stage it moves from). When someone else saved the case meanwhile on another
        desk (a call logged, a file added) without touching that, the change is sent again on the new
        version: a team's routine saves must not make the user retype what they just typed. When it did
        change, the conflict is shown, naming who changed the case, and nothing is overwritten.

        A change the service only makes when confirmed (`NeedsConfirmation`: a hearing on a closed day…)
        shows its warnings and asks «¿Registrar de todos modos?»; «Sí» sends it again with `confirm=True`,
        «No» returns False (nothing saved; the caller may let the user correct what was typed).
        """
        try:
            result = fn(self.ctx.desk, self.ctx.actor, *args, **kwargs)
        except NeedsConfirmation as exc:
            lines = "\n".join(f"• {word(w)}" for w in exc.warnings)
            question = "\n\n".join(
                (
                    self.tr("La audiencia tiene advertencias:") + "\n" + lines,
                    self.tr("¿Registrar de todos modos?"),
                    self.tr("Si responde «No», puede corregir la fecha y la hora."),
                )
            )
            if not confirm(self, question):
                return False
            return self.run_write(fn, *args, unless_changed=unless_changed, **kwargs, confirm=True)
        except Conflict as exc:
            shown = self.case
            fresh = None
            if unless_changed is not None and shown is not None and "expected_version" in kwargs:
                with contextlib.suppress(ServiceError):
                    fresh = cases.get_case_file(self.ctx.desk, self.ctx.actor, self.case_id)
            if (
                fresh is not None
                and shown is not None
                and unless_changed is not None
                and fresh.version != shown.version
                and unless_changed(fresh) == unless_changed(shown)
            ):
                kwargs["expected_version"] = fresh.version
                return self.run_write(fn, *args, **kwargs)  # once: a second conflict is shown
            show_error(self, error_text(exc))
            self.reload()
            return None
        except ServiceError as exc:
            show_error(self, error_text(exc))
            return None
        self.ctx.events.case_changed.emit(self.case_id)
        return result if result is not None else True

    def _balance_warning(self) -> str | None:
        """Closing as paid with a balance still due (per the debt tab's liquidation): say how much."""
        liq = self.debt_tab.liquidation
        if liq is None or liq.total <= 0:
            return None
        return self.tr(
            "Según la liquidación al {0} aún se deben {1}. Si el deudor pagó directamente al acreedor, "
            "registre ese pago en «Pagos» antes de cerrar."
        ).format(liq.as_of.strftime("%d/%m/%Y"), format_money(liq.total, liq.currency))

    def move_stage(self, target: str) -> bool:
        """Ask for the reason (and radicado/court when filing) and move the case."""
        if not shows_saved_case(self, lambda: self.move_stage(target)):
            return False
        case = self.case
        if case is None:
            return False
        stage = Stage(target)
        values = StageMoveDialog.ask(
            self,
            stage_label(case.stage),
            stage,
            stage_label(target),
            radicado=case.radicado,
            court=case.court,
            current=Stage(case.stage),
            warning=self._balance_warning() if stage is Stage.CLOSED_PAID else None,
            jurisdiction=case.jurisdiction,
        )
        if values is None:
            return False
        if stage is Stage.RETURNED_TO_COLLECTIONS:
            done = self.run_write(
                cases.return_to_collections,
                self.case_id,
                values.reason,
                expected_version=case.version,
                unless_changed=lambda c: c.stage,
            )
        else:
            done = self.run_write(
                cases.move_stage,
                self.case_id,
                target,
                reason=values.reason,
                expected_version=case.version,
                radicado=values.radicado,
                court=values.court,
                filed_on=values.filed_on,
                # a call logged or a file added meanwhile does not undo the decision; another move does
                unless_changed=lambda c: (c.stage, c.radicado, c.court),
            )
        code = STAGE_EVENTS.get(stage)
        if done is not None and code is not None and values.event_on is not None:
            # the served debtor's (or the inadmission's) terms start now, shown under «Términos» in Resumen
            self.run_write(deadlines.record_event, self.case_id, code, values.event_on)
        return done is not None

    def add_evidence(self) -> None:
        """Pick files with a dialog and add them as evidence (same path as a drop)."""
        self.tabs.setCurrentWidget(self.evidence_tab)
        if not self.may(Action.ADD_EVIDENCE):
            show_error(self, self.why_not(Action.ADD_EVIDENCE))
            return
        self.evidence_tab.choose_files()  # the same dialog and filter as the tab's own button
