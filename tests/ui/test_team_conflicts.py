"""Two desks of a team on one case (SQLite file or PostgreSQL server): the case file open on one desk
while the other logs calls and edits it. A routine save elsewhere (a call, another field) must not
throw away what this user typed; a real conflict (the same field, the stage) is refused naming who."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from legal_desk.config import Config
from legal_desk.services import cases, contacts
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.dialogs import records
from legal_desk.ui.dialogs.case_edit import CaseEditDialog, PartyDialog
from legal_desk.ui.dialogs.records import StageMoveValues
from legal_desk.ui.views.case_file import CaseFileView
from tests.ui.helpers import wait_loaded
from tests.ui.test_case_edit import ctx_for, drive, hand_over_bare


@pytest.fixture
def other_desk(desk: Desk) -> Iterator[Desk]:
    """The colleague's computer: its own engine on the same database."""
    d = Desk.open(Config(db_url=desk.config.db_url, store_root=desk.config.store_root))
    yield d
    d.close()


def _call(desk: Desk, case_id: int, hour: int) -> None:
    contacts.log_contact(
        desk,
        actor_for(desk, "dependiente"),
        case_id,
        channel="call",
        at=dt.datetime(2025, 7, 1, hour, 0),
        outcome="no_answer",
    )


def test_a_save_on_another_desk_does_not_throw_away_what_this_user_typed(
    qtbot: Any, desk: Desk, other_desk: Desk, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = hand_over_bare(desk)
    view = CaseFileView(ctx_for(desk, "abogada"), case_id)
    qtbot.addWidget(view)
    wait_loaded(qtbot, view)
    assert view.case is not None
    opened = view.case.version

    # the paralegal logs a call on their desk: the lawyer's screen still shows the version before it
    _call(other_desk, case_id, 9)

    def fill(dlg: PartyDialog, errors: list[str]) -> None:
        dlg.addressEdit.setText("Calle 10 # 43-12")
        dlg.emailSourceEdit.setText("Formulario de vinculación")

    drive(monkeypatch, PartyDialog, fill)
    view.parties_tab.select_row(0)
    # before: «dependiente modificó el expediente … vuelva a cargarlo y repita el cambio», the typed address lost
    assert view.parties_tab.edit_selected() is True
    assert messages == []
    wait_loaded(qtbot, view)
    assert view.case is not None and view.case.version == opened + 2
    assert view.case.debtor is not None
    assert (view.case.debtor.address, view.case.debtor.email_source) == (
        "Calle 10 # 43-12",
        "Formulario de vinculación",
    )
    assert [c["outcome"] for c in view.case.to_json()["contacts"]] == ["no_answer"]  # the call is kept

    # another call, then the court edited in the header: saved too, on the newest version
    _call(other_desk, case_id, 10)
    drive(monkeypatch, CaseEditDialog, lambda dlg, errors: dlg.courtEdit.setText("Juzgado 3 Civil Municipal"))
    assert view.summary_tab.edit_header() is True
    wait_loaded(qtbot, view)
    assert view.case.court == "Juzgado 3 Civil Municipal" and len(view.case.to_json()["contacts"]) == 2

    # a call, then the stage move: the decision stands, the move is made
    _call(other_desk, case_id, 11)
    monkeypatch.setattr(
        records.StageMoveDialog,
        "ask",
        classmethod(lambda cls, parent, cur, target, label, **_k: StageMoveValues("", None, None, None)),
    )
    assert view.move_stage("EVIDENCE") is True
    wait_loaded(qtbot, view)
    assert view.case.stage == "EVIDENCE" and messages == []


def test_the_same_field_changed_on_another_desk_is_a_conflict_naming_who(
    qtbot: Any, desk: Desk, other_desk: Desk, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = hand_over_bare(desk)
    view = CaseFileView(ctx_for(desk, "abogada"), case_id)
    qtbot.addWidget(view)
    wait_loaded(qtbot, view)
    assert view.case is not None and view.case.debtor is not None
    debtor_id = view.case.debtor.party_id
    cases.update_party(
        other_desk, actor_for(other_desk, "dependiente"), debtor_id, cases.PartyUpdate(address="Carrera 50 # 10-20")
    )

    def fill(dlg: PartyDialog, errors: list[str]) -> None:
        dlg.addressEdit.setText("Calle 10 # 43-12")
        dlg.emailSourceEdit.setText("Formulario de vinculación")

    errors = drive(monkeypatch, PartyDialog, fill)
    view.parties_tab.select_row(0)
    assert view.parties_tab.edit_selected() is False and errors == []
    assert "dependiente modificó el expediente OB-2024-0191" in messages[-1]
    wait_loaded(qtbot, view)  # re-read: the colleague's address is shown, not overwritten
    assert view.case.debtor is not None and view.case.debtor.address == "Carrera 50 # 10-20"

    # the stage moved on the other desk: the lawyer's move from the old stage is refused, not repeated
    cases.move_stage(other_desk, actor_for(other_desk, "abogada"), case_id, "EVIDENCE")
    monkeypatch.setattr(
        records.StageMoveDialog,
        "ask",
        classmethod(lambda cls, parent, cur, target, label, **_k: StageMoveValues("sin acuerdo", None, None, None)),
    )
    shown = view.case.stage
    assert shown == "INTAKE"
    assert view.move_stage("RETURNED_TO_COLLECTIONS") is False
    assert "modificó el expediente OB-2024-0191" in messages[-1]
    wait_loaded(qtbot, view)
    assert view.case.stage == "EVIDENCE"


def test_f5_reads_the_docket_again_after_another_desk_handed_over_a_case(
    qtbot: Any, desk: Desk, other_desk: Desk, messages: list[str]
) -> None:
    from PySide6.QtCore import Qt

    from legal_desk.ui.views.case_list import CaseListView

    hand_over_bare(desk)
    view = CaseListView(ctx_for(desk, "abogada"))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: view.model.total == 1, timeout=10_000)
    cases.hand_over_case(
        other_desk,
        actor_for(other_desk, "cobranza"),
        cases.HandoverInput(
            "OB-OTRO-EQUIPO",
            cases.PartyInput("Ana Pérez", "CC", "52000111"),
            cases.DebtInput(capital="100", due_date=dt.date(2025, 1, 1)),
        ),
    )
    qtbot.wait(50)
    assert view.model.total == 1  # nothing tells this desk: the docket shows what it read
    qtbot.keyClick(view.table, Qt.Key.Key_F5)  # before: no way to re-read it but to change a filter
    qtbot.waitUntil(lambda: view.model.total == 2, timeout=10_000)
    refs = {view.model.index(r, 0).data() for r in range(view.model.rowCount())}
    assert "OB-OTRO-EQUIPO" in refs


def test_a_mouse_user_refreshes_the_docket_with_its_button(
    qtbot: Any, desk: Desk, other_desk: Desk, messages: list[str], spanish: None
) -> None:
    """F5 was the docket's only way to read again: nothing on screen said so. A small button does it too,
    and its tooltip names F5 (in the interface language)."""
    from pathlib import Path

    from PySide6.QtCore import Qt

    from legal_desk.ui.i18n import install_language
    from legal_desk.ui.views.case_list import CaseListView

    hand_over_bare(desk)
    view = CaseListView(ctx_for(desk, "abogada"))
    qtbot.addWidget(view)
    view.resize(1100, 300)
    view.show()
    qtbot.waitUntil(lambda: view.model.total == 1, timeout=10_000)
    button = view.refresh_button
    assert button.isVisible() and not button.icon().isNull() and button.text() == ""
    assert "(F5)" in button.toolTip() and button.accessibleName() == "Actualizar la lista"
    # beside the filters, after «Incluir archivados», inside the view
    assert button.geometry().left() > view.archived_check.geometry().right()
    assert button.geometry().right() <= view.width()
    cases.hand_over_case(
        other_desk,
        actor_for(other_desk, "cobranza"),
        cases.HandoverInput(
            "OB-BOTON",
            cases.PartyInput("Ana Pérez", "CC", "52000111"),
            cases.DebtInput(capital="100", due_date=dt.date(2025, 1, 1)),
        ),
    )
    qtbot.wait(50)
    assert view.model.total == 1
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.total == 2, timeout=10_000)
    assert "OB-BOTON" in {view.model.index(r, 0).data() for r in range(view.model.rowCount())}
    shots = Path("tests/_artifacts/screenshots")
    shots.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(shots / "docket_refresh_button.png"))
    install_language("en")
    view.ctx.events.language_changed.emit("en")
    assert button.toolTip().startswith("Refresh the list (F5)") and button.accessibleName() == "Refresh the list"
    assert messages == []
