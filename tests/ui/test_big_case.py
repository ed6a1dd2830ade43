"""A heavy case file (hundreds of contacts, files, payments, hearings): reloads stay light, columns stay put."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from bench.big_case import build_big_case, open_filed_case
from legal_desk.services.demo import load_demo
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.context import UiContext
from legal_desk.ui.events import AppEvents
from legal_desk.ui.settings import UiSettings
from legal_desk.ui.views.case_file import CaseFileView
from tests.conftest import DEMO_TODAY
from tests.ui.helpers import wait_loaded

pytestmark = pytest.mark.usefixtures("spanish", "no_modal")

CONTACTS = 600


@pytest.fixture
def big_case(sqlite_desk: Desk, tmp_path: Path) -> int:
    admin = actor_for(sqlite_desk, "admin")
    load_demo(sqlite_desk, admin, 12, today=DEMO_TODAY)
    case_id = open_filed_case(sqlite_desk, admin)
    build_big_case(
        sqlite_desk,
        admin,
        case_id,
        contacts=CONTACTS,
        evidence=40,
        payments=30,
        hearings=20,
        scratch=tmp_path / "files",
    )
    return case_id


def ctx_with(desk: Desk, ini: Path) -> UiContext:
    return UiContext(
        desk, actor_for(desk, "admin"), AppEvents(), UiSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    )


def test_reload_keeps_the_users_column_widths_and_formats_only_what_is_drawn(
    qtbot, sqlite_desk: Desk, big_case: int, tmp_path: Path
) -> None:
    ctx = ctx_with(sqlite_desk, tmp_path / "ui.ini")
    view = CaseFileView(ctx, big_case)
    wait_loaded(qtbot, view)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    tab = view.contacts_tab
    view.tabs.setCurrentWidget(tab)
    qtbot.wait(20)
    assert tab.model.rowCount() >= CONTACTS
    # only what was fitted (≤ 200 rows) and drawn was turned into text, not the whole log
    made = sum(1 for texts in tab.model._cache if texts is not None)
    assert 0 < made < CONTACTS / 2
    # the user widens «Notas»; a save elsewhere reloads the case file: the width stays (it used to snap back)
    notes = tab.model.columnCount() - 2
    tab.table.setColumnWidth(notes, 333)
    ctx.events.case_changed.emit(big_case)
    assert tab.table.columnWidth(notes) == 333
    assert tab.model.rowCount() >= CONTACTS
    # and the next session opens with it
    ctx.settings.sync()
    again = CaseFileView(ctx_with(sqlite_desk, tmp_path / "ui.ini"), big_case)
    wait_loaded(qtbot, again)
    qtbot.addWidget(again)
    assert again.contacts_tab.table.columnWidth(notes) == 333


def test_the_display_of_a_row_is_the_same_lazily(qtbot, sqlite_desk: Desk, big_case: int, tmp_path: Path) -> None:
    view = CaseFileView(ctx_with(sqlite_desk, tmp_path / "ui.ini"), big_case)
    wait_loaded(qtbot, view)
    qtbot.addWidget(view)
    model = view.contacts_tab.model
    last = model.rowCount() - 1  # beyond the rows read to fit the columns, never drawn
    assert model._cache[last] is None
    cells = [model.index(last, c).data() for c in range(model.columnCount())]
    assert model._cache[last] == cells
    assert cells[0].count("/") == 2 and cells[-1]  # «dd/mm/yyyy hh:mm» and the note, as before


def test_the_case_file_opens_at_once_and_reads_the_case_in_the_background(
    qtbot, sqlite_desk: Desk, big_case: int, tmp_path: Path
) -> None:
    """Opening a case of hundreds of contacts froze the window while it was read; now it says it is loading."""
    ctx = ctx_with(sqlite_desk, tmp_path / "ui.ini")
    view = CaseFileView(ctx, big_case)
    qtbot.addWidget(view)
    # the constructor returned without reading the case: the window is up and says so
    assert view.is_loading() and view.case is None
    assert view.title.text() == "Cargando expediente…"
    assert not view.loading_bar.isHidden() and view.stage_pill.isHidden()
    assert view.tabs.isEnabled() and not view.contacts_tab.isEnabled()  # sections reachable, pages waiting
    from legal_desk.domain.permissions import Action

    assert not view.may(Action.ADD_EVIDENCE)  # its stage is not known yet
    assert "cargando" in view.why_not(Action.ADD_EVIDENCE)
    ctx.events.case_changed.emit(big_case)  # a save elsewhere while it loads: read again afterwards
    wait_loaded(qtbot, view)
    assert view.case is not None and view.title.text().startswith("Expediente ")
    assert view.loading_bar.isHidden() and view.contacts_tab.isEnabled() and not view.stage_pill.isHidden()
    assert view.contacts_tab.model.rowCount() >= CONTACTS
    assert view.may(Action.ADD_EVIDENCE)


def test_a_case_that_cannot_be_read_says_why(qtbot, sqlite_desk: Desk, tmp_path: Path) -> None:
    view = CaseFileView(ctx_with(sqlite_desk, tmp_path / "ui.ini"), 987_654)
    qtbot.addWidget(view)
    wait_loaded(qtbot, view)
    assert view.title.text().startswith("No se pudo abrir el expediente:")
    assert "987654" in view.title.text() and not view.tabs.isEnabled()
