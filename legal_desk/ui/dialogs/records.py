"""Small record dialogs of the case file (contact, notice, receipt, hearing, embargo, offer, agreement, …).

Each dialog validates its own fields with the domain parsers before closing, and exposes a
classmethod `ask(parent, …)` returning the typed values or None, so callers hold no dialog state.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHeaderView, QLabel, QStyle, QWidget

from legal_desk.domain import messages as M
from legal_desk.domain.dates import DateError, parse_date
from legal_desk.domain.ids import IdError, normalize_radicado
from legal_desk.domain.lifecycle import FILED_STAGES, Stage
from legal_desk.domain.messages import Text, TextError, text_of
from legal_desk.domain.money import AmountError, format_money, parse_amount
from legal_desk.domain.readiness import evidence_kinds
from legal_desk.services.contacts import CHANNELS, OUTCOMES
from legal_desk.services.notices import NOTICE_CHANNELS, NOTICE_KINDS
from legal_desk.services.tracking import ASSET_TYPES, EMBARGO_STATUSES, HEARING_KINDS, HEARING_STATUSES
from legal_desk.ui import theme
from legal_desk.ui.errors import error_text
from legal_desk.ui.forms.ui_agreement_dialog import Ui_AgreementDialog
from legal_desk.ui.forms.ui_contact_dialog import Ui_ContactDialog
from legal_desk.ui.forms.ui_embargo_advance_dialog import Ui_EmbargoAdvanceDialog
from legal_desk.ui.forms.ui_embargo_dialog import Ui_EmbargoDialog
from legal_desk.ui.forms.ui_evidence_kind_dialog import Ui_EvidenceKindDialog
from legal_desk.ui.forms.ui_hearing_dialog import Ui_HearingDialog
from legal_desk.ui.forms.ui_hearing_outcome_dialog import Ui_HearingOutcomeDialog
from legal_desk.ui.forms.ui_notice_dialog import Ui_NoticeDialog
from legal_desk.ui.forms.ui_offer_dialog import Ui_OfferDialog
from legal_desk.ui.forms.ui_payment_dialog import Ui_PaymentDialog
from legal_desk.ui.forms.ui_receipt_dialog import Ui_ReceiptDialog
from legal_desk.ui.forms.ui_stage_move_dialog import Ui_StageMoveDialog
from legal_desk.ui.labels import domain_label
from legal_desk.ui.models.case_models import EditableRowsModel, EditColumn

EMBARGO_NEXT = {
    "requested": ("decreed", "lifted"),
    "decreed": ("registered", "lifted"),
    "registered": ("executed", "lifted"),
    "executed": ("lifted",),
    "lifted": (),
}
ERROR_STYLE = "color:#b91c1c; font-weight:bold;"


def fill_combo(combo: QComboBox, choices: dict[str, str], current: str | None = None) -> None:
    """Labels shown (in the interface language), codes kept as item data."""
    combo.clear()
    for code, label in choices.items():
        combo.addItem(domain_label(label), code)
    if current is not None:
        i = combo.findData(current)
        if i >= 0:
            combo.setCurrentIndex(i)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def pydatetime(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def qdatetime(when: dt.datetime) -> QDateTime:
    return QDateTime(qdate(when.date()), QTime(when.hour, when.minute))


class FieldError(TextError, ValueError):
    """A field of a dialog that cannot be read; the message is a catalogue `Text` naming the field."""


def parse_money_field(text: str, name: str, *, required: bool = True) -> Decimal | None:
    """A money field read with the domain parser; a `FieldError` naming the field (`name`, already in the
    interface language) says what is wrong, worded by `error_text`."""
    if not text.strip():
        if required:
            raise FieldError(Text(M.FIELD, field=name, error=Text(M.ROW_REQUIRED)))
        return None
    try:
        value = parse_amount(text)
    except AmountError as exc:
        raise FieldError(Text(M.FIELD, field=name, error=text_of(exc))) from None
    if value <= 0:
        raise FieldError(Text(M.FIELD, field=name, error=Text(M.AMOUNT_NOT_POSITIVE)))
    return value


class _RecordDialog(QDialog):
    """Base: shows a validation message in the form's error label instead of closing."""

    errorLabel: QLabel

    def _fail(self, message: str) -> None:
        self.errorLabel.setStyleSheet(theme.adapted(ERROR_STYLE))
        self.errorLabel.setText(message)

    def _add_radicado_error_row(self) -> None:
        """A hidden row under the radicado field for what is wrong with it (the stage and case-edit dialogs)."""
        label = QLabel(self)
        label.setObjectName("radicadoError")
        label.setWordWrap(True)
        label.setStyleSheet(theme.adapted(ERROR_STYLE))
        self.radicadoError = label
        edit, form = getattr(self, "radicadoEdit"), getattr(self, "formLayout")  # noqa: B009 - set by the .ui
        row, _role = form.getWidgetPosition(edit)
        form.insertRow(row + 1, "", label)
        form.setRowVisible(label, False)
        self._radicado_failed = False
        edit.textEdited.connect(lambda _text: self._show_radicado_error(""))

    def _show_radicado_error(self, message: str) -> None:
        """Show (or clear, with "") the radicado's problem under its field (the stage and case-edit dialogs)."""
        label, form = getattr(self, "radicadoError"), getattr(self, "formLayout")  # noqa: B009 - set by the .ui
        label.setText(message)
        form.setRowVisible(label, bool(message))
        if message:  # grow to show the whole message (a wrapped label is not cut)
            self.layout().activate()
            width = self.width()
            self.resize(width, max(self.height(), self.layout().totalHeightForWidth(width)))

    def _collect(self) -> Any:
        """Typed values, or raise ValueError with what to fix (each dialog defines it)."""
        raise TypeError(f"{type(self).__name__} debe definir _collect()")

    def accept(self) -> None:
        try:
            self.result_values = self._collect()
        except ValueError as exc:
            self._fail(error_text(exc))
            return
        super().accept()


