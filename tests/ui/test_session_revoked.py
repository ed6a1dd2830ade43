"""An administrator deactivates a user, or changes their role, on another desk while the user is logged in.

The next thing the logged-in desk does is refused (services.desk.Actor.confirm). Before, the window then
stayed open as if nothing had happened: every later click was refused again, and a user whose role changed
kept the menus and panels of the old one. Now a deactivated user is told and the window closes (as after a
restore); a user given another role is told and the window opens again with that role's panels.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from legal_desk.config import Config
from legal_desk.domain.permissions import Role
from legal_desk.services import cases
from legal_desk.services.cases import DebtInput, HandoverInput, PartyInput
from legal_desk.services.desk import Desk
from legal_desk.services.errors import AccountRevoked
from legal_desk.services.users import actor_for, update_user
from legal_desk.ui.context import UiContext
from legal_desk.ui.main_window import MainWindow
from tests.ui.helpers import make_ctx, settle

pytestmark = pytest.mark.usefixtures("spanish")


@pytest.fixture
def admin_desk(sqlite_desk: Desk) -> Iterator[Desk]:
    """The administrator's computer: a second desk on the same database and store."""
    d = Desk.open(Config(db_url=sqlite_desk.config.db_url, store_root=sqlite_desk.config.store_root))
    yield d
    d.close()


def _case(desk: Desk) -> int:
    return cases.hand_over_case(
        desk,
        actor_for(desk, "cobranza"),
        HandoverInput(
            "OB-SESION", PartyInput("Rosa Ñañez", "CC", "52111222"), DebtInput(Decimal("5000000"), dt.date(2024, 3, 15))
        ),
    ).case_id


