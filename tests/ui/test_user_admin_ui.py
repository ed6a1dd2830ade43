"""The Usuarios panel: add a lawyer with the data documents need, edit, deactivate, change a password."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog

from legal_desk.services.desk import Desk
from legal_desk.services.users import authenticate, get_user
from legal_desk.ui.dialogs.users import UserDialog, UsersView
from legal_desk.ui.main_window import MainWindow
from tests.ui.helpers import make_ctx, wait_loaded

pytestmark = pytest.mark.usefixtures("spanish")


def _view(qtbot, desk: Desk, tmp_path: Path) -> UsersView:  # type: ignore[no-untyped-def]
    view = UsersView(make_ctx(desk, "admin", tmp_path))
    qtbot.addWidget(view)
    return view


def _usernames(view: UsersView) -> list[str]:
    return [view.model.item(r, 0).text() for r in range(view.model.rowCount())]


def test_admin_adds_a_lawyer_with_card_and_edits_them(qtbot, sqlite_desk: Desk, tmp_path: Path) -> None:
    view = _view(qtbot, sqlite_desk, tmp_path)
    dialog = UserDialog(view.ctx, None, view)
    qtbot.addWidget(dialog)
    dialog.username_edit.setText("mgomez")
    dialog.full_name_edit.setText("María Gómez")
    dialog.role_edit.setCurrentIndex(dialog.role_edit.findData("lawyer"))
    dialog.id_number_edit.setText("52.111.222")
    dialog.professional_card_edit.setText("301.555 del C. S. de la J.")
    dialog.email_edit.setText("mgomez@firma.co")
    assert dialog.save() is True
    info = get_user(sqlite_desk, "mgomez")
    assert (info.role, info.professional_card, info.id_number) == ("lawyer", "301.555 del C. S. de la J.", "52.111.222")
    row = _usernames(view).index("mgomez")  # the panel reloaded on users_changed
    assert view.model.item(row, 5).text() == "301.555 del C. S. de la J."
    # the seeded lawyer has no card: the panel says the documents will miss it
    assert view.model.item(_usernames(view).index("abogada"), 5).text() == "Falta (poderes y demandas)"

    view.select("abogada")
    edit = UserDialog(view.ctx, view.selected(), view)
    qtbot.addWidget(edit)
    assert edit.username_edit.isReadOnly() and not edit.password_edit.isVisible()
    edit.professional_card_edit.setText("187.654")
    edit.role_edit.setCurrentIndex(edit.role_edit.findData("paralegal"))
    assert edit.save() is True
    assert (get_user(sqlite_desk, "abogada").role, get_user(sqlite_desk, "abogada").professional_card) == (
        "paralegal",
        "187.654",
    )


def test_a_refusal_stays_in_the_dialog(qtbot, sqlite_desk: Desk, tmp_path: Path) -> None:
    view = _view(qtbot, sqlite_desk, tmp_path)
    dialog = UserDialog(view.ctx, None, view)
    qtbot.addWidget(dialog)
    dialog.username_edit.setText("abogada")
    assert dialog.save() is False
    assert dialog.error_label.text() == "Ya existe el usuario «abogada»"
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_deactivate_and_reactivate_and_never_oneself(
    qtbot, sqlite_desk: Desk, tmp_path: Path, messages: list[str]
) -> None:
    view = _view(qtbot, sqlite_desk, tmp_path)
    view.select("admin")
    assert not view.active_button.isEnabled()  # an admin cannot lock themself out
    view.select("cobranza")
    assert view.active_button.text() == "Desactivar"
    assert view.toggle_active() is True  # the confirmation answers Yes (fixture)
    assert get_user(sqlite_desk, "cobranza").active is False
    assert view.selected() is not None and view.selected().username == "cobranza"  # kept across the reload
    assert view.model.item(_usernames(view).index("cobranza"), 3).text() == "No"
    assert view.active_button.text() == "Reactivar"
    assert view.toggle_active() is True
    assert get_user(sqlite_desk, "cobranza").active is True


def test_admin_changes_a_password(
    qtbot, sqlite_desk: Desk, tmp_path: Path, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(qtbot, sqlite_desk, tmp_path)
    view.select("dependiente")
    answers = iter([("uno-1234567", True), ("otro-1234567", True), ("clave-nueva-7", True), ("clave-nueva-7", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    assert view.reset_password() is True
    assert messages[0] == "Las contraseñas no coinciden."
    assert "quedó cambiada" in messages[-1]
    assert authenticate(sqlite_desk, "dependiente", "clave-nueva-7").username == "dependiente"
    assert view.model.item(_usernames(view).index("dependiente"), 4).text() == "Asignada"


def test_a_lawyer_edits_their_own_data_from_the_file_menu(
    qtbot, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(make_ctx(sqlite_desk, "abogada", tmp_path))
    qtbot.addWidget(window)
    assert window.users is None and window.act_profile.isVisible()
    opened: list[UserDialog] = []

    def fake_exec(dialog: UserDialog) -> int:
        opened.append(dialog)
        assert not dialog.role_edit.isEnabled() and not dialog.active_check.isEnabled()
        dialog.professional_card_edit.setText("187.654 del C. S. de la J.")
        return int(dialog.save())

    monkeypatch.setattr(UserDialog, "exec", fake_exec)
    window.act_profile.trigger()
    assert opened and get_user(sqlite_desk, "abogada").professional_card == "187.654 del C. S. de la J."


def test_case_edit_offers_no_deactivated_lawyer_but_keeps_the_cases_own(
    qtbot, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from legal_desk.services import cases
    from legal_desk.services.users import SYSTEM, actor_for, add_user, update_user
    from legal_desk.ui.dialogs.case_edit import CaseEditDialog
    from legal_desk.ui.views.case_file import CaseFileView
    from tests.ui.test_case_edit import hand_over_bare

    admin = actor_for(sqlite_desk, "admin")
    add_user(sqlite_desk, SYSTEM, "retirado", "lawyer", full_name="Abogado Retirado")
    case_id = hand_over_bare(sqlite_desk)
    own = actor_for(sqlite_desk, "abogada").user_id
    cases.update_case(sqlite_desk, admin, case_id, cases.CaseUpdate(lawyer_id=own))
    update_user(sqlite_desk, admin, "retirado", active=False)
    update_user(sqlite_desk, admin, "abogada", active=False)  # the case's own lawyer left the firm
    view = CaseFileView(make_ctx(sqlite_desk, "admin", tmp_path), case_id)
    wait_loaded(qtbot, view)
    qtbot.addWidget(view)
    offered: list[list[str]] = []

    def fake_exec(dlg: CaseEditDialog) -> int:
        offered.append([dlg.lawyerCombo.itemText(i) for i in range(dlg.lawyerCombo.count())])
        assert dlg.lawyerCombo.currentData() == own
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(CaseEditDialog, "exec", fake_exec)
    view.summary_tab.edit_header()
    assert offered == [["Sin asignar", "Laura Restrepo (desactivado)"]]


def test_a_locked_account_shows_until_when_and_the_admin_unlocks_it(qtbot, sqlite_desk: Desk, tmp_path: Path) -> None:
    from legal_desk.services import users
    from legal_desk.services.errors import PermissionDenied
    from legal_desk.services.users import actor_for, set_password

    set_password(sqlite_desk, actor_for(sqlite_desk, "admin"), "abogada", "la-buena-1")
    for k in range(users.MAX_FAILED_LOGINS):
        with pytest.raises(PermissionDenied):
            authenticate(sqlite_desk, "abogada", f"mala-{k}")
    view = _view(qtbot, sqlite_desk, tmp_path)
    row = _usernames(view).index("abogada")
    assert view.model.item(row, 3).text().startswith("Bloqueado hasta las ")
    view.select("abogada")
    assert view.unlock_button.isVisibleTo(view)
    assert view.unlock() is True
    assert view.model.item(_usernames(view).index("abogada"), 3).text() == "Sí"
    assert not view.unlock_button.isVisibleTo(view)
    assert authenticate(sqlite_desk, "abogada", "la-buena-1").username == "abogada"


def test_deactivating_or_demoting_a_lawyer_with_cases_says_what_stays_in_their_name(
    qtbot, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """«Sus expedientes se conservan» hid that they stay assigned to someone who can no longer log in."""
    from PySide6.QtWidgets import QMessageBox

    from legal_desk.services import cases
    from legal_desk.services.users import actor_for
    from tests.integration.test_services_core import handover

    law = actor_for(sqlite_desk, "abogada")
    for ref in ("OB-1", "OB-2"):
        cases.move_stage(
            sqlite_desk, law, handover(sqlite_desk, actor_for(sqlite_desk, "cobranza"), ref=ref).case_id, "EVIDENCE"
        )
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or answer[0])
    view = _view(qtbot, sqlite_desk, tmp_path)
    view.select("abogada")
    assert view.toggle_active() is False  # the admin read it and said no
    assert asked[-1].startswith("«abogada» tiene a su cargo expedientes en curso como abogado: 2.")
    assert "nadie podrá ingresar con ese usuario" in asked[-1] and asked[-1].endswith("se conservan.")
    assert get_user(sqlite_desk, "abogada").active is True
    # a role change away from lawyer asks too; «No» keeps the dialog open and the role as it was
    edit = UserDialog(view.ctx, view.selected(), view)
    qtbot.addWidget(edit)
    edit.role_edit.setCurrentIndex(edit.role_edit.findData("paralegal"))
    assert edit.save() is False
    assert "Seguirán a su nombre con el rol nuevo" in asked[-1]
    assert get_user(sqlite_desk, "abogada").role == "lawyer"
    answer[0] = QMessageBox.StandardButton.Yes
    assert edit.save() is True and get_user(sqlite_desk, "abogada").role == "paralegal"
    # someone with nothing in hand is asked only the plain question
    view.select("dependiente")
    assert view.toggle_active() is True
    assert asked[-1].startswith("¿Desactivar a «dependiente»?")
