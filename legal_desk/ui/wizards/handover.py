"""Handover wizard (*traslado a jurídico*): debtor, guarantors, debt and title, pre-legal history, confirm."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from legal_desk.documents.context import format_id
from legal_desk.domain.dates import DateError, format_date_short, parse_date
from legal_desk.domain.ids import CREDITOR_ID_TYPE, ID_TYPE_LABELS, ID_TYPES_BY_JURISDICTION, IdError, normalize_id
from legal_desk.domain.interest import NOMINAL, rate_convention
from legal_desk.domain.money import AmountError, format_money, parse_amount
from legal_desk.services import cases
from legal_desk.services.cases import (
    DEFAULT_CURRENCY,
    JURISDICTIONS,
    TITLE_TYPES,
    CaseRow,
    DebtInput,
    HandoverInput,
    PartyInput,
    PrelegalAgreement,
    PrelegalContact,
    PrelegalNotice,
)
from legal_desk.services.contacts import CHANNELS
from legal_desk.services.errors import ServiceError
from legal_desk.services.notices import NOTICE_CHANNELS, NOTICE_KINDS
from legal_desk.ui import theme
from legal_desk.ui.context import UiContext
from legal_desk.ui.errors import error_text
from legal_desk.ui.forms.ui_handover_debt_page import Ui_HandoverDebtPage
from legal_desk.ui.forms.ui_handover_debtor_page import Ui_HandoverDebtorPage
from legal_desk.ui.forms.ui_handover_summary_page import Ui_HandoverSummaryPage
from legal_desk.ui.labels import domain_label, domain_labels, numbered
from legal_desk.ui.models.case_models import EditableRowsModel, EditColumn
from legal_desk.ui.widgets.remember import remember_size
from legal_desk.ui.widgets.screen_fit import fit_to_screen

ID_TYPES = {k: k for k in ID_TYPE_LABELS}
ERROR_STYLE = "color:#b91c1c;"


def tr(text: str) -> str:
    return QCoreApplication.translate("HandoverWizard", text)


def table_keys(tables: int = 1) -> str:
    """The keys of the wizard's tables, said on the pages that have them (a tooltip is not seen from the keyboard)."""
    if tables == 1:
        return tr("En la tabla, Insert agrega una fila y Ctrl+- quita aquella en la que está.")
    return tr("En cada tabla, Insert agrega una fila y Ctrl+- quita aquella en la que está.")


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for list columns of an EditableRowsModel."""

    def __init__(self, choices: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, _option: Any, _index: Any) -> QWidget:
        combo = QComboBox(parent)
        for code, label in self.choices.items():
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        i = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(i, 0))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


class RowsEditor(QWidget):
    """A titled editable table with Agregar/Quitar buttons."""

    def __init__(self, title: str, columns: list[EditColumn], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EditableRowsModel(columns, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        for i, col in enumerate(columns):
            if col.choices:
                self.view.setItemDelegateForColumn(i, ChoiceDelegate(col.choices, self.view))
        self.add_button = QPushButton(tr("Agregar"), self)
        self.remove_button = QPushButton(tr("Quitar"), self)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        # Three tables share the history page, so the buttons cannot each claim an Alt+letter; the table's
        # title does (Alt+G, Alt+P, …). On the table, even while a cell is typed in (any cell taken opens it
        # for typing, so Supr could never mean «remove the row»), Insert or Ctrl++ adds a row and Ctrl+-
        # removes the current one, as in a spreadsheet.
        self.add_button.setToolTip(tr("Agrega una fila (Insert o Ctrl++ en la tabla)"))
        self.remove_button.setToolTip(tr("Quita la fila en la que está (Ctrl+- en la tabla)"))
        for keys, slot in (
            ("Ins", self._on_add_clicked),
            ("Ctrl++", self._on_add_clicked),
            ("Ctrl+-", self._on_remove_clicked),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        bar = QHBoxLayout()
        self.title = QLabel(title, self)  # plain text, so its Alt+letter (the «&» in the title) works
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setBuddy(self.view)
        bar.addWidget(self.title)
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        layout.addWidget(self.error)
        # Tab reaches the buttons, above the table, before the table (they were created after it)
        self.setTabOrder(self.add_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.view)

    def set_choices(self, key: str, choices: dict[str, str]) -> None:
        """Change the list a choice column offers (rows already typed keep their value)."""
        for i, col in enumerate(self.model.columns):
            if col.key == key:
                self.model.columns[i] = EditColumn(col.key, col.header, choices, col.placeholder)
                self.view.setItemDelegateForColumn(i, ChoiceDelegate(choices, self.view))

    def _on_add_clicked(self) -> None:
        row = self.model.add_row()
        self.view.setFocus()  # from the button too: the new row's first cell is typed in at once
        self.view.setCurrentIndex(self.model.index(row, 0))  # opens its editor (any change of cell does)
        if self.view.state() is not QAbstractItemView.State.EditingState:
            self.view.edit(self.model.index(row, 0))

    def _on_remove_clicked(self) -> None:
        if not self.model.rowCount():
            return
        index = self.view.currentIndex()
        row = index.row() if index.isValid() else self.model.rowCount() - 1
        self.model.remove_row(row)
        if self.model.rowCount():  # the next row (or the new last one) is taken: Ctrl+- again removes it
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), max(index.column(), 0)))


class FieldsPage(QWizardPage):
    """A wizard page laid out by a .ui form whose fields each show their own error message under the field.

    The form names each field's widget `<key in camelCase>Input` and its error label `<…>Error`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}

    def bind_fields(self, keys: Sequence[str]) -> None:
        """Index the form's input widgets and error labels by field key; errors start hidden."""
        for key in keys:
            name = _camel(key)
            self.inputs[key] = getattr(self, f"{name}Input")
            self.errors[key] = getattr(self, f"{name}Error")
        self.clear_errors()

    def text(self, key: str) -> str:
        w = self.inputs[key]
        if isinstance(w, QLineEdit):
            return w.text().strip()
        if isinstance(w, QComboBox):
            return str(w.currentData())
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip()
        raise TypeError(key)

    def set_error(self, key: str, message: str) -> None:
        self.errors[key].setText(message)
        self.errors[key].setVisible(bool(message))

    def clear_errors(self) -> None:
        for key in self.errors:
            self.set_error(key, "")


