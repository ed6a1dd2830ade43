"""Table tabs of the case file: parties, contacts, notices, agreements, hearings, measures, offers, payments, docs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QInputDialog, QLabel, QVBoxLayout, QWidget

from legal_desk.domain.contact_rules import breach_text
from legal_desk.domain.dates import format_date_short
from legal_desk.domain.lifecycle import Stage
from legal_desk.domain.money import format_money
from legal_desk.domain.permissions import Action
from legal_desk.services import cases, contacts, notices, tracking
from legal_desk.services.cases import CaseFile
from legal_desk.services.contacts import CHANNELS, OUTCOMES
from legal_desk.services.notices import NOTICE_CHANNELS, NOTICE_KINDS
from legal_desk.services.tracking import ASSET_TYPES, EMBARGO_STATUSES, HEARING_KINDS, HEARING_STATUSES, OFFER_STATUSES
from legal_desk.ui.audit_text import audit_summary
from legal_desk.ui.dialogs.records import (
    AgreementDialog,
    ContactDialog,
    EmbargoAdvanceDialog,
    EmbargoDialog,
    HearingDialog,
    HearingOutcomeDialog,
    NoticeDialog,
    OfferDialog,
    PaymentDialog,
    ReceiptDialog,
    ReceiptValues,
)
from legal_desk.ui.errors import error_text
from legal_desk.ui.i18n import stage_label
from legal_desk.ui.labels import PARTY_ROLES, audit_action_label, domain_label
from legal_desk.ui.models.case_models import AMBER_BG, GREEN_BG, Column, RecordTableModel
from legal_desk.ui.views.case_tabs.common import CaseHost, ProgressRow, RecordTab, confirm, show_error, show_info, tr
from legal_desk.ui.views.case_tabs.documents import DocumentsTab
from legal_desk.ui.views.case_tabs.editing import add_codebtor, edit_creditor, edit_party, may_edit
from legal_desk.ui.workers import Worker, start

AGREEMENT_STATUSES = {"active": "Vigente", "kept": "Cumplido", "broken": "Incumplido"}


def _get(key: str) -> Any:
    return lambda r: r.get(key)


def representative_id_name(jurisdiction: str) -> str:
    """The creditor's representative's document as the case's country calls it (a cédula only in Colombia)."""
    return {
        "AR": tr("DNI del representante"),
        "MX": tr("CURP o RFC del representante"),
        "ES": tr("DNI o NIE del representante"),
    }.get(jurisdiction, tr("cédula del representante"))


class PartiesTab(RecordTab):
    """Partes: debtor and guarantors."""

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(
            host,
            [
                Column(tr("Rol"), lambda p: domain_label(PARTY_ROLES[p.role]) if p.role in PARTY_ROLES else p.role),
                Column(tr("Nombre"), lambda p: p.name),
                Column(tr("Tipo"), lambda p: p.id_type),
                Column(tr("Documento"), lambda p: p.id_number),
                Column(tr("Dirección"), lambda p: p.address),
                Column(tr("Ciudad"), lambda p: p.city),
                Column(tr("Correo"), lambda p: p.email),
                Column(tr("Origen del correo"), lambda p: p.email_source),
                Column(tr("Teléfono"), lambda p: p.phone),
                Column(tr("Canales autorizados"), _channel_labels),
            ],
            parent=parent,
        )
        self.keep_whole(1, 3)  # at 1280 px the ten columns are too wide: the name and ID number stay whole
        self.creditor = QLabel(self)
        self.creditor.setWordWrap(True)
        self.layout().insertWidget(1, self.creditor)
        self.edit_button = self.add_action(tr("Editar…"), self.edit_selected, needs_row=True, shortcut="Ctrl+Shift+E")
        self.add_button = self.add_action(tr("Agregar codeudor…"), self.add_codebtor)
        self.creditor_button = self.add_action(tr("Datos del acreedor…"), self.edit_creditor)
        self.creditor_button.setToolTip(tr("Dirección, ciudad y representante legal que citan el poder y la demanda"))

    def show_case(self, case: CaseFile) -> None:
        editable = may_edit(self.host)
        reason = tr("Su rol no puede modificar este expediente")
        self.allow(self.edit_button, editable, reason)
        self.allow(self.add_button, editable, reason)
        self.allow(self.creditor_button, editable, reason)
        self.set_records([p for p in [case.debtor, *case.guarantors] if p is not None])
        c = case.client
        if c is None:
            self.creditor.setText(tr("Acreedor: —"))
            return
        text = tr("Acreedor: {0} ({1} {2})").format(c["name"], c["id_type"], c["id_number"])
        place = ", ".join(v for v in (c.get("address"), c.get("city")) if v)
        if place:
            text += " · " + place
        if c.get("representative"):
            text += " · " + tr("Representante legal: {0}").format(c["representative"])
        missing = [
            label
            for key, label in (
                ("address", tr("dirección")),
                ("city", tr("ciudad")),
                ("representative", tr("representante legal")),
                ("representative_id", representative_id_name(case.jurisdiction)),
            )
            if not c.get(key)
        ]
        if missing:
            text += "\n" + tr("Faltan para el poder y la demanda: {0} (botón «Datos del acreedor…»)").format(
                ", ".join(missing)
            )
        self.creditor.setText(text)

    def on_activated(self) -> None:
        """Double-click on a party: edit it."""
        self.edit_selected()

    def edit_selected(self) -> bool:
        """«Editar…»: correct or complete the selected party."""
        party = self.selected()
        return party is not None and edit_party(self, self.host, party)

    def add_codebtor(self) -> bool:
        """«Agregar codeudor…»."""
        return add_codebtor(self, self.host)

    def edit_creditor(self) -> bool:
        """«Datos del acreedor…»."""
        return edit_creditor(self, self.host)


