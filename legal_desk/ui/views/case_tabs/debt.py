"""Deuda y liquidación: the debt and its title, and the credit liquidation at a chosen date (CGP art. 446)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from legal_desk.domain.dates import format_date_short
from legal_desk.domain.interest import NOMINAL, Liquidation, rate_convention
from legal_desk.domain.limitation import limitation_rule
from legal_desk.domain.money import ZERO, format_money
from legal_desk.services.cases import TITLE_TYPES, CaseFile
from legal_desk.services.errors import ServiceError
from legal_desk.ui import theme
from legal_desk.ui.dialogs.records import pydate
from legal_desk.ui.errors import error_text
from legal_desk.ui.labels import domain_label, limitation_rule_text, numbered, tolling_text
from legal_desk.ui.models.case_models import Column, RecordTableModel
from legal_desk.ui.views.case_tabs.common import CaseHost, CaseTab, tr
from legal_desk.ui.views.case_tabs.editing import edit_button_tooltip, edit_case_header, may_edit
from legal_desk.ui.workers import Worker, numbered_call, start


def compute_liquidation(desk: Any, actor: Any, case_id: int, as_of: dt.date) -> Liquidation | str:
    """The liquidation, or the service's refusal in words (missing rates...); runs in a worker."""
    from legal_desk.services import payments

    try:
        return payments.liquidation(desk, actor, case_id, as_of)
    except ServiceError as exc:
        return error_text(exc)  # in the interface language (QCoreApplication.translate is thread-safe)