def _camel(key: str) -> str:
    """`account_ref` → `accountRef`, the object-name stem of a field in the .ui forms."""
    first, *rest = key.split("_")
    return first + "".join(word.capitalize() for word in rest)


def _fill(combo: QComboBox, choices: dict[str, str]) -> None:
    """Labels shown (in the interface language), codes kept as item data."""
    for code, label in choices.items():
        combo.addItem(domain_label(label), code)


DEBTOR_FIELDS = (
    "account_ref",
    "client_name",
    "client_id",
    "name",
    "id_type",
    "id_number",
    "address",
    "city",
    "email",
    "email_source",
    "phone",
    "channels",
)
DEBT_FIELDS = ("capital", "due_date", "title_type", "title_number", "issue_date", "agreed_rate", "original", "summary")


class DebtorPage(FieldsPage, Ui_HandoverDebtorPage):
    """Page 1: the account and the debtor (layout from forms/handover_debtor_page.ui)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        theme.adapt_style_sheets(self)  # the .ui names light-theme colours
        self.bind_fields(DEBTOR_FIELDS)
        # The country of the court: it decides the calendar, the currency, the usual ID types and
        # whether the Colombian rules (Ley 2213, CGP) apply.
        self.jurisdictionInput = QComboBox(self)
        self.jurisdictionInput.setObjectName("jurisdictionInput")
        for code, name in JURISDICTIONS.items():
            self.jurisdictionInput.addItem(f"{domain_label(name)} ({code})", code)
        self.form.insertRow(0, tr("&Jurisdicción"), self.jurisdictionInput)  # the label's buddy: Alt+J
        self.inputs["jurisdiction"] = self.jurisdictionInput
        self.jurisdictionInput.currentIndexChanged.connect(self._on_jurisdiction_changed)
        self._on_jurisdiction_changed()
        # one check box per channel, labelled in words (the codes call/email/… are for the data, not the user)
        self.channel_boxes: dict[str, QCheckBox] = {}
        for code, label in CHANNELS.items():
            box = QCheckBox(domain_label(label), self.channelsInput)
            box.setObjectName(f"channel_{code}")
            self.channelsLayout.addWidget(box)
            self.channel_boxes[code] = box
        self.channelsLayout.addStretch(1)
        # Alt+Z («Canales autori&zados») goes to the first box without ticking it: the label's buddy is the
        # container, which hands its focus to that box (and, having a proxy, is no stop of its own on Tab)
        self.channelsInput.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.channelsInput.setFocusProxy(self.channel_boxes[next(iter(CHANNELS))])
        # Tab goes down the form as it reads. The jurisdiction, added above the .ui's rows, used to come after
        # «Teléfono» (the wizard opened on «Acreedor», and «Número de obligación» was reached last).
        order = [self.jurisdictionInput, *(self.inputs[k] for k in DEBTOR_FIELDS if k != "channels")]
        order += list(self.channel_boxes.values())
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    def _on_jurisdiction_changed(self) -> None:
        """Offer the ID types the chosen country uses (a DNI is Argentine or Spanish by the country)."""
        code = self.text("jurisdiction")
        offered = ID_TYPES_BY_JURISDICTION.get(code, tuple(ID_TYPE_LABELS))
        current = self.idTypeInput.currentData()
        self.idTypeInput.clear()
        _fill(self.idTypeInput, {k: ID_TYPE_LABELS[k] for k in offered})
        index = self.idTypeInput.findData(current) if current in offered else 0
        self.idTypeInput.setCurrentIndex(max(index, 0))
        tax_id = CREDITOR_ID_TYPE.get(code, "NIT")
        self.clientIdInput.setPlaceholderText(tax_id)
        self.clientIdLabel.setText(tr("{0} del ac&reedor").format(tax_id))

    def validatePage(self) -> bool:
        self.clear_errors()
        ok = True
        if not self.text("account_ref"):
            self.set_error("account_ref", tr("Indique el número de obligación"))
            ok = False
        if not self.text("name"):
            self.set_error("name", tr("Indique el nombre del deudor"))
            ok = False
        if not self.text("id_number"):  # said like the other empty fields, in the interface language
            self.set_error("id_number", tr("Indique el número de documento del deudor"))
            ok = False
        else:
            try:
                normalize_id(self.text("id_type"), self.text("id_number"), self.text("jurisdiction"))
            except IdError as exc:
                self.set_error("id_number", error_text(exc))
                ok = False
        if self.text("client_id"):
            jurisdiction = self.text("jurisdiction")
            try:
                normalize_id(CREDITOR_ID_TYPE.get(jurisdiction, "NIT"), self.text("client_id"), jurisdiction)
            except IdError as exc:
                self.set_error("client_id", error_text(exc))
                ok = False
        email = self.text("email")
        if email and ("@" not in email or "." not in email.split("@")[-1]):
            self.set_error("email", tr("«{0}» no es un correo electrónico válido").format(email))
            ok = False
        if email and not self.text("email_source") and self.text("jurisdiction") == "CO":
            self.set_error("email_source", tr("Indique de dónde salió el correo (Ley 2213 art. 8)"))
            ok = False
        return ok

    def channels(self) -> list[str]:
        """Codes of the checked channels, in CHANNELS order."""
        return [code for code, box in self.channel_boxes.items() if box.isChecked()]

    def set_channels(self, codes: Sequence[str]) -> None:
        for code, box in self.channel_boxes.items():
            box.setChecked(code in codes)

    def party(self) -> PartyInput:
        return PartyInput(
            self.text("name"),
            self.text("id_type"),
            self.text("id_number"),
            "debtor",
            self.text("address") or None,
            self.text("city") or None,
            self.text("email") or None,
            self.text("email_source") or None,
            self.text("phone") or None,
            ",".join(self.channels()) or None,
        )


class GuarantorsPage(QWizardPage):
    """Page 2: guarantors (*codeudores / avalistas*), any number of rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Codeudores"))
        self.setSubTitle(
            tr("Agregue una fila por codeudor o avalista; deje la tabla vacía si no hay.") + " " + table_keys()
        )
        self.rows = RowsEditor(
            tr("&Codeudores y avalistas"),
            [
                EditColumn("name", tr("Nombre")),
                EditColumn("id_type", tr("Tipo"), ID_TYPES),
                EditColumn("id_number", tr("Documento")),
                EditColumn("address", tr("Dirección")),
                EditColumn("city", tr("Ciudad")),
                EditColumn("phone", tr("Teléfono")),
            ],
            self,
        )
        QVBoxLayout(self).addWidget(self.rows)

    def jurisdiction(self) -> str:
        """The country chosen on the debtor's page (its documents and rules apply to co-debtors too)."""
        wizard = self.wizard()
        return wizard.debtor_page.text("jurisdiction") if isinstance(wizard, HandoverWizard) else "CO"

    def initializePage(self) -> None:
        """Offer the documents of the case's country in the type column."""
        offered = ID_TYPES_BY_JURISDICTION.get(self.jurisdiction(), tuple(ID_TYPES))
        self.rows.set_choices("id_type", {k: k for k in offered})

    def validatePage(self) -> bool:
        problems = []
        jurisdiction = self.jurisdiction()
        for n, r in enumerate(self.rows.model.rows(), 1):
            if not r["name"].strip():
                problems.append(tr("Fila {0}, nombre: es obligatorio").format(n))
            try:
                normalize_id(r["id_type"], r["id_number"], jurisdiction)
            except IdError as exc:
                problems.append(tr("Fila {0}, documento: {1}").format(n, error_text(exc)))
        self.rows.error.setText("\n".join(problems))
        return not problems

    def parties(self) -> list[PartyInput]:
        return [
            PartyInput(
                r["name"].strip(),
                r["id_type"],
                r["id_number"],
                "guarantor",
                r["address"] or None,
                r["city"] or None,
                phone=r["phone"] or None,
            )
            for r in self.rows.model.rows()
        ]


