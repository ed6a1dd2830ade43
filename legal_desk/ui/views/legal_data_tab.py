"""«Cuantía» tab of Terms and rates: the SMLMV by year and the Pequeñas Causas cities the desk uses.

The program brings both in CO.json; the firm's own values (services.legal_data) are kept in the
database, win over the program's and survive its updates. Everyone sees them; only an administrator
changes them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from legal_desk.domain.money import format_money
from legal_desk.domain.permissions import Action
from legal_desk.services import legal_data
from legal_desk.services.errors import ServiceError
from legal_desk.ui.context import UiContext
from legal_desk.ui.errors import error_text
from legal_desk.ui.views.legal_panel import RowsModel, _table
from legal_desk.ui.widgets.fold import Fold, fit_to_columns

FIRM_ROW = QColor("#e6f0ff")  # a value of the firm's own (or a program city it removed)


class LegalDataTab(QWidget):
    """The SMLMV table and the Pequeñas Causas city list, each with its origin (UI layer)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        year = (today or dt.date.today()).year
        intro = QLabel(
            self.tr(
                "Datos de Colombia para la cuantía (CGP arts. 17 y 25). El programa trae unos valores; los "
                "que fije el despacho prevalecen, se guardan en la base de datos (van en las copias de "
                "seguridad) y no se pierden al actualizar el programa."
            ),
            self,
        )
        intro.setWordWrap(True)

        wages = QGroupBox(self.tr("Salario mínimo legal mensual vigente (SMLMV)"), self)
        self.wage_model = RowsModel(
            [self.tr("Año"), self.tr("SMLMV"), self.tr("Origen"), self.tr("Valor del programa")],
            self._wage_cell,
            self,
            background=lambda r: FIRM_ROW if r.source == "firm" else None,
            align_right=(1, 3),
        )
        self.wage_view = _table(wages, self.wage_model, stretch=2)
        self.wage_view.selectionModel().selectionChanged.connect(lambda *_: self._on_wage_selected())
        self.year_spin = QSpinBox(wages)
        self.year_spin.setRange(1990, 2100)
        self.year_spin.setValue(year)
        self.amount_edit = QLineEdit(wages)
        self.amount_edit.setPlaceholderText(self.tr("p. ej. 1.750.905"))
        self.save_wage_button = QPushButton(self.tr("Guardar salario"), wages)
        self.save_wage_button.clicked.connect(lambda _c=False: self.save_wage())
        self.clear_wage_button = QPushButton(self.tr("Volver al del programa"), wages)
        self.clear_wage_button.setToolTip(self.tr("Quitar el valor del despacho para el año elegido"))
        self.clear_wage_button.clicked.connect(lambda _c=False: self.clear_wage())
        wage_bar = QHBoxLayout()
        wage_bar.addWidget(QLabel(self.tr("Año"), wages))
        wage_bar.addWidget(self.year_spin)
        wage_bar.addWidget(QLabel(self.tr("Valor en pesos"), wages))
        wage_bar.addWidget(self.amount_edit, 1)
        # the buttons on a line of their own: beside the value they squeezed it to «p…» and, at a 15 pt font,
        # made the tab 1,500 px wide
        wage_buttons = QHBoxLayout()
        wage_buttons.addStretch(1)
        wage_buttons.addWidget(self.save_wage_button)
        wage_buttons.addWidget(self.clear_wage_button)
        wage_layout = QVBoxLayout(wages)
        wage_layout.addWidget(self.wage_view, 1)
        wage_layout.addLayout(wage_bar)
        wage_layout.addLayout(wage_buttons)

        # a group box is as wide as its title: the court's whole name («… y Competencia Múltiple») is in the note
        cities = QGroupBox(self.tr("Ciudades con Pequeñas Causas"), self)
        self.city_model = RowsModel(
            [self.tr("Ciudad"), self.tr("Origen"), self.tr("Estado")],
            self._city_cell,
            self,
            background=lambda r: FIRM_ROW if r.source == "firm" or not r.active else None,
        )
        self.city_view = _table(cities, self.city_model, stretch=0)
        self.city_view.selectionModel().selectionChanged.connect(lambda *_: self._on_city_selected())
        self.city_edit = QLineEdit(cities)
        self.city_edit.setPlaceholderText(self.tr("p. ej. Pereira"))
        self.add_city_button = QPushButton(self.tr("Agregar ciudad"), cities)
        self.add_city_button.clicked.connect(lambda _c=False: self.add_city())
        self.remove_city_button = QPushButton(self.tr("Quitar ciudad"), cities)
        self.remove_city_button.clicked.connect(lambda _c=False: self.remove_city())
        # the buttons on a line of their own, as the salary's: beside the name box they widened the tab
        city_bar = QHBoxLayout()
        city_bar.addWidget(self.city_edit, 1)
        city_buttons = QHBoxLayout()
        city_buttons.addStretch(1)
        city_buttons.addWidget(self.add_city_button)
        city_buttons.addWidget(self.remove_city_button)
        city_note = QLabel(
            self.tr(
                "Un asunto de mínima cuantía va a los Juzgados de Pequeñas Causas y Competencia Múltiple en estas "
                "ciudades; el juzgado escrito en el expediente prevalece sobre la lista."
            ),
            cities,
        )
        city_note.setWordWrap(True)
        city_layout = QVBoxLayout(cities)
        city_layout.addWidget(self.city_view, 1)
        city_layout.addLayout(city_bar)
        city_layout.addLayout(city_buttons)
        city_layout.addWidget(city_note)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        # each table as wide as its columns (beside the cities «Origen» was squeezed to «…»), and the two lists
        # one above the other when they do not fit side by side
        fit_to_columns(self.wage_view)
        fit_to_columns(self.city_view)
        self.fold = Fold(self)
        self.fold.add(wages, 1)
        self.fold.add(cities, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fold, 1)
        layout.addWidget(self.status)

        self.may_edit = ctx.can(Action.ADMIN_SETTINGS)
        for widget in (
            self.year_spin,
            self.amount_edit,
            self.save_wage_button,
            self.clear_wage_button,
            self.city_edit,
            self.add_city_button,
            self.remove_city_button,
        ):
            widget.setVisible(self.may_edit)
        if not self.may_edit:
            self.status.setText(self.tr("Solo consulta: estos datos los cambia el administrador."))
        self.reload()

    # ---------------------------------------------------------------- cells

    def _origin(self, source: str) -> str:
        return self.tr("Del despacho") if source == "firm" else self.tr("Del programa")

    def _wage_cell(self, r: legal_data.WageRow, col: int) -> str:
        if col == 0:
            return str(r.year)
        if col == 1:
            return format_money(r.amount, "COP")
        if col == 2:
            return self._origin(r.source)
        return format_money(r.packaged, "COP") if r.packaged is not None else "—"

    def _city_cell(self, r: legal_data.CityRow, col: int) -> str:
        if col == 0:
            return r.city
        if col == 1:
            return self._origin(r.source)
        return self.tr("En la lista") if r.active else self.tr("Quitada por el despacho")

    # ---------------------------------------------------------------- loading and editing

    def reload(self) -> None:
        """Re-read both lists (a few settings rows)."""
        try:
            self.wage_model.set_rows(legal_data.wage_rows(self.ctx.desk))
            self.city_model.set_rows(legal_data.city_rows(self.ctx.desk))
        except ServiceError as exc:
            self.status.setText(error_text(exc))

    def _on_wage_selected(self) -> None:
        rows = self.wage_view.selectionModel().selectedRows()
        if rows:
            r = self.wage_model.rows[rows[0].row()]
            self.year_spin.setValue(r.year)
            self.amount_edit.setText(format_money(r.amount, "COP").replace("$", "").strip())

    def _on_city_selected(self) -> None:
        rows = self.city_view.selectionModel().selectedRows()
        if rows:
            self.city_edit.setText(self.city_model.rows[rows[0].row()].city)

    def _apply(self, title: str, action: Callable[[], Any], done: str) -> bool:
        try:
            action()
        except ServiceError as exc:
            QMessageBox.warning(self, title, error_text(exc))
            return False
        self.reload()
        self.status.setText(done)
        return True

    def save_wage(self) -> bool:
        """Store the firm's SMLMV for the chosen year."""
        year, amount = self.year_spin.value(), self.amount_edit.text()
        return self._apply(
            self.tr("Salario mínimo"),
            lambda: legal_data.set_minimum_wage(self.ctx.desk, self.ctx.actor, year, amount),
            self.tr("Salario mínimo de {y} guardado; rige para la cuantía.").replace("{y}", str(year)),
        )

    def clear_wage(self) -> bool:
        """Go back to the program's SMLMV for the chosen year."""
        year = self.year_spin.value()
        return self._apply(
            self.tr("Salario mínimo"),
            lambda: legal_data.clear_minimum_wage(self.ctx.desk, self.ctx.actor, year),
            self.tr("Salario mínimo de {y}: rige el del programa.").replace("{y}", str(year)),
        )

    def add_city(self) -> bool:
        """Put the typed city on the list."""
        city = self.city_edit.text()
        return self._apply(
            self.tr("Pequeñas Causas"),
            lambda: legal_data.add_small_claims_city(self.ctx.desk, self.ctx.actor, city),
            self.tr("«{c}» está en la lista de Pequeñas Causas.").replace("{c}", city.strip()),
        )

    def remove_city(self) -> bool:
        """Take the typed (or selected) city off the list."""
        city = self.city_edit.text()
        return self._apply(
            self.tr("Pequeñas Causas"),
            lambda: legal_data.remove_small_claims_city(self.ctx.desk, self.ctx.actor, city),
            self.tr("«{c}» ya no está en la lista de Pequeñas Causas.").replace("{c}", city.strip()),
        )
