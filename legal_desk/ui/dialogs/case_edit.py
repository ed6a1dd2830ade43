"""Dialogs that complete and correct a case file: a party's data and the case header (UI dialogs).

Like `records.py`, each dialog validates with the domain parsers before closing, shows what to fix
in its error label, and exposes a classmethod `ask(parent, …)` returning typed values or None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QDialog, QLineEdit, QPlainTextEdit, QWidget

from legal_desk.domain.ids import (
    CREDITOR_ID_TYPE,
    ID_TYPE_LABELS,
    ID_TYPES_BY_JURISDICTION,
    IdError,
    normalize_id,
    normalize_radicado,
)
from legal_desk.domain.interest import MAX_ANNUAL_RATE, NOMINAL, rate_convention
from legal_desk.domain.money import AmountError, format_money, parse_amount
from legal_desk.services.cases import CaseFile, CaseUpdate, CreditorUpdate, PartyInfo, PartyInput, PartyUpdate
from legal_desk.services.contacts import CHANNELS
from legal_desk.services.users import UserInfo
from legal_desk.ui.dialogs.records import _RecordDialog, fill_combo
from legal_desk.ui.errors import error_text
from legal_desk.ui.forms.ui_case_edit_dialog import Ui_CaseEditDialog
from legal_desk.ui.forms.ui_creditor_dialog import Ui_CreditorDialog
from legal_desk.ui.forms.ui_party_dialog import Ui_PartyDialog
from legal_desk.ui.labels import PARTY_ROLES, domain_label

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
#: Highest agreed moratory rate the services accept (% effective annual).
MAX_RATE = MAX_ANNUAL_RATE


class FieldError(ValueError):
    """A validation message tied to the widget that holds the wrong value (focused on failure)."""

    def __init__(self, message: str, widget: QWidget) -> None:
        super().__init__(message)
        self.widget = widget


class _FocusingDialog(_RecordDialog):
    """Shows the message inline and puts the cursor on the field to fix."""

    def accept(self) -> None:
        try:
            self.result_values = self._collect()
        except FieldError as exc:
            self._fail(error_text(exc))
            exc.widget.setFocus()
            return
        except ValueError as exc:
            self._fail(error_text(exc))
            return
        QDialog.accept(self)


# ------------------------------------------------------------------ parties


@dataclass(frozen=True)
class PartyValues:
    """Every field of the party form, cleaned (empty text as "")."""

    role: str
    name: str
    id_type: str
    id_number: str
    address: str
    city: str
    email: str
    email_source: str
    phone: str
    authorised_channels: str

    def as_input(self) -> PartyInput:
        """A new party for `cases.add_party` (empty fields as None)."""
        return PartyInput(
            self.name,
            self.id_type,
            self.id_number,
            role=self.role,
            address=self.address or None,
            city=self.city or None,
            email=self.email or None,
            email_source=self.email_source or None,
            phone=self.phone or None,
            authorised_channels=self.authorised_channels or None,
        )

    def changes_from(self, party: PartyInfo) -> PartyUpdate:
        """Only what differs from the party as displayed ("" clears a field) for `cases.update_party`."""
        changed: dict[str, str] = {}
        for f in fields(PartyUpdate):
            new = getattr(self, f.name)
            if new != (getattr(party, f.name) or ""):
                changed[f.name] = new
        return PartyUpdate(**changed)


class PartyDialog(_FocusingDialog, Ui_PartyDialog):
    """Complete or correct a debtor/co-debtor, or add a co-debtor (*codeudor / avalista*).

    The documents offered and the rules that check the number are those of the case's `jurisdiction`
    (a DNI is Argentine in an Argentine case, Spanish in a Spanish one).
    """

    def __init__(
        self,
        parent: QWidget | None,
        party: PartyInfo | None = None,
        role: str = "codebtor",
        jurisdiction: str = "CO",
    ) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.party = party
        self.jurisdiction = jurisdiction
        offered = ID_TYPES_BY_JURISDICTION.get(jurisdiction, tuple(ID_TYPE_LABELS))
        id_types = {code: f"{code} — {domain_label(ID_TYPE_LABELS[code])}" for code in offered}
        fill_combo(self.idTypeCombo, id_types, offered[0])
        # the role names the Parties table shows (a guarantor handed over on the «Codeudores» page is
        # «Avalista / codeudor» there and «codeudor» in the documents, not a bare «Avalista»)
        fill_combo(self.roleCombo, {k: domain_label(PARTY_ROLES[k]) for k in ("codebtor", "guarantor")}, role)
        self.channel_boxes: dict[str, QCheckBox] = {}
        for code, label in CHANNELS.items():
            box = self.findChild(QCheckBox, f"channel_{code}")
            assert box is not None, code
            box.setText(self.tr(label))  # the .ui carries the same Spanish labels, so they are translated
            self.channel_boxes[code] = box
        adding = party is None
        self.roleCombo.setVisible(adding)
        self.roleComboLabel.setVisible(adding)
        if adding:
            self.setWindowTitle(self.tr("Agregar codeudor"))
            return
        assert party is not None
        role_label = self.tr("deudor") if party.role == "debtor" else self.tr("codeudor")
        self.setWindowTitle(self.tr("Datos del {0}: {1}").format(role_label, party.name))
        i = self.idTypeCombo.findData(party.id_type)
        if i < 0:
            self.idTypeCombo.addItem(party.id_type, party.id_type)
            i = self.idTypeCombo.count() - 1
        self.idTypeCombo.setCurrentIndex(i)
        for edit, value in (
            (self.nameEdit, party.name),
            (self.idNumberEdit, party.id_number),
            (self.addressEdit, party.address),
            (self.cityEdit, party.city),
            (self.emailEdit, party.email),
            (self.emailSourceEdit, party.email_source),
            (self.phoneEdit, party.phone),
        ):
            edit.setText(value or "")
        chosen = {c.strip() for c in (party.authorised_channels or "").split(",")}
        for code, box in self.channel_boxes.items():
            box.setChecked(code in chosen)

    def _collect(self) -> PartyValues:
        name = " ".join(self.nameEdit.text().split())
        if not name:
            raise FieldError(self.tr("Nombre: es obligatorio"), self.nameEdit)
        id_type = str(self.idTypeCombo.currentData())
        try:
            id_number = normalize_id(id_type, self.idNumberEdit.text(), self.jurisdiction)
        except IdError as exc:
            raise FieldError(self.tr("Documento: {0}").format(error_text(exc)), self.idNumberEdit) from None
        email = self.emailEdit.text().strip()
        if email and not EMAIL_RE.match(email):
            raise FieldError(self.tr("Correo: «{0}» no es una dirección válida").format(email), self.emailEdit)
        email_source = self.emailSourceEdit.text().strip()
        if email and not email_source:
            raise FieldError(
                self.tr("Origen del correo: indique de dónde se obtuvo (lo exige la notificación electrónica)"),
                self.emailSourceEdit,
            )
        channels = ",".join(code for code, box in self.channel_boxes.items() if box.isChecked())
        role = self.party.role if self.party is not None else str(self.roleCombo.currentData())
        return PartyValues(
            role,
            name,
            id_type,
            id_number,
            self.addressEdit.text().strip(),
            self.cityEdit.text().strip(),
            email,
            email_source,
            self.phoneEdit.text().strip(),
            channels,
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, party: PartyInfo | None = None, jurisdiction: str = "CO"
    ) -> PartyValues | None:
        """The edited party (or a new co-debtor when `party` is None), or None if cancelled."""
        dlg = cls(parent, party, jurisdiction=jurisdiction)
        return dlg.result_values if dlg.exec() == QDialog.DialogCode.Accepted else None


# ------------------------------------------------------------------ creditor

#: How the creditor's tax ID is written outside Colombia (the form's own hint is the NIT's).
_TAX_ID_EXAMPLES = {"CUIT": "30-50001091-2", "RFC": "BNM840515VB1", "NIF": "A12345674"}
#: Its label there, with an Alt+letter no other label of the form claims in Spanish or English.
_TAX_ID_LABELS = {"CUIT": "C&UIT:", "RFC": "R&FC:", "NIF": "NI&F:"}

_CREDITOR_EDITS = (
    ("name", "nameEdit"),
    ("id_number", "idNumberEdit"),
    ("address", "addressEdit"),
    ("city", "cityEdit"),
    ("email", "emailEdit"),
    ("representative", "representativeEdit"),
    ("representative_id", "representativeIdEdit"),
)


class CreditorDialog(_FocusingDialog, Ui_CreditorDialog):
    """Complete the creditor's data the poder and the demanda cite (address, city, legal representative).

    Its tax ID is the one of the case's `jurisdiction`: NIT in Colombia, CUIT, RFC or NIF elsewhere.
    """

    def __init__(self, parent: QWidget | None, client: dict[str, str | None] | None, jurisdiction: str = "CO") -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.client = client or {}
        self.jurisdiction = jurisdiction
        self.tax_id = CREDITOR_ID_TYPE.get(jurisdiction, "NIT")
        if self.tax_id != "NIT":
            self.idNumberEditLabel.setText(_TAX_ID_LABELS[self.tax_id])
            self.idNumberEdit.setPlaceholderText(_TAX_ID_EXAMPLES[self.tax_id])
        # the representative is identified by that country's personal document, not a Colombian cédula
        # (the same Alt letter as the form's «Cédula del re&presentante»)
        representative_id = {
            "AR": self.tr("DNI del re&presentante:"),
            "MX": self.tr("CURP o RFC del re&presentante:"),
            "ES": self.tr("DNI o NIE del re&presentante:"),
        }.get(jurisdiction)
        if representative_id:
            self.representativeIdEditLabel.setText(representative_id)
        for key, name in _CREDITOR_EDITS:
            edit = getattr(self, name)
            assert isinstance(edit, QLineEdit)
            value = self.client.get(key) or ""
            edit.setText("" if key == "id_number" and value.startswith("sin-nit:") else value)

    def _collect(self) -> CreditorUpdate:
        if not " ".join(self.nameEdit.text().split()):
            raise FieldError(self.tr("Razón social: es obligatoria"), self.nameEdit)
        try:
            normalize_id(self.tax_id, self.idNumberEdit.text(), self.jurisdiction)
        except IdError as exc:
            raise FieldError(f"{self.tax_id}: {error_text(exc)}", self.idNumberEdit) from None
        email = self.emailEdit.text().strip()
        if email and not EMAIL_RE.match(email):
            raise FieldError(self.tr("Correo: «{0}» no es una dirección válida").format(email), self.emailEdit)
        changed: dict[str, str] = {}
        for key, name in _CREDITOR_EDITS:
            edit = getattr(self, name)
            assert isinstance(edit, QLineEdit)
            value = " ".join(edit.text().split())
            if value != (self.client.get(key) or ""):
                changed[key] = value
        return CreditorUpdate(**changed)

    @classmethod
    def ask(
        cls, parent: QWidget | None, client: dict[str, str | None] | None, jurisdiction: str = "CO"
    ) -> CreditorUpdate | None:
        """Only the changed fields ("" clears one), or None if cancelled."""
        dlg = cls(parent, client, jurisdiction)
        return dlg.result_values if dlg.exec() == QDialog.DialogCode.Accepted else None


# ------------------------------------------------------------------ case header


def _rate_text(rate: Decimal | None) -> str:
    return "" if rate is None else f"{rate.normalize():f}".replace(".", ",")


class CaseEditDialog(_FocusingDialog, Ui_CaseEditDialog):
    """Edit the case header: court, radicado, assignment, original title, waiver, review note, rate, costs."""

    def __init__(
        self,
        parent: QWidget | None,
        case: CaseFile,
        lawyers: list[UserInfo] | None = None,
        *,
        may_set_radicado: bool = False,
        may_set_account_ref: bool = False,
        focus: str = "",
    ) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.case = case
        self.setWindowTitle(self.tr("Editar datos del expediente {0}").format(case.account_ref))
        # The bank's obligation number: a lawyer or the admin corrects a typo (or a reference longer
        # than the 60 characters a PostgreSQL server admits, kept by an older desk).
        self.accountRefEdit = QLineEdit(case.account_ref, self)
        self.accountRefEdit.setObjectName("accountRefEdit")
        self.accountRefEdit.setReadOnly(not may_set_account_ref)
        if not may_set_account_ref:
            self.accountRefEdit.setToolTip(
                self.tr("Solo un abogado o el administrador corrige el número de obligación")
            )
        self.formLayout.insertRow(0, self.tr("Número de o&bligación:"), self.accountRefEdit)  # the label's buddy
        self.courtEdit.setText(case.court or "")
        self.cityEdit.setText(case.city or "")
        self.radicadoEdit.setText(case.radicado or "")
        self.radicadoEdit.setReadOnly(not may_set_radicado)
        # what is wrong with the radicado, right under the field, as the stage-move dialog says it: the dialog
        # stays open with everything typed (the service refused it only after the dialog had closed)
        self._add_radicado_error_row()
        if not may_set_radicado:
            self.radicadoEdit.setToolTip(self.tr("Solo un abogado registra el radicado"))
            self.radicadoEdit.setPlaceholderText(self.tr("Lo registra el abogado"))
        self.may_assign = lawyers is not None
        self.lawyerCombo.setVisible(self.may_assign)
        self.lawyerComboLabel.setVisible(self.may_assign)
        self.lawyerCombo.addItem(self.tr("Sin asignar"), None)
        for user in lawyers or []:
            name = user.full_name or user.username
            if not user.active:
                name = self.tr("%1 (desactivado)").replace("%1", name)
            self.lawyerCombo.addItem(name, user.user_id)
        i = self.lawyerCombo.findData(case.lawyer_id) if case.lawyer_id is not None else 0
        self.lawyerCombo.setCurrentIndex(max(i, 0))
        self.originalLocationEdit.setText(case.original_location or "")
        self.waiverEdit.setPlainText(case.demand_letter_waiver or "")
        self.limitationFlagEdit.setPlainText(case.limitation_flag or "")
        self.agreedRateEdit.setText(_rate_text(case.agreed_rate))
        self.nominal_rate = rate_convention(case.jurisdiction).kind == NOMINAL
        if self.nominal_rate:  # Argentina, Mexico, Spain: a nominal annual rate applied simply
            self.agreedRateEditLabel.setText(self.tr("&Tasa moratoria pactada (% nominal anual):"))
        self.costsEdit.setText(format_money(case.costs, case.currency) if case.costs else "")
        self.notesEdit.setPlainText(case.notes or "")
        target = {
            "original_location": self.originalLocationEdit,
            "demand_letter_waiver": self.waiverEdit,
            "limitation_flag": self.limitationFlagEdit,
        }.get(focus)
        if target is not None:
            target.setFocus()

    @staticmethod
    def _text(widget: QLineEdit | QPlainTextEdit) -> str:
        raw = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
        return raw.strip()

    def _fail(self, message: str) -> None:
        if self._radicado_failed:  # said beside the field, which gets the focus (and its text selected)
            self._radicado_failed = False
            self.errorLabel.clear()
            self._show_radicado_error(message)
            self.radicadoEdit.selectAll()
            return
        self._show_radicado_error("")
        super()._fail(message)

    def _radicado(self) -> str:
        """The radicado as the service stores it (23 digits in Colombia), checked before the dialog closes."""
        try:
            return normalize_radicado(self._text(self.radicadoEdit), self.case.jurisdiction)
        except IdError as exc:
            self._radicado_failed = True
            raise FieldError(error_text(exc), self.radicadoEdit) from None

    def _collect(self) -> CaseUpdate:
        c = self.case
        changed: dict[str, object] = {}
        for name, widget in (
            ("court", self.courtEdit),
            ("city", self.cityEdit),
            ("radicado", self.radicadoEdit),
            ("original_location", self.originalLocationEdit),
            ("demand_letter_waiver", self.waiverEdit),
            ("limitation_flag", self.limitationFlagEdit),
            ("notes", self.notesEdit),
        ):
            value = self._text(widget)
            if value != (getattr(c, name) or ""):
                changed[name] = value
        if "radicado" in changed and self.radicadoEdit.isReadOnly():
            del changed["radicado"]
        elif changed.get("radicado"):
            radicado = self._radicado()
            if radicado == (c.radicado or ""):  # the same number, typed with its dashes
                del changed["radicado"]
            else:
                changed["radicado"] = radicado
        ref = self.accountRefEdit.text().strip()
        if not self.accountRefEdit.isReadOnly() and ref != c.account_ref:
            if not ref:
                raise FieldError(self.tr("Número de obligación: no puede quedar vacío"), self.accountRefEdit)
            if len(ref) > 60:
                raise FieldError(
                    self.tr("Número de obligación: tiene %1 caracteres; el máximo es 60").replace("%1", str(len(ref))),
                    self.accountRefEdit,
                )
            changed["account_ref"] = ref
        if self.may_assign:
            lawyer_id = self.lawyerCombo.currentData()
            if lawyer_id is not None and lawyer_id != c.lawyer_id:
                changed["lawyer_id"] = int(lawyer_id)
            elif lawyer_id is None and c.lawyer_id is not None:
                raise FieldError(
                    self.tr("Abogado asignado: no se puede dejar sin asignar; elija otro abogado"), self.lawyerCombo
                )
        rate_text = self.agreedRateEdit.text().replace("%", "").strip()
        if rate_text:
            try:
                rate = parse_amount(rate_text)
            except AmountError as exc:
                raise FieldError(self.tr("Tasa pactada: {0}").format(error_text(exc)), self.agreedRateEdit) from None
            if not Decimal(0) <= rate <= MAX_RATE:
                raise FieldError(
                    self.tr("Tasa pactada: es un porcentaje nominal anual entre 0 y 200 (p. ej. 24,5)")
                    if self.nominal_rate
                    else self.tr("Tasa pactada: es un porcentaje efectivo anual entre 0 y 200 (p. ej. 24,5)"),
                    self.agreedRateEdit,
                )
            if rate != c.agreed_rate:
                changed["agreed_rate"] = rate
        elif c.agreed_rate is not None:  # emptied: the title refers to the legal maximum, the table's rate applies
            changed["clear_agreed_rate"] = True
        costs_text = self.costsEdit.text().strip()
        try:
            costs = parse_amount(costs_text) if costs_text else Decimal(0)
        except AmountError as exc:
            raise FieldError(self.tr("Costas: {0}").format(error_text(exc)), self.costsEdit) from None
        if costs < 0:
            raise FieldError(self.tr("Costas: no pueden ser negativas"), self.costsEdit)
        if costs != c.costs:
            changed["costs"] = costs
        return CaseUpdate(**changed)  # type: ignore[arg-type]

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        case: CaseFile,
        lawyers: list[UserInfo] | None = None,
        *,
        may_set_radicado: bool = False,
        may_set_account_ref: bool = False,
        focus: str = "",
    ) -> CaseUpdate | None:
        """Only the fields the user changed (CaseUpdate() if none), or None if cancelled."""
        dlg = cls(
            parent,
            case,
            lawyers,
            may_set_radicado=may_set_radicado,
            may_set_account_ref=may_set_account_ref,
            focus=focus,
        )
        return dlg.result_values if dlg.exec() == QDialog.DialogCode.Accepted else None


__all__ = ["CaseEditDialog", "FieldError", "PartyDialog", "PartyValues"]