class DebtPage(FieldsPage, Ui_HandoverDebtPage):
    """Page 3: the debt and its title (layout from forms/handover_debt_page.ui)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        theme.adapt_style_sheets(self)  # the .ui names light-theme colours
        self.bind_fields(DEBT_FIELDS)
        _fill(self.titleTypeInput, TITLE_TYPES)
        self.nominal_rate = False

    def initializePage(self) -> None:
        """Name the kind of rate the case's country uses: effective annual in Colombia, nominal elsewhere."""
        wizard = self.wizard()
        code = wizard.debtor_page.text("jurisdiction") if isinstance(wizard, HandoverWizard) else "CO"
        self.nominal_rate = rate_convention(code).kind == NOMINAL
        self.agreedRateLabel.setText(
            tr("Tasa moratoria &pactada (% nominal anual)")
            if self.nominal_rate
            else tr("Tasa moratoria &pactada (% EA)")
        )

    def validatePage(self) -> bool:
        self.clear_errors()
        ok = True
        try:
            if parse_amount(self.text("capital")) <= 0:
                self.set_error("capital", tr("El capital debe ser mayor que cero"))
                ok = False
        except AmountError as exc:
            self.set_error("capital", error_text(exc))
            ok = False
        for key, required in (("due_date", True), ("issue_date", False)):
            if not self.text(key) and not required:
                continue
            try:
                parse_date(self.text(key))
            except DateError as exc:
                self.set_error(key, error_text(exc))
                ok = False
        if ok and self.text("issue_date") and parse_date(self.text("issue_date")) > parse_date(self.text("due_date")):
            self.set_error("issue_date", tr("La emisión no puede ser posterior al vencimiento"))
            ok = False
        if self.text("agreed_rate"):
            try:
                rate = parse_amount(self.text("agreed_rate").replace("%", ""))
                if rate <= 0 or rate >= 200:
                    raise AmountError(
                        tr("la tasa debe estar entre 0 y 200 % nominal anual")
                        if self.nominal_rate
                        else tr("la tasa debe estar entre 0 y 200 % EA")
                    )
            except AmountError as exc:
                self.set_error("agreed_rate", error_text(exc))
                ok = False
        return ok

    def debt(self) -> DebtInput:
        rate = self.text("agreed_rate").replace("%", "")
        return DebtInput(
            parse_amount(self.text("capital")),
            parse_date(self.text("due_date")),
            self.text("title_type"),
            self.text("title_number") or None,
            parse_date(self.text("issue_date")) if self.text("issue_date") else None,
            parse_amount(rate) if rate else None,
            self.text("original") or None,
        )