def _window(qtbot, desk: Desk, user: str, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(make_ctx(desk, user, tmp_path))
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    return window


def test_a_deactivated_user_is_told_and_the_window_closes(
    qtbot, sqlite_desk: Desk, admin_desk: Desk, tmp_path: Path, messages: list[str]
) -> None:
    cid = _case(sqlite_desk)
    window = _window(qtbot, sqlite_desk, "dependiente", tmp_path)
    open_dialog = QDialog(window)  # say, a form the paralegal was filling in
    open_dialog.show()
    update_user(admin_desk, actor_for(admin_desk, "admin"), "dependiente", active=False)
    window.open_case(cid)  # read in a worker: refused there
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert not open_dialog.isVisible() and window.successor is None
    assert any("desactivó el usuario «dependiente»" in m and "la sesión termina aquí" in m for m in messages)
    settle(qtbot)
    assert len([m for m in messages if "la sesión termina aquí" in m]) == 1  # once, however many refusals


def test_a_user_given_another_role_is_told_and_the_window_reopens_with_its_panels(
    qtbot, sqlite_desk: Desk, admin_desk: Desk, tmp_path: Path, messages: list[str]
) -> None:
    cid = _case(sqlite_desk)
    window = _window(qtbot, sqlite_desk, "admin", tmp_path)
    assert "Usuarios" in window.panel_titles() and window.act_backup.isVisible()
    # on the other desk, a second administrator makes this one a lawyer
    update_user(admin_desk, actor_for(admin_desk, "admin"), "abogada", role="admin")
    update_user(admin_desk, actor_for(admin_desk, "abogada"), "admin", role="lawyer")
    window.open_case(cid)
    qtbot.waitUntil(lambda: window.successor is not None and not window.isVisible(), timeout=10_000)
    new = window.successor
    assert new is not None
    qtbot.addWidget(new)
    assert new.isVisible() and new.ctx.actor.role is Role.LAWYER and new.ctx.actor.username == "admin"
    assert "Usuarios" not in new.panel_titles() and not new.act_backup.isVisible()
    assert messages == [
        "Un administrador cambió el rol de «admin» de Administrador a Abogado. Lo que intentaba hacer no se "
        "guardó. La ventana se abre de nuevo con los paneles y permisos del rol nuevo."
    ]
    # the new window works with the new role: the case opens
    view = new.open_case(cid)
    assert view is not None
    settle(qtbot)
    assert len(messages) == 1 and new.isVisible()  # nothing refused any more
    new.close()


def test_the_refusal_is_an_account_revoked_and_the_hook_hears_it_first(sqlite_desk: Desk, admin_desk: Desk) -> None:
    heard: list[AccountRevoked] = []
    from dataclasses import replace

    actor = replace(actor_for(sqlite_desk, "abogada"), on_revoked=heard.append)
    update_user(admin_desk, actor_for(admin_desk, "admin"), "abogada", role="paralegal")
    cid = _case(sqlite_desk)
    with pytest.raises(AccountRevoked, match="cambió el rol de «abogada» de Abogado a Dependiente judicial") as err:
        cases.get_case_file(sqlite_desk, actor, cid)
    assert heard == [err.value] and not err.value.deactivated
    assert (err.value.role, err.value.new_role) == ("lawyer", "paralegal")


def _watching_window(qtbot, desk: Desk, user: str, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """A window whose change watcher looks every 50 ms (the app: every few seconds)."""
    ctx = make_ctx(desk, user, tmp_path)
    window = MainWindow(UiContext(ctx.desk, ctx.actor, ctx.events, ctx.settings, watch_ms=50))
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    return window


def test_an_idle_window_of_a_deactivated_user_closes_without_waiting_for_a_click(
    qtbot, sqlite_desk: Desk, admin_desk: Desk, tmp_path: Path, messages: list[str]
) -> None:
    """Before, a window left open went on showing the docket and case files until its user tried to save."""
    cid = _case(sqlite_desk)
    window = _watching_window(qtbot, sqlite_desk, "dependiente", tmp_path)
    window.open_case(cid)
    settle(qtbot)
    assert window.isVisible() and messages == []
    update_user(admin_desk, actor_for(admin_desk, "admin"), "dependiente", active=False)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)  # nobody touched the window
    assert window.successor is None
    assert messages == [
        "Un administrador desactivó el usuario «dependiente»: la sesión termina aquí. legal_desk se cerrará; "
        "para volver a trabajar pida a un administrador que lo active."
    ]


def test_an_idle_window_reopens_with_the_new_role_when_an_admin_changes_it(
    qtbot, sqlite_desk: Desk, admin_desk: Desk, tmp_path: Path, messages: list[str]
) -> None:
    window = _watching_window(qtbot, sqlite_desk, "abogada", tmp_path)
    update_user(admin_desk, actor_for(admin_desk, "admin"), "abogada", role="paralegal")
    qtbot.waitUntil(lambda: window.successor is not None and not window.isVisible(), timeout=10_000)
    new = window.successor
    assert new is not None
    qtbot.addWidget(new)
    assert new.ctx.actor.role is Role.PARALEGAL and new.ctx.actor.username == "abogada"
    assert messages == [
        "Un administrador cambió el rol de «abogada» de Abogado a Dependiente judicial. "
        "La ventana se abre de nuevo con los paneles y permisos del rol nuevo."
    ]
    new.close()


def test_other_users_changes_do_not_end_the_session(
    qtbot, sqlite_desk: Desk, admin_desk: Desk, tmp_path: Path, messages: list[str]
) -> None:
    window = _watching_window(qtbot, sqlite_desk, "abogada", tmp_path)
    update_user(admin_desk, actor_for(admin_desk, "admin"), "dependiente", active=False)  # someone else
    _case(admin_desk)  # and a case written on the other desk
    qtbot.waitUntil(lambda: "se actualizó" in window.statusBar().currentMessage(), timeout=10_000)
    assert window.isVisible() and window.successor is None and messages == []


def test_an_open_case_file_follows_a_language_switch_in_its_place_and_section(
    qtbot, sqlite_desk: Desk, tmp_path: Path, messages: list[str]
) -> None:
    """After switching to English in Configuración the docket and menus read English, but an open case file
    kept its Spanish sections, columns and buttons until it was closed and opened again."""
    from legal_desk.ui.i18n import install_language

    first = _case(sqlite_desk)
    second = cases.hand_over_case(
        sqlite_desk,
        actor_for(sqlite_desk, "cobranza"),
        HandoverInput(
            "OB-OTRO", PartyInput("Luis Peña", "CC", "80111222"), DebtInput(Decimal("900000"), dt.date(2024, 5, 2))
        ),
    ).case_id
    window = _window(qtbot, sqlite_desk, "abogada", tmp_path)
    window.open_case(first)
    view = window.open_case(second)
    assert view is not None
    view.tabs.setCurrentIndex(3)  # Pruebas
    window.tabs.setCurrentWidget(view)
    settle(qtbot)
    assert view.tabs.tabText(0) == "Resumen"
    install_language("en")
    window.ctx.events.language_changed.emit("en")  # as the settings dialog does
    settle(qtbot)
    assert window.open_case_ids() == [first, second]
    front = window.current_case_view()
    assert front is not None and front is not view and front.case_id == second
    assert [front.tabs.tabText(i) for i in (0, 3)] == ["Summary", "Evidence"] and front.tabs.currentIndex() == 3
    behind = window.tabs.widget(window.tabs.indexOf(front) - 1)
    assert behind.case_id == first and behind.tabs.tabText(0) == "Summary"
    assert messages == []
