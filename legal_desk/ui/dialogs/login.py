"""Log-in dialog: user and password checked by `users.authenticate`; a first log-in sets a password."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from legal_desk.services import users
from legal_desk.services.desk import Actor, Desk
from legal_desk.services.errors import Conflict, ServiceError
from legal_desk.ui import theme
from legal_desk.ui.errors import error_text
from legal_desk.ui.forms.ui_login import Ui_LoginDialog
from legal_desk.ui.settings import UiSettings


class LoginDialog(QDialog, Ui_LoginDialog):
    """Asks who is working (UI layer); `actor` is set when the dialog is accepted."""

    def __init__(self, desk: Desk, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        theme.adapt_style_sheets(self)  # the .ui names light-theme colours
        self.desk = desk
        self.settings = settings
        self.actor: Actor | None = None
        self.userEdit.setText(settings.last_user or "admin")
        # A new database has only «admin», without a password: say how to get in instead of leaving a
        # new user to guess the user name and that the password is left blank the first time.
        self.first_run = not any(u.has_password for u in users.list_users(desk))
        self.firstRunLabel.setVisible(self.first_run)
        if self.first_run:
            self.userEdit.setText("admin")
            self.setMinimumWidth(440)  # the note wraps in a few lines instead of a narrow column
            self.adjustSize()
        (self.passwordEdit if self.userEdit.text() else self.userEdit).setFocus()
        self.buttonBox.accepted.connect(self.try_login)
        self.buttonBox.rejected.connect(self.reject)

    def try_login(self) -> bool:
        """Check the credentials; on success remember the user and accept."""
        username = self.userEdit.text().strip()
        password = self.passwordEdit.text()
        if not username:
            self.errorLabel.setText(self.tr("Escriba su nombre de usuario."))
            return False
        try:
            actor = users.authenticate(self.desk, username, password)
        except ServiceError as exc:
            self.errorLabel.setText(error_text(exc))  # in the interface language
            self.passwordEdit.selectAll()
            self.passwordEdit.setFocus()
            return False
        if not password and not self._has_password(username) and not self.ask_new_password(actor):
            return False
        self.actor = actor
        self.settings.last_user = actor.username
        self.accept()
        return True

    def _has_password(self, username: str) -> bool:
        return any(u.username == username and u.has_password for u in users.list_users(self.desk))

    def ask_new_password(self, actor: Actor) -> bool:
        """A user without a password must choose one now (at least 8 characters)."""
        while True:
            first, ok = QInputDialog.getText(
                self,
                self.tr("Elija una contraseña"),
                self.tr("Su usuario aún no tiene contraseña. Escriba una nueva (mínimo 8 caracteres):"),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                self.errorLabel.setText(self.tr("Debe elegir una contraseña para ingresar."))
                return False
            second, ok = QInputDialog.getText(
                self, self.tr("Elija una contraseña"), self.tr("Repita la contraseña:"), QLineEdit.EchoMode.Password
            )
            if not ok:
                return False
            if first != second:
                QMessageBox.warning(self, self.tr("Contraseña"), self.tr("Las contraseñas no coinciden."))
                continue
            try:
                users.set_password(self.desk, actor, actor.username, first, first=True)
            except Conflict as exc:  # someone else chose it meanwhile: log in with theirs
                QMessageBox.warning(self, self.tr("Contraseña"), error_text(exc))
                self.errorLabel.setText(self.tr("Ingrese con la contraseña que ya se eligió."))
                return False
            except ServiceError as exc:
                QMessageBox.warning(self, self.tr("Contraseña"), error_text(exc))
                continue
            return True

    @classmethod
    def get_actor(cls, desk: Desk, settings: UiSettings, parent: QWidget | None = None) -> Actor | None:
        """Show the dialog; the logged-in actor, or None if the user cancelled."""
        dialog = cls(desk, settings, parent)
        return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