def _channel_labels(p: Any) -> str:
    codes = [c.strip() for c in (p.authorised_channels or "").split(",") if c.strip()]
    return ", ".join(domain_label(CHANNELS.get(c, c)) for c in codes)


def breaches(lines: list[str]) -> list[str]:
    """The Ley 2300 breaches of a contact (stored as Spanish sentences) in the interface language."""
    return [error_text(breach_text(line)) for line in lines]


class ContactsTab(RecordTab):
    """Gestiones: the contact log, Ley 2300 breaches in amber."""

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(
            host,
            [
                Column(tr("Fecha y hora"), _get("at")),
                Column(tr("Canal"), lambda r: domain_label(CHANNELS.get(r["channel"], r["channel"]))),
                Column(tr("Sentido"), lambda r: tr("Entrante") if r["direction"] == "in" else tr("Saliente")),
                Column(tr("Resultado"), lambda r: domain_label(OUTCOMES.get(r["outcome"], r["outcome"] or ""))),
                Column(tr("Registró"), _get("by")),
                Column(tr("Ley 2300"), self._rules_cell),
                Column(tr("Notas"), _get("notes")),
            ],
            hint=tr("Las gestiones que incumplen la Ley 2300 de 2023 (horario, frecuencia, canal) se marcan en ámbar."),
            row_background=lambda r: AMBER_BG if r["violations"] else None,
            row_tooltip=lambda r: "\n".join(breaches(r["violations"])),
            parent=parent,
        )
        self.empty_text = tr("Sin gestiones registradas")
        self.log_button = self.add_action(tr("Registrar gestión…"), self.log_contact, shortcut="Ctrl+G")

    def _rules_cell(self, r: dict[str, Any]) -> str:
        if r["violations"]:
            return " ".join(breaches(r["violations"]))  # each breach is a sentence of its own
        return tr("Conforme") if self._colombian() else tr("No aplica")

    def _colombian(self) -> bool:
        case = self.host.case
        return case is None or case.jurisdiction == "CO"

    def show_case(self, case: CaseFile) -> None:
        self.allow(self.log_button, self.host.may(Action.LOG_CONTACT))
        if case.jurisdiction == "CO":
            self.hint.setText(
                tr("Las gestiones que incumplen la Ley 2300 de 2023 (horario, frecuencia, canal) se marcan en ámbar.")
            )
        else:
            self.hint.setText(
                tr(
                    "Expediente de {0}: las reglas de contacto de la Ley 2300 de 2023 son colombianas y no se "
                    "revisan; no hay reglas de contacto configuradas para esta jurisdicción."
                ).format(case.jurisdiction)
            )
        self.set_records(case.contacts, "contact_id")

    def log_contact(self) -> None:
        case = self.host.case
        if case is None:
            return
        values = ContactDialog.ask(self, case.debtor.authorised_channels if case.debtor else None)
        if values is None:
            return
        result = self.host.run_write(
            contacts.log_contact,
            self.host.case_id,
            channel=values.channel,
            at=values.at,
            outcome=values.outcome,
            notes=values.notes,
            direction=values.direction,
        )
        if result is not None and result.violations:
            show_info(
                self,
                tr("La gestión quedó registrada, pero incumple la Ley 2300 de 2023:\n• ")
                + "\n• ".join(breaches(result.violations)),
                tr("Gestión fuera de las reglas"),
            )