# ------------------------------------------------------------------ contacts and notices


@dataclass(frozen=True)
class ContactValues:
    at: dt.datetime
    channel: str
    direction: str
    outcome: str
    notes: str | None


class ContactDialog(_RecordDialog, Ui_ContactDialog):
    """Log a contact attempt; the channels the debtor authorised are shown (Ley 2300)."""

    def __init__(self, parent: QWidget | None, authorised: str | None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        fill_combo(self.channelCombo, CHANNELS)
        fill_combo(self.directionCombo, {"out": self.tr("Saliente"), "in": self.tr("Entrante")})
        fill_combo(self.outcomeCombo, OUTCOMES)
        self.atEdit.setDateTime(QDateTime.currentDateTime())
        self.authorisedLabel.setText(
            ", ".join(
                domain_label(CHANNELS.get(c.strip(), c.strip())) for c in (authorised or "").split(",") if c.strip()
            )
            or self.tr("No registrados: solo se revisan horario y frecuencia")
        )

    def _collect(self) -> ContactValues:
        outcome = self.outcomeCombo.currentText().strip()
        if not outcome:
            raise ValueError(self.tr("Resultado: indique qué pasó en la gestión"))
        listed = self.outcomeCombo.findText(outcome)
        if listed >= 0:  # a listed outcome is kept as its code, whatever language the interface shows
            outcome = self.outcomeCombo.itemData(listed)
        return ContactValues(
            pydatetime(self.atEdit.dateTime()),
            self.channelCombo.currentData(),
            self.directionCombo.currentData(),
            outcome,
            self.notesEdit.toPlainText().strip() or None,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, authorised: str | None = None) -> ContactValues | None:
        dlg = cls(parent, authorised)
        return dlg.result_values if dlg.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class NoticeValues:
    kind: str
    channel: str
    sent: dt.date
    carrier: str | None
    tracking: str | None
    recipient: str | None
    notes: str | None


class NoticeDialog(_RecordDialog, Ui_NoticeDialog):
    """Register a notice sent (the proof of receipt comes later)."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        fill_combo(self.kindCombo, NOTICE_KINDS)
        fill_combo(self.channelCombo, NOTICE_CHANNELS)
        self.sentEdit.setDate(QDate.currentDate())

    def _collect(self) -> NoticeValues:
        channel = self.channelCombo.currentData()
        carrier = self.carrierEdit.text().strip() or None
        tracking = self.trackingEdit.text().strip() or None
        if channel == "mail" and not (carrier and tracking):
            raise ValueError(self.tr("Correo certificado: indique la empresa de mensajería y el número de guía"))
        return NoticeValues(
            self.kindCombo.currentData(),
            channel,
            pydate(self.sentEdit.date()),
            carrier,
            tracking,
            self.recipientEdit.text().strip() or None,
            self.notesEdit.toPlainText().strip() or None,
        )

    @classmethod
    def ask(cls, parent: QWidget | None) -> NoticeValues | None:
        dlg = cls(parent)
        return dlg.result_values if dlg.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class ReceiptValues:
    delivered: dt.date | None
    returned: dt.date | None
    proof: Path | None
    return_reason: str | None


class ReceiptDialog(_RecordDialog, Ui_ReceiptDialog):
    """Attach the proof of receipt of a notice, or record that it came back (and why)."""

    def __init__(self, parent: QWidget | None, notice_text: str, sent: dt.date) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self._sent = sent
        self.noticeLabel.setText(notice_text)
        fill_combo(self.resultCombo, {"delivered": self.tr("Entregada"), "returned": self.tr("Devuelta")})
        self.dateEdit.setMaximumDate(QDate.currentDate())  # a delivery or a return already happened
        self.dateEdit.setDate(QDate.currentDate())
        self.browseButton.clicked.connect(self._on_browse_clicked)
        self.resultCombo.currentIndexChanged.connect(lambda _i: self._on_result_changed())
        self.setMinimumWidth(460)
        self._on_result_changed()

    def returned(self) -> bool:
        """Whether the notice is being recorded as returned (not delivered)."""
        return self.resultCombo.currentData() == "returned"

    def _on_result_changed(self) -> None:
        """The return reason only exists for a returned notice; the date and proof say what they are for."""
        returned = self.returned()
        self.formLayout.setRowVisible(self.returnReasonEdit, returned)
        self.returnReasonEdit.setEnabled(returned)
        if returned:
            self.dateEditLabel.setText(self.tr("&Fecha de devolución:"))
            self.proofEditLabel.setText(self.tr("&Soporte (opcional):"))
            self.proofEdit.setPlaceholderText(self.tr("guía devuelta o certificado de la mensajería"))
        else:
            self.dateEditLabel.setText(self.tr("&Fecha de entrega:"))
            self.proofEditLabel.setText(self.tr("&Constancia de entrega:"))
            self.proofEdit.setPlaceholderText(self.tr("certificado de entrega, acuse de recibo o .eml"))
        self.errorLabel.clear()
        self.adjustSize()

    def _fail(self, message: str) -> None:
        super()._fail(message)
        self.adjustSize()  # the wrapped message gets the height it needs instead of being cut

    def _on_browse_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Constancia de entrega"),
            "",
            self.tr("Constancias (*.pdf *.eml *.png *.jpg *.jpeg);;Todos (*)"),
        )
        if name:
            self.proofEdit.setText(name)

    def _collect(self) -> ReceiptValues:
        day = pydate(self.dateEdit.date())
        proof = Path(self.proofEdit.text().strip()) if self.proofEdit.text().strip() else None
        if proof is not None and not proof.is_file():
            raise ValueError(self.tr("Constancia: el archivo {0} no existe").format(proof))
        if not self.returned():
            if day < self._sent:
                raise ValueError(self.tr("Fecha: la entrega no puede ser anterior al envío"))
            if proof is None:
                raise ValueError(self.tr("Constancia: adjunte el certificado, el acuse de recibo o el .eml"))
            return ReceiptValues(day, None, proof, None)
        if day < self._sent:
            raise ValueError(
                self.tr("Fecha de devolución: no puede ser anterior al envío ({0})").format(f"{self._sent:%d/%m/%Y}")
            )
        reason = self.returnReasonEdit.text().strip()
        if not reason:
            self.returnReasonEdit.setFocus()
            raise ValueError(
                self.tr(
                    "Motivo de devolución: indique por qué volvió la comunicación "
                    "(p. ej. dirección errada, destinatario desconocido, rehusada)"
                )
            )
        return ReceiptValues(None, day, proof, reason)

    @classmethod
    def ask(cls, parent: QWidget | None, notice_text: str, sent: dt.date) -> ReceiptValues | None:
        dlg = cls(parent, notice_text, sent)
        return dlg.result_values if dlg.exec() == QDialog.DialogCode.Accepted else None


# ------------------------------------------------------------------ hearings and embargoes


@dataclass(frozen=True)
class HearingValues:
    kind: str
    at: dt.datetime
    place: str | None
    link: str | None


class HearingDialog(_RecordDialog, Ui_HearingDialog):
    """Record a hearing the court set."""

    def __init__(self, parent: QWidget | None, typed: HearingValues | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        fill_combo(self.kindCombo, HEARING_KINDS, typed.kind if typed else None)
        self.atEdit.setDateTime(
            qdatetime(typed.at) if typed else QDateTime(QDate.currentDate().addDays(7), QTime(9, 0))
        )
        if typed is not None:  # reopened after the user declined the warnings: as it was typed
            self.placeEdit.setText(typed.place or "")
            self.linkEdit.setText(typed.link or "")
            self.atEdit.setFocus()

    def _collect(self) -> HearingValues:
        place = self.placeEdit.text().strip() or None
        link = self.linkEdit.text().strip() or None
        if not (place or link):
            raise ValueError(self.tr("Lugar o enlace: indique dónde se hace la audiencia"))
        return HearingValues(self.kindCombo.currentData(), pydatetime(self.atEdit.dateTime()), place, link)

    @classmethod
    def ask(cls, parent: QWidget | None, typed: HearingValues | None = None) -> HearingValues | None:
        dlg = cls(parent, typed)
        return dlg.result_values if dlg.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class HearingOutcomeValues:
    status: str
    outcome: str
    new_at: dt.datetime | None


class HearingOutcomeDialog(_RecordDialog, Ui_HearingOutcomeDialog):
    """Held, postponed (with its new date) or cancelled."""

    def __init__(self, parent: QWidget | None, at: dt.datetime, typed: HearingOutcomeValues | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        statuses = {k: v for k, v in HEARING_STATUSES.items() if k != "scheduled"}
        fill_combo(self.statusCombo, statuses, typed.status if typed else None)
        self.newAtEdit.setDateTime(qdatetime(typed.new_at if typed and typed.new_at else at))
        if typed is not None:  # reopened after the user declined the warnings of the new date
            self.outcomeEdit.setPlainText(typed.outcome)
        self.statusCombo.currentIndexChanged.connect(self._on_status_changed)
        self._on_status_changed()

    def _on_status_changed(self) -> None:
        self.formLayout.setRowVisible(self.newAtEdit, self.statusCombo.currentData() == "postponed")

    def _collect(self) -> HearingOutcomeValues:
        status = self.statusCombo.currentData()
        new_at = pydatetime(self.newAtEdit.dateTime()) if status == "postponed" else None
        return HearingOutcomeValues(status, self.outcomeEdit.toPlainText().strip(), new_at)

    @classmethod
    def ask(
        cls, parent: QWidget | None, at: dt.datetime, typed: HearingOutcomeValues | None = None
    ) -> HearingOutcomeValues | None:
        dlg = cls(parent, at, typed)
        return dlg.result_values if dlg.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class EmbargoValues:
    asset_type: str
    description: str
    registrar: str | None
    cap: Decimal | None
    requested_on: dt.date


class EmbargoDialog(_RecordDialog, Ui_EmbargoDialog):
    """Request a precautionary measure (*embargo y secuestro*)."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        fill_combo(self.assetCombo, ASSET_TYPES)
        self.requestedEdit.setDate(QDate.currentDate())
        self.requestedEdit.setMaximumDate(QDate.currentDate())  # a measure is recorded once requested

    def _collect(self) -> EmbargoValues:
        description = self.descriptionEdit.text().strip()
        if not description:
            raise ValueError(self.tr("Descripción: identifique el bien (cuenta, placa, matrícula…)"))
        cap = parse_money_field(self.capEdit.text(), self.tr("Límite de la medida"), required=False)
        return EmbargoValues(
            self.assetCombo.currentData(),
            description,
            self.registrarEdit.text().strip() or None,
            cap,
            pydate(self.requestedEdit.date()),
        )

    @classmethod
    def ask(cls, parent: QWidget | None) -> EmbargoValues | None:
        dlg = cls(parent)
        return dlg.result_values if dlg.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class EmbargoAdvanceValues:
    status: str
    on: dt.date
    oficio_number: str | None
    notes: str | None


class EmbargoAdvanceDialog(_RecordDialog, Ui_EmbargoAdvanceDialog):
    """Advance a measure: requested → decreed → registered → executed, or lifted."""

    def __init__(self, parent: QWidget | None, current: str, description: str) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.currentLabel.setText(
            self.tr("{0} — estado actual: {1}").format(
                description, domain_label(EMBARGO_STATUSES.get(current, current))
            )
        )
        fill_combo(self.statusCombo, {s: EMBARGO_STATUSES[s] for s in EMBARGO_NEXT.get(current, ())})
        self.dateEdit.setDate(QDate.currentDate())
        self.dateEdit.setMaximumDate(QDate.currentDate())  # decreed, registered or lifted: already happened

    def _collect(self) -> EmbargoAdvanceValues:
        if self.statusCombo.count() == 0:
            raise ValueError(self.tr("La medida ya está levantada; no admite más cambios"))
        return EmbargoAdvanceValues(
            self.statusCombo.currentData(),
            pydate(self.dateEdit.date()),
            self.oficioEdit.text().strip() or None,
            self.notesEdit.toPlainText().strip() or None,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, current: str, description: str) -> EmbargoAdvanceValues | None:
        dlg = cls(parent, current, description)
        return dlg.result_values if dlg.exec() == QDialog.DialogCode.Accepted else None


# ------------------------------------------------------------------ negotiation, agreements, payments


@dataclass(frozen=True)
class OfferValues:
    party: str
    amount: Decimal
    instalments: int
    made_on: dt.date
    expires_on: dt.date | None
    notes: str | None


class OfferDialog(_RecordDialog, Ui_OfferDialog):
    """An offer, or a counter-offer answering an open one."""

    def __init__(self, parent: QWidget | None, answering: str | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.parentLabel.setText(answering or self.tr("Nueva propuesta de arreglo"))
        fill_combo(self.partyCombo, {"debtor": self.tr("Deudor"), "creditor": self.tr("Acreedor")})
        self.madeEdit.setDate(QDate.currentDate())
        self.expiresEdit.setDate(QDate.currentDate().addDays(15))
        self.expiresCheck.setChecked(True)
        self.expiresCheck.toggled.connect(self.expiresEdit.setEnabled)

    def _collect(self) -> OfferValues:
        amount = parse_money_field(self.amountEdit.text(), self.tr("Valor"))
        assert amount is not None
        made = pydate(self.madeEdit.date())
        expires = pydate(self.expiresEdit.date()) if self.expiresCheck.isChecked() else None
        if expires is not None and expires < made:
            raise ValueError(self.tr("Vence el: la propuesta no puede vencer antes de hacerse"))
        return OfferValues(
            self.partyCombo.currentData(),
            amount,
            self.instalmentsSpin.value(),
            made,
            expires,
            self.notesEdit.toPlainText().strip() or None,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, answering: str | None = None) -> OfferValues | None:
        dlg = cls(parent, answering)
        return dlg.result_values if dlg.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class AgreementValues:
    signed_on: dt.date
    instalments: list[tuple[dt.date, Decimal]]
    notes: str | None


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day `months` later, clamped to the month's last day (31 Jan + 1 → 28/29 Feb)."""
    from dateutil.relativedelta import relativedelta

    return day + relativedelta(months=months)


class AgreementDialog(_RecordDialog, Ui_AgreementDialog):
    """A signed payment agreement and its instalment plan (editable table), in the case's currency."""

    def __init__(
        self,
        parent: QWidget | None,
        currency: str = "COP",
        plan: tuple[Decimal, int] | None = None,
        notes: str | None = None,
    ) -> None:
        """`plan`: the total and number of instalments of an accepted offer, to start the plan from."""
        super().__init__(parent)
        self.setupUi(self)
        self.currency = currency
        self.amountEdit.setPlaceholderText(format_money(Decimal(0), currency, with_code=True))
        self.plan = EditableRowsModel(
            [EditColumn("due", self.tr("Vence (dd/mm/aaaa)")), EditColumn("amount", self.tr("Valor"))], self
        )
        self.instalmentsView.setModel(self.plan)
        self.instalmentsView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.instalmentsView.setMinimumHeight(140)
        today = QDate.currentDate()
        self.signedEdit.setDate(today)
        self.firstDueEdit.setDate(today.addMonths(1))
        self.planButton.clicked.connect(self._on_plan_clicked)
        self.addButton.clicked.connect(lambda: self.plan.add_row())
        self.removeButton.clicked.connect(self._on_remove_clicked)
        if plan is not None:  # the terms of an offer just accepted: its total in so many monthly instalments
            total, count = plan
            count = max(count, 1)
            each = (total / count).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
            self.amountEdit.setText(format_money(each, currency, with_code=True))
            self.countSpin.setValue(count)
            first = pydate(self.firstDueEdit.date())
            for i in range(count):  # the cents a division leaves go in the last one: the plan adds up to the total
                amount = each if i < count - 1 else total - each * (count - 1)
                due = add_months(first, i).strftime("%d/%m/%Y")
                self.plan.add_row({"due": due, "amount": format_money(amount, currency, with_code=True)})
        if notes:
            self.notesEdit.setPlainText(notes)

    def _on_plan_clicked(self) -> None:
        try:
            amount = parse_money_field(self.amountEdit.text(), self.tr("Valor de cada cuota"))
        except ValueError as exc:
            self._fail(error_text(exc))
            return
        assert amount is not None
        while self.plan.rowCount():
            self.plan.remove_row(0)
        first = pydate(self.firstDueEdit.date())
        for i in range(self.countSpin.value()):
            due = add_months(first, i).strftime("%d/%m/%Y")
            self.plan.add_row({"due": due, "amount": format_money(amount, self.currency, with_code=True)})
        self.errorLabel.clear()

    def _on_remove_clicked(self) -> None:
        index = self.instalmentsView.currentIndex()
        self.plan.remove_row(index.row() if index.isValid() else self.plan.rowCount() - 1)

    def _collect(self) -> AgreementValues:
        signed = pydate(self.signedEdit.date())
        plan: list[tuple[dt.date, Decimal]] = []
        for n, row in enumerate(self.plan.rows(), 1):
            try:
                due = parse_date(row["due"])
            except DateError as exc:
                raise ValueError(self.tr("Cuota {0}, fecha: {1}").format(n, exc)) from None
            amount = parse_money_field(row["amount"], self.tr("Cuota {0}, valor").format(n))
            assert amount is not None
            if due < signed:
                raise ValueError(self.tr("Cuota {0}: no puede vencer antes de la firma").format(n))
            plan.append((due, amount))
        if not plan:
            raise ValueError(self.tr("Cuotas: genere el plan o agregue al menos una cuota"))
        return AgreementValues(signed, plan, self.notesEdit.toPlainText().strip() or None)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        currency: str = "COP",
        plan: tuple[Decimal, int] | None = None,
        notes: str | None = None,
    ) -> AgreementValues | None:
        dlg = cls(parent, currency, plan, notes)
        return dlg.result_values if dlg.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class PaymentValues:
    date: dt.date
    amount: Decimal
    reference: str | None


class PaymentDialog(_RecordDialog, Ui_PaymentDialog):
    """A payment received (*abono*)."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.dateEdit.setDate(QDate.currentDate())

    def _collect(self) -> PaymentValues:
        amount = parse_money_field(self.amountEdit.text(), self.tr("Valor"))
        assert amount is not None
        return PaymentValues(pydate(self.dateEdit.date()), amount, self.referenceEdit.text().strip() or None)

    @classmethod
    def ask(cls, parent: QWidget | None) -> PaymentValues | None:
        dlg = cls(parent)
        return dlg.result_values if dlg.exec() == QDialog.DialogCode.Accepted else None


# ------------------------------------------------------------------ stage moves and evidence kinds

REASON_REQUIRED = frozenset({Stage.RETURNED_TO_COLLECTIONS, Stage.CLOSED_WRITTEN_OFF, Stage.REJECTED})


#: Stage moves that are a court event starting terms (DOMAIN.md §4): the dialog asks its date and the
#: case file records the event, so the terms appear without a trip to «Términos y tasas».
STAGE_EVENTS: dict[Stage, str] = {
    Stage.DEBTOR_SERVED: "DEBTOR_SERVED",  # arts. 431, 442: 5 days to pay, 10 to propose defences
    Stage.CORRECTION_PENDING: "INADMISSION",  # art. 90: 5 days to correct the lawsuit
}


@dataclass(frozen=True)
class StageMoveValues:
    reason: str
    radicado: str | None
    court: str | None
    filed_on: dt.date | None
    event_on: dt.date | None = None  # the date of the court event of STAGE_EVENTS, which starts its terms


class StageMoveDialog(_RecordDialog, Ui_StageMoveDialog):
    """Confirm a stage change: the reason, and radicado + court when filing."""

    def __init__(
        self,
        parent: QWidget | None,
        current_label: str,
        target: Stage,
        target_label: str,
        radicado: str | None = None,
        court: str | None = None,
        current: Stage | None = None,
        warning: str | None = None,
        jurisdiction: str | None = "CO",
    ) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.target = target
        self.jurisdiction = jurisdiction
        # what is wrong with the radicado, right under the field (the dialog stays open to correct it)
        self._add_radicado_error_row()
        self.radicadoEdit.setText(radicado or "")  # back to «radicada» after a correction: the same number
        self.courtEdit.setText(court or "")
        self.correcting = target is Stage.FILED and current is Stage.CORRECTION_PENDING
        self.infoLabel.setText(self.tr("Pasar el expediente de «{0}» a «{1}».").format(current_label, target_label))
        filing = target is Stage.FILED
        for w in (self.radicadoEdit, self.courtEdit):
            self.formLayout.setRowVisible(w, filing)
        self.event = STAGE_EVENTS.get(target)
        self.formLayout.setRowVisible(self.filedEdit, filing or self.event is not None)
        self.filedEdit.setDate(QDate.currentDate())
        if self.event is not None:
            self.filedEdit.setMaximumDate(QDate.currentDate())  # the court event already happened
            if self.event == "DEBTOR_SERVED":
                self.filedEditLabel.setText(self.tr("&Notificado el:"))
                terms = self.tr("Se contarán los términos para pagar (5 días) y para proponer excepciones (10 días).")
            else:
                self.filedEditLabel.setText(self.tr("&Auto inadmisorio notificado el:"))
                terms = self.tr("Se contará el término de 5 días para subsanar la demanda (art. 90).")
            self.infoLabel.setText(self.infoLabel.text() + "\n" + terms)
        self.reasonLabel_required = target in REASON_REQUIRED
        if self.reasonLabel_required:
            self.reasonEditLabel.setText(self.tr("&Motivo (obligatorio):"))
        if self.correcting:
            self.filedEditLabel.setText(self.tr("&Subsanada el:"))  # the filing date itself does not change
        if warning:  # e.g. closing as paid with a balance still due: said before, not refused
            self.infoLabel.setText(self.infoLabel.text() + "\n\n⚠ " + warning)
        self.setWindowTitle(self.tr("Cambiar etapa: {0}").format(target_label))

    def _fail(self, message: str) -> None:
        if self._radicado_failed:  # said beside the field, which gets the focus to be corrected
            self._radicado_failed = False
            self.errorLabel.clear()
            self._show_radicado_error(message)
            self.radicadoEdit.setFocus()
            self.radicadoEdit.selectAll()
            return
        self._show_radicado_error("")
        super()._fail(message)

    def _collect(self) -> StageMoveValues:
        reason = self.reasonEdit.toPlainText().strip()
        if self.reasonLabel_required and not reason:
            raise ValueError(self.tr("Motivo: indíquelo para pasar a esta etapa"))
        if self.target is Stage.FILED:
            radicado = self.radicadoEdit.text().strip()
            if not radicado:
                self._radicado_failed = True
                raise ValueError(self.tr("Radicado: indique el número que asignó el juzgado o la oficina de reparto"))
            try:  # the service's own rule (23 digits in Colombia), before the dialog closes
                radicado = normalize_radicado(radicado, self.jurisdiction)
            except IdError:
                self._radicado_failed = True
                raise
            return StageMoveValues(
                reason, radicado, self.courtEdit.text().strip() or None, pydate(self.filedEdit.date())
            )
        if self.event is not None:
            return StageMoveValues(reason, None, None, None, pydate(self.filedEdit.date()))
        return StageMoveValues(reason, None, None, None)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        current_label: str,
        target: Stage,
        target_label: str,
        radicado: str | None = None,
        court: str | None = None,
        current: Stage | None = None,
        warning: str | None = None,
        jurisdiction: str | None = "CO",
    ) -> StageMoveValues | None:
        dlg = cls(parent, current_label, target, target_label, radicado, court, current, warning, jurisdiction)
        return dlg.result_values if dlg.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class EvidenceKindValues:
    kind: str
    date: dt.date | None
    description: str | None


#: How many characters the evidence-kind box shows before eliding (the open list shows every name whole).
EVIDENCE_KIND_CHARS = 34


def fit_long_items(combo: QComboBox, chars: int) -> None:
    """A combo box as wide as `chars` characters, not as its longest item: the dialog grew to 700–750 px with
    the Argentine, Mexican and Spanish evidence names. The open list is as wide as the longest name, and the
    chosen one is in the tooltip when it is elided."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    fm = combo.fontMetrics()
    widest = max((fm.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    combo.view().setMinimumWidth(
        widest + 2 * fm.horizontalAdvance("M") + combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    )
    for i in range(combo.count()):
        combo.setItemData(i, combo.itemText(i), Qt.ItemDataRole.ToolTipRole)

    def tip(index: int) -> None:
        combo.setToolTip(combo.itemText(index) if index >= 0 else "")

    combo.currentIndexChanged.connect(tip)
    tip(combo.currentIndex())


class EvidenceKindDialog(QDialog, Ui_EvidenceKindDialog):
    """Pick the kind of the files being added (EVIDENCE_KINDS, named as the case's country names them)."""

    def __init__(self, parent: QWidget | None, filenames: list[str], jurisdiction: str | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        shown = ", ".join(filenames[:5]) + (
            self.tr(" y {0} más").format(len(filenames) - 5) if len(filenames) > 5 else ""
        )
        self.filesLabel.setText(self.tr("Archivos: {0}").format(shown))
        fill_combo(self.kindCombo, evidence_kinds(jurisdiction), "other")
        fit_long_items(self.kindCombo, EVIDENCE_KIND_CHARS)
        self.dateEdit.setDate(QDate.currentDate())
        self.dateEdit.setEnabled(False)
        self.dateCheck.toggled.connect(self._on_date_toggled)

    def _on_date_toggled(self, checked: bool) -> None:
        """The date is typed once the box is ticked: the cursor goes there (the box sits below the date)."""
        self.dateEdit.setEnabled(checked)
        if checked:
            self.dateEdit.setFocus()

    def values(self) -> EvidenceKindValues:
        return EvidenceKindValues(
            self.kindCombo.currentData(),
            pydate(self.dateEdit.date()) if self.dateCheck.isChecked() else None,
            self.descriptionEdit.text().strip() or None,
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, filenames: list[str], jurisdiction: str | None = None
    ) -> EvidenceKindValues | None:
        dlg = cls(parent, filenames, jurisdiction)
        return dlg.values() if dlg.exec() == QDialog.DialogCode.Accepted else None


def is_filed(stage: str) -> bool:
    """Whether a stage counts as filed (collections may no longer edit)."""
    try:
        return Stage(stage) in FILED_STAGES
    except ValueError:
        return False