class DebtTab(CaseTab):
    """Debt data and the liquidation table as of a date (UI tab)."""

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        box = QGroupBox(tr("Deuda y título"), self)
        self.form = QFormLayout(box)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("capital", QT_TRANSLATE_NOOP("CaseFile", "Capital")),
            ("currency", QT_TRANSLATE_NOOP("CaseFile", "Moneda")),
            ("due", QT_TRANSLATE_NOOP("CaseFile", "Fecha de vencimiento")),
            ("title", QT_TRANSLATE_NOOP("CaseFile", "Título")),
            ("issue", QT_TRANSLATE_NOOP("CaseFile", "Fecha de emisión")),
            ("rate", QT_TRANSLATE_NOOP("CaseFile", "Tasa moratoria pactada (EA)")),
            ("original", QT_TRANSLATE_NOOP("CaseFile", "Ubicación del original")),
            ("costs", QT_TRANSLATE_NOOP("CaseFile", "Costas")),
            ("limitation", QT_TRANSLATE_NOOP("CaseFile", "Prescripción")),
        ):
            value = QLabel(box)
            value.setWordWrap(True)
            self.fields[key] = value
            self.form.addRow(tr(label) + ":", value)
        self.edit_button = QPushButton(tr("Editar datos…"), box)
        self.edit_button.setToolTip(edit_button_tooltip())
        self.edit_button.clicked.connect(lambda _c=False: self.edit_header())
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit_button)
        edit_row.addStretch(1)
        self.form.addRow("", edit_row)
        liq_box = QGroupBox(tr("Liquidación del crédito"), self)
        self.as_of = QDateEdit(liq_box)
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("dd/MM/yyyy")
        self.as_of.setDate(QDate.currentDate())
        self.run_button = QPushButton(tr("Liquidar"), liq_box)
        self.run_button.clicked.connect(self.run_liquidation)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Liquidar a la fecha:"), liq_box))
        bar.addWidget(self.as_of)
        bar.addWidget(self.run_button)
        bar.addStretch(1)
        self.message = QLabel(liq_box)
        self.message.setWordWrap(True)
        self.stretches = RecordTableModel(
            [
                Column(tr("Desde"), lambda s: s.start),
                Column(tr("Hasta"), lambda s: s.end),
                Column(tr("Días"), lambda s: s.days, numeric=True),
                Column(tr("Tasa EA %"), lambda s: f"{s.annual_rate:.2f}".replace(".", ","), numeric=True),
                Column(tr("Capital base"), lambda s: s.capital_base, numeric=True),
                Column(tr("Interés"), lambda s: s.interest, numeric=True),
            ],
            currency=lambda: self.liquidation.currency if self.liquidation is not None else "COP",
            parent=self,
        )
        self.table = QTableView(liq_box)
        self.table.setModel(self.stretches)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel(liq_box)
        self.totals.setWordWrap(True)
        liq = QVBoxLayout(liq_box)
        liq.addLayout(bar)
        liq.addWidget(self.message)
        liq.addWidget(self.table, 1)
        liq.addWidget(self.totals)
        layout = QHBoxLayout(self)
        layout.addWidget(box, 2)
        layout.addWidget(liq_box, 3)
        self.liquidation: Liquidation | None = None
        self._liq_worker: Worker | None = None
        self._liq_generation = 0

    def is_computing(self) -> bool:
        """Whether a liquidation is being computed (the one shown stays until it is in)."""
        return self._liq_worker is not None

    def show_case(self, case: CaseFile) -> None:
        title = domain_label(TITLE_TYPES.get(case.title_type or "", case.title_type or "—"))
        rate = f"{case.agreed_rate:.2f} %".replace(".", ",") if case.agreed_rate is not None else tr("No pactada")
        values = {
            "capital": format_money(case.capital, case.currency),
            "currency": case.currency,
            "due": format_date_short(case.due_date) or "—",
            "title": numbered(title, case.title_number),
            "issue": format_date_short(case.issue_date) or "—",
            "rate": rate,
            "original": case.original_location or tr("Sin indicar"),
            "costs": format_money(case.costs, case.currency),
            "limitation": format_date_short(case.limitation_date) or "—",
        }
        rule = limitation_rule_text(
            limitation_rule(case.title_type, case.due_date, case.jurisdiction, case.limitation_date)
        )
        if rule:
            values["limitation"] += f" — {rule}"
        tolling = tolling_text(case.limitation_tolling)  # a filed case: did the filing interrupt it (art. 94 CGP)
        if tolling:
            values["limitation"] += f". {tolling}"
        nominal = rate_convention(case.jurisdiction).kind == NOMINAL
        rate_label = self.form.labelForField(self.fields["rate"])
        if isinstance(rate_label, QLabel):
            rate_label.setText(
                (tr("Tasa moratoria pactada (nominal anual)") if nominal else tr("Tasa moratoria pactada (EA)")) + ":"
            )
        for key, text in values.items():
            self.fields[key].setText(text)
        self.edit_button.setVisible(may_edit(self.host))
        if case.limited:  # collections on a case legal accepted: the liquidation is legal's
            self._liq_generation += 1  # one still being computed is not shown
            self._liq_worker = None
            self.liquidation = None
            self.stretches.set_rows([])
            self.totals.clear()
            self.message.clear()
            return
        self.run_liquidation()

    def edit_header(self) -> bool:
        """«Editar datos…»: rate, costs, original title location and the rest of the header."""
        return edit_case_header(self, self.host)

    def run_liquidation(self) -> None:
        """Compute the liquidation at the chosen date in a worker; only the newest request's answer is shown.

        It ran on the UI thread after every save (the case reloaded), on a rate import and on «Liquidar»:
        18-83 ms of a frozen window each time on a case with hundreds of payments. The figures shown stay
        until the new ones are in; a refusal (rates missing) is shown inline.
        """
        ctx = self.host.ctx
        self._liq_generation += 1
        worker = Worker(
            numbered_call,
            self._liq_generation,
            compute_liquidation,
            ctx.desk,
            ctx.actor,
            self.host.case_id,
            pydate(self.as_of.date()),
            with_progress=False,
        )
        worker.signals.finished.connect(self._on_liquidated)
        worker.signals.failed.connect(self._on_liquidation_failed)
        self._liq_worker = start(worker)

    def _on_liquidated(self, result: tuple[int, Liquidation | str]) -> None:
        generation, liq = result
        if generation != self._liq_generation:
            return  # an older date (or the case before a save) answering late
        self._liq_worker = None
        if isinstance(liq, str):
            self._show_refusal(liq)
        else:
            self._show_liquidation(liq)

    def _on_liquidation_failed(self, message: str, _detail: str) -> None:
        if self._liq_worker is not None and self.sender() is self._liq_worker.signals:  # the newest request
            self._liq_worker = None
            self._show_refusal(message)

    def _show_refusal(self, message: str) -> None:
        self.liquidation = None
        self.stretches.set_rows([])
        self.totals.clear()
        self.message.setStyleSheet(theme.adapted("color:#b91c1c; font-weight:bold;"))
        self.message.setText(message)

    def _show_liquidation(self, liq: Liquidation) -> None:
        self.liquidation = liq
        nominal = liq.rate_kind == NOMINAL
        self.stretches.set_header(3, tr("Tasa nominal %") if nominal else tr("Tasa EA %"))
        self.stretches.set_rows(liq.stretches)
        self.message.setStyleSheet(theme.adapted("color:#5c4400;"))
        self.message.setText("\n".join(error_text(w) for w in liq.warning_texts or liq.warnings))

        def money(value: Decimal) -> str:
            return format_money(value, liq.currency).replace(" ", "\u00a0")  # a figure never breaks across lines

        # The table's interest column adds up to the interest accrued; the payments say where they went (art. 1653),
        # so the pending figures below can be checked against the rows and the debt's costs.
        lines = [
            tr("Intereses causados: {0}   Abonos: {1} (a costas {2}, a intereses {3}, a capital {4})").format(
                money(liq.interest_accrued),
                money(liq.payments_total),
                money(sum((a.to_costs for a in liq.allocations), ZERO)),
                money(liq.interest_paid),
                money(sum((a.to_capital for a in liq.allocations), ZERO)),
            )
            if liq.allocations
            else tr("Intereses causados: {0}   Sin abonos").format(money(liq.interest_accrued)),
            tr("Capital pendiente: {0}   Intereses pendientes: {1}   Costas pendientes: {2}   TOTAL: {3}").format(
                money(liq.capital_outstanding),
                money(liq.interest_unpaid),
                money(liq.costs_outstanding),
                money(liq.total),
            ),
        ]
        if nominal:  # how the figures were reached, so they can be checked by hand
            lines.insert(0, tr("Interés simple: capital × tasa nominal anual × días / {0}").format(liq.day_basis))
        self.totals.setText("\n".join(lines))
