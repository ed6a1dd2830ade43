"""User administration: add or edit a user (role, activation, the data documents print), set a password."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from legal_desk.domain.dates import local_time
from legal_desk.domain.permissions import Action, Role
from legal_desk.services import users
from legal_desk.services.errors import ServiceError
from legal_desk.ui import theme
from legal_desk.ui.context import UiContext
from legal_desk.ui.errors import error_text
from legal_desk.ui.forms.ui_user_dialog import Ui_UserDialog
from legal_desk.ui.i18n import role_label

_PROFILE = ("full_name", "email", "id_number", "professional_card", "address", "phone")


def tr(text: str) -> str:
    return QCoreApplication.translate("UsersView", text)


def workload_warning(ctx: UiContext, user: users.UserInfo, *, deactivate: bool, new_role: str | None) -> str:
    """What the admin must know before deactivating `user` or giving them `new_role` (empty: nothing in hand).

    Their cases in progress stay assigned to them: deactivated, nobody logs in to work them and their hearings
    and terms leave every lawyer's own agenda; with another role, they stay theirs all the same.
    """
    leaves_lawyer = deactivate or (new_role is not None and user.role == Role.LAWYER.value != new_role)
    leaves_paralegal = deactivate or (new_role is not None and user.role == Role.PARALEGAL.value != new_role)
    if not (leaves_lawyer or leaves_paralegal):
        return ""
    try:
        w = users.workload(ctx.desk, user.username)
    except ServiceError:
        return ""  # the change itself will say what is wrong
    parts = []
    if leaves_lawyer and w.cases_as_lawyer:
        parts.append(tr("expedientes en curso como abogado: %1").replace("%1", str(w.cases_as_lawyer)))
    if leaves_paralegal and w.cases_as_paralegal:
        parts.append(tr("expedientes en curso como dependiente: %1").replace("%1", str(w.cases_as_paralegal)))
    if leaves_lawyer and w.open_deadlines:
        parts.append(tr("términos abiertos: %1").replace("%1", str(w.open_deadlines)))
    if leaves_lawyer and w.upcoming_hearings:
        parts.append(tr("audiencias programadas: %1").replace("%1", str(w.upcoming_hearings)))
    if not parts:
        return ""
    held = tr("«%1» tiene a su cargo %2.").replace("%1", user.username).replace("%2", "; ".join(parts))
    if deactivate:
        then = tr(
            "Seguirán a su nombre, pero nadie podrá ingresar con ese usuario para atenderlos y sus audiencias y "
            "términos saldrán de la agenda propia de cada abogado: reasígnelos (Editar datos… en cada expediente)."
        )
    else:
        then = tr(
            "Seguirán a su nombre con el rol nuevo: reasígnelos a quien corresponda (Editar datos… en cada expediente)."
        )
    return f"{held} {then}"


class UserDialog(QDialog, Ui_UserDialog):
    """Add a user (`user` None) or edit one; an admin sets role and activation, anyone their own data."""

    def __init__(self, ctx: UiContext, user: users.UserInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        theme.adapt_style_sheets(self)  # the .ui names light-theme colours
        self.ctx = ctx
        self.user = user
        self.result_info: users.UserInfo | None = None
        for role in Role:
            self.role_edit.addItem(role_label(role.value), role.value)
        self.role_edit.setCurrentIndex(self.role_edit.findData(Role.LAWYER.value))
        self.buttonBox.accepted.connect(self.save)
        is_admin = ctx.can(Action.MANAGE_USERS)
        if user is None:
            self.setWindowTitle(self.tr("Agregar usuario"))
        else:
            self.setWindowTitle(self.tr("Usuario %1").replace("%1", user.username))
            self.username_edit.setText(user.username)
            self.username_edit.setReadOnly(True)
            self.role_edit.setCurrentIndex(self.role_edit.findData(user.role))
            self.active_check.setChecked(user.active)
            for name in _PROFILE:
                self._edit(name).setText(getattr(user, name) or "")
            # the password of an existing user is changed with «Cambiar contraseña…», never here
            self.password_label.hide()
            self.password_edit.hide()
            own = user.username == ctx.actor.username
            self.role_edit.setEnabled(is_admin)
            self.active_check.setEnabled(is_admin and not own)
            if own and is_admin:
                self.active_check.setToolTip(self.tr("Nadie puede desactivar su propio usuario"))

    def _edit(self, name: str) -> QLineEdit:
        edit = getattr(self, f"{name}_edit")
        assert isinstance(edit, QLineEdit)
        return edit

    def save(self) -> bool:
        """Add or update through the users service; a refusal stays in the dialog, in red."""
        profile = {name: self._edit(name).text() for name in _PROFILE}
        role = str(self.role_edit.currentData())
        try:
            if self.user is None:
                self.result_info = users.add_user(
                    self.ctx.desk,
                    self.ctx.actor,
                    self.username_edit.text(),
                    role,
                    password=self.password_edit.text() or None,
                    **profile,
                )
                if not self.active_check.isChecked():
                    self.result_info = users.update_user(
                        self.ctx.desk, self.ctx.actor, self.result_info.username, active=False
                    )
            else:
                admin = self.ctx.can(Action.MANAGE_USERS)
                deactivate = self.user.active and self.active_check.isEnabled() and not self.active_check.isChecked()
                warning = workload_warning(
                    self.ctx,
                    self.user,
                    deactivate=deactivate,
                    new_role=role if admin and role != self.user.role else None,
                )
                if warning and not self._confirm(warning):
                    return False
                self.result_info = users.update_user(
                    self.ctx.desk,
                    self.ctx.actor,
                    self.user.username,
                    role=role if admin else None,
                    active=self.active_check.isChecked() if self.active_check.isEnabled() else None,
                    **profile,
                )
        except ServiceError as exc:
            self.error_label.setText(error_text(exc))
            return False
        self.ctx.events.users_changed.emit()
        self.accept()
        return True

    def _confirm(self, warning: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Guardar usuario"), warning + "\n\n" + self.tr("¿Guardar el cambio?")
        )
        return answer == QMessageBox.StandardButton.Yes


class UsersView(QWidget):
    """User administration panel (admins only): who may work on the desk, with which role and data."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.infos: list[users.UserInfo] = []
        self.model = QStandardItemModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Usuarios"))
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.password_button = QPushButton(self)
        self.active_button = QPushButton(self)
        self.unlock_button = QPushButton(self)
        self.unlock_button.clicked.connect(lambda: self.unlock())
        self.add_button.clicked.connect(lambda: self.add_user())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.password_button.clicked.connect(lambda: self.reset_password())
        self.active_button.clicked.connect(lambda: self.toggle_active())
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.password_button, self.active_button, self.unlock_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        # a new desk has only «admin»: say what this panel is for and what comes next
        self.hint = QLabel(self)
        self.hint.setObjectName("users_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(
            theme.adapted(
                "background:#eef4fb; color:#1e293b; border:1px solid #b6cbe3; border-radius:4px; padding:8px;"
            )
        )
        self.hint.hide()
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        ctx.events.users_changed.connect(self.reload)
        ctx.events.language_changed.connect(lambda _l: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._sync_buttons())
        self.reload()

    def _grey_inactive(self) -> None:
        """Inactive users' rows greyed, but readable (Qt's gray was 2.6:1 on white), in the palette in use."""
        muted = theme.colour("muted")
        for row, u in enumerate(self.infos):
            if not u.active:
                for column in range(self.model.columnCount()):
                    item = self.model.item(row, column)
                    if item is not None:
                        item.setForeground(muted)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)  # a light/dark switch of the desktop: the grey of the new palette
        model = getattr(self, "model", None)
        if event.type() == QEvent.Type.PaletteChange and model is not None and model.rowCount() == len(self.infos):
            self._grey_inactive()

    def reload(self) -> None:
        selected = self.selected()
        self.add_button.setText(self.tr("Agregar usuario…"))
        self.edit_button.setText(self.tr("Editar…"))
        self.password_button.setText(self.tr("Cambiar contraseña…"))
        self.unlock_button.setText(self.tr("Desbloquear"))
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Usuario"),
                self.tr("Nombre"),
                self.tr("Rol"),
                self.tr("Activo"),
                self.tr("Contraseña"),
                self.tr("Tarjeta profesional"),
                self.tr("Correo"),
            ]
        )
        self.infos = users.list_users(self.ctx.desk)
        for u in self.infos:
            cells = [
                u.username,
                u.full_name,
                role_label(u.role),
                (self.tr("Bloqueado hasta las %1").replace("%1", local_time(u.locked_until, "%H:%M")) if u.locked_until
                 else self.tr("Sí") if u.active else self.tr("No")),
                self.tr("Asignada") if u.has_password else self.tr("Pendiente (primer ingreso)"),
                u.professional_card or ("—" if u.role != Role.LAWYER.value else self.tr("Falta (poderes y demandas)")),
                u.email or "—",
            ]
            self.model.appendRow([QStandardItem(c) for c in cells])
        self._grey_inactive()
        self.table.resizeColumnsToContents()
        alone = all(u.username == self.ctx.actor.username for u in self.infos)
        self.hint.setText(
            self.tr(
                "<b>Solo está usted.</b> Cree con «Agregar usuario…» a cada persona del equipo: abogados (con su "
                "cédula y tarjeta profesional, que salen en poderes y demandas), dependientes judiciales y "
                "cobranza. Cada uno elige su contraseña en su primer ingreso."
            )
            if alone
            else ""
        )
        self.hint.setVisible(alone)
        if selected is not None:
            self.select(selected.username)
        self._sync_buttons()

    def select(self, username: str) -> None:
        for row, u in enumerate(self.infos):
            if u.username == username:
                self.table.selectRow(row)
                return

    def selected(self) -> users.UserInfo | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.infos[rows[0].row()] if rows and rows[0].row() < len(self.infos) else None

    def _sync_buttons(self) -> None:
        u = self.selected()
        for b in (self.edit_button, self.password_button, self.active_button):
            b.setEnabled(u is not None)
        self.active_button.setText(self.tr("Reactivar") if u is not None and not u.active else self.tr("Desactivar"))
        self.unlock_button.setVisible(u is not None and u.locked_until is not None)
        own = u is not None and u.username == self.ctx.actor.username
        self.active_button.setEnabled(u is not None and not (own and u.active))
        self.active_button.setToolTip(self.tr("Nadie puede desactivar su propio usuario") if own else "")
        if u is None:  # greyed out, and the tooltip says why
            for b in (self.edit_button, self.password_button, self.active_button):
                b.setToolTip(self.tr("Seleccione primero un usuario de la lista"))
        else:
            self.edit_button.setToolTip("")
            self.password_button.setToolTip("")

    def unlock(self) -> bool:
        """Lift a log-in lock (five wrong passwords) before its 15 minutes are up."""
        u = self.selected()
        if u is None:
            return False
        try:
            users.unlock_user(self.ctx.desk, self.ctx.actor, u.username)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Desbloquear"), error_text(exc))
            return False
        self.reload()
        return True

    def add_user(self) -> users.UserInfo | None:
        dialog = UserDialog(self.ctx, None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_info is None:
            return None
        self.select(dialog.result_info.username)
        return dialog.result_info

    def edit_selected(self) -> users.UserInfo | None:
        u = self.selected()
        if u is None:
            return None
        dialog = UserDialog(self.ctx, u, self)
        return dialog.result_info if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_password(self, username: str) -> str | None:
        """The new password typed twice (None if cancelled); the service checks its length."""
        title = self.tr("Cambiar contraseña")
        while True:
            first, ok = QInputDialog.getText(
                self,
                title,
                self.tr("Nueva contraseña para «%1» (mínimo %2 caracteres):")
                .replace("%1", username)
                .replace("%2", str(users.MIN_PASSWORD)),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
            second, ok = QInputDialog.getText(
                self, title, self.tr("Repita la contraseña:"), QLineEdit.EchoMode.Password
            )
            if not ok:
                return None
            if first == second:
                return first
            QMessageBox.warning(self, title, self.tr("Las contraseñas no coinciden."))

    def reset_password(self) -> bool:
        u = self.selected()
        if u is None:
            return False
        password = self.ask_password(u.username)
        if password is None:
            return False
        try:
            users.set_password(self.ctx.desk, self.ctx.actor, u.username, password)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Cambiar contraseña"), error_text(exc))
            return False
        QMessageBox.information(
            self,
            self.tr("Cambiar contraseña"),
            self.tr("La contraseña de «%1» quedó cambiada; entréguesela personalmente.").replace("%1", u.username),
        )
        self.ctx.events.users_changed.emit()
        return True

    def toggle_active(self) -> bool:
        u = self.selected()
        if u is None:
            return False
        if u.active:
            question = self.tr(
                "¿Desactivar a «%1»? No podrá ingresar; sus expedientes, documentos y su rastro en la "
                "auditoría se conservan."
            ).replace("%1", u.username)
            warning = workload_warning(self.ctx, u, deactivate=True, new_role=None)
            answer = QMessageBox.question(
                self, self.tr("Desactivar usuario"), f"{warning}\n\n{question}" if warning else question
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            users.update_user(self.ctx.desk, self.ctx.actor, u.username, active=not u.active)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Usuarios"), error_text(exc))
            return False
        self.ctx.events.users_changed.emit()
        return True


