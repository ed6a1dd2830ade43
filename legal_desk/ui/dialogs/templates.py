"""«Plantillas de documentos»: which Word templates the desk generates from, open them, make them the firm's own."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_documents_dir
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legal_desk.documents import templates as tpl
from legal_desk.domain.permissions import Action
from legal_desk.services import documents
from legal_desk.services.errors import ServiceError
from legal_desk.ui import theme
from legal_desk.ui.context import UiContext
from legal_desk.ui.errors import error_text
from legal_desk.ui.i18n import current_language
from legal_desk.ui.widgets.screen_fit import fit_to_screen


def default_templates_folder() -> Path:
    """Where a first customisation proposes to put the firm's templates."""
    return Path(user_documents_dir()) / "legal_desk" / "plantillas"


class TemplateFieldsDialog(QDialog):
    """Every field a template can write (`{{ debtor.name }}`), with the sample case's value, to copy into Word."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Campos de las plantillas"))
        fit_to_screen(self, 760, 520)
        intro = QLabel(
            self.tr(
                "Escriba un campo en la plantilla entre llaves dobles: {{ debtor.name }}. Los que terminan en [] son "
                "listas: {% for g in guarantors %}{{ g.name }}{% endfor %}. El ejemplo es del caso de ejemplo."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(
            self.tr("Buscar un campo (deudor: debtor, acreedor: creditor, abogado: lawyer…)")
        )
        self.filter.setClearButtonEnabled(True)
        self.fields = tpl.template_fields()
        self.table = QTableWidget(len(self.fields), 2, self)
        self.table.setAccessibleName(self.tr("Campos"))
        self.table.setHorizontalHeaderLabels([self.tr("Campo"), self.tr("Ejemplo")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (path, example) in enumerate(self.fields):
            self.table.setItem(row, 0, QTableWidgetItem(path))
            self.table.setItem(row, 1, QTableWidgetItem(example))
        self.filter.textChanged.connect(self._filter)
        close = QPushButton(self.tr("Cerrar"), self)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row, (path, example) in enumerate(self.fields):
            self.table.setRowHidden(row, bool(needle) and needle not in f"{path} {example}".casefold())


class TemplatesDialog(QDialog):
    """The templates in use, each openable in Word; an admin gives the desk its own editable copies."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Plantillas de documentos"))
        fit_to_screen(self, 760, 420)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Plantillas"))
        self.table.setHorizontalHeaderLabels([self.tr("Documento"), self.tr("Archivo"), self.tr("Versión")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Abrir en Word"), self)
        self.folder_button = QPushButton(self.tr("Abrir carpeta"), self)
        self.customize_button = QPushButton(self.tr("Personalizar…"), self)
        self.customize_button.setToolTip(
            self.tr(
                "Copiar las plantillas a una carpeta del despacho (compartida si trabajan varios) y generar desde allí"
            )
        )
        self.program_button = QPushButton(self.tr("Usar las del programa"), self)
        self.check_button = QPushButton(self.tr("Comprobar"), self)
        self.check_button.setToolTip(
            self.tr("Generar cada plantilla con el caso de ejemplo, sin tocar ningún expediente, y decir dónde falla")
        )
        close = QPushButton(self.tr("Cerrar"), self)
        close.setDefault(True)
        self.open_button.clicked.connect(self.open_selected)
        self.folder_button.clicked.connect(self.open_folder)
        self.customize_button.clicked.connect(lambda: self.customize())
        self.program_button.clicked.connect(self.use_program)
        self.check_button.clicked.connect(lambda: self.check())
        self.fields_button = QPushButton(self.tr("Campos…"), self)
        self.fields_button.setToolTip(self.tr("Los campos que puede escribir una plantilla, con un ejemplo"))
        self.fields_button.clicked.connect(lambda: TemplateFieldsDialog(self).exec())
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for b in (
            self.open_button,
            self.folder_button,
            self.check_button,
            self.fields_button,
            self.customize_button,
            self.program_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        admin = ctx.can(Action.ADMIN_SETTINGS)
        self.customize_button.setVisible(admin)
        self.program_button.setVisible(admin)
        self.refresh()

    def refresh(self) -> None:
        """Read the desk's templates again (after a customisation or a switch back)."""
        try:
            self.root = documents.templates_root_for(self.ctx.desk)
        except ServiceError as exc:  # the desk's folder is set but this computer cannot reach it
            self.root = tpl.templates_root()
            self.own = False
            self.infos = []
            self.where.setText(error_text(exc))
            self.where.setStyleSheet(theme.adapted("color:#b91c1c;"))
            self.program_button.setEnabled(True)
            self.table.setRowCount(0)
            return
        self.where.setStyleSheet("")
        self.own = self.root.resolve() != tpl.templates_root().resolve()
        try:
            self.infos = documents.desk_templates(self.ctx.desk)
        except (tpl.TemplateError, ServiceError) as exc:  # a catalog.json edited into something unreadable
            self.infos = []
            self._say(error_text(exc), error=True)
        else:
            stray = tpl.uncatalogued_files(root=self.root)
            if stray:  # a new letter saved in the folder: it is only offered once catalog.json describes it
                self._say(
                    self.tr("No se ofrecen porque no están en catalog.json: {0}. Agregue una entrada por archivo "
                            "(«name», «file», «title_es», «required») para generarlos.").format(
                        ", ".join(f.name for f in stray)
                    ),
                    error=True,
                )
            else:
                self._say("")
        if self.own:
            self.where.setText(
                self.tr("Plantillas propias del despacho, en {0}. Edítelas en Word: los documentos nuevos usan la "
                        "versión guardada.").format(self.root / tpl.DEFAULT_LOCALE)
            )
        else:
            self.where.setText(
                self.tr("Plantillas del programa ({0}). No las edite aquí: una actualización las reemplaza. "
                        "Un administrador puede «Personalizar…» para tener copias propias del despacho.").format(
                    self.root / tpl.DEFAULT_LOCALE
                )
            )
        self.program_button.setEnabled(self.own)
        self.table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            title = info.title_en if current_language() == "en" else info.title_es
            for col, text in enumerate((title, info.path.name, info.version)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        if self.infos:
            self.table.selectRow(0)

    def selected(self) -> tpl.TemplateInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.infos[rows[0].row()] if rows else None

    def open_selected(self) -> bool:
        """Open the selected template in the system's word processor."""
        info = self.selected()
        if info is None:
            return False
        if not self.own:
            self._say(self.tr("Es la plantilla del programa: los cambios se perderían al actualizar."), error=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(info.path)))

    def open_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.root / tpl.DEFAULT_LOCALE)))

    def customize(self, folder: Path | None = None) -> Path | None:
        """Copy the templates to a folder of the firm's and generate from it (admin)."""
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Carpeta de plantillas del despacho"), str(default_templates_folder())
            )
            if not chosen:
                return None
            folder = Path(chosen)
        try:
            target = documents.customize_templates(self.ctx.desk, self.ctx.actor, folder)
        except ServiceError as exc:
            self._say(error_text(exc), error=True)
            return None
        self.refresh()
        self._say(self.tr("Plantillas copiadas a {0}; desde ahora se generan desde allí.").format(target))
        return target

    def check(self) -> bool:
        """Render every template with the sample case: say which fail, where and why (after an edit in Word)."""
        self.refresh()  # the files as saved now (their versions too)
        try:
            results = documents.check_templates(self.ctx.desk)
        except ServiceError as exc:
            self._say(error_text(exc), error=True)
            return False
        failed = [error_text(exc) for _info, exc in results if exc is not None]
        if failed:
            self._say("\n".join(failed), error=True)
        else:
            self._say(self.tr("Las {0} plantillas se generan sin errores con el caso de ejemplo.").format(len(results)))
        return not failed

    def use_program(self) -> None:
        try:
            documents.use_program_templates(self.ctx.desk, self.ctx.actor)
        except ServiceError as exc:
            self._say(error_text(exc), error=True)
            return
        self.refresh()
        self._say(self.tr("Se generan de nuevo desde las plantillas del programa."))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(theme.adapted("color:#b91c1c;") if error else "")
        self.status.setText(text)