def _bureau_tip(r: dict[str, Any]) -> str:
    """A prior notice of a negative credit-bureau report says from when the report may be made."""
    day = r.get("bureau_report_from")
    if not day:
        return ""
    return tr("El reporte negativo a centrales de riesgo procede desde el {0} (Ley 1266 de 2008, art. 12)").format(
        format_date_short(day)
    )


def save_receipt(
    desk: Any,
    actor: Any,
    notice_id: int,
    values: ReceiptValues,
    *,
    progress: Callable[..., None],
    cancelled: Callable[[], bool],
) -> Any:
    """Store the proof and record the receipt (runs in a worker: a 200 MB scan is hashed while copied).

    Progress is in KiB of the proof; Cancel while it is copied keeps nothing and records nothing.
    """
    name = values.proof.name if values.proof is not None else ""
    total = 0
    if values.proof is not None:
        try:
            total = max(values.proof.stat().st_size // 1024, 1)
        except OSError:
            total = 1  # the service says what is wrong with the file
    progress(0, total, name)

    def copied(done: int) -> None:
        progress(min(done // 1024, total), total, name)

    return notices.register_notice_receipt(
        desk,
        actor,
        notice_id,
        delivered=values.delivered,
        proof=values.proof,
        returned=values.returned,
        return_reason=values.return_reason,
        progress=copied,
        cancelled=cancelled,
    )


class NoticesTab(RecordTab):
    """Comunicaciones: notices sent and their proof of receipt (stored in a worker, with progress and Cancel)."""

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(
            host,
            [
                Column(tr("Tipo"), lambda r: domain_label(NOTICE_KINDS.get(r["kind"], r["kind"]))),
                Column(tr("Canal"), lambda r: domain_label(NOTICE_CHANNELS.get(r["channel"], r["channel"]))),
                Column(tr("Mensajería"), _get("carrier")),
                Column(tr("Guía"), _get("tracking")),
                Column(tr("Enviada"), _get("sent")),
                Column(tr("Entregada"), _get("delivered")),
                Column(tr("Devuelta"), _get("returned")),
                Column(tr("Constancia"), lambda r: bool(r["proof_sha256"])),
            ],
            row_background=lambda r: GREEN_BG if r["delivered"] and r["proof_sha256"] else None,
            row_tooltip=_bureau_tip,
            parent=parent,
        )
        self.empty_text = tr("Sin comunicaciones registradas")
        self.add_button = self.add_action(tr("Registrar comunicación…"), self.add_notice, shortcut="Ctrl+M")
        self.receipt_button = self.add_action(tr("Adjuntar constancia…"), self.add_receipt, needs_row=True)
        self.progress_row = ProgressRow(self)
        self.progress_row.cancel_button.clicked.connect(self.cancel_receipt)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.progress_row)
        self.worker: Worker | None = None

    def show_case(self, case: CaseFile) -> None:
        allowed = self.host.may(Action.MANAGE_NOTICES)
        self.allow(self.add_button, allowed)
        self.allow(self.receipt_button, allowed)
        self.set_records(case.notices, "notice_id")

    def add_notice(self) -> None:
        v = NoticeDialog.ask(self)
        if v is None:
            return
        self.host.run_write(
            notices.add_notice,
            self.host.case_id,
            channel=v.channel,
            sent=v.sent,
            kind=v.kind,
            carrier=v.carrier,
            tracking=v.tracking,
            recipient=v.recipient,
            notes=v.notes,
        )

    def add_receipt(self) -> None:
        n = self.selected()
        if n is None:
            return
        if self.worker is not None:
            show_error(self, tr("Espere a que termine de guardar la constancia anterior"))
            return
        kind = domain_label(NOTICE_KINDS.get(n["kind"], n["kind"]))
        text = tr("{0} enviada el {1}").format(kind, n["sent"].strftime("%d/%m/%Y"))
        v = ReceiptDialog.ask(self, text, n["sent"])
        if v is None:
            return
        ctx = self.host.ctx
        worker = Worker(save_receipt, ctx.desk, ctx.actor, n["notice_id"], v, done_is_done=True)
        worker.signals.progress.connect(self._on_receipt_progress)
        worker.signals.finished.connect(self._on_receipt_saved)
        worker.signals.failed.connect(self._on_receipt_failed)
        worker.signals.cancelled.connect(self._on_receipt_cancelled)
        self.progress_row.begin(tr("Guardando la constancia…"))
        self.receipt_button.setEnabled(False)
        self.worker = worker
        start(worker)

    def cancel_receipt(self) -> None:
        """Stop the proof being stored: nothing is kept, the notice stays as it was."""
        if self.worker is not None:
            self.worker.cancel()
            self.progress_row.cancelling()

    def _on_receipt_progress(self, done: int, total: int, label: str) -> None:
        if self.worker is None or self.worker.is_cancelled():
            return
        if total and done >= total:  # copied and hashed: what is left is recording it, too late to cancel
            self.progress_row.cancel_button.setEnabled(False)
            self.progress_row.report(done, total, tr("Registrando la constancia…"))
            return
        self.progress_row.report(done, total, tr("Guardando {0}: %p %").format(label) if label else "%p %")

    def _receipt_done(self) -> None:
        self.worker = None
        self.progress_row.end()
        self._sync_buttons()

    def _on_receipt_saved(self, _info: Any) -> None:
        self._receipt_done()
        self.host.ctx.events.case_changed.emit(self.host.case_id)

    def _on_receipt_failed(self, message: str, _detail: str) -> None:
        self._receipt_done()
        show_error(self, message)
        self.host.reload()  # as after any refused write: a newer version of the case is shown

    def _on_receipt_cancelled(self) -> None:
        self._receipt_done()
        show_info(self, tr("Se canceló: la constancia no se guardó y la comunicación quedó como estaba."))


def _instalment_state(row: dict[str, Any]) -> str:
    """Pagada, Vencida (past due and not fully paid) or Pendiente."""
    import datetime as dt

    if row["paid_amount"] and row["paid_amount"] >= row["amount"]:
        return tr("Pagada")
    if row["due"] < dt.date.today():
        return tr("Vencida")
    return tr("Pendiente")


class AgreementsTab(RecordTab):
    """Acuerdos: signed payment agreements, their instalments, kept or broken."""

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(
            host,
            [
                Column(tr("Firmado"), _get("signed_on")),
                Column(tr("Total"), _get("total"), numeric=True),
                Column(tr("Cuotas"), lambda r: len(r["instalments"]), numeric=True),
                Column(tr("Estado"), lambda r: domain_label(AGREEMENT_STATUSES.get(r["status"], r["status"]))),
                Column(tr("Incumplido el"), _get("broken_on")),
                Column(tr("Prejurídico"), _get("prelegal")),
                Column(tr("Notas"), _get("notes")),
            ],
            row_background=lambda r: (
                AMBER_BG if r["status"] == "broken" else (GREEN_BG if r["status"] == "kept" else None)
            ),
            parent=parent,
        )
        self.empty_text = tr("Sin acuerdos de pago")
        self.add_button = self.add_action(tr("Registrar acuerdo…"), self.add_agreement)
        self.kept_button = self.add_action(tr("Marcar cumplido"), lambda: self.mark("kept"), needs_row=True)
        self.broken_button = self.add_action(tr("Marcar incumplido"), lambda: self.mark("broken"), needs_row=True)
        self.instalments = RecordTableModel(
            [
                Column(tr("Vence"), _get("due")),
                Column(tr("Valor"), _get("amount"), numeric=True),
                Column(tr("Pagado"), _get("paid_amount"), numeric=True),
                Column(tr("Pagado el"), _get("paid_on")),
                Column(tr("Estado"), _instalment_state),
            ],
            row_background=lambda r: (
                GREEN_BG
                if _instalment_state(r) == tr("Pagada")
                else (AMBER_BG if _instalment_state(r) == tr("Vencida") else None)
            ),
            currency=self._currency,
            parent=self,
        )
        from PySide6.QtWidgets import QTableView

        self.instalments_view = QTableView(self)
        self.instalments_view.setAccessibleName(tr("Cuotas del acuerdo"))
        self.instalments_view.setModel(self.instalments)
        self.instalments_view.verticalHeader().setVisible(False)
        self.instalments_view.horizontalHeader().setStretchLastSection(True)
        self.instalments_view.setMaximumHeight(170)
        self.layout().addWidget(QLabel(tr("Cuotas del acuerdo seleccionado:"), self))
        self.layout().addWidget(self.instalments_view)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def _on_selection_changed(self) -> None:
        a = self.selected()
        self.instalments.set_rows(a["instalments"] if a else [])
        self._sync_mark_buttons()

    def _sync_buttons(self) -> None:
        super()._sync_buttons()
        self._sync_mark_buttons()

    def _sync_mark_buttons(self) -> None:
        """Only an agreement still in force (*vigente*) is marked kept or broken."""
        a = self.selected()
        tip = ""
        if a is not None and a["status"] != "active":
            tip = tr("Este acuerdo ya está {0}: registre un acuerdo nuevo si el deudor vuelve a pactar").format(
                domain_label(AGREEMENT_STATUSES.get(a["status"], a["status"])).lower()
            )
        for b in (self.kept_button, self.broken_button):
            if tip:
                b.setEnabled(False)
            b.setToolTip(tip)
        if not tip and a is not None and any(i["paid_amount"] < i["amount"] for i in a["instalments"]):
            # kept is every instalment paid: the last payment marks it by itself
            self.kept_button.setEnabled(False)
            self.kept_button.setToolTip(
                tr("Quedan cuotas sin pagar: el acuerdo queda cumplido al registrar el pago de la última")
            )

    def show_case(self, case: CaseFile) -> None:
        allowed = self.host.may(Action.MANAGE_AGREEMENTS)
        for b in (self.add_button, self.kept_button, self.broken_button):
            self.allow(b, allowed)
        self.set_records(case.agreements, "agreement_id")
        self._fit_status_column()
        self._on_selection_changed()

    def _fit_status_column(self) -> None:
        """The «Estado» column holds its longest word: columns are fitted once, on the first rows, so a
        column fitted to «Vigente» cut «Incumplido» to «Incumpl…» once the agreement was broken."""
        column = 3
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        texts = [domain_label(label) for label in AGREEMENT_STATUSES.values()]
        widest = max(metrics.horizontalAdvance(t) for t in texts) + 24  # the cell's margins
        widest = max(widest, header.fontMetrics().horizontalAdvance(tr("Estado")) + 24)
        self.bound_column(column, at_least=widest)

    def add_agreement(self, plan: tuple[Decimal, int] | None = None, notes: str | None = None) -> None:
        """«Registrar acuerdo…» (`plan`: the total and number of instalments of an offer just accepted)."""
        v = AgreementDialog.ask(self, self._currency(), plan, notes)
        if v is None:
            return
        done = self.host.run_write(
            tracking.record_agreement,
            self.host.case_id,
            signed_on=v.signed_on,
            instalments=v.instalments,
            notes=v.notes,
        )
        if done is not None:
            # asked on the saved case (the agreement changed its version; the reload is read in a worker)
            self.host.after_reload(lambda: self.offer_settlement_stage(v.signed_on))

    def offer_settlement_stage(self, signed_on: dt.date) -> bool:
        """A signed agreement puts the case in «Acuerdo de pago vigente» (DOMAIN.md §2), so that a default
        sends it back to the stage it came from and the last instalment closes it; the lawyer confirms."""
        case = self.host.case
        target = Stage.SETTLEMENT_ACTIVE
        if case is None or target.value not in case.allowed_stages:
            return False
        here = stage_label(case.stage)
        if not self.host.ctx.can(Action.MOVE_STAGE_LEGAL):
            show_info(
                self,
                tr(
                    "El acuerdo quedó registrado. Pida al abogado que pase el expediente a «{0}»: si el deudor "
                    "incumple, el expediente vuelve a «{1}»."
                ).format(stage_label(target.value), here),
                tr("Acuerdo de pago"),
            )
            return False
        question = tr(
            "El acuerdo quedó registrado. ¿Pasar el expediente a «{0}»? Si el deudor incumple, el expediente "
            "vuelve a «{1}»; pagada la última cuota, termina por acuerdo cumplido."
        ).format(stage_label(target.value), here)
        if not confirm(self, question):
            return False
        reason = f"acuerdo de pago firmado el {signed_on:%d/%m/%Y}"  # the audit log is kept in Spanish
        return (
            self.host.run_write(
                cases.move_stage,
                self.host.case_id,
                target.value,
                reason=reason,
                expected_version=case.version,
                unless_changed=lambda c: c.stage,
            )
            is not None
        )

    def mark(self, status: str) -> None:
        a = self.selected()
        if a is None:
            return
        label = tr("cumplido") if status == "kept" else tr("incumplido")
        if confirm(
            self, tr("¿Marcar el acuerdo firmado el {0} como {1}?").format(a["signed_on"].strftime("%d/%m/%Y"), label)
        ):
            self.host.run_write(tracking.mark_agreement, a["agreement_id"], status)


class HearingsTab(RecordTab):
    """Audiencias: hearings set by the court and what happened."""

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(
            host,
            [
                Column(tr("Tipo"), lambda r: domain_label(HEARING_KINDS.get(r["kind"], r["kind"]))),
                Column(tr("Fecha y hora"), _get("at")),
                Column(tr("Lugar"), _get("place")),
                Column(tr("Enlace"), _get("link")),
                Column(tr("Estado"), lambda r: domain_label(HEARING_STATUSES.get(r["status"], r["status"]))),
                Column(tr("Resultado"), lambda r: domain_label(OUTCOMES.get(r["outcome"], r["outcome"] or ""))),
            ],
            parent=parent,
        )
        self.empty_text = tr("Sin audiencias")
        self.add_button = self.add_action(tr("Programar audiencia…"), self.add_hearing)
        self.outcome_button = self.add_action(tr("Registrar resultado…"), self.record_outcome, needs_row=True)

    def show_case(self, case: CaseFile) -> None:
        allowed = self.host.may(Action.MANAGE_HEARINGS)
        self.allow(self.add_button, allowed)
        self.allow(self.outcome_button, allowed)
        self.set_records(case.hearings, "hearing_id")

    def add_hearing(self) -> None:
        """Ask for the hearing; warnings declined (a closed day, a clash…) reopen the dialog as it was typed."""
        v = HearingDialog.ask(self)
        while v is not None:
            done = self.host.run_write(
                tracking.schedule_hearing, self.host.case_id, kind=v.kind, at=v.at, place=v.place, link=v.link
            )
            v = HearingDialog.ask(self, v) if done is False else None

    def record_outcome(self) -> None:
        h = self.selected()
        if h is None:
            return
        v = HearingOutcomeDialog.ask(self, h["at"])
        while v is not None:
            done = self.host.run_write(
                tracking.record_hearing_outcome, h["hearing_id"], status=v.status, outcome=v.outcome, new_at=v.new_at
            )
            v = HearingOutcomeDialog.ask(self, h["at"], v) if done is False else None


class EmbargoesTab(RecordTab):
    """Medidas cautelares: requested → decreed → registered → executed / lifted."""

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(
            host,
            [
                Column(tr("Bien"), lambda r: domain_label(ASSET_TYPES.get(r["asset_type"], r["asset_type"]))),
                Column(tr("Descripción"), _get("description")),
                Column(tr("Entidad"), _get("registrar")),
                Column(tr("Oficio"), _get("oficio_number")),
                Column(tr("Límite"), _get("cap"), numeric=True),
                Column(tr("Estado"), lambda r: domain_label(EMBARGO_STATUSES.get(r["status"], r["status"]))),
                Column(tr("Solicitada"), _get("requested_on")),
                Column(tr("Decretada"), _get("decreed_on")),
                Column(tr("Registrada"), _get("registered_on")),
                Column(tr("Ejecutada"), _get("executed_on")),
                Column(tr("Levantada"), _get("lifted_on")),
            ],
            row_background=lambda r: GREEN_BG if r["status"] == "lifted" else None,
            parent=parent,
        )
        self.empty_text = tr("Sin medidas cautelares")
        self.add_button = self.add_action(tr("Solicitar medida…"), self.add_embargo)
        self.advance_button = self.add_action(tr("Avanzar estado…"), self.advance, needs_row=True)

    def show_case(self, case: CaseFile) -> None:
        allowed = self.host.may(Action.MANAGE_EMBARGOES)
        self.allow(self.add_button, allowed)
        self.allow(self.advance_button, allowed)
        self.set_records(case.embargoes, "embargo_id")

    def add_embargo(self) -> None:
        v = EmbargoDialog.ask(self)
        if v is not None:
            self.host.run_write(
                tracking.request_embargo,
                self.host.case_id,
                asset_type=v.asset_type,
                description=v.description,
                registrar=v.registrar,
                cap=v.cap,
                requested_on=v.requested_on,
            )

    def advance(self) -> None:
        e = self.selected()
        if e is None:
            return
        v = EmbargoAdvanceDialog.ask(self, e["status"], e["description"])
        if v is not None:
            self.host.run_write(
                tracking.advance_embargo,
                e["embargo_id"],
                v.status,
                on=v.on,
                oficio_number=v.oficio_number,
                notes=v.notes,
            )


def _offer_background(r: dict[str, Any]) -> QColor | None:
    if r["status"] == "accepted":
        return GREEN_BG
    if r["status"] == "expired":  # the case file reads an open offer past its expiry date as expired
        return AMBER_BG
    return None


class NegotiationTab(RecordTab):
    """Negociación: offers and counter-offers, accepted, rejected or expired."""

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(
            host,
            [
                Column(tr("Fecha"), _get("made_on")),
                Column(tr("Propone"), lambda r: tr("Deudor") if r["party"] == "debtor" else tr("Acreedor")),
                Column(tr("Valor"), _get("amount"), numeric=True),
                Column(tr("Cuotas"), _get("instalments"), numeric=True),
                Column(tr("Vence"), _get("expires_on")),
                Column(tr("Estado"), lambda r: _offer_status(r)),
                Column(tr("Responde a"), _get("answers")),
                Column(tr("Notas"), _get("notes")),
            ],
            hint=tr(
                "Una propuesta sin respuesta al pasar su fecha de vencimiento queda vencida (en ámbar): ya no se "
                "acepta, rechaza ni contrapropone."
            ),
            row_background=_offer_background,
            parent=parent,
        )
        self.empty_text = tr("Sin propuestas de arreglo")
        self.offer_button = self.add_action(tr("Nueva propuesta…"), self.new_offer)
        self.counter_button = self.add_action(tr("Contrapropuesta…"), self.counter, needs_row=True)
        self.accept_button = self.add_action(tr("Aceptar"), lambda: self.close_offer("accepted"), needs_row=True)
        self.reject_button = self.add_action(tr("Rechazar"), lambda: self.close_offer("rejected"), needs_row=True)

    def show_case(self, case: CaseFile) -> None:
        allowed = self.host.may(Action.MANAGE_SETTLEMENTS)
        for b in (self.offer_button, self.counter_button, self.accept_button, self.reject_button):
            self.allow(b, allowed)
        # «Responde a» names the offer a counter-offer answers as the lawyer knows it (who, when, how much):
        # the ids are nowhere on screen
        by_id = {o["offer_id"]: o for o in case.settlement_offers}
        self.set_records(
            [
                {**o, "answers": self._answered(by_id.get(o["parent_id"]), case.currency)}
                for o in case.settlement_offers
            ],
            "offer_id",
        )
        self._sync_answer_buttons()

    @staticmethod
    def _answered(parent: dict[str, Any] | None, currency: str) -> str:
        if parent is None:
            return ""
        who = tr("Deudor") if parent["party"] == "debtor" else tr("Acreedor")
        return tr("{0}, {1}: {2}").format(
            who, parent["made_on"].strftime("%d/%m/%Y"), format_money(parent["amount"], currency)
        )

    def _sync_buttons(self) -> None:
        super()._sync_buttons()
        self._sync_answer_buttons()

    def _sync_answer_buttons(self) -> None:
        """Only an open offer is answered; one past its expiry date is no longer accepted nor countered."""
        o = self.selected()
        tip = ""
        if o is not None and o["status"] == "expired" and o["expires_on"]:
            tip = tr("Esta propuesta venció el {0}: registre una propuesta nueva con los términos vigentes").format(
                o["expires_on"].strftime("%d/%m/%Y")
            )
        elif o is not None and o["status"] != "open":
            status = domain_label(OFFER_STATUSES.get(o["status"], o["status"])).lower()
            tip = tr("Esta propuesta ya está {0}: registre una propuesta nueva").format(status)
        for b in (self.counter_button, self.accept_button, self.reject_button):
            if tip:
                b.setEnabled(False)
            b.setToolTip(tip)

    def new_offer(self, parent_id: int | None = None, answering: str | None = None) -> None:
        v = OfferDialog.ask(self, answering)
        if v is not None:
            self.host.run_write(
                tracking.make_offer,
                self.host.case_id,
                party=v.party,
                amount=v.amount,
                made_on=v.made_on,
                expires_on=v.expires_on,
                instalments=v.instalments,
                parent_id=parent_id,
                notes=v.notes,
            )

    def counter(self) -> None:
        o = self.selected()
        if o is not None:
            self.new_offer(
                o["offer_id"], tr("Contrapropuesta a la propuesta de {0}").format(self._money(o["amount"]))
            )

    def close_offer(self, status: str) -> None:
        o = self.selected()
        if o is None:
            return
        verb = tr("aceptar") if status == "accepted" else tr("rechazar")
        question = tr("¿Desea {0} la propuesta de {1}?").format(verb, self._money(o["amount"]))
        others = [
            r
            for r in (self.host.case.settlement_offers if self.host.case else [])
            if r["status"] == "open" and r["offer_id"] != o["offer_id"]
        ]
        if status == "accepted" and others:
            question += "\n" + tr("Las otras {0} propuestas abiertas quedarán retiradas.").format(len(others))
        if not confirm(self, question):
            return
        done = self.host.run_write(tracking.close_offer, o["offer_id"], status)
        if done is None or status != "accepted":
            return
        agreements = getattr(self.host, "agreements_tab", None)
        if agreements is None or not self.host.may(Action.MANAGE_AGREEMENTS):
            return
        count = max(int(o["instalments"] or 1), 1)
        total = Decimal(o["amount"])
        if confirm(
            self,
            tr(
                "Propuesta aceptada. ¿Registrar ahora el acuerdo de pago firmado ({0} en {1} cuota(s))? Los pagos "
                "se aplicarán a sus cuotas."
            ).format(self._money(total), count),
        ):
            self.host.after_reload(
                lambda: agreements.add_agreement(
                    (total, count), tr("Propuesta aceptada del {0}").format(o["made_on"].strftime("%d/%m/%Y"))
                )
            )


def _offer_status(r: dict[str, Any]) -> str:
    return domain_label(OFFER_STATUSES.get(r["status"], r["status"]))


class PaymentsTab(RecordTab):
    """Pagos: payments received and how each was applied (costs → interest → capital)."""

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(
            host,
            [
                Column(tr("Fecha"), _get("date")),
                Column(tr("Valor"), _get("amount"), numeric=True),
                Column(tr("Referencia"), _get("reference")),
                Column(tr("A costas"), _get("to_costs"), numeric=True),
                Column(tr("A intereses"), _get("to_interest"), numeric=True),
                Column(tr("A capital"), _get("to_capital"), numeric=True),
                Column(tr("Registró"), _get("by")),
            ],
            parent=parent,
        )
        self.empty_text = tr("Sin pagos registrados")
        self.add_button = self.add_action(tr("Registrar pago…"), self.add_payment)
        self.reverse_button = self.add_action(tr("Anular pago…"), self.reverse_payment, needs_row=True)
        self.reverse_button.setToolTip(
            tr("Anula un pago registrado por error; los demás se aplican de nuevo y la anulación queda en el historial")
        )

    def show_case(self, case: CaseFile) -> None:
        allowed = self.host.may(Action.RECORD_PAYMENTS)
        self.allow(self.add_button, allowed)
        self.allow(self.reverse_button, allowed)
        self.set_records(case.payments, "payment_id")

    def reverse_payment(self) -> bool:
        """«Anular pago…»: a payment entered by mistake leaves the liquidation, with the reason, audited."""
        from legal_desk.services import payments

        p = self.selected()
        if p is None:
            return False
        what = tr("el pago de {0} del {1}").format(self._money(p["amount"]), p["date"].strftime("%d/%m/%Y"))
        reason, ok = QInputDialog.getText(
            self,
            tr("Anular pago"),
            tr(
                "¿Por qué se anula {0}? (p. ej. valor mal digitado, consignación de otro deudor). Los pagos "
                "posteriores se aplican de nuevo y la anulación queda en el historial."
            ).format(what),
        )
        if not ok or not reason.strip():
            return False
        r = self.host.run_write(payments.reverse_payment, p["payment_id"], reason=reason.strip())
        if r is None:
            return False
        show_info(
            self,
            tr("Se anuló {0}. Total recaudado: {1}.").format(what, format_money(r.recovered, r.currency)),
            tr("Pago anulado"),
        )
        return True

    def add_payment(self) -> None:
        from legal_desk.services import payments

        v = PaymentDialog.ask(self)
        if v is None:
            return
        r = self.host.run_write(payments.add_payment, self.host.case_id, v.date, v.amount, v.reference)
        if r is not None:
            lines = [
                tr("Aplicado a costas: {0}").format(format_money(r.to_costs, r.currency)),
                tr("Aplicado a intereses: {0}").format(format_money(r.to_interest, r.currency)),
                tr("Aplicado a capital: {0}").format(format_money(r.to_capital, r.currency)),
            ]
            if r.surplus:
                lines.append(tr("Excedente: {0}").format(format_money(r.surplus, r.currency)))
            lines.extend(error_text(w) for w in r.warning_texts or r.warnings)
            show_info(self, "\n".join(lines), tr("Pago registrado"))


class TimelineTab(RecordTab):
    """Línea de tiempo: everything that happened to the case, newest first (audit log)."""

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(
            host,
            [
                Column(tr("Fecha"), _get("at")),
                Column(tr("Usuario"), _get("user")),
                Column(tr("Acción"), lambda r: audit_action_label(r["action"])),
                Column(tr("Detalle"), audit_summary),
            ],
            parent=parent,
        )

    def show_case(self, case: CaseFile) -> None:
        # the case's country words some details (an evidence kind abroad has that country's name)
        # and its currency writes the amounts
        self.set_records(
            [{**r, "jurisdiction": case.jurisdiction, "currency": case.currency} for r in self.host.timeline_rows]
        )


__all__ = [
    "AgreementsTab",
    "ContactsTab",
    "DocumentsTab",
    "EmbargoesTab",
    "HearingsTab",
    "NegotiationTab",
    "NoticesTab",
    "PartiesTab",
    "PaymentsTab",
    "TimelineTab",
]
