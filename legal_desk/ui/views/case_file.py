"""The case-file window: one tab per part of the file, re-queried when the case changes (UI view)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from legal_desk.domain.lifecycle import Stage
from legal_desk.domain.permissions import Action
from legal_desk.services import cases, deadlines
from legal_desk.services.cases import CaseFile
from legal_desk.services.errors import Conflict, ServiceError
from legal_desk.ui.context import UiContext
from legal_desk.ui.dialogs.records import STAGE_EVENTS, StageMoveDialog, is_filed
from legal_desk.ui.i18n import stage_label
from legal_desk.ui.views.case_tabs.common import CaseTab, show_error
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


class CaseFileView(QWidget):
    """One case file in a tab of the main window; writes go through `run_write` (UI view)."""

    def __init__(self, ctx: UiContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.case: CaseFile | None = None
        self.timeline_rows: list[dict[str, Any]] = []
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size:15px; font-weight:bold;")
        self.title.setWordWrap(True)
        self.stage_pill = QLabel(self)
        self.stage_pill.setStyleSheet(
            "background:#1e3a8a; color:white; border-radius:8px; padding:3px 10px; font-weight:bold;"
        )
        self.version_label = QLabel(self)
        self.version_label.setStyleSheet("color:#555;")
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
        for page, label in zip(
            self._pages,
            (
                self.tr("Resumen"),
                self.tr("Partes"),
                self.tr("Deuda y liquidación"),
                self.tr("Pruebas"),
                self.tr("Gestiones"),
                self.tr("Comunicaciones"),
                self.tr("Acuerdos"),
                self.tr("Documentos"),
                self.tr("Audiencias"),
                self.tr("Medidas cautelares"),
                self.tr("Negociación"),
                self.tr("Pagos"),
                self.tr("Línea de tiempo"),
            ),
            strict=True,
        ):
            self.tabs.addTab(page, label)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload)
        ctx.events.case_changed.connect(self._on_case_changed)
        # a rate table imported (or a closure added) while the case is open: the liquidation is recomputed
        ctx.events.rates_changed.connect(self._on_rates_changed)
        self.reload()

    # ---------------------------------------------------------------- loading

    def reload(self) -> None:
        """Re-query the case file and refresh every tab."""
        try:
            case = cases.get_case_file(self.ctx.desk, self.ctx.actor, self.case_id)
            # collections on a case legal accepted: no history (it is the legal file)
            self.timeline_rows = [] if case.limited else cases.timeline(self.ctx.desk, self.ctx.actor, self.case_id)
        except ServiceError as exc:
            self.title.setText(self.tr("No se pudo abrir el expediente: {0}").format(exc))
            self.tabs.setEnabled(False)
            return
        self.case = case
        self.tabs.setEnabled(True)
        debtor = case.debtor.name if case.debtor else ""
        self.title.setText(self.tr("Expediente {0} — {1}").format(case.account_ref, debtor))
        self.stage_pill.setText(stage_label(case.stage))
        self.version_label.setText(self.tr("versión {0} · {1}").format(case.version, case.updated_by or ""))
        self.setWindowTitle(case.account_ref)
        for index, page in enumerate(self._pages):
            # a limited view (collections, case accepted by legal) is the summary alone; the hidden
            # tabs are still emptied, so nothing shown before the acceptance lingers in them
            self.tabs.setTabVisible(index, page is self.summary_tab or not case.limited)
            page.show_case(case)

    def _on_rates_changed(self) -> None:
        if self.case is not None:
            self.debt_tab.run_liquidation()

    def _on_case_changed(self, case_id: int) -> None:
        if case_id == self.case_id:
            self.reload()

    # ---------------------------------------------------------------- permissions and writes

    def may(self, action: Action) -> bool:
        """Whether this user may do `action` on this case now (collections: not once legal accepted it)."""
        if not self.ctx.can(action) or (self.case is not None and self.case.limited):
            return False
        return not (self.case is not None and is_filed(self.case.stage) and not self.ctx.can(Action.EDIT_FILED_CASE))

    def why_not(self, action: Action) -> str:
        """Why `may(action)` is false, in words for the user (empty when it is allowed)."""
        if self.may(action):
            return ""
        if not self.ctx.can(action):
            return self.tr("Su rol no permite esta acción.")
        if self.case is not None and self.case.limited:
            return self.tr(
                "Jurídico ya aceptó este expediente: cobranza no puede modificarlo; pídalo al abogado a cargo."
            )
        return self.tr("Su rol no puede modificar un expediente ya radicado; pídalo al abogado o al dependiente.")

    def run_write(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call a service as this user; announce the change, or show the refusal (reload on conflict)."""
        try:
            result = fn(self.ctx.desk, self.ctx.actor, *args, **kwargs)
        except Conflict as exc:
            show_error(self, str(exc))
            self.reload()
            return None
        except ServiceError as exc:
            show_error(self, str(exc))
            return None
        self.ctx.events.case_changed.emit(self.case_id)
        return result if result is not None else True

    def move_stage(self, target: str) -> bool:
        """Ask for the reason (and radicado/court when filing) and move the case."""
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
        )
        if values is None:
            return False
        if stage is Stage.RETURNED_TO_COLLECTIONS:
            done = self.run_write(
                cases.return_to_collections, self.case_id, values.reason, expected_version=case.version
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