def _parse_when(text: str) -> dt.datetime:
    """`15/03/2024 10:30` (time optional, 10:00 by default)."""
    parts = text.strip().split()
    day = parse_date(parts[0] if parts else "")
    hour, minute = 10, 0
    if len(parts) > 1:
        try:
            hour, minute = (int(x) for x in parts[1].split(":"))
            dt.time(hour, minute)
        except ValueError:
            raise DateError(tr("«{0}» no es una hora (use HH:MM)").format(parts[1])) from None
    return dt.datetime.combine(day, dt.time(hour, minute))


class HistoryPage(QWizardPage):
    """Page 4: pre-legal history — contacts made, agreements broken, notices sent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Historia prejurídica"))
        self.setSubTitle(
            tr("Gestiones realizadas, acuerdos incumplidos y comunicaciones enviadas (fechas dd/mm/aaaa).")
            + " "
            + table_keys(3)
        )
        self.contacts = RowsEditor(
            tr("&Gestiones"),
            [
                EditColumn("at", tr("Fecha y hora")),
                EditColumn("channel", tr("Canal"), domain_labels(CHANNELS)),
                EditColumn("outcome", tr("Resultado")),
                EditColumn("notes", tr("Notas")),
            ],
            self,
        )
        self.agreements = RowsEditor(
            tr("Acuerdos de &pago"),
            [
                EditColumn("signed_on", tr("Firmado")),
                EditColumn("total", tr("Valor total")),
                EditColumn("broken_on", tr("Incumplido el")),
                EditColumn("notes", tr("Notas")),
            ],
            self,
        )
        self.notices = RowsEditor(
            tr("Co&municaciones enviadas"),
            [
                EditColumn("kind", tr("Tipo"), domain_labels(NOTICE_KINDS)),
                EditColumn("channel", tr("Canal"), domain_labels(NOTICE_CHANNELS)),
                EditColumn("sent_on", tr("Enviada")),
                EditColumn("carrier", tr("Mensajería")),
                EditColumn("tracking", tr("Guía")),
                EditColumn("delivered_on", tr("Entregada")),
            ],
            self,
        )
        layout = QVBoxLayout(self)
        for editor in (self.contacts, self.agreements, self.notices):
            editor.view.setMinimumHeight(90)
            layout.addWidget(editor)

    def validatePage(self) -> bool:
        ok = True
        try:
            self.history()
        except ValueError:
            ok = False
        return ok

    def history(self) -> tuple[list[PrelegalContact], list[PrelegalAgreement], list[PrelegalNotice]]:
        """The three tables as service inputs; each table shows its own errors (ValueError if any)."""
        contacts, agreements, notices = [], [], []
        failed = False
        problems: list[str] = []
        for n, r in enumerate(self.contacts.model.rows(), 1):
            try:
                at = _parse_when(r["at"])
                if not r["outcome"].strip():
                    raise ValueError(tr("falta el resultado"))
                contacts.append(PrelegalContact(at, r["channel"], r["outcome"].strip(), r["notes"] or None))
            except ValueError as exc:
                problems.append(tr("Fila {0}: {1}").format(n, exc))
        self.contacts.error.setText("\n".join(problems))
        failed |= bool(problems)
        problems = []
        for n, r in enumerate(self.agreements.model.rows(), 1):
            try:
                total = parse_amount(r["total"])
                if total <= 0:
                    raise ValueError(tr("el valor debe ser mayor que cero"))
                signed = parse_date(r["signed_on"])
                broken = parse_date(r["broken_on"]) if r["broken_on"].strip() else None
                agreements.append(PrelegalAgreement(signed, total, broken, r["notes"] or None))
            except ValueError as exc:
                problems.append(tr("Fila {0}: {1}").format(n, exc))
        self.agreements.error.setText("\n".join(problems))
        failed |= bool(problems)
        problems = []
        for n, r in enumerate(self.notices.model.rows(), 1):
            try:
                sent = parse_date(r["sent_on"])
                delivered = parse_date(r["delivered_on"]) if r["delivered_on"].strip() else None
                if r["channel"] == "mail" and not (r["carrier"].strip() and r["tracking"].strip()):
                    raise ValueError(tr("para correo certificado indique mensajería y guía"))
                notices.append(
                    PrelegalNotice(
                        r["channel"], sent, r["carrier"] or None, r["tracking"] or None, delivered, r["kind"]
                    )
                )
            except ValueError as exc:
                problems.append(tr("Fila {0}: {1}").format(n, exc))
        self.notices.error.setText("\n".join(problems))
        failed |= bool(problems)
        if failed:
            raise ValueError(tr("Revise las filas marcadas"))
        return contacts, agreements, notices


def creditor_line(data: HandoverInput) -> str:
    """The creditor as the summary shows it: its name and its tax ID written the way its country writes it
    (NIT 900.123.456-8, CUIT 30-50001091-2, RFC …, NIF …); «—» when neither was typed."""
    tax = ""
    if data.client_id_number:
        id_type = CREDITOR_ID_TYPE.get(data.jurisdiction, "NIT")
        try:
            number = normalize_id(id_type, data.client_id_number, data.jurisdiction)
        except IdError:  # the first page refuses it; shown as typed rather than hidden
            number = data.client_id_number
        tax = format_id(id_type, number)
    return " — ".join(x for x in (data.client_name, tax) if x) or "—"


class SummaryPage(QWizardPage, Ui_HandoverSummaryPage):
    """Page 5: everything typed, to confirm before the handover is saved (forms/handover_summary_page.ui)."""

    def __init__(self, wizard: HandoverWizard) -> None:
        super().__init__(wizard)
        self.wizard_ref = wizard
        self.setupUi(self)
        theme.adapt_style_sheets(self)  # the .ui names light-theme colours

    def initializePage(self) -> None:
        self.error.clear()
        self.browser.setHtml(self.wizard_ref.summary_html())


class HandoverWizard(QWizard):
    """Hand over one account from collections to the legal team (UI wizard)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: CaseRow | None = None
        self.setWindowTitle(self.tr("Entrega a jurídico"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.debtor_page = DebtorPage(self)
        self.guarantors_page = GuarantorsPage(self)
        self.debt_page = DebtPage(self)
        self.history_page = HistoryPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.debtor_page, self.guarantors_page, self.debt_page, self.history_page, self.summary_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Entregar a jurídico"))
        fit_to_screen(self, 820, 640)
        remember_size(self, ctx.settings, "handover")

    def handover_input(self) -> HandoverInput:
        """What the pages hold, as the service's input."""
        d = self.debtor_page
        contacts, agreements, notices = self.history_page.history()
        return HandoverInput(
            account_ref=d.text("account_ref"),
            debtor=d.party(),
            debt=self.debt_page.debt(),
            jurisdiction=d.text("jurisdiction"),
            guarantors=self.guarantors_page.parties(),
            client_name=d.text("client_name") or None,
            client_id_number=d.text("client_id") or None,
            prelegal_summary=self.debt_page.text("summary") or None,
            contacts=contacts,
            agreements=agreements,
            notices=notices,
        )

    def summary_html(self) -> str:
        from html import escape

        try:
            data = self.handover_input()
        except ValueError as exc:
            return f"<p>{escape(error_text(exc))}</p>"
        p = data.debtor
        currency = data.debt.currency or DEFAULT_CURRENCY[data.jurisdiction]
        rows = [
            (
                tr("Jurisdicción"),
                f"{domain_label(JURISDICTIONS[data.jurisdiction])} ({data.jurisdiction}) — {currency}",
            ),
            (tr("Obligación"), data.account_ref),
            (tr("Acreedor"), creditor_line(data)),
            (tr("Deudor"), f"{p.name} — {p.id_type} {normalize_id(p.id_type, p.id_number, data.jurisdiction)}"),
            (tr("Dirección"), ", ".join(x for x in (p.address, p.city) if x) or "—"),
            (tr("Correo"), f"{p.email} ({p.email_source})" if p.email else "—"),
            (
                tr("Canales autorizados"),
                ", ".join(domain_label(CHANNELS[c]) for c in (p.authorised_channels or "").split(",") if c in CHANNELS)
                or "—",
            ),
            (tr("Capital"), format_money(Decimal(data.debt.capital), currency)),
            (tr("Vencimiento"), format_date_short(data.debt.due_date)),
            (
                tr("Título"),
                numbered(domain_label(TITLE_TYPES[data.debt.title_type]), data.debt.title_number),
            ),
            (tr("Original"), data.debt.original_location or tr("sin indicar")),
            (
                tr("Codeudores"),
                "; ".join(
                    f"{g.name} ({g.id_type} {normalize_id(g.id_type, g.id_number, data.jurisdiction)})"
                    for g in data.guarantors
                )
                or "—",
            ),
            (tr("Gestiones"), str(len(data.contacts))),
            (
                tr("Acuerdos"),
                tr("{0} ({1} incumplidos)").format(
                    len(data.agreements), sum(1 for a in data.agreements if a.broken_on)
                ),
            ),
            (tr("Comunicaciones"), str(len(data.notices))),
        ]
        body = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
        return f"<table cellspacing='4'>{body}</table>"

    def accept(self) -> None:
        """Save through the service; on refusal keep the wizard open with everything typed."""
        try:
            data = self.handover_input()
            self.created = cases.hand_over_case(self.ctx.desk, self.ctx.actor, data)
        except ValueError as exc:
            self.summary_page.error.setText(error_text(exc))
            return
        except ServiceError as exc:
            self.summary_page.error.setText(error_text(exc))
            QMessageBox.warning(self, self.tr("No se pudo entregar"), error_text(exc))
            return
        self.ctx.events.cases_changed.emit()
        self.ctx.events.case_changed.emit(self.created.case_id)
        super().accept()
